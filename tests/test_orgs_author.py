"""Organisation boundaries and the reporting union, with invented sentences."""
from __future__ import annotations

from unionkg.corpus import document_from_text


def orgs(extraction):
    return {e.name for e in extraction.entities if e.type == "ORG"}


def test_two_glued_bodies_keep_the_last(extract):
    found = orgs(extract("会议以市总工会省工会工作会议精神为指导，部署全年工作。"))
    assert {"市总工会", "省工会"} <= found
    assert "市总工会省工会" not in found


def test_union_does_not_host_a_company_or_office(extract):
    found = orgs(extract("认真完成分局和上级工会所布置的各项任务，做到工会公司同心。"))
    assert not {n for n in found if n.endswith(("工会所", "工会公司"))}


def test_union_keeps_its_own_units(extract):
    found = orgs(extract("青山电力公司工会女工委组织女职工参加培训。"))
    assert any(n.endswith("工会女工委") for n in found)


def test_whole_unit_is_not_a_body(extract):
    assert not {n for n in orgs(extract("大力整合全局文化体育事业单位。")) if n.endswith("全局")}
    assert "国家安全局" in orgs(extract("国家安全局组织了一次宣讲。"))


def test_county_wide_union_cadres_are_a_class(extract):
    assert "县工会" not in orgs(extract("加强对全县工会干部的教育培训。"))


def test_function_word_does_not_join_a_name(extract):
    found = orgs(extract("充分发挥工会职能学校工会长期坚持教代会制度。"))
    assert not {n for n in found if n.startswith("工会职能")}


def test_place_acting_is_its_government(extract):
    assert "青石镇" in orgs(extract("在5月份青石镇组织的义卖活动中，我们积极捐款。"))


def test_place_as_place_is_not_an_organisation(extract):
    assert "青石镇" not in orgs(extract("我们在青石镇举办了一场义诊。"))


def test_short_host_union_after_a_clause_break(extract):
    found = orgs(extract("根据有关规定，所工会积极配合所党支部做好公开工作。"))
    assert {"所工会", "所党支部"} <= found


def test_short_host_inside_a_longer_name_is_not_split(extract):
    found = orgs(extract("青山研究所工会组织职工参加义务劳动。"))
    assert "所工会" not in found


def test_bracketed_levels_before_a_name_count_a_class(extract):
    found = orgs(extract("各县(市、区)供电局工会均组队参加了比赛。"))
    assert not {n for n in found if n.endswith("供电局工会")}


def test_heading_names_the_writer(extract):
    text = "青山县供电公司工会2023年工作总结\n一年来，公司工会在公司党委的领导下，组织了职工运动会。"
    assert extract(text).author == "青山县供电公司工会"


def _read(extractor, text):
    """Through the reading stage, which folds traditional characters (as every command does)."""
    return extractor.extract(document_from_text(text, "t")[0])


def test_heading_in_traditional_characters(extractor):
    text = "澄明市人民醫院工會2022年度工作總結\n今年，院工會在醫院黨委的領導下開展工作。"
    assert _read(extractor, text).author == "澄明市人民医院工会"


def test_template_heading_is_not_a_writer(extract):
    text = "医院工会年终总结一\n今年，徐家湾学校工会组织教职工开展了登山比赛。徐家湾学校工会积极开展工作。"
    assert extract(text).author == "徐家湾学校工会"


def test_short_form_of_the_writer_takes_its_name(extract):
    text = "桐山县总工会2023年工作总结\n2023年，县总工会在县委的领导下，组织开展了“职工读书月”活动。"
    found = extract(text)
    assert found.author == "桐山县总工会"
    assert "县总工会" not in orgs(found)


def test_branch_is_not_a_short_form(extract):
    text = "青山分局工会2023年工作总结\n今年，分局工会组织了职工运动会。局工会给予了指导。"
    assert "局工会" in orgs(extract(text))  # the superior keeps its own name
    assert extract(text).author == "青山分局工会"


def test_blanked_writer_is_called_by_what_is_left(extract):
    text = "今年，XX供电工会坚持以人为本，开展了职工运动会。供电工会认真组织技能比武。供电工会关心困难职工。"
    assert extract(text).author == "供电工会"


def test_union_chosen_over_its_womens_committee(extract):
    text = ("今年，局工会组织了职工运动会。局工会开展了送温暖活动。局工会女工委组织了三八节活动。"
            "局工会女工委被评为先进集体。")
    assert extract(text).author == "局工会"


def test_union_keeps_its_own_committee(extract):
    found = orgs(extract("公司工会经费审查委员会认真审查经费使用情况。"))
    assert "公司工会经费审查委员会" in found
    assert "经费审查委员会" not in found


def test_our_county_unions_are_a_class(extract):
    assert "县工会" not in orgs(extract("提高了我县工会干部队伍的整体素质。"))


def test_host_of_a_meeting_cited_for_its_spirit(extract):
    found = orgs(extract("认真贯彻落实省总十届五次全委会的会议精神，做好各项工作。"))
    assert "省总" not in found
    held = orgs(extract("省总召开了十届五次全委会，我会派代表参加。"))
    assert "省总" in held


def test_kinds_of_committee_set_up(extract):
    found = orgs(extract("建立了劳动争议调解委员会、劳动法律监督委员会、困难职工帮扶中心等专门机构。"))
    assert not found
    acting = orgs(extract("劳动争议调解委员会调解了三起纠纷。"))
    assert "劳动争议调解委员会" in acting


def test_township_federations_are_a_class(extract):
    assert "乡镇总工会" not in orgs(extract("首先，加强乡镇总工会领导班子建设。"))


def test_bare_item_sharing_a_head_is_listed_as_written(extract):
    assert "青松、白桦支局" in orgs(extract("如今,青松、白桦支局都办起了职工食堂。"))


def test_list_of_full_names_is_not_joined(extract):
    found = orgs(extract("学校、公司工会都派代表参加了会议。"))
    assert not {n for n in found if "、" in n}


def test_level_qualified_company_is_one_body(extract):
    assert "市公司" in orgs(extract("市公司出资十余万元建立了职工书屋。"))


def test_glued_committee_and_cue_verb(extract):
    found = orgs(extract("今年，镇关工委联合镇妇联开展了一次调查。"))
    assert {"镇关工委", "镇妇联"} <= found


def test_new_unit_heads(extract):
    found = orgs(extract("路政大队的同志积极参与，与县电视台合作制作了专题片，学校校委会定期考核。"))
    assert {"路政大队", "县电视台", "学校校委会"} <= found
    assert "中队" not in orgs(extract("各中队积极参与。"))


def test_one_union_named_in_a_report_calling_itself_gongHui(extract):
    text = ("今年以来，工会积极协调企业签订集体合同。由工会结合企业开发就业岗位。"
            "，工会有针对性地提出政策主张。实行青山县总工会领导干部联系基层制度。")
    assert extract(text).author == "青山县总工会"


def test_superior_named_after_according_to_is_not_the_writer(extract):
    text = "按照市总工会要求，我们认真做好各项工作。我们组织了职工运动会。我们开展了慰问活动。"
    assert extract(text).author is None


def test_no_union_named_no_writer(extract):
    text = "我们组织了职工运动会。我们开展了慰问活动。我们关心困难职工。"
    assert extract(text).author is None


def test_generic_school_union_takes_the_school_named_at_the_start(extract):
    text = ("构建和谐校园 青松镇小学现有教职工40人。我校工会坚持教代会制度。"
            "学校工会组织了登山比赛。学校工会开展了送温暖活动。学校工会关心困难教师。")
    assert extract(text).author == "青松镇小学工会"


def test_two_schools_named_keep_the_generic_union(extract):
    text = ("今年，青松镇小学与白杨镇中学开展了联谊。学校工会组织了登山比赛。"
            "学校工会开展了送温暖活动。学校工会关心困难教师。")
    assert extract(text).author == "学校工会"


def test_union_described_by_a_goal_is_a_kind(extract):
    found = orgs(extract("按照目标把工会建成了职工满意的暖心工会，成效明显。"))
    assert "暖心工会" not in found


def test_counted_bodies_after_the_name(extract):
    assert "安全监督委员会" not in orgs(extract("全年建立安全监督委员会120个。"))


def test_office_as_a_room(extract):
    assert "车间工会办公室" not in orgs(extract("在车间工会办公室前设置一个意见箱。"))
    assert "公司工会办公室" in orgs(extract("公司工会办公室组织了一次培训。"))


def test_relative_bodies(extract):
    found = orgs(extract("加强了工会与同级政府联系会议制度，由村支部书记兼任主席。"))
    assert not {"同级政府", "村支部"} & found


def test_grassroots_and_some_bodies_are_a_class(extract):
    found = orgs(extract("继续推进了基层公司工会主席直选，相应成立了若干摄影协会分会。"))
    assert not {n for n in found if n.startswith("基层") or n.endswith("协会分会")}


def test_counted_bodies_behind_listed_levels(extract):
    assert not orgs(extract("下属的八个县市区局工会均签订了集体合同。"))


def test_glued_words_before_a_unit(extract):
    found = orgs(extract("与会代表来自分公司各部室，客户专业呼叫中心选拔6人参赛。"))
    assert not {n for n in found if n.startswith(("来自", "专业")) or "各" in n}


def test_spirit_of_a_numbered_meeting_with_di(extract):
    assert "省公司" not in orgs(extract("会上传达了省公司第一届四次委员扩大会议精神。"))


def test_office_by_its_abbreviation(extract):
    found = orgs(extract("社区工会与城管办等有关部门开展了一次安全检查。"))
    assert "城管办" in found
    assert not {n for n in orgs(extract("公司工会与团委联合举办、承办了比赛。")) if n.endswith("办")}


def test_school_by_its_number(extract):
    assert "青松三中" in orgs(extract("我们组织了一场和青松三中教师的篮球友谊赛。"))
    assert not {n for n in orgs(extract("认真学习十六届六中全会精神。")) if n.endswith("六中")}


def test_superior_whose_line_is_implemented_gets_no_subject_points(extract):
    text = ("为了更好地贯彻落实省建设工会“以人为本”的要求，我们开展了检查。"
            "贯彻落实省建设工会的部署。我们组织了职工运动会。")
    assert extract(text).author != "省建设工会"


def test_traditional_characters_read_like_simplified(extractor):
    found = _read(extractor, "澄明市人民醫院工會2022年度工作總結\n今年，院工會在醫院黨委和市總工會的正確領導下開展工作。")
    assert found.author == "澄明市人民医院工会"
    assert {"市总工会"} <= orgs(found)


def test_template_heading_names_a_kind(extract):
    found = orgs(extract("医院工会年终总结一\n一年来，青松镇中心学校工会组织了登山比赛。"))
    assert "医院工会" not in found
    assert "青松镇中心学校工会" in found


def test_the_writers_kind_short_form_is_the_writer_with_its_surface_kept(extract):
    ex = extract("青山小学工会2023年工作总结\n学校工会组织教师参加了全区教师演讲比赛。")
    assert ex.author == "青山小学工会"
    assert "学校工会" not in orgs(ex)
    assert "学校工会" in ex.entity("青山小学工会").aliases
    assert any(r.head == "@author" and r.type == "PARTICIPATED_IN" for r in ex.relations)


def test_a_heading_is_a_whole_line_not_the_opening_of_a_sentence_about_a_meeting(extract):
    ex = extract("附属二院院工会举行2012年度工会工作总结表彰会。院长出席了会议。")
    assert ex.author == "附属二院院工会"


def test_a_press_report_of_a_contest_names_no_writer(extract):
    ex = extract("青山市首届职工技能大赛圆满落幕\n9月25日，青山市首届职工技能大赛圆满落幕。市总工会主席李廷华出席闭幕式。"
                 "市总工会对承办单位表示感谢。")
    assert ex.author is None


def test_a_union_that_reports_its_own_congress_is_its_writer(extract):
    ex = extract("青山县教育工会第三次会员代表大会召开\n3月5日，青山县教育工会在县委党校隆重召开第三次会员代表大会。")
    assert ex.author == "青山县教育工会"


def test_news_writer_is_the_body_that_holds_its_occasion(extract):
    ex = extract("12月15日，中国银行青山市分行隆重召开五届二次职工代表大会，选举产生了新一届工会委员会。")
    assert ex.author == "中国银行青山市分行"


def test_news_writer_prefers_the_hosts_own_union(extract):
    ex = extract("青松学院第三届教代会顺利召开\n4月2日，青松学院第三届教代会召开。青松学院分工会主席王丽作工作报告。")
    assert ex.author == "青松学院分工会"


def test_news_writer_calls_its_institute_our_institute(extract):
    ex = extract("9月30日，我所第四届职工代表大会隆重召开。大会听取了青山地理研究所所长的报告，青山地理研究所职工参加。")
    assert ex.author == "青山地理研究所"


def test_news_of_an_occasion_nobody_holds_in_it_is_by_others(extract):
    ex = extract("青山市首届职工技能大赛圆满落幕\n9月25日，经过激烈角逐，青山钢铁公司工会代表队获得团体一等奖。")
    assert ex.author is None


def test_a_place_holding_an_occasion_writes_no_news(extract):
    ex = extract("青山市举办迎新春职工文艺汇演\n1月20日，青山市举办迎新春职工文艺汇演，千余名职工观看演出。")
    assert ex.author is None


def test_a_union_written_about_outside_a_report_of_its_own_is_named_not_made_writer(extract):
    # no year's report, no first person, no signature: the union is the subject, not the stated writer
    ex = extract("青山机械厂工会是一个团结的集体。青山机械厂工会关心每一位职工。青山机械厂工会多次获得表彰。")
    assert ex.author is None
    assert not any("@author" in (r.head, r.tail) for r in ex.relations)


def test_the_same_union_in_a_years_report_is_its_writer(extract):
    ex = extract("一年来，青山机械厂工会关心每一位职工。青山机械厂工会组织了职工运动会。青山机械厂工会开展了送温暖活动。")
    assert ex.author == "青山机械厂工会"


def test_our_institute_is_not_one_of_the_guests_listed(extract):
    ex = extract("9月30日，我所第五届职工代表大会隆重召开。青山光学精密机械研究所、青山天文站工会主席应邀参加了大会。"
                 "青山地理研究所全体职工参加会议。")
    assert ex.author == "青山地理研究所"


def test_a_year_before_the_word_union_names_no_writer(extract):
    ex = extract("2024年度工会工作总结\n一年来，青山机械厂工会紧紧围绕中心工作，组织开展了第二届职工运动会。")
    assert ex.author != "2024年度工会"
    assert "2024年度工会" not in {e.name for e in ex.entities}


def test_a_union_named_by_its_members_keeps_them(read):
    ex = read("東區醫院員工工會於3月20日召開會員大會，張淑芬當選理事長，李國華當選常務理事。")
    names = {e.name for e in ex.entities}
    assert "东区医院员工工会" in names
    found = {(r.head, r.type, r.tail) for r in ex.relations}
    assert ("张淑芬", "POSITION", "东区医院员工工会") in found or ex.author == "东区医院员工工会"


def test_the_members_union_alone_is_no_body(extract):
    ex = extract("组织全体职工工会会员参加活动。")
    assert not any(e.type == "ORG" for e in ex.entities)


def test_a_preposition_glued_before_a_one_character_host_is_no_name(extract):
    ex = extract("3月15日，青山大学第六届教代会开幕。大会由校党委副书记李强主持，王立作校工会工作报告。")
    names = {e.name for e in ex.entities if e.type == "ORG"}
    assert not any(n.startswith(("大会由", "作校")) for n in names)
    assert "校党委" in names


def test_a_shop_named_by_its_trade_keeps_the_trade(extract):
    names = {e.name for e in extract("经过两天的比赛，装配车间代表队获得团体总分第一名，机修车间、运输车间被评为先进集体。").entities}
    assert {"装配车间代表队", "机修车间", "运输车间"} <= names
    assert "车间代表队" not in names


def test_works_named_by_their_process_unless_a_verb_governs_it(extract):
    names = {e.name for e in extract("冶炼厂的杨帆获得第一名，动力厂、机械制造公司获得团体二等奖。").entities}
    assert {"冶炼厂", "机械制造公司"} <= names
    assert not any(e.type == "ORG" for e in extract("要加强管理公司的各项工作。").entities)


def test_a_branch_named_by_its_direction(extract):
    names = {e.name for e in extract("大会颁发优秀组织奖，由东区分会、北区分会获得。").entities}
    assert {"东区分会", "北区分会"} <= names


def test_the_writer_takes_the_longer_name_the_report_gives_it(read):
    doc = read("教師工會舉辦『模範教師』頒獎，市長出席\n"
               "教師節前夕，【青山市教師職業工會114年度模範教師頒獎典禮】在青山大飯店舉行，理事長林志明致詞。\n")
    assert doc.author == "青山市教师职业工会"


def test_a_column_tag_before_the_lead_keeps_its_writer(extract):
    doc = extract("【工会动态】10月12日，青山市总工会举办第三届职工技能大赛。市总工会主席刘明宣布开幕。")
    assert doc.author == "青山市总工会"


def test_a_newspapers_report_has_no_writer_among_its_subjects(extract, read):
    for text in ("本报讯（记者 张小东）10月12日，青山市总工会举办第三届职工技能大赛。",
                 "青山日报讯 10月12日，青山市总工会举办第三届职工技能大赛。"):
        doc = extract(text)
        assert doc.author is None
        assert any(r.head == "青山市总工会" and r.type == "ORGANIZED" for r in doc.relations)
    assert read("本報訊（記者 張小東）10月12日，青山市總工會舉辦第三屆職工技能大賽。").author is None
    assert extract("本网讯（通讯员 张小东）10月12日，青山市总工会举办第三届职工技能大赛。").author == "青山市总工会"


def test_a_headings_year_is_no_part_of_the_writers_name(extract):
    assert extract("2024年青山纺织公司工会工作总结\n一年来，公司工会组织职工开展劳动竞赛。").author == "青山纺织公司工会"
    assert extract("青山第一中学2024年工会工作总结\n一年来，学校工会组织教职工开展活动。").author == "青山第一中学工会"
