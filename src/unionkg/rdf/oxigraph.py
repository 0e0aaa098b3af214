"""``--store oxigraph``: build, serialise and query with pyoxigraph instead of rdflib.

Same quads as :func:`unionkg.rdf.to_rdf` (both come from ``mapping.iter_quads``);
Turtle/TriG are written from the sorted quads so the bytes are deterministic.
rdflib is used only at the edges (``to_rdflib`` for pySHACL).
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from unionkg.rdf.build import atomic_write
from unionkg.rdf.inputs import located
from unionkg.rdf.mapping import Lit, Quad, iter_quads
from unionkg.rdf.namespace import PREFIXES
from unionkg.rdf.sparql import (QueryError, Rows, _one_line,
                                apply_params, guard, run_limited)

_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS,
            ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD,
            ".json": ox.RdfFormat.JSON_LD}


def _convert(quads: Iterable[Quad]):
    nodes: dict[str, ox.NamedNode] = {}
    datatypes: dict[str, ox.NamedNode] = {}

    def iri(value: str) -> ox.NamedNode:
        node = nodes.get(value)
        if node is None:
            node = nodes[value] = ox.NamedNode(value)
        return node

    for s, p, o, g in quads:
        if isinstance(o, Lit):
            if o.lang:
                obj = ox.Literal(o.value, language=o.lang)
            elif o.datatype:
                dt = datatypes.get(o.datatype) or datatypes.setdefault(o.datatype, ox.NamedNode(o.datatype))
                obj = ox.Literal(o.value, datatype=dt)
            else:
                obj = ox.Literal(o.value)
        else:
            obj = iri(o)
        yield ox.Quad(iri(s), iri(p), obj, iri(g) if g else ox.DefaultGraph())


def _sort_key(term) -> str:
    return str(term)


class OxigraphStore:
    """An in-memory (or on-disk, with ``path``) pyoxigraph store of a built graph."""

    def __init__(self, path: str | os.PathLike | None = None):
        self.store = ox.Store(str(path)) if path else ox.Store()
        self._union: ox.Store | None = None

    def _union_store(self) -> ox.Store:
        """A store whose default graph is the RDF merge of every graph, for querying.

        pyoxigraph's ``use_default_graph_as_union`` yields a triple once per graph
        holding it; a report-per-graph dataset repeats entity and concept triples in
        many graphs, so joins would multiply (quadratic time on large builds).
        """
        if self._union is None:
            union = ox.Store()
            default = ox.DefaultGraph()
            union.extend(ox.Quad(q.subject, q.predicate, q.object, default) for q in self.store)
            self._union = union
        return self._union

    # ------------------------------------------------------------ building
    @classmethod
    def from_graph(cls, graph: nx.MultiDiGraph, version: str | None = None, *,
                   generated_at: str | None = None) -> OxigraphStore:
        if version is None:
            from unionkg import __version__ as version
        return cls.from_quads(iter_quads(graph, version, generated_at))

    @classmethod
    def from_quads(cls, quads: Iterable[Quad]) -> OxigraphStore:
        self = cls()
        self.store.extend(_convert(quads))
        return self

    @classmethod
    def from_file(cls, path: str | os.PathLike) -> OxigraphStore:
        self = cls()
        fmt = _FORMATS.get(Path(path).suffix.lower(), ox.RdfFormat.TURTLE)
        try:
            self.store.load(path=str(path), format=fmt)
        except (SyntaxError, ValueError, OSError) as exc:
            raise located(path, exc) from None
        return self

    @classmethod
    def from_rdflib(cls, ds) -> OxigraphStore:
        data = ds.serialize(format="nquads", encoding="utf-8")
        self = cls()
        self.store.load(data, format=ox.RdfFormat.N_QUADS)
        return self

    def __len__(self) -> int:
        return len(self.store)

    # ------------------------------------------------------------ writing
    def sorted_quads(self) -> list[ox.Quad]:
        return sorted(self.store, key=lambda q: (_sort_key(q.graph_name), _sort_key(q.subject),
                                                 _sort_key(q.predicate), _sort_key(q.object)))

    def sorted_triples(self) -> list[ox.Triple]:
        triples = {(q.subject, q.predicate, q.object) for q in self.store}
        return [ox.Triple(*t) for t in sorted(triples, key=lambda t: tuple(map(_sort_key, t)))]

    def write_turtle(self, path: str | os.PathLike) -> Path:
        """The union of all graphs as Turtle, triples sorted (deterministic bytes)."""
        triples = self.sorted_triples()
        return atomic_write(path, lambda tmp: ox.serialize(triples, str(tmp), ox.RdfFormat.TURTLE,
                                                           prefixes=PREFIXES))

    def write_trig(self, path: str | os.PathLike) -> Path:
        quads = self.sorted_quads()
        return atomic_write(path, lambda tmp: ox.serialize(quads, str(tmp), ox.RdfFormat.TRIG,
                                                           prefixes=PREFIXES))

    def write_jsonld(self, path: str | os.PathLike) -> Path:
        quads = self.sorted_quads()
        return atomic_write(path, lambda tmp: ox.serialize(quads, str(tmp), ox.RdfFormat.JSON_LD))

    # ------------------------------------------------------------ querying
    def graph_names(self) -> list[str]:
        """The named graphs of the store (what ``FROM`` / ``FROM NAMED`` may select)."""
        return sorted(g.value for g in self.store.named_graphs())

    def query(self, sparql: str, params: dict[str, str] | None = None, *,
              timeout: float | None = None, limit: int | None = None
              ) -> tuple[list[str], Rows]:
        """``(columns, rows)`` of a SELECT query over the union of all graphs.

        The query passes the shared guard first (no SERVICE, no FROM elsewhere,
        no update) and runs within ``timeout`` seconds and ``limit`` rows.
        """
        sparql = apply_params(sparql, params)
        prepared = guard(sparql, self.graph_names())
        # FROM / FROM NAMED select among the report graphs of the store itself
        store = self.store if prepared.algebra.get("datasetClause") else self._union_store()

        def evaluate(take) -> tuple[list[str], Rows]:
            result = store.query(sparql)
            if not isinstance(result, ox.QuerySolutions):
                raise QueryError("only SELECT queries give rows")
            columns = [v.value for v in result.variables]
            return columns, take(tuple(None if sol[i] is None else sol[i].value for i in range(len(columns)))
                                 for sol in result)

        try:
            return run_limited(evaluate, timeout=timeout, limit=limit, releases_gil=True)
        except QueryError:
            raise
        except (SyntaxError, ValueError, OSError) as exc:
            raise QueryError(_one_line(exc)) from None

    def to_rdflib(self):
        """The store as an rdflib ``Dataset`` (for pySHACL)."""
        from rdflib import Dataset

        from unionkg.rdf.build import bind_prefixes
        ds = Dataset(default_union=True)
        bind_prefixes(ds)
        data = ox.serialize(self.sorted_quads(), format=ox.RdfFormat.N_QUADS)
        ds.parse(data=data.decode("utf-8"), format="nquads")
        return ds
