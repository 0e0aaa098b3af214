"""Build an rdflib ``Dataset`` from the networkx graph and write it atomically."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef

from unionkg.rdf.inputs import located, rdf_format
from unionkg.rdf.mapping import Lit, Quad, iter_quads
from unionkg.rdf.namespace import PREFIXES
from unionkg.readwrite.atomic import atomic_path


def _term(o):
    if isinstance(o, Lit):
        return Literal(o.value, lang=o.lang, datatype=URIRef(o.datatype) if o.datatype else None)
    return URIRef(o)


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def dataset_from_quads(quads: Iterable[Quad]) -> Dataset:
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    graphs: dict[str | None, Graph] = {}
    for s, p, o, g in quads:
        target = graphs.get(g)
        if target is None:
            target = ds.graph(URIRef(g)) if g else ds.default_graph
            graphs[g] = target
        target.add((URIRef(s), URIRef(p), _term(o)))
    return ds


def to_rdf(graph: nx.MultiDiGraph, version: str | None = None, *,
           generated_at: str | None = None) -> Dataset:
    """The graph under the union-work ontology: one named graph per report.

    ``version`` defaults to ``unionkg.__version__``; ``generated_at`` (an
    ISO datetime) is recorded only when given, so the output stays
    byte-identical across runs by default.  The dataset's default graph is the
    union of all graphs for querying.
    """
    if version is None:
        from unionkg import __version__ as version
    return dataset_from_quads(iter_quads(graph, version, generated_at))


def union_graph(ds: Graph) -> Graph:
    """Every triple of every graph of ``ds`` in one plain ``Graph`` (prefixes bound)."""
    out = bind_prefixes(Graph())
    if isinstance(ds, Dataset):
        for ctx in ds.graphs():
            for triple in ctx:
                out.add(triple)
    else:
        for triple in ds:
            out.add(triple)
    return out


def atomic_write(path: str | os.PathLike, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` on a temp file beside ``path`` then rename it into place."""
    with atomic_path(path) as tmp:
        write(tmp)
    return Path(path)


def write_turtle(ds: Graph, path: str | os.PathLike) -> Path:
    """The union of all graphs as Turtle, written by Oxigraph's serializer from sorted triples.

    Sorted, so the bytes are the same on every run and for both stores (rdflib's
    own writers order by the per-process string hash, and take minutes where
    Oxigraph takes seconds on a large build).
    """
    from unionkg.rdf.oxigraph import OxigraphStore
    return OxigraphStore.from_rdflib(ds).write_turtle(path)


def write_trig(ds: Dataset, path: str | os.PathLike) -> Path:
    """Every named graph (one per report) as TriG, written by Oxigraph's serializer.

    The quads are sorted first, so the bytes are the same on every run and for
    both stores (rdflib's own TriG writer orders graphs by the per-process
    string hash).  No Turtle text is re-indented: a literal holding newlines,
    quotes, ``\"\"\"`` or ``@prefix`` comes out exactly as it went in.
    """
    from unionkg.rdf.oxigraph import OxigraphStore
    return OxigraphStore.from_rdflib(ds).write_trig(path)


def write_nquads(ds: Dataset, path: str | os.PathLike) -> Path:
    """Every quad as N-Quads, sorted (for loaders that take one statement a line)."""
    from unionkg.rdf.oxigraph import OxigraphStore
    return OxigraphStore.from_rdflib(ds).write_nquads(path)


def write_jsonld(ds: Dataset, path: str | os.PathLike) -> Path:
    """Every named graph as expanded JSON-LD (``@graph`` per report); same bytes every run.

    Written by Oxigraph from sorted quads, one report's graph a line: rdflib's
    JSON-LD writer ordered nodes by the string hash and was the slowest output.
    """
    from unionkg.rdf.oxigraph import OxigraphStore
    return OxigraphStore.from_rdflib(ds).write_jsonld(path)


def read_dataset(path: str | os.PathLike) -> Dataset:
    """Parse ``.ttl``, ``.trig``, ``.jsonld``/``.json``, ``.nq`` or ``.nt`` into a union-default Dataset.

    A file that cannot be parsed raises :class:`RdfInputError` (one line: the
    file, the line, the reason).
    """
    fmt = rdf_format(path)
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    try:
        if fmt in ("turtle", "nt"):
            ds.default_graph.parse(str(path), format=fmt)
        else:
            ds.parse(str(path), format=fmt)
    except Exception as exc:  # rdflib raises anything from BadSyntax to IndexError
        raise located(path, exc) from None
    return ds
