"""Graph views a union officer can read: offline HTML pages over the build's graph.

``write_views`` writes the standard set (an index, the whole graph, one page
per report, organisation, person and award); ``write_view`` writes one custom view.  Every
page is a single UTF-8 file with vis-network inlined, so it opens from a USB
stick or an intranet share with no internet, and every name is escaped.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import networkx as nx

from unionkg.views import style
from unionkg.views.files import FOLDERS, write_atomic
from unionkg.views.names import (
    display_name,
    documents,
    node_page,
    relative,
    relative_link,
    report_date,
    report_name,
    report_page,
)
from unionkg.views.pages import ReportIndex, facts, mentions, report_sections
from unionkg.views.render import VIS_JS, render_index, render_list, render_page, vis_assets
from unionkg.views.memo import degree, remembered
from unionkg.views.reuse import PageReuse
from unionkg.views.select import (
    MAX_NODES,
    Selection,
    ViewError,
    award_neighbourhood,
    by_degree,
    ego,
    find_node,
    most_connected,
    org_neighbourhood,
    person_neighbourhood,
)

__all__ = ["MAX_NODES", "ViewError", "write_view", "write_views"]

#: How many organisations and people the index ranks.
TOP_N = 15


#: Past this many reports, or pages of one type, the index links to list pages of this many rows.
LIST_ROWS = 1000

#: Entity types with a page of their own, in the index's order.
PAGE_TYPES = {"ORG": "组织 Organisations", "PER": "人物 People", "AWARD": "荣誉 Awards"}


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    return display_name(graph, node)


def _cut_note(selection: Selection) -> str:
    """The sentence a cut view shows, so nobody mistakes it for the whole corpus."""
    if not selection.cut:
        return ""
    left = "，".join(f"{style.node_style(t).name} {t} {n}" for t, n in selection.omitted.items())
    return (f"图太大，只显示联系最多的 {len(selection.nodes)} / {selection.total} 个节点；"
            f"未显示 left out: {left}。"
            f"Showing the {len(selection.nodes)} most connected of {selection.total} nodes. "
            f"To see any entity with its neighbours: unionkg view --around 名称")


def _links(graph: nx.MultiDiGraph, nodes: list[str], from_page: str) -> dict[str, str]:
    out = {}
    for node in nodes:
        link = relative_link(from_page, node, graph)
        if link:
            out[node] = link
    return out


def write_view(graph: nx.MultiDiGraph, path: Path, *, types: set[str] | None = None,
               around: str | None = None, depth: int = 2, title: str | None = None) -> Path:
    """Write one custom view: the graph filtered to ``types``, or the ego graph ``around`` a name.

    ``around`` is looked up by node id, label or alias; no match raises
    :class:`ViewError` (one line, fit for a CLI error).
    """
    with remembered(graph):
        return _write_view(graph, Path(path), types, around, depth, title)


def _write_view(graph: nx.MultiDiGraph, path: Path, types: set[str] | None, around: str | None,
                depth: int, title: str | None) -> Path:
    types = {t.upper() for t in types} if types else None
    if around is not None:
        center = find_node(graph, around)
        nodes = ego(graph, center, depth, types)
        heading = title or f"{_label(graph, center)} 周边 {depth} 步 — neighbourhood"
    else:
        nodes = [n for n, d in graph.nodes(data=True) if not types or d.get("type") in types]
        heading = title or ("知识图谱 " + ("、".join(style.type_name(t) for t in sorted(types))
                                          if types else "全图 whole graph"))
    if not nodes:
        raise ViewError("nothing to show: no entities of types " + ",".join(sorted(types or ())))
    selection = most_connected(graph, nodes)
    html = render_page(graph, selection.nodes, title=heading, note=_cut_note(selection),
                       total=selection.total)
    return write_atomic(path, html)


NEIGHBOURHOODS = {"ORG": org_neighbourhood, "AWARD": award_neighbourhood, "PER": person_neighbourhood}


def _write_page(out_dir: Path, rel: str, graph: nx.MultiDiGraph, nodes: list[str],
                pages: PageReuse | None, **arguments) -> Path:
    """``render_page(graph, nodes, **arguments)`` into ``out_dir / rel``, or the previous
    build's file when ``pages`` finds that nothing it shows has changed."""
    path = out_dir / rel
    if pages is None:
        return write_atomic(path, render_page(graph, nodes, **arguments))
    key = pages.page_key(rel, graph, nodes, arguments)
    if not pages.take(key, rel, path):
        write_atomic(path, render_page(graph, nodes, **arguments))
        pages.record(key, path)
    return path


def write_views(graph: nx.MultiDiGraph, out_dir: Path, layouts=None,
                pages: PageReuse | None = None) -> list[Path]:
    """Write the index, ``graph.html`` and a page per report, organisation, person and award.

    Returns the paths written.  ``layouts`` caches the pages' layouts between
    builds (:func:`~unionkg.views.layout.cached_layout`), and ``pages`` takes
    pages whose content has not changed from the previous build
    (:class:`~unionkg.views.reuse.PageReuse`): same bytes, less time.
    """
    with remembered(graph):
        return _write_views(graph, Path(out_dir), layouts, pages)


def _write_views(graph: nx.MultiDiGraph, out_dir: Path, layouts, pages: PageReuse | None) -> list[Path]:
    # graph.html stands alone (vis-network inlined) so it can be mailed or copied by itself;
    # the other pages, hundreds of them, share one local copy
    written = [write_atomic(out_dir / "lib" / VIS_JS, vis_assets()[0])]
    whole = most_connected(graph, sorted(graph.nodes))
    graph_note = _cut_note(whole)
    written.append(_write_page(
        out_dir, "graph.html", graph, whole.nodes, pages, title="工会知识图谱 全图 — whole graph", note=graph_note,
        nav=[("index.html", "← 目录 index")], links=_links(graph, whole.nodes, "graph.html"),
        total=whole.total, layouts=layouts))
    page_blocks = []
    for type_, heading in PAGE_TYPES.items():
        rows = []
        for node in by_degree(graph, [n for n, d in graph.nodes(data=True) if d.get("type") == type_]):
            rel = node_page(graph, node)
            nodes = NEIGHBOURHOODS[type_](graph, node)
            written.append(_write_page(
                out_dir, rel, graph, nodes, pages, title=f"{style.node_style(type_).name}：{_label(graph, node)}",
                facts=facts(graph, node, rel) + [mentions(graph, node, rel)],
                links=_links(graph, nodes, rel), meta=_entity_meta(graph, node), center=node,
                nav=[("../index.html", "← 目录 index"), ("../graph.html", "全图 whole graph")],
                total=len(nodes), script_src=f"../lib/{VIS_JS}", layouts=layouts))
            rows.append({"href": rel, "label": _label(graph, node), "degree": degree(graph, node)})
        page_blocks.append({"heading": heading, "anchor": FOLDERS[type_], "rows": rows})
    index = ReportIndex(graph)
    report_rows = []
    for doc_id in sorted(documents(graph), key=lambda d: (report_name(graph, d), d)):
        rel = report_page(graph, doc_id)
        nodes = index.report_nodes(doc_id)
        written.append(_write_page(
            out_dir, rel, graph, nodes, pages, title=f"报告：{report_name(graph, doc_id)}",
            meta=_report_meta(graph, doc_id, rel), facts=report_sections(graph, index, doc_id, rel),
            links=_links(graph, nodes, rel), total=len(nodes), script_src=f"../lib/{VIS_JS}", document=doc_id,
            nav=[("../index.html", "← 目录 index"), ("../graph.html", "全图 whole graph")], layouts=layouts))
        writer = documents(graph)[doc_id].get("author")
        report_rows.append({
            "href": rel, "label": report_name(graph, doc_id), "date": report_date(graph, doc_id),
            "writer": display_name(graph, writer) if writer in graph else "",
            "writer_href": relative_link("index.html", writer, graph) if writer in graph else None,
            "entities": len(nodes), "relations": sum(len(index.edges_in(doc_id, r)) for r in style.EDGE_LABELS),
            "copies": len(documents(graph)[doc_id].get("duplicates") or [])})
    report_block = {"heading": "报告 Reports", "anchor": FOLDERS["REPORT"], "rows": report_rows}
    for block in [report_block, *page_blocks]:
        written += _list_pages(out_dir, block)
    written.append(write_atomic(out_dir / "index.html", _index(graph, graph_note, page_blocks, report_block)))
    return sorted(written)


def _list_pages(out_dir: Path, block: dict) -> list[Path]:
    """A block too long for the index goes to list pages of ``LIST_ROWS`` rows in its folder
    (``orgs/list-1.html`` …); the index then links to them (``block["parts"]``).

    The index of a corpus of thousands of reports would otherwise list every one of
    tens of thousands of pages: megabytes nobody reads from top to bottom.
    """
    rows = block["rows"]
    block["parts"] = []
    if len(rows) <= LIST_ROWS:
        return []
    chunks = [rows[i:i + LIST_ROWS] for i in range(0, len(rows), LIST_ROWS)]
    names = [f"{block['anchor']}/list-{k}.html" for k in range(1, len(chunks) + 1)]
    written = []
    for k, (rel, chunk) in enumerate(zip(names, chunks)):
        def here(href: str | None) -> str | None:
            return relative(rel, href) if href else None

        local = [{**row, "href": here(row["href"]), "writer_href": here(row.get("writer_href"))} for row in chunk]
        nav = [("../index.html", "← 目录 index")]
        if k:
            nav.append((relative(rel, names[k - 1]), "← 上一页 previous"))
        if k + 1 < len(names):
            nav.append((relative(rel, names[k + 1]), "下一页 next →"))
        first, last = k * LIST_ROWS + 1, k * LIST_ROWS + len(chunk)
        written.append(write_atomic(out_dir / rel, render_list(
            title=f"{block['heading']} {first}–{last} / {len(rows)}", nav=nav, rows=local,
            reports=block["anchor"] == FOLDERS["REPORT"], first=first)))
        # reports go by name, entities most connected first: say what each page spans
        span = (f"{chunk[0]['label']} … {chunk[-1]['label']}" if "degree" not in chunk[0]
                else f"关系数 links {chunk[0]['degree']}–{chunk[-1]['degree']}")
        block["parts"].append({"href": rel, "first": first, "last": last, "span": span})
    return written


def _entity_meta(graph: nx.MultiDiGraph, node: str) -> list[dict]:
    """The head of an entity page: its type, the forms it is written in, how many reports name it."""
    data = graph.nodes[node]
    name = display_name(graph, node)
    forms = [a for a in data.get("aliases", []) if a != name]
    rows = [{"label": "类型 type", "text": style.type_name(data.get("type", "")), "href": None}]
    if forms:
        rows.append({"label": "写法 written as", "text": "、".join(forms), "href": None})
    rows.append({"label": "报告 reports", "text": str(len(data.get("documents", []))), "href": None})
    return rows


def _report_meta(graph: nx.MultiDiGraph, doc_id: str, rel: str) -> list[dict]:
    """The head of a report page: writer, date, source file, size, duplicates."""
    doc = documents(graph).get(doc_id) or {}
    writer = doc.get("author")
    rows = [{"label": "撰写单位 writer",
             "text": display_name(graph, writer) if writer in graph else "未识别 not found",
             "href": relative(rel, node_page(graph, writer)) if writer in graph else None}]
    date = report_date(graph, doc_id)
    if date:
        rows.append({"label": "日期 date", "text": date, "href": None})
    if doc.get("source"):
        rows.append({"label": "来源 source", "text": Path(str(doc["source"])).name, "href": None})
    if doc.get("chars"):
        rows.append({"label": "字数 characters", "text": str(doc["chars"]), "href": None})
    copies = graph.graph.get("duplicates") or {}
    duplicates = doc.get("duplicates") or []
    if duplicates:
        # identical reports are built once; their files are named here so none seems lost
        rows.append({"label": "相同的报告 identical copies", "href": None,
                     "text": "、".join(Path(str((copies.get(d) or {}).get("source") or d)).name for d in duplicates)})
    return rows


def _index(graph: nx.MultiDiGraph, graph_note: str, page_blocks: list[dict], reports: dict) -> str:
    """The corpus at a glance: counts, the most connected organisations and people, every page."""
    types = Counter(d.get("type", "") for _, d in graph.nodes(data=True))
    relations = Counter(k for _, _, k in graph.edges(keys=True))
    type_counts = [{"type": t, "name": s.name, "symbol": s.symbol, "color": s.color, "count": types.get(t, 0)}
                   for t, s in style.NODE_STYLES.items()]
    type_counts += [{"type": t, "name": style.FALLBACK_STYLE.name, "symbol": style.FALLBACK_STYLE.symbol,
                     "color": style.FALLBACK_STYLE.color, "count": n}
                    for t, n in sorted(types.items()) if t not in style.NODE_STYLES]
    edge_counts = [{"label": style.edge_label(r), "count": relations[r]} for r in sorted(relations)]
    top = []
    for type_, heading in (("ORG", "联系最多的组织 Most connected organisations"),
                           ("PER", "联系最多的人物 Most connected people")):
        ranked = by_degree(graph, [n for n, d in graph.nodes(data=True) if d.get("type") == type_])[:TOP_N]
        top.append({"heading": heading, "rows": [
            {"label": _label(graph, n), "degree": degree(graph, n),
             "reports": len(graph.nodes[n].get("documents", [])),
             "href": relative_link("index.html", n, graph)} for n in ranked]})
    return render_index(
        title="工会知识图谱 Union knowledge graph", documents=len(graph.graph.get("documents", {})),
        node_total=graph.number_of_nodes(), edge_total=graph.number_of_edges(),
        type_counts=type_counts, edge_counts=edge_counts, top=top, pages=page_blocks, reports=reports,
        graph_note=graph_note)
