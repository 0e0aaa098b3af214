"""The RDF stage: the graph under the union-work ontology, queries, shapes, stores.

Public API::

    to_rdf(graph, version=None) -> rdflib.Dataset
    write_turtle(ds, path); write_trig(ds, path); write_jsonld(ds, path)
    from_rdf(path) -> networkx.MultiDiGraph
    list_queries(); load_query(name); query_text(sparql, file); run_query(source, sparql, params); format_result(...)
    validate(source) -> (conforms, lines)
    validate_reports(store, cache=None) -> (conforms, lines)   # report graph by report graph
    OxigraphStore (``--store oxigraph``)
    load(trig_path, endpoint_url)   # SPARQL Graph Store HTTP Protocol
    ontology_dir()
"""
from unionkg.rdf.build import (
    read_dataset,
    to_rdf,
    union_graph,
    write_jsonld,
    write_trig,
    write_turtle,
)
from unionkg.rdf.endpoint import LoadError, load
from unionkg.rdf.inputs import RdfInputError
from unionkg.rdf.namespace import UKG
from unionkg.rdf.oxigraph import OxigraphStore
from unionkg.rdf.paths import ontology_dir
from unionkg.rdf.query import (
    format_result,
    list_queries,
    load_query,
    query_text,
    run_query,
)
from unionkg.rdf.reverse import from_rdf
from unionkg.rdf.sparql import QueryError, QueryRefused, QueryTimeout
from unionkg.rdf.validate import validate, validate_reports

__all__ = [
    "UKG",
    "LoadError",
    "OxigraphStore",
    "QueryError",
    "QueryRefused",
    "QueryTimeout",
    "RdfInputError",
    "format_result",
    "from_rdf",
    "list_queries",
    "load",
    "load_query",
    "ontology_dir",
    "query_text",
    "read_dataset",
    "run_query",
    "to_rdf",
    "union_graph",
    "validate",
    "validate_reports",
    "write_jsonld",
    "write_trig",
    "write_turtle",
]
