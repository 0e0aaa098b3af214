"""Resolved extractions → one ``networkx.MultiDiGraph`` for a whole build.

The graph is the hand-off to every writer (RDF, HTML, CSV, GraphML), so its
shape is fixed here:

* node id: ``"TYPE:name"`` for things that mean the same in every report, and
  ``"TYPE:name@doc-id"`` for relative names (``局工会``) scoped to one report;
* node attributes: ``type``, ``label``, ``aliases`` (sorted list),
  ``documents`` (sorted ids), ``evidence`` (list of dicts with ``document``,
  ``source``, ``sentence``, ``start``, ``end``);
* edges: key and ``type`` the relation type, ``evidence`` as on nodes; one edge
  per (head, type, tail), evidence merged;
* ``G.graph["documents"]``: id → ``{"id", "source", "sha256", "title",
  "author", "encoding", "chars"}`` where ``author`` is the node id of the
  reporting organisation or ``None``.
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


def finalize(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Drop build-time helpers so the graph holds only serialisable data."""
    graph.graph.pop("_resolver", None)
    return graph
