"""Events of union news and how their relations find them (issue 11), on made-up sentences.

Each construction has a case that must fire and one that must not.
"""
from __future__ import annotations

import pytest
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


# --- meetings and congresses ---------------------------------------------------------

def test_an_unnumbered_plenum_of_the_whole_committee_is_an_event(extract):
    found = extract("2月9日，镇总工会召开2025年镇总工会全委(扩大)会议，镇党委书记高志峰出席会议。")
    assert "2025年镇总工会全委(扩大)会议" in names(found, "EVENT")
    assert ("高志峰", "PARTICIPATED_IN", "2025年镇总工会全委(扩大)会议") in triples(found)


def test_a_committee_without_a_meeting_is_no_event(extract):
    found = extract("镇总工会全委成员分别联系一个村。")
    assert not names(found, "EVENT")


def test_a_joined_congress_keeps_its_own_term_and_sitting(extract):
    found = extract("4月2日，农场第三届职工代表大会第二次会议暨第三届工会会员代表大会第二次会议召开。")
    assert names(found, "EVENT") == {"农场第三届职工代表大会第二次会议暨第三届工会会员代表大会第二次会议"}


def test_a_congress_dated_by_its_year_is_an_event(read):
    found = read("本會113年會員代表大會於4月2日召開，理事長吳志明主持。")
    assert "113年会员代表大会" in names(found, "EVENT")
    assert ("吴志明", "PARTICIPATED_IN", "113年会员代表大会") in triples(found)


@pytest.mark.parametrize("text", ["年内将召开新一届职工代表大会。", "农场坚持召开职工代表大会，审议重大事项。"])
def test_a_congress_of_a_kind_or_of_the_next_term_is_no_event(extract, text):
    assert not names(extract(text), "EVENT")


def test_a_head_hidden_behind_another_head_is_found(extract):
    # 周年/会员 hides 年会 at the start of 会员大会
    found = extract("10月8日，海员协会举行2024年度周年会员大会，会长邓伟主持。")
    assert "2024年度周年会员大会" in names(found, "EVENT")


def test_a_numbered_congress_written_again_without_its_number_is_one_event(extract):
    found = extract("5月6日，县林业工会第四次会员代表大会召开。县总工会主席韩梅出席县林业工会会员代表大会并讲话。")
    assert names(found, "EVENT") == {"县林业工会第四次会员代表大会"}
    assert ("韩梅", "PARTICIPATED_IN", "县林业工会第四次会员代表大会") in triples(found)


def test_two_congresses_of_different_kinds_stay_two(extract):
    found = extract("5月6日，县林业工会第四次会员代表大会召开。6月，县林业局召开2025年职工代表大会。")
    assert "2025年职工代表大会" in names(found, "EVENT")


# --- years and gatherings ------------------------------------------------------------

def test_a_year_without_its_character_opens_a_contest(extract):
    found = extract("6月1日，2025“技能强省”职工焊工比赛在省技师学院开幕。")
    assert "2025技能强省职工焊工比赛" in names(found, "EVENT")


def test_a_count_is_no_year_of_a_contest(extract):
    found = extract("6月1日，省职工焊工比赛开幕，共有2025名职工报名参赛。")
    assert not any(n.startswith("2025") for n in names(found, "EVENT"))


def test_a_reception_for_an_anniversary_is_an_event(extract):
    found = extract("9月30日，海员工会举行国庆酒会，劳工处处长梁志出席。")
    assert "国庆酒会" in names(found, "EVENT")
    assert ("梁志", "PARTICIPATED_IN", "国庆酒会") in triples(found)


def test_who_hangs_the_plaques_at_a_ceremony_took_part(extract):
    found = extract("8月15日，县总工会举行工会驿站授牌仪式，县总工会副主席韦东为12家单位授牌。")
    assert ("韦东", "PARTICIPATED_IN", "工会驿站授牌仪式") in triples(found)


def test_a_ceremony_without_a_presenter_has_no_attendee(extract):
    found = extract("8月15日，县总工会举行工会驿站授牌仪式。12家单位获得授牌。")
    assert not [r for r in found.relations if r.type == "PARTICIPATED_IN"]


@pytest.mark.parametrize("text,event", [
    ("6月28日，区总工会举办退休干部欢送会，区总工会主席柳芳出席。", "退休干部欢送会"),
    ("6月28日，协会举行成立二十周年纪念大会，会长柳芳致辞。", "成立二十周年纪念大会"),
    ("6月28日，学校工会召开全体会员大会，校长柳芳讲话。", "全体会员大会"),
    ("1月20日，县总工会举行新春慰问演出，县长柳芳出席观看。", "新春慰问演出"),
])
def test_gatherings_of_farewell_remembrance_and_the_whole_membership(extract, text, event):
    found = extract(text)
    assert event in names(found, "EVENT")
    assert ("柳芳", "PARTICIPATED_IN", event) in triples(found)


def test_a_bare_meeting_of_a_kind_is_no_event(extract):
    assert not names(extract("各单位要按时召开欢送会和纪念会。"), "EVENT")


def test_the_new_committees_first_sitting_is_an_event(extract):
    found = extract("3月5日，集团召开新一届工会委员会第一次全体会议，选举邵兵为工会主席。")
    assert "新一届工会委员会第一次全体会议" in names(found, "EVENT")


def test_what_a_speaker_stresses_about_a_congress_is_no_part_of_its_name(extract):
    found = extract("4月9日，农场召开第六届职工代表大会第一次会议。场长邵兵强调职工代表大会的召开意义重大。")
    assert names(found, "EVENT") == {"第六届职工代表大会第一次会议"}


# --- the period an event is dated by -------------------------------------------------

@pytest.mark.parametrize("text,event", [
    ("9月6日，学校召开2025—2026学年度教职工代表大会，校长邹平作报告。", "2025—2026学年度教职工代表大会"),
    ("9月6日，学校举行2025学年开学典礼，校长邹平讲话。", "2025学年开学典礼"),
    ("7月6日，公司召开2025年上半年工会工作总结会，工会主席邹平主持。", "2025年上半年工会工作总结会"),
    ("9月6日，学校召开2025-2026学年第一学期工会工作会议，工会主席邹平主持。", "2025-2026学年第一学期工会工作会议"),
])
def test_a_school_year_or_half_year_opens_the_name(extract, text, event):
    found = extract(text)
    assert event in names(found, "EVENT")
    assert ("邹平", "PARTICIPATED_IN", event) in triples(found)


def test_a_year_said_apart_from_the_event_is_not_in_its_name(extract):
    found = extract("2025年，公司工会举办职工运动会，邹平获得跳远冠军。")
    assert not any(n.startswith("2025") for n in names(found, "EVENT"))


def test_the_rest_of_a_blanked_host_is_no_part_of_the_name(extract):
    found = extract("XX公司工会2025年度总结表彰大会隆重召开\n1月9日，公司工会召开总结表彰大会，公司党委书记邹平出席会议。")
    assert "2025年度总结表彰大会" in names(found, "EVENT")
    assert "工会2025年度总结表彰大会" not in names(found, "EVENT")


def test_a_congress_written_again_by_its_number_alone_is_one_event(extract):
    found = extract("10月9日，中国农林工会龙江林业集团第一次代表大会隆重召开。"
                    "这次大会是集团成立以来召开的第一次工代会。集团董事长罗斌出席会议。")
    assert names(found, "EVENT") == {"中国农林工会龙江林业集团第一次代表大会"}


def test_a_congress_of_another_number_stays_apart(extract):
    found = extract("10月9日，中国农林工会龙江林业集团第二次代表大会隆重召开。"
                    "大会回顾了第一次工代会以来的工作。")
    assert "中国农林工会龙江林业集团第二次代表大会" in names(found, "EVENT")
    assert "中国农林工会龙江林业集团第一次代表大会" not in names(found, "EVENT")


def test_a_congress_joined_to_a_numbered_short_congress(extract):
    found = extract("3月2日，农场召开四届二次职代会暨四届二次工代会，场长卢峰出席。")
    assert names(found, "EVENT") == {"四届二次职代会暨四届二次工代会"}
    assert ("卢峰", "PARTICIPATED_IN", "四届二次职代会暨四届二次工代会") in triples(found)


def test_a_verb_of_attending_opens_no_name(extract):
    found = extract("副县长卢峰宣布全县第七届职工运动会开幕。")
    assert "全县第七届职工运动会" in names(found, "EVENT")
    assert not any(n.startswith("宣布") for n in names(found, "EVENT"))


@pytest.mark.parametrize("text,event", [
    ("5月20日，2025职工篮球联赛在县体育馆开幕。", "2025职工篮球联赛"),
    ("5月20日，2025全民健身运动会在县体育馆开幕。", "2025全民健身运动会"),
])
def test_a_bare_year_before_a_noun_opens_the_name(extract, text, event):
    assert event in names(extract(text), "EVENT")


def test_a_count_before_a_unit_opens_no_name(extract):
    found = extract("5月20日，县职工篮球联赛开幕，共有2025名职工观看比赛。")
    assert not any(n.startswith("2025") for n in names(found, "EVENT"))


def test_two_congresses_numbered_apart_and_held_together_stay_two(extract):
    found = extract("3月初，农场召开了三届十二次职代会暨三届五次工代会，会议审议了工作报告。")
    assert {"三届十二次职代会", "三届五次工代会"} <= names(found, "EVENT")
