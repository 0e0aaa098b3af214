"""Entity constructions of union news and year summaries (issue 11), on made-up sentences.

Each construction has a case that must fire and one that must not; traditional-
character sentences go through the reading stage (``read``), which folds them.
"""
from __future__ import annotations

import pytest
from test_nlp_relations import names

# --- events ---------------------------------------------------------------------

@pytest.mark.parametrize("text,event", [
    ("市总工会女职工委员会举办“巾帼展风采”女职工素质提升培训班。", "巾帼展风采女职工素质提升培训班"),
    ("区总工会举办2024年度优秀工匠选拔表彰大会。", "2024年度优秀工匠选拔表彰大会"),
])
def test_a_verb_between_the_subject_and_the_head_is_inside_the_name(extract, text, event):
    assert event in names(extract(text), "EVENT")


def test_a_choosing_ceremony_in_traditional_characters_keeps_its_honour(read):
    found = read("勞工團體舉辦2024年度傑出員工選舉頒獎典禮，共有二十人獲獎。")
    assert "2024年度杰出员工选举颁奖典礼" in names(found, "EVENT")
    assert "2024年度杰出员工" in names(found, "AWARD")


def test_a_work_verb_with_no_head_after_it_makes_no_event(extract):
    assert not names(extract("车间组织职工学习培训，提高操作水平。"), "EVENT")


@pytest.mark.parametrize("text,event", [
    ("区总工会召开第三届委员会第五次全体会议，总结上半年工作。", "第三届委员会第五次全体会议"),
    ("公司工会召开第二届委员会第四次（扩大）会议。", "第二届委员会第四次（扩大）会议"),
])
def test_a_numbered_sitting_of_a_numbered_committee(extract, text, event):
    found = extract(text)
    assert event in names(found, "EVENT")


def test_a_committee_of_a_term_alone_is_no_meeting(extract):
    found = extract("会议选举产生了第三届委员会。")
    assert not names(found, "EVENT")


def test_an_event_joined_by_he_to_a_festival_event_is_one_too(extract):
    found = extract("校工会举办了迎新春教职工联欢会和青年教师粉笔字大赛。")
    assert {"迎新春教职工联欢会", "青年教师粉笔字大赛"} <= names(found, "EVENT")


def test_an_event_joined_by_he_to_a_kind_of_training_is_not_carried(extract):
    found = extract("车间举办了一期安全培训班和班组长培训班。")
    assert "班组长培训班" not in names(found, "EVENT")


# --- organisations --------------------------------------------------------------

def test_a_conferral_verb_the_tagger_reads_into_a_name_is_cut_off(extract):
    found = names(extract("县总工会决定授予县中医院护理部等8个集体“县工人先锋号”称号。"), "ORG")
    assert not any(n.startswith(("决定", "授予")) for n in found)


def test_a_discourse_word_glued_onto_a_body_is_cut_off(extract):
    found = names(extract("全市共有6个集体上榜，其中市燃气集团城东分公司获全国工人先锋号。"), "ORG")
    assert not any(n.startswith("其中") for n in found)
    assert "市燃气集团城东分公司" in found


def test_each_prefecture_city_union_is_a_class(extract):
    found = names(extract("各设区市总工会、省产业工会负责同志参加会议。"), "ORG")
    assert not any(n.endswith("市总工会") for n in found)


def test_a_numbered_branch_completes_its_company(extract):
    found = names(extract("市建工集团第二分公司电工陈立峰获得第一名。"), "ORG")
    assert "市建工集团第二分公司" in found


def test_a_term_number_opening_a_contest_is_no_host(extract):
    found = extract("组织教师参加市第六届中小学教师课堂教学大赛。")
    assert "市第六届中小学教师课堂教学大赛" in names(found, "EVENT")
    assert not any("届" in n for n in names(found, "ORG"))


# --- honours read as bodies -----------------------------------------------------

@pytest.mark.parametrize("text,honour", [
    ("公司团委获评五四红旗团委。", "五四红旗团委"),
    ("學院團委獲評五四紅旗團委，青年教師深受鼓舞。", "五四红旗团委"),
])
def test_a_body_named_after_an_evaluation_verb_is_an_honour(read, text, honour):
    found = read(text)
    assert honour in names(found, "AWARD")
    assert honour not in names(found, "ORG")


def test_a_body_after_a_winning_verb_without_a_title_stays_a_body(extract):
    found = extract("我校荣获市总工会表彰。")
    assert "市总工会" in names(found, "ORG")


# --- second batch: heads, federations, venues, years --------------------------

@pytest.mark.parametrize("text,event", [
    ("5月1日，區勞工團體舉辦親子園遊會，吸引三百多名會員參加。", "亲子园游会"),
    ("9月8日，市总工会在开发区召开职工书屋建设现场会。", "职工书屋建设现场会"),
    ("3月2日，江北新区化工园区工会成立大会举行。", "江北新区化工园区工会成立大会"),
])
def test_gatherings_named_by_their_purpose(read, text, event):
    assert event in names(read(text), "EVENT")


def test_a_bare_gathering_head_is_no_event(extract):
    assert not names(extract("各单位要认真准备现场会。"), "EVENT")


def test_a_union_league_is_one_body(read):
    found = names(read("九龍職工會聯盟發表聲明，支持最低工資調整。"), "ORG")
    assert "九龙职工会联盟" in found
    assert "联盟" not in found


def test_a_union_and_another_body_glued_stay_two(extract):
    found = names(extract("市总工会教育局联合发文。"), "ORG")
    assert "市总工会教育局" not in found


def test_a_civic_centre_where_a_final_is_held_is_a_place(extract):
    found = names(extract("6月3日，全县职工篮球赛决赛在县行政中心举行。"), "ORG")
    assert "县行政中心" not in found


def test_the_year_before_joined_honours_opens_the_ceremony(extract):
    found = names(extract("公司召开2024年度优秀员工和先进班组长表彰大会。"), "EVENT")
    assert "2024年度优秀员工和先进班组长表彰大会" in found


# --- people and honours of a system ---------------------------------------------

def test_a_common_word_name_heading_a_counted_list_is_a_person(extract):
    found = names(extract("公司授予李娜等12名同志“公司先进工作者”称号。"), "PER")
    assert "李娜" in found


def test_a_common_word_before_deng_without_a_count_is_no_person(extract):
    assert not names(extract("营造温馨等良好氛围。"), "PER")


@pytest.mark.parametrize("text,honour", [
    ("大会表彰了2023年度全国工会系统先进集体。", "2023年度全国工会系统先进集体"),
    ("市教育局系统優秀教師名單公佈。", "市教育局系统优秀教师"),
])
def test_the_system_of_a_body_opens_its_honour(read, text, honour):
    assert honour in names(read(text), "AWARD")


# --- same event written twice; congresses judged as bodies; "together with" -----

def test_an_event_written_again_with_its_kind_is_one_event(extract):
    found = names(extract("“劳动美”主题演讲比赛在市工人文化宫举行。本次“劳动美”主题演讲共有30人参加。"), "EVENT")
    assert "劳动美主题演讲比赛" in found
    assert "劳动美主题演讲" not in found


def test_the_final_of_a_contest_is_its_own_occurrence(extract):
    found = names(extract("第二届职工技能大赛于5月开赛。6月10日，第二届职工技能大赛焊工决赛举行。"), "EVENT")
    assert {"第二届职工技能大赛", "第二届职工技能大赛焊工决赛"} <= found


def test_a_congress_whose_work_is_judged_is_no_sitting(extract):
    assert not names(extract("上级领导充分肯定了第五届职代会和工会的工作。"), "EVENT")


def test_a_congress_work_report_still_names_the_sitting(extract):
    assert "第五届职代会" in names(extract("公司召开第五届职代会，审议第五届职代会的工作报告。"), "EVENT")


def test_together_with_in_hong_kong_usage_joins_two_parties(read):
    found = names(read("工聯會負責人聯同勞工處官員探訪地盤工人。"), "ORG")
    assert not any("联同" in n for n in found)


# --- bodies from posts, short governments, shared hosts; honours of the union -----

@pytest.mark.parametrize("text,body", [
    ("典禮上，教育局長吳明德、勞工局長江文信分別致詞。", "教育局"),
    ("典禮上，教育局長吳明德、勞工局長江文信分別致詞。", "劳工局"),
    ("市委宣传部长孙丽出席开幕式。", "市委宣传部"),
])
def test_a_sector_and_a_heads_post_before_a_person_name_the_body(read, text, body):
    assert body in names(read(text), "ORG")


def test_a_heads_post_with_no_person_names_no_body(extract):
    assert "宣传部" not in names(extract("他曾任宣传部长，后调往外地。"), "ORG")


def test_a_city_government_by_its_short_form(read):
    assert "市府" in names(read("市長表示，市府將持續編列預算支持勞工教育。"), "ORG")


def test_a_street_named_after_the_government_is_no_body(read):
    assert "市府" not in names(read("工會會址位於市府前街十號。"), "ORG")


def test_the_unions_own_honour_keeps_its_field(extract):
    assert "工会先进个人" in names(extract("院长为李娟等12名工会先进个人颁发证书。"), "AWARD")


def test_a_named_union_before_an_honour_is_its_giver_not_its_field(extract):
    found = names(extract("陈刚被评为市总工会先进个人。"), "AWARD")
    assert not any("市总工会" in n for n in found)


def test_categories_listed_before_a_shared_prize_are_one_mention_as_written(extract):
    """GUIDELINES: a mention joining things that cannot be split is listed once, as written."""
    found = names(extract("三名选手分别荣获车工组、钳工组、数控铣工组个人一等奖。"), "AWARD")
    assert found == {"车工组、钳工组、数控铣工组个人一等奖"}


def test_a_single_category_opens_its_prize(extract):
    assert "钳工组一等奖" in names(extract("张伟荣获钳工组一等奖。"), "AWARD")


def test_a_units_audit_committee_cut_by_the_tagger_is_whole(extract):
    assert "院工会经审会" in names(extract("院工会经审会主任许文红通报了经费收支情况。"), "ORG")


def test_units_listed_after_a_bodys_first_unit_share_its_host(read):
    found = names(read("12月8日，海洋工程研究中心工會、團委共同舉辦迎新年健步走活動。"), "ORG")
    assert {"海洋工程研究中心", "海洋工程研究中心工会", "团委"} <= found


def test_a_unit_opening_a_post_after_a_list_is_no_bare_body(extract):
    found = names(extract("市第二医院工会、团委书记参加座谈。"), "ORG")
    assert "团委" not in found


# --- federations of associations, union congresses, honours picked, placings ------

def test_an_associations_federation_is_one_body(read):
    found = names(read("澳門街坊會聯合總會與澳門工會聯合總會合辦「勞動節嘉年華」。"), "ORG")
    assert {"澳门街坊会联合总会", "澳门工会联合总会"} <= found


def test_a_co_hosting_verb_is_no_part_of_an_event(read):
    found = names(read("澳門街坊會聯合總會與澳門工會聯合總會合辦「勞動節嘉年華」。"), "EVENT")
    assert found == {"劳动节嘉年华"}


def test_a_numbered_union_congress_of_a_city(extract):
    found = names(extract("青州市第十次工会代表大会于12月召开。"), "EVENT")
    assert "青州市第十次工会代表大会" in found


@pytest.mark.parametrize("text,honour", [
    ("公司评选出技术状元18名、技术能手54名。", "技术状元"),
    ("县总工会评出“最美劳动者”10名。", "最美劳动者"),
])
def test_honours_after_a_verb_that_picks_winners(extract, text, honour):
    assert honour in names(extract(text), "AWARD")


def test_an_honour_after_a_goal_verb_is_still_none(extract):
    assert "文明单位" not in names(extract("全厂上下争创文明单位。"), "AWARD")


def test_placings_shared_by_a_list_of_winners(extract):
    assert "一、二名" in names(extract("机加车间、装配车间分获一、二名。"), "AWARD")


def test_a_list_of_ordinals_without_winning_is_no_placing(extract):
    assert not names(extract("报告分一、二、三部分。"), "AWARD")


# --- a union's party group and its audit committee -----------------------------

def test_a_unions_party_group_is_named_from_its_secretarys_post(extract):
    found = names(extract("江州市总工会党组书记、常务副主席张建国出席会议。"), "ORG")
    assert "江州市总工会党组" in found


def test_a_unit_whose_last_character_the_tagger_moved_is_whole(extract):
    found = names(extract("会议由市总工会副主席王伟主持，市总工会经审会主任张丽宣读表彰决定。"), "ORG")
    assert "市总工会经审会" in found


def test_a_party_group_word_alone_is_no_body(extract):
    assert "党组" not in names(extract("党组书记王强出席会议。"), "ORG")


def test_a_member_of_a_unions_party_group_holds_the_unions_post(extract):
    found = names(extract("县总工会党组成员、副主席张国华讲话。"), "ORG")
    assert "县总工会" in found and "县总工会党组" not in found


def test_a_kind_of_occasion_held_several_times_is_no_event(extract):
    assert not names(extract("今年以来，市总工会先后举办了工会干部培训班3期。"), "EVENT")


def test_a_dated_occasion_held_once_is_an_event(extract):
    assert "工会干部培训班" in names(extract("5月10日，市总工会举办了工会干部培训班。"), "EVENT")


def test_a_plenum_joined_to_the_years_work_meeting_is_one_sitting(extract):
    found = names(extract("县总工会召开十七届三次全委（扩大）会议暨2024年工作会议。"), "EVENT")
    assert found == {"十七届三次全委（扩大）会议暨2024年工作会议"}


# --- honours with their year, level and place ------------------------------------

@pytest.mark.parametrize("text,honour", [
    ("我校工会荣获2023年度江州市教育系统先进工会组织称号。", "2023年度江州市教育系统先进工会组织"),
    ("該班組被命名為2023年度全國「工人先鋒號」。", "2023年度全国工人先锋号"),
    ("我院荣获市总工会颁发的“职工书屋示范点”称号。", "职工书屋示范点"),
])
def test_an_honour_keeps_the_year_and_level_written_before_it(read, text, honour):
    assert honour in names(read(text), "AWARD")


def test_a_quoted_phrase_after_a_giving_verb_without_an_honour_frame_is_none(extract):
    assert not names(extract("工会主席作了“凝心聚力”的讲话。"), "AWARD")


@pytest.mark.parametrize("text,event", [
    ("本會開展「職安伴我行」活動，走訪二十家工廠。", "职安伴我行活动"),
    ("工會舉辦「勞工心聲」座談會，邀請理監事出席。", "劳工心声座谈会"),
])
def test_names_in_corner_brackets_are_quoted_names(read, text, event):
    assert event in names(read(text), "EVENT")


def test_a_sentence_in_corner_brackets_is_no_event(read):
    assert not names(read("理事長表示「我們會繼續爭取勞工權益，不會放棄」。"), "EVENT")


def test_a_federation_and_its_affiliate_read_as_one_name_are_two(read):
    found = names(read("香港工會聯合會屬會香港建造業總工會今日舉行記者招待會。"), "ORG")
    assert {"香港工会联合会", "香港建造业总工会"} <= found
    assert not any("属会" in n for n in found)


@pytest.mark.parametrize("text,event", [
    ("本會第十二屆理事會第一次會議選出陳大文為理事長。", "第十二届理事会第一次会议"),
    ("9月8日，我所第五届职工代表大会隆重召开。", "第五届职工代表大会"),
])
def test_the_writers_own_body_by_pronoun_opens_no_meeting_name(read, text, event):
    assert names(read(text), "EVENT") == {event}


def test_a_quoted_law_and_its_publicity_campaign_are_one_event(extract):
    found = names(extract("在全体职工中开展了“安全生产法”知识竞答宣传活动。"), "EVENT")
    assert "安全生产法知识竞答宣传活动" in found


def test_an_unnamed_publicity_campaign_is_a_kind_of_work(extract):
    assert not names(extract("工会经常开展安全生产宣传活动。"), "EVENT")


# --- anonymised templates ----------------------------------------------------------

def test_a_template_year_inside_a_named_meeting_keeps_the_name(extract):
    found = names(extract("我们参加了江南建筑学会20_年学术年会，交流论文两篇。"), "EVENT")
    assert "江南建筑学会20_年学术年会" in found


def test_a_meeting_whose_host_is_blanked_out_too_is_no_name(extract):
    assert not names(extract("我们参加了XX学会20_年学术年会。"), "EVENT")


@pytest.mark.parametrize("text,event", [
    ("工会继续开展“清凉送一线”夏季专项慰问活动。", "清凉送一线夏季专项慰问活动"),
    ("本會開展「溫暖送會員」冬季關懷活動。", "温暖送会员冬季关怀活动"),
])
def test_season_scope_and_kind_after_a_quoted_name_belong_to_it(read, text, event):
    assert event in names(read(text), "EVENT")


def test_a_quoted_festival_before_a_period_is_no_event(extract):
    assert not names(extract("我们在“五一”期间开展了走访。"), "EVENT")


def test_a_common_word_name_given_with_its_unit_in_brackets_is_a_person(extract):
    found = names(extract("二等奖：李娜（江州市中医院）、王芳（江州市妇幼保健院）"), "PER")
    assert {"李娜", "王芳"} <= found


def test_a_common_word_before_a_bracketed_gloss_is_no_person(extract):
    assert not names(extract("营造温馨（和谐）的氛围。"), "PER")


@pytest.mark.parametrize("text", ["工会成立了筹备小组，负责大会筹备。", "考核小组对各部门进行了打分。"])
def test_a_group_formed_for_one_task_is_no_body(extract, text):
    assert not names(extract(text), "ORG")


def test_a_numbered_union_group_is_a_body(extract):
    assert "第三工会小组" in names(extract("第三工会小组组织了读书活动。"), "ORG")
