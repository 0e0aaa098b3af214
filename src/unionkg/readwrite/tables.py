"""``entities.csv`` and ``relations.csv``: one row a node or edge, for spreadsheets.

Names and sentences come from scraped reports, so a cell may begin with
``=``, ``+``, ``-`` or ``@`` (``=HYPERLINK(…)``, ``-2+3``, ``@SUM``) that
Excel and LibreOffice would run as a formula.  Every text cell goes through
:func:`safe_cell`, the OWASP CSV-injection rule: a cell that begins with one
of those characters, a tab or a carriage return gets a leading ``'`` so the
spreadsheet shows it as text.  The ``'`` is visible to programs that read the
CSV; ``graph.ttl`` and ``graph.graphml`` keep the names as written.
"""
from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

from unionkg.readwrite.atomic import atomic_write


#: the characters that make a spreadsheet read a cell as a formula (OWASP)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """``value`` with a leading ``'`` when a spreadsheet would take it for a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _row(values: list) -> list:
    return [safe_cell(v) for v in values]


def _name(data: dict) -> str:
    """The name a reader is shown: ``display`` (公司工会（晨风集团）) when the bare
    label is shared by several bodies, else the label."""
    return str(data.get("display") or data["label"])


def _first_sentence(evidence: list[dict]) -> str:
    return evidence[0]["sentence"] if evidence else ""


def write_entities_csv(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    with atomic_write(path, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "type", "name", "aliases", "documents", "degree", "evidence"])
        for node in sorted(graph.nodes):
            data = graph.nodes[node]
            writer.writerow(_row([node, data["type"], _name(data), "|".join(data["aliases"]),
                                  "|".join(data["documents"]), graph.degree(node),
                                  _first_sentence(data["evidence"])]))
    return Path(path)


def write_relations_csv(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    with atomic_write(path, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["head", "head_name", "type", "tail", "tail_name", "documents", "evidence"])
        for head, tail, key in sorted(graph.edges(keys=True)):
            data = graph.edges[head, tail, key]
            documents = sorted({e["document"] for e in data["evidence"]})
            writer.writerow(_row([head, _name(graph.nodes[head]), data["type"], tail,
                                  _name(graph.nodes[tail]), "|".join(documents),
                                  _first_sentence(data["evidence"])]))
    return Path(path)
