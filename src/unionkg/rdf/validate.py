"""SHACL validation of a built graph against ``ontology/shapes.ttl`` (pySHACL)."""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import networkx as nx
from rdflib import BNode, Graph, Literal, URIRef

from unionkg.rdf.namespace import RDF, RDFS, SH, SKOS
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
    return _check(_data_graph(source))


def _check(data: Graph, focus: list[URIRef] | None = None) -> tuple[bool, list[str]]:
    """pySHACL on ``data`` (only the nodes ``focus`` when given), as ``(conforms, lines)``."""
    conforms, found = _results(data, focus)
    return conforms, sorted({line for _, _, line in found})


def _results(data: Graph, focus: list[URIRef] | None = None, *,
             mixed: bool = False) -> tuple[bool, list[tuple[str, str, str]]]:
    """pySHACL on ``data``: whether it conforms, and (focus node, severity, line) per result.

    ``mixed``: ``data`` already holds the ontology's triples (pySHACL would
    otherwise copy the whole data graph to mix them in).
    """
    from pyshacl import validate as shacl_validate
    shapes = _shapes()
    conforms, results, _text = shacl_validate(
        data, shacl_graph=shapes, ont_graph=None if mixed else _ontology(), inference="none", focus_nodes=focus,
        abort_on_first=False, allow_infos=True, allow_warnings=True, advanced=False)
    found = []
    for result in results.subjects(predicate=SH.focusNode):
        node = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        severity = results.value(result, SH.resultSeverity)
        value = results.value(result, SH.value)
        label = data.value(node, SKOS.prefLabel) or data.value(node, RDFS.label)
        sev = str(severity).rsplit("#", 1)[-1] if severity else "Violation"
        text = " ".join(str(message).split()) if message else "constraint not met"
        if value is not None and not isinstance(value, BNode):
            shown = str(value) if isinstance(value, Literal) else _name(data, value)
            text += f" (value: {shown})"
        found.append((str(node), sev, f"{sev}: {label or _name(data, node)} {_name(data, node)} "
                                      f"{_path(results, data, path)}: {text}"))
    return bool(conforms), found


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """A hash of what decides a validation besides the data: shapes, ontology, this code, pySHACL."""
    from importlib.metadata import version

    digest = hashlib.sha256(f"pyshacl {version('pyshacl')}\n".encode())
    for path in (ontology_file("shapes.ttl"), ontology_file("unionkg.ttl"), Path(__file__)):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _rdflib_graph(triples: Iterable[tuple]) -> Graph:
    """Oxigraph triples and the ontology's in one rdflib ``Graph``, ready for pySHACL.

    Terms are converted directly (parsing N-Triples text in Python took most of
    the time), each once; a plain string stays a plain literal, as N-Triples gives it.
    """
    import pyoxigraph as ox
    string = "http://www.w3.org/2001/XMLSchema#string"
    terms: dict = {}

    def term(node):
        found = terms.get(node)
        if found is None:
            if isinstance(node, ox.NamedNode):
                found = URIRef(node.value)
            elif isinstance(node, ox.Literal):
                if node.language:
                    found = Literal(node.value, lang=node.language)
                elif node.datatype.value == string:
                    found = Literal(node.value)
                else:
                    found = Literal(node.value, datatype=URIRef(node.datatype.value))
            else:
                found = BNode(node.value)
            terms[node] = found
        return found

    from unionkg.rdf.build import bind_prefixes

    graph = bind_prefixes(Graph())  # lines name nodes as the whole-graph check does (kg:post-…)
    for triple in _ontology():
        graph.add(triple)
    graph.addN((term(s), term(p), term(o), graph) for s, p, o in triples)
    return graph


def _neighbourhood(store, triples: set[tuple], focus: Iterable[str] = ()) -> set[tuple]:
    """``triples``, and what the nodes ``focus`` and every node ``triples`` point to
    say of themselves in any graph, with the types and schemes of what that points
    to: enough to check constraints that reach outside one report's graph."""
    import pyoxigraph as ox
    wanted = {ox.NamedNode(str(RDF.type)), ox.NamedNode(str(SKOS.inScheme))}
    out = set(triples)
    seeds = [o for _, _, o in triples if isinstance(o, ox.NamedNode)] + [ox.NamedNode(f) for f in focus]
    seen: set = set()
    for node in seeds:
        if node in seen:
            continue
        seen.add(node)
        for q in store.quads_for_pattern(node, None, None, None):
            out.add((q.subject, q.predicate, q.object))
            if isinstance(q.object, ox.NamedNode):
                out.update((t.subject, t.predicate, t.object)
                           for p in wanted for t in store.quads_for_pattern(q.object, p, None, None))
    return out


#: report graphs not in the cache are validated together, this many triples at a time
BATCH_TRIPLES = 100_000


def validate_reports(store, cache=None, batch_triples: int = BATCH_TRIPLES) -> tuple[bool, list[str]]:
    """Validate an ``OxigraphStore`` report graph by report graph; ``(conforms, lines)``.

    The shapes are local (a node, its values and their types) and the mapping
    writes an entity's description into every report graph that names it, so
    a report's graph holds what its nodes are checked against.  Graphs are
    validated in batches of about ``batch_triples`` triples (one pySHACL call
    costs a fixed overhead, so one call per small graph would be slower), and
    each result goes to the graph whose node it is about: memory grows with the
    batch, not the corpus.  A batch with violations is checked again, for the
    violating nodes only, with what they point to from other graphs, so no
    constraint the whole dataset meets fails here.  With a ``cache``
    (``get_data`` / ``put_data``), a graph whose triples and rules were
    validated before is not validated again: a rebuild after one report
    changed validates that report's graph (and no other).  A graph whose check
    needed other graphs' triples is not cached, since those may change.
    """
    import json

    import pyoxigraph as ox

    rules = rules_fingerprint()
    conforms, lines = True, set()
    batch: list[tuple[str, set[str], set[tuple]]] = []
    size = 0

    def run() -> None:
        nonlocal conforms, size
        triples = set().union(*(t for _, _, t in batch))
        _, found = _results(_rdflib_graph(triples), mixed=True)
        violating = sorted({URIRef(node) for node, sev, _ in found if sev == "Violation"})
        if violating:
            wider = _rdflib_graph(_neighbourhood(store.store, triples, map(str, violating)))
            found = [r for r in found if r[1] != "Violation"] + _results(wider, violating, mixed=True)[1]
        for key, subjects, _ in batch:
            mine = sorted({line for node, _, line in found if node in subjects})
            ok = not any(sev == "Violation" and node in subjects for node, sev, _ in found)
            conforms = conforms and ok
            lines.update(mine)
            # a graph checked with other graphs' triples depends on them: never cached
            if cache is not None and not subjects.intersection(map(str, violating)):
                cache.put_data(key, json.dumps([ok, mine], ensure_ascii=False))
        batch.clear()
        size = 0

    for graph in store.graphs():
        # the key: the graph's statements as sorted N-Quads lines, written by Oxigraph (no
        # Python objects per statement: a rebuild reads every graph to find the few that changed)
        statements = sorted(ox.serialize(store.store.quads_for_pattern(None, None, None, graph),
                                         format=ox.RdfFormat.N_QUADS).split(b"\n"))
        digest = hashlib.sha256(f"{rules}\n{graph}\n".encode("utf-8", "surrogatepass"))
        digest.update(b"\n".join(statements))
        key = digest.hexdigest()
        found = cache.get_data(key) if cache is not None else None
        if found is not None:
            try:
                ok, mine = json.loads(found)
                conforms = conforms and bool(ok)
                lines.update(mine)
                continue
            except (ValueError, TypeError):
                pass  # a damaged entry is validated afresh, never trusted
        triples = {(q.subject, q.predicate, q.object)
                   for q in store.store.quads_for_pattern(None, None, None, graph)}
        batch.append((key, {getattr(s, "value", str(s)) for s, _, _ in triples}, triples))
        size += len(triples)
        if size >= batch_triples:
            run()
    if batch:
        run()
    return conforms, sorted(lines)
