"""Word and PDF reports, and files of formats unionkg cannot read.

Every fixture is written by the test itself (python-docx writes ``.docx``,
reportlab writes ``.pdf``), from short texts of our own.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from unionkg.corpus import CorpusError, iter_documents
from unionkg.corpus.pdf import pdf_to_text
from unionkg.corpus.word import docx_to_text

FIRST = "红星机械厂工会二〇二三年工作总结 篇一"
FIRST_BODY = ("今年以来，红星机械厂工会在区总工会的领导下，围绕生产经营中心工作，"
              "组织全厂职工开展了第三届职工技能比武，共有一百二十名职工报名参加，"
              "装配车间和机加工车间分获团体一、二等奖。")
FIRST_AWARD = "厂工会主席赵立新被评为区优秀工会工作者。"
SECOND = "青松小学工会二〇二三年工作总结 篇二"
SECOND_BODY = "青松小学工会举办了教职工趣味运动会，全体教职工参加。"


def norm(text: str) -> str:
    """A text as the reading stage leaves it (NFKC folds ``，`` to ``,``)."""
    return unicodedata.normalize("NFKC", text)


def write_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None,
               title: str | None = None) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    if title:
        document.core_properties.title = title
    document.save(str(path))
    return path


def _cjk_font() -> str:
    # One of reportlab's built-in Adobe CID fonts: no font file needed, pdfminer maps it back to Unicode.
    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def write_pdf(path: Path, paragraphs: list[str], gap: bool = False) -> Path:
    """A text PDF: indented first lines, wrapped text, as a word processor prints it."""
    style = ParagraphStyle("zh", fontName=_cjk_font(), fontSize=12, leading=18,
                           firstLineIndent=24, wordWrap="CJK")
    story = []
    for text in paragraphs:
        story.append(Paragraph(text, style))
        if gap:
            story.append(Spacer(1, 12))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_docx_keeps_paragraphs_and_table_rows_in_order(tmp_path):
    path = write_docx(tmp_path / "r.docx", [FIRST, FIRST_BODY, "获奖情况如下："],
                      table=[["单位", "荣誉"], ["装配车间", "区工人先锋号"]], title="机械厂总结")
    text, title = docx_to_text(path)
    assert text.split("\n") == [FIRST, FIRST_BODY, "获奖情况如下：", "单位\t荣誉", "装配车间\t区工人先锋号"]
    assert title == "机械厂总结"


def test_docx_with_two_reports_is_split(tmp_path):
    path = write_docx(tmp_path / "两篇.docx", [FIRST, FIRST_BODY, FIRST_AWARD, SECOND, SECOND_BODY])
    docs = list(iter_documents([path]))
    assert [d.id for d in docs] == ["两篇-01", "两篇-02"]
    assert norm(FIRST_AWARD) in docs[0].text and norm(SECOND_BODY) in docs[1].text
    assert norm(SECOND_BODY) not in docs[0].text
    assert docs[0].source == str(path)


def test_pdf_rebuilds_wrapped_paragraphs(tmp_path):
    path = write_pdf(tmp_path / "r.pdf", [FIRST, FIRST_BODY * 2, FIRST_AWARD])
    lines = pdf_to_text(path).split("\n")
    # the long paragraph wraps over several lines in the PDF; it comes back whole
    assert lines == [FIRST, FIRST_BODY * 2, FIRST_AWARD]


def test_pdf_with_two_reports_is_split(tmp_path):
    path = write_pdf(tmp_path / "two.pdf", [FIRST, FIRST_BODY, FIRST_AWARD, SECOND, SECOND_BODY], gap=True)
    docs = list(iter_documents([path]))
    assert [d.id for d in docs] == ["two-01", "two-02"]
    assert norm(FIRST_BODY) in docs[0].text and norm(SECOND_BODY) in docs[1].text


def test_pdf_paragraph_continues_across_pages(tmp_path):
    # enough text to fill a page: the paragraph cut by the page break is one paragraph again
    long = FIRST_BODY * 30
    lines = pdf_to_text(write_pdf(tmp_path / "long.pdf", [FIRST, long, FIRST_AWARD])).split("\n")
    assert lines == [FIRST, long, FIRST_AWARD]


def test_scanned_pdf_says_so_in_one_line(tmp_path):
    path = tmp_path / "scan.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.rect(50, 50, 400, 600, fill=1)  # a picture of a page, no text
    page.showPage()
    page.save()
    errors: list[str] = []
    assert list(iter_documents([tmp_path], on_error=errors.append)) == []
    assert errors == [f"{path}: a scanned PDF with no text layer (run OCR on it, or convert it to .docx), skipped"]


def test_damaged_files_are_one_line_each(tmp_path):
    (tmp_path / "a.docx").write_bytes(b"PK\x03\x04 truncated")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.7\n1 0 obj")
    errors: list[str] = []
    assert list(iter_documents([tmp_path], on_error=errors.append)) == []
    assert len(errors) == 2
    assert errors[0].startswith(f"{tmp_path / 'a.docx'}: not a readable .docx file")
    assert errors[1].startswith(f"{tmp_path / 'b.pdf'}: not a readable PDF")
    assert all("\n" not in e for e in errors)
    with pytest.raises(CorpusError):
        docx_to_text(tmp_path / "a.docx")


def test_other_formats_in_a_folder_are_named_never_silent(tmp_path):
    write_docx(tmp_path / "a.docx", [FIRST, FIRST_BODY])
    (tmp_path / "b.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    (tmp_path / "c.wps").write_bytes(b"\xd0\xcf\x11\xe0")
    (tmp_path / "d.xlsx").write_bytes(b"PK")
    (tmp_path / "~$a.docx").write_bytes(b"lock")  # Word's lock file beside an open document
    errors: list[str] = []
    docs = list(iter_documents([tmp_path], on_error=errors.append))
    assert [d.id for d in docs] == ["a"]
    assert errors == [
        f"{tmp_path / 'b.doc'}: unsupported format '.doc', convert to .docx (or .pdf, .txt), skipped",
        f"{tmp_path / 'c.wps'}: unsupported format '.wps', convert to .docx (or .pdf, .txt), skipped",
        f"{tmp_path / 'd.xlsx'}: unsupported format '.xlsx', convert to .docx (or .pdf, .txt), skipped",
    ]


def test_mixed_folder_reads_every_format(tmp_path):
    write_docx(tmp_path / "a.docx", [FIRST, FIRST_BODY])
    write_pdf(tmp_path / "b.pdf", [SECOND, SECOND_BODY])
    (tmp_path / "c.txt").write_text(SECOND + "\n" + SECOND_BODY, encoding="utf-8")
    docs = list(iter_documents([tmp_path]))
    assert [d.id for d in docs] == ["a", "b", "c"]
    assert norm(SECOND_BODY) in docs[1].text and docs[1].text == docs[2].text
