"""What each page says beside its drawing: the facts as lists, with their sentences.

A union officer looking up their own federation wants "who holds which post,
which events, which awards" as text they can read and copy, each fact with
the sentence it was read from and the report that says so; a drawing alone
cannot be trusted or quoted.
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx

from unionkg.views import style
from unionkg.views.memo import of_document
from unionkg.views.names import display_name, documents, relative, relative_link, report_name, report_page

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
#: Edge attributes worth a word beside the fact, in this order (others' stages may add them).
DETAILS = [("title", "职务"), ("level", "级别"), ("year", "年份")]
#: Sentences listed per fact, and per report among an entity's mentions.
MAX_SENTENCES = 5


def _sentence(text: str) -> str:
    return " ".join(str(text).split())


def evidence_items(graph: nx.MultiDiGraph, evidence: list[dict], from_page: str | None,
                   doc_id: str | None = None) -> list[dict]:
    """Distinct sentences (of one report when ``doc_id``), each with its report and a link to its page."""
    seen, out = set(), []
    if doc_id is not None:
        # one report's items picked out first (from a memo: a list can be as long as the corpus)
        evidence = of_document(graph, evidence, doc_id)
    for ev in sorted(evidence, key=lambda e: (e.get("document", ""), e.get("start", 0))):
        doc = ev.get("document", "")
        if doc_id is not None and doc != doc_id:
            continue
        sentence = _sentence(ev.get("sentence", ""))
        if not sentence or (doc, sentence) in seen:
            continue
        seen.add((doc, sentence))
        known = doc in documents(graph)
        # on a report's own page every sentence is from that report: no need to name it
        out.append({"sentence": sentence, "report": "" if doc_id is not None else report_name(graph, doc),
                    "href": relative(from_page, report_page(graph, doc)) if known and doc_id is None else None})
        if len(out) >= MAX_SENTENCES:
            break
    return out


def detail(data: dict) -> str:
    """``职务：主席 · 级别：省`` from a fact's attributes, when it carries any."""
    return " · ".join(f"{name}：{data[key]}" for key, name in DETAILS if data.get(key))


def conferrals(graph: nx.MultiDiGraph, data: dict, doc_id: str | None = None) -> str:
    """A RECEIVED fact's conferrals, each as its report tells it: who gave it, the year, the level.

    The same honour is conferred differently in different reports, so the
    details are listed per conferral (and, on a report page, for that report only).
    """
    out = []
    for conferral in data.get("conferrals") or []:
        if doc_id is not None and conferral.get("document") != doc_id:
            continue
        words = []
        by = [b for b in conferral.get("by") or [] if b in graph]
        if by:
            words.append("授予 " + "、".join(display_name(graph, b) for b in by))
        if conferral.get("year"):
            words.append(f"{conferral['year']}年")
        if conferral.get("level"):
            words.append(f"级别：{conferral['level']}")
        if words:
            where = "" if doc_id is not None else f"（《{report_name(graph, conferral.get('document', ''))}》）"
            out.append(" · ".join(words) + where)
    return "；".join(out)


def _part(graph: nx.MultiDiGraph, node: str, from_page: str | None) -> dict:
    return {"text": display_name(graph, node), "href": relative_link(from_page, node, graph),
            "type": style.type_name(graph.nodes[node].get("type", ""))}


def facts(graph: nx.MultiDiGraph, center: str, from_page: str | None) -> list[dict]:
    """Every relation of ``center`` grouped into sections, each with its sentences and reports."""
    sections = []
    for direction, relation, heading in SECTIONS:
        if direction == "out":
            pairs = [(v, d) for _, v, k, d in graph.out_edges(center, keys=True, data=True) if k == relation]
        else:
            pairs = [(u, d) for u, _, k, d in graph.in_edges(center, keys=True, data=True) if k == relation]
        if not pairs:
            continue
        items = []
        for other, data in sorted(pairs, key=lambda p: (display_name(graph, p[0]), p[0])):
            said = "；".join(x for x in (detail(data), conferrals(graph, data)) if x)
            items.append({"parts": [_part(graph, other, from_page)], "detail": said,
                          "evidence": evidence_items(graph, data.get("evidence") or [], from_page)})
        sections.append({"heading": heading, "items": items})
    return sections


def mentions(graph: nx.MultiDiGraph, center: str, from_page: str | None) -> dict:
    """Where ``center`` is named: per report, the sentences, so a page is never empty.

    An entity with no relation still has its mentions; this section is what
    lets a reader check it exists and what the text says about it.
    """
    evidence = graph.nodes[center].get("evidence") or []
    per_doc: dict[str, list[dict]] = defaultdict(list)
    for ev in evidence:
        per_doc[ev.get("document", "")].append(ev)
    for doc in graph.nodes[center].get("documents") or []:
        per_doc.setdefault(doc, [])
    items = []
    for doc in sorted(per_doc):
        known = doc in documents(graph)
        items.append({
            "parts": [{"text": "《" + report_name(graph, doc) + "》",
                       "href": relative(from_page, report_page(graph, doc)) if known else None, "type": ""}],
            "detail": f"{len(per_doc[doc])} 处提及 mentions" if per_doc[doc] else "",
            "evidence": evidence_items(graph, per_doc[doc], None, doc),
        })
    return {"heading": f"提及 Mentions（{len(per_doc)} 篇报告 reports）", "items": items}


class ReportIndex:
    """Which nodes and edges each report states, gathered in one pass over the graph.

    A report page needs "the facts of this report"; scanning every edge per
    report would grow with reports × edges.
    """

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.nodes: dict[str, set[str]] = defaultdict(set)
        self.edges: dict[tuple[str, str], list[tuple[str, str, dict]]] = defaultdict(list)
        for node, data in graph.nodes(data=True):
            for doc in data.get("documents") or []:
                self.nodes[doc].add(node)
        for u, v, key, data in graph.edges(keys=True, data=True):
            for doc in sorted({ev.get("document", "") for ev in data.get("evidence") or []}):
                self.edges[(doc, key)].append((u, v, data))
                self.nodes[doc] |= {u, v}
        for doc_id, doc in documents(graph).items():
            if doc.get("author") and doc["author"] in graph:
                self.nodes[doc_id].add(doc["author"])
        for key, edges in self.edges.items():
            edges.sort(key=lambda e: (display_name(graph, e[0]), display_name(graph, e[1]), e[0], e[1]))

    def report_nodes(self, doc_id: str) -> list[str]:
        """Every node the report names or relates, plus its writer."""
        return sorted(self.nodes.get(doc_id, ()))

    def edges_in(self, doc_id: str, relation: str) -> list[tuple[str, str, dict]]:
        """The ``relation`` edges a report states (one of their sentences is in it)."""
        return self.edges.get((doc_id, relation), [])


def report_sections(graph: nx.MultiDiGraph, index: ReportIndex, doc_id: str, from_page: str) -> list[dict]:
    """A report as a reader summarises it: people and posts, events, honours, then the rest.

    Each fact is listed with its sentences from this report only.
    """
    def ev(data: dict) -> list[dict]:
        return evidence_items(graph, data.get("evidence") or [], None, doc_id)

    def part(node: str) -> dict:
        return _part(graph, node, from_page)

    sections = []
    posts = [{"parts": [part(u), part(v)], "detail": detail(d), "evidence": ev(d)}
             for u, v, d in index.edges_in(doc_id, "POSITION")]
    if posts:
        sections.append({"heading": "人员与职务 People and posts", "items": posts})
    organised = defaultdict(list)
    for u, v, d in index.edges_in(doc_id, "ORGANIZED"):
        organised[v].append((u, d))
    taking_part = defaultdict(list)
    for u, v, d in index.edges_in(doc_id, "PARTICIPATED_IN"):
        taking_part[v].append((u, d))
    events = []
    for node in index.report_nodes(doc_id):
        if graph.nodes[node].get("type") != "EVENT":
            continue
        parts = [part(node)]
        who = [f"组织 {display_name(graph, u)}" for u, _ in organised.get(node, [])]
        who += [f"参加 {display_name(graph, u)}" for u, _ in taking_part.get(node, [])]
        own = of_document(graph, graph.nodes[node].get("evidence") or [], doc_id)
        facts_ev = [e for _, d in organised.get(node, []) + taking_part.get(node, [])
                    for e in d.get("evidence") or []]
        events.append({"parts": parts, "detail": "；".join(who),
                       "evidence": evidence_items(graph, facts_ev + own, None, doc_id)})
    events.sort(key=lambda item: item["parts"][0]["text"])
    if events:
        sections.append({"heading": "活动 Events", "items": events})
    conferred_by = defaultdict(list)
    for u, v, d in index.edges_in(doc_id, "AWARDED_BY"):
        conferred_by[u].append(v)
    honours = []
    for u, v, d in index.edges_in(doc_id, "RECEIVED"):
        text = conferrals(graph, d, doc_id)
        if not text and conferred_by.get(v):
            text = "授予 " + "、".join(display_name(graph, b) for b in conferred_by[v])
        text = "；".join(x for x in (detail(d), text) if x)
        honours.append({"parts": [part(u), part(v)], "detail": text, "evidence": ev(d)})
    if honours:
        sections.append({"heading": "荣誉 Honours", "items": honours})
    other = [{"parts": [part(u), part(v)], "detail": style.edge_label(rel), "evidence": ev(d)}
             for rel in ("SUBORDINATE_OF", "AWARDED_BY") for u, v, d in index.edges_in(doc_id, rel)]
    if other:
        sections.append({"heading": "其他关系 Other relations", "items": other})
    named = defaultdict(list)
    for node in index.report_nodes(doc_id):
        named[graph.nodes[node].get("type", "")].append(node)
    for type_, nodes in sorted(named.items(), key=lambda kv: list(style.NODE_STYLES).index(kv[0])
                               if kv[0] in style.NODE_STYLES else 99):
        items = [{"parts": [part(n)], "detail": "",
                  "evidence": evidence_items(graph, graph.nodes[n].get("evidence") or [], None, doc_id)[:1]}
                 for n in sorted(nodes, key=lambda n: (display_name(graph, n), n))]
        sections.append({"heading": f"提及的{style.node_style(type_).name} {type_} mentioned（{len(items)}）",
                         "items": items})
    return sections
