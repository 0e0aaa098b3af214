"""Entity constructions of real union news (issue 11: 3, 4, 5, 7), on sentences made up here.

Meetings and ceremonies as events, honours with their year, level or place,
organisation boundaries (rooms and venues, names with 与/和, ordinals inside
names, numbered committees), and the same in traditional characters, which
the reading stage folds to simplified before the recognisers run.
"""
from __future__ import annotations

import pytest

from unionkg.corpus.pipeline import document_from_text


def names(extraction, kind: str) -> set[str]:
    return {e.name for e in extraction.entities if e.type == kind}


@pytest.fixture(scope="module")
def read(extractor):
    """Extract a raw text through the reading stage (NFKC, traditional → simplified)."""
    def run(text: str):
        return extractor.extract(document_from_text(text, "t")[0])
    return run


# --- 5. organisation boundaries ---------------------------------------------

@pytest.mark.parametrize("text,room", [
    ("青山职业学院第二届教代会在学院报告厅召开。", "学院报告厅"),
    ("会议在综合楼三楼多功能厅举行，全体委员出席。", "多功能厅"),
    ("表彰会在公司东湖楼会议室举行。", "会议室"),
])
def test_a_room_is_no_organisation(extract, text, room):
    assert not any(n.endswith(room) for n in names(extract(text), "ORG"))


def test_a_venue_used_as_a_place_is_no_organisation_but_a_body_that_acts_is(extract):
    found = names(extract("颁奖仪式在青山大饭店举行。"), "ORG")
    assert not any(n.endswith("饭店") for n in found)
    assert "青山大饭店工会" in names(extract("青山大饭店工会组织员工参加培训。"), "ORG")


@pytest.mark.parametrize("text,name", [
    ("机械与电气工程学院工会举办了青年教师讲座。", "机械与电气工程学院工会"),
    ("青山县规划与自然资源局召开职工大会。", "青山县规划与自然资源局"),
])
def test_a_name_joined_by_yu_inside_is_one_organisation(extract, text, name):
    assert name in names(extract(text), "ORG")


def test_two_bodies_joined_by_he_stay_two(extract):
    found = names(extract("县总工会和县教育局联合举办了培训班。"), "ORG")
    assert "县总工会" in found and not any("和" in n for n in found)


def test_a_group_of_people_is_no_conjunct_of_a_name(extract):
    found = names(extract("参赛选手和代表队全面展示了技能。"), "ORG")
    assert not any("选手" in n for n in found)


def test_an_ordinal_inside_a_name_belongs_to_it(extract):
    text = "授予青山路桥建设有限公司白沙高速公路第七合同段项目经理部工人先锋号称号。"
    assert "青山路桥建设有限公司白沙高速公路第七合同段项目经理部" in names(extract(text), "ORG")


def test_a_department_named_safety_is_a_body_and_a_cadre_is_not(extract):
    assert "青山建设开发有限公司安全部" in names(extract("青山建设开发有限公司安全部组织了消防演练。"), "ORG")
    assert not names(extract("全体干部参加了学习。"), "ORG")


def test_a_numbered_committee_is_an_organisation(extract):
    found = names(extract("大会选举产生了第五届工会委员会委员和经费审查委员会委员。"), "ORG")
    assert "第五届工会委员会" in found


def test_a_one_character_host_opens_a_numbered_union(extract):
    found = names(extract("预备会议由所第二届工会主席王立新主持。"), "ORG")
    assert "所第二届工会" in found


def test_the_union_of_a_term_alone_is_no_name(extract):
    assert not names(extract("他对第二届工会的工作给予了肯定。"), "ORG")


def test_a_teachers_union_and_its_federation_keep_their_whole_names(read):
    found = names(read("出席的貴賓包括全國教師工會總聯合會理事長陳大同、青山市教師職業工會理事長林小美。"), "ORG")
    assert {"全国教师工会总联合会", "青山市教师职业工会"} <= found
    assert "职业工会" not in found and "总联合会" not in found


def test_a_delegation_of_a_place_is_an_organisation_a_bare_one_is_not(extract):
    found = names(extract("青山县代表队、白水县代表队荣获优秀组织奖，各代表队表示祝贺。"), "ORG")
    assert {"青山县代表队", "白水县代表队"} <= found and "代表队" not in found
