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
from rdflib import BNode, Graph, Literal, URIRef


class QueryError(ValueError):
    """A query that cannot be parsed or run; the message is one line."""


class UnknownQueryError(QueryError, KeyError):
    """No named query of that name (also a ``KeyError``)."""

    __str__ = Exception.__str__


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or exc.__class__.__name__


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


_PLACEHOLDER = r"VALUES\s+\?{name}\s*\{{\s*UNDEF\s*\}}"


def query_params(sparql: str) -> list[str]:
    """Names of the parameters a query takes (its ``VALUES ?x { UNDEF }`` placeholders)."""
    return sorted(set(re.findall(r"VALUES\s+\?(\w+)\s*\{\s*UNDEF\s*\}", sparql)))


def apply_params(sparql: str, params: dict[str, str] | None) -> str:
    for name, value in (params or {}).items():
        pattern = re.compile(_PLACEHOLDER.format(name=re.escape(name)))
        if not pattern.search(sparql):
            takes = ", ".join(query_params(sparql)) or "none"
            raise QueryError(f"query takes no parameter {name!r} (parameters: {takes})")
        literal = json.dumps(str(value), ensure_ascii=False)
        sparql = pattern.sub(lambda _m: f"VALUES ?{name} {{ {literal} }}", sparql)
    return sparql


def _value(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, (URIRef, BNode)):
        return str(term)
    if isinstance(term, Literal):
        return str(term)
    return getattr(term, "value", str(term))  # pyoxigraph terms


def run_query(source, sparql: str, params: dict[str, str] | None = None
              ) -> tuple[list[str], list[tuple[str | None, ...]]]:
    """Run a SELECT query on a file path, an rdflib Graph/Dataset, a networkx graph or an OxigraphStore.

    Returns column names and rows of plain strings (IRIs, literal values, or
    ``None`` when unbound).  Any parse or evaluation error becomes ``QueryError``.
    """
    from unionkg.rdf.oxigraph import OxigraphStore
    sparql = apply_params(sparql, params)
    if isinstance(source, OxigraphStore):
        return source.query(sparql)
    if isinstance(source, (str, os.PathLike)):
        from unionkg.rdf.build import read_dataset
        source = read_dataset(source)
    elif isinstance(source, nx.MultiDiGraph):
        from unionkg.rdf.build import to_rdf
        source = to_rdf(source)
    if not isinstance(source, Graph):
        raise TypeError(f"cannot query a {type(source).__name__}")
    try:
        result = source.query(sparql)
        if result.type != "SELECT":
            raise QueryError(f"only SELECT queries give rows (got {result.type})")
        columns = [str(v) for v in result.vars]
        rows = [tuple(_value(row[i]) for i in range(len(columns))) for row in result]
    except QueryError:
        raise
    except Exception as exc:  # pyparsing, rdflib evaluation errors
        raise QueryError(_one_line(exc)) from None
    return columns, rows


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
