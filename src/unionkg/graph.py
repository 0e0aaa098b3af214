"""Resolved extractions → one ``networkx.MultiDiGraph`` for a whole build.

The graph is the hand-off to every writer (RDF, HTML, CSV, GraphML), so its
shape is fixed here:

* node id: ``"TYPE:name"`` for things that mean the same in every report, and
  ``"TYPE:name@doc-id"`` for relative names (``局工会``) scoped to one report;
* node attributes: ``type``, ``label``, ``aliases`` (sorted list),
  ``documents`` (sorted ids), ``evidence`` (list of dicts with ``document``,
  ``source``, ``sentence``, ``start``, ``end``);
* edges: key and ``type`` the relation type, ``evidence`` as on nodes; one edge
  per (head, type, tail), evidence merged; a POSITION edge has ``title`` (the
  post as written, ``""`` when the text gives none); a RECEIVED edge has
  ``conferrals``: one dict per report that tells of it, with ``document``,
  ``by`` (node ids of the conferring bodies and events), ``at`` (the events
  among them), ``year`` and ``level`` (全国 / 省 / 市 / 县 / 单位) — facts of
  that conferral, not of the award, which other reports confer differently;
* ``G.graph["documents"]``: id → ``{"id", "source", "sha256", "title",
  "author", "encoding", "chars"}`` where ``author`` is the node id of the
  reporting organisation or ``None`` (plus ``duplicates``: ids of identical
  reports not built again, see :func:`record_duplicates`).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict

import networkx as nx

from unionkg.model import AUTHOR, Evidence, Extraction
from unionkg.resolve import Resolver


def _evidence_dicts(evidence: Iterable[Evidence]) -> list[dict]:
    return [asdict(ev) for ev in evidence]


def _merge_evidence(target: list[dict], new: list[dict]) -> None:
    seen = {(e["document"], e["start"], e["end"]) for e in target}
    for ev in new:
        key = (ev["document"], ev["start"], ev["end"])
        if key not in seen:
            seen.add(key)
            target.append(ev)


def build_graph(extractions: Iterable[Extraction]) -> nx.MultiDiGraph:
    """Add every extraction to one graph, merging what resolution says is one thing."""
    graph = nx.MultiDiGraph()
    add_extractions(graph, extractions)
    annotate_conferrals(graph)
    return graph


def conferrals_of(graph: nx.MultiDiGraph, recipient: str, award: str) -> list[dict]:
    """The conferrals behind one RECEIVED edge, one per report that tells of it.

    An award node is shared by every report that names it (五一劳动奖章), but
    who conferred it, when and at what level belongs to each conferral: the
    AWARDED_BY edges of the award read in the same report, the year in the
    sentence (else in the conferring event's name, else in the report's title).
    """
    from unionkg.rdf import guess  # names → level and year; a leaf module

    data = graph.edges[recipient, award, "RECEIVED"]
    documents = graph.graph.get("documents", {})
    by_doc: dict[str, list[dict]] = {}
    for ev in data.get("evidence") or []:
        by_doc.setdefault(str(ev.get("document", "")), []).append(ev)
    if not by_doc:
        shared = set(graph.nodes[recipient].get("documents") or []) & set(
            graph.nodes[award].get("documents") or [])
        by_doc = {d: [] for d in sorted(shared)[:1]}
    out = []
    for doc in sorted(by_doc):
        by, at, sentences = [], [], [ev.get("sentence", "") for ev in by_doc[doc]]
        for _, target, key, tdata in sorted(graph.out_edges(award, keys=True, data=True)):
            if key != "AWARDED_BY":
                continue
            docs = {str(e.get("document", "")) for e in tdata.get("evidence") or []}
            if doc in docs or (not docs and doc in (graph.nodes[target].get("documents") or [])):
                by.append(target)
                if graph.nodes[target].get("type") == "EVENT":
                    at.append(target)
                sentences += [e.get("sentence", "") for e in tdata.get("evidence") or []
                              if str(e.get("document", "")) == doc]
        labels = [graph.nodes[t].get("label", t) for t in by]
        title = (documents.get(doc) or {}).get("title")
        year = guess.year(*sentences, *(graph.nodes[t].get("label", "") for t in at), title)
        level = guess.award_level(graph.nodes[award].get("label", ""), labels)
        out.append({"document": doc, "by": by, "at": at, "year": year,
                    "level": guess.level_label(level)})
    return out


def annotate_conferrals(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Put ``conferrals`` on every RECEIVED edge (see :func:`conferrals_of`)."""
    for u, v, key in list(graph.edges(keys=True)):
        if key == "RECEIVED":
            graph.edges[u, v, key]["conferrals"] = conferrals_of(graph, u, v)
    return graph


def add_extractions(graph: nx.MultiDiGraph, extractions: Iterable[Extraction],
                    resolver: Resolver | None = None) -> nx.MultiDiGraph:
    """Stream extractions into ``graph``; memory grows with the graph, not the text."""
    resolver = resolver or graph.graph.setdefault("_resolver", Resolver())
    documents = graph.graph.setdefault("documents", {})
    for extraction in extractions:
        doc = extraction.document
        ids = resolver.resolve(extraction)
        for entity in extraction.entities:
            node = ids[entity.name]
            if node not in graph:
                graph.add_node(node, type=entity.type, label=resolver.label(node),
                               aliases=[], documents=[], evidence=[])
            data = graph.nodes[node]
            data["label"] = resolver.label(node)
            data["aliases"] = sorted(set(data["aliases"]) | entity.aliases | {entity.name})
            data["documents"] = sorted(set(data["documents"]) | {doc.id})
            _merge_evidence(data["evidence"], _evidence_dicts(entity.evidence))
        author_node = _author_node(graph, extraction, ids, resolver)
        for rel in extraction.relations:
            head = author_node if rel.head == AUTHOR else ids.get(rel.head)
            tail = author_node if rel.tail == AUTHOR else ids.get(rel.tail)
            if head is None or tail is None or head == tail:
                continue
            if graph.has_edge(head, tail, key=rel.type):
                edge = graph.edges[head, tail, rel.type]
            else:
                graph.add_edge(head, tail, key=rel.type, type=rel.type, evidence=[])
                edge = graph.edges[head, tail, rel.type]
            _merge_evidence(edge["evidence"], _evidence_dicts(rel.evidence))
            if rel.type == "POSITION" and (rel.title or "title" not in edge):
                edge["title"] = edge.get("title") or rel.title
        documents[doc.id] = {
            "id": doc.id, "source": doc.source, "sha256": doc.sha256, "title": doc.title,
            "author": author_node, "encoding": doc.encoding, "chars": len(doc.text),
        }
    return graph


def _author_node(graph: nx.MultiDiGraph, extraction: Extraction, ids: dict[str, str],
                 resolver: Resolver) -> str | None:
    """The writer's node: its named entity, or one node standing for an unnamed writer.

    An unnamed writer still did what the report says (``@author`` relations), so
    it gets a node scoped to the report rather than losing those facts.
    """
    doc = extraction.document
    uses_author = any(AUTHOR in (r.head, r.tail) for r in extraction.relations)
    if extraction.author:
        node = ids[extraction.author]
        label = extraction.author
    elif uses_author:
        node = f"ORG:{AUTHOR}@{doc.id}"
        label = f"报告单位（{doc.title or doc.id}）"
    else:
        return None
    if node not in graph:
        graph.add_node(node, type="ORG", label=label, aliases=[label], documents=[doc.id], evidence=[])
    return node


def record_duplicates(graph: nx.MultiDiGraph, duplicates: dict[str, dict]) -> nx.MultiDiGraph:
    """List reports that were not built because they repeat one that was:
    ``G.graph["duplicates"]`` (id → ``{"id", "source", "same_as"}``) and, on the
    report built, ``duplicates`` (sorted ids of its copies)."""
    documents = graph.graph.setdefault("documents", {})
    graph.graph["duplicates"] = {k: dict(duplicates[k]) for k in sorted(duplicates)}
    for dup in graph.graph["duplicates"].values():
        kept = documents.get(dup["same_as"])
        if kept is not None:
            kept["duplicates"] = sorted({*kept.get("duplicates", []), dup["id"]})
    return graph


def finalize(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Drop build-time helpers so the graph holds only serialisable data."""
    graph.graph.pop("_resolver", None)
    return annotate_conferrals(graph)
