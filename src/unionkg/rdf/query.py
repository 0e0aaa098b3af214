"""Named SPARQL queries (``unionkg/queries/*.rq``) and running them on rdflib or oxigraph.

A query file's first comment line is its one-line description.  A parameter is
a placeholder ``VALUES ?name { UNDEF }`` in the query: left alone it matches
everything, ``params={"name": "徐东路学校"}`` replaces it with
``VALUES ?name { "徐东路学校" }`` (CLI: ``--param name=徐东路学校``).
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import unicodedata
from importlib.resources import files
from pathlib import Path

import networkx as nx
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from unionkg.rdf.sparql import (QueryError, QueryRefused,  # noqa: F401
                                QueryTimeout, Rows, UnknownQueryError, _one_line, apply_params,
                                guard, query_params, run_limited)


def _queries_dir():
    return files("unionkg") / "queries"


def list_queries() -> list[tuple[str, str]]:
    """``(name, description)`` of every named query, sorted by name."""
    out = []
    for entry in _queries_dir().iterdir():
        if entry.name.endswith(".rq"):
            out.append((entry.name[:-3], _description(entry.read_text(encoding="utf-8"))))
    return sorted(out)


def _description(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("#"):
            return line.lstrip("#").strip()
        if line:
            break
    return ""


def load_query(name: str) -> str:
    """The SPARQL text of a named query (``awards``) or of a ``.rq`` file path."""
    if name.endswith(".rq") and Path(name).is_file():
        return Path(name).read_text(encoding="utf-8")
    entry = _queries_dir() / f"{name}.rq"
    if not entry.is_file():
        known = ", ".join(n for n, _ in list_queries())
        raise UnknownQueryError(f"no query named {name!r} (known: {known})")
    return entry.read_text(encoding="utf-8")


#: File suffixes read as a query file when given where a query is expected.
QUERY_SUFFIXES = (".rq", ".sparql")


def query_text(sparql: str | None, file: str | os.PathLike | None = None) -> str:
    """The query to run: ``file``'s text, or ``sparql`` itself unless it names a query file.

    ``unionkg query g.ttl q.rq`` must run ``q.rq``, not try to parse "q.rq"
    as SPARQL; a path that ends in ``.rq`` but does not exist raises
    ``FileNotFoundError`` so the user hears about the typo.
    """
    if file is None and sparql is not None and sparql.strip().lower().endswith(QUERY_SUFFIXES) \
            and "\n" not in sparql.strip() and "{" not in sparql:
        file = sparql.strip()
    if file is not None:
        return Path(file).read_text(encoding="utf-8-sig")
    return sparql or ""


def _value(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, (URIRef, BNode)):
        return str(term)
    if isinstance(term, Literal):
        return str(term)
    return getattr(term, "value", str(term))  # pyoxigraph terms


def graph_names(source: Graph) -> list[str]:
    """The named graphs of ``source`` (what ``FROM`` / ``FROM NAMED`` may select)."""
    if not isinstance(source, Dataset):
        return []
    return sorted(str(c.identifier) for c in source.graphs() if c.identifier != DATASET_DEFAULT_GRAPH_ID)


def run_query(source, sparql: str, params: dict[str, str] | None = None, *,
              timeout: float | None = None, limit: int | None = None
              ) -> tuple[list[str], Rows]:
    """Run a SELECT query on a file path, an rdflib Graph/Dataset, a networkx graph or an OxigraphStore.

    Returns column names and rows of plain strings (IRIs, literal values, or
    ``None`` when unbound); ``rows.cut`` tells that ``limit`` stopped it.
    Any parse or evaluation error becomes ``QueryError``; a query reaching
    outside the data ``QueryRefused``, one running past ``timeout`` seconds
    ``QueryTimeout`` (see :mod:`unionkg.rdf.sparql`).  No limit by default:
    the CLI passes ``--timeout`` and ``--limit`` (30 s and 100,000 rows unless given).
    """
    from unionkg.rdf.oxigraph import OxigraphStore
    if isinstance(source, OxigraphStore):
        return source.query(sparql, params, timeout=timeout, limit=limit)
    sparql = apply_params(sparql, params)
    if isinstance(source, (str, os.PathLike)):
        from unionkg.rdf.build import read_dataset
        source = read_dataset(source)
    elif isinstance(source, nx.MultiDiGraph):
        from unionkg.rdf.build import to_rdf
        source = to_rdf(source)
    if not isinstance(source, Graph):
        raise TypeError(f"cannot query a {type(source).__name__}")
    prepared = guard(sparql, graph_names(source))

    def evaluate(take) -> tuple[list[str], Rows]:
        result = source.query(prepared)
        if result.type != "SELECT":
            raise QueryError(f"only SELECT queries give rows (got {result.type})")
        columns = [str(v) for v in result.vars]
        return columns, take(tuple(_value(row[i]) for i in range(len(columns))) for row in result)

    try:
        return run_limited(evaluate, timeout=timeout, limit=limit)
    except QueryError:
        raise
    except Exception as exc:  # rdflib evaluation errors
        raise QueryError(_one_line(exc)) from None


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def format_result(columns: list[str], rows: list[tuple], fmt: str = "table") -> str:
    """Rows as an aligned text table (CJK-width aware), CSV or JSON (a list of objects)."""
    cells = [["" if v is None else str(v) for v in row] for row in rows]
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(cells)
        return buf.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(columns, row)) for row in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r} (table, csv, json)")
    widths = [_width(c) for c in columns]
    for row in cells:
        widths = [max(w, _width(v)) for w, v in zip(widths, row)]
    lines = ["  ".join(_pad(c, w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(v, w) for v, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"
