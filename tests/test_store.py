"""The oxigraph store gives what rdflib gives; loading into a Graph Store endpoint."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from unionkg.rdf import (LoadError, OxigraphStore, QueryError, list_queries, load, load_query,
                         run_query, to_rdf, union_graph, validate, write_trig, write_turtle)
from unionkg.rdf.mapping import report_iri

from test_rdf_sample import sample_graph


@pytest.fixture(scope="module")
def graph():
    return sample_graph()


@pytest.fixture(scope="module")
def ds(graph):
    return to_rdf(graph, "1.0")


@pytest.fixture(scope="module")
def store(graph):
    return OxigraphStore.from_graph(graph, "1.0")


def _normal(rows):
    # GROUP_CONCAT order is engine-defined: compare its parts as sets
    return sorted(tuple(tuple(sorted(v.split("、"))) if v and "、" in v else v for v in r)
                  for r in rows)


@pytest.mark.parametrize("name", [n for n, _ in list_queries()])
def test_oxigraph_answers_like_rdflib(ds, store, name):
    q = load_query(name)
    cols_a, rows_a = run_query(ds, q)
    cols_b, rows_b = run_query(store, q)
    assert cols_a == cols_b
    assert rows_a and _normal(rows_a) == _normal(rows_b)


def test_oxigraph_parameters(ds, store):
    q = load_query("awards-of-org")
    assert _normal(run_query(store, q, {"org": "区教育工会"})[1]) == \
        _normal(run_query(ds, q, {"org": "区教育工会"})[1])


def test_oxigraph_same_triples_and_deterministic_turtle(graph, ds, store, tmp_path):
    a = store.write_turtle(tmp_path / "a.ttl")
    b = OxigraphStore.from_graph(sample_graph(), "1.0").write_turtle(tmp_path / "b.ttl")
    assert a.read_bytes() == b.read_bytes()
    assert isomorphic(Graph().parse(a, format="turtle"), union_graph(ds))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ttl", "b.ttl"]


def test_oxigraph_trig_and_reload(store, ds, tmp_path):
    path = store.write_trig(tmp_path / "g.trig")
    again = OxigraphStore.from_file(path)
    assert len(again) == len(store)
    assert isomorphic(union_graph(again.to_rdflib()), union_graph(ds))
    assert validate(store)[0]


def test_oxigraph_bad_query(store):
    with pytest.raises(QueryError) as err:
        store.query("SELECT ?x WHERE { ?x ")
    assert "\n" not in str(err.value)


# ------------------------------------------------------------------ Graph Store endpoint

def _oxigraph_binary() -> str | None:
    found = shutil.which("oxigraph")
    if found:
        return found
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.exists() else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    binary = _oxigraph_binary()
    if not binary:
        pytest.skip("oxigraph server binary not installed (pip install oxigraph)")
    port = _free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "db"),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.skip(f"oxigraph server did not start: {proc.stderr.read().decode()[:200]}")
                time.sleep(0.05)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _select(base: str, sparql: str) -> list[dict]:
    request = urllib.request.Request(
        f"{base}/query", data=urllib.parse.urlencode({"query": sparql}).encode(),
        headers={"Accept": "application/sparql-results+json",
                 "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)["results"]["bindings"]


def test_load_into_graph_store_endpoint(server, ds, tmp_path):
    trig = write_trig(ds, tmp_path / "graph.trig")
    sent = load(trig, f"{server}/store")
    expected = {str(g.identifier): len(g) for g in ds.graphs() if len(g)}
    assert sent == expected
    got = _select(server, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    assert {b["g"]["value"]: int(b["n"]["value"]) for b in got} == expected
    names = _select(server, """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT DISTINCT ?name WHERE { GRAPH <%s> { ?s skos:prefLabel ?name } }""" % report_iri("红星小学-2019"))
    assert "李红梅" in {b["name"]["value"] for b in names}
    # loading again replaces (PUT), it does not duplicate
    load(trig, f"{server}/store")
    again = _select(server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert int(again[0]["n"]["value"]) == sum(expected.values())


def test_load_reports_unreachable_endpoint(ds, tmp_path):
    trig = write_trig(ds, tmp_path / "graph.trig")
    with pytest.raises(LoadError, match="cannot reach"):
        load(trig, f"http://127.0.0.1:{_free_port()}/store", timeout=2)
