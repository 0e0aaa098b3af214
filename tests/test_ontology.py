"""The ontology file, the shapes file and the closed ukg namespace agree."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from unionkg.rdf import UKG, ontology_dir
from unionkg.rdf.namespace import ukg_terms

DECLARING = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
             SKOS.Concept, SKOS.ConceptScheme, OWL.NamedIndividual}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_dir() / "unionkg.ttl", format="turtle")


def declared(onto: Graph) -> set[str]:
    ns = str(UKG._NS)
    return {str(s)[len(ns):] for s, _, o in onto.triples((None, RDF.type, None))
            if isinstance(s, URIRef) and str(s).startswith(ns) and o in DECLARING}


def test_namespace_and_ttl_declare_the_same_terms(onto):
    assert set(ukg_terms()) == declared(onto)


def test_every_term_has_zh_en_labels_and_a_comment(onto):
    for name in ukg_terms():
        term = UKG[name]
        langs = {lit.language for lit in onto.objects(term, RDFS.label) if isinstance(lit, Literal)}
        assert {"zh", "en"} <= langs, name
        assert any(True for _ in onto.objects(term, RDFS.comment)), name


def test_every_ukg_iri_used_in_the_ttl_is_a_term(onto):
    ns = str(UKG._NS)
    used = {str(t)[len(ns):] for triple in onto for t in triple
            if isinstance(t, URIRef) and str(t).startswith(ns)}
    assert used <= set(ukg_terms())


def test_closed_namespace_rejects_misspelt_terms():
    assert str(UKG.recipient).endswith("#recipient")
    with pytest.raises(AttributeError):
        UKG.recepient  # noqa: B018


def test_concept_schemes_have_zh_and_en_pref_labels(onto):
    for scheme, n in ((UKG.AwardLevel, 5), (UKG.EventKind, 5)):
        concepts = set(onto.subjects(SKOS.inScheme, scheme))
        assert len(concepts) == n
        for c in concepts:
            assert {lit.language for lit in onto.objects(c, SKOS.prefLabel)} == {"zh", "en"}


def test_reused_vocabularies_not_redefined(onto):
    # ukg:TradeUnion specialises org:Organization, reports are prov:Entity
    assert (UKG.TradeUnion, RDFS.subClassOf, URIRef("http://www.w3.org/ns/org#Organization")) in onto
    assert (UKG.Report, RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Entity")) in onto


def test_shapes_file_parses_and_targets_the_facts():
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    sh = "http://www.w3.org/ns/shacl#"
    targets = set(shapes.objects(None, URIRef(sh + "targetClass")))
    assert {UKG.AwardConferral, UKG.Evidence, URIRef("http://xmlns.com/foaf/0.1/Person")} <= targets
