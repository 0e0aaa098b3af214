"""Award names: quoted honours taken whole, titles of skill with their field, honours of a kind of body."""
from __future__ import annotations

import pytest


def awards(extraction):
    return {e.name for e in extraction.entities if e.type == "AWARD"}


@pytest.mark.parametrize("text,expected", [
    ("年终工会评出“文体活动先进个人”十名。", "文体活动先进个人"),
    ('车间评出"节能降耗标兵"三名。', "节能降耗标兵"),
])
def test_a_quoted_honour_is_the_whole_quoted_phrase(extract, text, expected):
    assert expected in awards(extract(text))


def test_a_quote_that_does_not_end_at_the_head_is_not_taken(extract):
    found = awards(extract("开展“安全在我心中”活动，评出先进个人五名。"))
    assert "先进个人" in found
    assert not any("安全" in a for a in found)


@pytest.mark.parametrize("text,expected", [
    ("全年有十二名职工被评为创新能手。", "创新能手"),
    ("王丽被评为服务标兵。", "服务标兵"),
])
def test_a_title_of_skill_takes_its_field(extract, text, expected):
    assert expected in awards(extract(text))


def test_a_work_verb_before_a_merit_title_is_not_part_of_it(extract):
    found = awards(extract("工会大力宣传先进个人的事迹。"))
    assert "宣传先进个人" not in found


def test_a_kind_of_body_after_an_adjective_belongs_to_the_honour(extract):
    assert "优秀工会积极分子" in awards(extract("李明被评为优秀工会积极分子。"))
    found = awards(extract("荣获市总工会优秀组织奖。"))
    assert "优秀组织奖" in found and "市总工会优秀组织奖" not in found


def test_honours_listed_before_a_title_after_a_conferral_verb(extract):
    found = awards(extract("两名班长、六名队员获最佳班长和星级队员荣誉称号。"))
    assert {"最佳班长", "星级队员"} <= found


def test_title_without_a_conferral_verb_gives_nothing(extract):
    assert awards(extract("这个称号来之不易，大家珍惜荣誉称号。")) == set()


def test_a_named_place_or_level_before_an_honour_is_part_of_its_longest_form(extract):
    # issue 11 (4): the longest form the text uses, place and level included
    assert "青山市五一劳动奖章" in awards(extract("王强荣获青山市五一劳动奖章。"))
    assert "省模范职工之家" in awards(extract("我校工会被评为省模范职工之家。"))


def test_a_numeral_naming_a_kind_belongs_to_the_prize_a_count_does_not(extract):
    assert "三笔字一等奖" in awards(extract("李老师获得三笔字一等奖。"))
    found = awards(extract("12名职工获一等奖。"))
    assert found == {"一等奖"}


def test_the_token_an_honour_is_handed_in_is_no_honour(extract, read):
    assert not any(e.type == "AWARD" for e in extract("会长向获奖单位颁发奖杯和证书。").entities)
    awards = {e.name for e in read("局長孫玉菡向優秀會員頒發獎狀。").entities if e.type == "AWARD"}
    assert awards == {"优秀会员"}
    awards = {e.name for e in extract("青山港务集团荣获全国五一劳动奖状。").entities if e.type == "AWARD"}
    assert awards == {"全国五一劳动奖状"}
