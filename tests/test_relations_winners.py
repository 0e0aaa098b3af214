"""Winners lists and table rows: who received which prize, at which occasion."""
from __future__ import annotations

from test_nlp_relations import triples

CONTEST = "青山市首届职工技能大赛"


def test_a_colon_list_of_winners_with_units(extract):
    found = triples(extract(f"{CONTEST}圆满落幕。\n一等奖：张大伟（青山钢铁公司）、李小红（青山机械厂）；二等奖：王建设（青山电力公司）。"))
    assert {("张大伟", "RECEIVED", "一等奖"), ("李小红", "RECEIVED", "一等奖"), ("王建设", "RECEIVED", "二等奖")} <= found
    assert ("张大伟", "POSITION", "青山钢铁公司") in found
    assert ("王建设", "RECEIVED", "一等奖") not in found


def test_prizes_in_a_news_item_are_conferred_at_its_contest(extract):
    found = triples(extract(f"{CONTEST}圆满落幕。\n一等奖：张大伟（青山钢铁公司）。"))
    assert ("一等奖", "AWARDED_BY", CONTEST) in found
    assert ("张大伟", "PARTICIPATED_IN", CONTEST) in found


def test_table_rows_under_a_caption(extract):
    text = (f"{CONTEST}圆满落幕。\n"
            "优秀组织奖\n"
            "青山钢铁公司工会 |\n"
            "青山机械厂工会 |\n")
    found = triples(extract(text))
    assert {("青山钢铁公司工会", "RECEIVED", "优秀组织奖"), ("青山机械厂工会", "RECEIVED", "优秀组织奖")} <= found


def test_table_rows_with_a_prize_column(extract):
    text = (f"{CONTEST}圆满落幕。\n"
            "优秀团体奖\n"
            "冠军 | 青山钢铁公司工会 |\n"
            "亚军 | 青山机械厂工会 |\n")
    found = triples(extract(text))
    assert ("青山钢铁公司工会", "RECEIVED", "冠军") in found
    assert ("青山机械厂工会", "RECEIVED", "亚军") in found
    assert ("青山钢铁公司工会", "RECEIVED", "亚军") not in found
    assert ("青山机械厂工会", "RECEIVED", "优秀团体奖") in found  # the caption
    assert ("冠军", "AWARDED_BY", CONTEST) in found


def test_a_ceremony_host_confers_the_honours_given_there(extract):
    ex = extract("青山县总工会召开2023年度劳模表彰大会\n会上，王建设获得劳动模范称号。")
    found = triples(ex)
    assert ("劳动模范", "AWARDED_BY", "2023年度劳模表彰大会") in found
    assert ("劳动模范", "AWARDED_BY", "青山县总工会") in found
    assert ("王建设", "PARTICIPATED_IN", "2023年度劳模表彰大会") in found


def test_a_year_summary_ties_no_prize_to_its_first_event(extract):
    found = triples(extract("2023年，学校工会举办了职工书画比赛。年底，张丽获得优秀工会积极分子称号。"))
    assert not any(r == "AWARDED_BY" for _, r, _ in found)


def test_prizes_named_in_a_contests_news_are_its_own(extract):
    found = triples(extract(f"{CONTEST}圆满落幕\n经过激烈角逐，本次比赛设一等奖3名、二等奖5名。"))
    assert {("一等奖", "AWARDED_BY", CONTEST), ("二等奖", "AWARDED_BY", CONTEST)} <= found


def test_a_ceremony_named_after_its_honour_confers_it(extract):
    found = triples(extract("青山县教师工会举办模范教师颁奖典礼，市长出席。"))
    assert any(h == "模范教师" and r == "AWARDED_BY" and t.endswith("颁奖典礼") for h, r, t in found)


def test_presenting_prizes_to_listed_winners(extract):
    found = triples(extract("会上，县总工会主席王建设为青山钢铁公司工会等5个先进职工之家、张大伟等21名优秀工会积极分子颁奖。"))
    assert ("青山钢铁公司工会", "RECEIVED", "先进职工之家") in found
    assert ("张大伟", "RECEIVED", "优秀工会积极分子") in found
    assert ("张大伟", "RECEIVED", "先进职工之家") not in found


def test_a_contest_named_after_a_title_does_not_confer_it_by_its_name(extract):
    found = triples(extract("青山市首届职工技能状元竞赛圆满落幕。"))
    assert not any(r == "AWARDED_BY" for _, r, _ in found)


def test_joint_placings_are_one_prize_as_written(extract):
    found = triples(extract("5月20日，青山公司工会举办第五届职工运动会。第二分公司、第三分公司分获第二、三名。"))
    assert ("第二分公司", "RECEIVED", "第二、三名") in found
    assert ("第三分公司", "RECEIVED", "第二、三名") in found


def test_a_table_flattened_to_spaced_lines_is_read_as_rows(extract):
    text = ("序号 姓名 单位 职务\n1 张建国 青山机械厂工会 主席\n2 李秀英 青山纺织有限公司工会 副主席\n"
            "3 王海 青山电力公司 工程师")
    found = {(r.head, r.tail, r.title) for r in extract(text).relations if r.type == "POSITION"}
    assert {("张建国", "青山机械厂工会", "主席"), ("李秀英", "青山纺织有限公司工会", "副主席"),
            ("王海", "青山电力公司", "")} <= found


def test_spaced_rows_under_an_honour_received_it(extract):
    text = "一等奖（2名）\n张建国 青山机械厂\n李秀英 青山纺织有限公司\n二等奖（1名）\n王海 青山电力公司\n赵强 青山化工集团"
    found = triples(extract(text))
    assert {("张建国", "RECEIVED", "一等奖"), ("李秀英", "RECEIVED", "一等奖"),
            ("王海", "RECEIVED", "二等奖"), ("李秀英", "POSITION", "青山纺织有限公司")} <= found


def test_column_headers_are_no_names(extract):
    ex = extract("| 奖项 | 姓名 | 单位 |\n|---|---|---|\n| 一等奖 | 张建国 | 青山机械厂 |")
    assert "单位" not in {e.name for e in ex.entities}
    assert ("张建国", "RECEIVED", "一等奖") in triples(ex)


def test_one_spaced_line_is_no_table(extract):
    ex = extract("记者 王晓明 报道\n今天，青山机械厂召开职代会。")
    assert not any(r.type == "RECEIVED" for r in ex.relations)


def test_a_body_a_winner_competed_for_took_part_and_won_nothing(extract):
    text = ("近日，全省职工演讲比赛总决赛精彩上演。经过激烈角逐，由青山电网公司选送的来自青山送变电公司的"
            "选手林品扬代表省电力工会喜获总决赛铜奖。")
    found = triples(extract(text))
    assert ("林品扬", "RECEIVED", "铜奖") in found
    assert {("青山电网公司", "PARTICIPATED_IN", "全省职工演讲比赛总决赛"),
            ("省电力工会", "PARTICIPATED_IN", "全省职工演讲比赛总决赛")} <= found
    assert not any(r == "RECEIVED" and h in ("青山电网公司", "省电力工会") for h, r, _ in found)


def test_a_contests_discipline_is_no_event_of_its_own(extract):
    ex = extract("青山市首届职工技能大赛圆满落幕。经过3天角逐，张三、李四分获线路工比赛前五名。")
    assert {e.name for e in ex.entities if e.type == "EVENT"} == {"青山市首届职工技能大赛"}
    found = triples(ex)
    assert ("张三", "PARTICIPATED_IN", "青山市首届职工技能大赛") in found
    assert ("前五名", "AWARDED_BY", "青山市首届职工技能大赛") in found


def test_a_discipline_contest_alone_is_an_event(extract):
    assert "焊工比赛" in {e.name for e in extract("今年，青山公司举办了焊工比赛。").entities if e.type == "EVENT"}


def test_分获_pairs_winners_and_places_in_order(extract, read):
    text = "个人赛中，青山燃气集团的周小斌、刘大洋分获第二名和第三名。"
    for doc in (extract(text), read("個人賽中，青山燃氣集團的周小斌、劉大洋分獲第二名和第三名。")):
        found = triples(doc)
        assert ("周小斌", "RECEIVED", "第二名") in found and ("刘大洋", "RECEIVED", "第三名") in found
        assert ("周小斌", "RECEIVED", "第三名") not in found and ("刘大洋", "RECEIVED", "第二名") not in found


def test_a_single_winner_row_under_its_groups_line(extract):
    text = ("青山市第三届职工技能大赛获奖名单\n焊工组：\n一等奖 王建国 青山重工集团\n"
            "电工组：\n一等奖 陈晓峰 青山供电公司\n二等奖 周立 青山供电公司\n")
    found = triples(extract(text))
    assert {("王建国", "RECEIVED", "一等奖"), ("王建国", "POSITION", "青山重工集团"),
            ("陈晓峰", "RECEIVED", "一等奖"), ("周立", "RECEIVED", "二等奖")} <= found


def test_a_line_of_words_is_no_row(extract):
    ex = extract("青山市第三届职工技能大赛获奖名单\n焊工组：\n比赛 圆满 结束\n")
    assert not any(r.type == "RECEIVED" for r in ex.relations)


def test_a_clause_closed_by_获奖_wins_the_one_honour_just_named(extract, read):
    text = "大会颁发了优秀组织奖，青山钢铁公司工会、青山港务集团工会获奖。"
    for doc in (extract(text), read("大會並頒發績優工會獎，青山鋼鐵公司工會、青山港務集團工會獲獎。")):
        found = triples(doc)
        award = next(e.name for e in doc.entities if e.type == "AWARD")
        assert {("青山钢铁公司工会", "RECEIVED", award), ("青山港务集团工会", "RECEIVED", award)} <= found
    found = triples(extract("大会表彰了先进集体和先进个人，青山钢铁公司工会获奖。"))
    assert not any(r == "RECEIVED" for _, r, _ in found)  # which of two honours is not said


def test_a_counted_prize_then_its_winners_分别是(extract):
    found = triples(extract("其中，一等奖2名，分别是张小明（青山钢铁公司）、李大海（青山港务集团）。"))
    assert {("张小明", "RECEIVED", "一等奖"), ("李大海", "RECEIVED", "一等奖"),
            ("张小明", "POSITION", "青山钢铁公司")} <= found
