"""``--store oxigraph``: build, serialise and query with pyoxigraph instead of rdflib.

Same quads as :func:`unionkg.rdf.to_rdf` (both come from ``mapping.iter_quads``);
Turtle/TriG are written from the sorted quads so the bytes are deterministic.
rdflib is used only at the edges (``to_rdflib`` for pySHACL).
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from unionkg.rdf.build import atomic_write
from unionkg.rdf.inputs import located
from unionkg.rdf.mapping import Lit, Quad, iter_quads
from unionkg.rdf.namespace import PREFIXES
from unionkg.rdf.sparql import (
    QueryError,
    Rows,
    _one_line,
    apply_params,
    guard,
    run_limited,
)

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

    literals: dict[Lit, ox.Literal] = {}  # labels and sentences recur: a fifth are distinct

    for s, p, o, g in quads:
        if isinstance(o, Lit):
            obj = literals.get(o)
            if obj is None:
                if o.lang:
                    obj = ox.Literal(o.value, language=o.lang)
                elif o.datatype:
                    dt = datatypes.get(o.datatype) or datatypes.setdefault(o.datatype, ox.NamedNode(o.datatype))
                    obj = ox.Literal(o.value, datatype=dt)
                else:
                    obj = ox.Literal(o.value)
                literals[o] = obj
        else:
            obj = iri(o)
        yield ox.Quad(iri(s), iri(p), obj, iri(g) if g else ox.DefaultGraph())


def _sort_key(term) -> str:
    return str(term)


def _sorted_statements(statements: Iterable, fmt: ox.RdfFormat) -> Iterator[ox.Quad]:
    """``statements`` (quads of one graph, or triples) sorted by (subject, predicate, object)
    as their N-Triples forms compare, duplicates dropped.

    Sorted as lines of N-Triples / N-Quads, written and read back by Oxigraph,
    rather than as Python tuples of ``str(term)`` (five times slower).  The
    orders agree: a term's line form is its ``str``; an IRI or a blank node
    is never a proper prefix of another term (``>`` or a space ends it), a
    literal is one only of a longer literal going on with ``@`` or ``^``,
    both above the space that ends a term in a line; escapes keep control
    characters out; UTF-8 bytes sort as code points; and the quads of one
    graph all end in the same graph name.
    """
    data = ox.serialize(statements, format=fmt)
    lines = sorted(set(data.split(b"\n")) - {b""})
    if not lines:
        return iter(())
    return ox.parse(b"\n".join(lines) + b"\n", format=fmt, lenient=True)


#: subjects per piece of the Turtle file
_BATCH = 2000


def _write_pieces(path: Path, pieces: Iterable[list], fmt: ox.RdfFormat) -> None:
    """Serialise ``pieces`` one after another into ``path`` as one document.

    Oxigraph writes a piece's prefixes before its first statement; they are
    kept for the first piece only, so the file reads as if written at once.
    """
    prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    header = len(prefixes) if prefixes else 0
    with open(path, "wb") as handle:
        first = True
        for piece in pieces:
            if not piece:
                continue
            data = ox.serialize(piece, format=fmt, prefixes=prefixes) if prefixes else ox.serialize(piece, format=fmt)
            if not first and header:
                lines = data.split(b"\n", header)
                assert all(line.startswith(b"@prefix") for line in lines[:header])
                data = lines[header]
            handle.write(data)
            first = False


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
                   generated_at: str | None = None,
                   path: str | os.PathLike | None = None) -> OxigraphStore:
        """The graph's quads in a store: in memory, or on disk in the folder ``path``."""
        if version is None:
            from unionkg import __version__ as version
        return cls.from_quads(iter_quads(graph, version, generated_at), path=path)

    @classmethod
    def from_quads(cls, quads: Iterable[Quad], path: str | os.PathLike | None = None) -> OxigraphStore:
        """A store of ``quads``; on disk (``path``) they are bulk-loaded, bypassing
        transactions, so memory stays flat however many there are."""
        self = cls(path)
        if path:
            self.store.bulk_extend(_convert(quads))
            self.store.optimize()
        else:
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
        """An rdflib ``Dataset`` (its named graphs) or plain ``Graph`` (into the default graph)."""
        self = cls()
        if getattr(ds, "context_aware", False):
            self.store.load(ds.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)
        else:
            self.store.load(ds.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
        return self

    def __len__(self) -> int:
        return len(self.store)

    # ------------------------------------------------------------ writing
    #
    # Every file is written a piece at a time (one named graph, or one batch of
    # subjects), each piece sorted: the bytes are the same on every run, for an
    # in-memory store and an on-disk one, and memory holds one piece, not the
    # whole sorted dataset (a 100x corpus has millions of quads).

    def graphs(self) -> list[ox.NamedNode | ox.DefaultGraph]:
        """The graphs holding quads: the default graph (if used) first, then the named ones sorted."""
        named = sorted(self.store.named_graphs(), key=_sort_key)
        default = ox.DefaultGraph()
        has_default = next(iter(self.store.quads_for_pattern(None, None, None, default)), None) is not None
        return ([default] if has_default else []) + named

    def graph_quads(self, graph: ox.NamedNode | ox.DefaultGraph) -> list[ox.Quad]:
        """The quads of one graph, sorted."""
        return list(_sorted_statements(self.store.quads_for_pattern(None, None, None, graph), ox.RdfFormat.N_QUADS))

    def sorted_quads(self) -> list[ox.Quad]:
        return [q for g in self.graphs() for q in self.graph_quads(g)]

    def _subject_batches(self) -> Iterator[list[ox.Quad]]:
        """The union of all graphs as sorted triples (quads of the default graph), in batches
        of whole subjects."""
        subjects = sorted({q.subject for q in self.store}, key=_sort_key)
        for start in range(0, len(subjects), _BATCH):
            yield list(_sorted_statements((q.triple for subject in subjects[start:start + _BATCH]
                                           for q in self.store.quads_for_pattern(subject, None, None, None)),
                                          ox.RdfFormat.N_TRIPLES))

    def sorted_triples(self) -> list[ox.Triple]:
        return [q.triple for batch in self._subject_batches() for q in batch]

    def write_turtle(self, path: str | os.PathLike) -> Path:
        """The union of all graphs as Turtle, triples sorted (deterministic bytes)."""
        return atomic_write(path, lambda tmp: _write_pieces(tmp, self._subject_batches(),
                                                            ox.RdfFormat.TURTLE))

    def write_trig(self, path: str | os.PathLike) -> Path:
        """Every graph as TriG, one graph after another, quads sorted."""
        pieces = (self.graph_quads(g) for g in self.graphs())
        return atomic_write(path, lambda tmp: _write_pieces(tmp, pieces, ox.RdfFormat.TRIG))

    def write_nquads(self, path: str | os.PathLike) -> Path:
        pieces = (self.graph_quads(g) for g in self.graphs())
        return atomic_write(path, lambda tmp: _write_pieces(tmp, pieces, ox.RdfFormat.N_QUADS))

    def write_jsonld(self, path: str | os.PathLike) -> Path:
        """Every graph as expanded JSON-LD (one ``@graph`` object per report, one a line), quads sorted."""
        def write(tmp: Path) -> None:
            with open(tmp, "wb") as handle:
                handle.write(b"[")
                first = True
                for graph in self.graphs():
                    data = ox.serialize(self.graph_quads(graph), format=ox.RdfFormat.JSON_LD)
                    body = data.strip()[1:-1]  # one array per call: its items join the file's array
                    if body:
                        handle.write(b"\n" if first else b",\n")
                        handle.write(body)
                        first = False
                handle.write(b"\n]\n")
        return atomic_write(path, write)

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
