"""A selection of the graph → one self-contained, offline, escaped HTML page.

pyvis builds the node and edge records; its own page template is not used,
because it links Bootstrap and tom-select from CDNs and inserts the heading
and HTML tooltips raw.  Our template inlines vis-network from the pyvis
package, and the data goes in as JSON with ``<``, ``>`` and ``&`` escaped, so
no entity name can close the script or be parsed as markup; tooltips are
built in the browser with ``textContent``.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import jinja2
import networkx as nx
from pyvis.network import Network

from unionkg.names import char_map, search_keys
from unionkg.views import style
from unionkg.views.layout import (
    FONT,
    MAX_LABELLED,
    SMALL_FONT,
    cached_layout,
    node_size,
    wrap_label,
)
from unionkg.views.memo import degree, of_document
from unionkg.views.names import display_name, report_name

#: At most this many evidence sentences per tooltip: enough to trust, short enough to read.
MAX_EVIDENCE = 3
MAX_SENTENCE = 160


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("unionkg.views", "templates"),
        autoescape=True, keep_trailing_newline=True,
        trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined,
    )


#: File name of the shared copy of vis-network that ``write_views`` puts in ``lib/``.
VIS_JS = "vis-network.min.js"


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """vis-network's JS and tooltip CSS from the installed pyvis, checked safe to inline.

    Of the 220 kB stylesheet only the tooltip rule matters: the rest styles
    the editing toolbar and configurator, which these views never enable.
    """
    lib = Path(files("pyvis")) / "templates" / "lib" / "vis-9.1.2"
    js = (lib / VIS_JS).read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    if "</script" in js.lower() or "<!--" in js:
        raise RuntimeError("vis-network cannot be inlined safely")
    found = re.search(r"div\.vis-tooltip\{[^}]*\}", css)
    tooltip = found.group(0) if found else (
        "div.vis-tooltip{position:absolute;visibility:hidden;padding:5px;background-color:#f5f4ed;"
        "border:1px solid #808074;border-radius:3px;pointer-events:none;z-index:5}")
    return js, tooltip


def script_json(value) -> str:
    """JSON that is safe inside ``<script>``: no ``</script>``, ``<!--`` or entities."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _clip(text: str, limit: int = MAX_SENTENCE) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def evidence_lines(graph: nx.MultiDiGraph, evidence: list[dict]) -> list[dict]:
    """The first few evidence sentences, each with the report it came from."""
    return [{"sentence": _clip(ev.get("sentence", "")),
             "report": report_name(graph, ev.get("document", ""))}
            for ev in evidence[:MAX_EVIDENCE]]


def _of(graph: nx.MultiDiGraph, evidence: list[dict], document: str | None) -> list[dict]:
    return of_document(graph, evidence, document)


def node_info(graph: nx.MultiDiGraph, node: str, document: str | None = None) -> dict:
    """What a tooltip and the search box need about one node (plain text only).

    With ``document``, only that report's sentences (a report page quotes its own report).
    """
    data = graph.nodes[node]
    name = display_name(graph, node)
    evidence = _of(graph, data.get("evidence", []), document)
    return {
        "type": style.type_name(data.get("type", "")),
        "name": name,
        "aliases": [str(a) for a in data.get("aliases", []) if a != name],
        "reports": len(data.get("documents", [])),
        "evidence": evidence_lines(graph, evidence),
        "more": max(len(evidence) - MAX_EVIDENCE, 0),
    }


def edge_text(relation: str, data: dict) -> str:
    """What an edge says when zoomed in: the post as written for a POSITION, else the relation."""
    return str(data.get("title") or "") or style.edge_label(relation)


def labelled(graph: nx.MultiDiGraph, nodes: list[str], limit: int = MAX_LABELLED) -> set[str]:
    """The nodes whose label is drawn full size: all of them, or the ``limit`` most connected."""
    if len(nodes) <= limit:
        return set(nodes)
    sub = graph.subgraph(nodes)
    return set(sorted(nodes, key=lambda n: (-sub.degree(n), -graph.degree(n), n))[:limit])


def build_network(graph: nx.MultiDiGraph, nodes: list[str], links: dict[str, str] | None = None,
                  document: str | None = None, center: str | None = None,
                  layouts=None) -> tuple[Network, dict]:
    """A pyvis Network of ``nodes`` with fixed positions, styled by type, and the layout's extent.

    Each node carries its ``cluster`` (the connected component it is drawn
    in, ``-1`` for a node with no relation in view) and ``lone`` for the
    latter, which the page hides until asked.  With ``document`` only the
    relations that report states are drawn, and tooltips quote only it.
    ``center`` (the page's own entity) gets a heavy black border so the eye finds it first.
    ``layouts`` is a cache of layouts (see :func:`~unionkg.views.layout.cached_layout`).
    """
    net = Network(directed=True, cdn_resources="in_line")
    links = links or {}
    drawn = nx.MultiDiGraph()
    drawn.add_nodes_from(nodes)
    drawn.add_edges_from((u, v, k, d) for u, v, k, d in graph.subgraph(nodes).edges(keys=True, data=True)
                         if document is None or _of(graph, d.get("evidence") or [], document))
    big = labelled(drawn, nodes)
    labels = {n: wrap_label(display_name(graph, n)) for n in nodes}
    shapes = {n: style.node_style(graph.nodes[n].get("type", "")).shape for n in nodes}
    fonts = {n: FONT if n in big else SMALL_FONT for n in nodes}
    degrees = {n: degree(graph, n) for n in nodes}  # drawn as large as in the whole graph
    placed = cached_layout(layouts, drawn, nodes, labels, shapes, fonts, degrees)
    lone = set(placed.isolated)
    for node in nodes:
        data = graph.nodes[node]
        type_ = data.get("type", "")
        look = style.node_style(type_)
        x, y = placed.positions[node]
        extra = {"href": links[node]} if node in links else {}
        if node == center:
            extra["borderWidth"] = 4
        names = [display_name(graph, node), str(data.get("label", node)), *map(str, data.get("aliases", []))]
        net.add_node(
            # "kind", not vis "group": group styles would override the colours set here
            node, label=labels[node], shape=look.shape, kind=type_,
            color={"background": look.color, "border": "#000000" if node == center else look.border,
                   "highlight": {"background": look.color, "border": "#000000"}},
            size=node_size(degrees[node]), x=x, y=y, info=node_info(graph, node, document),
            # names as written (not the display's context: 工会 would find every body of
            # 红星小学工会's report); what is found is listed by display name
            search=search_keys(names[1], names[2:]), font={"size": fonts[node]},
            cluster=placed.cluster[node], lone=node in lone, **extra,
        )
    for u, v, key, data in sorted(drawn.edges(keys=True, data=True), key=lambda e: e[:3]):
        rel = data.get("type", key)
        net.add_edge(
            u, v, id=f"{u}|{rel}|{v}", label=edge_text(rel, data), relation=rel,
            color=style.EDGE_COLORS.get(rel, "#888888"),
            info={"type": style.edge_label(rel),
                  "name": f"{display_name(graph, u)} → {display_name(graph, v)}"
                          + (f"（{data['title']}）" if data.get("title") else ""),
                  "aliases": [], "reports": 0,
                  "more": max(len(_of(graph, data.get("evidence", []), document)) - MAX_EVIDENCE, 0),
                  "evidence": evidence_lines(graph, _of(graph, data.get("evidence", []), document))},
        )
    extent = {"width": round(placed.width, 1), "height": round(placed.height, 1),
              "related": round(placed.related_height, 1), "lone": len(lone), "font": FONT,
              "labelled": len(big)}
    return net, extent


def render_page(graph: nx.MultiDiGraph, nodes: list[str], *, title: str,
                note: str = "", facts: list[dict] | None = None,
                nav: list[tuple[str, str]] | None = None,
                links: dict[str, str] | None = None, total: int | None = None,
                script_src: str | None = None, meta: list[dict] | None = None,
                document: str | None = None, center: str | None = None, layouts=None) -> str:
    """The HTML of one graph view (``nav``: (href, text) pairs, ``facts``: list sections).

    vis-network is inlined unless ``script_src`` names a local copy (a relative
    path): a folder of hundreds of pages then shares one 470 kB file.
    ``meta`` (label, text, href) rows head the page, e.g. a report's writer and date.
    """
    net, extent = build_network(graph, nodes, links, document, center, layouts)
    js, css = vis_assets()
    types_present = sorted({graph.nodes[n].get("type", "") for n in nodes})
    legend = [{"type": t, "name": s.name, "color": s.color, "border": s.border,
               "symbol": s.symbol, "present": t in types_present}
              for t, s in style.NODE_STYLES.items()]
    payload = {"nodes": net.nodes, "edges": net.edges, "font": style.FONT_STACK,
               "total": len(graph) if total is None else total, "layout": extent,
               # the search box folds a query as unionkg.names does: traditional → simplified
               "fold": char_map(k for n in net.nodes for k in n["search"])}
    return _environment().get_template("view.html.j2").render(
        title=title, note=note, facts=facts or [], nav=nav or [], legend=legend, meta=meta or [],
        font_stack=style.FONT_STACK, vis_js=None if script_src else js, script_src=script_src, vis_css=css,
        data_json=script_json(payload), node_count=len(net.nodes),
        edge_count=len(net.edges), total=payload["total"], lone=extent["lone"],
        related=len(net.nodes) - extent["lone"],
        edge_legend=[(label, style.EDGE_COLORS.get(key, "#888888"))
                     for key, label in sorted(style.EDGE_LABELS.items())],
    )


def render_index(**context) -> str:
    return _environment().get_template("index.html.j2").render(
        font_stack=style.FONT_STACK, **context)


def render_list(**context) -> str:
    """A list page: one part of a list too long for the index (reports, or the pages of one type)."""
    return _environment().get_template("list.html.j2").render(font_stack=style.FONT_STACK, **context)
