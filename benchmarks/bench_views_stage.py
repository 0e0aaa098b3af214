"""The views stage alone on a corpus's graph: time per kind of page, the slowest pages.

    python benchmarks/bench_views_stage.py CORPUS OUT_DIR [--cache FILE] [--jobs N] [--graph FILE.pickle]

The graph is read, extracted and resolved as ``unionkg build`` does it, the
extractions kept in ``--cache`` (an extraction cache file, so a second run on
the same corpus and pipeline skips extraction), or loaded from ``--graph``
(a pickle this script wrote before with ``--save-graph``).  Then
``write_views`` writes the pages into ``OUT_DIR`` while each page is timed;
the wall and CPU seconds of the whole stage, per kind of page, the peak RSS
and the slowest pages are printed.  A script, not a test: figures go into
``benchmarks/README.md`` by hand.
"""
from __future__ import annotations

import argparse
import pickle
import resource
import shutil
import time
from collections import defaultdict
from pathlib import Path


def load_graph(args: argparse.Namespace):
    if args.graph and args.graph.exists():
        with open(args.graph, "rb") as handle:
            return pickle.load(handle)
    from unionkg.api import BuildReport, build_graph_from
    from unionkg.run.cache import ExtractionCache

    report = BuildReport(output_dir=args.out)
    cache = ExtractionCache(args.cache, print) if args.cache else None
    started = time.perf_counter()
    graph = build_graph_from([args.corpus], report, print, jobs=args.jobs, cache=cache)
    if cache is not None:
        cache.close()
    print(f"graph: {report.documents} documents, {report.characters:,} characters, "
          f"{graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges "
          f"in {time.perf_counter() - started:.0f} s ({report.extracted} extracted, {report.cache_hits} cached)")
    if args.graph:
        with open(args.graph, "wb") as handle:
            pickle.dump(graph, handle, protocol=5)
    return graph


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--cache", type=Path, help="extraction cache file (made if missing)")
    parser.add_argument("--graph", type=Path, help="pickle of the graph: read if it exists, else written")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--slowest", type=int, default=10)
    args = parser.parse_args()
    graph = load_graph(args)

    import unionkg.views as views

    original = views._write_page
    pages: list[tuple[float, str, int]] = []

    def timed(out_dir, rel, graph, nodes, cache, **arguments):
        started = time.perf_counter()
        path = original(out_dir, rel, graph, nodes, cache, **arguments)
        pages.append((time.perf_counter() - started, rel, len(nodes)))
        return path

    views._write_page = timed
    shutil.rmtree(args.out, ignore_errors=True)
    wall, cpu = time.perf_counter(), time.process_time()
    written = views.write_views(graph, args.out)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    kinds: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    for seconds, rel, _ in pages:
        kind = kinds[rel.split("/")[0]]
        kind[0] += 1
        kind[1] += seconds
    print(f"views: {len(written):,} files in {wall:.1f} s wall, {cpu:.1f} s CPU; peak RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    for kind, (count, seconds) in sorted(kinds.items()):
        print(f"  {kind}: {count:,} pages, {seconds:.1f} s")
    for seconds, rel, nodes in sorted(pages, reverse=True)[:args.slowest]:
        print(f"  {seconds:6.2f} s  {nodes:4d} nodes  {rel}")


if __name__ == "__main__":
    main()
