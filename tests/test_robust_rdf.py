"""RDF written by serializers, the same triples in every format, the same bytes in every process
(issue 13, rows 11 and 12)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from rdflib import Dataset

from unionkg import api

TRICKY_TITLE = 'first line\n@prefix evil: <http://example.org/> .\n"""quoted""" and \'single\' \\ backslash'
TRICKY_TEXT = ('南湖水厂工会举办了“安康杯”知识竞赛。\n'
               '工会主席刘海涛说："""@prefix x: <y> ."""，南湖水厂工会获得市模范职工之家称号。\n')


def _triples(path: Path, fmt: str) -> set:
    ds = Dataset(default_union=True)
    ds.parse(str(path), format=fmt)
    return {t for ctx in ds.graphs() for t in ctx}


@pytest.fixture(scope="module")
def tricky(tmp_path_factory, extractor) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("tricky")
    corpus = folder / "in"
    corpus.mkdir()
    record = {"id": "t1", "title": TRICKY_TITLE, "text": TRICKY_TEXT}
    (corpus / "records.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (corpus / 'odd "name"\n@prefix.txt').write_text(TRICKY_TEXT.replace("南湖", "北湖"), encoding="utf-8")
    outs = {}
    for store in ("rdflib", "oxigraph"):
        outs[store] = folder / store
        api.build([corpus], outs[store], store=store, extractor=extractor)
    return outs


@pytest.mark.parametrize("store", ["rdflib", "oxigraph"])
def test_turtle_trig_and_jsonld_hold_the_same_triples(tricky, store):
    """Row 11: the TriG was made by indenting Turtle text and changed multi-line literals."""
    out = tricky[store]
    turtle = _triples(out / "graph.ttl", "turtle")
    assert _triples(out / "graph.trig", "trig") == turtle
    assert _triples(out / "graph.jsonld", "json-ld") == turtle
    titles = {str(o) for _s, p, o in turtle if str(p).endswith("/title")}
    assert TRICKY_TITLE in titles
    assert any('"""@prefix x: <y> ."""' in str(o) for _s, _p, o in turtle)


def test_both_stores_write_the_same_trig(tricky):
    assert (tricky["rdflib"] / "graph.trig").read_bytes() == (tricky["oxigraph"] / "graph.trig").read_bytes()


def test_the_trig_has_one_named_graph_per_report(tricky):
    ds = Dataset()
    ds.parse(str(tricky["rdflib"] / "graph.trig"), format="trig")
    named = [c for c in ds.graphs() if len(c) and "report" in str(c.identifier)]
    assert len(named) == 2


@pytest.mark.slow  # whole builds in fresh processes: CI runs it with -m slow
def test_every_output_is_byte_identical_across_processes_and_hash_seeds(tmp_path):
    """Row 12: graph.jsonld differed on every run (node order followed the string hash)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "water.txt").write_text(TRICKY_TEXT, encoding="utf-8")
    (corpus / "school.txt").write_text(
        "青石路小学工会2022年工作总结\n青石路小学工会开展了教师节慰问活动，工会主席陈晓燕获得区优秀工会工作者称号。\n"
        "学校工会组织教师参加了区教育工会举办的第三届教职工运动会，获得团体二等奖。\n", encoding="utf-8")
    script = textwrap.dedent("""
        import sys
        from unionkg.cli import app
        sys.argv = ["unionkg", "build", sys.argv[1], "-o", sys.argv[2]]
        app()
    """)
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": os.pathsep.join(sys.path)}
        runs.append(subprocess.Popen([sys.executable, "-c", script, str(corpus), str(tmp_path / seed)],
                                     env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
    for run in runs:
        _out, err = run.communicate(timeout=600)
        assert run.returncode == 0, err.decode()
    first, second = ({p.relative_to(tmp_path / s).as_posix(): p.read_bytes()
                      for p in sorted((tmp_path / s).rglob("*")) if p.is_file()} for s in ("1", "2"))
    assert sorted(first) == sorted(second)
    assert len(first) > 8
    for name in first:
        assert first[name] == second[name], name
