"""What a page calls a thing, and where its page is.

Names on every page go through :func:`display_name`: resolution puts a
disambiguated ``display`` on a node whose bare name several bodies share
(``公司工会（晨风集团）``), and a reader must never see six pages titled
``公司工会`` with nothing telling them apart.
"""
from __future__ import annotations

import posixpath
import re
import weakref
from collections import Counter
from functools import lru_cache

import networkx as nx

from unionkg.views.files import FOLDERS, page_path

#: A year as report titles write it (2023年, 二〇二三年 is left as the title says).
YEAR = re.compile(r"(?:19|20)\d{2}(?=\s*年)")


def display_name(graph: nx.MultiDiGraph, node: str) -> str:
    """The name to show: the disambiguated ``display`` when resolution gave one, else the label."""
    data = graph.nodes[node]
    return str(data.get("display") or data.get("label") or node)


def documents(graph: nx.MultiDiGraph) -> dict[str, dict]:
    return graph.graph.get("documents", {}) or {}


def _base_name(doc_id: str, doc: dict) -> str:
    return str(doc.get("title") or posixpath.basename(str(doc.get("source") or "")) or doc_id)


#: graph → {document id → the name it is listed under}, computed once per graph.
_NAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def report_name(graph: nx.MultiDiGraph, doc_id: str) -> str:
    """How a reader knows a report: its title, else its file, else its id — never shared.

    One page often holds several reports, untitled or titled alike (篇一 in two
    files); those get their id added, so no two rows of the index read the same.
    """
    docs = documents(graph)
    names = _NAMES.get(graph)
    if names is None or len(names) != len(docs):
        bases = {d: _base_name(d, doc or {}) for d, doc in docs.items()}
        counts = Counter(bases.values())
        names = {d: base if counts[base] == 1 or base == d else f"{base}（{d}）" for d, base in bases.items()}
        _NAMES[graph] = names
    return names.get(doc_id) or _base_name(doc_id, docs.get(doc_id) or {})


def report_date(graph: nx.MultiDiGraph, doc_id: str) -> str:
    """The report's date as the build recorded it, else the year its title names, else ``""``."""
    doc = documents(graph).get(doc_id) or {}
    if doc.get("date"):
        return str(doc["date"])
    found = YEAR.search(str(doc.get("title") or ""))
    return found.group(0) if found else ""


def node_page(graph: nx.MultiDiGraph, node: str) -> str | None:
    """Path (relative to the output folder) of ``node``'s page, if its type has pages."""
    type_ = graph.nodes[node].get("type", "")
    if type_ not in FOLDERS:
        return None
    return page_path(node, type_, display_name(graph, node))


def report_page(graph: nx.MultiDiGraph, doc_id: str) -> str:
    return page_path(doc_id, "REPORT", report_name(graph, doc_id))


def relative(from_page: str | None, target: str | None) -> str | None:
    """``target`` as a link from ``from_page`` (both relative to the output folder)."""
    if target is None or from_page is None:
        return None
    return _relative(from_page, target)


@lru_cache(maxsize=1 << 16)
def _relative(from_page: str, target: str) -> str:
    # remembered: a build's pages link to the same few folders thousands of times
    return posixpath.relpath(target, posixpath.dirname(from_page) or ".")


def relative_link(from_page: str | None, node: str, graph: nx.MultiDiGraph) -> str | None:
    """Link from one page to ``node``'s page, if it has one."""
    return relative(from_page, node_page(graph, node))
