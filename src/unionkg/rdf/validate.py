"""SHACL validation of a built graph against ``ontology/shapes.ttl`` (pySHACL)."""
from __future__ import annotations

import os
from functools import lru_cache

import networkx as nx
from rdflib import BNode, Graph, Literal, URIRef

from unionkg.rdf.namespace import RDFS, SH, SKOS
from unionkg.rdf.paths import ontology_file


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    return Graph().parse(ontology_file("unionkg.ttl"), format="turtle")


def _data_graph(source) -> Graph:
    from unionkg.rdf.build import read_dataset, to_rdf, union_graph
    from unionkg.rdf.oxigraph import OxigraphStore
    if isinstance(source, (str, os.PathLike)):
        source = read_dataset(source)
    elif isinstance(source, nx.MultiDiGraph):
        source = to_rdf(source)
    elif isinstance(source, OxigraphStore):
        source = source.to_rdflib()
    return union_graph(source)


def _name(graph: Graph, term) -> str:
    if isinstance(term, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(term)
        except Exception:  # pragma: no cover
            return f"<{term}>"
    return str(term)


def _path(shapes: Graph, data: Graph, path) -> str:
    if path is None:
        return "-"
    if isinstance(path, BNode):
        inverse = shapes.value(path, SH.inversePath)
        if inverse is not None:
            return "^" + _name(data, inverse)
        return "(complex path)"
    return _name(data, path)


def validate(source) -> tuple[bool, list[str]]:
    """Check a graph (path, rdflib graph, networkx graph, OxigraphStore) against the shapes.

    Returns ``(conforms, lines)``; each line reads
    ``Violation: 李红梅获五一劳动奖章 <kg:conferral-…> ukg:recipient: a conferral needs …``.
    """
    from pyshacl import validate as shacl_validate
    data = _data_graph(source)
    shapes = _shapes()
    conforms, results, _text = shacl_validate(
        data, shacl_graph=shapes, ont_graph=_ontology(), inference="none",
        abort_on_first=False, allow_infos=True, allow_warnings=True, advanced=False)
    lines = []
    for result in results.subjects(predicate=SH.focusNode):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        severity = results.value(result, SH.resultSeverity)
        value = results.value(result, SH.value)
        label = data.value(focus, SKOS.prefLabel) or data.value(focus, RDFS.label)
        sev = str(severity).rsplit("#", 1)[-1] if severity else "Violation"
        text = " ".join(str(message).split()) if message else "constraint not met"
        if value is not None and not isinstance(value, BNode):
            shown = str(value) if isinstance(value, Literal) else _name(data, value)
            text += f" (value: {shown})"
        lines.append(f"{sev}: {label or _name(data, focus)} {_name(data, focus)} "
                     f"{_path(results, data, path)}: {text}")
    return bool(conforms), sorted(set(lines))
