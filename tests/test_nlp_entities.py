"""Entity rules, each family with sentences where it must fire and must not."""
from __future__ import annotations

import pytest


def names(extraction, type_):
    return {e.name for e in extraction.entities if e.type == type_}


def test_pipeline_is_spacy_with_registered_components(extractor):
    nlp = extractor.nlp
    assert nlp.lang == "zh"
    assert nlp.pipe_names[:2] == ["sentencizer", "ukg_lexical"]
    assert "ukg_relations" in nlp.pipe_names
    doc = nlp("红星小学工会主席李红梅荣获一等奖。")
    assert {(e.text, e.label_) for e in doc.ents} >= {("李红梅", "PER"), ("一等奖", "AWARD")}
    assert doc._.words and all(w.end > w.start for w in doc._.words)


@pytest.mark.parametrize("text,expected", [
    ("工会主席李红梅主持会议。", "李红梅"),
    ("周华老师带队参加比赛。", "周华"),
    ("在郭校长的重视下，工作顺利。", "郭校长"),
])
def test_people_titles_stripped_or_kept(extract, text, expected):
    assert expected in names(extract(text), "PER")


def test_people_not_a_role_or_placeholder(extract):
    found = names(extract("校长和工会主席带领XX同志和__同志参加活动。"), "PER")
    assert found == set()


def test_organisation_completed_with_its_union(extract):
    found = names(extract("青山市电力公司工会积极开展工作，配合区教育局完成任务。"), "ORG")
    assert "青山市电力公司工会" in found
    assert "区教育局" in found
    assert "青山市电力公司" not in found  # only inside the longer name


def test_generic_organisations_rejected(extract):
    found = names(extract("各基层工会和兄弟学校、有关部门都很支持学校和公司的工作。"), "ORG")
    assert found == set()


def test_placeholder_organisation_rejected(extract):
    assert names(extract("__工会组织XX公司员工学习。"), "ORG") == set()


def test_numbered_meeting_is_event(extract):
    assert "第五届二次教代会" in names(extract("今年三月，我校召开了第五届二次教代会。"), "EVENT")


def test_quoted_named_activity_is_event(extract):
    found = names(extract("我校工会开展了“书香校园”读书活动。"), "EVENT")
    assert found == {"书香校园读书活动"}


def test_generic_kind_of_work_is_not_event(extract):
    assert names(extract("我们开展劳动竞赛和技术比武，丰富文体活动。"), "EVENT") == set()


def test_dated_competition_is_event(extract):
    found = names(extract("8月19日，分工会又组织了装配技能比赛。"), "EVENT")
    assert found == {"装配技能比赛"}


def test_honours_and_placings_are_awards(extract):
    found = names(extract("张晓燕获得五一劳动奖章，王志刚获得团体第二名，车间被评为“文明班组”。"), "AWARD")
    assert {"五一劳动奖章", "团体第二名", "文明班组"} <= found


def test_goal_is_not_award(extract):
    assert names(extract("我们要争创文明单位。"), "AWARD") == set()


def test_award_stops_at_the_conferring_event(extract):
    found = extract("李红梅的论文获全市教育工会工作研讨会论文一等奖。")
    assert "论文一等奖" in names(found, "AWARD")
    assert "全市教育工会工作研讨会" in names(found, "EVENT")


def test_traditional_text_after_reading(extract):
    from unionkg.corpus import document_from_text

    doc = document_from_text("紅星小學工會主席李紅梅榮獲一等獎。", "trad")[0]
    assert "李红梅" in doc.text


def test_numbered_meeting_keeps_the_body_that_holds_it(extract):
    found = names(extract("3月，分公司召开了分公司第一届五次职工会员代表大会。"), "EVENT")
    assert "分公司第一届五次职工会员代表大会" in found


def test_meeting_cited_for_its_spirit_is_not_an_event(extract):
    assert names(extract("我们认真学习省总九届三次全委会精神。"), "EVENT") == set()


def test_star_ratings_and_merits_are_awards(extract):
    found = names(extract("营业部王芳被评为三星级服务员，李强荣立三等功。"), "AWARD")
    assert {"三星级服务员", "三等功"} <= found


def test_bare_union_after_a_verb_is_not_an_organisation(extract):
    found = names(extract("我们要发展工会，督查工会工作，县教育工会给予指导。"), "ORG")
    assert found == {"县教育工会"}


def test_single_character_heads_take_their_host(extract):
    found = names(extract("我们建设局配合建筑质监站开展工作。"), "ORG")
    assert {"建设局", "建筑质监站"} <= found


def test_abbreviated_federation_and_glued_verbs(extract):
    found = names(extract("积极向市总推荐。会同人力资源部举办了培训班。"), "ORG")
    assert {"市总", "人力资源部"} <= found
    assert "会同人力资源部" not in found


def test_generic_activity_is_not_an_event_even_on_a_festival(extract):
    assert names(extract("国庆期间，工会开展了职工文体活动和庆祝活动。"), "EVENT") == set()


def test_festival_makes_a_plain_competition_one_event(extract):
    assert "钓鱼比赛" in names(extract("国庆节前夕，工会组织了钓鱼比赛。"), "EVENT")


def test_theme_in_quotes_is_a_campaign_but_a_motto_is_not(extract):
    found = names(extract("以“建功新时代”为主题开展劳动竞赛。四、以“职责”为本，做好工作。"), "EVENT")
    assert found == {"建功新时代"}


def test_a_single_occurrence_or_a_festival_makes_an_event(extract):
    found = names(extract("我们组织了一场篮球友谊赛。教师节召开部分教师座谈会。"), "EVENT")
    assert {"篮球友谊赛", "教师座谈会"} <= found


def test_listed_events_share_their_organiser(extract):
    found = names(extract("参加卫生厅举办的游泳比赛、消防知识竞赛等活动。"), "EVENT")
    assert {"游泳比赛", "消防知识竞赛"} <= found


def test_name_jieba_also_knows_as_a_word_is_a_person_when_it_acts(extract):
    # 王明 is in jieba's dictionary (as a name); a frequent word must not block it
    assert "王明" in names(extract("在书画比赛中，王明获得书法一等奖。"), "PER")
    # 温馨 is tagged a name there too, but here it describes the home
    assert names(extract("把工会办成教职工最温馨的家。"), "PER") == set()


@pytest.mark.parametrize("text,expected", [
    ("学校工会举办了庆祝建校50周年教职工文艺汇演。", "庆祝建校50周年教职工文艺汇演"),
    ("工会组织了纪念建党100周年职工合唱比赛。", "纪念建党100周年职工合唱比赛"),
    ("学校举办新中国成立70周年征文比赛。", "新中国成立70周年征文比赛"),
])
def test_anniversary_event_named_from_its_occasion(extract, text, expected):
    assert names(extract(text), "EVENT") == {expected}


@pytest.mark.parametrize("text,expected", [
    ("五月，公司工会举办了跳高、跳远比赛。", {"跳高、跳远比赛"}),
    ("九月，工会举办了青年员工演讲暨才艺展示大赛。", {"青年员工演讲暨才艺展示大赛"}),
    # a list of three kinds of sport is not one event
    ("五月，工会举办了篮球、足球和拔河比赛。", {"拔河比赛"}),
    # two events of their own stay two
    ("五月，工会举办了歌咏比赛和摄影作品展。", {"歌咏比赛", "摄影作品展"}),
])
def test_conjuncts_share_the_event_head(extract, text, expected):
    assert names(extract(text), "EVENT") == expected


@pytest.mark.parametrize("text,expected", [
    ("营业中心和网络维护中心的职工参加了比赛。", {"营业中心", "网络维护中心"}),
    ("公司成立了经费审查委员会和集体合同监督小组。", {"经费审查委员会", "集体合同监督小组"}),
])
def test_units_named_by_their_function(extract, text, expected):
    assert expected <= names(extract(text), "ORG")


def test_centre_of_the_work_is_not_a_unit(extract):
    assert names(extract("工会紧紧围绕企业中心开展工作，服务学校中心工作。"), "ORG") == set()


@pytest.mark.parametrize("text,expected", [
    ("我县实行县总工会主席由副县长兼任的制度。", {"县总工会"}),
    ("在上级工会和县教育局党组的领导下，我们做好各项工作。", {"县教育局党组"}),
])
def test_organisation_does_not_take_a_verb_or_a_conjunct(extract, text, expected):
    assert names(extract(text), "ORG") == expected


def test_federation_abbreviations(extract):
    assert names(extract("全总和省市总的领导来我局检查。"), "ORG") >= {"全总", "省市总"}
    assert names(extract("我们完全总结了经验。"), "ORG") == set()


def test_joint_event_named_with_ji_and_without_its_audience(extract):
    found = names(extract("学校工会开展了青年教师“书香校园”主题演讲暨才艺表演活动。"), "EVENT")
    assert found == {"书香校园主题演讲暨才艺表演活动"}


@pytest.mark.parametrize("text,expected", [
    # a kind of contest nobody names as an event is the prize's category
    ("陈明老师获得摄影比赛一等奖。", {"摄影比赛一等奖"}),
    ("李刚获得了演讲比赛暨才艺展示一等奖。", {"演讲比赛暨才艺展示一等奖"}),
    # a named event gives the prize, it is not part of it
    ("王红在全市职工书法比赛中获得三等奖。", {"三等奖"}),
    # 本次…大赛 refers back to an event: the prize is what follows
    ("我局获得本次技能大赛优秀组织奖。", {"优秀组织奖"}),
])
def test_award_takes_its_contest_kind_but_not_an_event(extract, text, expected):
    assert names(extract(text), "AWARD") == expected


@pytest.mark.parametrize("text,expected", [
    ("我们在全体职工中开展了“爱岗敬业”、“诚信服务”、“安全生产，人人有责”等活动。",
     {"爱岗敬业", "诚信服务", "安全生产,人人有责"}),
    ("在职工中开展“强技能、保安全、促发展”为主题的系列教育活动。", {"强技能、保安全、促发展"}),
    ("工会组织了以“如何开好班组会”为内容的经验交流。", {"如何开好班组会"}),
    ("配合行政做好“传帮带工程”工作。", {"传帮带工程"}),
])
def test_quoted_campaign_names(extract, text, expected):
    assert {n.replace("，", ",") for n in names(extract(text), "EVENT")} == expected


def test_quoted_sentence_is_not_a_campaign(extract):
    text = "职工们说：“工会就是我们的家，有困难找工会，大家心里都很踏实。”为此我们开展了各项工作。"
    assert names(extract(text), "EVENT") == set()


def test_a_count_in_a_series_is_not_a_name(extract):
    found = names(extract("四月召开了第一次座谈会，六月组织了第三届职工运动会。"), "EVENT")
    assert found == {"第三届职工运动会"}


@pytest.mark.parametrize("text,expected", [
    ("在局教育工会魏主席、游主席的关怀下，工作顺利。", {"魏主席", "游主席"}),
    ("以魏院长、于书记等领导的讲话精神为指导。", {"魏院长", "于书记"}),
    ("木工贺建华、钢筋工庄立新被授予“技能状元”称号。", {"贺建华", "庄立新"}),
])
def test_names_the_tagger_cut_wrongly_in_a_list(extract, text, expected):
    assert names(extract(text), "PER") == expected


def test_surname_and_title_need_a_named_neighbour(extract):
    assert names(extract("这项工作于书记处备案。"), "PER") == set()


def test_kind_of_union_strived_for_is_not_an_organisation(extract):
    assert names(extract("我们努力建设特色工会，打造学习型工会，争创模范工会。"), "ORG") == set()
    found = names(extract("市建设工会举办了比赛，红星化工厂工会参加。"), "ORG")
    assert {"市建设工会", "红星化工厂工会"} <= found


@pytest.mark.parametrize("text", [
    "分公司有8个县局工会，指导各县局工会开展工作。",
    "学校工会组织教师参加XX乡教育工会组织的联谊活动。",
    "凡职工生病住院，科室工会和班组工会都会主动慰问。",
])
def test_classes_of_bodies_and_placeholder_names_are_not_organisations(extract, text):
    assert names(extract(text), "ORG") <= {"学校工会"}


def test_bodies_of_two_levels_in_one_mention(extract):
    assert "县、镇教育工会" in names(extract("学校根据县、镇教育工会工作要点开展工作。"), "ORG")
