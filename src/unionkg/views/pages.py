"""What each page says beside its drawing: the facts about one entity as lists.

A union officer looking up their own federation wants "who holds which post,
which events, which awards" as text they can read and copy, not only as dots.
"""
from __future__ import annotations

import posixpath

import networkx as nx

from unionkg.views import style
from unionkg.views.files import FOLDERS, page_path

#: (direction, relation) → section heading; ``out`` means the centre is the head.
SECTIONS: list[tuple[str, str, str]] = [
    ("out", "SUBORDINATE_OF", "上级组织 Parent (隶属 SUBORDINATE_OF)"),
    ("in", "SUBORDINATE_OF", "下级组织 Children (隶属 SUBORDINATE_OF)"),
    ("in", "POSITION", "人员与职务 People and posts (职务 POSITION)"),
    ("out", "POSITION", "任职单位 Posts held (职务 POSITION)"),
    ("out", "ORGANIZED", "组织的活动 Events organised (组织 ORGANIZED)"),
    ("in", "ORGANIZED", "组织者 Organised by (组织 ORGANIZED)"),
    ("out", "PARTICIPATED_IN", "参加的活动 Took part in (参加 PARTICIPATED_IN)"),
    ("in", "PARTICIPATED_IN", "参加者 Participants (参加 PARTICIPATED_IN)"),
    ("out", "RECEIVED", "获得的荣誉 Awards received (获得 RECEIVED)"),
    ("in", "RECEIVED", "获得者 Received by (获得 RECEIVED)"),
    ("out", "AWARDED_BY", "授予方 Awarded by (授予 AWARDED_BY)"),
    ("in", "AWARDED_BY", "颁发的荣誉 Awards given (授予 AWARDED_BY)"),
]


def relative_link(from_page: str, node: str, graph: nx.MultiDiGraph) -> str | None:
    """Link from one page (path relative to the output dir) to ``node``'s page, if it has one."""
    type_ = graph.nodes[node].get("type", "")
    if type_ not in FOLDERS:
        return None
    start = posixpath.dirname(from_page) or "."
    return posixpath.relpath(page_path(node, type_), start)


def facts(graph: nx.MultiDiGraph, center: str, from_page: str | None) -> list[dict]:
    """Every relation of ``center`` grouped into sections, each with its first evidence."""
    sections = []
    for direction, relation, heading in SECTIONS:
        if direction == "out":
            pairs = [(v, d) for _, v, k, d in graph.out_edges(center, keys=True, data=True) if k == relation]
        else:
            pairs = [(u, d) for u, _, k, d in graph.in_edges(center, keys=True, data=True) if k == relation]
        if not pairs:
            continue
        items = []
        for other, data in sorted(pairs, key=lambda p: (str(graph.nodes[p[0]].get("label", p[0])), p[0])):
            evidence = data.get("evidence") or []
            note = f"「{' '.join(evidence[0]['sentence'].split())[:120]}」" if evidence else ""
            items.append({
                "text": str(graph.nodes[other].get("label", other)),
                "type": style.type_name(graph.nodes[other].get("type", "")),
                "href": relative_link(from_page, other, graph) if from_page else None,
                "note": note,
            })
        sections.append({"heading": heading, "items": items})
    return sections
