"""Resolved extractions → one ``networkx.MultiDiGraph`` for a whole build.

The graph is the hand-off to every writer (RDF, HTML, CSV, GraphML), so its
shape is fixed here:

* node id: ``"TYPE:name"`` for things that mean the same in every report, and
  ``"TYPE:name@doc-id"`` for relative names (``局工会``) scoped to one report;
* node attributes: ``type``, ``label``, ``display`` (scoped nodes only: the
  name with the context that tells it apart, see :func:`annotate_display`),
  ``aliases`` (sorted list),
  ``documents`` (sorted ids), ``evidence`` (list of dicts with ``document``,
  ``source``, ``sentence``, ``start``, ``end``);
* edges: key and ``type`` the relation type, ``evidence`` as on nodes; one edge
  per (head, type, tail), evidence merged; a POSITION edge has ``title`` (the
  post as written, ``""`` when the text gives none); a RECEIVED edge has
  ``conferrals``: one dict per report that tells of it, with ``document``,
  ``by`` (node ids of the conferring bodies and events), ``at`` (the events
  among them), ``year`` and ``level`` (全国 / 省 / 市 / 县 / 单位) — facts of
  that conferral, not of the award, which other reports confer differently;
* ``G.graph["documents"]``: id → ``{"id", "source", "sha256", "title",
  "author", "encoding", "chars"}`` where ``author`` is the node id of the
  reporting organisation or ``None`` (plus ``duplicates``: ids of identical
  reports not built again, see :func:`record_duplicates`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict

import networkx as nx

from unionkg.model import AUTHOR, Evidence, Extraction
from unionkg.resolve import Resolver


def _evidence_dicts(evidence: Iterable[Evidence]) -> list[dict]:
    return [asdict(ev) for ev in evidence]


def _merge_evidence(target: list[dict], new: list[dict]) -> None:
    seen = {(e["document"], e["start"], e["end"]) for e in target}
    for ev in new:
        key = (ev["document"], ev["start"], ev["end"])
        if key not in seen:
            seen.add(key)
            target.append(ev)


def build_graph(extractions: Iterable[Extraction]) -> nx.MultiDiGraph:
    """Add every extraction to one graph, merging what resolution says is one thing."""
    graph = nx.MultiDiGraph()
    add_extractions(graph, extractions)
    annotate_conferrals(graph)
    annotate_display(graph)
    return graph


def conferrals_of(graph: nx.MultiDiGraph, recipient: str, award: str) -> list[dict]:
    """The conferrals behind one RECEIVED edge, one per report that tells of it.

    An award node is shared by every report that names it (五一劳动奖章), but
    who conferred it, when and at what level belongs to each conferral: the
    AWARDED_BY edges of the award read in the same report, the year in the
    sentence (else in the conferring event's name, else in the report's title).
    """
    from unionkg.rdf import guess  # names → level and year; a leaf module

    data = graph.edges[recipient, award, "RECEIVED"]
    documents = graph.graph.get("documents", {})
    by_doc: dict[str, list[dict]] = {}
    for ev in data.get("evidence") or []:
        by_doc.setdefault(str(ev.get("document", "")), []).append(ev)
    if not by_doc:
        shared = set(graph.nodes[recipient].get("documents") or []) & set(
            graph.nodes[award].get("documents") or [])
        by_doc = {d: [] for d in sorted(shared)[:1]}
    out = []
    for doc in sorted(by_doc):
        by, at, sentences = [], [], [ev.get("sentence", "") for ev in by_doc[doc]]
        for _, target, key, tdata in sorted(graph.out_edges(award, keys=True, data=True)):
            if key != "AWARDED_BY":
                continue
            docs = {str(e.get("document", "")) for e in tdata.get("evidence") or []}
            if doc in docs or (not docs and doc in (graph.nodes[target].get("documents") or [])):
                by.append(target)
                if graph.nodes[target].get("type") == "EVENT":
                    at.append(target)
                sentences += [e.get("sentence", "") for e in tdata.get("evidence") or []
                              if str(e.get("document", "")) == doc]
        labels = [graph.nodes[t].get("label", t) for t in by]
        # an event's organisers tell its level (罗平县教育局组织的文艺汇演 → 县)
        labels += [graph.nodes[o].get("label", o) for t in at
                   for o, _, k in sorted(graph.in_edges(t, keys=True)) if k == "ORGANIZED"]
        title = (documents.get(doc) or {}).get("title")
        year = guess.year(*sentences, *(graph.nodes[t].get("label", "") for t in at), title)
        name = graph.nodes[award].get("label", "")
        level = guess.award_level(name, labels + _levels_before(name, sentences))
        out.append({"document": doc, "by": by, "at": at, "year": year,
                    "level": guess.level_label(level)})
    return out


def _levels_before(name: str, sentences: list[str]) -> list[str]:
    """Level words written just before the award in its sentences (被评为县“优秀教师”)."""
    from unionkg.normalize import to_simplified

    pattern = re.compile(r"(全国|全省|全市|全县|全区|省|市|县|区)级?[“\"「『]?" + re.escape(name))
    return [m.group(1) for s in sentences for m in pattern.finditer(to_simplified(s or ""))]


def annotate_conferrals(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Put ``conferrals`` on every RECEIVED edge (see :func:`conferrals_of`)."""
    for u, v, key in list(graph.edges(keys=True)):
        if key == "RECEIVED":
            graph.edges[u, v, key]["conferrals"] = conferrals_of(graph, u, v)
    return graph


def add_extractions(graph: nx.MultiDiGraph, extractions: Iterable[Extraction],
                    resolver: Resolver | None = None) -> nx.MultiDiGraph:
    """Stream extractions into ``graph``; memory grows with the graph, not the text."""
    resolver = resolver or graph.graph.setdefault("_resolver", Resolver())
    documents = graph.graph.setdefault("documents", {})
    for extraction in extractions:
        doc = extraction.document
        ids = resolver.resolve(extraction)
        for entity in extraction.entities:
            node = ids[entity.name]
            if node not in graph:
                graph.add_node(node, type=entity.type, label=resolver.label(node),
                               aliases=[], documents=[], evidence=[])
            data = graph.nodes[node]
            data["label"] = resolver.label(node)
            data["aliases"] = sorted(set(data["aliases"]) | entity.aliases | {entity.name})
            data["documents"] = sorted(set(data["documents"]) | {doc.id})
            _merge_evidence(data["evidence"], _evidence_dicts(entity.evidence))
        author_node = _author_node(graph, extraction, ids, resolver)
        for rel in extraction.relations:
            head = author_node if rel.head == AUTHOR else ids.get(rel.head)
            tail = author_node if rel.tail == AUTHOR else ids.get(rel.tail)
            if head is None or tail is None or head == tail:
                continue
            if graph.has_edge(head, tail, key=rel.type):
                edge = graph.edges[head, tail, rel.type]
            else:
                graph.add_edge(head, tail, key=rel.type, type=rel.type, evidence=[])
                edge = graph.edges[head, tail, rel.type]
            _merge_evidence(edge["evidence"], _evidence_dicts(rel.evidence))
            if rel.type == "POSITION" and (rel.title or "title" not in edge):
                edge["title"] = edge.get("title") or rel.title
        documents[doc.id] = {
            "id": doc.id, "source": doc.source, "sha256": doc.sha256, "title": doc.title,
            "author": author_node, "encoding": doc.encoding, "chars": len(doc.text),
        }
        place = report_place(extraction)
        if place:
            documents[doc.id]["place"] = place
    return graph


_PLACE = re.compile(r"^([\u4e00-\u9fff]{2,5}?[省市县区镇乡])")


def report_place(extraction: Extraction) -> str | None:
    """The place a report is about: the first place (柳湾市, 泰丰县) that starts
    the name of its writer or of a specific body it names, else ``None``."""
    from unionkg.resolve import is_specific

    names = [extraction.author] if extraction.author and extraction.author != AUTHOR else []
    names += [e.name for e in extraction.entities if e.type == "ORG"]
    for name in names:
        m = _PLACE.match(name)
        if m and is_specific(name, "ORG") and not m.group(1).startswith(("全", "本", "我", "各", "该")):
            return m.group(1)
    return None


def _scope(node: str) -> str | None:
    """What a scoped node id is scoped to (a report id or a node id), else ``None``."""
    if "@" not in node or node.split(":", 1)[-1].startswith("@"):
        return None
    return node.split("@", 1)[1]


_TITLE_TAIL = re.compile(r"(?:(?:19|20)\d\d|[_xX＿]{2,}|[一二三四五六七八九〇零]{4})?\s*年?度?"
                         r"(?:上半年|下半年|年终|年度|全年)?(?:工作)?(?:总结|报告|汇报)[一二三四五六七八九十\d]*$")


_TITLE_HEAD = re.compile(r"^(?:(?:19|20)(?:\d\d|[_xX＿]+)|[_xX＿]{2,})\s*年度?")


def _title_writer(title: str | None) -> str | None:
    """The writer a report's title names (青松中学工会2022年工作总结 → 青松中学工会)."""
    if not title:
        return None
    from unionkg.nlp.lexicon import words

    stem = _TITLE_HEAD.sub("", _TITLE_TAIL.sub("", title)).strip()
    names_body = stem.endswith(words("org_heads")) and len(stem) >= 3
    return stem if names_body and stem != title else title


def annotate_display(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Give every scoped node a ``display`` name that says which one it is.

    ``公司工会`` is a different body in each report that writes it; shown bare,
    six of them look alike.  The context is the body or event it is tied to
    (``车队（晨风集团）``), else its report's place for a name that starts with a
    level (``市总工会 · 柳湾市``), else its report's writer
    (``公司工会（晨风集团工会）``), else the report's title or id.  Displays that
    would still collide get the report added.  Specific nodes need no context.
    """
    documents = graph.graph.get("documents", {})
    shown: dict[str, str] = {}
    doc_of: dict[str, str] = {}
    for node, data in graph.nodes(data=True):
        scope = _scope(node)
        if scope is None:
            data.pop("display", None)
            continue
        label = str(data.get("label") or node)
        if scope in graph and scope != node:
            shown[node] = f"{label}（{graph.nodes[scope].get('label', scope)}）"
            continue
        doc = scope if scope in documents else (sorted(data.get("documents") or []) or [scope])[0]
        doc_of[node] = doc
        meta = documents.get(doc) or {}
        writer = meta.get("author")
        place = meta.get("place")
        if place and label[:1] in "省市县区镇乡" and place not in label:
            shown[node] = f"{label} · {place}"
        elif writer and writer != node and writer in graph and _scope(writer) is None:
            shown[node] = f"{label}（{graph.nodes[writer].get('label', writer)}）"
        elif place and place not in label:
            shown[node] = f"{label} · {place}"
        else:
            shown[node] = f"{label}（{_title_writer(meta.get('title')) or doc}）"
    seen: dict[str, list[str]] = {}
    for node, text in shown.items():
        seen.setdefault(text, []).append(node)
    for text, nodes in seen.items():
        if len(nodes) > 1:
            for node in nodes:
                doc = doc_of.get(node) or (sorted(graph.nodes[node].get("documents") or []) or [""])[0]
                title = (documents.get(doc) or {}).get("title") or doc
                if title and title not in text:
                    shown[node] = f"{text} · {title}"
                if doc and list(shown.values()).count(shown[node]) > 1:
                    shown[node] = f"{shown[node]} · {doc}"
    for node, text in shown.items():
        graph.nodes[node]["display"] = text
    return graph


def _author_node(graph: nx.MultiDiGraph, extraction: Extraction, ids: dict[str, str],
                 resolver: Resolver) -> str | None:
    """The writer's node: its named entity, or one node standing for an unnamed writer.

    An unnamed writer still did what the report says (``@author`` relations), so
    it gets a node scoped to the report rather than losing those facts.
    """
    doc = extraction.document
    uses_author = any(AUTHOR in (r.head, r.tail) for r in extraction.relations)
    if extraction.author:
        node = ids[extraction.author]
        label = extraction.author
    elif uses_author:
        node = f"ORG:{AUTHOR}@{doc.id}"
        label = f"报告单位（{doc.title or doc.id}）"
    else:
        return None
    if node not in graph:
        graph.add_node(node, type="ORG", label=label, aliases=[label], documents=[doc.id], evidence=[])
    return node


def record_duplicates(graph: nx.MultiDiGraph, duplicates: dict[str, dict]) -> nx.MultiDiGraph:
    """List reports that were not built because they repeat one that was:
    ``G.graph["duplicates"]`` (id → ``{"id", "source", "same_as"}``) and, on the
    report built, ``duplicates`` (sorted ids of its copies)."""
    documents = graph.graph.setdefault("documents", {})
    graph.graph["duplicates"] = {k: dict(duplicates[k]) for k in sorted(duplicates)}
    for dup in graph.graph["duplicates"].values():
        kept = documents.get(dup["same_as"])
        if kept is not None:
            kept["duplicates"] = sorted({*kept.get("duplicates", []), dup["id"]})
    return graph


def finalize(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Drop build-time helpers so the graph holds only serialisable data."""
    graph.graph.pop("_resolver", None)
    return annotate_display(annotate_conferrals(graph))
