"""Where entity names end (issue 11): heads the tagger cuts, hosts, years and rounds, fields.

Made-up sentences of union news; each construction has a case that must fire and
one that must not.  Traditional-character sentences go through the reading stage.
"""
from __future__ import annotations

import pytest
from test_nlp_relations import names

# --- organisations: a head the tagger cut before a lone 会 -----------------------

@pytest.mark.parametrize("text,org", [
    ("市职工技术协会焊接分会于近日成立。", "市职工技术协会焊接分会"),
    ("市工会召开职工代表大会，审议工作报告。", "市工会"),
])
def test_a_head_cut_before_a_lone_hui_is_still_a_head(extract, text, org):
    assert org in names(extract(text), "ORG")


def test_a_verb_after_a_union_is_no_piece_of_its_head(extract):
    found = names(extract("今后我们将把工会办成职工信赖的家。"), "ORG")
    assert not any(n.endswith("办") for n in found)


def test_a_cut_head_in_traditional_characters(read):
    assert "市职工技术协会电焊分会" in names(read("市職工技術協會電焊分會於近日成立。"), "ORG")


@pytest.mark.parametrize("text,org", [
    ("武汉钢铁（集团）公司工会组织劳模疗休养。", "武汉钢铁（集团）公司工会"),
    ("青禾科技（深圳）有限公司工会举办职工运动会。", "青禾科技（深圳）有限公司工会"),
])
def test_a_short_bracketed_word_inside_a_company_name(extract, text, org):
    found = names(extract(text), "ORG")
    assert org in found and not any(n.startswith(("公司", "有限公司")) for n in found)


def test_a_bracketed_remark_after_a_name_opens_no_longer_one(extract):
    found = names(extract("会议由工会主席（兼）主持，市总工会派员指导。"), "ORG")
    assert not any("（" in n for n in found)


def test_a_team_of_a_named_body_is_an_organisation(extract):
    found = names(extract("青州港集团股份有限公司第二港埠分公司装卸队荣获工人先锋号。"), "ORG")
    assert "青州港集团股份有限公司第二港埠分公司装卸队" in found


@pytest.mark.parametrize("text,org", [
    ("青州市工业和信息化局工会举办培训。", "青州市工业和信息化局工会"),
    ("市发展和改革委员会主任李明出席。", "市发展和改革委员会"),
])
def test_a_place_and_its_sector_joined_by_he_open_a_department(extract, text, org):
    assert org in names(extract(text), "ORG")


def test_two_departments_joined_by_he_stay_two(extract):
    found = names(extract("青州市教育局和市总工会联合举办教师技能大赛。"), "ORG")
    assert {"青州市教育局", "市总工会"} <= found


def test_the_secretariat_of_a_federation_is_its_unit(extract):
    assert "中华全国总工会书记处" in names(extract("中华全国总工会书记处书记王东明出席。"), "ORG")


# --- events: the host of a numbered meeting -------------------------------------

def test_a_level_before_a_numbered_congress_is_its_host(extract):
    assert "市第七次工会代表大会" in names(extract("市第七次工会代表大会于昨日隆重开幕。"), "EVENT")


def test_the_writers_own_level_stays_out_of_a_numbered_congress(extract):
    found = names(extract("我市第七次工会代表大会于昨日隆重开幕。"), "EVENT")
    assert "第七次工会代表大会" in found and "市第七次工会代表大会" not in found


def test_a_union_the_tagger_cut_hosts_its_numbered_congress(extract):
    assert "市工会第十六次代表大会" in names(extract("市工会第十六次代表大会胜利闭幕。"), "EVENT")


# --- events: words inside a name -------------------------------------------------

@pytest.mark.parametrize("text,event", [
    ("首届长三角职工创新成果展在青州开幕。", "首届长三角职工创新成果展"),
    ("区总工会举办首届职工创新成果博览会。", "首届职工创新成果博览会"),
])
def test_a_verbal_noun_of_work_between_nouns_stays_in_an_event(extract, text, event):
    assert event in names(extract(text), "EVENT")


def test_a_verbal_noun_of_work_after_a_verb_opens_no_event(extract):
    found = names(extract("今年我们创新工作方法，举办职工技能比赛。"), "EVENT")
    assert not any(n.startswith("创新") for n in found)


@pytest.mark.parametrize("text,event", [
    ("第二届长江流域职工技能交流赛在青州开赛。", "第二届长江流域职工技能交流赛"),
    ("“建功新时代”全省职工劳动和技能竞赛在青州启动。", "建功新时代全省职工劳动和技能竞赛"),
])
def test_contests_named_by_their_form(extract, text, event):
    assert event in names(extract(text), "EVENT")


def test_a_ceremony_after_an_event_holds_the_whole_name(extract):
    found = names(extract("“建功新时代”全省职工劳动和技能竞赛启动仪式在青州举行。"), "EVENT")
    assert "建功新时代全省职工劳动和技能竞赛启动仪式" in found


def test_a_ceremony_after_a_kind_of_work_takes_no_more(extract):
    found = names(extract("车间开展劳动和技能竞赛，启动仪式在厂区举行。"), "EVENT")
    assert not any("劳动和技能竞赛启动" in n for n in found)


# --- awards: year, round and level of a quoted honour, studios --------------------

@pytest.mark.parametrize("text,award", [
    ("青州化工厂的陈刚入选2023年度“青州工匠”。", "2023年度青州工匠"),
    ("张伟获得第十届“中华技能大奖”。", "第十届中华技能大奖"),
    ("他获得首届“江淮大工匠”称号。", "首届江淮大工匠"),
])
def test_the_year_or_round_of_a_quoted_honour_opens_it(extract, text, award):
    assert award in names(extract(text), "AWARD")


def test_a_count_before_a_quoted_honour_stays_out(extract):
    found = names(extract("公司连续3届获得“文明单位”称号。"), "AWARD")
    assert "文明单位" in found and not any(n.startswith("3") for n in found)


def test_a_quoted_honour_of_a_round_in_traditional_characters(read):
    assert "第十届中华技能大奖" in names(read("張偉獲得第十屆「中華技能大獎」。"), "AWARD")


@pytest.mark.parametrize("text,award", [
    ("该工作室被命名为全国示范性劳模和工匠人才创新工作室。", "全国示范性劳模和工匠人才创新工作室"),
    ("车间工作室获评市级职工创新工作室。", "市级职工创新工作室"),
])
def test_a_studio_of_a_level_conferred_is_an_honour(extract, text, award):
    assert award in names(extract(text), "AWARD")


def test_a_studio_without_a_level_is_no_honour(extract):
    found = extract("工会建成职工创新工作室，职工在工作室开展技术攻关。")
    assert not any(n.endswith("工作室") for n in names(found, "AWARD"))


def test_the_field_of_a_prize_keeps_its_verbal_noun(extract):
    found = names(extract("该团队荣获第四届全国职工创新成果一等奖。"), "AWARD")
    assert "第四届全国职工创新成果一等奖" in found


# --- organisations the tagger names without a head --------------------------------

@pytest.mark.parametrize("text,org", [
    ("该奖项由团中央授予，每两年评选一次。", "团中央"),
    ("比亚迪与宁德时代联合举办职工技能大赛。", "宁德时代"),
])
def test_a_name_without_a_head_is_a_body_where_it_acts(extract, text, org):
    assert org in names(extract(text), "ORG")


def test_a_name_without_a_head_that_does_nothing_is_no_body(extract):
    assert "平安保险" not in names(extract("工会为每位会员购买了平安保险，保障职工权益。"), "ORG")


# --- Hong Kong and Taiwan: honours, teachers' unions, annual meetings -------------

@pytest.mark.parametrize("text,award", [
    ("臺北市產業總工會舉辦績優工會表揚大會，十五個工會獲頒績優工會獎。", "绩优工会奖"),
    ("新北市勞工局表揚102位優良勞工。", "优良劳工"),
    ("工聯會嘉許200名優秀義工。", "优秀义工"),
])
def test_taiwans_and_hong_kongs_qualifiers_of_merit_name_honours(read, text, award):
    found = read(text)
    assert award in names(found, "AWARD")
    assert not any(n.startswith("绩优") for n in names(found, "ORG"))


def test_a_qualifier_of_merit_as_a_goal_names_no_honour(read):
    assert not names(read("本會致力爭創優良工會，服務會員。"), "AWARD")


@pytest.mark.parametrize("text,award", [
    ("李大文獲頒長期服務優異獎狀。", "长期服务优异奖状"),
    ("本會獲頒2023年度工會服務卓越獎。", "2023年度工会服务卓越奖"),
])
def test_what_stands_between_a_conferring_verb_and_the_prize_names_it(read, text, award):
    assert award in names(read(text), "AWARD")


def test_a_contest_between_a_conferring_verb_and_the_prize_stays_out(extract):
    found = extract("王明荣获全市职工技能大赛一等奖。")
    assert "一等奖" in names(found, "AWARD") and "全市职工技能大赛" in names(found, "EVENT")


@pytest.mark.parametrize("text,award", [
    ("工會理事長黃志強獲頒銅紫荊星章。", "铜紫荆星章"),
    ("吳小姐獲選十大傑出青年。", "十大杰出青年"),
    ("大會頒發資深會員紀念狀予30名會員。", "资深会员纪念状"),
])
def test_government_medals_and_certificates_are_honours(read, text, award):
    assert award in names(read(text), "AWARD")


def test_a_teachers_union_of_taiwan_is_a_body(read):
    assert "台北市教师会" in names(read("台北市教師會舉辦第十二屆師鐸獎頒獎典禮。"), "ORG")


def test_a_staff_meeting_of_teachers_is_no_body(extract):
    assert not names(extract("学校召开全体教师会，部署下学期工作。"), "ORG")


def test_a_hong_kong_unions_annual_general_meeting(read):
    assert "第五十届周年会员大会" in names(read("香港公務員總工會舉行第五十屆周年會員大會。"), "EVENT")


# --- an event written short later --------------------------------------------------

def test_an_event_written_short_is_the_one_longer_name(extract):
    found = names(extract("4月20日，公司第五届职工趣味运动会开幕。本次职工趣味运动会设置了拔河、跳绳等项目。"), "EVENT")
    assert found == {"公司第五届职工趣味运动会"}


def test_an_event_written_short_after_two_longer_names_stays_as_written(extract):
    found = names(extract("市职工乒乓球比赛于5月举行，区职工乒乓球比赛于6月举行，职工乒乓球比赛共吸引500人参加。"), "EVENT")
    assert found == {"市职工乒乓球比赛", "区职工乒乓球比赛", "职工乒乓球比赛"}


# --- honours: star-rated unions, associations, studios after any conferring verb --

@pytest.mark.parametrize("text,award", [
    ("公司工会获评四星级工会，两个分会获评三星级工会。", "四星级工会"),
    ("该协会被评为年度优秀协会。", "优秀协会"),
    ("张明工作室获省级技能大师工作室。", "省级技能大师工作室"),
])
def test_more_honours_of_the_genre(extract, text, award):
    assert award in names(extract(text), "AWARD")


def test_a_star_rated_hotel_is_no_honour(extract):
    assert not names(extract("代表们入住一家五星级酒店。"), "AWARD")


# --- honours without a head after a verb of rating -------------------------------

@pytest.mark.parametrize("text,award", [
    ("王先生獲選為敬業楷模。", "敬业楷模"),
    ("本公司獲勞動部評選為績優廠商。", "绩优厂商"),
    ("工會幹部李明獲頒勞工之友。", "劳工之友"),
    ("本會獲評為愛心企業。", "爱心企业"),
])
def test_what_a_verb_of_rating_makes_someone_is_an_honour(read, text, award):
    assert award in names(read(text), "AWARD")


@pytest.mark.parametrize("text", [
    "公司被评为先进，受到表彰。",
    "他被评为合格。",
    "会议选举王明为工会主席，大家评选为主席的王明发言。",
])
def test_a_verb_of_rating_before_no_title_makes_no_honour(extract, text):
    assert not names(extract(text), "AWARD")


def test_a_miss_of_a_honorific_is_no_kinship_word(read):
    assert "李小姐" in names(read("李小姐榮獲年度傑出員工獎。"), "PER")


# --- quoted events of Hong Kong and Taiwan news ------------------------------------

@pytest.mark.parametrize("text,event", [
    ("「職工盆菜宴」於屯門舉行，逾二千名會員出席。", "职工盆菜宴"),
    ("理事長在「會員同樂日」上致辭。", "会员同乐日"),
    ("由本會主辦的「勞工權益講座」吸引百多人參加。", "劳工权益讲座"),
    ("工聯會舉辦「2024年度全港職工職業技能大賽頒獎典禮」，逾千人出席。", "2024年度全港职工职业技能大赛颁奖典礼"),
])
def test_quoted_events_held_hosted_or_spoken_at(read, text, event):
    assert event in names(read(text), "EVENT")


def test_a_quoted_slogan_said_in_a_speech_is_no_event(read):
    assert not names(read("理事長表示「團結就是力量」，會員要多參與。"), "EVENT")


def test_the_writers_own_body_opens_no_ceremony(read):
    found = names(read("本會第十屆理事會就職典禮於酒樓舉行。"), "EVENT")
    assert "第十届理事会就职典礼" in found and not any(n.startswith("本会") for n in found)


@pytest.mark.parametrize("text,event", [
    ("工會舉辦周年晚宴暨就職典禮。", "周年晚宴暨就职典礼"),
    ("港九勞工社團聯會舉行「2024年度春茗」。", "2024年度春茗"),
])
def test_dinners_of_hong_kong_unions(read, text, event):
    assert event in names(read(text), "EVENT")


# --- meetings named by their business, campaigns ------------------------------------

@pytest.mark.parametrize("text,event", [
    ("3月5日，公司召开2023年度工作总结会。", "2023年度工作总结会"),
    ("工会召开“安康杯”竞赛动员会，部署全年工作。", "安康杯竞赛动员会"),
    ("市总工会召开2024年全市工会经济工作分析会。", "2024年全市工会经济工作分析会"),
    ("8月12日，区总工会召开劳模座谈会暨先进事迹汇报会。", "劳模座谈会暨先进事迹汇报会"),
    ("全体职工参加了2022年慈善一日捐。", "2022年慈善一日捐"),
    ("4月，学校召开第二届教职工大会。", "第二届教职工大会"),
])
def test_meetings_named_by_their_business_and_campaigns(extract, text, event):
    assert event in names(extract(text), "EVENT")


def test_a_routine_staff_meeting_is_no_event(extract):
    assert not names(extract("车间每月召开一次职工大会，通报生产情况。"), "EVENT")


def test_an_opening_ceremony_of_hong_kong_is_part_of_its_event(read):
    found = names(read("全港職工運動會開幕禮於今日舉行。"), "EVENT")
    assert "全港职工运动会" in found and not any(n.endswith("开幕礼") for n in found)


# --- a kind of body before a proper name; people's organisations ---------------------

@pytest.mark.parametrize("text,org", [
    ("会员企业青禾电子有限公司工会荣获先进单位。", "青禾电子有限公司工会"),
    ("龙头企业浙江万通集团有限公司参加了活动。", "浙江万通集团有限公司"),
])
def test_a_kind_of_body_before_a_proper_name_is_no_part_of_it(extract, text, org):
    found = names(extract(text), "ORG")
    assert org in found and not any(n.startswith(("会员企业", "龙头企业")) for n in found)


def test_a_kind_word_that_opens_a_federations_name_stays(extract):
    assert "中国企业联合会" in names(extract("中国企业联合会发布了年度名单。"), "ORG")


def test_peoples_organisations_by_their_short_names(extract):
    found = names(extract("青州市工商联主席团成员张三出席。市科协、区残联、县文联共同参与。"), "ORG")
    assert {"青州市工商联", "市科协", "区残联", "县文联"} <= found


def test_a_units_latin_abbreviation_in_brackets_is_written_with_it(extract):
    found = names(extract("青州市人民医院重症医学科(ICU)护士长李娜获得表彰。"), "ORG")
    assert "青州市人民医院重症医学科(ICU)" in found


def test_a_bracketed_note_in_chinese_after_a_name_stays_out(extract):
    found = names(extract("青州市人民医院(三甲)护士长李娜获得表彰。"), "ORG")
    assert "青州市人民医院" in found


# --- honours listed before the ceremony that confers them ----------------------------

@pytest.mark.parametrize("text,event,awards", [
    ("省总工会召开2023年度全省工会系统先进集体和先进个人表彰大会。",
     "2023年度全省工会系统先进集体和先进个人表彰大会", {"2023年度全省工会系统先进集体", "先进个人"}),
    ("全国五一劳动奖和全国工人先锋号评选活动启动。",
     "全国五一劳动奖和全国工人先锋号评选活动", {"全国五一劳动奖", "全国工人先锋号"}),
])
def test_honours_listed_before_their_ceremony(extract, text, event, awards):
    found = extract(text)
    assert event in names(found, "EVENT") and awards <= names(found, "AWARD")


def test_an_honour_joined_to_a_contest_opens_no_ceremony(extract):
    found = names(extract("他荣获先进个人和市职工技能大赛一等奖。"), "EVENT")
    assert not any(n.startswith("先进个人") for n in found)


def test_a_numbered_shop_and_its_crew_run_on_from_their_body(extract):
    names = {e.name for e in extract("青山钢铁公司炼钢厂二车间甲班荣获“工人先锋号”称号。").entities if e.type == "ORG"}
    assert names == {"青山钢铁公司炼钢厂二车间甲班"}
    names = {e.name for e in extract("青山钢铁公司炼钢厂二十名职工参加比赛。").entities if e.type == "ORG"}
    assert names == {"青山钢铁公司炼钢厂"}


def test_bodies_the_tagger_named_are_not_one_shared_head(extract):
    names = {e.name for e in extract("县二中、县实验小学获得优秀组织奖。").entities if e.type == "ORG"}
    assert names == {"县二中", "县实验小学"}
