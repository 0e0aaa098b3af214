"""Entity constructions of union news that generalise across reports (issue 11), on made-up sentences.

Honours written like bodies, prizes named after the people they honour,
placings that are only conditions, offices that are verbs (承办), the units
under a department (厅直), Hong Kong unions named by their members (…职工会)
and the staff meeting that is not one, committees named by their work
(…工会工作委员会), and names jieba cuts at a list's 等.  Traditional-character
sentences go through the reading stage, which folds them to simplified.
"""
from __future__ import annotations

import pytest
from test_nlp_relations import names

# --- honours ----------------------------------------------------------------

@pytest.mark.parametrize("text,honour", [
    ("青禾镇教办工会获江州市先进工会委员会荣誉称号。", "江州市先进工会委员会"),
    ("县交通局工会被评为省先进基层工会委员会。", "省先进基层工会委员会"),
])
def test_an_honour_that_reads_like_a_body_is_an_award(extract, text, honour):
    found = extract(text)
    assert honour in names(found, "AWARD")
    assert honour not in names(found, "ORG")


def test_a_prize_named_after_the_people_it_honours(extract):
    assert "模范教师奖" in names(extract("年会上，理事会颁发了模范教师奖。"), "AWARD")


def test_a_prize_named_after_people_in_traditional_characters(read):
    assert "模范教师奖" in names(read("大會頒發模範教師獎，表揚資深會員。"), "AWARD")


@pytest.mark.parametrize("text", [
    "按照规则，总成绩前3名的选手将推荐参加省赛。",
    "总成绩第一至第六名选手授予技术能手称号。",
])
def test_a_rank_that_is_only_a_condition_is_no_award(extract, text):
    assert not any(n.endswith("名") for n in names(extract(text), "AWARD"))


def test_a_rank_won_is_an_award(extract):
    assert "第一名" in names(extract("在全市职工象棋赛中，钱晓东获得第一名的好成绩。"), "AWARD")


# --- organisations ------------------------------------------------------------

def test_a_verb_ending_in_ban_is_no_office(extract):
    found = names(extract("闭幕式上，孟书记对承办单位和全体裁判员表示感谢。"), "ORG")
    assert not any("承办" in n for n in found)


def test_the_units_under_a_department_end_no_name(extract):
    found = names(extract("全省劳动竞赛受表彰，认可厅直多家单位获殊荣。"), "ORG")
    assert not any(n.endswith("厅") for n in found)


def test_a_committee_named_by_its_work_is_whole(extract):
    found = names(extract("江州市直属机关工会工作委员会主任邹明远出席会议。"), "ORG")
    assert "江州市直属机关工会工作委员会" in found


def test_a_hong_kong_union_named_by_its_members(read):
    found = names(read("港島電車職工會獲頒優秀屬會獎。"), "ORG")
    assert "港岛电车职工会" in found


@pytest.mark.parametrize("text", ["厂里召开车间职工会，讨论分配方案。", "在全体职工会上，厂长作了发言。"])
def test_the_staff_meeting_is_no_union(extract, text):
    assert not any(n.endswith("职工会") for n in names(extract(text), "ORG"))


def test_a_trade_fair_centre_used_as_venue_is_no_organisation(extract):
    found = names(extract("颁奖礼在青湾国际展贸中心举行。"), "ORG")
    assert not any(n.endswith("中心") for n in found)


# --- people --------------------------------------------------------------------

def test_a_given_name_cut_by_the_lists_deng_is_whole(extract):
    found = names(extract("市总工会副主席邹云平等嘉宾出席。"), "PER")
    assert "邹云平" in found and "邹云" not in found


def test_a_name_before_pingdeng_the_word_stays_as_it_is(extract):
    found = names(extract("他要求邵军平等对待每位会员。"), "PER")
    assert "邵军平" not in found


def test_an_elected_name_before_wei_is_not_three_characters(extract):
    found = names(extract("全委会选举许晨为工会主席，韩露、贾明为副主席。"), "PER")
    assert {"许晨", "贾明"} <= found
    assert "贾明为" not in found


def test_a_name_in_a_list_of_names_is_a_person_though_it_is_a_common_word(extract):
    # 李娜 is frequent in jieba's dictionary; listed beside another name it is a person
    assert "李娜" in names(extract("选举产生了主席章远，副主席李娜、彭晖。"), "PER")


# --- events and honours with their host, level or place ----------------------

def test_a_meeting_keeps_its_hosts_sector_word(extract):
    found = names(extract("11月3日，江滨新区教育系统工会第一次会员代表大会召开。"), "EVENT")
    assert "江滨新区教育系统工会第一次会员代表大会" in found


@pytest.mark.parametrize("text,honour", [
    ("音乐组被评为市“三八红旗集体”。", "市三八红旗集体"),
    ("林薇老师获区“优秀班主任”称号。", "区优秀班主任"),
])
def test_a_one_character_level_before_a_quoted_honour_opens_it(extract, text, honour):
    assert honour in names(extract(text), "AWARD")


def test_jia_before_a_venue_is_at_not_part_of_a_name(read):
    found = names(read("大會假新竹市政府大禮堂舉行，市長頒獎。"), "ORG")
    assert not any(n.startswith("假") for n in found)


def test_a_cup_names_a_contest_and_the_winning_verb_is_not_the_prize(read):
    found = read("本會代表隊參加全港工會盃籃球賽，勇奪季軍。")
    assert "全港工会杯篮球赛" in names(found, "EVENT")
    assert "季军" in names(found, "AWARD")


def test_a_plenum_marked_enlarged_in_brackets_is_numbered(extract):
    found = names(extract("年底召开区总工会八届四次全委（扩大）会议。"), "EVENT")
    assert any(n.startswith("区总工会八届四次全委") for n in found)


def test_a_festival_counted_before_a_joint_ceremony_opens_it(extract):
    found = names(extract("9月9日，学院召开庆祝第39个教师节暨表彰大会。"), "EVENT")
    assert "庆祝第39个教师节暨表彰大会" in found


@pytest.mark.parametrize("text,name", [
    ("材料科学与工程学院分工会组队参赛。", "材料科学与工程学院分工会"),
    ("县规划和自然资源局工会主席邓卫出席。", "县规划和自然资源局工会"),
])
def test_a_name_joined_by_yu_or_he_inside_is_whole(extract, text, name):
    assert name in names(extract(text), "ORG")


def test_two_bodies_joined_by_he_stay_two(extract):
    found = names(extract("市总工会和县教育局党组联合发文。"), "ORG")
    assert "县教育局党组" in found and not any(n.startswith("市总工会和") for n in found)


def test_an_honour_for_union_work_keeps_its_field_and_year(extract):
    found = names(extract("市总工会对2023年度全市工会工作先进集体进行了表彰。"), "AWARD")
    assert "2023年度全市工会工作先进集体" in found


def test_a_medal_won_in_an_event_and_a_bare_contest_word_before_a_prize(extract):
    found = names(extract("在全国职工技能大赛上，电焊工邱洋荣获焊工项目金牌，公司工会获得大赛优秀组织单位。"), "AWARD")
    assert "焊工项目金牌" in found and "优秀组织单位" in found


def test_a_taiwan_year_opens_an_honour_but_not_one_named_in_a_ceremony(read):
    assert "113年度模范劳工" in names(read("產業總工會表揚113年度模範勞工。"), "AWARD")
    found = read("總工會舉辦113年模範勞工表揚大會。")
    assert "模范劳工" in names(found, "AWARD") and "113年模范劳工" not in names(found, "AWARD")


def test_a_themed_occasion_is_the_event_and_its_theme_is_not(extract):
    found = extract("区工会举办了以“携手奋进新时代，同心共筑中国梦”为主题的职工趣味运动会。")
    assert "职工趣味运动会" in names(found, "EVENT")
    assert not any("携手" in n for n in names(found, "EVENT"))


def test_a_theme_before_a_kind_of_work_is_the_event(extract):
    found = names(extract("工会开展以“冬日暖心行”为主题的送温暖活动。"), "EVENT")
    assert "冬日暖心行" in found


def test_words_of_a_quoted_slogan_are_no_organisation(extract):
    found = names(extract("推进“和谐中心 美丽校园”文化建设，“江川供电公司”获表彰。"), "ORG")
    assert "和谐中心" not in found and "江川供电公司" in found


def test_a_numbered_board_meeting_in_traditional_characters(read):
    found = read("台南市產業總工會於今（8）日召開第九屆第四次理監事聯席會議，理事長邱文雄主持。")
    assert "第九届第四次理监事联席会议" in names(found, "EVENT")
    assert "于今" not in names(found, "PER") and "邱文雄" in names(found, "PER")


@pytest.mark.parametrize("text,placing", [
    ("钳工邹凯获电工项目第一名。", "电工项目第一名"),
    ("科员苗雨获综合类第二名。", "综合类第二名"),
])
def test_the_category_a_placing_is_won_in_opens_it(extract, text, placing):
    assert placing in names(extract(text), "AWARD")


def test_a_party_body_of_a_one_character_host_glued_to_its_preposition(extract):
    assert "校党支部" in names(extract("工会在校党支部的领导下开展工作。"), "ORG")


def test_the_writers_own_unit_before_its_part_is_left_out(extract):
    found = names(extract("我局征管科科员苗雨获奖，我院护理部组织义诊。"), "ORG")
    assert {"征管科", "护理部"} <= found


def test_a_festival_gathering_whose_head_the_tagger_splits(read):
    found = names(read("工聯會新春聯歡於今天上午舉行，逾千名屬會代表出席。"), "EVENT")
    assert "工联会新春联欢" in found


def test_a_festival_joined_to_a_ceremony_is_no_part_of_the_honour(extract):
    found = extract("公司召开庆祝“五一”国际劳动节暨劳动模范表彰大会。")
    assert "劳动模范" in names(found, "AWARD")
    assert not any("劳动节" in n for n in names(found, "AWARD"))


def test_a_headcount_is_neither_a_performance_nor_a_legislature(extract):
    found = extract("我们组织百人大合唱参加区里的歌咏比赛。")
    assert "百人大合唱" not in names(found, "EVENT")
    assert not any(n.endswith("人大") for n in names(found, "ORG"))


def test_a_board_named_bare_is_no_organisation(read):
    found = names(read("大會選出新一屆理事會及監事會。"), "ORG")
    assert "理事会" not in found and "监事会" not in found


def test_a_byline_name_after_a_space(extract):
    assert "邵晓东" in names(extract("（记者 邵晓东 通讯员 甘露）本报讯"), "PER")


def test_the_last_name_of_a_list_closed_by_deng(extract):
    found = names(extract("张建国、李卫、钱明亮等12名同志当选为委员。"), "PER")
    assert "钱明亮" in found


def test_a_surname_with_a_post_opening_a_clause_is_a_person(read):
    assert "许理事长" in names(read("許理事長致詞時表示感謝會員支持。"), "PER")


def test_kinds_of_people_that_emerged_are_no_honour_conferred(extract):
    found = names(extract("一年来，涌现出一大批的优秀教师、师德标兵：吕小平同志被评为优秀班主任。"), "AWARD")
    assert "优秀班主任" in found and "师德标兵" not in found and "优秀教师" not in found


def test_the_presidium_of_a_congress_is_not_the_congress(extract):
    found = names(extract("大会选举产生了由11人组成的第五届职代会常设主席团。"), "EVENT")
    assert not any(n.endswith("职代会") for n in found)


def test_players_sent_are_no_honour_but_a_quoted_title_is(extract):
    found = names(extract("工会选派优秀选手参加决赛，赵倩被评为“优秀选手”。"), "AWARD")
    assert "选派优秀选手" not in found and "优秀选手" in found


def test_the_kind_of_work_after_a_quoted_name_belongs_to_the_event(extract):
    assert "送清凉慰问活动" in names(extract("7月，县总工会开展了“送清凉”慰问活动。"), "EVENT")


def test_a_describing_honour_counts_right_after_a_conferral_verb(extract):
    assert "优秀选手" in names(extract("经过选拔，12名职工获优秀选手荣誉称号。"), "AWARD")


def test_a_festival_march_is_an_event(read):
    assert "五一劳动节大游行" in names(read("理事長帶領會員參加五一勞動節大遊行。"), "EVENT")


def test_key_projects_in_a_contest_name_though_tagged_an_adverb(extract):
    found = names(extract("市总工会组织开展全市重点工程建设劳动竞赛活动。"), "EVENT")
    assert "全市重点工程建设劳动竞赛活动" in found
