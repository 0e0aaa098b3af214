"""Attendance: officials with posts before 出席 / 主持 / 讲话 took part in the meeting."""
from __future__ import annotations

from test_nlp_relations import triples

from unionkg.corpus.normalize import join_lines, normalize_lines
from unionkg.model import Document

MEETING = "青山县教育工会第三次会员代表大会"
OPENING = f"3月5日，{MEETING}在县委党校召开。"


def took_part(extraction):
    return {(h, t) for h, r, t in triples(extraction) if r == "PARTICIPATED_IN"}


def test_a_roster_over_several_clauses_attends_the_meeting_of_the_report(extract):
    ex = extract(OPENING + "县总工会党组成员、副主席张国华，县人大常委会副主任李明，县教育局局长王建设出席会议并讲话。")
    assert {("张国华", MEETING), ("李明", MEETING), ("王建设", MEETING)} <= took_part(ex)


def test_presiding_and_speaking_are_taking_part(extract):
    ex = extract(OPENING + "大会由县教育工会副主席赵丽主持。县总工会主席孙伟作了讲话。")
    assert {("赵丽", MEETING), ("孙伟", MEETING)} <= took_part(ex)


def test_a_guest_list_after_the_verb(extract):
    ex = extract(OPENING + "出席会议的领导还有：县总工会副主席张国华、县教育局局长王建设。")
    assert {("张国华", MEETING), ("王建设", MEETING)} <= took_part(ex)


def test_an_event_named_after_the_verb_clause_is_not_the_one_attended(extract):
    ex = extract(OPENING + "县总工会主席孙伟出席并讲话，他回顾了第二次会员代表大会以来的工作。")
    assert ("孙伟", MEETING) in took_part(ex)
    assert ("孙伟", "第二次会员代表大会") not in took_part(ex)


def test_no_attendance_without_a_verb_of_taking_part(extract):
    ex = extract(OPENING + "县总工会主席孙伟表示，工会工作取得了很大成绩。")
    assert not any(person == "孙伟" for person, _ in took_part(ex))


def test_a_year_summary_has_no_meeting_to_attend_by_default(extract):
    ex = extract("2023年，学校工会开展了多项活动。工会主席孙伟出席并讲话。")
    assert not took_part(ex)


def test_traditional_characters_attend_too(extractor):
    original = "3月5日，青山縣教育工會第三次會員代表大會在縣委黨校召開。縣總工會主席張國華、縣教育局局長王建設出席會議並致辭。"
    text, offsets = join_lines(normalize_lines(original))  # what the reading stage hands on
    ex = extractor.extract(Document("t", text, original=original, offsets=tuple(offsets)))
    people = {person for person, _ in took_part(ex)}
    assert {"张国华", "王建设"} <= people


def test_who_reports_at_the_meeting_took_part(extract):
    ex = extract(OPENING + "会上，县教育工会经审会主任许红向代表们通报了经费收支情况。县教育局副局长曾林作了《教育工作报告》。")
    assert {("许红", MEETING), ("曾林", MEETING)} <= took_part(ex)


def test_bodies_that_send_contestants_take_part_in_the_contest_reported(extract):
    ex = extract("青山市首届职工技能大赛圆满落幕\n9月25日，青山市首届职工技能大赛圆满落幕。来自青山钢铁公司、青山机械厂等单位的80名选手参加了比赛。")
    found = took_part(ex)
    assert {("青山钢铁公司", "青山市首届职工技能大赛"), ("青山机械厂", "青山市首届职工技能大赛")} <= found


def test_a_body_in_a_year_summary_joins_nothing_unnamed(extract):
    ex = extract("2023年，学校工会开展了多项活动。青山钢铁公司参加了比赛。")
    assert not took_part(ex)


def test_bodies_whose_contestants_compete_take_part(extract):
    found = triples(extract("青山市第三届职工技能大赛圆满落幕\n本次比赛共有江北机械厂、河西纺织公司等12家单位的86名选手参赛。"))
    assert ("江北机械厂", "PARTICIPATED_IN", "青山市第三届职工技能大赛") in found
    assert ("河西纺织公司", "PARTICIPATED_IN", "青山市第三届职工技能大赛") in found


def test_a_list_of_those_taking_part_after_the_verb(extract):
    found = triples(extract("青山市第三届职工技能大赛开幕\n参加比赛的有江北机械厂、河西纺织公司等单位。"))
    assert ("江北机械厂", "PARTICIPATED_IN", "青山市第三届职工技能大赛") in found


def test_bodies_named_in_a_year_summary_do_not_join_by_default(extract):
    found = triples(extract("2023年工作总结\n江北机械厂、河西纺织公司参加了培训。"))
    assert not any(r == "PARTICIPATED_IN" and h == "江北机械厂" for h, r, _ in found)


def test_the_host_of_a_meeting_is_not_one_who_took_part(extract):
    found = triples(extract("5月12日，青山县总工会召开第五次代表大会。青山县总工会、江北机械厂工会的代表出席会议。"))
    assert ("青山县总工会", "ORGANIZED", "第五次代表大会") in found
    assert ("青山县总工会", "PARTICIPATED_IN", "第五次代表大会") not in found


def test_declaring_the_contest_open_is_taking_part(extract):
    found = triples(extract("11月8日，青山市第二届职工焊工比赛在青山技师学院开赛。青山市总工会副主席刘丽宣布比赛开幕。"))
    assert ("刘丽", "PARTICIPATED_IN", "青山市第二届职工焊工比赛") in found


def test_officials_who_lead_or_accompany_a_visit_take_part(extract):
    text = ("市总工会开展“送清凉”慰问活动\n7月15日，市总工会副主席刘建军带队，来到施工一线看望职工。"
            "青山城建集团董事长许文华陪同慰问。")
    found = triples(extract(text))
    assert ("刘建军", "PARTICIPATED_IN", "送清凉慰问活动") in found
    assert ("许文华", "PARTICIPATED_IN", "送清凉慰问活动") in found


def test_a_named_subject_at_an_event_took_part_in_it(extract):
    found = triples(extract("青山机械厂代表队在青山市第三届职工技能大赛中表现出色。"))
    assert ("青山机械厂代表队", "PARTICIPATED_IN", "青山市第三届职工技能大赛") in found


def test_a_terms_committee_does_not_hold_its_own_sitting(extract):
    found = triples(extract("青山市总工会召开第五届委员会第三次全体会议。"))
    assert ("青山市总工会", "ORGANIZED", "第五届委员会第三次全体会议") in found or \
        ("@author", "ORGANIZED", "第五届委员会第三次全体会议") in found
    assert not any(h == "第五届委员会" and r == "ORGANIZED" for h, r, _ in found)


def test_officials_who_come_to_greet_took_part(read):
    text = "青山工會114年模範勞工表揚大會\n勞動部許明德部長、王志偉司長前來致意。"
    found = triples(read(text))
    assert ("许明德", "PARTICIPATED_IN", "青山工会114年模范劳工表扬大会") in found or \
        ("许明德", "PARTICIPATED_IN", "114年模范劳工表扬大会") in found


def test_an_invited_guest_takes_part_and_the_place_holds_nothing(extract):
    found = triples(extract("6月18日，青山县总工会邀请市心理咨询协会会长黄敏到青山县人民医院开展职工心理健康讲座。"))
    assert ("青山县总工会", "ORGANIZED", "职工心理健康讲座") in found
    assert ("黄敏", "PARTICIPATED_IN", "职工心理健康讲座") in found
    assert ("黄敏", "ORGANIZED", "职工心理健康讲座") not in found
    assert ("青山县人民医院", "ORGANIZED", "职工心理健康讲座") not in found


def test_bodies_that_speak_at_the_meeting_took_part(extract):
    found = triples(extract("4月10日，青山市总工会召开2024年度工会工作会议。江北区总工会、青山区总工会作交流发言。"))
    assert {("江北区总工会", "PARTICIPATED_IN", "2024年度工会工作会议"),
            ("青山区总工会", "PARTICIPATED_IN", "2024年度工会工作会议")} <= found


def test_who_leads_the_visit_takes_part(extract):
    found = triples(extract("区总工会开展“送温暖”慰问活动\n春节前夕，南湖区总工会主席陶志刚带领机关干部走访慰问困难职工。"))
    assert ("陶志刚", "PARTICIPATED_IN", "送温暖慰问活动") in found


def test_this_contest_after_a_verb_of_taking_part_or_holding(extract, read):
    text = "青山市总工会举办第五届职工篮球赛。青山电力公司工会承办了此次比赛，青山燃气集团、青山水务集团也受邀参加了本次比赛。"
    for doc in (extract(text), read("青山市總工會舉辦第五屆職工籃球賽。青山電力公司工會承辦了此次比賽，青山燃氣集團、青山水務集團也受邀參加了本次比賽。")):
        found = triples(doc)
        assert ("青山电力公司工会", "ORGANIZED", "第五届职工篮球赛") in found
        assert {("青山燃气集团", "PARTICIPATED_IN", "第五届职工篮球赛"),
                ("青山水务集团", "PARTICIPATED_IN", "第五届职工篮球赛")} <= found


def test_a_verb_of_taking_part_with_another_object_refers_to_nothing(extract):
    found = triples(extract("青山市总工会举办第五届职工篮球赛。青山燃气集团参加了本次培训的筹备。"))
    assert ("青山燃气集团", "PARTICIPATED_IN", "第五届职工篮球赛") not in found


def test_contestants_meeting_in_the_contest_took_part(extract, read):
    text = "10月12日，青山市第三届职工技能大赛开幕。来自青山钢铁公司、青山港务集团等15家单位的80名选手同台竞技。"
    for doc in (extract(text), read("10月12日，青山市第三屆職工技能大賽開幕。來自青山鋼鐵公司、青山港務集團等15家單位的80名選手同台競技。")):
        found = triples(doc)
        assert {("青山钢铁公司", "PARTICIPATED_IN", "青山市第三届职工技能大赛"),
                ("青山港务集团", "PARTICIPATED_IN", "青山市第三届职工技能大赛")} <= found


def test_an_official_setting_tasks_at_the_meeting_took_part(extract):
    opening = "3月5日，青山市总工会召开第五届委员会第三次全体会议。"
    found = triples(extract(opening + "市总工会主席张建国对下一步工作提出要求。"))
    assert ("张建国", "PARTICIPATED_IN", "第五届委员会第三次全体会议") in found
    found = triples(extract(opening + "习近平总书记强调，要提高认识。"))
    assert not any(r == "PARTICIPATED_IN" for _, r, _ in found)
