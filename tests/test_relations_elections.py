"""Elections: 当选 gives a post in the committee or the union, with its title."""
from __future__ import annotations

from test_nlp_relations import triples


def posts(extraction):
    name = extraction.author or "@author"
    return {(r.head, name if r.tail == "@author" else r.tail, r.title)
            for r in extraction.relations if r.type == "POSITION"}


def test_chair_and_vice_chairs_of_the_writing_union(extract):
    ex = extract("青山县教育工会召开第三次会员代表大会。大会选举产生了第三届委员会，刘强当选主席，陈红、周伟当选副主席。")
    found = posts(ex)
    assert ("刘强", "青山县教育工会", "主席") in found
    assert {("陈红", "青山县教育工会", "副主席"), ("周伟", "青山县教育工会", "副主席")} <= found


def test_members_sit_on_the_committee_named_after_the_verb(extract):
    ex = extract("大会选举产生了新一届委员会。杨平、张珊、毛建当选为工会经费审查委员会委员。")
    found = posts(ex)
    assert {("杨平", "工会经费审查委员会", "委员"), ("张珊", "工会经费审查委员会", "委员"),
            ("毛建", "工会经费审查委员会", "委员")} <= found


def test_members_of_a_committee_formed(extract):
    ex = extract("大会选举产生了王宗平、李涛等5人组成的工会经费审查委员会。")
    assert ("李涛", "工会经费审查委员会") in {(p, b) for p, b, _ in posts(ex)}


def test_elected_to_an_honour_is_no_post(extract):
    ex = extract("学校工会主席李红当选为优秀工会工作者。")
    assert not any(r.type == "POSITION" and r.title == "优秀工会工作者" for r in ex.relations)


def test_elected_as_with_wei_in_a_sentence_that_elects(extract):
    ex = extract("5月12日，青山县总工会召开第五次代表大会。大会选举张建军为新一届主席，刘芳为副主席。")
    found = triples(ex)
    assert "刘芳" in {e.name for e in ex.entities if e.type == "PER"}
    assert ("张建军", "POSITION", "青山县总工会") in found
    assert ("刘芳", "POSITION", "青山县总工会") in found


def test_wei_without_an_election_is_no_post(extract):
    found = triples(extract("5月12日，青山县总工会召开第五次代表大会。刘芳为大会作了报告。"))
    assert ("刘芳", "POSITION", "青山县总工会") not in found


def test_a_profiles_person_holds_the_post_it_names(extract):
    found = triples(extract("李红梅，女，1975年出生，现任江北机械厂工会主席。"))
    assert ("李红梅", "POSITION", "江北机械厂工会") in found


def test_holding_a_further_post(extract):
    assert ("王强", "POSITION", "青山市总工会") in triples(extract("王强兼任青山市总工会副主席。"))


def test_comrade_so_and_so_takes_up_a_post(extract):
    assert ("刘建华", "POSITION", "江北机械厂工会") in triples(extract("刘建华同志任江北机械厂工会主席。"))


def test_a_person_right_before_ren_takes_the_post_after(extract):
    assert ("赵国强", "青山电力公司工会", "主席") in posts(extract("赵国强任青山电力公司工会主席。"))
    assert posts(extract("张三任务很重，李四任期已满。")) == set()


def test_a_copula_gives_the_post_when_body_and_post_end_the_clause(extract, read):
    assert ("宋晓东", "青山机械厂工会", "主席") in posts(extract("宋晓东为青山机械厂工会主席。"))
    assert ("李强", "青山机械厂", "总经理") in posts(extract("李强是青山机械厂的总经理，他介绍了情况。"))
    assert ("陈建华", "台北市总工会", "理事长") in posts(read("陳建華為臺北市總工會理事長。"))
    assert posts(extract("宋晓东为青山机械厂工会主席办了一件实事。")) == set()


def test_the_post_first_and_its_holder_after_you(extract):
    found = posts(extract("今年起，青山电力公司工会主席由孙丽华担任。"))
    assert any(p == "孙丽华" and title == "主席" for p, _, title in found)


def test_the_chair_of_a_unions_committee_chairs_the_union(extract):
    ex = extract("青山县教育工会第四次会员代表大会召开。大会选举产生了县教育工会第四届委员会。"
                 "张卫东当选为县教育工会第四届委员会主席，李明当选为委员。")
    found = posts(ex)
    assert ("张卫东", "县教育工会第四届委员会", "主席") in found
    assert ("张卫东", ex.author or "青山县教育工会", "主席") in found
    assert not any(p == "李明" and body != "县教育工会第四届委员会" for p, body, _ in found)


def test_a_committee_formed_by_the_names_listed(extract):
    for text in ("大会选举产生了青山区教育工会第四届委员会，委员会由王丽、刘军、李华等3人组成。",
                 "青山区教育工会第四届委员会由王丽、刘军、李华3名同志组成。",
                 "青山区教育工会第四届委员会由以下同志组成（按姓氏笔画为序）：\n王丽、刘军、李华\n"):
        found = triples(extract(text))
        for person in ("王丽", "刘军", "李华"):
            assert (person, "POSITION", "青山区教育工会第四届委员会") in found, text


def test_a_body_formed_by_a_sentence_names_no_members(extract):
    ex = extract("青山区教育工会第四届委员会由以下同志组成：\n王丽同志主持会议并讲话。\n")
    assert not any(r.type == "POSITION" for r in ex.relations)


def test_chair_of_the_new_committee_written_generically_is_in_the_union(extract):
    found = triples(extract("青山纺织公司工会召开第五次会员代表大会。张丽当选为新一届工会委员会主席，王刚当选为副主席。"))
    assert ("张丽", "POSITION", "青山纺织公司工会") in found


def test_a_chair_sits_on_the_committee_just_elected_and_leads_its_union(extract):
    ex = extract("青山县教育工会召开第三次会员代表大会。大会选举产生了第三届委员会，刘强当选主席，陈红当选副主席。")
    found = triples(ex)
    assert {("刘强", "POSITION", "第三届委员会"), ("刘强", "POSITION", "青山县教育工会"),
            ("陈红", "POSITION", "第三届委员会")} <= found
    assert ("第三届委员会", "SUBORDINATE_OF", "青山县教育工会") in found


def test_a_committee_named_with_its_union_holds_the_chair(extract):
    found = triples(extract("大会选举产生了青山市总工会第五届委员会，王大强当选主席。"))
    assert ("王大强", "POSITION", "青山市总工会第五届委员会") in found


def test_two_character_names_closed_by_the_verb_of_election(read):
    ex = read("香港青山工會聯合會昨日舉行會員代表大會，選出第三十九屆理事會，吳秋北連任會長，黃國當選理事長。")
    assert "黄国" in {e.name for e in ex.entities if e.type == "PER"}
    found = triples(ex)
    assert ("黄国", "POSITION", "香港青山工会联合会") in found
    assert ("第三十九届理事会", "SUBORDINATE_OF", "香港青山工会联合会") in found


def test_no_name_made_of_a_word_before_the_verb_of_election(extract):
    ex = extract("在这次大会上，我校当选为先进单位。")
    assert not any(e.type == "PER" for e in ex.entities)
