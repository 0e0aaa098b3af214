"""Scale: the RDF stage from an Oxigraph store, in memory or on disk, and what a
rebuild takes from the previous build (validation of unchanged report graphs,
layouts of unchanged pictures) – always the same bytes as a clean build.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from test_rdf_sample import sample_graph

from unionkg.api import BuildReport, build_graph_from, write_outputs
from unionkg.rdf import OxigraphStore, validate, validate_reports
from unionkg.rdf import oxigraph as oxigraph_module
from unionkg.rdf.namespace import FOAF, ORG, PROV, RDF, UKG
from unionkg.run.cache import ExtractionCache

REPORT = """{unit}工会{year}年工作总结
{unit}工会召开了第{n}届职代会，审议通过了集体合同。
{unit}工会举办了“{city}杯”拔河比赛，工会主席{person}被评为{city}劳动模范。
"""
UNITS = [("松江纺织厂", "南湖市", "陈立军"), ("白塔医院", "西川市", "刘春华"),
         ("石门中学", "南湖市", "何玉兰")]


def _write(folder: Path, units: list[tuple[str, str, str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, (unit, city, person) in enumerate(units):
        (folder / f"r{i}.txt").write_text(REPORT.format(unit=unit, city=city, person=person,
                                                        year=2020 + i, n=i + 2), encoding="utf-8")
    return folder


def _graph(folder: Path, extractor):
    return build_graph_from([folder], BuildReport(), lambda message: None, extractor=extractor)


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _caches(folder: Path) -> dict[str, ExtractionCache]:
    return {"validation": ExtractionCache(folder / "validation.sqlite", pipeline="rules-1"),
            "layouts": ExtractionCache(folder / "layouts.sqlite", pipeline="layout-1")}


def _close(caches: dict[str, ExtractionCache]) -> None:
    for cache in caches.values():
        cache.close()


@pytest.fixture(scope="module")
def graphs(tmp_path_factory, extractor):
    root = tmp_path_factory.mktemp("scale")
    before = _graph(_write(root / "corpus", UNITS), extractor)
    changed = [UNITS[0], UNITS[1], ("石门中学", "南湖市", "何玉梅")]  # the same files, one changed
    after = _graph(_write(root / "corpus", changed), extractor)
    return before, after


@pytest.fixture(scope="module")
def clean(graphs, tmp_path_factory) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """The outputs of both graphs written with no cache, in memory."""
    out = []
    for graph in graphs:
        folder = tmp_path_factory.mktemp("clean")
        write_outputs(graph, folder, on_disk=False)
        out.append(_files(folder))
    return out[0], out[1]


def test_on_disk_store_writes_the_same_bytes(graphs, clean, tmp_path):
    write_outputs(graphs[0], tmp_path, on_disk=True)
    assert _files(tmp_path) == clean[0]


def test_rebuild_takes_unchanged_validations_and_layouts_from_the_cache(graphs, clean, tmp_path):
    before, after = graphs
    caches = _caches(tmp_path / "c")
    write_outputs(before, tmp_path / "o1", caches=caches)
    _close(caches)
    assert caches["validation"].hits == 0 and caches["validation"].misses == 3  # one graph a report
    assert caches["layouts"].hits == 0 and caches["layouts"].misses > 0
    assert _files(tmp_path / "o1") == clean[0]

    again = _caches(tmp_path / "c")
    write_outputs(before, tmp_path / "o2", caches=again)
    _close(again)
    assert again["validation"].misses == 0 and again["validation"].hits == 3
    assert again["layouts"].misses == 0 and again["layouts"].hits == caches["layouts"].misses
    assert _files(tmp_path / "o2") == clean[0]

    third = _caches(tmp_path / "c")
    write_outputs(after, tmp_path / "o3", caches=third)
    _close(third)
    assert (third["validation"].hits, third["validation"].misses) == (2, 1)  # only the changed report
    assert third["layouts"].hits > 0 and third["layouts"].misses > 0
    assert _files(tmp_path / "o3") == clean[1]


def test_other_rules_or_layout_code_miss_every_entry(graphs, tmp_path):
    caches = _caches(tmp_path)
    write_outputs(graphs[0], tmp_path / "o1", caches=caches)
    _close(caches)
    other = {"validation": ExtractionCache(tmp_path / "validation.sqlite", pipeline="rules-2"),
             "layouts": ExtractionCache(tmp_path / "layouts.sqlite", pipeline="layout-2")}
    write_outputs(graphs[0], tmp_path / "o2", caches=other)
    _close(other)
    assert other["validation"].hits == 0 and other["layouts"].hits == 0


def test_damaged_cache_entries_are_recomputed(graphs, clean, tmp_path):
    import sqlite3

    caches = _caches(tmp_path)
    write_outputs(graphs[0], tmp_path / "o1", caches=caches)
    _close(caches)
    for name in ("validation.sqlite", "layouts.sqlite"):
        with sqlite3.connect(tmp_path / name) as db:
            db.execute("UPDATE entries SET data = 'not json'")
    again = _caches(tmp_path)
    write_outputs(graphs[0], tmp_path / "o2", caches=again)
    _close(again)
    assert _files(tmp_path / "o2") == clean[0]


def _store_without(remove) -> OxigraphStore:
    store = OxigraphStore.from_graph(sample_graph(), "1.0")
    for quad in list(store.store):
        if remove(quad):
            store.store.remove(quad)
    return store


def test_per_report_validation_catches_a_violation():
    assert validate_reports(OxigraphStore.from_graph(sample_graph(), "1.0")) == (True, [])
    names = [q for q in OxigraphStore.from_graph(sample_graph(), "1.0").store
             if q.predicate == ox.NamedNode(str(FOAF.name))]
    victim = names[0]
    store = _store_without(lambda q: q.subject == victim.subject and q.predicate == victim.predicate)
    conforms, lines = validate_reports(store, batch_triples=1)  # one report graph a pySHACL call
    assert not conforms
    assert any("a person needs a foaf:name" in line for line in lines), lines
    assert (conforms, lines) == validate(store)  # the same lines as the whole-dataset check


def test_a_violation_is_found_again_with_a_cache(tmp_path):
    store = _store_without(lambda q: q.predicate == ox.NamedNode(str(FOAF.name)))
    first = ExtractionCache(tmp_path / "v.sqlite", pipeline="rules")
    found = validate_reports(store, first)
    first.close()
    assert not found[0]
    again = ExtractionCache(tmp_path / "v.sqlite", pipeline="rules")
    assert validate_reports(store, again) == found
    again.close()


def _quads(*rows) -> OxigraphStore:
    store = OxigraphStore()
    store.store.extend(ox.Quad(ox.NamedNode(str(s)), ox.NamedNode(str(p)),
                               o if isinstance(o, ox.Literal) else ox.NamedNode(str(o)),
                               ox.NamedNode(g)) for s, p, o, g in rows)
    return store


def test_what_a_node_says_of_itself_in_another_report_graph_counts(tmp_path):
    """A person named (foaf:name) only in another report's graph conforms, as in the whole
    dataset; a person named nowhere does not."""
    from unionkg.rdf.namespace import SKOS
    a, b = "http://example.org/report-a", "http://example.org/report-b"
    person = "http://example.org/person"
    label = ox.Literal("陈立军", language="zh")
    typed = [(person, RDF.type, FOAF.Person, a), (person, SKOS.prefLabel, label, a),
             (person, RDF.type, FOAF.Person, b), (person, SKOS.prefLabel, label, b)]
    named = _quads(*typed, (person, FOAF.name, label, b))
    assert validate_reports(named, batch_triples=1) == (True, [])
    # that answer depended on report b: a cache must not keep it for report a
    cache = ExtractionCache(tmp_path / "v.sqlite", pipeline="rules")
    assert validate_reports(named, cache, batch_triples=1) == (True, [])
    cache.close()
    without_b = [row for row in typed if row[3] == a]
    again = ExtractionCache(tmp_path / "v.sqlite", pipeline="rules")
    assert validate_reports(_quads(*without_b), again, batch_triples=1)[0] is False
    again.close()
    conforms, lines = validate_reports(_quads(*typed), batch_triples=1)
    assert not conforms and lines == validate(_quads(*typed))[1]


def test_a_type_stated_in_another_report_graph_is_found():
    """A post in one report's graph whose organisation is typed only in another's conforms;
    one whose organisation is typed nowhere does not."""
    a, b = "http://example.org/report-a", "http://example.org/report-b"
    post, person, body = "http://example.org/post", "http://example.org/p", "http://example.org/o"

    def post_in(body_graph: str) -> OxigraphStore:
        return _quads((post, RDF.type, ORG.Post, a), (post, ORG.postIn, body, a),
                      (person, ORG.holds, post, a), (post, PROV.wasDerivedFrom, a, a),
                      (a, RDF.type, UKG.Report, a), (body, RDF.type, ORG.Organization, body_graph),
                      (b, RDF.type, UKG.Report, b))

    def without_fact_shapes(lines: list[str]) -> list[str]:  # evidence is not the point here
        return [line for line in lines if "org:postIn" in line]

    assert without_fact_shapes(validate_reports(post_in(b), batch_triples=1)[1]) == []
    broken = _quads((post, RDF.type, ORG.Post, a), (post, ORG.postIn, body, a),
                    (person, ORG.holds, post, a))
    assert without_fact_shapes(validate_reports(broken, batch_triples=1)[1])


def test_pieces_join_into_the_file_a_single_call_writes(tmp_path, monkeypatch):
    store = OxigraphStore.from_graph(sample_graph(), "1.0")
    whole = store.write_turtle(tmp_path / "whole.ttl").read_bytes()
    monkeypatch.setattr(oxigraph_module, "_BATCH", 1)
    assert store.write_turtle(tmp_path / "pieces.ttl").read_bytes() == whole
    from unionkg.rdf.namespace import PREFIXES
    single = ox.serialize(store.sorted_triples(), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    assert whole == single
    trig = ox.serialize(store.sorted_quads(), format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
    assert store.write_trig(tmp_path / "g.trig").read_bytes() == trig


def test_a_large_graph_goes_on_disk_and_writes_the_same_bytes(graphs, clean, tmp_path, monkeypatch):
    """Above ``ON_DISK_ITEMS`` nodes and edges the store is on disk; lowered here to take that path."""
    import unionkg.api

    paths = []
    from_graph = OxigraphStore.from_graph.__func__

    def spy(cls, graph, version=None, *, generated_at=None, path=None):
        paths.append(path)
        return from_graph(cls, graph, version, generated_at=generated_at, path=path)

    monkeypatch.setattr(OxigraphStore, "from_graph", classmethod(spy))
    monkeypatch.setattr(unionkg.api, "ON_DISK_ITEMS", 1)
    write_outputs(graphs[0], tmp_path / "disk")
    monkeypatch.setattr(unionkg.api, "ON_DISK_ITEMS", 10 ** 9)
    write_outputs(graphs[0], tmp_path / "memory")
    assert paths[0] is not None and paths[1] is None
    assert _files(tmp_path / "disk") == _files(tmp_path / "memory") == clean[0]


def test_statements_sort_as_their_terms_do():
    """Quads are sorted as N-Quads lines (fast); the order is that of (subject, predicate, object)
    compared as strings, whatever the literals hold (prefixes of one another, spaces, quotes,
    line breaks, languages, datatypes, characters beyond the BMP)."""
    g = ox.NamedNode("http://example.org/g")
    subjects = [ox.NamedNode(f"http://example.org/{s}") for s in ("a", "a/b", "a-b", "ab", "b")]
    predicates = [ox.NamedNode(f"http://example.org/p{p}") for p in ("", "1", "/x")]
    objects = [ox.Literal("a"), ox.Literal("a", language="zh"), ox.Literal("a", language="zh-hant"),
               ox.Literal("a b"), ox.Literal("a\nb"), ox.Literal('a"b'), ox.Literal("工会"), ox.Literal("𠀀"),
               ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
               ox.Literal("a", datatype=ox.NamedNode("http://example.org/t")), subjects[0], subjects[1]]
    store = OxigraphStore()
    quads = [ox.Quad(s, p, o, graph) for s in subjects for p in predicates for o in objects
             for graph in (g, ox.DefaultGraph())]
    store.store.extend(quads)
    expected = sorted({(str(q.subject), str(q.predicate), str(q.object)) for q in quads})
    for graph in (g, ox.DefaultGraph()):
        assert [(str(q.subject), str(q.predicate), str(q.object)) for q in store.graph_quads(graph)] == expected
    assert [(str(t.subject), str(t.predicate), str(t.object)) for t in store.sorted_triples()] == expected
