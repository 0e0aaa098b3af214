"""``entities.csv`` and ``relations.csv``: one row a node or edge, for spreadsheets."""
from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

from unionkg.readwrite.atomic import atomic_write


def _first_sentence(evidence: list[dict]) -> str:
    return evidence[0]["sentence"] if evidence else ""


def write_entities_csv(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    with atomic_write(path, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "type", "name", "aliases", "documents", "degree", "evidence"])
        for node in sorted(graph.nodes):
            data = graph.nodes[node]
            writer.writerow([node, data["type"], data["label"], "|".join(data["aliases"]),
                             "|".join(data["documents"]), graph.degree(node),
                             _first_sentence(data["evidence"])])
    return Path(path)


def write_relations_csv(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    with atomic_write(path, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["head", "head_name", "type", "tail", "tail_name", "documents", "evidence"])
        for head, tail, key in sorted(graph.edges(keys=True)):
            data = graph.edges[head, tail, key]
            documents = sorted({e["document"] for e in data["evidence"]})
            writer.writerow([head, graph.nodes[head]["label"], data["type"], tail,
                             graph.nodes[tail]["label"], "|".join(documents),
                             _first_sentence(data["evidence"])])
    return Path(path)
