"""Which part of the graph each view shows.

A page with thousands of nodes is a hairball nobody can read (and a browser
struggles to draw), so every selection here is bounded; the whole-graph view
says what it left out instead of silently dropping it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from unionkg.views.memo import degree

#: Above this many nodes a view keeps only the most connected part.
MAX_NODES = 1000
#: An organisation's or award's page stays readable below this.
MAX_EGO_NODES = 250
#: A page shows at most this many nodes one step past each of the centre's events and honours.
MAX_SECOND_STEP = 12


class ViewError(ValueError):
    """A view cannot be made as asked (e.g. ``around`` names nothing)."""


@dataclass
class Selection:
    """The nodes a view draws, and a sentence on what it left out (if anything)."""

    nodes: list[str]
    total: int
    omitted: dict[str, int] = field(default_factory=dict)

    @property
    def cut(self) -> bool:
        return len(self.nodes) < self.total


def by_degree(graph: nx.MultiDiGraph, nodes) -> list[str]:
    """Most connected first; ties by id so the order is the same every build."""
    return sorted(nodes, key=lambda n: (-degree(graph, n), n))


def most_connected(graph: nx.MultiDiGraph, nodes: list[str], limit: int = MAX_NODES) -> Selection:
    """Keep ``nodes`` if they fit; else the top ``limit`` by degree, minus stragglers.

    Nodes kept only by their degree elsewhere may have no edge inside the cut;
    they are dropped too, since a lone dot says nothing.
    """
    if len(nodes) <= limit:
        return Selection(sorted(nodes), len(nodes))
    top = set(by_degree(graph, nodes)[:limit])
    sub = graph.subgraph(top)
    kept = sorted(n for n in top if sub.degree(n) > 0) or sorted(top)
    omitted: dict[str, int] = {}
    kept_set = set(kept)
    for node in nodes:
        if node not in kept_set:
            type_ = graph.nodes[node].get("type", "?")
            omitted[type_] = omitted.get(type_, 0) + 1
    return Selection(kept, len(nodes), dict(sorted(omitted.items())))


def find_node(graph: nx.MultiDiGraph, name: str) -> str:
    """The node ``name`` stands for, matched as people write it (see :mod:`unionkg.names`).

    Several nodes under the one name go to the most connected: someone typing
    市总工会 wants the city federation, not a stray mention of it in one
    report.  A name that could mean several different entities is an error
    that lists them.
    """
    from unionkg.names import NameIndex, NameLookupError

    try:
        match = NameIndex.from_graph(graph).find(name.strip())
    except NameLookupError as error:
        raise ViewError(str(error)) from None
    return by_degree(graph, match.keys)[0]


def ego(graph: nx.MultiDiGraph, center: str, depth: int, types: set[str] | None = None) -> list[str]:
    """Nodes within ``depth`` steps of ``center``, either direction, of the given types.

    The walk passes only through allowed types, so a filtered view never
    shows a node reachable only through something it hides.
    """
    allowed = (lambda n: graph.nodes[n].get("type") in types) if types else (lambda n: True)
    seen = {center}
    frontier = [center]
    for _ in range(max(depth, 0)):
        nxt = []
        for node in frontier:
            for other in sorted(set(graph.successors(node)) | set(graph.predecessors(node))):
                if other not in seen and allowed(other):
                    seen.add(other)
                    nxt.append(other)
        frontier = nxt
    return sorted(seen)


def org_neighbourhood(graph: nx.MultiDiGraph, org: str) -> list[str]:
    """An organisation's people, events, awards, parent and children.

    One step out is everything tied to it.  The second step goes only through
    its events and awards (who took part, which prize was given there, to
    whom), never through another organisation or a person: those are hubs
    whose own world belongs on their own page.
    """
    first = set(graph.successors(org)) | set(graph.predecessors(org))
    nodes = {org} | first
    for node in sorted(first):
        if graph.nodes[node].get("type") in ("EVENT", "AWARD"):
            nodes |= _second_step(graph, org, node, set(graph.successors(node)) | set(graph.predecessors(node)))
    return _bounded(graph, org, first, nodes)


def _second_step(graph: nx.MultiDiGraph, center: str, through: str, found: set[str]) -> set[str]:
    """At most ``MAX_SECOND_STEP`` of the nodes ``found`` one step past ``through``: those
    named in a report that names ``center`` first, then the most connected.

    An honour or an event named alike in hundreds of reports (劳动模范, 技术能手)
    is one node tied to all of them; every body that received it would otherwise
    draw the hundreds of other recipients around itself, a picture about the
    honour rather than the body, and as large as the corpus.
    """
    found = found - {center, through}
    if len(found) <= MAX_SECOND_STEP:
        return found
    own = set(graph.nodes[center].get("documents") or ())

    def rank(node: str) -> tuple:
        shared = any(doc in own for doc in graph.nodes[node].get("documents") or ())
        return (not shared, -degree(graph, node), node)

    return set(sorted(found, key=rank)[:MAX_SECOND_STEP])


def award_neighbourhood(graph: nx.MultiDiGraph, award: str) -> list[str]:
    """Who received an award and who gave it (plus who organised the awarding event)."""
    first = set(graph.successors(award)) | set(graph.predecessors(award))
    nodes = {award} | first
    for node in sorted(first):
        if graph.nodes[node].get("type") == "EVENT":
            nodes |= _second_step(graph, award, node,
                                  {u for u, _, k in graph.in_edges(node, keys=True) if k == "ORGANIZED"})
    return _bounded(graph, award, first, nodes)


def person_neighbourhood(graph: nx.MultiDiGraph, person: str) -> list[str]:
    """A person's bodies, events and honours, and who gave those honours."""
    first = set(graph.successors(person)) | set(graph.predecessors(person))
    nodes = {person} | first
    for node in sorted(first):
        if graph.nodes[node].get("type") == "AWARD":
            nodes |= _second_step(graph, person, node, set(graph.successors(node)))
    return _bounded(graph, person, first, nodes)


def _bounded(graph: nx.MultiDiGraph, center: str, first: set[str], nodes: set[str]) -> list[str]:
    """Keep the centre and direct ties first, then the best-connected rest, up to the cap."""
    if len(nodes) <= MAX_EGO_NODES:
        return sorted(nodes)
    ranked = [center] + by_degree(graph, first) + by_degree(graph, nodes - first - {center})
    return sorted(ranked[:MAX_EGO_NODES])
