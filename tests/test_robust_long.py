"""Texts of any length (issue 13, row 1): read in pieces, offsets into the whole text."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from unionkg.corpus import document_from_text
from unionkg.extract import Extractor, pieces
from unionkg.model import Document

UNITS = ["晨光造纸厂", "青石路小学", "南湖水厂", "白杨农场", "东湖电厂", "绿洲纺织厂"]


def _paragraph(i: int) -> str:
    unit = UNITS[i % len(UNITS)]
    return f"{unit}工会组织职工参加了第{i + 1}届职工乒乓球赛，{unit}工会获得优秀组织奖。\n"


def _long_text(chars: int) -> str:
    out, i, size = [], 0, 0
    while size < chars:
        paragraph = _paragraph(i)
        out.append(paragraph)
        size += len(paragraph)
        i += 1
    return "".join(out)


def test_pieces_cover_the_text_at_paragraph_then_sentence_ends():
    text = "第一段。\n" + "甲" * 30 + "。乙" * 20 + "\n尾段"
    for limit in (5, 12, 40, 200):
        spans = pieces(text, limit)
        assert "".join(text[a:b] for a, b in spans) == text
        assert all(0 < b - a <= limit for a, b in spans)
    assert pieces(text, 40)[0] == (0, 5)  # the first paragraph ends the first piece
    assert text[pieces(text, 40)[1][1] - 1] == "。"  # a long paragraph is cut after a sentence


def test_a_text_longer_than_spacy_max_length_is_read_in_pieces(extractor, monkeypatch):
    """Row 1: ``ValueError: [E088] Text of length … exceeds maximum`` aborted the whole build."""
    monkeypatch.setattr(extractor.nlp, "max_length", 3000)
    text = _long_text(12_000)
    [document] = document_from_text(text, "long", source="long.txt")
    result = Extractor(nlp=extractor.nlp).extract(document)
    names = {e.name for e in result.entities if e.type == "ORG"}
    assert {f"{u}工会" for u in UNITS} <= names
    last = max(ev.start for e in result.entities for ev in e.evidence)
    assert last > 9000  # found in the last pieces too
    for entity in result.entities:
        for ev in entity.evidence:  # offsets into the whole source as written
            assert document.original[ev.start:ev.end] in entity.aliases, (entity.name, ev)


def test_pieces_find_what_the_whole_text_finds(extractor):
    text = _long_text(2500)
    document = Document("d", text)  # no offsets: evidence points into text itself
    whole = Extractor(nlp=extractor.nlp).extract(document)
    cut = Extractor(nlp=extractor.nlp, max_piece=400).extract(document)
    assert {(e.type, e.name) for e in cut.entities} == {(e.type, e.name) for e in whole.entities}
    in_pieces = {(r.head, r.type, r.tail) for r in cut.relations}
    at_once = {(r.head, r.type, r.tail) for r in whole.relations}
    # nothing new; the few lost are where a piece, not seeing the heading, took another writer
    assert in_pieces <= at_once and len(in_pieces) >= 0.95 * len(at_once)
    for entity in cut.entities:
        for ev in entity.evidence:
            assert text[ev.start:ev.end] in entity.aliases


@pytest.mark.slow
def test_a_5_mb_one_line_report_builds_in_bounded_memory(tmp_path):
    """Row 1 at full size: a 5 MB file with no line break (938 MB and a traceback before).

    The text names one union and then says nothing nameable, so the graph stays
    small and the peak measures reading and extraction, which go piece by piece.
    (A 5 MB text naming things in every sentence builds too, but its graph of
    some 190,000 evidence records costs gigabytes of its own.)
    """
    opening = "晨光造纸厂工会2023年工作总结。晨光造纸厂工会组织职工参加了市总工会举办的职工乒乓球赛。"
    sentence = "今年以来，全体职工认真学习，努力工作，取得了较好的成绩。"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "huge.txt").write_text(
        opening + sentence * (5_000_000 // len(sentence.encode())), encoding="utf-8")
    script = textwrap.dedent("""
        import resource, sys
        from unionkg.cli import app
        sys.argv = ["unionkg", "build", sys.argv[1], "-o", sys.argv[2], "--no-validate"]
        try:
            app()
        finally:
            print("maxrss_kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
    """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    run = subprocess.run([sys.executable, "-c", script, str(tmp_path / "in"), str(tmp_path / "out")],
                         env=env, capture_output=True, text=True, timeout=3600)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    rss_mb = int(run.stderr.rsplit("maxrss_kb", 1)[1].split()[0]) / 1024
    assert rss_mb < 900, rss_mb
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0
