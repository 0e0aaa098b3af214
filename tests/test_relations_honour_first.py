"""Honour first, winners after (``winners.py``), and list headings with numbers and counts."""
from __future__ import annotations

from test_nlp_relations import triples


def received(extraction):
    return {(h, t) for h, r, t in triples(extraction) if r == "RECEIVED"}


def test_prize_won_by_the_names_after_you(extract):
    found = received(extract("一等奖由青山机械厂的张三获得，二等奖由李四、王五夺得。"))
    assert found == {("张三", "一等奖"), ("李四", "二等奖"), ("王五", "二等奖")}


def test_prize_is_the_names_after_the_link_word(extract, read):
    assert received(extract("冠军为江北纺织公司，亚军为青山机械厂。")) == {
        ("江北纺织公司", "冠军"), ("青山机械厂", "亚军")}
    assert received(read("書法組冠軍為江北紡織公司。")) == {("江北纺织公司", "书法组冠军")}


def test_winners_of_a_prize_after_de_shi(extract):
    assert received(extract("获得金奖的是刘强、陈红。")) == {("刘强", "金奖"), ("陈红", "金奖")}


def test_a_sentence_after_the_link_is_no_list_of_winners(extract):
    assert received(extract("一等奖为奖金5000元。")) == set()
    assert received(extract("冠军是谁令人期待。")) == set()
    assert received(extract("一等奖由评委会根据刘强的现场表现评定。")) == set()


def test_numbered_heading_with_a_count_opens_a_list(extract):
    text = ("2023年度先进集体和先进个人名单\n"
            "一、模范职工之家（3个）\n青山钢铁公司工会、江南纺织公司工会、白河医院工会\n"
            "二、优秀工会干部（2名）：\n张明（青山钢铁公司工会）、李华（江南纺织公司工会）")
    ex = extract(text)
    found = received(ex)
    assert {("青山钢铁公司工会", "模范职工之家"), ("白河医院工会", "模范职工之家"),
            ("张明", "优秀工会干部"), ("李华", "优秀工会干部")} <= found
    assert ex.author is None  # the unions listed are winners, none of them writes the list


def test_units_written_before_the_names_of_a_winners_list(extract):
    found = triples(extract("二等奖：青山纺织有限公司 李秀英、青山电力公司 王海。"))
    assert {("李秀英", "POSITION", "青山纺织有限公司"), ("王海", "POSITION", "青山电力公司")} <= found
    assert {("李秀英", "RECEIVED", "二等奖"), ("王海", "RECEIVED", "二等奖")} <= found
    assert ("李秀英", "POSITION", "青山电力公司") not in found


def test_a_person_before_a_listed_body_is_not_part_of_its_name(extract):
    names = {e.name for e in extract("二等奖：青山纺织有限公司 李秀英、青山电力公司 王海。").entities if e.type == "ORG"}
    assert not any("李秀英" in n for n in names)


def test_a_team_named_after_its_body_is_the_winner(extract):
    found = received(extract("港九电子业总工会代表队夺得冠军。"))
    assert found == {("港九电子业总工会代表队", "冠军")}


def test_winners_after_de_you_with_a_colon_or_a_kind(extract):
    assert received(extract("获得二等奖的有：张三、李四、王五。")) == {("张三", "二等奖"), ("李四", "二等奖"), ("王五", "二等奖")}
    assert received(extract("荣获一等奖的单位是青山机械厂。")) == {("青山机械厂", "一等奖")}


def test_a_conferral_on_the_people_listed_below(extract):
    ex = extract("经评审，江北区总工会决定授予以下3名同志“最美职工”称号：\n"
                 "周立新（江北区人民医院护士长）\n钱晓梅（江北供电公司检修班班长）\n孙涛（江北区实验中学教师）\n")
    found = triples(ex)
    assert {("周立新", "RECEIVED", "最美职工"), ("钱晓梅", "RECEIVED", "最美职工"),
            ("孙涛", "RECEIVED", "最美职工")} <= found
    assert ("最美职工", "AWARDED_BY", "江北区总工会") in found
    # the giver is no recipient, and neither is the writer
    assert not any(r == "RECEIVED" and h in ("江北区总工会", "@author") for h, r, t in found)


def test_a_conferral_line_followed_by_a_sentence_lists_nobody(extract):
    ex = extract("江北区总工会授予下列单位“模范职工之家”称号：\n希望各单位珍惜荣誉，再创佳绩。\n")
    assert not any(r.type == "RECEIVED" for r in ex.relations)


def test_prize_named_then_won_by_units_people(read):
    found = triples(read("大會頒發優秀會員獎，由江北供電公司的林美華、青山機械廠的黃志明獲得。"))
    assert {("林美华", "RECEIVED", "优秀会员奖"), ("黄志明", "RECEIVED", "优秀会员奖")} <= found
    assert {("林美华", "POSITION", "江北供电公司"), ("黄志明", "POSITION", "青山机械厂")} <= found
    assert ("江北供电公司", "RECEIVED", "优秀会员奖") not in found


def test_a_list_of_honour_holders_under_its_title_line(extract):
    for lines in ("1.周立新（江北供电公司）\n2.钱晓梅（江北区第二中学）\n",
                  "1. 周立新 江北供电公司\n2. 钱晓梅 江北区第二中学\n"):
        found = triples(extract("2023年度全区“优秀工会工作者”名单\n" + lines))
        assert {("周立新", "RECEIVED", "优秀工会工作者"), ("钱晓梅", "RECEIVED", "优秀工会工作者")} <= found
        assert ("周立新", "POSITION", "江北供电公司") in found


def test_winners_included_with_the_bodies_that_put_them_forward(read):
    found = triples(read("本年度獲選模範勞工的包括：江北汽車公司工會推薦的陳志遠、青山電力公司工會推薦的林雅婷等人。"))
    assert {("陈志远", "RECEIVED", "模范劳工"), ("林雅婷", "RECEIVED", "模范劳工")} <= found
    assert not any(r == "RECEIVED" and h.endswith("工会") for h, r, t in found)


def test_winners_named_by_their_winning_receive_nothing_from_the_presenter(extract):
    ex = extract("市长张三为得奖教师颁发奖状，并向获奖选手表示祝贺。")
    assert not any(r.type == "RECEIVED" for r in ex.relations)


def test_a_list_title_line_names_its_honour_and_headers_are_skipped(extract):
    found = triples(extract("2024年度全区先进基层工会名单\n序号 单位名称\n1 青山钢铁公司工会\n2 青山纺织集团工会\n"))
    assert {("青山钢铁公司工会", "RECEIVED", "2024年度全区先进基层工会"),
            ("青山纺织集团工会", "RECEIVED", "2024年度全区先进基层工会")} <= found


def test_a_list_title_that_names_no_merit_is_no_honour(extract):
    ex = extract("2024年度会员代表名单\n1 青山钢铁公司工会\n")
    assert not any(e.type == "AWARD" for e in ex.entities)


def test_winners_named_after_respectively_and_after_rated_as(extract):
    found = triples(extract("本年度共有3人获得“优秀员工”称号，分别是王丽、刘军、李华。被评为先进个人的有赵强、孙燕等5人。"))
    assert {("王丽", "RECEIVED", "优秀员工"), ("李华", "RECEIVED", "优秀员工"),
            ("赵强", "RECEIVED", "先进个人"), ("孙燕", "RECEIVED", "先进个人")} <= found
    assert not any(h == "@author" and r == "RECEIVED" for h, r, t in found)
