"""The ``unionkg`` command: a thin layer over ``unionkg.api``.

Errors in input are reported as one line on stderr naming the file; the
command exits non-zero at the end if anything was skipped.  No traceback
reaches the user for bad input, and a mistyped command line (an unknown
option, a missing argument, a value of the wrong type) is one line too.

Built on ``click`` alone: the command line is a tenth of a one-document
``unionkg extract``'s start-up with typer, which imports rich and builds
pydantic validators for every parameter before a command runs.  ``rich``
is imported only to draw the build's summary table and the progress bar.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Optional

import click

from unionkg.messages import first_line, one_line
from unionkg.limits import DEFAULT_LIMIT, DEFAULT_TIMEOUT

HELP = "Knowledge graphs from Chinese trade-union work summaries (工会工作总结)."


class _Argument(click.Argument):
    """A positional argument with a help text, listed under "Arguments" in ``--help``."""

    def __init__(self, *args: Any, help: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.help = help

    def help_record(self, ctx: click.Context) -> tuple[str, str]:
        text = self.help or ""
        if isinstance(self.default, (str, Path)):
            text += f"  [default: {self.default}]"
        return self.make_metavar(ctx), text


class _Command(click.Command):
    """A command whose ``--help`` describes its arguments as well as its options, and
    whose line in the list of commands is its whole first paragraph."""

    def get_short_help_str(self, limit: int = 45) -> str:
        return " ".join((self.help or "").split("\n\n")[0].split())

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [p.help_record(ctx) for p in self.get_params(ctx) if isinstance(p, _Argument)]
        if rows:
            with formatter.section("Arguments"):
                formatter.write_dl(rows)
        super().format_options(ctx, formatter)


class _Cli(click.Group):
    """The group of commands; a usage error is one line on stderr (exit status 2)."""

    command_class = _Command

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)  # in the order they are defined, not sorted

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except click.exceptions.NoArgsIsHelpError as error:
            error.show()
            sys.exit(error.exit_code)
        except click.UsageError as error:
            where = error.ctx.command_path if error.ctx is not None else "unionkg"
            _report_error(f"{error.format_message()} (see '{where} --help')")
            sys.exit(error.exit_code)
        except click.ClickException as error:
            _report_error(error.format_message())
            sys.exit(error.exit_code)
        except click.Abort:
            _report_error("aborted")
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


def _argument(*names: str, help: str, **kwargs: Any):
    return click.argument(*names, cls=_Argument, help=help, **kwargs)


def _paths(**kwargs: Any) -> click.Path:
    return click.Path(path_type=Path, **kwargs)


def _version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        from unionkg import __version__

        print(f"unionkg {__version__}")
        ctx.exit()


@click.group(cls=_Cli, help=HELP, no_args_is_help=True, context_settings={"show_default": True})
@click.option("--version", is_flag=True, callback=_version, is_eager=True, expose_value=False,
              help="print the version and exit")
def app() -> None:
    """Knowledge graphs from Chinese trade-union work summaries (工会工作总结)."""


def _fail(message: str, code: int = 1) -> None:
    _report_error(message)
    raise click.exceptions.Exit(code)


def _report_error(message: str) -> None:
    print(f"unionkg: {one_line(message)}", file=sys.stderr, flush=True)


def _say(text: str) -> None:
    """A line of a command's result, on stdout, as written."""
    print(text)


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

    return Progress(estimate_documents(paths), sys.stderr, sys.stderr.isatty(), label=label)


def _summary(report, output: Path):
    """The build's counts, time per stage, cache hits and the files written (a rich table)."""
    from rich.table import Table

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
@_argument("paths", nargs=-1, type=_paths(),
           help="files and folders (.docx .pdf .txt .md .html .jsonl); the shipped samples when omitted")
@click.option("-o", "--output", type=_paths(), default=Path("output"), help="output folder")
@click.option("--store", default="rdflib", help="RDF store: rdflib or oxigraph (fast, for large graphs)")
@click.option("--validate/--no-validate", default=True, help="check the graph against ontology/shapes.ttl")
@click.option("--jobs", "-j", type=int, default=None, show_default=False,
              help="worker processes for extraction (default: one per core)")
@click.option("--cache/--no-cache", default=True, help="reuse extractions of unchanged documents (kept in OUTPUT/.cache)")
@click.option("--scheduler", default=None, help="extract on a Dask cluster, e.g. tcp://HOST:8786")
def build(paths: tuple[Path, ...], output: Path, store: str, validate: bool, jobs: Optional[int],
          cache: bool, scheduler: Optional[str]) -> None:
    """Build the graph, Turtle/TriG/JSON-LD, GraphML, CSV and HTML views into OUTPUT."""
    from unionkg.api import BuildError, build as run_build
    from unionkg.readwrite.transaction import OutputError

    if store not in ("rdflib", "oxigraph"):
        _fail(f"--store must be rdflib or oxigraph, not {store!r}", 2)
    progress = _progress(list(paths), "building")
    try:
        with _writing(output):
            report = run_build(list(paths), output, store=store, validate=validate,
                               on_error=_report_error, jobs=_jobs_value(jobs), cache=cache,
                               scheduler=scheduler, progress=progress)
    except (BuildError, OutputError) as error:
        _fail(str(error))
    finally:
        progress.close()
    from unionkg.messages import plain_console

    plain_console().print(_summary(report, output))
    written = sorted(str(p.relative_to(output)) if p.is_relative_to(output) else str(p) for p in report.outputs)
    shown = [p for p in written if "/" not in p]
    more = len(written) - len(shown)
    _say(f"wrote {len(written)} files into {output}/: {', '.join(shown)}"
         + (f" and {more} pages in subfolders" if more else ""))
    if report.skipped:
        _fail(f"{report.skipped} input(s) skipped", 1)


@app.command()
@_argument("input", type=_paths(), help="JSON Lines with id and text (gold files work too)")
@click.option("-o", "--output", type=_paths(), default=Path("pred.jsonl"), help="prediction JSON Lines")
@click.option("--details", type=int, default=0,
              help="with gold input: list up to N missed and spurious items per document")
@click.option("--jobs", "-j", type=int, default=None, show_default=False,
              help="worker processes (default: one per core)")
@click.option("--scheduler", default=None, help="extract on a Dask cluster, e.g. tcp://HOST:8786")
def extract(input: Path, output: Path, details: int, jobs: Optional[int], scheduler: Optional[str]) -> None:
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
    print(f"unionkg: {len(results)} documents → {output}", file=sys.stderr)
    if details:
        from unionkg.evaluate import compare_file

        for line in compare_file(input, results, details):
            _say(line)
    if skipped:
        raise click.exceptions.Exit(1)


@app.command()
@_argument("graph", required=False, type=_paths(), help="Turtle, TriG or JSON-LD file")
@_argument("sparql", required=False, help="a SPARQL query, or a .rq file holding one")
@click.option("--file", "-f", "file", type=_paths(), default=None, help="a file holding a SPARQL query")
@click.option("--name", "-n", default=None, help="a named query (see --list)")
@click.option("--param", "-p", multiple=True,
              help="KEY=VALUE for a named query; names match as people write them")
@click.option("--format", "format", default="table", help="table, csv or json")
@click.option("--list", "list_", is_flag=True, help="list the named queries")
@click.option("--store", default="rdflib", help="rdflib or oxigraph")
@click.option("--timeout", type=float, default=DEFAULT_TIMEOUT,
              help="stop a query running longer than SECONDS (0: no limit)")
@click.option("--limit", type=int, default=DEFAULT_LIMIT, help="print at most ROWS rows (0: no limit)")
@click.option("-o", "--output", type=_paths(), default=None, help="write the result to this file")
def query(graph: Optional[Path], sparql: Optional[str], file: Optional[Path], name: Optional[str],
          param: tuple[str, ...], format: str, list_: bool, store: str, timeout: float, limit: int,
          output: Optional[Path]) -> None:
    """Run SPARQL on a built graph and print the result (SERVICE, FROM elsewhere and LOAD are refused)."""
    from unionkg import names, rdf

    if list_:
        for qname, description in rdf.list_queries():
            _say(f"{qname}\t{description}".expandtabs())
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
@_argument("graph", type=_paths(), help="Turtle or TriG file")
def validate_cmd(graph: Path) -> None:
    """Check a graph against the SHACL shapes of the ontology."""
    from unionkg import rdf

    if not graph.exists():
        _fail(f"{graph}: no such file", 2)
    try:
        conforms, lines = rdf.validate(graph)
    except rdf.RdfInputError as error:
        _fail(str(error), 2)
    if conforms:
        _say(f"{graph}: conforms")
        return
    for line in lines:
        _say(line)
    raise click.exceptions.Exit(1)


@app.command()
@_argument("trig", type=_paths(), help="graph.trig from a build")
@click.option("--endpoint", required=True, help="SPARQL 1.1 Graph Store URL (oxigraph: http://HOST:PORT/store)")
def load(trig: Path, endpoint: str) -> None:
    """Push each report's named graph to a SPARQL Graph Store endpoint."""
    from unionkg import rdf

    if not trig.exists():
        _fail(f"{trig}: no such file", 2)
    try:
        sent = rdf.load(trig, endpoint)
    except rdf.LoadError as error:
        _fail(str(error))
    _say(f"loaded {len(sent)} graphs ({sum(sent.values())} triples) into {endpoint}")


@app.command()
@_argument("graph", required=False, type=_paths(), default=Path("output/graph.ttl"), help="graph.ttl from a build")
@click.option("-o", "--output", type=_paths(), default=Path("output/view.html"), help="HTML file to write")
@click.option("--type", "types", default=None, help="entity types to show, e.g. ORG,AWARD")
@click.option("--around", default=None, help="centre the view on this name")
@click.option("--depth", type=int, default=2, help="how many links out from --around")
@click.option("--all", "all_views", is_flag=True, help="regenerate every view into the graph's folder")
def view(graph: Path, output: Path, types: Optional[str], around: Optional[str], depth: int,
         all_views: bool) -> None:
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
        _say(f"wrote {len(written)} files into {graph.parent}")
        return
    try:
        with _writing(output):
            path = views.write_view(nxgraph, output, types=wanted, around=around, depth=depth)
    except views.ViewError as error:
        _fail(str(error), 2)
    _say(f"wrote {path}")


@app.command()
@_argument("graph", required=False, type=_paths(), default=Path("output/graph.ttl"),
           help="graph.ttl (or .trig, .jsonld) from a build")
@click.option("--neo4j", type=_paths(), default=None, help="folder for Neo4j import files")
def export(graph: Path, neo4j: Optional[Path]) -> None:
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
    _say(f"wrote {', '.join(p.name for p in written)} into {neo4j} "
         f"({nxgraph.number_of_nodes()} nodes, {nxgraph.number_of_edges()} relationships)")


def main() -> None:  # pragma: no cover
    app(prog_name="unionkg")


if __name__ == "__main__":  # pragma: no cover
    main()
