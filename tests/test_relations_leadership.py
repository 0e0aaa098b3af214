"""``在X的领导下``: who is led, when the sentence cites its superiors for guidance too."""
from __future__ import annotations

from test_nlp_relations import triples


def subordinate(extraction):
    return {(h, t) for h, r, t in triples(extraction) if r == "SUBORDINATE_OF"}


def test_the_body_right_before_zai_is_led(extract):
    found = subordinate(extract("青山机械厂工会在厂党委和市总工会的领导下，组织职工开展劳动竞赛。"))
    assert {("青山机械厂工会", "厂党委"), ("青山机械厂工会", "市总工会")} <= found


def test_a_guidance_clause_is_not_the_subject(extract):
    ex = extract("根据区总工会2023年工作要点，在区总工会的正确领导下，今年我们红星街道工会开展了多项活动。")
    found = subordinate(ex)
    assert (ex.author or "@author", "区总工会") in found
    assert ("区总工会", "区总工会") not in found


def test_a_body_cited_after_the_phrase_is_not_led(extract):
    ex = extract("一年来，公司工会按照市总工会的工作安排，在公司党委的正确领导下，以省工会会议精神为指导，扎实开展工作。")
    found = subordinate(ex)
    assert (ex.author or "@author", "公司党委") in found
    assert not any(head == "省工会" for head, _ in found)


def test_membership_said_in_so_many_words(extract):
    assert ("江北机械厂", "SUBORDINATE_OF", "青山集团") in triples(extract("青山集团旗下的江北机械厂、河西纺织公司参加了比赛。"))
    assert ("河西纺织公司", "SUBORDINATE_OF", "青山集团") in triples(extract("青山集团旗下的江北机械厂、河西纺织公司参加了比赛。"))
    assert ("江北机械厂工会", "SUBORDINATE_OF", "青山市机械冶金工会") in triples(
        extract("江北机械厂工会隶属于青山市机械冶金工会。"))
    assert ("江北机械厂工会", "SUBORDINATE_OF", "青山市总工会") in triples(
        extract("江北机械厂工会是青山市总工会的基层工会。"))


def test_being_something_of_a_body_is_no_membership(extract):
    found = triples(extract("江北机械厂工会是青山市总工会的先进单位。"))
    assert ("江北机械厂工会", "SUBORDINATE_OF", "青山市总工会") not in found


def test_the_writers_numbered_committee_by_its_short_form(extract):
    ex = extract("白河县教育工会召开第四次会员代表大会\n大会选举产生了县教育工会第四届委员会委员15名。")
    assert ex.author == "白河县教育工会"
    assert ("县教育工会第四届委员会", "SUBORDINATE_OF", "@author") in {(r.head, r.type, r.tail) for r in ex.relations}


def test_a_person_leading_under_guidance_leaves_the_body_led(extract):
    ex = extract("青山机械厂工会工作总结\n在厂党委的正确领导下，工会主席王刚带领全体委员扎实开展工作。")
    found = subordinate(ex)
    assert (ex.author or "@author", "厂党委") in found or ("@author", "厂党委") in found
    assert not any(head == "王刚" for head, _ in found)


def test_units_listed_after_suoshu_belong_to_the_body_before_it_not_to_each_other(extract):
    found = subordinate(extract("市总工会表彰了青山邮政分公司所属的城东支局、城西支局。"))
    assert {("城东支局", "青山邮政分公司"), ("城西支局", "青山邮政分公司")} <= found
    assert ("城东支局", "城西支局") not in found and ("城西支局", "城东支局") not in found
    assert not any(parent == "市总工会" for _, parent in found)


def test_units_a_union_sets_up_and_a_union_that_is_anothers_direct_unit(extract):
    found = {(r.head, r.type, r.tail) for r in extract(
        "青山集团工会下设机关分会、生产分会。青山钢铁公司工会作为青山市总工会的直属基层工会，积极开展工作。").relations}
    assert {("机关分会", "SUBORDINATE_OF", "青山集团工会"), ("生产分会", "SUBORDINATE_OF", "青山集团工会"),
            ("青山钢铁公司工会", "SUBORDINATE_OF", "青山市总工会")} <= found
    assert not any(h.startswith("下设") for h, _, _ in found)


def test_membership_said_in_words(extract, read):
    cases = [("隶属于青山市总工会的青山职工服务中心举办培训班。", ("青山职工服务中心", "青山市总工会")),
             ("青山集装箱码头公司是青山港务集团的全资子公司。", ("青山集装箱码头公司", "青山港务集团"))]
    for text, (member, body) in cases:
        assert (member, "SUBORDINATE_OF", body) in triples(extract(text))
    found = triples(read("隸屬於青山市總工會的青山職工服務中心舉辦培訓班。"))
    assert ("青山职工服务中心", "SUBORDINATE_OF", "青山市总工会") in found
    assert not any(r == "SUBORDINATE_OF" for _, r, _ in triples(extract("青山市总工会的青山职工服务中心举办培训班。")))
