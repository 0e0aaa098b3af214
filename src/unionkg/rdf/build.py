"""Build an rdflib ``Dataset`` from the networkx graph and write it atomically."""
from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

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
    """The union of all graphs as Turtle (deterministic: same graph → same bytes)."""
    graph = union_graph(ds)
    return atomic_write(path, lambda tmp: graph.serialize(destination=str(tmp), format="turtle",
                                                          encoding="utf-8"))


def trig_text(ds: Dataset) -> str:
    """Every graph of ``ds`` as TriG, graphs sorted by name (rdflib's own TriG writer
    orders graphs by hash, so it is assembled here from per-graph Turtle, which is sorted)."""
    bind_prefixes(ds)
    out = [f"@prefix {p}: <{ns}> ." for p, ns in sorted(PREFIXES.items())]
    contexts = [c for c in ds.graphs() if len(c)]
    default = [c for c in contexts if c.identifier == DATASET_DEFAULT_GRAPH_ID]
    named = sorted((c for c in contexts if c.identifier != DATASET_DEFAULT_GRAPH_ID),
                   key=lambda c: str(c.identifier))
    for ctx in default + named:
        g = bind_prefixes(Graph())
        for triple in ctx:
            g.add(triple)
        body = [ln for ln in g.serialize(format="turtle").splitlines()
                if ln.strip() and not ln.startswith("@prefix")]
        name = "" if ctx.identifier == DATASET_DEFAULT_GRAPH_ID else \
            ds.namespace_manager.normalizeUri(ctx.identifier) + " "
        out.append("")
        out.append(name + "{")
        out.extend(("    " + ln) if ln else ln for ln in body)
        out.append("}")
    return "\n".join(out) + "\n"


def write_trig(ds: Dataset, path: str | os.PathLike) -> Path:
    """Every named graph (one per report) as TriG, deterministic like the Turtle."""
    text = trig_text(ds)
    return atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def jsonld_context() -> dict:
    return {prefix: ns for prefix, ns in PREFIXES.items()}


def write_jsonld(ds: Dataset, path: str | os.PathLike) -> Path:
    """Every named graph as JSON-LD (``@graph`` per report), with a prefix context."""
    bind_prefixes(ds)

    def write(tmp: Path) -> None:
        text = ds.serialize(format="json-ld", context=jsonld_context(), indent=1,
                            ensure_ascii=False)
        json.loads(text)  # fail before replacing on a broken serialisation
        tmp.write_text(text, encoding="utf-8")
    return atomic_write(path, write)


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
