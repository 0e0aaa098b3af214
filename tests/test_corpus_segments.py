"""Unheaded reports on one page: title lines, fresh openings, restarting outlines."""
from __future__ import annotations

from unionkg.corpus import document_from_text
from unionkg.corpus.split import is_opening, is_title_line, outline_item

FILL = "各项工作有条不紊地推进，职工群众普遍满意，为下一阶段打下了坚实的基础。" * 3

# Three reports pasted one after another under a single site heading, as template
# sites do: a school union, then a water company's union (a title line), then a
# village clinic (a fresh opening), then a bus company (the outline restarts).
PAGE = f"""单位工会工作总结
一、抓好民主管理
今年青柳小学工会召开了第五届二次教代会，审议了绩效考核方案。{FILL}
二、关心教职工生活
学校工会看望了生病的教师六人次，送去慰问金。{FILL}
三、丰富文体活动
工会组织教师参加了全镇的拔河比赛，获得第二名。{FILL}
自来水公司工会工作汇报
今年，自来水公司工会以服务职工为中心，开展了送清凉活动。{FILL}
自来水公司工会主席刘长河带队慰问了一线抄表员。{FILL}
20__年度，我院工会在镇卫生院党支部的领导下，坚持以人为本，扎实开展工作。{FILL}
卫生院工会举办了迎新春联欢会，全院职工参加。{FILL}
一、开展劳动竞赛
车队工会组织驾驶员开展安全行车百日竞赛。{FILL}
二、加强职工培训
车队工会举办了两期服务礼仪培训班。{FILL}
三、做好帮扶工作
车队工会为三户困难职工申请了救助。{FILL}
一、抓好班组建设
公交二公司工会把班组建设作为基础工作，评出了五个星级班组。{FILL}
二、开展文体活动
公交二公司工会举行了职工篮球赛。{FILL}
"""


def test_unheaded_reports_are_cut_where_title_opening_or_outline_say_so():
    docs = document_from_text(PAGE, "page")
    firsts = [d.text.split("\n")[0] for d in docs]
    assert len(docs) == 4, firsts
    assert docs[0].title == "单位工会工作总结"
    assert docs[0].text.startswith("单位工会工作总结\n一、抓好民主管理") and "自来水" not in docs[0].text
    assert docs[1].title == "自来水公司工会工作汇报"
    assert docs[1].text.startswith("自来水公司工会工作汇报\n今年,自来水公司工会")
    assert docs[2].text.startswith("20__年度") and "卫生院工会举办了迎新春联欢会" in docs[2].text
    # the clinic's report runs on into 一、…三、 of its own outline
    assert "车队工会为三户困难职工" in docs[2].text
    assert docs[3].text.startswith("一、抓好班组建设") and "公交二公司工会举行了职工篮球赛" in docs[3].text
    # evidence offsets of every part still point into the page as written
    for doc in docs:
        for i, ch in enumerate(doc.text):
            if ch not in "\n,":
                assert doc.original[doc.offsets[i]] == ch


def test_a_report_that_mentions_its_year_midway_is_not_cut():
    text = (f"东湖街道工会在街道党工委的领导下，认真履行职责。{FILL}\n"
            f"一年来，工会始终把维护职工权益放在首位。{FILL}\n"
            f"5月份，分工会结合实际举办了读书会。{FILL}\n"
            f"总之，街道工会在今后的工作中将继续努力。{FILL}\n")
    assert len(document_from_text(text, "one")) == 1


def test_numbered_lists_that_restart_under_stripped_headings_stay_one_report():
    # 1、2、3、 then a topic sentence and 1、2、3、 again: sections whose headings
    # the site lost, not a second report
    items = "\n".join(f"{n}、第{n}项措施落实到位，{FILL}" for n in (1, 2, 3))
    text = f"机关工会围绕中心开展工作。\n{items}\n教代会是教职工参与管理的基本制度。\n{items.replace('措施', '安排')}\n"
    assert len(document_from_text(text, "one")) == 1


def test_restart_after_a_closing_paragraph_starts_a_report():
    items = "\n".join(f"{n}、第{n}项措施落实到位，{FILL}" for n in (1, 2, 3, 4))
    text = (f"机关工会围绕中心开展工作。\n{items}\n总之，机关工会将在新的一年里再创佳绩。\n"
            f"职工文体活动是企业文化的重要载体。\n"
            f"{items.replace('措施', '做法')}\n")
    docs = document_from_text(text, "two")
    assert len(docs) == 2
    assert docs[1].text.startswith("职工文体活动")


def test_cue_predicates():
    assert outline_item("三、做好帮扶工作") == (0, 3)
    assert outline_item("（二）加强培训") == (1, 2)
    assert outline_item("12、其他") == (2, 12)
    assert outline_item("1.5万元用于慰问") is None
    assert is_title_line("自来水公司工会工作汇报")
    assert not is_title_line("个人总结：")
    assert is_opening("今年以来，XX工会在上级工会的领导下，积极开展工作。")
    assert is_opening("20__年度，我校工会在县教育工会的领导下，扎实工作。")
    assert not is_opening("一年来，工会始终把维护职工权益放在首位。")
    assert not is_opening("总之，20__年，我校工会在县教育工会的领导下取得了成绩。")


def test_each_unheaded_report_gets_its_own_writer(extractor):
    page = (f"20__年度，杏林医院工会在院党委的领导下，扎实开展各项工作。{FILL}\n"
            f"杏林医院工会举办了护士节文艺演出。{FILL}\n"
            f"今年以来，石塘县自来水公司工会在县总工会的领导下，围绕供水安全开展劳动竞赛。{FILL}\n"
            f"石塘县自来水公司工会组织职工参加了技能比武。{FILL}\n")
    docs = document_from_text(page, "p")
    assert len(docs) == 2
    writers = [extractor.extract(d).author for d in docs]
    assert writers[0] != writers[1]
    assert "杏林医院工会" in (writers[0] or "") and "自来水公司工会" in (writers[1] or "")
