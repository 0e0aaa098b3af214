"""Entity constructions of union news (issue 11): works named by their process, classes of
federations, branches named by a direction, venues with qualifiers.

Made-up sentences; each construction has a case that must fire and one that must not.
Traditional-character sentences go through the reading stage.
"""
from __future__ import annotations

import pytest
from test_nlp_relations import names

# --- ORG: a works named by a one-character process and its material -------------

@pytest.mark.parametrize("text,org", [
    ("三天的技能比武结束后，选矿厂的王建国获得一等奖。", "选矿厂"),
    ("轧钢厂工会举办了职工书画展。", "轧钢厂工会"),
])
def test_a_works_keeps_its_process(extract, text, org):
    found = names(extract(text), "ORG")
    assert org in found and org[1:] not in found


def test_a_works_in_traditional_characters(read):
    assert "選礦廠" not in names(read("選礦廠工會舉辦了職工籃球賽。"), "ORG")
    assert "选矿厂工会" in names(read("選礦廠工會舉辦了職工籃球賽。"), "ORG")


def test_a_motion_verb_before_a_works_is_no_part_of_it(extract):
    assert not any(n.startswith("去") for n in names(extract("工会组织职工去矿厂慰问一线工人。"), "ORG"))


# --- ORG: a run of levels after 各 is a class of federations --------------------

def test_federations_of_every_district_and_county_are_no_body(extract):
    found = names(extract("各区县总工会主席、市直机关工会负责人参加了培训。"), "ORG")
    assert "县总工会" not in found and "区县总工会" not in found and "市直机关工会" in found


def test_a_joint_federation_of_two_levels_is_one_mention(extract):
    found = names(extract("区县总工会主席参加了培训。"), "ORG")
    assert "区县总工会" in found and "县总工会" not in found


# --- ORG: a branch named by a direction the tagger glued to a preposition --------

@pytest.mark.parametrize("text,org", [
    ("全体会员要向东区分会学习。", "东区分会"),
    ("我们在西片区工会的帮助下完成了任务。", "西片区工会"),
])
def test_a_direction_after_a_preposition_opens_the_branch(extract, text, org):
    found = names(extract(text), "ORG")
    assert org in found and org[1:] not in found


def test_no_direction_is_borrowed_from_a_word_before_the_branch(extract):
    assert "南区分会" not in names(extract("奖品由区分会颁发。"), "ORG")


# --- ORG: a venue with its qualifiers after 在 is a place ------------------------

def test_a_qualified_venue_after_zai_is_a_place(extract):
    found = names(extract("市总工会在市职工培训中心召开了座谈会。"), "ORG")
    assert "市总工会" in found and not any(n.endswith("培训中心") for n in found)


def test_a_venue_in_traditional_characters(read):
    found = names(read("縣總工會在縣職工培訓中心召開座談會。"), "ORG")
    assert "县总工会" in found and not any(n.endswith("培训中心") for n in found)


def test_a_centre_whose_head_holds_a_post_is_a_body(extract):
    """The gap before a venue runs to no comma: a later clause's centre is no place."""
    assert "培训中心" in names(extract("座谈会在会议中心举行，培训中心主任王明出席。"), "ORG")
