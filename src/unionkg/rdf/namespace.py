"""The namespaces of the union-work ontology and the vocabularies it reuses.

``UKG`` is a *closed* :class:`rdflib.namespace.DefinedNamespace`: a misspelt
term (``UKG.recepient``) raises ``AttributeError`` instead of minting a new IRI.
Every term listed here is declared in ``ontology/unionkg.ttl`` and vice versa
(``tests/test_ontology.py`` checks both directions).
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD, DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/unionkg/ontology"
ID_BASE = "https://w3id.org/unionkg/id/"


class UKG(DefinedNamespace):
    """Terms of ``https://w3id.org/unionkg/ontology#`` (prefix ``ukg:``)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    TradeUnion: URIRef
    Report: URIRef
    Award: URIRef
    AwardConferral: URIRef
    Evidence: URIRef
    # SKOS concept schemes and their concepts
    AwardLevel: URIRef
    NationalLevel: URIRef
    ProvincialLevel: URIRef
    MunicipalLevel: URIRef
    CountyLevel: URIRef
    UnitLevel: URIRef
    EventKind: URIRef
    Meeting: URIRef
    Competition: URIRef
    Training: URIRef
    Performance: URIRef
    Campaign: URIRef
    # object properties
    recipient: URIRef
    award: URIRef
    conferredBy: URIRef
    conferredAt: URIRef
    awardedBy: URIRef
    participatedIn: URIRef
    eventKind: URIRef
    awardLevel: URIRef
    evidence: URIRef
    # datatype properties
    postTitle: URIRef
    evidenceSentence: URIRef
    sourceFile: URIRef
    sha256: URIRef
    encoding: URIRef
    characterCount: URIRef
    softwareVersion: URIRef


ORG = Namespace("http://www.w3.org/ns/org#")
SDO = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
SH = Namespace("http://www.w3.org/ns/shacl#")
KG = Namespace(ID_BASE)

#: prefix → namespace, bound on every graph and used by the oxigraph writer.
PREFIXES: dict[str, str] = {
    "ukg": str(UKG._NS),
    "kg": ID_BASE,
    "org": str(ORG),
    "foaf": str(FOAF),
    "schema": str(SDO),
    "prov": str(PROV),
    "skos": str(SKOS),
    "oa": str(OA),
    "dcterms": str(DCTERMS),
    "time": str(TIME),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
}


def ukg_terms() -> list[str]:
    """Local names of every term of the closed namespace, sorted."""
    return sorted(name for name in UKG.__annotations__ if not name.startswith("_"))


__all__ = ["UKG", "ORG", "SDO", "OA", "SH", "KG", "PREFIXES", "ONTOLOGY_IRI", "ID_BASE",
           "ukg_terms", "DCTERMS", "FOAF", "PROV", "RDF", "RDFS", "SKOS", "TIME", "XSD", "OWL"]
