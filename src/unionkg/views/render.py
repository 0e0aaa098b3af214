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
import math
import re
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import jinja2
import networkx as nx
from pyvis.network import Network

from unionkg.names import char_map, search_keys
from unionkg.views import style
from unionkg.views.layout import positions

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


def report_name(graph: nx.MultiDiGraph, doc_id: str) -> str:
    """How a reader knows a report: its title, else its file, else its id."""
    doc = graph.graph.get("documents", {}).get(doc_id) or {}
    return str(doc.get("title") or doc.get("source") or doc_id)


def evidence_lines(graph: nx.MultiDiGraph, evidence: list[dict]) -> list[dict]:
    """The first few evidence sentences, each with the report it came from."""
    return [{"sentence": _clip(ev.get("sentence", "")),
             "report": report_name(graph, ev.get("document", ""))}
            for ev in evidence[:MAX_EVIDENCE]]


def node_info(graph: nx.MultiDiGraph, node: str) -> dict:
    """What a tooltip and the search box need about one node (plain text only)."""
    data = graph.nodes[node]
    label = str(data.get("label", node))
    evidence = data.get("evidence", [])
    return {
        "type": style.type_name(data.get("type", "")),
        "name": label,
        "aliases": [str(a) for a in data.get("aliases", []) if a != label],
        "reports": len(data.get("documents", [])),
        "evidence": evidence_lines(graph, evidence),
        "more": max(len(evidence) - MAX_EVIDENCE, 0),
    }


def _size(degree: int) -> float:
    return round(12 + 6 * math.sqrt(degree), 1)


def build_network(graph: nx.MultiDiGraph, nodes: list[str],
                  links: dict[str, str] | None = None) -> Network:
    """A pyvis Network of ``nodes`` with fixed positions, styled by type."""
    net = Network(directed=True, cdn_resources="in_line")
    sub = graph.subgraph(nodes)
    pos = positions(sub, nodes)
    links = links or {}
    for node in nodes:
        data = graph.nodes[node]
        type_ = data.get("type", "")
        look = style.node_style(type_)
        x, y = pos[node]
        extra = {"href": links[node]} if node in links else {}
        net.add_node(
            # "kind", not vis "group": group styles would override the colours set here
            node, label=str(data.get("label", node)), shape=look.shape, kind=type_,
            color={"background": look.color, "border": look.border,
                   "highlight": {"background": look.color, "border": "#000000"}},
            size=_size(graph.degree(node)), x=x, y=y, info=node_info(graph, node),
            search=search_keys(str(data.get("label", node)), map(str, data.get("aliases", []))),
            **extra,
        )
    for u, v, key, data in sorted(sub.edges(keys=True, data=True), key=lambda e: e[:3]):
        rel = data.get("type", key)
        net.add_edge(
            u, v, id=f"{u}|{rel}|{v}", label=style.edge_label(rel), relation=rel,
            color=style.EDGE_COLORS.get(rel, "#888888"),
            info={"type": style.edge_label(rel),
                  "name": f"{graph.nodes[u].get('label', u)} → {graph.nodes[v].get('label', v)}",
                  "aliases": [], "reports": 0, "more": max(len(data.get("evidence", [])) - MAX_EVIDENCE, 0),
                  "evidence": evidence_lines(graph, data.get("evidence", []))},
        )
    return net


def render_page(graph: nx.MultiDiGraph, nodes: list[str], *, title: str,
                note: str = "", facts: list[dict] | None = None,
                nav: list[tuple[str, str]] | None = None,
                links: dict[str, str] | None = None, total: int | None = None,
                script_src: str | None = None) -> str:
    """The HTML of one graph view (``nav``: (href, text) pairs, ``facts``: list sections).

    vis-network is inlined unless ``script_src`` names a local copy (a relative
    path): a folder of hundreds of pages then shares one 470 kB file.
    """
    net = build_network(graph, nodes, links)
    js, css = vis_assets()
    types_present = sorted({graph.nodes[n].get("type", "") for n in nodes})
    legend = [{"type": t, "name": s.name, "color": s.color, "border": s.border,
               "symbol": s.symbol, "present": t in types_present}
              for t, s in style.NODE_STYLES.items()]
    payload = {"nodes": net.nodes, "edges": net.edges, "font": style.FONT_STACK,
               "total": len(graph) if total is None else total,
               # the search box folds a query as unionkg.names does: traditional → simplified
               "fold": char_map(k for n in net.nodes for k in n["search"])}
    return _environment().get_template("view.html.j2").render(
        title=title, note=note, facts=facts or [], nav=nav or [], legend=legend,
        font_stack=style.FONT_STACK, vis_js=None if script_src else js, script_src=script_src, vis_css=css,
        data_json=script_json(payload), node_count=len(net.nodes),
        edge_count=len(net.edges), total=payload["total"],
        edge_legend=sorted(style.EDGE_LABELS.items()),
    )


def render_index(**context) -> str:
    return _environment().get_template("index.html.j2").render(
        font_stack=style.FONT_STACK, **context)
