"""Relation patterns and the reporting organisation, with must-not-fire cases."""
from __future__ import annotations


def names(extraction, kind: str) -> set[str]:
    """The names of one entity type an extraction lists."""
    return {e.name for e in extraction.entities if e.type == kind}


def triples(extraction):
    """Relations with the writer written by name where the extractor found one."""
    name = extraction.author or "@author"
    swap = {"@author": name, name: name}
    return {(swap.get(r.head, r.head), r.type, swap.get(r.tail, r.tail)) for r in extraction.relations}


def test_award_at_event_gives_received_awarded_by_and_participation(extract):
    found = triples(extract("在全区教师演讲比赛中，李红梅荣获一等奖。"))
    assert ("李红梅", "RECEIVED", "一等奖") in found
    assert ("一等奖", "AWARDED_BY", "全区教师演讲比赛") in found
    assert ("李红梅", "PARTICIPATED_IN", "全区教师演讲比赛") in found


def test_respective_awards_pair_in_order(extract):
    found = triples(extract("选手张晓燕、王志刚分别获得二等奖和三等奖。"))
    assert ("张晓燕", "RECEIVED", "二等奖") in found
    assert ("王志刚", "RECEIVED", "三等奖") in found
    assert ("张晓燕", "RECEIVED", "三等奖") not in found


def test_active_conferral_names_the_giver(extract):
    found = triples(extract("市总工会授予我厂“模范职工之家”称号。"))
    assert ("厂工会", "RECEIVED", "模范职工之家") in found  # 我厂: the writer is the factory union
    assert ("模范职工之家", "AWARDED_BY", "市总工会") in found
    assert ("市总工会", "RECEIVED", "模范职工之家") not in found


def test_relative_clause_names_the_organiser(extract):
    found = triples(extract("周华老师参加了县教育局举办的教师基本功大赛。"))
    assert ("县教育局", "ORGANIZED", "教师基本功大赛") in found
    assert ("周华", "PARTICIPATED_IN", "教师基本功大赛") in found
    assert ("周华", "ORGANIZED", "教师基本功大赛") not in found


def test_omitted_subject_is_the_writer(extract):
    found = triples(extract("今年三月，召开了第五届二次教代会。"))
    assert ("@author", "ORGANIZED", "第五届二次教代会") in found


def test_writer_named_when_it_opens_the_report(extract):
    found = extract("青山机械厂工会认真履行职责。\n青山机械厂工会召开了第三届二次职代会。")
    assert found.author == "青山机械厂工会"
    assert ("@author", "ORGANIZED", "第三届二次职代会") in {(r.head, r.type, r.tail) for r in found.relations}


def test_leadership_gives_subordination(extract):
    found = triples(extract("在区教育工会的正确领导下，我校工会积极开展工作。"))
    assert ("学校工会", "SUBORDINATE_OF", "区教育工会") in found  # 我校工会: the school union


def test_position_from_apposition(extract):
    found = triples(extract("青山机械厂工会主席王建国出席了大会。"))
    assert ("王建国", "POSITION", "青山机械厂工会") in found


def test_name_containing_a_listed_organisation(extract):
    found = triples(extract("青山区教育局组织教师培训，青山区教育局幼儿园也派人参加。"))
    assert ("青山区教育局幼儿园", "SUBORDINATE_OF", "青山区教育局") in found


def test_no_relation_without_a_cue(extract):
    assert triples(extract("李红梅，一等奖，全区教师演讲比赛。")) == set()


def test_author_from_repeated_subject_and_signature(extract):
    text = ("20xx年，检修分工会认真开展各项工作。\n"
            "分工会积极组织职工参加公司工会举办的“安全杯”知识竞赛。\n"
            "分工会还举办了第二届检修杯乒乓球比赛。\n"
            "检修分工会")
    found = extract(text)
    assert found.author == "检修分工会"
    rels = triples(found)
    assert ("公司工会", "ORGANIZED", "安全杯知识竞赛") in rels
    assert ("检修分工会", "PARTICIPATED_IN", "安全杯知识竞赛") in rels
    assert ("检修分工会", "ORGANIZED", "第二届检修杯乒乓球比赛") in rels


def test_no_author_for_a_news_item(extract):
    assert extract("市总工会授予红星厂“模范职工之家”称号。").author is None


def test_writer_that_calls_itself_our_school_is_the_school_union(extract):
    text = ("一、民主管理\n今年我校召开了第三届三次教代会，审议通过了《红星小学绩效方案》。\n"
            "我校还修订了考勤制度。\n红星小学教师在全区比赛中获奖，红星小学被评为文明单位。")
    assert extract(text).author == "红星小学工会"


def test_no_union_no_writer(extract):
    assert extract("今天天气很好。").author is None


def test_those_sent_to_an_event_took_part(extract):
    found = triples(extract("工会组织局乒乓球队到江阴参加了全市第四届乒乓球比赛。"))
    assert ("局乒乓球队", "PARTICIPATED_IN", "全市第四届乒乓球比赛") in found
    assert ("局乒乓球队", "ORGANIZED", "全市第四届乒乓球比赛") not in found


def test_this_competition_refers_to_the_last_event_named(extract):
    text = "公司工会举办了第二届“安康杯”知识竞赛。\n检修车间获得了此项比赛的特等奖。"
    found = triples(extract(text))
    assert ("检修车间", "RECEIVED", "特等奖") in found
    assert ("特等奖", "AWARDED_BY", "第二届安康杯知识竞赛") in found
    assert ("检修车间", "PARTICIPATED_IN", "第二届安康杯知识竞赛") in found


def test_unnamed_winners_give_no_relation(extract):
    found = triples(extract("“五一”前夕，两名职工喜获全市“五一劳动奖章”。"))
    assert not any(r[1] == "RECEIVED" for r in found)


def test_organiser_in_a_relative_clause_is_not_the_winner(extract):
    found = triples(extract("我们在10月县教育局组织的文艺汇演中，组织参赛节目2个，获三等奖。"))
    assert ("县教育局", "ORGANIZED", "文艺汇演") in found
    assert ("县教育局", "RECEIVED", "三等奖") not in found
    assert ("@author", "RECEIVED", "三等奖") in found


def test_passive_conferral_names_the_giver_not_the_receiver(extract):
    found = triples(extract("红星厂工会被市总工会授予“模范职工之家”称号。"))
    assert ("红星厂工会", "RECEIVED", "模范职工之家") in found
    assert ("模范职工之家", "AWARDED_BY", "市总工会") in found
    assert ("模范职工之家", "AWARDED_BY", "红星厂工会") not in found
    found = triples(extract("王芳同志被省总工会授予五一劳动奖章。"))
    assert ("王芳", "RECEIVED", "五一劳动奖章") in found


def test_in_the_activity_refers_to_the_event_just_reported(extract):
    found = triples(extract("工会举办了“迎新春”职工书画比赛。在活动中，张丽获得书法一等奖，刘军获得绘画二等奖。"))
    assert ("书法一等奖", "AWARDED_BY", "迎新春职工书画比赛") in found
    assert ("刘军", "PARTICIPATED_IN", "迎新春职工书画比赛") in found
    # without the reference, a prize is not tied to an earlier event
    found = triples(extract("工会举办了“迎新春”职工书画比赛。年底，张丽获得书法一等奖。"))
    assert ("书法一等奖", "AWARDED_BY", "迎新春职工书画比赛") not in found


def test_contest_held_by_a_named_body_is_one_event(extract):
    found = triples(extract("在市总工会举办的职工技能大赛上，我公司选手王强获得钳工第一名。"))
    assert ("市总工会", "ORGANIZED", "职工技能大赛") in found
    assert ("王强", "PARTICIPATED_IN", "职工技能大赛") in found
    assert not any(t == "职工技能大赛" for _, _, t in triples(extract("工会积极开展职工技能大赛。")))


def test_reference_goes_to_the_event_named_just_before_it(extract):
    found = triples(extract(
        "工会组织教师参加镇工会举办的教师联谊活动，此次活动我校李明获得书法一等奖。"
        "随后在全县举办的竞赛中，赵刚获得绘画二等奖。"))
    assert ("书法一等奖", "AWARDED_BY", "教师联谊活动") in found
    assert ("赵刚", "PARTICIPATED_IN", "教师联谊活动") in found


def test_co_organiser_of_a_jointly_held_event(extract):
    found = triples(extract("工会与公司团委联办了“青春杯”职工篮球赛。"))
    assert ("公司团委", "ORGANIZED", "青春杯职工篮球赛") in found
    assert ("@author", "ORGANIZED", "青春杯职工篮球赛") in found


def test_writer_known_only_as_our_school_is_the_school_union(extract):
    result = extract("今年我校组织教师参加了全区“迎新春”教职工合唱比赛，获得二等奖。")
    assert result.author == "学校工会"
    assert ("学校工会", "RECEIVED", "二等奖") in triples(result)


def test_no_writer_guessed_without_evidence(extract):
    assert extract("全区教职工合唱比赛于五月举行。").author is None


def test_the_one_whose_words_are_studied_is_no_subject(extract):
    text = ("2022年，集团工会深入学习领会王建国同志关于产业工人的重要讲话精神，"
            "开展了“五小”立功竞赛。")
    found = triples(extract(text))
    assert not any(h == "王建国" for h, _, _ in found)


def test_the_writers_own_team_stands_for_the_writer(extract, read):
    text = "在区教育工会举办的第五届教职工篮球赛中，我校男队荣获冠军。我厂代表队获得团体第一名。"
    for doc in (extract(text), read("在區教育工會舉辦的第五屆教職工籃球賽中，我校男隊榮獲冠軍。我廠代表隊獲得團體第一名。")):
        found, writer = triples(doc), doc.author or "@author"
        assert (writer, "RECEIVED", "冠军") in found and (writer, "RECEIVED", "团体第一名") in found
        assert (writer, "PARTICIPATED_IN", "第五届教职工篮球赛") in found
        assert not any(e.type == "ORG" and e.name.endswith("代表队") for e in doc.entities)


def test_the_writers_unnamed_people_are_not_the_writer(extract):
    doc = extract("我厂职工荣获市技术能手称号。")
    assert not any(h in ("@author", doc.author) for h, _, _ in triples(doc))
