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
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from unionkg import __version__
from unionkg.corpus import SUPPORTED_SUFFIXES, iter_documents, read_jsonl_records, samples_dir
from unionkg.corpus.normalize import join_lines, normalize_lines
from unionkg.extract import Extractor
from unionkg.corpus.dedupe import unique_reports
from unionkg.graph import add_extractions, finalize, record_duplicates
from unionkg.model import Document, Extraction
from unionkg.readwrite.transaction import OutputSet
from unionkg.readwrite import write_entities_csv, write_graphml, write_predictions, write_relations_csv

ErrorHandler = Callable[[str], None]


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

    @property
    def chars_per_second(self) -> float:
        return self.characters / self.seconds if self.seconds else 0.0


def _counted(documents: Iterable[Document], report: BuildReport,
             tick: Callable[[Document], None] | None) -> Iterator[Document]:
    for document in documents:
        report.documents += 1
        report.characters += len(document.text)
        if tick:
            tick(document)
        yield document


def build_graph_from(paths: Sequence[str | Path], report: BuildReport, on_error: ErrorHandler,
                     tick: Callable[[Document], None] | None = None,
                     extractor: Extractor | None = None) -> nx.MultiDiGraph:
    """Read, extract and resolve everything under ``paths`` into one graph."""
    def counting_errors(message: str) -> None:
        report.skipped += 1
        on_error(message)

    duplicates: dict[str, dict] = {}
    documents = unique_reports(iter_documents(list(paths) or [samples_dir()], on_error=counting_errors),
                               duplicates)
    extractor = extractor or Extractor()
    graph = nx.MultiDiGraph()
    add_extractions(graph, extractor.extract_all(_counted(documents, report, tick)))
    record_duplicates(graph, duplicates)
    report.duplicates = len(duplicates)
    return finalize(graph)


def write_outputs(graph: nx.MultiDiGraph, out_dir: Path, *, store: str = "rdflib",
                  validate: bool = True) -> list[Path]:
    """Every output of a build; each file is replaced atomically."""
    from unionkg import rdf, views

    out_dir.mkdir(parents=True, exist_ok=True)
    if store == "oxigraph":
        dataset = rdf.OxigraphStore.from_graph(graph, version=__version__)
    else:
        dataset = rdf.to_rdf(graph, version=__version__)
    if validate:
        conforms, lines = rdf.validate(dataset if store != "oxigraph" else dataset.to_rdflib())
        if not conforms:
            raise BuildError(f"the graph does not conform to ontology/shapes.ttl ({len(lines)} problem(s);"
                             f" first: {lines[0] if lines else '?'}); the previous output is left as it was")
    outputs = []
    if store == "oxigraph":
        outputs += [dataset.write_turtle(out_dir / "graph.ttl"), dataset.write_trig(out_dir / "graph.trig")]
        rdflib_ds = dataset.to_rdflib()
    else:
        outputs += [rdf.write_turtle(dataset, out_dir / "graph.ttl"), rdf.write_trig(dataset, out_dir / "graph.trig")]
        rdflib_ds = dataset
    outputs.append(rdf.write_jsonld(rdflib_ds, out_dir / "graph.jsonld"))
    outputs.append(write_graphml(graph, out_dir / "graph.graphml"))
    outputs.append(write_entities_csv(graph, out_dir / "entities.csv"))
    outputs.append(write_relations_csv(graph, out_dir / "relations.csv"))
    outputs += views.write_views(graph, out_dir)
    return [Path(p) for p in outputs]


def build(paths: Sequence[str | Path], out_dir: str | Path = "output", *, store: str = "rdflib",
          validate: bool = True, on_error: ErrorHandler = lambda message: None,
          tick: Callable[[Document], None] | None = None,
          extractor: Extractor | None = None) -> BuildReport:
    """Build the graph of ``paths`` (the shipped samples when empty) into ``out_dir``.

    The whole set is written into a staging folder and swapped in at the end
    (:class:`~unionkg.readwrite.transaction.OutputSet`): a failed build, one
    that read no document, or an interrupted one leaves ``out_dir`` as it was.
    """
    report = BuildReport()
    with OutputSet(out_dir) as staging:
        started = time.perf_counter()
        graph = build_graph_from(paths, report, on_error, tick, extractor)
        report.seconds = time.perf_counter() - started
        if not report.documents:
            # an empty graph would replace the previous output and look like success
            raise BuildError("no document was read, nothing written (formats read: "
                             + " ".join(sorted(SUPPORTED_SUFFIXES)) + f"); {out_dir} is left as it was")
        report.entities = Counter(data["type"] for _, data in graph.nodes(data=True))
        report.relations = Counter(data["type"] for *_, data in graph.edges(data=True))
        written = write_outputs(graph, staging, store=store, validate=validate)
    report.outputs = [Path(out_dir) / p.relative_to(staging) for p in written]
    report.graph = graph
    return report


def records_as_documents(path: str | Path, on_error: ErrorHandler) -> Iterator[Document]:
    """Gold-style JSON Lines (``id``, ``text``): one document a record, never split."""
    for record in read_jsonl_records(path, on_error=on_error):
        original = record["text"]
        text, offsets = join_lines(normalize_lines(original))
        yield Document(str(record["id"]), text, source=str(path), original=original,
                       offsets=tuple(offsets), title=record.get("title"))


def extract_records(in_path: str | Path, out_path: str | Path,
                    on_error: ErrorHandler = lambda message: None,
                    extractor: Extractor | None = None) -> list[Extraction]:
    """Extract every record of ``in_path`` and write predictions to ``out_path``."""
    extractor = extractor or Extractor()
    results = list(extractor.extract_all(records_as_documents(in_path, on_error)))
    if not results:
        raise BuildError(f"no document was read from {in_path}; {out_path} is not written")
    write_predictions(results, out_path)
    return results
