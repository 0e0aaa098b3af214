"""What every page asks of the whole graph, worked out once while the views are written.

A page draws each node at a size that follows its degree in the whole graph,
and a report's page quotes only that report's sentences of each node and
relation it shows.  networkx counts a ``MultiDiGraph`` node's degree by
walking its adjacency, and picking one report's sentences out of a node's
list walks the whole list: for a body named in every report (a city
federation named in 4,000 reports) both are as long as the corpus, and they
were asked once per page showing that body, so the views stage grew with the
square of the corpus.  Inside :func:`remembered` both are computed once per
graph (degrees up front, sentences grouped by report the first time a list is
asked) and then answered in constant time; outside it, directly, as before.
The answers are the same either way: a list grouped by report keeps its order.
"""
from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager

import networkx as nx

#: Lists shorter than this are filtered directly: grouping them would cost more.
GROUP_FROM = 16


class _Memo:
    """One graph's degrees, and its evidence lists grouped by report as they are asked for."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.degrees: dict[str, int] = dict(graph.degree())
        # id(list) -> (the list, kept alive so its id is not reused; report -> its items in order)
        self.groups: dict[int, tuple[list[dict], dict[str, list[dict]]]] = {}


_ACTIVE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


@contextmanager
def remembered(graph: nx.MultiDiGraph) -> Iterator[None]:
    """Answer :func:`degree` and :func:`of_document` for ``graph`` from a memo while inside.

    The graph must not change inside (the views only read it).  Nested use
    keeps the outer memo.
    """
    if graph in _ACTIVE:
        yield
        return
    _ACTIVE[graph] = _Memo(graph)
    try:
        yield
    finally:
        _ACTIVE.pop(graph, None)


def degree(graph: nx.MultiDiGraph, node: str) -> int:
    """``graph.degree(node)``, in constant time inside :func:`remembered`."""
    memo = _ACTIVE.get(graph)
    if memo is None:
        return graph.degree(node)
    return memo.degrees[node]


def of_document(graph: nx.MultiDiGraph, evidence: list[dict], document: str | None) -> list[dict]:
    """The items of ``evidence`` from ``document`` in their order (all of them when ``None``)."""
    if document is None:
        return evidence
    memo = _ACTIVE.get(graph)
    if memo is None or len(evidence) < GROUP_FROM:
        return [ev for ev in evidence if ev.get("document") == document]
    found = memo.groups.get(id(evidence))
    if found is None or found[0] is not evidence:
        grouped: dict[str, list[dict]] = {}
        for ev in evidence:
            grouped.setdefault(ev.get("document"), []).append(ev)
        found = memo.groups[id(evidence)] = (evidence, grouped)
    return found[1].get(document, [])
