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


# --- AWARD: the union's activists ----------------------------------------------

@pytest.mark.parametrize("text", [
    "大会表彰了优秀工会工作者和工会积极分子。",
    "她被评为工会积极分子。",
])
def test_the_unions_activists_are_one_honour(extract, text):
    found = names(extract(text), "AWARD")
    assert "工会积极分子" in found and "积极分子" not in found


def test_a_bodys_union_before_activists_stays_the_body(extract):
    found = extract("青山公司工会积极分子王明参加了培训。")
    assert "青山公司工会" in names(found, "ORG") and "青山公司工会积极分子" not in names(found, "AWARD")


# --- PER: a given name's 成 read with 为 in an election -------------------------

@pytest.mark.parametrize("text", [
    "会员大会选出林志成为理事长。",
    "大会选举林志成为工会主席，王芳为副主席。",
])
def test_an_elected_name_keeps_its_cheng(extract, text):
    found = names(extract(text), "PER")
    assert "林志成" in found and "林志" not in found


def test_an_elected_name_in_traditional_characters(read):
    assert "林志成" in names(read("會員大會選出林志成為理事長。"), "PER")


def test_becoming_without_an_election_keeps_the_tagged_name(extract):
    assert "林志成" not in names(extract("会议结束后，林志成为大家的榜样。"), "PER")


# --- EVENT: an anniversary of a founding --------------------------------------

def test_the_founding_opens_an_anniversary_without_a_body(read):
    assert "成立五十周年庆典" in names(read("港九某某工會聯會於本月10日舉行成立五十周年慶典。"), "EVENT")


def test_an_anniversary_without_a_founding_is_not_lengthened(extract):
    found = names(extract("工会举办了五十周年庆典。"), "EVENT")
    assert "五十周年庆典" in found and not any(n.startswith("举办") for n in found)


# --- AWARD: categories joined before a shared prize, as written ----------------

@pytest.mark.parametrize("text,award", [
    ("张明获男子单打、女子单打第一名。", "男子单打、女子单打第一名"),
    ("两位选手分获男子单打和女子单打冠军。", "男子单打和女子单打冠军"),
    ("张明获男子单打第一名。", "男子单打第一名"),
])
def test_joined_categories_and_their_prize_are_one_mention(extract, text, award):
    found = names(extract(text), "AWARD")
    assert award in found and found == {award}


def test_joined_categories_in_traditional_characters(read):
    assert "男子单打、女子单打冠军" in names(read("張明獲得男子單打、女子單打冠軍。"), "AWARD")


def test_a_count_before_a_placing_is_no_category(extract):
    assert names(extract("我校代表队获得三项第一名。"), "AWARD") == {"第一名"}
