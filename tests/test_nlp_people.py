"""People the tagger glued to the verb after them."""
from __future__ import annotations


def people(extraction):
    return {e.name for e in extraction.entities if e.type == "PER"}


def test_a_cue_verb_glued_onto_a_name_is_cut_off(extract):
    found = people(extract("张三荣获全国五一劳动奖章。"))
    assert found == {"张三"}


def test_a_name_that_only_ends_like_a_verb_fragment_is_kept(extract):
    assert "欧阳明" in people(extract("工会主席欧阳明主持会议。"))


def test_a_group_noun_is_no_post_a_name_follows(extract):
    assert people(extract("今年启动了企业职工廉租房、廉价房建设工程。")) == set()
    assert "王海" in people(extract("电工王海、李强参加了比赛。"))


def test_bylines_name_people(extract):
    ex = extract("青山市职工运动会开幕\n（记者 王晓东 通讯员 李娜）9月18日，青山市第十届职工运动会开幕。")
    people = {e.name for e in ex.entities if e.type == "PER"}
    assert {"王晓东", "李娜"} <= people


def test_a_reporter_of_a_named_outlet_holds_a_post_there(extract):
    ex = extract("青山日报记者 王晓东 报道：运动会开幕。")
    assert ("王晓东", "POSITION", "青山日报") in {(r.head, r.type, r.tail) for r in ex.relations}


def test_a_label_run_into_a_word_is_no_byline(extract):
    ex = extract("我们评出文明职工十名。")
    assert not {e.name for e in ex.entities if e.type == "PER"}


def test_a_name_at_the_end_of_a_line_is_a_name(extract):
    ex = extract("获奖人员：\n王丽、刘军、李华\n")
    assert {"王丽", "刘军", "李华"} <= {e.name for e in ex.entities if e.type == "PER"}


def test_an_adverb_and_copula_after_a_group_is_no_name(extract):
    ex = extract("因此每位模范劳工都是经过众多的竞争及评选过程后，才得以脱颖而出。")
    assert not any(e.type == "PER" for e in ex.entities)


def test_a_given_name_ending_in_wei_before_a_verb(extract):
    names = {e.name for e in extract("党组成员、副主席陈小兵、周大为出席开幕式。").entities if e.type == "PER"}
    assert "周大为" in names and "周大" not in names
    names = {e.name for e in extract("王小明为大会致辞，刘强为获奖选手颁奖。").entities if e.type == "PER"}
    assert names == {"王小明", "刘强"}
