"""Splitting multi-report pages, dropping repeats, finding placeholders, samples."""
from __future__ import annotations

from pathlib import Path

from unionkg.corpus import (
    document_from_text,
    has_placeholder,
    iter_documents,
    placeholder_spans,
    samples_dir,
)

PARA_A = "今年，机关工会组织全体会员开展了登山比赛，共有八十多名职工参加，气氛热烈。"
PARA_B = "工会主席李明被评为优秀工会工作者，机关工会荣获先进职工之家称号。"
PARA_C = "车间分工会举办了第二届技能比武，钳工组冠军由青年职工赵强获得。"

PAGE = f"""年度工会总结两篇
时间:2023-12-30 10:00:00 工作总结 我要投稿
　　年终岁末，下面是小编精心整理的两篇总结，欢迎大家借鉴与参考，希望对大家有所帮助。
年度工会总结两篇 篇一
　　{PARA_A}
　　{PARA_B}
　　{PARA_A}
年度工会总结两篇 篇二
　　{PARA_C}
　　1、加强组织建设
　　1、加强组织建设
【年度工会总结两篇】相关文章:
1.其他工会总结十篇
"""


def test_two_report_page_split():
    docs = document_from_text(PAGE, "page")
    assert [d.id for d in docs] == ["page-01", "page-02"]
    assert [d.title for d in docs] == ["年度工会总结两篇 篇一", "年度工会总结两篇 篇二"]
    first, second = docs
    assert first.text == f"{PARA_A}\n{PARA_B}".replace("，", ",")
    assert "小编" not in first.text and "投稿" not in first.text
    assert "相关文章" not in second.text and "十篇" not in second.text
    # short repeated lines (headings) are not deduplicated
    assert second.text.count("1、加强组织建设") == 2
    for doc in docs:
        for i, ch in enumerate(doc.text):
            if ch != "\n":
                assert doc.original[doc.offsets[i]] in (ch, "，")


def test_dedupe_offsets_point_past_the_dropped_paragraph():
    text = f"{PARA_A}\n{PARA_B}\n{PARA_A}\n{PARA_C}"
    doc = document_from_text(text, "d")[0]
    assert doc.text.count("登山比赛") == 1
    i = doc.text.index("车间")
    assert doc.offsets[i] == text.index("车间")


def test_heading_forms():
    body = "工会组织职工参加了市总工会举办的比赛并获奖，成绩突出，受到表彰。"
    for h1, h2 in [("篇一", "篇二"), ("【篇1】", "【篇2】"), ("第一篇", "第二篇"),
                   ("范文一", "范文二"), ("总结一", "总结二"),
                   ("医院工会年终总结一", "医院工会年终总结三")]:
        docs = document_from_text(f"页面标题\n{h1}\n{body}\n{h2}\n{body}甲\n", "p")
        assert [d.title for d in docs] == [h1, h2], h1
        assert docs[0].text == body.replace("，", ",")


def test_single_report_keeps_plain_id_and_title():
    docs = document_from_text(f"机关工会2023年工作总结\n{PARA_A}\n{PARA_B}", "one")
    assert [d.id for d in docs] == ["one"]
    assert docs[0].title == "机关工会2023年工作总结"
    # a numbered list item "10篇" in a page title is not a heading
    assert len(document_from_text(f"工会总结模板10篇\n{PARA_A}", "t")) == 1


def test_repeated_title_line_splits():
    page = f"工会工作总结\n{PARA_A}\n工会工作总结\n{PARA_C}\n"
    docs = document_from_text(page, "r")
    assert [d.id for d in docs] == ["r-01", "r-02"]
    assert "赵强" in docs[1].text and "赵强" not in docs[0].text


def test_placeholders():
    text = "20__年，XX公司__工会在××同志带领下，20xx年参加ＸＸ比赛，某某获奖，**年，＿＿单位。Xbox不是。"
    found = [text[s:e] for s, e in placeholder_spans(text)]
    assert found == ["20__年", "XX", "__", "××", "20xx年", "ＸＸ", "某某", "**", "＿＿"]
    assert has_placeholder("XX公司") and has_placeholder("__工会")
    assert not has_placeholder("徐东路学校工会") and not has_placeholder("Xbox")
    # detection does not change the text
    doc = document_from_text(text, "ph")[0]
    assert "20__年" in doc.text and "XX公司" in doc.text


def test_shipped_samples_read():
    errors: list[str] = []
    docs = list(iter_documents([samples_dir()], on_error=errors.append))
    assert errors == []
    assert len(docs) >= 8
    assert any(d.encoding == "gb18030" for d in docs)
    assert any(d.id.endswith("-02") for d in docs)
    assert any(Path(d.source).suffix == ".html" for d in docs)
    assert any(Path(d.source).suffix == ".md" for d in docs)
    assert any(placeholder_spans(d.text) for d in docs)
    trad = next(d for d in docs if "traditional" in d.id)
    assert "医院工会" in trad.text and "醫院工會" in trad.original
    for d in docs:
        assert 500 <= len(d.text) <= 1600, (d.id, len(d.text))
        assert "工会" in d.text and d.title
    page = [d for d in docs if d.id.startswith("two_reports_page")]
    assert len(page) == 2
    assert all("小编" not in d.text and "相关文章" not in d.text for d in page)
    bank = page[0].text.split("\n")
    assert len(bank) == len(set(bank))  # the pasted-twice paragraph was dropped


def test_teaser_line_dropped():
    teaser = "机关工会总结一" + PARA_A[:30] + "..."
    docs = document_from_text(f"{teaser}\n机关工会总结一\n{PARA_A}\n机关工会总结二\n{PARA_B}\n", "t")
    assert [d.title for d in docs] == ["机关工会总结一", "机关工会总结二"]
    single = document_from_text(f"{PARA_A[:25]}...\n{PARA_A}\n{PARA_B}", "s")[0]
    assert "..." not in single.text
