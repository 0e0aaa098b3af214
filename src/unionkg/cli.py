"""The ``unionkg`` command: a thin layer over ``unionkg.api``.

Errors in input are reported as one line on stderr naming the file; the
command exits non-zero at the end if anything was skipped.  No traceback
reaches the user for bad input.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from unionkg.messages import first_line, one_line, plain_console
from unionkg.limits import DEFAULT_LIMIT, DEFAULT_TIMEOUT

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Knowledge graphs from Chinese trade-union work summaries (工会工作总结).")
err = plain_console(stderr=True)
out = plain_console()


def _version(value: bool) -> None:
    if value:
        from unionkg import __version__

        out.print(f"unionkg {__version__}", markup=False)
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="print the version and exit")] = False,
) -> None:
    """Knowledge graphs from Chinese trade-union work summaries (工会工作总结)."""


def _fail(message: str, code: int = 1) -> None:
    _report_error(message)
    raise typer.Exit(code)


def _report_error(message: str) -> None:
    err.print(f"unionkg: {one_line(message)}")


@contextmanager
def _writing(path: Path) -> Iterator[None]:
    """Any failure to write ``path`` (too long a name, no such folder, no permission) is one line."""
    try:
        yield
    except OSError as error:
        where = getattr(error, "filename", None) or path
        _fail(f"{where}: cannot write ({error.strerror or first_line(error)})")


def _jobs_value(jobs: Optional[int]) -> Optional[int]:
    if jobs is not None and jobs < 1:
        _fail(f"--jobs must be 1 or more, not {jobs}", 2)
    return jobs


def _progress(paths: list[Path], label: str):
    from unionkg.run.progress import Progress, estimate_documents

    return Progress(estimate_documents(paths), sys.stderr, err.is_terminal, label=label)


def _summary(report, output: Path) -> Table:
    """The build's counts, time per stage, cache hits and the files written."""
    from unionkg.api import STAGES

    table = Table(title=f"unionkg build → {output}", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents", str(report.documents))
    for kind in ("PER", "ORG", "EVENT", "AWARD"):
        table.add_row(f"entities {kind}", str(report.entities.get(kind, 0)))
    for kind in sorted(report.relations):
        table.add_row(f"relations {kind}", str(report.relations[kind]))
    table.add_row("extracted / from the cache", f"{report.extracted} / {report.cache_hits} ({report.how})")
    table.add_row("time, whole build", f"{report.wall_seconds:.1f} s ({report.chars_per_second:,.0f} chars/s to the graph)")
    for stage in STAGES:
        if stage in report.stage_seconds:
            table.add_row(f"  {stage}", f"{report.stage_seconds[stage]:.1f} s")
    return table


@app.command()
def build(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="files and folders (.docx .pdf .txt .md .html .jsonl); the shipped samples when omitted")] = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="output folder")] = Path("output"),
    store: Annotated[str, typer.Option(help="RDF store: rdflib or oxigraph (fast, for large graphs)")] = "rdflib",
    validate: Annotated[bool, typer.Option(help="check the graph against ontology/shapes.ttl")] = True,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", help="worker processes for extraction (default: one per core)")] = None,
    cache: Annotated[bool, typer.Option(help="reuse extractions of unchanged documents (kept in OUTPUT/.cache)")] = True,
    scheduler: Annotated[Optional[str], typer.Option(help="extract on a Dask cluster, e.g. tcp://HOST:8786")] = None,
) -> None:
    """Build the graph, Turtle/TriG/JSON-LD, GraphML, CSV and HTML views into OUTPUT."""
    from unionkg.api import BuildError, build as run_build
    from unionkg.readwrite.transaction import OutputError

    if store not in ("rdflib", "oxigraph"):
        _fail(f"--store must be rdflib or oxigraph, not {store!r}", 2)
    progress = _progress(paths or [], "building")
    try:
        with _writing(output):
            report = run_build(paths or [], output, store=store, validate=validate,
                               on_error=_report_error, jobs=_jobs_value(jobs), cache=cache,
                               scheduler=scheduler, progress=progress)
    except (BuildError, OutputError) as error:
        _fail(str(error))
    finally:
        progress.close()
    out.print(_summary(report, output))
    written = sorted(str(p.relative_to(output)) if p.is_relative_to(output) else str(p) for p in report.outputs)
    shown = [p for p in written if "/" not in p]
    more = len(written) - len(shown)
    out.print(f"wrote {len(written)} files into {output}/: {', '.join(shown)}"
              + (f" and {more} pages in subfolders" if more else ""), markup=False)
    if report.skipped:
        _fail(f"{report.skipped} input(s) skipped", 1)


@app.command()
def extract(
    input: Annotated[Path, typer.Argument(help="JSON Lines with id and text (gold files work too)")],
    output: Annotated[Path, typer.Option("-o", "--output", help="prediction JSON Lines")] = Path("pred.jsonl"),
    details: Annotated[int, typer.Option(help="with gold input: list up to N missed and spurious items per document")] = 0,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", help="worker processes (default: one per core)")] = None,
    scheduler: Annotated[Optional[str], typer.Option(help="extract on a Dask cluster, e.g. tcp://HOST:8786")] = None,
) -> None:
    """Extract entities and relations as prediction JSON Lines (docs/extraction-format.md)."""
    from unionkg.api import BuildError, extract_records

    skipped = []

    def on_error(message: str) -> None:
        skipped.append(message)
        _report_error(message)

    if not input.exists():
        _fail(f"{input}: no such file", 2)
    progress = _progress([input], "extracting")
    try:
        with _writing(output):
            results = extract_records(input, output, on_error=on_error, jobs=_jobs_value(jobs),
                                      scheduler=scheduler, progress=progress)
    except BuildError as error:
        _fail(str(error))
    finally:
        progress.close()
    err.print(f"unionkg: {len(results)} documents → {output}")
    if details:
        from unionkg.evaluate import compare_file

        for line in compare_file(input, results, details):
            out.print(line)
    if skipped:
        raise typer.Exit(1)


@app.command()
def query(
    graph: Annotated[Optional[Path], typer.Argument(help="Turtle, TriG or JSON-LD file")] = None,
    sparql: Annotated[Optional[str], typer.Argument(help="a SPARQL query, or a .rq file holding one")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", "-f", help="a file holding a SPARQL query")] = None,
    name: Annotated[Optional[str], typer.Option("--name", "-n", help="a named query (see --list)")] = None,
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="KEY=VALUE for a named query; names match as people write them")] = None,
    format: Annotated[str, typer.Option("--format", help="table, csv or json")] = "table",
    list_: Annotated[bool, typer.Option("--list", help="list the named queries")] = False,
    store: Annotated[str, typer.Option(help="rdflib or oxigraph")] = "rdflib",
    timeout: Annotated[float, typer.Option(help="stop a query running longer than SECONDS (0: no limit)")] = DEFAULT_TIMEOUT,
    limit: Annotated[int, typer.Option(help="print at most ROWS rows (0: no limit)")] = DEFAULT_LIMIT,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="write the result to this file")] = None,
) -> None:
    """Run SPARQL on a built graph and print the result (SERVICE, FROM elsewhere and LOAD are refused)."""
    from unionkg import names, rdf

    if list_:
        for qname, description in rdf.list_queries():
            out.print(f"{qname}\t{description}")
        return
    if graph is None:
        _fail("give the graph file (e.g. output/graph.ttl)", 2)
    if not graph.exists():
        _fail(f"{graph}: no such file", 2)
    if format not in ("table", "csv", "json"):
        _fail(f"--format must be table, csv or json, not {format!r}", 2)
    if sum(x is not None for x in (sparql, name, file)) != 1:
        _fail("give one of: a SPARQL query, a .rq file, --file FILE or --name", 2)
    params = {}
    for item in param or []:
        key, sep, value = item.partition("=")
        if not sep:
            _fail(f"--param {item!r}: expected KEY=VALUE", 2)
        params[key] = value
    try:
        text = rdf.load_query(name) if name else rdf.query_text(sparql, file)
    except KeyError:
        _fail(f"no named query {name!r}; see 'unionkg query --list'", 2)
    except OSError as error:
        _fail(f"{error.filename or file}: {error.strerror or error}", 2)
    try:
        source = rdf.OxigraphStore.from_file(graph) if store == "oxigraph" else rdf.read_dataset(graph)
    except rdf.RdfInputError as error:
        _fail(str(error), 2)
    try:
        params = names.resolve_params(source, params, text)
        columns, rows = rdf.run_query(source, text, params or None, timeout=timeout, limit=limit)
    except names.NameLookupError as error:
        _fail(str(error), 1)
    except rdf.QueryTimeout as error:
        _fail(str(error), 1)
    except rdf.QueryRefused as error:
        _fail(f"query refused: {error}", 2)
    except rdf.QueryError as error:
        _fail(f"bad query: {error}", 2)
    result = rdf.format_result(columns, rows, format)
    if not result.endswith("\n"):
        result += "\n"
    if output is None:
        sys.stdout.write(result)
    else:
        from unionkg.readwrite import atomic_write
        with _writing(output), atomic_write(output) as handle:
            handle.write(result)
    if getattr(rows, "cut", False):
        _report_error(f"result cut at {limit} rows (--limit)")


@app.command(name="validate")
def validate_cmd(graph: Annotated[Path, typer.Argument(help="Turtle or TriG file")]) -> None:
    """Check a graph against the SHACL shapes of the ontology."""
    from unionkg import rdf

    if not graph.exists():
        _fail(f"{graph}: no such file", 2)
    try:
        conforms, lines = rdf.validate(graph)
    except rdf.RdfInputError as error:
        _fail(str(error), 2)
    if conforms:
        out.print(f"{graph}: conforms")
        return
    for line in lines:
        out.print(line)
    raise typer.Exit(1)


@app.command()
def load(
    trig: Annotated[Path, typer.Argument(help="graph.trig from a build")],
    endpoint: Annotated[str, typer.Option(help="SPARQL 1.1 Graph Store URL (oxigraph: http://HOST:PORT/store)")],
) -> None:
    """Push each report's named graph to a SPARQL Graph Store endpoint."""
    from unionkg import rdf

    if not trig.exists():
        _fail(f"{trig}: no such file", 2)
    try:
        sent = rdf.load(trig, endpoint)
    except rdf.LoadError as error:
        _fail(str(error))
    out.print(f"loaded {len(sent)} graphs ({sum(sent.values())} triples) into {endpoint}")


@app.command()
def view(
    graph: Annotated[Path, typer.Argument(help="graph.ttl from a build")] = Path("output/graph.ttl"),
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write")] = Path("output/view.html"),
    types: Annotated[Optional[str], typer.Option("--type", help="entity types to show, e.g. ORG,AWARD")] = None,
    around: Annotated[Optional[str], typer.Option(help="centre the view on this name")] = None,
    depth: Annotated[int, typer.Option(help="how many links out from --around")] = 2,
    all_views: Annotated[bool, typer.Option("--all", help="regenerate every view into the graph's folder")] = False,
) -> None:
    """Regenerate HTML views from a built graph, with filters."""
    from unionkg import rdf, views

    if not graph.exists():
        _fail(f"{graph}: no such file", 2)
    wanted = None
    if types:
        wanted = {t.strip().upper() for t in types.split(",") if t.strip()}
        unknown = wanted - {"PER", "ORG", "EVENT", "AWARD"}
        if unknown:
            _fail(f"--type: unknown type(s) {', '.join(sorted(unknown))}", 2)
    try:
        nxgraph = rdf.from_rdf(graph)
    except rdf.RdfInputError as error:
        _fail(str(error), 2)
    if all_views:
        with _writing(graph.parent):
            written = views.write_views(nxgraph, graph.parent)
        out.print(f"wrote {len(written)} files into {graph.parent}")
        return
    try:
        with _writing(output):
            path = views.write_view(nxgraph, output, types=wanted, around=around, depth=depth)
    except views.ViewError as error:
        _fail(str(error), 2)
    out.print(f"wrote {path}")


@app.command()
def export(
    graph: Annotated[Path, typer.Argument(help="graph.ttl (or .trig, .jsonld) from a build")] = Path("output/graph.ttl"),
    neo4j: Annotated[Optional[Path], typer.Option("--neo4j", help="folder for Neo4j import files")] = None,
) -> None:
    """Export a built graph for other tools: --neo4j DIR writes CSVs for neo4j-admin and a load.cypher."""
    from unionkg import rdf
    from unionkg.readwrite import write_neo4j

    if neo4j is None:
        _fail("say what to export, e.g. --neo4j neo4j/", 2)
    if not graph.exists():
        _fail(f"{graph}: no such file (build first, or give the graph file)", 2)
    try:
        nxgraph = rdf.from_rdf(graph)
    except Exception as error:  # a graph file rdflib cannot parse
        _fail(f"{graph}: {str(error).splitlines()[0] if str(error) else type(error).__name__}", 2)
    try:
        written = write_neo4j(nxgraph, neo4j)
    except OSError as error:
        _fail(f"{getattr(error, 'filename', '') or neo4j}: {error.strerror or error}")
    out.print(f"wrote {', '.join(p.name for p in written)} into {neo4j} "
              f"({nxgraph.number_of_nodes()} nodes, {nxgraph.number_of_edges()} relationships)", markup=False)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
