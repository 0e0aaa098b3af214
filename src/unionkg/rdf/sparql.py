"""What every SPARQL query goes through, whichever store runs it.

Both stores (rdflib in ``query.py``, Oxigraph in ``oxigraph.py``) share this
module and nothing else, so neither imports the other.  It holds:

* the errors (:class:`QueryError` and its kinds), one line each;
* parameter binding (``VALUES ?name { UNDEF }`` → ``VALUES ?name { "…" }``);
* the guard: a query may read the graph it was given and nothing more.
  ``SERVICE`` (a remote endpoint), ``FROM`` / ``FROM NAMED`` naming any graph
  but one of the given data's own named graphs (rdflib would fetch a URL or
  read any file the user can read) and SPARQL Update (``LOAD``, ``INSERT`` …)
  are refused before a store sees the query;
* limits: a query ends after ``timeout`` seconds or ``limit`` rows, so a
  runaway join cannot fill memory or run for ever.
"""
from __future__ import annotations

import json
import re
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

import rdflib.plugins.sparql
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from unionkg.messages import first_line

#: rdflib resolves ``FROM <iri>`` by fetching and parsing the IRI unless told not to;
#: with this off it only selects a graph the dataset already holds.
rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False

from unionkg.limits import DEFAULT_LIMIT, DEFAULT_TIMEOUT  # noqa: E402  (re-exported)


class QueryError(ValueError):
    """A query that cannot be parsed or run; the message is one line."""


class UnknownQueryError(QueryError, KeyError):
    """No named query of that name (also a ``KeyError``)."""

    __str__ = Exception.__str__


class QueryRefused(QueryError):
    """A query that would reach outside the given graph (SERVICE, FROM <elsewhere>, LOAD)."""


class QueryTimeout(QueryError):
    """A query that ran longer than its time limit."""


def _one_line(exc: BaseException) -> str:
    return first_line(exc)


# ------------------------------------------------------------------ parameters
_PLACEHOLDER = r"VALUES\s+\?{name}\s*\{{\s*UNDEF\s*\}}"


def query_params(sparql: str) -> list[str]:
    """Names of the parameters a query takes (its ``VALUES ?x { UNDEF }`` placeholders)."""
    return sorted(set(re.findall(r"VALUES\s+\?(\w+)\s*\{\s*UNDEF\s*\}", sparql)))


def apply_params(sparql: str, params: dict[str, str] | None) -> str:
    """Bind each parameter as a string literal (JSON escaping is valid SPARQL escaping)."""
    for name, value in (params or {}).items():
        pattern = re.compile(_PLACEHOLDER.format(name=re.escape(name)))
        if not pattern.search(sparql):
            takes = ", ".join(query_params(sparql)) or "none"
            raise QueryError(f"query takes no parameter {name!r} (parameters: {takes})")
        literal = json.dumps(str(value), ensure_ascii=False)
        sparql = pattern.sub(lambda _m: f"VALUES ?{name} {{ {literal} }}", sparql)
    return sparql


# ------------------------------------------------------------------ the guard
def _walk(node) -> Iterator[CompValue]:
    if isinstance(node, CompValue):
        yield node
        children = node.values()
    elif isinstance(node, (list, tuple)):
        children = node
    else:
        return
    for child in children:
        yield from _walk(child)


def guard(sparql: str, graphs: Iterable[str] = ()):
    """Refuse (:class:`QueryRefused`) a query that reaches outside the data; :class:`QueryError` if unparsable.

    ``graphs`` are the names of the data's own named graphs, which
    ``FROM`` / ``FROM NAMED`` may select.  Returns rdflib's translated query
    (rdflib runs it without parsing again).
    """
    try:
        parsed = parseQuery(sparql)
    except Exception as exc:  # pyparsing's ParseException and friends
        try:
            parseUpdate(sparql)
        except Exception:
            raise QueryError(_one_line(exc)) from None
        raise QueryRefused("SPARQL Update (LOAD, INSERT, DELETE, CLEAR …) is refused: "
                           "unionkg query only reads the graph it is given") from None
    try:
        translated = translateQuery(parsed)
        algebra = translated.algebra
    except Exception as exc:  # an undefined prefix, a bad aggregate …
        raise QueryError(_one_line(exc)) from None
    for node in _walk(algebra):
        if node.name == "ServiceGraphPattern":
            raise QueryRefused(f"SERVICE <{node.get('term')}> is refused: "
                               "a query may not call another endpoint")
    allowed = {str(g) for g in graphs}
    for clause in algebra.get("datasetClause") or []:
        iri = clause.get("default") or clause.get("named")
        if str(iri) not in allowed:
            kind = "FROM NAMED" if clause.get("named") is not None else "FROM"
            raise QueryRefused(f"{kind} <{iri}> is refused: it names no graph of the given data")
    return translated


# ------------------------------------------------------------------ limits
class Rows(list):
    """The rows of a result; ``cut`` is true when ``limit`` stopped it early."""

    cut: bool = False


@contextmanager
def _alarm(seconds: float | None) -> Iterator[None]:
    """Raise :class:`QueryTimeout` in this (main) thread after ``seconds``; a no-op elsewhere."""
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def expire(_signum, _frame):
        raise QueryTimeout(f"the query ran longer than {seconds:g} s (--timeout)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def take(rows: Iterable[tuple], limit: int | None, deadline: float | None,
         timeout: float | None, cancelled: threading.Event | None = None) -> Rows:
    """At most ``limit`` rows of ``rows``; :class:`QueryTimeout` past ``deadline`` (monotonic)."""
    out = Rows()
    for row in rows:
        if (deadline is not None and time.monotonic() > deadline) or (cancelled and cancelled.is_set()):
            raise QueryTimeout(f"the query ran longer than {timeout:g} s (--timeout)")
        if limit is not None and limit > 0 and len(out) >= limit:
            out.cut = True
            break
        out.append(row)
    return out


def run_limited(evaluate: Callable[[Callable[[Iterable[tuple]], Rows]], tuple[list[str], Rows]], *,
                timeout: float | None = DEFAULT_TIMEOUT, limit: int | None = DEFAULT_LIMIT,
                releases_gil: bool = False) -> tuple[list[str], Rows]:
    """Run ``evaluate(take_rows)`` within ``timeout`` seconds, keeping at most ``limit`` rows.

    ``evaluate`` starts the query and passes its row iterator to ``take_rows``.
    A Python evaluator (rdflib) is stopped by an alarm signal in the main
    thread; a native one that releases the GIL (Oxigraph) runs in a worker
    thread that the caller stops waiting for.  Oxigraph cannot be interrupted
    inside one blocking step (a sort, an aggregate); its thread is left to
    finish while the caller reports the timeout (the CLI exits at once).
    """
    timeout = timeout if timeout and timeout > 0 else None
    deadline = time.monotonic() + timeout if timeout else None
    if not releases_gil:
        with _alarm(timeout):
            return evaluate(lambda rows: take(rows, limit, deadline, timeout))
    cancelled = threading.Event()
    box: dict[str, object] = {}

    def work() -> None:
        # the store's result objects must be dropped in this thread (pyoxigraph's are
        # "unsendable"), so no traceback holding them may leave it
        try:
            box["result"] = evaluate(lambda rows: take(rows, limit, None, timeout, cancelled))
        except BaseException as exc:  # handed to the caller's thread
            box["error"] = exc.with_traceback(None)
            exc.__context__ = exc.__cause__ = None
            del exc

    worker = threading.Thread(target=work, name="unionkg-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        cancelled.set()
        raise QueryTimeout(f"the query ran longer than {timeout:g} s (--timeout)")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["result"]  # type: ignore[return-value]
