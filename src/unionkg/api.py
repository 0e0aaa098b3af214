"""The Python API: the same functions the CLI calls.

``build`` streams documents through the stages and writes every output;
``extract_records`` runs extraction on gold-style JSON Lines.  Both take an
``on_error`` callback so a bad input file is reported in one line and the
rest of the work goes on.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unionkg import __version__
from unionkg.model import Document, Extraction

if TYPE_CHECKING:  # networkx and the graph writers are imported by ``build`` only
    import networkx as nx

    from unionkg.extract import Extractor

#: names imported on first use (PEP 562): ``extract`` needs neither networkx nor the graph writers
_LAZY = {
    "Extractor": "unionkg.extract",
    "write_entities_csv": "unionkg.readwrite",
    "write_relations_csv": "unionkg.readwrite",
    "write_graphml": "unionkg.readwrite",
    "write_predictions": "unionkg.readwrite",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'unionkg.api' has no attribute {name!r}")


def _lazy(name: str) -> Any:
    """``name`` as this module holds it now (a test may have replaced it), importing it if need be."""
    return globals()[name] if name in globals() else __getattr__(name)


ErrorHandler = Callable[[str], None]
#: called as each document's extraction is ready: (document, taken from the cache)
ProgressHandler = Callable[[Document, bool], None]
#: the stages a build reports the time of, in flow order
STAGES = ("read", "extract", "resolve", "rdf", "validate", "views", "files")


class BuildError(RuntimeError):
    """A build that must not write its outputs (e.g. the graph fails validation)."""


@dataclass
class BuildReport:
    documents: int = 0
    characters: int = 0
    seconds: float = 0.0
    entities: Counter = field(default_factory=Counter)
    relations: Counter = field(default_factory=Counter)
    outputs: list[Path] = field(default_factory=list)
    skipped: int = 0
    duplicates: int = 0  # reports identical to one already built (listed, not built again)
    graph: nx.MultiDiGraph | None = None
    #: wall time of the whole build, and of each stage (``STAGES``)
    wall_seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    cache_hits: int = 0
    extracted: int = 0
    how: str = "in process"
    output_dir: Path | None = None

    @property
    def chars_per_second(self) -> float:
        return self.characters / self.seconds if self.seconds else 0.0


@contextmanager
def _stage(timings: dict[str, float] | None, name: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + time.perf_counter() - started


def extract_stream(documents: Iterable[Document], *, jobs: int | None = 1, scheduler: Any = None,
                   cache: Any = None, extractor: Extractor | None = None, stats: Any = None,
                   progress: ProgressHandler | None = None, **tuning: Any) -> Iterator[Extraction]:
    """Extractions of ``documents`` in order, by the running stage (``unionkg.run``).

    ``jobs`` worker processes (``None``: one per core), or a Dask ``scheduler``;
    ``cache`` an ``ExtractionCache``.  Every way gives the same extractions.
    """
    from unionkg import run

    return run.extract_documents(documents, jobs=run.cores() if jobs is None else jobs,
                                 scheduler=scheduler, cache=cache, extractor=extractor,
                                 stats=stats, progress=progress, **tuning)


def build_graph_from(paths: Sequence[str | Path], report: BuildReport, on_error: ErrorHandler,
                     tick: Callable[[Document], None] | None = None,
                     extractor: Extractor | None = None, *, jobs: int | None = 1,
                     scheduler: Any = None, cache: Any = None,
                     progress: ProgressHandler | None = None, **tuning: Any) -> nx.MultiDiGraph:
    """Read, extract and resolve everything under ``paths`` into one graph."""
    import networkx as nx

    from unionkg import run
    from unionkg.corpus import iter_documents, samples_dir
    from unionkg.corpus.dedupe import unique_reports
    from unionkg.graph import add_extractions, finalize, record_duplicates

    def counting_errors(message: str) -> None:
        report.skipped += 1
        on_error(message)

    def each(document: Document, cached: bool) -> None:
        if tick:
            tick(document)
        if progress:
            progress(document, cached)

    duplicates: dict[str, dict] = {}
    documents = unique_reports(iter_documents(list(paths) or [samples_dir()], on_error=counting_errors),
                               duplicates)
    stats = run.RunStats()
    graph = nx.MultiDiGraph()
    extractions = extract_stream(documents, jobs=jobs, scheduler=scheduler, cache=cache,
                                 extractor=extractor, stats=stats, progress=each, **tuning)
    started = time.perf_counter()
    add_extractions(graph, extractions)
    total = time.perf_counter() - started
    report.documents += stats.documents
    report.characters += stats.characters
    report.cache_hits += stats.cache_hits
    report.extracted += stats.extracted
    report.how = stats.how
    for name in ("read", "extract"):
        report.stage_seconds[name] = report.stage_seconds.get(name, 0.0) + stats.seconds[name]
    report.stage_seconds["resolve"] = (report.stage_seconds.get("resolve", 0.0)
                                       + max(0.0, total - stats.seconds["read"] - stats.seconds["extract"]))
    record_duplicates(graph, duplicates)
    report.duplicates = len(duplicates)
    return finalize(graph)


#: a graph of at least this many nodes and edges is put in an on-disk Oxigraph store
#: (bulk-loaded, in a temporary folder) rather than in memory
ON_DISK_ITEMS = 60_000


def write_outputs(graph: nx.MultiDiGraph, out_dir: Path, *, store: str = "rdflib",
                  validate: bool = True, timings: dict[str, float] | None = None,
                  on_disk: bool | None = None, caches: dict[str, Any] | None = None) -> list[Path]:
    """Every output of a build; each file is replaced atomically.

    The RDF files are written from one Oxigraph store, a graph at a time, sorted,
    whichever ``store`` is asked for (it decides what ``query`` and ``validate``
    read, not these bytes): in memory, or on disk when ``on_disk`` (``None``: when
    the graph has ``ON_DISK_ITEMS`` nodes and edges or more), which writes the
    same bytes with flat memory.  Validation checks each report's named graph on
    its own (:func:`unionkg.rdf.validate.validate_reports`).  ``caches`` may hold
    ``"validation"`` and ``"layouts"`` caches from the previous build, so an
    unchanged report graph is not validated again and an unchanged picture is not
    laid out again, and ``"pages"`` (:class:`~unionkg.views.reuse.PageReuse`),
    so a page showing nothing new is taken from the previous output.  ``timings`` receives the seconds spent per stage (rdf,
    validate, views, files).
    """
    import tempfile

    from unionkg import rdf, views

    write_entities_csv, write_graphml, write_relations_csv = (
        _lazy("write_entities_csv"), _lazy("write_graphml"), _lazy("write_relations_csv"))
    caches = caches or {}
    if on_disk is None:
        on_disk = graph.number_of_nodes() + graph.number_of_edges() >= ON_DISK_ITEMS

    out_dir.mkdir(parents=True, exist_ok=True)
    outputs = []
    with tempfile.TemporaryDirectory(prefix="unionkg-store-") if on_disk else _no_folder() as folder:
        with _stage(timings, "rdf"):
            dataset = rdf.OxigraphStore.from_graph(graph, version=__version__, path=folder)
        if validate:
            with _stage(timings, "validate"):
                conforms, lines = rdf.validate_reports(dataset, caches.get("validation"))
            if not conforms:
                raise BuildError(f"the graph does not conform to ontology/shapes.ttl ({len(lines)} problem(s);"
                                 f" first: {lines[0] if lines else '?'}); the previous output is left as it was")
        with _stage(timings, "rdf"):
            outputs += [dataset.write_turtle(out_dir / "graph.ttl"), dataset.write_trig(out_dir / "graph.trig"),
                        dataset.write_jsonld(out_dir / "graph.jsonld")]
        del dataset  # the on-disk store is closed before its folder goes
    with _stage(timings, "files"):
        outputs.append(write_graphml(graph, out_dir / "graph.graphml"))
        outputs.append(write_entities_csv(graph, out_dir / "entities.csv"))
        outputs.append(write_relations_csv(graph, out_dir / "relations.csv"))
    with _stage(timings, "views"):
        outputs += views.write_views(graph, out_dir, layouts=caches.get("layouts"), pages=caches.get("pages"))
    return [Path(p) for p in outputs]


@contextmanager
def _no_folder() -> Iterator[None]:
    yield None


def build(paths: Sequence[str | Path], out_dir: str | Path = "output", *, store: str = "rdflib",
          validate: bool = True, on_error: ErrorHandler = lambda message: None,
          tick: Callable[[Document], None] | None = None, jobs: int | None = None,
          cache: bool = True, scheduler: Any = None, progress: ProgressHandler | None = None,
          warn: ErrorHandler | None = None, extractor: Extractor | None = None,
          on_disk: bool | None = None, **tuning: Any) -> BuildReport:
    """Build the graph of ``paths`` (the shipped samples when empty) into ``out_dir``.

    ``jobs`` worker processes extract (``None``: one per core; inputs under
    100,000 characters stay in this process), or the Dask cluster at
    ``scheduler`` (``tcp://host:8786`` or a ``distributed.Client``).  With
    ``cache`` (the default) extractions are kept in ``OUT_DIR/.cache/`` and a
    rebuild extracts only documents that changed (starting worker processes only
    for 100,000 characters or more of them), validates only report graphs
    that changed, lays out only pictures that changed and renders only pages
    that changed (``.cache/validation.sqlite``, ``.cache/layouts.sqlite``,
    ``.cache/pages.sqlite``); ``warn`` receives the one line said about an
    unusable cache.  ``on_disk`` as for :func:`write_outputs`.  Every way writes
    the same bytes.

    The whole set is written into a staging folder and swapped in at the end
    (:class:`~unionkg.readwrite.transaction.OutputSet`): a failed build, one
    that read no document, or an interrupted one leaves ``out_dir`` as it was,
    its cache included.
    """
    from unionkg.corpus import SUPPORTED_SUFFIXES
    from unionkg.readwrite.transaction import OutputSet
    from unionkg.run.cache import ExtractionCache

    report = BuildReport(output_dir=Path(out_dir))
    started = time.perf_counter()
    with OutputSet(out_dir) as staging:
        store_cache = ExtractionCache.for_build(out_dir, staging, warn or on_error) if cache else None
        try:
            graph = build_graph_from(paths, report, on_error, tick, extractor, jobs=jobs,
                                     scheduler=scheduler, cache=store_cache, progress=progress,
                                     **tuning)
        finally:
            if store_cache is not None:
                store_cache.close()
        report.seconds = time.perf_counter() - started
        if not report.documents:
            # an empty graph would replace the previous output and look like success
            raise BuildError("no document was read, nothing written (formats read: "
                             + " ".join(sorted(SUPPORTED_SUFFIXES)) + f"); {out_dir} is left as it was")
        report.entities = Counter(data["type"] for _, data in graph.nodes(data=True))
        report.relations = Counter(data["type"] for *_, data in graph.edges(data=True))
        caches = _stage_caches(out_dir, staging, warn or on_error) if cache else {}
        try:
            written = write_outputs(graph, staging, store=store, validate=validate,
                                    timings=report.stage_seconds, on_disk=on_disk, caches=caches)
        finally:
            for stage_cache in caches.values():
                stage_cache.close()
    report.outputs = [Path(out_dir) / p.relative_to(staging) for p in written]
    report.graph = graph
    report.wall_seconds = time.perf_counter() - started
    return report


def _stage_caches(out_dir: str | Path, staging: Path, warn: ErrorHandler) -> dict[str, Any]:
    """The caches of validation results, layouts and pages: read from ``out_dir``, written
    into ``staging``; pages are taken from ``out_dir`` itself."""
    from unionkg.rdf.validate import rules_fingerprint
    from unionkg.run.cache import ExtractionCache
    from unionkg.views.layout import layout_fingerprint
    from unionkg.views.reuse import PageReuse, pages_fingerprint

    return {"validation": ExtractionCache.for_build(out_dir, staging, warn, rules_fingerprint(),
                                                    file=Path(".cache") / "validation.sqlite"),
            "layouts": ExtractionCache.for_build(out_dir, staging, warn, layout_fingerprint(),
                                                 file=Path(".cache") / "layouts.sqlite"),
            "pages": PageReuse(ExtractionCache.for_build(out_dir, staging, warn, pages_fingerprint(),
                                                         file=Path(".cache") / "pages.sqlite"), out_dir)}


def records_as_documents(path: str | Path, on_error: ErrorHandler) -> Iterator[Document]:
    """Gold-style JSON Lines (``id``, ``text``): one document a record, never split."""
    from unionkg.corpus import read_jsonl_records
    from unionkg.corpus.normalize import join_lines, normalize_lines

    for record in read_jsonl_records(path, on_error=on_error):
        original = record["text"]
        text, offsets = join_lines(normalize_lines(original))
        yield Document(str(record["id"]), text, source=str(path), original=original,
                       offsets=tuple(offsets), title=record.get("title"))


def extract_records(in_path: str | Path, out_path: str | Path,
                    on_error: ErrorHandler = lambda message: None,
                    extractor: Extractor | None = None, *, jobs: int | None = 1,
                    scheduler: Any = None, progress: ProgressHandler | None = None,
                    **tuning: Any) -> list[Extraction]:
    """Extract every record of ``in_path`` and write predictions to ``out_path``.

    ``jobs`` and ``scheduler`` as for ``build``; the predictions are the same either way.
    """
    write_predictions = _lazy("write_predictions")
    results = list(extract_stream(records_as_documents(in_path, on_error), jobs=jobs,
                                  scheduler=scheduler, extractor=extractor, progress=progress,
                                  **tuning))
    if not results:
        raise BuildError(f"no document was read from {in_path}; {out_path} is not written")
    write_predictions(results, out_path)
    return results
