"""Display names that tell apart bodies sharing a bare name."""
from __future__ import annotations

import csv

from rdflib import Literal
from rdflib.namespace import RDFS, SKOS

from unionkg.graph import build_graph
from unionkg.model import Document, Entity, Evidence, Extraction
from unionkg.rdf import to_rdf, union_graph, validate
from unionkg.rdf.mapping import node_iri
from unionkg.readwrite import write_entities_csv


def _ext(doc_id, names, author, title=None):
    doc = Document(doc_id, "。".join(names), title=title)
    ents = [Entity(n, "ORG", {n}, [Evidence(doc_id, "句", 0, len(n))]) for n in names]
    return Extraction(doc, author, ents, [])


def graph():
    return build_graph([
        _ext("r1", ["晨风集团工会", "公司工会", "市总工会", "柳湾市自来水公司"], "晨风集团工会"),
        _ext("r2", ["公司工会", "石塘县电厂"], "公司工会", title="公司工会年度工作总结"),
        _ext("r3", ["公司工会"], None, title="石桥砖厂2023年度工作总结"),
    ])


def test_scoped_bodies_get_their_context_from_writer_or_place():
    g = graph()
    assert g.nodes["ORG:公司工会@r1"]["display"] == "公司工会（晨风集团工会）"
    assert g.nodes["ORG:市总工会@r1"]["display"] == "市总工会 · 柳湾市"
    assert g.nodes["ORG:公司工会@r2"]["display"] == "公司工会 · 石塘县"  # the writer itself: its place
    assert g.nodes["ORG:公司工会@r3"]["display"] == "公司工会（石桥砖厂）"
    assert "display" not in g.nodes["ORG:晨风集团工会"]  # a specific name needs no context
    shown = [d["display"] for _, d in g.nodes(data=True) if "display" in d]
    assert len(shown) == len(set(shown))


def test_csv_name_and_rdf_label_follow_the_display(tmp_path):
    g = graph()
    write_entities_csv(g, tmp_path / "e.csv")
    rows = {r["id"]: r for r in csv.DictReader((tmp_path / "e.csv").open(encoding="utf-8"))}
    assert rows["ORG:公司工会@r1"]["name"] == "公司工会（晨风集团工会）"
    ds = to_rdf(g, "1")
    assert validate(ds)[0]
    u = union_graph(ds)
    s = node_iri("ORG:公司工会@r1")
    assert (s, RDFS.label, Literal("公司工会（晨风集团工会）", lang="zh")) in u
    assert (s, SKOS.altLabel, Literal("公司工会（晨风集团工会）", lang="zh")) in u
    assert (s, SKOS.prefLabel, Literal("公司工会", lang="zh")) in u
