"""Regular expressions compiled once per machine: a pattern from the file is the pattern itself."""
from __future__ import annotations

import re

import pytest

from unionkg.nlp import regexes
from unionkg.nlp.regexes import compiled_once

PATTERNS = [
    (r"(?P<org>[\u4e00-\u9fff]{2,12}工会)(?:委员会)?", 0),
    (r"主席|副主席|(?<!副)秘书长", 0),
    (r"  第 (\d+) 届  # a comment", re.X),
    (r"union|UNION", re.I),
    (rb"\xe5\xb7\xa5\xe4\xbc\x9a", 0),
    (r"^(一|二|三)、", re.M),
]
TEXTS = ["青山机械厂工会委员会主席", "第 3 届", "Trade UNION", "工会".encode(), "二、工作", "秘书长 副秘书长"]


def compile_all() -> list[re.Pattern]:
    re.purge()  # re's own cache would answer without asking the compiler
    with compiled_once("regex-test"):
        return [re.compile(p, f) for p, f in PATTERNS]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("UNIONKG_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_a_pattern_from_the_file_is_the_pattern_compiled(folder):
    fresh = [re.compile(p, f) for p, f in PATTERNS]
    first = compile_all()  # compiled, and written down
    assert list(folder.glob("regex-test-*.marshal"))
    calls = []
    original = re._parser.parse
    try:
        re._parser.parse = lambda *a: calls.append(a) or original(*a)
        again = compile_all()  # read back: nothing parsed
    finally:
        re._parser.parse = original
    assert calls == []
    for a, b, c in zip(fresh, first, again):
        assert a == b == c  # same pattern, flags and code
        assert (a.groups, a.groupindex) == (c.groups, c.groupindex)
        for text in TEXTS:
            if isinstance(text, bytes) == isinstance(a.pattern, bytes):
                assert [m.span() for m in a.finditer(text)] == [m.span() for m in c.finditer(text)]


def test_a_damaged_file_is_compiled_afresh(folder):
    compile_all()
    for path in folder.glob("regex-test-*.marshal"):
        path.write_bytes(b"not marshal at all")
    assert compile_all() == [re.compile(p, f) for p, f in PATTERNS]


def test_the_file_keeps_only_what_the_last_process_compiled(folder):
    compile_all()
    re.purge()
    with compiled_once("regex-test"):
        re.compile("只有这一个")
    assert list(regexes._load("regex-test")) == [(True, "只有这一个", 0)]


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setenv("UNIONKG_CACHE_DIR", str(blocked / "sub"))
    assert compile_all() == [re.compile(p, f) for p, f in PATTERNS]
