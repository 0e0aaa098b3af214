"""How long a 1,000-node view takes to draw in headless Chromium.

    python benchmarks/bench_views.py [--nodes 1000] [--runs 3]

The page writes ``performance.now()`` at its first complete drawing into
``data-settle-ms`` on <body>; positions are computed in Python and physics is
off, so the first drawing is the settled one. Target: under 3 seconds.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from views_sample import big_graph  # noqa: E402

from unionkg.views import write_view  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    browser = shutil.which("chromium") or sys.exit("chromium is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        page = write_view(big_graph(args.nodes), Path(tmp) / "big.html")
        print(f"written {args.nodes} nodes in {time.perf_counter() - started:.2f} s "
              f"({page.stat().st_size / 1e6:.1f} MB)")
        for run in range(args.runs):
            started = time.perf_counter()
            dom = subprocess.run(
                [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 f"--user-data-dir={tmp}/profile{run}", "--dump-dom", page.as_uri()],
                capture_output=True, text=True, timeout=120).stdout
            wall = time.perf_counter() - started
            settle = re.search(r'data-settle-ms="(\d+)"', dom)
            shown = re.search(r'data-nodes="(\d+)"', dom)
            print(f"run {run + 1}: drawn and settled at {int(settle.group(1)) / 1000 if settle else float('nan'):.2f} s "
                  f"after page start ({shown.group(1) if shown else '?'} nodes); browser process {wall:.1f} s")


if __name__ == "__main__":
    main()
