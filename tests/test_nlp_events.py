"""Event rules added for the genre's quoted slogans, hosts, conjuncts and single occurrences."""
from __future__ import annotations

import pytest


def events(extract, text: str) -> set[str]:
    return {e.name.replace("，", ",") for e in extract(text).entities if e.type == "EVENT"}


@pytest.mark.parametrize("text,expected", [
    ("工会在全体职工中开展了“比干劲，争先进”主题竞赛活动，效果良好。", "比干劲,争先进主题竞赛活动"),
    ("本所获全县“推广健步走，倡导新风尚活动”优秀组织奖。", "推广健步走,倡导新风尚活动"),
])
def test_quoted_slogan_with_a_comma_names_the_event(extract, text, expected):
    assert expected in events(extract, text)


def test_quoted_sentence_before_a_head_is_still_refused(extract):
    text = "大家都说“这次我们工会的工作做得特别扎实，职工们真是非常满意”活动很好。"
    assert not any("满意" in n for n in events(extract, text))


def test_quoted_items_joined_before_a_shared_head(extract):
    found = events(extract, "配合质监站组织开展全县首届“电焊工”、“木工”操作比赛。")
    assert "全县首届电焊工、木工操作比赛" in found


@pytest.mark.parametrize("text,expected", [
    ("组队参加市总工会“光荣与梦想”职工歌咏比赛，获二等奖。", "光荣与梦想职工歌咏比赛"),
    ("选送节目参加市“迎新年”文艺汇演。", "迎新年文艺汇演"),
])
def test_host_before_a_quoted_name_is_not_part_of_it(extract, text, expected):
    assert expected in events(extract, text)


def test_meeting_written_two_ways_gets_its_longest_name(extract):
    text = ("全体干部学习了省总工会三届二次委员(扩大)会议精神。5月，召开了公司二届三次职代会。"
            "会后传达了公司第二届三次职工代表大会的会议精神。")
    assert events(extract, text) == {"公司第二届三次职工代表大会"}


def test_meeting_cited_for_spirit_in_a_list_is_not_an_event(extract):
    text = "认真学习贯彻党的二十大精神和市总工会五届六次全委会和省总有关文件精神。"
    assert events(extract, text) == set()


@pytest.mark.parametrize("text", [
    "大会选举了公司五届职代会代表。",
    "年底将召开新一届会员代表大会。",
])
def test_delegates_or_next_term_are_not_the_meeting(extract, text):
    assert events(extract, text) == set()


def test_numbered_meeting_joined_with_a_work_meeting(extract):
    found = events(extract, "1月，段工会召开了三届二次职工代表大会暨工作会议。")
    assert found == {"三届二次职工代表大会暨工作会议"}


def test_celebrating_a_festival_opens_the_event_name(extract):
    found = events(extract, "摄影协会举办了庆五一职工摄影作品展。")
    assert found == {"庆五一职工摄影作品展"}


@pytest.mark.parametrize("text,expected", [
    ("今年工会与市第一中学举行了文艺联欢晚会。", "文艺联欢晚会"),
    ("春季公司积极组织开展了排球比赛。", "排球比赛"),
    ("我们组织了一场和兄弟单位职工的足球友谊赛。", "足球友谊赛"),
])
def test_occasion_held_is_one_event(extract, text, expected):
    assert expected in events(extract, text)


@pytest.mark.parametrize("text", [
    "工会开展了文体活动和慰问活动。",  # kinds of work, whatever the verb
    "我们要组织开展排球比赛。",          # planned, not held
])
def test_kind_of_work_or_plan_is_not_held(extract, text):
    assert events(extract, text) == set()


def test_meeting_held_after_being_cited_for_its_spirit(extract):
    text = "一、认真贯彻三届二次职代会精神。 做好落实工作\n三届二次职代会的召开，为我们指明了方向。"
    assert events(extract, text) == {"三届二次职代会"}


@pytest.mark.parametrize("text,expected", [
    ("工会举办了一期女职工卫生保健及心理健康知识讲座。", "女职工卫生保健及心理健康知识讲座"),
    ("两幅作品被选入湖北省和武汉市摄影展。", "湖北省和武汉市摄影展"),
    ("车间开展了“零事故”安全竞赛和包装、运输“零差错”质量竞赛。", "包装、运输零差错质量竞赛"),
    ("县教育局举办的三笔字和书法大赛已经结束。", "三笔字和书法大赛"),
])
def test_conjuncts_sharing_one_head(extract, text, expected):
    assert expected in events(extract, text)


def test_conjuncts_without_an_organising_cue_stay_out(extract):
    found = events(extract, "职工学习法律法规及健康知识讲座内容。")
    assert not any("法律法规" in n for n in found)


def test_measure_word_after_a_count_is_not_in_the_name(extract):
    found = events(extract, "国庆节期间，工会开展了20项技能比赛。")
    assert not any(n.startswith("项") for n in found)


@pytest.mark.parametrize("text", [
    "为确保效果，竞赛办公室及时统计比赛成绩。",
    "下发了关于职工岗位技能竞赛活动实施方案。",
    "公司工会每年夏季组织一次分会主席工作交流会。",
    "五一期间组织职工进行象棋、跳绳、扑克、卡拉ok演唱会等活动。",
    "工会组织职工进行乒乓球、跳棋、拔河等趣味活动。",
    "代表们对照先进食堂竞赛的考核标准指出不足。",
])
def test_phrases_that_are_not_one_occurrence(extract, text):
    assert events(extract, text) == set()


def test_listed_events_are_not_kinds(extract):
    found = events(extract, "国庆节前夕，工会举办了象棋比赛、跳绳比赛、拔河比赛。")
    assert {"象棋比赛", "跳绳比赛", "拔河比赛"} <= found


def test_strong_head_before_huodong_makes_it_held(extract):
    found = events(extract, "二是开展了女职工岗位建功竞赛活动。")
    assert found == {"女职工岗位建功竞赛活动"}


def test_new_year_gathering_is_an_event_without_its_size(extract):
    assert events(extract, "今年元月，分公司举行大型新春团拜会。") == {"新春团拜会"}


def test_sharing_session_head(extract):
    assert "书香润心读书分享会" in events(extract, "3月，工会举办了“书香润心”读书分享会。")


@pytest.mark.parametrize("text", [
    "大力开展经济技术劳动竞赛，提高职工素质。",
    "积极开展体育健身竞赛活动，增强职工体质。",
])
def test_qualifiers_that_only_name_a_kind_of_work(extract, text):
    assert events(extract, text) == set()


def test_named_event_written_shorter_takes_its_longest_form(extract):
    text = ("年初开展了“开门红”业务发展劳动竞赛。为确保“开门红”竞赛任务完成，"
            "各单位参加了“开门红”劳动竞赛。")
    assert events(extract, text) == {"开门红业务发展劳动竞赛"}


def test_different_named_events_stay_apart(extract):
    text = "开展了“安康杯”竞赛活动，又举办了“健康杯”竞赛活动。"
    assert events(extract, text) == {"安康杯竞赛活动", "健康杯竞赛活动"}


def test_host_named_by_a_placeholder_is_left_out_of_a_meeting(extract):
    found = events(extract, "在三月召开的××电力 分局第二届三次职代会上，局长作了报告。")
    assert found == {"第二届三次职代会"}


def test_competition_scheduled_to_be_held_is_one_event(extract):
    found = events(extract, "分公司营销技能比武活动初定于10月上旬举行。")
    assert found == {"分公司营销技能比武活动"}


def test_generic_competition_without_schedule_is_not(extract):
    assert events(extract, "各单位要重视技能比武活动。") == set()


def test_week_or_month_long_campaign_is_named(extract):
    assert "健身周活动" in events(extract, "工会与团委联办了健身周活动。")


def test_adverb_tagged_word_inside_a_name(extract):
    assert "配网线路带电作业技能比武" in events(extract, "9月，我们组织了配网线路带电作业技能比武。")


def test_meeting_held_under_a_meeting_head(extract):
    found = events(extract, "5月12日晚，分公司召开了全市职工可视电话会议。")
    assert found == {"全市职工可视电话会议"}


@pytest.mark.parametrize("text", [
    "认真贯彻落实全国铁路工作会议和省总有关会议精神。",
    "传达了全省工会工作会议精神。",
    "公司召开了工作会议。",
])
def test_meeting_cited_or_generic_is_not_an_event(extract, text):
    assert events(extract, text) == set()


def test_event_listed_after_a_named_one_with_a_comma(extract):
    found = events(extract, "我们工会开展了“五一”象棋比赛，拔河比赛。")
    assert {"五一象棋比赛", "拔河比赛"} <= found


def test_kind_after_a_comma_without_an_event_before_is_not(extract):
    assert events(extract, "职工热爱运动，拔河比赛深受欢迎。") == set()


def test_space_inside_quotes_is_not_a_break_in_the_name(extract):
    assert events(extract, "11月完成了“歌唱 祖国”职工大合唱的组织工作。") == {"歌唱祖国职工大合唱"}


def test_a_training_meeting_of_a_purpose_is_an_event_and_a_routine_one_is_not(extract):
    assert "基层工会主席培训会" in {e.name for e in extract("青山市总工会召开基层工会主席培训会。").entities}
    assert not any(e.type == "EVENT" for e in extract("年底召开了总结会。").entities)


def test_a_congress_number_inside_a_courses_name_stays_in_it(extract):
    names = {e.name for e in extract("青山市总工会举办全市工会系统学习贯彻工会十八大精神专题培训班。").entities}
    assert not any(n.startswith("大精神") for n in names)
    assert any(n.endswith("十八大精神专题培训班") for n in names)


def test_a_venue_where_something_is_held_is_neither_a_body_nor_an_event(extract):
    for text in ("运动会在青山市全民健身中心举行。", "会议在职工活动中心召开。", "典礼在桃园展演中心举行。"):
        ex = extract(text)
        assert not any(e.name.endswith(("中心", "活动", "展演")) for e in ex.entities), text


def test_a_ceremony_named_with_its_presenting_verb(read):
    names = {e.name for e in read("澳門某某會日前舉行2024年度獎學金頒發典禮，共有150名學生獲獎。").entities}
    assert "2024年度奖学金颁发典礼" in names


def test_an_anniversary_celebration_is_an_event(read):
    ex = read("港九某某工會聯會於本月10日舉行五十周年慶典。")
    assert any(e.type == "EVENT" and e.name.endswith("五十周年庆典") for e in ex.entities)
    assert not any(e.type == "EVENT" for e in read("舉行隆重的慶典。").entities)
