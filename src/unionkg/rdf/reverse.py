"""Read a built graph (Turtle, TriG, JSON-LD) back into the networkx shape of ``unionkg.graph``.

Used by ``unionkg view`` to regenerate HTML from ``graph.ttl``.  Evidence lists
come back sorted by (document, start, end); everything else is as written.
"""
from __future__ import annotations

import os

import networkx as nx
from rdflib import Graph, Literal

from unionkg.rdf.mapping import LINKS, PREDICATE_TYPE
from unionkg.rdf.namespace import DCTERMS, FOAF, OA, ORG, PROV, RDF, RDFS, SDO, SKOS, UKG

_TYPES = [(FOAF.Person, "PER"), (SDO.Event, "EVENT"), (UKG.Award, "AWARD"),
          (ORG.Organization, "ORG")]


def _zh(graph: Graph, subject, predicate) -> list[str]:
    values = list(graph.objects(subject, predicate))
    zh = [str(v) for v in values if isinstance(v, Literal) and v.language in ("zh", None)]
    return sorted(zh or [str(v) for v in values])


def from_rdf(source) -> nx.MultiDiGraph:
    """A path (``.ttl``/``.trig``/``.jsonld``) or rdflib graph → ``networkx.MultiDiGraph``."""
    from unionkg.rdf.build import read_dataset, union_graph
    if isinstance(source, (str, os.PathLike)):
        source = read_dataset(source)
    g = union_graph(source)

    reports = {r: str(g.value(r, DCTERMS.identifier) or r) for r in g.subjects(RDF.type, UKG.Report)}
    nodes = {}
    for cls, type_ in _TYPES:
        for s in g.subjects(RDF.type, cls):
            ident = g.value(s, DCTERMS.identifier)
            if ident is not None and s not in nodes:
                nodes[s] = (str(ident), type_)

    def evidence(subject) -> list[dict]:
        out = []
        for e in g.objects(subject, UKG.evidence):
            span = g.value(e, OA.hasSelector)
            report = g.value(e, PROV.wasDerivedFrom) or g.value(e, OA.hasSource)
            out.append({
                "document": reports.get(report, str(report) if report else ""),
                "sentence": str(g.value(e, UKG.evidenceSentence) or ""),
                "start": int(g.value(span, OA.start)) if span is not None else 0,
                "end": int(g.value(span, OA.end)) if span is not None else 0,
                "source": str(g.value(e, UKG.sourceFile) or ""),
            })
        out.sort(key=lambda ev: (ev["document"], ev["start"], ev["end"], ev["sentence"]))
        return out

    graph = nx.MultiDiGraph()
    for s, (ident, type_) in sorted(nodes.items(), key=lambda kv: kv[1][0]):
        label = (_zh(g, s, SKOS.prefLabel) or [ident.split(":", 1)[-1].split("@")[0]])[0]
        display = (_zh(g, s, RDFS.label) or [label])[0]
        aliases = sorted((set(_zh(g, s, SKOS.altLabel)) - ({display} - {label})) | {label})
        docs = sorted(reports[r] for r in g.objects(s, PROV.wasDerivedFrom) if r in reports)
        graph.add_node(ident, type=type_, label=label, aliases=aliases, documents=docs,
                       evidence=evidence(s))
        if display != label:
            graph.nodes[ident]["display"] = display

    def add(head, tail, type_, fact) -> None:
        if head in nodes and tail in nodes:
            u, v = nodes[head][0], nodes[tail][0]
            graph.add_edge(u, v, key=type_, type=type_, evidence=evidence(fact))

    for post in g.subjects(RDF.type, ORG.Post):
        for holder in g.subjects(ORG.holds, post):
            for org in g.objects(post, ORG.postIn):
                add(holder, org, "POSITION", post)
    for conferral in g.subjects(RDF.type, UKG.AwardConferral):
        for recipient in g.objects(conferral, UKG.recipient):
            for award in g.objects(conferral, UKG.award):
                add(recipient, award, "RECEIVED", conferral)
    for st in g.subjects(RDF.type, RDF.Statement):
        type_ = PREDICATE_TYPE.get(str(g.value(st, RDF.predicate)))
        s, o = g.value(st, RDF.subject), g.value(st, RDF.object)
        if type_ is None or s is None or o is None:
            continue
        forward = LINKS[type_][1]
        add(s, o, type_, st) if forward else add(o, s, type_, st)

    documents = {}
    for r, doc in sorted(reports.items(), key=lambda kv: kv[1]):
        creator = g.value(r, DCTERMS.creator)
        chars = g.value(r, UKG.characterCount)
        title = g.value(r, DCTERMS.title)
        documents[doc] = {
            "id": doc, "source": str(g.value(r, UKG.sourceFile) or ""),
            "sha256": str(g.value(r, UKG.sha256) or ""),
            "title": str(title) if title is not None else None,
            "author": nodes[creator][0] if creator in nodes else None,
            "encoding": str(g.value(r, UKG.encoding) or "utf-8"),
            "chars": int(chars) if chars is not None else 0,
        }
        place = g.value(r, DCTERMS.spatial)
        if place is not None:
            documents[doc]["place"] = str(place)
    graph.graph["documents"] = documents
    return graph
