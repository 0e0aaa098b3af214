"""Property tests over the reader and the extractor (issue 13, "fuzzing").

Arbitrary Unicode, mixed scripts, bracket and quote soup and random bytes:
reading never raises anything but its own one-line ``CorpusError``, the
extractor never raises, its evidence points into the text, and the graph it
gives re-parses from Turtle, TriG and JSON-LD to the same triples and
conforms to the SHACL shapes.  The default run is short; ``-m slow`` runs
many more examples (``.ci/run`` does).
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset

from unionkg import rdf
from unionkg.corpus import CorpusError, decode_bytes, document_from_text, iter_documents
from unionkg.graph import add_extractions, finalize
from unionkg.model import Document

FAST = settings(max_examples=15, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
LONG = settings(max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

#: pieces a union report is made of, and the punctuation that breaks naive parsers
WORDS = ["工会", "市总工会", "青石路小学工会", "主席", "王海", "获得", "荣获", "先进集体", "五一劳动奖章",
         "举办", "组织", "参加了", "职工运动会", "第三届", "篇一", "总结", "2023年", "XX", "××", "20__年",
         "工會", "職工", "Union", "ОК", "ع", "🙂", "\u200b", "\ufeff", "\u3000", " ", "\n", "\n\n", "\t",
         "（", "）", "【", "】", "《", "》", "“", "”", "「", "」", '"', "'", "\"\"\"", "<", ">", "&", "\\",
         "@prefix", ":end:", "[bold]", "=", "+", "-", "@", "。", "，", "、", "；", "！", "？", "…"]

report_soup = st.lists(st.sampled_from(WORDS), min_size=0, max_size=120).map("".join)
any_text = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=300)
texts = st.one_of(report_soup, any_text, st.tuples(report_soup, any_text).map("".join))


def _check_reading(text: str) -> None:
    for doc in document_from_text(text, "fuzz", source="fuzz.txt"):
        assert len(doc.offsets) == len(doc.text)
        assert all(0 <= k < len(doc.original) for k in doc.offsets)


def _check_bytes(data: bytes, suffix: str) -> None:
    try:
        text, _encoding = decode_bytes(data)
    except CorpusError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(text, str)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        errors: list[str] = []
        for doc in iter_documents([path], on_error=errors.append):
            assert doc.text
        assert all("\n" not in e for e in errors)


def _triples(path: Path, fmt: str) -> set:
    ds = Dataset(default_union=True)
    ds.parse(str(path), format=fmt)
    return {t for ctx in ds.graphs() for t in ctx}


def _check_extraction(extractor, text: str, shapes: bool) -> None:
    documents = document_from_text(text, "fuzz", source="fuzz.txt") or [Document("fuzz", text)]
    extractions = [extractor.extract(doc) for doc in documents]
    for extraction in extractions:
        doc = extraction.document
        for entity in extraction.entities:
            for ev in entity.evidence:
                source = doc.original if doc.offsets and doc.original else doc.text
                assert 0 <= ev.start <= ev.end <= len(source)
    graph = nx.MultiDiGraph()
    add_extractions(graph, extractions)
    graph = finalize(graph)
    ds = rdf.to_rdf(graph)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        rdf.write_turtle(ds, out / "g.ttl")
        rdf.write_trig(ds, out / "g.trig")
        rdf.write_jsonld(ds, out / "g.jsonld")
        turtle = _triples(out / "g.ttl", "turtle")
        assert _triples(out / "g.trig", "trig") == turtle
        assert _triples(out / "g.jsonld", "json-ld") == turtle
    if shapes:
        conforms, lines = rdf.validate(ds)
        assert conforms, lines[:5]


@FAST
@given(texts)
def test_reading_any_text(text):
    _check_reading(text)


@FAST
@given(st.binary(max_size=2000), st.sampled_from([".txt", ".jsonl", ".html", ".md"]))
def test_reading_any_bytes(data, suffix):
    _check_bytes(data, suffix)


@settings(FAST, max_examples=8)
@given(texts)
def test_extracting_any_text(extractor, text):
    _check_extraction(extractor, text, shapes=False)


@settings(max_examples=4, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(report_soup)
def test_the_graph_of_any_text_conforms_to_the_shapes(extractor, text):
    _check_extraction(extractor, text, shapes=True)


@pytest.mark.slow
@LONG
@given(texts, st.binary(max_size=5000), st.sampled_from([".txt", ".jsonl", ".html", ".md"]))
def test_long_fuzz_run(extractor, text, data, suffix):
    _check_reading(text)
    _check_bytes(data, suffix)
    _check_extraction(extractor, text, shapes=True)
