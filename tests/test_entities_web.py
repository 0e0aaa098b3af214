"""Entity constructions of real union news (issue 11: 3, 4, 5, 7), on sentences made up here.

Meetings and ceremonies as events, honours with their year, level or place,
organisation boundaries (rooms and venues, names with 与/和, ordinals inside
names, numbered committees), and the same in traditional characters, which
the reading stage folds to simplified before the recognisers run.
"""
from __future__ import annotations

import pytest
from test_nlp_relations import names

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


# --- 3. meetings and ceremonies as events ------------------------------------

def test_a_ceremony_in_brackets_with_its_year_is_one_event(read):
    found = names(read("【青山市教師職業工會113年度模範教師頒獎典禮】在市政中心隆重登場。"), "EVENT")
    assert "青山市教师职业工会113年度模范教师颁奖典礼" in found


def test_a_year_belongs_to_the_name_of_a_meeting(extract):
    found = names(extract("公司工会在三楼会议室举行2023年度先进表彰大会。"), "EVENT")
    assert "2023年度先进表彰大会" in found


def test_a_congress_of_workers_and_members_held_together_is_one_meeting(extract):
    found = names(extract("白沙电力公司召开三届四次职工暨会员代表大会。"), "EVENT")
    assert any(n.endswith("三届四次职工暨会员代表大会") for n in found)


def test_the_stage_of_a_contest_belongs_to_its_name(extract):
    found = names(extract("全市职工书法比赛决赛在青山文化馆举行。"), "EVENT")
    assert "全市职工书法比赛决赛" in found


def test_a_one_character_host_is_left_out_of_a_numbered_meeting(extract):
    found = names(extract("3月5日，校第八届教代会第二次会议隆重举行。"), "EVENT")
    assert "第八届教代会第二次会议" in found


def test_entering_or_watching_is_no_part_of_an_event(extract):
    found = names(extract("八名选手进入全省总决赛，三千名职工现场聆听演讲比赛。"), "EVENT")
    assert not any(n.startswith(("进入", "现场", "聆听")) for n in found)


# --- 4. honours with year, level or place -------------------------------------

@pytest.mark.parametrize("text,honour", [
    ("李明被评为2021年度青山区优秀工会干部。", "2021年度青山区优秀工会干部"),
    ("两家企业获得工业工会级“工人先锋号”称号。", "工业工会级工人先锋号"),
    ("三名职工荣获白水市“技能带头人”。", "白水市技能带头人"),
    ("授予4家单位青山省工人先锋号称号。", "青山省工人先锋号"),
    ("张华同志被县表彰为优秀辅导员。", "优秀辅导员"),
    ("为后勤部等3个先进工会小组颁奖。", "先进工会小组"),
])
def test_an_honour_keeps_its_year_level_or_place(extract, text, honour):
    assert honour in names(extract(text), "AWARD")


def test_an_honour_in_the_name_of_its_ceremony(read):
    assert "模范劳工" in names(read("白沙石油工會舉辦模範勞工表揚大會。"), "AWARD")


def test_a_goal_or_a_conferring_verb_is_no_honour(extract):
    assert not names(extract("全体教师争做优秀教师。"), "AWARD")
    found = names(extract("符合条件的授予全路技术能手称号，三人分获一等奖。"), "AWARD")
    assert not any(n.startswith(("授予", "分获")) for n in found)


def test_a_count_before_an_honour_is_not_part_of_it(extract):
    found = names(extract("授予6家单位青山省工人先锋号称号。"), "AWARD")
    assert not any(n.startswith(("6家", "单位")) for n in found)


# --- PER: names the tagger cuts, bylines, traditional posts --------------------

@pytest.mark.parametrize("text,person", [
    ("我院赵雪院长、金一舟书记出席了大会。", "金一舟"),
    ("分院工会主席于学峰、机关工会主席董丽出席。", "于学峰"),
    ("今年我校石小军同志被评为优秀班主任。", "石小军"),
    ("陆晓妹老师作了发言。", "陆晓妹"),
])
def test_a_name_framed_by_a_list_and_a_title_is_whole(extract, text, person):
    assert person in names(extract(text), "PER")


def test_posts_of_an_association_frame_names_in_traditional_texts(read):
    found = names(read("出席者包括方振華董事長、林珂如發言人、家長協會理事長洪志和。"), "PER")
    assert {"林珂如", "洪志和"} <= found


def test_an_age_word_or_a_preposition_is_no_name(extract):
    found = names(extract("学校开展一帮一活动，由老教师带年轻教师。"), "PER")
    assert not found


def test_the_next_term_or_a_bare_term_is_no_committee_name(extract):
    found = names(extract("会议选举产生了新一届工会委员会，一届工会委员会届满。"), "ORG")
    assert not any("一届" in n for n in found)
    assert "青山公司二届工会委员会" in names(extract("选举产生了青山公司二届工会委员会。"), "ORG")


def test_a_judge_and_a_bare_kind_of_company_are_no_organisations(extract):
    found = names(extract("由现场观众和评委共同评定，股份公司领导到场。"), "ORG")
    assert "评委" not in found and "股份公司" not in found


def test_an_event_or_honour_written_shorter_folds_into_its_longest_form(extract):
    text = ("白沙石油工会2024年模范劳工表扬大会在总部举行。模范劳工表扬大会上，"
            "两人获白水省五一劳动奖章。五一劳动奖章获得者发言。")
    found = extract(text)
    assert "模范劳工表扬大会" not in names(found, "EVENT")
    assert any(n.endswith("2024年模范劳工表扬大会") for n in names(found, "EVENT"))
    assert "白水省五一劳动奖章" in names(found, "AWARD") and "五一劳动奖章" not in names(found, "AWARD")


def test_an_honour_of_another_level_stays_apart(extract):
    found = names(extract("我校工会被评为市模范职工之家，去年已获模范职工之家称号。"), "AWARD")
    assert {"市模范职工之家", "模范职工之家"} <= found


def test_two_congresses_sharing_a_number_are_one_mention_as_written(extract):
    found = names(extract("青山学院第五届教代会、工代会顺利召开。"), "EVENT")
    assert any(n.endswith("第五届教代会、工代会") for n in found)
    found = names(extract("青山学院第五届教代会代表、工代会代表参加培训。"), "EVENT")
    assert not any(n.endswith("工代会") for n in found)


def test_a_congress_held_with_an_election_is_one_event(extract):
    found = names(extract("青山公司工会第三次会员代表大会暨换届选举大会隆重召开。"), "EVENT")
    assert "青山公司工会第三次会员代表大会暨换届选举大会" in found


def test_prizes_sharing_a_head_are_one_mention_as_written(extract):
    found = names(extract("选手们分别获得一、二、三等奖，代表队获金、银、铜牌。"), "AWARD")
    assert {"一、二、三等奖", "金、银、铜牌"} <= found


def test_the_opening_of_an_event_is_no_event_of_its_own(extract):
    found = names(extract("5月1日，青山公司第三届职工运动会简短开幕式后，比赛正式开始。"), "EVENT")
    assert not any(n.endswith("开幕式") for n in found)
    assert "青山公司第二期班组长培训班开班式" not in names(extract("青山公司第二期班组长培训班开班式举行。"), "EVENT")


def test_a_quoted_name_takes_no_conjunct_before_it(extract):
    found = names(extract("公司开展“班组之星”创建和“小发明”立功竞赛等活动。"), "EVENT")
    assert not any(n.startswith("创建") for n in found)


# --- 7. traditional-character texts --------------------------------------------

def test_a_traditional_report_gives_its_meeting_union_and_officers(read):
    found = read("臺北市青山產業工會第十屆第二次會員大會於3月8日召開，常務理事王大明、理事長陳小華出席並致詞。")
    assert any(n.endswith("第十届第二次会员大会") for n in names(found, "EVENT"))
    assert "台北市青山产业工会" in names(found, "ORG")
    assert {"王大明", "陈小华"} <= names(found, "PER")


def test_general_unions_of_hong_kong_and_macau_keep_their_names(read):
    found = names(read("香港青山職工總會舉辦新春聯歡晚會。澳門青山工會聯合總會頒發優秀會員獎。"), "ORG")
    assert {"香港青山职工总会", "澳门青山工会联合总会"} <= found
    assert not names(read("我們總會遇到困難，職工總會想辦法。"), "ORG")


def test_sub_bodies_a_union_sets_up_are_bodies(extract):
    found = names(extract("工会下设劳动争议调解委员会、女职工委员会等组织机构。"), "ORG")
    assert {"劳动争议调解委员会", "女职工委员会"} <= found


def test_a_placing_among_the_first_few_is_an_honour(extract):
    assert "团体前三名" in names(extract("青山队获得团体前三名。"), "AWARD")
    assert "前五名" in names(extract("五名选手分获线路工比赛前五名。"), "AWARD")
    assert not names(extract("报名前三天完成培训。"), "AWARD")


def test_a_federation_named_after_its_unions_is_whole(read):
    ex = read("比賽由澳門工會聯合總會主辦，澳門體育局協辦。")
    orgs = {e.name for e in ex.entities if e.type == "ORG"}
    assert "澳门工会联合总会" in orgs
    assert "澳门体育局" in orgs
    assert "澳门体育局协办" not in orgs


def test_a_hong_kong_federation_by_its_short_name(read):
    ex = read("教聯會會長張志明出席並致辭。")
    assert "教联会" in {e.name for e in ex.entities if e.type == "ORG"}
