"""Events of union news and how their relations find them (issue 11), on made-up sentences.

Each construction has a case that must fire and one that must not.
"""
from __future__ import annotations

from test_nlp_relations import names, triples


# --- a news lead opened by its purpose or occasion before its date ------------------

def test_a_purpose_before_the_date_still_opens_a_news_lead(extract):
    found = extract("为活跃职工业余生活，9月12日，县农业工会举办第六届职工拔河比赛。"
                    "经过半天的比赛，县种子站代表队获得第一名。")
    assert ("县种子站代表队", "PARTICIPATED_IN", "第六届职工拔河比赛") in triples(found)
    assert ("第一名", "AWARDED_BY", "第六届职工拔河比赛") in triples(found)


def test_a_purpose_clause_without_a_date_is_no_news_lead(extract):
    found = extract("为活跃职工业余生活，县农业工会举办第六届职工拔河比赛。"
                    "全年县种子站代表队获得先进集体称号。")
    assert ("县种子站代表队", "PARTICIPATED_IN", "第六届职工拔河比赛") not in triples(found)


# --- a one-character verb and its object before the head -----------------------------

def test_a_verb_and_its_object_name_the_activity_together(extract):
    found = extract("8月3日，公司工会开展夏季送凉茶活动，慰问一线员工。")
    assert "夏季送凉茶活动" in names(found, "EVENT")
    assert "凉茶活动" not in names(found, "EVENT")


def test_a_generic_visit_of_the_season_is_no_event(extract):
    found = extract("7月，车间工会开展送清凉活动，慰问高温岗位员工。")
    assert not names(found, "EVENT")


# --- a campaign after its quoted name ------------------------------------------------

def test_a_quoted_campaign_keeps_its_kind_of_action(extract):
    found = extract("4月，省总工会开展“暖心护航”专项行动，走访货车司机五百余人。")
    assert "暖心护航专项行动" in names(found, "EVENT")
    assert "暖心护航" not in names(found, "EVENT")


def test_a_special_action_without_a_name_is_no_event(extract):
    found = extract("各级工会开展专项行动，走访货车司机五百余人。")
    assert not names(found, "EVENT")


def test_a_quoted_campaign_in_traditional_characters(read):
    found = read("4月，省總工會開展「暖心護航」專項行動，走訪貨車司機五百餘人。")
    assert "暖心护航专项行动" in names(found, "EVENT")
