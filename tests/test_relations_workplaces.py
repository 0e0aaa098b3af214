"""Where people work and which body holds their post, in news of unions: trades,
clauses of working, units listed with people, bylines, titles after names."""
from __future__ import annotations

from test_nlp_relations import triples


def posts(extraction):
    return {(h, t) for h, r, t in triples(extraction) if r == "POSITION"}


# -- a trade with a qualifier between the body and the name ------------------
def test_a_qualified_trade_places_the_worker(extract):
    found = posts(extract("松江机床厂一线工人郭春生、技术骨干龙海在交流会上发言。"))
    assert ("郭春生", "松江机床厂") in found


def test_a_workers_delegate_of_a_named_body(extract):
    assert ("邱明远", "松江机床厂") in posts(extract("松江机床厂职工代表邱明远在会上发言。"))


def test_a_delegate_with_no_body_has_no_post(extract):
    assert not posts(extract("本届职代会共有代表98名，职工代表邱明远在会上发言。"))


def test_a_verb_before_the_trade_keeps_the_body_a_subject(extract):
    found = posts(extract("松江机床厂组织一线工人郭春生等参加培训。"))
    assert ("郭春生", "松江机床厂") not in found


# -- a clause of working ------------------------------------------------------
def test_a_clause_of_working_after_the_name(extract):
    assert ("祁玉兰", "兰溪纺织厂") in posts(extract("祁玉兰在兰溪纺织厂工作了十八年，先后获得多项荣誉。"))
    assert ("祁玉兰", "兰溪纺织厂") in posts(extract("祁玉兰是兰溪纺织厂的一名挡车工。"))
    assert ("祁玉兰", "兰溪纺织厂") in posts(extract("祁玉兰就职于兰溪纺织厂。"))


def test_a_visit_is_no_workplace(extract):
    assert not posts(extract("祁玉兰在兰溪纺织厂调研安全生产工作。"))
    assert not posts(extract("祁玉兰是兰溪纺织厂的骄傲。"))


def test_a_relative_clause_of_working_before_the_name(extract):
    assert ("祁玉兰", "兰溪纺织厂") in posts(extract("在兰溪纺织厂工作的祁玉兰获得技术能手称号。"))


# -- posts before the name ----------------------------------------------------
def test_a_relative_clause_of_a_post_before_the_name(extract):
    assert ("潘志诚", "白沙供水公司工会") in posts(extract("时任白沙供水公司工会主席的潘志诚参加了会议。"))


def test_an_honour_between_the_post_and_the_name(extract):
    found = posts(extract("白沙供水公司工会主席、全国劳动模范潘志诚介绍经验。"))
    assert ("潘志诚", "白沙供水公司工会") in found


def test_several_bodies_before_one_of_own_leave_it_open(extract):
    found = posts(extract("来自白沙供水公司、洪山热电厂的潘志诚、柯玲分获冠亚军。"))
    assert ("潘志诚", "洪山热电厂") not in found
    assert ("柯玲", "洪山热电厂") not in found


def test_a_rank_goes_to_the_body_that_held_the_post(extract):
    found = posts(extract("枫林县总工会召开全委会。县总工会党组书记、主席严建平，副主席蒋红出席。"))
    assert ("严建平", "县总工会党组") in found
    assert ("蒋红", "县总工会党组") not in found
    assert any(person == "蒋红" and body.endswith("总工会") for person, body in found)


def test_a_name_glued_to_a_light_verb_is_still_a_person(extract):
    ex = extract("枫林化肥厂召开职代会，工会主席柯玲作工会工作报告。")
    assert "柯玲" in {e.name for e in ex.entities if e.type == "PER"}
    assert not any("柯玲" in e.name for e in ex.entities if e.type == "ORG")


def test_a_party_members_post_and_a_visiting_party(extract):
    found = posts(extract("省总工会副主席、党组成员魏长青一行到枫林调研。"))
    assert ("魏长青", "省总工会") in found


# -- elections ------------------------------------------------------------------
def test_a_roster_after_an_election(extract):
    found = posts(extract("枫林化肥厂工会召开会员代表大会，选举产生了第六届工会委员会。"
                          "主席：严建平　副主席：蒋红、柯玲"))
    assert ("严建平", "枫林化肥厂工会") in found
    assert ("蒋红", "枫林化肥厂工会") in found
    assert ("柯玲", "第六届工会委员会") in found


def test_a_roster_on_lines_after_an_election(extract):
    found = posts(extract("枫林县总工会召开十届三次全委会，补选了领导班子。\n主席：严建平\n副主席：蒋红、柯玲"))
    assert ("蒋红", "枫林县总工会") in found


def test_a_list_of_hosts_is_no_roster(extract):
    found = posts(extract("枫林县总工会举办联欢会。\n主持人：严建平\n颁奖嘉宾：蒋红、柯玲"))
    assert not any(person in ("严建平", "蒋红", "柯玲") for person, _ in found)


def test_an_elected_chair_sits_on_the_committee_named_before(extract):
    found = posts(extract("大会选举产生了枫林化肥厂第六届工会委员会。在随后的全委会上，严建平当选为工会主席。"))
    assert ("严建平", "枫林化肥厂第六届工会委员会") in found


def test_appointed_to_a_post(extract):
    assert ("严建平", "枫林化肥厂工会") in posts(extract("严建平被任命为枫林化肥厂工会主席。"))


# -- people listed under their units -------------------------------------------
def test_people_listed_under_their_units(extract):
    found = posts(extract("白沙供水公司：潘志诚、柯玲；洪山热电厂：魏长青。"))
    assert {("潘志诚", "白沙供水公司"), ("柯玲", "白沙供水公司"), ("魏长青", "洪山热电厂")} <= found


def test_unit_and_name_pairs_on_one_line(extract):
    found = posts(extract("颁奖嘉宾：枫林县总工会 严建平　白沙供水公司 潘志诚"))
    assert ("严建平", "枫林县总工会") in found
    assert ("潘志诚", "白沙供水公司") in found


def test_two_units_before_one_name_give_none(extract):
    assert not posts(extract("白沙供水公司、洪山热电厂：潘志诚。"))


# -- bylines --------------------------------------------------------------------
def test_a_byline_after_the_outlets_dateline(read):
    found = posts(read("枫林日报讯（记者 章文涛 通讯员 骆佳）4月3日，枫林县总工会召开表彰大会。"))
    assert ("章文涛", "枫林日报") in found
    assert ("骆佳", "枫林日报") in found


def test_a_wire_dateline_and_a_source_line(read):
    assert ("章文涛", "中新网") in posts(read("中新网枫林4月3日电（记者 章文涛）枫林县总工会3日召开大会。"))
    assert ("章文涛", "枫林晚报") in posts(read("来源：枫林晚报　作者：章文涛"))


def test_a_byline_without_an_outlet_places_nobody(read):
    assert not posts(read("本报讯（记者 章文涛）4月3日，枫林县总工会召开表彰大会。"))


# -- titles after names -----------------------------------------------------------
def test_a_company_post_after_the_name_in_the_one_company_named(read):
    found = posts(read("大會在松江石化股份有限公司禮堂舉行，公司方面則有范振宇董事長、祁美玲執行長出席。"))
    assert ("范振宇", "松江石化股份有限公司") in found
    assert ("祁美玲", "松江石化股份有限公司") in found


def test_a_company_post_after_the_name_with_two_companies_is_open(read):
    found = posts(read("松江石化股份有限公司與白沙供水公司合辦比賽，范振宇董事長致詞。"))
    assert not any(person == "范振宇" for person, _ in found)


def test_a_union_post_after_the_name_in_the_host_union(read):
    found = posts(read("枫林县总工会召开全委会，严建平主席作报告，蒋红副主席主持会议。"))
    assert ("严建平", "枫林县总工会") in found
    assert ("蒋红", "枫林县总工会") in found


# -- posts across bodies, asides, anaphors --------------------------------------
def test_posts_in_two_bodies_joined_by_jian(read):
    found = posts(read("香港紡織業職工會副理事長兼港九工團聯會主席鄧志強出席。"))
    assert ("邓志强", "香港纺织业职工会") in found
    assert ("邓志强", "港九工团联会") in found


def test_an_aside_on_the_post_before_the_name(extract):
    assert ("潘志诚", "白沙供水公司工会") in posts(extract("会议由白沙供水公司工会副主席（主持工作）潘志诚主持。"))


def test_an_abbreviation_in_brackets_after_the_body(read):
    assert ("邓志强", "港九工团联会") in posts(read("港九工團聯會（工團）理事長鄧志強致辭。"))


def test_a_bracketed_post_after_a_form_of_address(extract):
    found = posts(extract("枫林县总工会召开大会，严建平同志（县总工会副主席）主持。"))
    assert any(person == "严建平" and body.endswith("总工会") for person, body in found)


def test_a_list_joined_by_dun_shares_the_body(read):
    found = posts(read("勞動部部長范振宇、次長祁美玲出席頒獎。"))
    assert ("祁美玲", "劳动部") in found


def test_a_county_head_is_not_the_party_committees(extract):
    found = posts(extract("枫林县委书记严建平、县长蒋红出席开幕式。"))
    assert ("蒋红", "枫林县委") not in found and ("蒋红", "县委") not in found


def test_a_union_list_goes_on_with_its_own_posts_only(read):
    found = posts(read("松江教育產業工會理事長范振宇、立法委員祁美玲出席。"))
    assert ("祁美玲", "松江教育产业工会") not in found


def test_a_post_after_an_anaphor_is_in_the_body_named_before(read):
    found = posts(read("本次比賽由松江產業總工會主辦，該會理事長范振宇致詞。"))
    assert ("范振宇", "松江产业总工会") in found


def test_an_anaphor_with_no_body_of_its_kind_gives_none(read):
    assert not posts(read("本次比賽由松江勞工局主辦，該會理事長范振宇致詞。"))


# -- working units and trades in brackets ----------------------------------------
def test_a_working_unit_opening_a_clause_holds_its_person(extract):
    found = posts(extract("枫林化肥厂召开表彰会，合成车间柯玲获得第一名，检修一队班长魏长青获得第二名。"))
    assert ("柯玲", "合成车间") in found
    assert ("魏长青", "检修一队") in found


def test_a_trade_in_brackets_places_the_winner(extract):
    found = posts(extract("荣获“枫林工匠”称号的有：柯玲（枫林化肥厂高级技师）、魏长青（白沙供水公司运行班班长）。"))
    assert ("柯玲", "枫林化肥厂") in found
    assert any(person == "魏长青" and body.startswith("白沙供水公司") for person, body in found)


def test_a_bracket_of_other_words_after_a_body_places_nobody(extract):
    found = posts(extract("柯玲（枫林化肥厂推荐，已公示）获得表彰。"))
    assert ("柯玲", "枫林化肥厂") not in found


def test_a_list_after_a_company_post_shares_the_company(read):
    found = posts(read("大會在松江石化股份有限公司禮堂舉行，公司方面則有范振宇董事長、祁美玲發言人出席。"))
    assert ("祁美玲", "松江石化股份有限公司") in found


def test_a_head_of_the_writers_kind_after_the_name(extract):
    found = posts(extract("9月30日，松江地质研究所第五届职工代表大会隆重召开。大会听取了范振宇所长所作的工作报告。"))
    assert ("范振宇", "松江地质研究所") in found


def test_a_head_of_another_kind_after_the_name_is_open(extract):
    found = posts(extract("9月30日，松江地质研究所第五届职工代表大会隆重召开。大会听取了范振宇厂长所作的报告。"))
    assert not any(person == "范振宇" for person, _ in found)


def test_elected_unanimously(extract):
    found = posts(extract("白沙供水公司工会召开会员代表大会，潘志诚以全票当选为工会主席。"))
    assert ("潘志诚", "白沙供水公司工会") in found


def test_the_verb_of_election_is_no_part_of_the_committees_name(extract):
    ex = extract("白沙供水公司工会召开会员代表大会，柯玲当选为经费审查委员会主任。")
    assert "经费审查委员会" in {e.name for e in ex.entities if e.type == "ORG"}
    assert ("柯玲", "经费审查委员会") in posts(ex)


def test_a_professor_of_a_named_university(extract):
    assert ("范振宇", "松江理工大学") in posts(extract("县总工会邀请松江理工大学教授范振宇作专题讲座。"))


def test_the_term_of_a_post_between_body_and_title(read):
    assert ("范振宇", "松江化工业工会") in posts(read("松江化工業工會第十屆理事長范振宇致詞。"))


def test_a_chamber_of_commerce_holds_its_vice_chair(read):
    assert ("范振宇", "澳门松江总商会") in posts(read("澳門松江總商會副會長范振宇出席典禮。"))


def test_a_trade_joined_after_the_posts(extract):
    found = posts(extract("白沙供水公司工会主席、高级工程师潘志诚介绍经验。"))
    assert ("潘志诚", "白沙供水公司工会") in found


def test_coming_from_a_body(extract):
    assert ("潘志诚", "白沙供水公司") in posts(extract("一等奖获得者潘志诚来自白沙供水公司。"))


def test_a_trade_set_off_by_commas_after_the_name(extract):
    assert ("潘志诚", "白沙供水公司") in posts(extract("潘志诚，白沙供水公司职工，从事供水工作二十年。"))


def test_commas_around_a_body_without_post_or_trade(extract):
    assert ("潘志诚", "白沙供水公司") not in posts(extract("潘志诚，白沙供水公司，洪山热电厂等单位参加。"))


def test_a_bare_unit_inside_a_chain_takes_no_other_union(extract):
    found = posts(extract("洪山重工集团召开工代会。集团公司党委副书记、纪委书记、工会主席魏长青作报告。"
                          "省机械工会副主席柯玲出席。"))
    assert ("魏长青", "集团公司党委") in found
    assert ("魏长青", "省机械工会") not in found
    assert ("魏长青", "纪委") not in found


def test_a_roster_with_spaced_out_posts(extract):
    found = posts(extract("枫林化肥厂工会召开会员代表大会，选举产生了第六届工会委员会。\n主　席：严建平\n委　员：蒋红、柯玲"))
    assert ("严建平", "枫林化肥厂工会") in found
    assert ("柯玲", "第六届工会委员会") in found


def test_a_spaced_word_that_is_no_post_opens_no_roster(extract):
    found = posts(extract("枫林化肥厂工会召开会员代表大会，选举产生了第六届工会委员会。\n嘉　宾：严建平、蒋红"))
    assert not any(person in ("严建平", "蒋红") for person, _ in found)


def test_a_list_after_a_bare_union_post_shares_it(extract):
    found = posts(extract("枫林县总工会召开全委会，选举结果如下：主席严建平，副主席蒋红、柯玲。"))
    assert ("柯玲", "枫林县总工会") in found


def test_a_list_of_honoured_bodies_and_people_has_no_units(extract):
    found = posts(extract("先进单位和个人：白沙供水公司、潘志诚、柯玲。"))
    assert ("潘志诚", "白沙供水公司") not in found


def test_the_rank_of_a_title_after_the_name_is_not_the_names_end(read):
    ex = read("松江教育工作者聯會范振宇會長、鄧飛副會長出席。")
    assert "邓飞" in {e.name for e in ex.entities if e.type == "PER"}
    assert ("邓飞", "松江教育工作者联会") in posts(ex)
