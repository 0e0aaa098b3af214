"""The networkx graph of ``unionkg.graph`` as quads under the union-work ontology.

This module knows the mapping and nothing about any RDF library: it yields
``(subject, predicate, object, graph)`` tuples where IRIs are
:class:`rdflib.URIRef` (plain ``str`` subclasses) and literals are :class:`Lit`.
``build.py`` turns them into an rdflib ``Dataset``, ``oxigraph.py`` into a
``pyoxigraph.Store``.

Mapping (one named graph per report, named by the report's IRI):

* PER → ``foaf:Person`` (``foaf:name``); ORG → ``org:Organization`` (and
  ``ukg:TradeUnion`` for ``…工会/分会/工委``); EVENT → ``schema:Event`` with
  ``ukg:eventKind`` and ``schema:startDate`` (a year, when the name or a
  sentence gives one); AWARD → ``ukg:Award`` (``ukg:awardLevel`` only when the
  name states one).  Labels:
  ``skos:prefLabel``/``rdfs:label`` @zh, other aliases ``skos:altLabel``; the
  graph's node id is ``dcterms:identifier``.
* RECEIVED → one ``ukg:AwardConferral`` per report (``ukg:recipient``,
  ``ukg:award``, and the conferral's own ``ukg:conferredBy``/``ukg:conferredAt``,
  ``ukg:awardLevel`` and ``dcterms:date`` from the edge's ``conferrals``);
  POSITION → an ``org:Post`` (``org:holds``/``org:postIn``, ``ukg:postTitle``
  from the edge's ``title``, else guessed from the sentence); SUBORDINATE_OF →
  ``org:subOrganizationOf``; ORGANIZED → ``schema:organizer``;
  PARTICIPATED_IN → ``schema:attendee`` + ``ukg:participatedIn``; AWARDED_BY →
  ``ukg:awardedBy``.  The last four are also reified as ``rdf:Statement`` nodes
  so they can carry evidence.
* Every entity and fact: ``prov:wasDerivedFrom`` its report, ``ukg:evidence``
  nodes (sentence, ``oa:TextPositionSelector``), facts ``prov:wasGeneratedBy``
  the build activity (with ``ukg:softwareVersion``).

IRIs are stable (sha1 of the node id / fact key); no blank nodes.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import quote

import networkx as nx
from rdflib import URIRef

from unionkg.rdf import guess
from unionkg.rdf.namespace import (DCTERMS, FOAF, KG, OA, ORG, PROV, RDF, RDFS, SDO, SKOS, UKG,
                                   XSD)


class Lit(NamedTuple):
    """A literal: lexical value, language tag or datatype IRI (at most one)."""

    value: str
    lang: str | None = None
    datatype: str | None = None


Quad = tuple[URIRef, URIRef, "URIRef | Lit", "URIRef | None"]

KIND = {"PER": "person", "ORG": "org", "EVENT": "event", "AWARD": "award"}
#: relation type → (predicate, subject is the edge head)
LINKS = {
    "SUBORDINATE_OF": (ORG.subOrganizationOf, True),
    "ORGANIZED": (SDO.organizer, False),
    "PARTICIPATED_IN": (UKG.participatedIn, True),
    "AWARDED_BY": (UKG.awardedBy, True),
}
PREDICATE_TYPE = {str(p): t for t, (p, _) in LINKS.items()}


def _hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def node_iri(node_id: str, type_: str | None = None) -> URIRef:
    kind = KIND.get(type_ or node_id.split(":", 1)[0], "thing")
    return KG[f"{kind}-{_hash(node_id)}"]


def iri_segment(text: str) -> str:
    """``text`` as one IRI path segment: letters (any script), digits, ``-_.~`` kept, the rest %-escaped."""
    return "".join(ch if (ch.isalnum() or ch in "-_~" or (ch == "." and 0 < i < len(text) - 1))
                   else quote(ch, safe="") for i, ch in enumerate(text))


def report_iri(doc_id: str) -> URIRef:
    """The report's IRI (``kg:report-红星小学-2019``), also the name of its graph."""
    return KG["report-" + iri_segment(doc_id)]


def build_iri(version: str) -> URIRef:
    return KG["build-" + iri_segment(version)]


def evidence_iri(ev: dict) -> tuple[URIRef, URIRef]:
    key = _hash(str(ev.get("document", "")), str(ev.get("start", "")), str(ev.get("end", "")),
                str(ev.get("sentence", "")))
    return KG["evidence-" + key], KG["span-" + key]


def zh(text: str) -> Lit:
    return Lit(str(text), "zh")


def plain(text) -> Lit:
    return Lit(str(text))


def nonneg(n) -> Lit:
    """A count or offset.  ``xsd:integer`` (bounded below by the shapes), not
    ``xsd:nonNegativeInteger``: oxigraph stores derived integer types as
    ``xsd:integer``, and both stores must hold the same triples."""
    return Lit(str(int(n)), None, str(XSD.integer))


def gyear(y: str) -> Lit:
    return Lit(y, None, str(XSD.gYear))


@lru_cache(maxsize=1)
def _concepts() -> dict[str, list[tuple[URIRef, URIRef, Lit]]]:
    """prefLabels and scheme of every SKOS concept of the ontology (from the .ttl)."""
    from rdflib import Graph, Literal

    from unionkg.rdf.paths import ontology_file
    onto = Graph().parse(ontology_file("unionkg.ttl"), format="turtle")
    out: dict[str, list] = defaultdict(list)
    for concept in sorted(onto.subjects(RDF.type, SKOS.Concept)):
        out[str(concept)].append((RDF.type, SKOS.Concept))
        for scheme in sorted(onto.objects(concept, SKOS.inScheme)):
            out[str(concept)].append((SKOS.inScheme, URIRef(scheme)))
        for label in sorted(onto.objects(concept, SKOS.prefLabel)):
            assert isinstance(label, Literal)
            out[str(concept)].append((SKOS.prefLabel, Lit(str(label), label.language)))
    return dict(out)


def _group(evidence: list[dict]) -> dict[str, list[dict]]:
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for ev in evidence or []:
        by_doc[str(ev.get("document", ""))].append(ev)
    for evs in by_doc.values():
        evs.sort(key=lambda e: (int(e.get("start", 0)), int(e.get("end", 0)), e.get("sentence", "")))
    return by_doc


def _sentences(evidence: list[dict]) -> list[str]:
    return sorted({e.get("sentence", "") for e in evidence or [] if e.get("sentence")})


class _Emitter:
    def __init__(self, graph: nx.MultiDiGraph, version: str, generated_at: str | None):
        self.g = graph
        self.version = version
        self.build = build_iri(version)
        self.generated_at = generated_at
        self.docs = dict(graph.graph.get("documents", {}))

    def label(self, node: str) -> str:
        return str(self.g.nodes[node].get("label") or node.split(":", 1)[-1].split("@")[0])

    def iri(self, node: str) -> URIRef:
        return node_iri(node, self.g.nodes[node].get("type"))

    def node_docs(self, node: str) -> list[str]:
        data = self.g.nodes[node]
        docs = set(data.get("documents") or []) | set(_group(data.get("evidence")))
        return sorted(d for d in docs if d)

    def edge_docs(self, u: str, v: str, evidence: list[dict]) -> list[str]:
        docs = sorted(d for d in _group(evidence) if d)
        if docs:
            return docs
        common = sorted(set(self.node_docs(u)) & set(self.node_docs(v)))
        return common or self.node_docs(u)[:1]

    # -------------------------------------------------------------- pieces
    def evidence(self, subject: URIRef, evs: list[dict], graph) -> Iterator[Quad]:
        for ev in evs:
            e, span = evidence_iri(ev)
            report = report_iri(str(ev.get("document", "")))
            yield subject, UKG.evidence, e, graph
            yield e, RDF.type, UKG.Evidence, graph
            yield e, UKG.evidenceSentence, plain(ev.get("sentence", "")), graph
            yield e, OA.hasSource, report, graph
            yield e, PROV.wasDerivedFrom, report, graph
            if ev.get("source"):
                yield e, UKG.sourceFile, plain(ev["source"]), graph
            yield e, OA.hasSelector, span, graph
            yield span, RDF.type, OA.TextPositionSelector, graph
            yield span, OA.start, nonneg(ev.get("start", 0)), graph
            yield span, OA.end, nonneg(ev.get("end", 0)), graph

    def fact(self, subject: URIRef, doc: str, evs: list[dict], graph) -> Iterator[Quad]:
        yield subject, PROV.wasDerivedFrom, report_iri(doc), graph
        yield subject, PROV.wasGeneratedBy, self.build, graph
        yield from self.evidence(subject, evs, graph)

    def report(self, doc: str) -> Iterator[Quad]:
        r = report_iri(doc)
        meta = self.docs.get(doc, {})
        yield r, RDF.type, UKG.Report, r
        yield r, RDF.type, PROV.Entity, r
        yield r, DCTERMS.identifier, plain(doc), r
        yield r, RDFS.label, zh(meta.get("title") or doc), r
        if meta.get("title"):
            yield r, DCTERMS.title, zh(meta["title"]), r
        if meta.get("source"):
            yield r, UKG.sourceFile, plain(meta["source"]), r
        if meta.get("sha256"):
            yield r, UKG.sha256, plain(meta["sha256"]), r
        if meta.get("encoding"):
            yield r, UKG.encoding, plain(meta["encoding"]), r
        if meta.get("place"):
            yield r, DCTERMS.spatial, zh(meta["place"]), r
        if meta.get("chars") is not None:
            yield r, UKG.characterCount, nonneg(meta["chars"]), r
        author = meta.get("author")
        if author and author in self.g:
            yield r, DCTERMS.creator, self.iri(author), r
        # identical reports read elsewhere: listed, not built again
        dups = self.g.graph.get("duplicates") or {}
        for dup_id in meta.get("duplicates") or []:
            d = report_iri(dup_id)
            yield d, RDF.type, UKG.Report, r
            yield d, RDF.type, PROV.Entity, r
            yield d, DCTERMS.identifier, plain(dup_id), r
            yield d, PROV.alternateOf, r, r
            source = (dups.get(dup_id) or {}).get("source")
            if source:
                yield d, UKG.sourceFile, plain(source), r
        b = self.build
        yield b, RDF.type, PROV.Activity, r
        yield b, RDFS.label, Lit(f"unionkg {self.version} build", "en"), r
        yield b, UKG.softwareVersion, plain(self.version), r
        yield b, PROV.used, r, r
        if self.generated_at:
            yield b, PROV.startedAtTime, Lit(self.generated_at, None, str(XSD.dateTime)), r

    def concept(self, concept: URIRef, graph) -> Iterator[Quad]:
        for p, o in _concepts().get(str(concept), []):
            yield concept, p, o, graph

    def node(self, node: str) -> Iterator[Quad]:
        data = self.g.nodes[node]
        type_ = data.get("type") or node.split(":", 1)[0]
        s = self.iri(node)
        label = self.label(node)
        by_doc = _group(data.get("evidence"))
        extra: list[tuple[URIRef, URIRef | Lit]] = []
        if type_ == "PER":
            extra += [(RDF.type, FOAF.Person), (FOAF.name, zh(label))]
        elif type_ == "ORG":
            extra.append((RDF.type, ORG.Organization))
            if guess.is_trade_union(label):
                extra.append((RDF.type, UKG.TradeUnion))
        elif type_ == "EVENT":
            extra += [(RDF.type, SDO.Event), (UKG.eventKind, guess.event_kind(label))]
            y = guess.year(label, *_sentences(data.get("evidence")))
            if y:
                extra.append((SDO.startDate, gyear(y)))
        elif type_ == "AWARD":
            extra.append((RDF.type, UKG.Award))
            # only a level the name states (全国五一劳动奖章) is the award's; the level
            # a body confers it at belongs to each conferral (see edge())
            level = guess.stated_level(label)
            if level is not None:
                extra.append((UKG.awardLevel, level))
        for doc in self.node_docs(node):
            g = report_iri(doc)
            yield s, DCTERMS.identifier, plain(node), g
            yield s, SKOS.prefLabel, zh(label), g
            # rdfs:label is what a reader is shown: the disambiguated display
            # (公司工会（晨风集团）) for a scoped name, which is also an altLabel
            display = str(data.get("display") or label)
            yield s, RDFS.label, zh(display), g
            for alias in sorted({*(data.get("aliases") or []), display}):
                if alias != label:
                    yield s, SKOS.altLabel, zh(alias), g
            for p, o in extra:
                yield s, p, o, g
                if p in (UKG.eventKind, UKG.awardLevel):
                    yield from self.concept(o, g)
            yield s, PROV.wasDerivedFrom, g, g
            yield from self.evidence(s, by_doc.get(doc, []), g)

    def edge(self, u: str, v: str, type_: str, data: dict) -> Iterator[Quad]:
        evidence = data.get("evidence") or []
        by_doc = _group(evidence)
        su, sv = self.iri(u), self.iri(v)
        docs = self.edge_docs(u, v, evidence)
        if type_ == "POSITION":
            f = KG["post-" + _hash(u, v)]
            title = data.get("title") or None
            for sentence in [] if title else _sentences(evidence):
                title = guess.post_title(sentence, self.label(u), self.label(v))
                if title:
                    break
            for doc in docs:
                g = report_iri(doc)
                yield f, RDF.type, ORG.Post, g
                yield f, RDFS.label, zh(f"{self.label(v)}{title or ''}{self.label(u)}" if title
                                        else f"{self.label(u)}（{self.label(v)}）"), g
                yield f, ORG.postIn, sv, g
                yield su, ORG.holds, f, g
                yield su, ORG.memberOf, sv, g
                if title:
                    yield f, UKG.postTitle, plain(title), g
                yield from self.fact(f, doc, by_doc.get(doc, []), g)
        elif type_ == "RECEIVED":
            # one conferral per report: who conferred it, where, when and at what
            # level are facts of that conferral, not of the (shared) award
            from unionkg.graph import conferrals_of
            for conf in data.get("conferrals") or conferrals_of(self.g, u, v):
                doc = conf["document"]
                g = report_iri(doc)
                f = KG["conferral-" + _hash(u, v, doc)]
                evs = by_doc.get(doc, [])
                yield f, RDF.type, UKG.AwardConferral, g
                yield f, RDFS.label, zh(f"{self.label(u)}获{self.label(v)}"), g
                yield f, UKG.recipient, su, g
                yield f, UKG.award, sv, g
                for t in conf.get("by") or []:
                    if t in self.g:
                        yield f, UKG.conferredBy, self.iri(t), g
                for t in conf.get("at") or []:
                    if t in self.g:
                        yield f, UKG.conferredAt, self.iri(t), g
                level = guess.award_level(self.label(v), [self.label(t) for t in conf.get("by") or []
                                                          if t in self.g])
                yield f, UKG.awardLevel, level, g
                yield from self.concept(level, g)
                if conf.get("year"):
                    yield f, DCTERMS.date, gyear(str(conf["year"])), g
                yield from self.fact(f, doc, evs, g)
        elif type_ in LINKS:
            pred, forward = LINKS[type_]
            s, o = (su, sv) if forward else (sv, su)
            st = KG["statement-" + _hash(u, type_, v)]
            for doc in docs:
                g = report_iri(doc)
                yield s, pred, o, g
                if type_ == "PARTICIPATED_IN":
                    yield sv, SDO.attendee, su, g
                yield st, RDF.type, RDF.Statement, g
                yield st, RDF.subject, s, g
                yield st, RDF.predicate, pred, g
                yield st, RDF.object, o, g
                yield from self.fact(st, doc, by_doc.get(doc, []), g)

    def quads(self) -> Iterator[Quad]:
        docs = set(self.docs)
        for node in self.g.nodes:
            docs.update(self.node_docs(node))
        for doc in sorted(docs):
            yield from self.report(doc)
        for node in sorted(self.g.nodes):
            yield from self.node(node)
        for u, v, key, data in sorted(self.g.edges(keys=True, data=True), key=lambda e: e[:3]):
            yield from self.edge(u, v, data.get("type", key), data)


def iter_quads(graph: nx.MultiDiGraph, version: str,
               generated_at: str | None = None) -> Iterator[Quad]:
    """Every quad of ``graph`` under the ontology (duplicates possible; stores dedupe)."""
    return _Emitter(graph, version, generated_at).quads()
