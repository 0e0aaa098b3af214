"""Who received an honour: counted things and hoped-for honours give no recipient."""
from __future__ import annotations

from test_nlp_relations import triples


def received(extraction):
    return {(h, t) for h, r, t in triples(extraction) if r == "RECEIVED"}


def test_counted_projects_are_not_the_writer(extract):
    assert received(extract("全年立项45项，其中12项获集团科技进步奖。")) == set()


def test_an_honour_hoped_for_is_not_received(extract):
    assert received(extract("这直接关系到各车间能否获得“先进班组”称号。")) == set()
    assert received(extract("我们将争取获得“模范职工之家”称号。")) == set()


def test_an_honour_received_still_counts(extract):
    ex = extract("今年，我校工会获得“先进职工之家”称号。")
    assert (ex.author or "@author", "先进职工之家") in received(ex)


def test_the_subject_that_selects_an_honour_confers_it(extract):
    found = triples(extract("年终，青山矿业公司工会评选出“安全生产标兵”十名。"))
    assert ("安全生产标兵", "AWARDED_BY", "青山矿业公司工会") in found
    assert not any(r == "RECEIVED" and t == "安全生产标兵" for _, r, t in found)


def test_the_giver_carried_from_the_clause_before(extract):
    found = triples(extract("青山市总工会近日决定，授予江北机械厂“青山市五一劳动奖状”，授予李红梅“青山市五一劳动奖章”。"))
    assert ("青山市五一劳动奖状", "AWARDED_BY", "青山市总工会") in found
    assert ("青山市五一劳动奖章", "AWARDED_BY", "青山市总工会") in found
    assert ("李红梅", "RECEIVED", "青山市五一劳动奖章") in found


def test_a_body_holding_a_winners_post_did_not_win(extract):
    found = triples(extract("永龙高速公司总监唐小富、怀化市路桥建设总公司项目经理郭志杰获湖南省五一劳动奖章。"))
    assert ("郭志杰", "RECEIVED", "湖南省五一劳动奖章") in found
    assert ("郭志杰", "POSITION", "怀化市路桥建设总公司") in found
    assert ("怀化市路桥建设总公司", "RECEIVED", "湖南省五一劳动奖章") not in found


def test_first_and_second_place_as_one_prize(extract):
    found = triples(extract("江北机械厂代表队、河西纺织公司代表队分获冠亚军。"))
    assert ("江北机械厂代表队", "RECEIVED", "冠亚军") in found


def test_praised_lists_pair_names_with_the_honour_after_them(extract):
    found = triples(extract("3月8日，青山县总工会召开2023年度工会工作表彰大会。"
                            "大会表彰了江北机械厂工会等15个先进基层工会和李红梅等30名优秀工会工作者。"))
    assert ("江北机械厂工会", "RECEIVED", "先进基层工会") in found
    assert ("李红梅", "RECEIVED", "优秀工会工作者") in found
    assert ("李红梅", "RECEIVED", "先进基层工会") not in found
    assert ("李红梅", "PARTICIPATED_IN", "2023年度工会工作表彰大会") in found


def test_news_verbs_of_winning(extract):
    found = triples(extract("经过激烈角逐，江北机械厂李红梅斩获钳工组一等奖，河西纺织公司赵刚勇夺焊工组冠军。"))
    assert ("李红梅", "RECEIVED", "钳工组一等奖") in found
    assert ("赵刚", "RECEIVED", "焊工组冠军") in found


def test_genre_honours_and_quoted_honours_after_news_verbs(extract):
    assert ("江北机械厂工会", "RECEIVED", "模范职工小家") in triples(extract("江北机械厂工会被评为模范职工小家。"))
    assert ("陈立军", "RECEIVED", "青山好人") in triples(extract("陈立军获评“青山好人”。"))
    assert ("东湖电子公司团委", "RECEIVED", "青年文明号") in triples(extract("东湖电子公司团委获得“青年文明号”。"))


def test_a_small_home_built_is_no_honour(extract):
    ex = extract("青山公司工会今年建设职工小家12个。")
    assert "职工小家" not in {e.name for e in ex.entities if e.type == "AWARD"}


def test_details_of_an_occasion_in_the_next_sentence(extract):
    found = triples(extract("在2023年市总工会工作会议上，我会系统有3个单位受到表彰。"
                            "其中，江北机械厂工会获青山市先进工会委员会称号，刘建华获优秀工会主席称号。"))
    assert ("优秀工会主席", "AWARDED_BY", "2023年市总工会工作会议") in found
    assert ("刘建华", "PARTICIPATED_IN", "2023年市总工会工作会议") in found


def test_a_sentence_that_is_no_detail_does_not_inherit_the_occasion(extract):
    found = triples(extract("在2023年市总工会工作会议上，我会系统有3个单位受到表彰。刘建华获优秀工会主席称号。"))
    assert ("优秀工会主席", "AWARDED_BY", "2023年市总工会工作会议") not in found


def test_an_award_that_describes_the_noun_after_it_gives_that_noun(extract, read):
    # 获得一等奖的选手: unnamed winners receive nothing; 获得一等奖的李明: he does
    assert received(extract("获得一等奖的选手将参加全省决赛。")) == set()
    assert received(extract("获得一等奖的李明将参加全省决赛。")) == {("李明", "一等奖")}
    assert received(read("獲得一等獎的李明將參加全省決賽。")) == {("李明", "一等奖")}


def test_a_named_subject_keeps_its_award_before_a_relative_noun(extract):
    assert ("李明", "五一劳动奖章") in received(extract("李明获得“五一劳动奖章”的消息传遍了车间。"))


def test_the_body_after_you_gives_the_honour(extract):
    found = triples(extract("一等奖选手将由市总工会授予“青山市五一劳动奖章”。"))
    assert ("青山市五一劳动奖章", "AWARDED_BY", "市总工会") in found
    assert not any(r == "RECEIVED" for _, r, _ in found)
    found = triples(extract("由市总工会授予王强“青山市五一劳动奖章”。"))
    assert ("王强", "RECEIVED", "青山市五一劳动奖章") in found
    assert ("青山市五一劳动奖章", "AWARDED_BY", "市总工会") in found


def test_verbs_that_begin_like_winning_link_nothing(extract):
    assert received(extract("今年获选的模范劳工来自各行各业。")) == set()
    assert received(extract("记者获悉，工人先锋号评选即将启动。")) == set()


def test_she_is_the_person_named_just_before(extract):
    found = received(extract("李红是青山纺织公司的一名挡车工。她先后荣获“全国三八红旗手”“省劳动模范”等荣誉称号。"))
    assert found == {("李红", "全国三八红旗手"), ("李红", "省劳动模范")}
    assert received(extract("她先后荣获“全国三八红旗手”称号。")) == set()  # nobody named before


def test_prize_winners_unnamed_receive_nothing(extract):
    assert received(extract("市总工会为获奖的12个先进集体和30名先进个人颁奖。")) == set()


def test_by_way_of_is_not_part_of_the_givers_name(extract):
    ex = extract("经市总工会研究决定，授予青山机械厂等10家单位“市级模范职工之家”称号。")
    assert "市总工会" in {e.name for e in ex.entities if e.type == "ORG"}
    assert ("市级模范职工之家", "AWARDED_BY", "市总工会") in triples(ex) or ex.author == "市总工会"


def test_units_the_text_names_but_we_do_not_are_not_the_writer(extract):
    ex = extract("青山供电公司工会2022年度工作总结\n变电运维班、输电检修班荣获“工人先锋号”称号。公司工会荣获“模范职工之家”称号。")
    found = {(r.head, r.type, r.tail) for r in ex.relations}
    assert ("@author", "RECEIVED", "工人先锋号") not in found
    assert ("@author", "RECEIVED", "模范职工之家") in found or \
        ("青山供电公司工会", "RECEIVED", "模范职工之家") in found


def test_the_writer_that_sends_unnamed_people_takes_part_and_they_win_nothing_named(extract):
    ex = extract("青山小学工会2023年工作总结\n我校选派5名教师参加了区教师技能大赛，其中王丽获得一等奖。")
    found = {(r.head, r.type, r.tail) for r in ex.relations}
    assert ("@author", "PARTICIPATED_IN", "区教师技能大赛") in found
    assert ("王丽", "RECEIVED", "一等奖") in found
    ex = extract("青山小学工会2023年工作总结\n我校两名教师喜获市优秀教师称号。")
    assert not any(r.type == "RECEIVED" for r in ex.relations)


def test_the_writers_unnamed_people_are_not_the_writer(extract):
    ex = extract("青山机械厂工会2023年工作总结\n我厂职工荣获省五一劳动奖章。我厂工会荣获模范职工之家称号。")
    found = {(r.head, r.type, r.tail) for r in ex.relations}
    assert ("@author", "RECEIVED", "省五一劳动奖章") not in found
    assert ("@author", "RECEIVED", "模范职工之家") in found


def test_the_winner_after_a_relative_clause_of_winning_after_wei(extract):
    found = {(r.head, r.type, r.tail) for r in extract("江北市总工会为获得“五一劳动奖状”的青山钢铁公司授牌。").relations}
    assert ("青山钢铁公司", "RECEIVED", "五一劳动奖状") in found
    assert ("江北市总工会", "RECEIVED", "五一劳动奖状") not in found


def test_the_place_a_clause_names_is_where_its_prizes_were_won(extract):
    found = triples(extract("我会组织职工参加了市总工会举办的职工书画展、全市职工羽毛球比赛等活动，"
                            "在全市职工羽毛球比赛中获得团体第三名，职工张小丽获得女子单打冠军。"))
    assert ("团体第三名", "AWARDED_BY", "全市职工羽毛球比赛") in found
    assert ("女子单打冠军", "AWARDED_BY", "全市职工羽毛球比赛") in found
    assert not any(r == "AWARDED_BY" and t == "职工书画展" for _, r, t in found)


def test_an_honour_worn_as_a_title_was_received_elsewhere(extract, read):
    text = ("4月28日，青山市劳动模范表彰大会在市会议中心举行。全国劳动模范、青山钢铁公司高级技师王铁军作事迹报告。"
            "大会授予周志华等30名职工“青山市五一劳动奖章”。")
    for doc in (extract(text), read(text.replace("劳动模范", "勞動模範").replace("钢铁", "鋼鐵"))):
        found = triples(doc)
        assert ("王铁军", "RECEIVED", "全国劳动模范") in found
        assert not any(h == "全国劳动模范" and r == "AWARDED_BY" for h, r, _ in found)
        assert ("青山市五一劳动奖章", "AWARDED_BY", "青山市劳动模范表彰大会") in found
    assert ("李大山", "RECEIVED", "全国五一劳动奖章") in triples(extract("全国五一劳动奖章获得者李大山作报告。"))


def test_an_honour_being_won_is_not_worn(extract):
    found = triples(extract("张三荣获全国劳动模范称号。"))
    assert ("张三", "RECEIVED", "全国劳动模范") in found


def test_recognised_or_ranked_as_an_honour(extract, read):
    cases = [("青山钢铁公司被认定为省级劳模创新工作室。", ("青山钢铁公司", "省级劳模创新工作室")),
             ("青山钢铁公司代表队位列团体总分第一名。", ("青山钢铁公司代表队", "团体总分第一名"))]
    for text, (who, what) in cases:
        assert (who, "RECEIVED", what) in triples(extract(text))
    assert ("青山钢铁公司", "RECEIVED", "省级劳模创新工作室") in triples(read("青山鋼鐵公司被認定為省級勞模創新工作室。"))
