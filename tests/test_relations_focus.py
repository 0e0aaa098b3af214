"""The occasion a news item is about; the writer's own units; table cells as names."""
from __future__ import annotations

from test_nlp_relations import triples

from unionkg.nlp.table_cells import cell_type


def test_an_occasion_reported_held_with_no_organiser_was_the_writers(extract):
    ex = extract("青山县教育工会2023年度表彰大会隆重召开\n青山县教育工会组织了多项活动。")
    assert ("青山县教育工会", "ORGANIZED", "青山县教育工会2023年度表彰大会") in triples(ex) or \
        ("@author", "ORGANIZED", "青山县教育工会2023年度表彰大会") in {(r.head, r.type, r.tail) for r in ex.relations}


def test_a_news_item_by_nobody_named_has_no_organiser_by_default(extract):
    ex = extract("青山市首届职工技能大赛圆满落幕\n经过激烈角逐，比赛决出了各个奖项。")
    assert ex.author is None
    assert not any(r.type == "ORGANIZED" for r in ex.relations)


def test_a_unions_own_committees_belong_to_it(extract):
    ex = extract("青山县教育工会2023年工作总结\n青山县教育工会召开会议，工会经费审查委员会审查了经费。")
    found = triples(ex)
    assert ("工会经费审查委员会", "SUBORDINATE_OF", ex.author) in found


def test_a_party_committee_is_not_the_unions_unit(extract):
    ex = extract("青山县教育工会2023年工作总结\n在局党委的领导下，青山县教育工会开展了工作。")
    assert ("局党委", "SUBORDINATE_OF", ex.author) not in triples(ex)


def test_table_cells_are_typed_by_their_shape():
    assert cell_type("青山钢铁公司工会") == "ORG"
    assert cell_type("冠军") == "AWARD"
    assert cell_type("优秀组织奖") == "AWARD"
    assert cell_type("张大伟") == "PER"
    assert cell_type("姓名") is None
    assert cell_type("12") is None
    assert cell_type("他们表现很好，值得学习") is None


def test_a_press_report_gives_nothing_to_its_unnamed_writer(extract):
    ex = extract("青山市首届职工技能大赛圆满落幕\n9月25日，青山市首届职工技能大赛圆满落幕。比赛评选表彰了一批先进个人。")
    assert not any("@author" in (r.head, r.tail) for r in ex.relations)


def test_a_dated_news_lead_names_the_occasion_held(extract):
    ex = extract("5月8日，青山县教育工会召开2023年度先进表彰大会。会上，青山县实验小学工会被授予模范职工之家称号。")
    found = triples(ex)
    assert ("模范职工之家", "AWARDED_BY", "2023年度先进表彰大会") in found
    assert ("青山县实验小学工会", "PARTICIPATED_IN", "2023年度先进表彰大会") in found


def test_a_summary_opening_with_its_year_has_no_occasion(extract):
    ex = extract("2023年，青山县教育工会举办了第三届教职工运动会。青山县实验小学工会被授予模范职工之家称号。")
    assert ("模范职工之家", "AWARDED_BY", "第三届教职工运动会") not in triples(ex)


def test_a_lead_with_an_outlet_and_a_hosting_clause_before_its_topic(extract):
    ex = extract("青山新闻网：近日，由青山市总工会、青山市文明办共同主办，以“劳动最光荣”为主题的"
                 "全市职工演讲比赛总决赛精彩上演。经过激烈角逐，选手刘丽华喜获铜奖。")
    found = triples(ex)
    assert ("铜奖", "AWARDED_BY", "全市职工演讲比赛总决赛") in found
    assert ("刘丽华", "PARTICIPATED_IN", "全市职工演讲比赛总决赛") in found


def test_an_event_deep_in_an_opening_sentence_of_a_summary_is_no_topic(extract):
    ex = extract("今年以来，我校工会在上级工会的领导下，围绕中心工作，先后开展了多项活动，其中第三届教职工运动会顺利举行。"
                 "刘丽华获得一等奖。")
    assert ("一等奖", "AWARDED_BY", "第三届教职工运动会") not in triples(ex)


def test_an_occasion_the_writer_went_to_is_not_the_writers(extract):
    ex = extract("青山县总工会组织职工参加全省职工技能大赛\n9月15日，大赛在省城举行。")
    found = triples(ex)
    assert not any(r == "ORGANIZED" and t == "全省职工技能大赛" for h, r, t in found)
    assert any(r == "PARTICIPATED_IN" and t == "全省职工技能大赛" and h in ("@author", "青山县总工会")
               for h, r, t in found)


def test_a_pages_own_lines_and_a_long_purpose_do_not_hide_the_lead(read):
    text = ("凝心聚力 再创佳绩——青山研究所举办职工趣味运动会\n日期:2024-12-28 作者: 来源:\n"
            "为庆祝青山研究所成立四十周年，弘扬团结奉献精神，丰富职工文化生活，12月28日下午，"
            "青山研究所工会举办了以“同心筑梦”为主题的职工趣味运动会。所党委书记刘大为宣布运动会开幕。")
    doc = read(text)
    assert doc.author == "青山研究所工会"
    found = triples(doc)
    assert ("刘大为", "PARTICIPATED_IN", "职工趣味运动会") in found
