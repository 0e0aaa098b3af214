"""Queries stay inside the graph and inside limits, on both stores (issue 13, rows 14-16, 19)."""
from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, Namespace
from click.testing import CliRunner

from unionkg.cli import app
from unionkg.rdf import OxigraphStore, QueryRefused, QueryTimeout, run_query

EX = Namespace("https://example.org/robust/")
STORES = ["rdflib", "oxigraph"]
CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def trig(tmp_path_factory) -> Path:
    """Two report graphs of 100 triples each."""
    ds = Dataset()
    for report in ("r1", "r2"):
        graph = ds.graph(EX[report])
        for i in range(100):
            graph.add((EX[f"{report}-org{i}"], EX.name, Literal(f"{report}第{i}工会", lang="zh")))
    path = tmp_path_factory.mktemp("q") / "graph.trig"
    ds.serialize(destination=str(path), format="trig")
    return path


def _source(trig: Path, store: str):
    return OxigraphStore.from_file(trig) if store == "oxigraph" else trig


@pytest.fixture()
def listener():
    """A local listening socket; ``accept`` tells whether anything connected to it."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.setblocking(False)
    url = f"http://127.0.0.1:{server.getsockname()[1]}"

    def connected() -> bool:
        try:
            conn, _ = server.accept()
        except BlockingIOError:
            return False
        conn.close()
        return True

    yield url, connected
    server.close()


@pytest.mark.parametrize("store", STORES)
def test_service_is_refused_and_nothing_connects(trig, store, listener):
    """Row 14: SERVICE <http://127.0.0.1:…> opened a connection from both stores."""
    url, connected = listener
    for sparql in (f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
                   f"SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE SILENT <{url}/x> {{ ?s ?q ?r }} }} }}"):
        with pytest.raises(QueryRefused, match="SERVICE"):
            run_query(_source(trig, store), sparql)
    time.sleep(0.2)
    assert not connected()


@pytest.mark.parametrize("store", STORES)
def test_from_a_remote_document_is_refused_and_nothing_connects(trig, store, listener):
    """Row 15: FROM <http://127.0.0.1:…/x> was fetched and answered as if in the graph."""
    url, connected = listener
    for clause in (f"FROM <{url}/x>", f"FROM NAMED <{url}/x>"):
        with pytest.raises(QueryRefused, match="FROM"):
            run_query(_source(trig, store), f"SELECT * {clause} WHERE {{ ?s ?p ?o }}")
    time.sleep(0.2)
    assert not connected()


@pytest.mark.parametrize("store", STORES)
def test_from_a_local_file_is_refused(trig, store, tmp_path):
    """Row 16: FROM <file:///…> loaded any RDF file the user can read."""
    secret = tmp_path / "secret.ttl"
    Graph().add((EX.salary, EX.amount, Literal("机密"))).serialize(destination=str(secret), format="turtle")
    with pytest.raises(QueryRefused, match="names no graph"):
        run_query(_source(trig, store), f"SELECT ?o FROM <{secret.as_uri()}> WHERE {{ ?s ?p ?o }}")


@pytest.mark.parametrize("store", STORES)
def test_from_a_graph_of_the_data_selects_it(trig, store):
    columns, rows = run_query(_source(trig, store),
                              f"SELECT ?o FROM <{EX.r2}> WHERE {{ ?s ?p ?o }}")
    assert len(rows) == 100 and all(value.startswith("r2") for (value,) in rows)


@pytest.mark.parametrize("store", STORES)
def test_load_and_other_updates_are_refused(trig, store, listener):
    url, connected = listener
    for update in (f"LOAD <{url}/data.ttl>", f"LOAD <{url}/d> INTO GRAPH <{EX.g}>",
                   "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "CLEAR ALL"):
        with pytest.raises(QueryRefused, match="Update"):
            run_query(_source(trig, store), update)
    assert not connected()


@pytest.mark.parametrize("store", STORES)
def test_the_cli_refuses_in_one_line(trig, store, listener):
    url, connected = listener
    result = CliRunner().invoke(app, ["query", str(trig), f"SELECT * WHERE {{ SERVICE <{url}/s> {{ ?s ?p ?o }} }}",
                                      "--store", store])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "query refused: SERVICE" in result.stderr
    assert not connected()


@pytest.mark.parametrize("store", STORES)
def test_a_runaway_join_stops_at_the_row_limit(trig, store):
    """Row 19: a triple cross join (8 million rows here) ends at --limit with one line."""
    started = time.monotonic()
    result = CliRunner().invoke(app, ["query", str(trig), CROSS, "--store", store, "--limit", "25",
                                      "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 26
    assert result.stderr == "unionkg: result cut at 25 rows (--limit)\n"
    assert time.monotonic() - started < 30


@pytest.mark.parametrize("store", STORES)
def test_a_runaway_query_stops_at_the_timeout(trig, store):
    """Row 19: an aggregate over the cross join returns no row for a long time; --timeout ends it."""
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="longer than 0.3 s"):
        run_query(_source(trig, store), count, timeout=0.3)
    assert time.monotonic() - started < 10
    result = CliRunner().invoke(app, ["query", str(trig), count, "--store", store, "--timeout", "0.3"])
    assert result.exit_code == 1
    assert result.stderr == "unionkg: the query ran longer than 0.3 s (--timeout)\n"


def test_a_quick_query_is_not_cut(trig):
    columns, rows = run_query(trig, "SELECT ?o WHERE { ?s ?p ?o }", timeout=30, limit=1000)
    assert len(rows) == 200 and not rows.cut


def test_the_stores_share_the_guard_and_do_not_import_each_other():
    """Errors, parameters and the guard live in rdf/sparql.py; rdf/oxigraph.py needs nothing of rdf/query.py."""
    import ast
    import inspect

    from unionkg.rdf import oxigraph, sparql

    imported = {node.module for node in ast.walk(ast.parse(inspect.getsource(oxigraph)))
                if isinstance(node, ast.ImportFrom)}
    assert "unionkg.rdf.query" not in imported and "unionkg.rdf.sparql" in imported
    assert "unionkg.rdf" not in {node.module for node in ast.walk(ast.parse(inspect.getsource(sparql)))
                                 if isinstance(node, ast.ImportFrom)}
