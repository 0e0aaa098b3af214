"""Organisation boundaries and the reporting union, with invented sentences."""
from __future__ import annotations


def orgs(extraction):
    return {e.name for e in extraction.entities if e.type == "ORG"}


def test_two_glued_bodies_keep_the_last(extract):
    found = orgs(extract("会议以市总工会省工会工作会议精神为指导，部署全年工作。"))
    assert {"市总工会", "省工会"} <= found
    assert "市总工会省工会" not in found


def test_union_does_not_host_a_company_or_office(extract):
    found = orgs(extract("认真完成分局和上级工会所布置的各项任务，做到工会公司同心。"))
    assert not {n for n in found if n.endswith(("工会所", "工会公司"))}


def test_union_keeps_its_own_units(extract):
    found = orgs(extract("青山电力公司工会女工委组织女职工参加培训。"))
    assert any(n.endswith("工会女工委") for n in found)


def test_whole_unit_is_not_a_body(extract):
    assert not {n for n in orgs(extract("大力整合全局文化体育事业单位。")) if n.endswith("全局")}
    assert "国家安全局" in orgs(extract("国家安全局组织了一次宣讲。"))


def test_county_wide_union_cadres_are_a_class(extract):
    assert "县工会" not in orgs(extract("加强对全县工会干部的教育培训。"))


def test_function_word_does_not_join_a_name(extract):
    found = orgs(extract("充分发挥工会职能学校工会长期坚持教代会制度。"))
    assert not {n for n in found if n.startswith("工会职能")}


def test_place_acting_is_its_government(extract):
    assert "青石镇" in orgs(extract("在5月份青石镇组织的义卖活动中，我们积极捐款。"))


def test_place_as_place_is_not_an_organisation(extract):
    assert "青石镇" not in orgs(extract("我们在青石镇举办了一场义诊。"))
