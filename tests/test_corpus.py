"""Reading stage: decoding, normalisation with offsets, formats, errors."""
from __future__ import annotations

import codecs
import hashlib
import json
from pathlib import Path

import pytest

from unionkg.corpus import (
    CorpusError,
    decode_bytes,
    document_from_text,
    iter_documents,
    read_jsonl_records,
)
from unionkg.normalize import to_simplified

REPORT = (
    "一年来，我校工会在校党支部的领导下，组织教职工参加区教育局举办的乒乓球比赛，"
    "荣获团体一等奖。工会主席王丽华被评为市优秀工会工作者。\n"
    "三月召开第三届二次教代会，审议通过了《绩效工资分配方案》。\n"
)
TRAD = (
    "一年來，醫院工會在院黨委的領導下，組織職工參加市總工會舉辦的技能比賽，"
    "護理部獲得團體一等獎。工會主席黃麗華被評為優秀工會工作者。\n"
)


def _one(paths, **kw):
    docs = list(iter_documents(paths, **kw))
    assert len(docs) == 1, [d.id for d in docs]
    return docs[0]


def assert_offsets_exact(doc):
    """Every text character comes from the original character it points at."""
    assert len(doc.offsets) == len(doc.text)
    assert list(doc.offsets) == sorted(doc.offsets)
    for i, ch in enumerate(doc.text):
        src = doc.original[doc.offsets[i]]
        if ch == "\n":
            assert src in "\r\n", (i, src)
        else:
            assert ch == " " or ch in to_simplified(src), (i, ch, src)


def test_utf8_text_file(tmp_path: Path):
    path = tmp_path / "school.txt"
    path.write_text(REPORT, encoding="utf-8")
    doc = _one([path])
    assert doc.id == "school"
    assert doc.encoding == "utf-8"
    assert doc.source == str(path)
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert "工会主席王丽华被评为" in doc.text
    # NFKC folds the full-width comma; the original keeps it.
    assert "，" not in doc.text and "，" in doc.original
    assert_offsets_exact(doc)


def test_utf8_bom_and_crlf(tmp_path: Path):
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + REPORT.replace("\n", "\r\n").encode("utf-8"))
    doc = _one([path])
    assert doc.encoding == "utf-8-sig"
    assert not doc.text.startswith("\ufeff")
    assert "\r" not in doc.text
    assert doc.text.count("\n") == 1
    assert_offsets_exact(doc)


def test_gb18030(tmp_path: Path):
    path = tmp_path / "gb.txt"
    path.write_bytes(REPORT.encode("gb18030"))
    doc = _one([path])
    assert doc.encoding == "gb18030"
    assert "王丽华" in doc.text
    assert_offsets_exact(doc)


def test_big5_traditional_to_simplified_with_offsets(tmp_path: Path):
    path = tmp_path / "big5.txt"
    path.write_bytes(TRAD.encode("big5"))
    doc = _one([path])
    assert doc.encoding.startswith("big5")
    assert "医院工会在院党委的领导下" in doc.text
    assert "黄丽华" in doc.text and "護理部" in doc.original
    i = doc.text.index("黄丽华")
    start, end = doc.original_span(i, i + 3)
    assert doc.original[start:end] == "黃麗華"
    assert_offsets_exact(doc)


def test_length_changing_normalisation_keeps_offsets():
    # ㈠ expands to three characters under NFKC; the indentation is dropped.
    text = "　　㈠工會主席張偉\r\n\r\n  第二行 內容\n"
    doc = document_from_text(text, "x")[0]
    assert doc.text == "(一)工会主席张伟\n第二行 内容"
    assert [doc.original[o] for o in doc.offsets[:3]] == ["㈠"] * 3
    assert doc.original[doc.offsets[doc.text.index("张")]] == "張"
    assert_offsets_exact(doc)


def test_backslash_escaped_quotes_of_scraped_strings_are_dropped():
    text = '年终评出\\"服务明星\\"十名,路径C:\\data保留。'
    doc = document_from_text(text, "x")[0]
    assert doc.text == '年终评出"服务明星"十名,路径C:\\data保留。'
    assert doc.original[doc.offsets[doc.text.index('"')]] == '"'
    assert_offsets_exact(doc)


def test_html_text_and_title(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>某厂工会总结</title><style>p{color:red}</style></head>"
        "<body><div class='nav'>首页 &gt; 总结</div><script>var a='工会';</script>"
        "<h1>标题一</h1><p>第一段，工会举办了职工篮球赛。</p><p>第二段<br>换行</p>"
        "<footer>版权所有</footer></body></html>",
        encoding="utf-8",
    )
    doc = _one([path])
    assert doc.title == "某厂工会总结"
    assert doc.text == "标题一\n第一段,工会举办了职工篮球赛。\n第二段\n换行"
    assert "var" not in doc.text and "color" not in doc.text


def test_html_title_from_h1(tmp_path: Path):
    path = tmp_path / "page.htm"
    path.write_text("<body><h1>分工会年度总结</h1><p>内容足够长的一段话。</p></body>", encoding="utf-8")
    assert _one([path]).title == "分工会年度总结"


def test_markdown_marks_removed(tmp_path: Path):
    path = tmp_path / "r.md"
    path.write_text("# 局工会工作总结\n\n## 一、活动\n\n- 举办了**“安澜杯”**竞赛\n", encoding="utf-8")
    doc = _one([path])
    assert doc.title == "局工会工作总结"
    assert doc.text == "局工会工作总结\n一、活动\n举办了“安澜杯”竞赛"
    assert "**" not in doc.text
    assert_offsets_exact(doc)


def test_jsonl_records_and_malformed_line(tmp_path: Path):
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": REPORT, "title": "甲"}, ensure_ascii=False),
        "",
        "{not json",
        json.dumps({"id": "c"}),
        json.dumps({"text": "没有编号的一篇工会总结，内容在此。"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors: list[str] = []
    docs = list(iter_documents([path], on_error=errors.append))
    assert [d.id for d in docs] == ["a", "in-5"]
    assert docs[0].title == "甲"
    assert docs[0].source == f"{path}:1"
    assert docs[0].sha256 == hashlib.sha256(REPORT.encode("utf-8")).hexdigest()
    assert len(errors) == 2
    assert errors[0].startswith(f"{path}:3: not JSON (")
    assert errors[0].endswith("skipped") and "\n" not in errors[0]
    assert errors[1].startswith(f"{path}:4:") and "text" in errors[1]

    errors.clear()
    records = list(read_jsonl_records(path, on_error=errors.append))
    assert [r["id"] for r in records] == ["a", "in-5"]
    assert records[0]["text"] == REPORT
    assert len(errors) == 2
    with pytest.raises(CorpusError, match=r"in\.jsonl:3"):
        list(read_jsonl_records(path))


def test_bad_files_reported_and_reading_continues(tmp_path: Path):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (tmp_path / "c_good.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "d_blank.md").write_text("  \n\n ", encoding="utf-8")
    (tmp_path / "e_broken.pdf").write_bytes(b"%PDF-1.4")
    errors: list[str] = []
    docs = list(iter_documents([tmp_path], on_error=errors.append))
    assert [d.id for d in docs] == ["c_good"]
    assert len(errors) == 4
    assert errors[0] == f"{tmp_path / 'a_empty.txt'}: empty file, skipped"
    assert errors[1] == f"{tmp_path / 'b_binary.txt'}: binary file (NUL bytes), skipped"
    assert errors[2].startswith(str(tmp_path / "d_blank.md"))
    assert errors[3].startswith(f"{tmp_path / 'e_broken.pdf'}: not a readable PDF")
    assert all("\n" not in e for e in errors)


def test_without_handler_errors_raise(tmp_path: Path):
    path = tmp_path / "bin.txt"
    path.write_bytes(b"\x00" * 10)
    with pytest.raises(CorpusError, match="bin.txt: binary"):
        list(iter_documents([path]))
    assert issubclass(CorpusError, ValueError)


def test_explicit_unknown_extension_is_error(tmp_path: Path):
    path = tmp_path / "x.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    errors: list[str] = []
    assert list(iter_documents([path, tmp_path / "missing.txt"], on_error=errors.append)) == []
    assert "x.doc: unsupported format '.doc', convert to .docx" in errors[0]
    assert "missing.txt: no such file" in errors[1]


def test_random_bytes_are_undecodable():
    with pytest.raises(CorpusError):
        decode_bytes(bytes(range(128, 256)) * 20 + b"\x01\x02\x03" * 50)


def test_folder_recursion_is_sorted(tmp_path: Path):
    for rel in ["b/z.txt", "b/a.txt", "a.txt", "c/d/e.md", ".hidden/x.txt", "b/.x.txt"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"{rel}的工会工作总结正文内容。", encoding="utf-8")
    ids = [Path(d.source).relative_to(tmp_path).as_posix() for d in iter_documents([tmp_path])]
    assert ids == ["a.txt", "b/a.txt", "b/z.txt", "c/d/e.md"]
    assert ids == [Path(d.source).relative_to(tmp_path).as_posix() for d in iter_documents([str(tmp_path)])]


def test_iter_documents_is_lazy(tmp_path: Path):
    good = tmp_path / "a.txt"
    good.write_text(REPORT, encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\x00")
    it = iter_documents([tmp_path])  # no handler: the bad file raises, but only when reached
    assert next(it).id == "a"
    with pytest.raises(CorpusError):
        next(it)


def test_phrase_conversion_changing_length_falls_back_per_char(monkeypatch):
    import unionkg.corpus.normalize as cnorm

    real = cnorm.to_simplified

    def lengthening(text: str) -> str:  # a phrase table that would shift offsets
        return real(text) + "多" if len(text) > 1 else real(text)

    monkeypatch.setattr(cnorm, "to_simplified", lengthening)
    cnorm._char_simplified.cache_clear()
    try:
        doc = document_from_text("工會主席黃麗華\n", "f")[0]
    finally:
        cnorm._char_simplified.cache_clear()
    assert doc.text == "工会主席黄丽华"
    assert_offsets_exact(doc)
