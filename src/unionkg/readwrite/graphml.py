"""``graph.graphml`` for Gephi, yEd or Cytoscape.

GraphML holds scalar attributes only, so lists (aliases, documents) are
joined with ``|`` and evidence is reduced to a count and the first sentence.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from unionkg.readwrite.atomic import atomic_write


def _flat(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    flat = nx.MultiDiGraph()
    for node in sorted(graph.nodes):
        data = graph.nodes[node]
        flat.add_node(node, type=data["type"], label=data["label"],
                      aliases="|".join(data["aliases"]), documents="|".join(data["documents"]),
                      evidence_count=len(data["evidence"]),
                      evidence=data["evidence"][0]["sentence"] if data["evidence"] else "")
    for head, tail, key in sorted(graph.edges(keys=True)):
        data = graph.edges[head, tail, key]
        flat.add_edge(head, tail, key=key, type=data["type"], evidence_count=len(data["evidence"]),
                      evidence=data["evidence"][0]["sentence"] if data["evidence"] else "")
    return flat


def write_graphml(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    with atomic_write(path, "wb") as handle:
        nx.write_graphml(_flat(graph), handle, encoding="utf-8")
    return Path(path)
