"""Screenshots of the views for the README, taken in headless Chromium.

    python scripts/screenshots.py [--output docs] [--build-dir DIR] [PATH ...]

Builds the given reports (the shipped samples when none) into a temporary
folder (or ``--build-dir``), then writes ``graph.png`` (the whole graph) and
``org.png`` (the page of the most connected organisation) into ``--output``.
Run it again whenever the views change, and look at the pictures.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from unionkg import api
from unionkg.views.names import node_page
from unionkg.views.select import by_degree

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps",
         "--host-resolver-rules=MAP * ~NOTFOUND", "--force-device-scale-factor=1"]


def shoot(browser: str, page: Path, png: Path, size: str, profile: Path) -> None:
    """One screenshot of ``page`` at window ``size`` (``W,H``), after its drawing settled."""
    subprocess.run([browser, *FLAGS, f"--user-data-dir={profile}", f"--window-size={size}",
                    "--virtual-time-budget=8000", f"--screenshot={png}", page.as_uri()],
                   check=True, capture_output=True, timeout=180)
    if not png.exists():
        sys.exit(f"{page}: chromium wrote no screenshot")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="reports to build (default: the shipped samples)")
    parser.add_argument("--output", type=Path, default=Path("docs"))
    parser.add_argument("--build-dir", type=Path, default=None)
    parser.add_argument("--size", default="1280,900", help="window size W,H")
    args = parser.parse_args()
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        sys.exit("chromium is not installed (apt-get install chromium fonts-noto-cjk)")
    with tempfile.TemporaryDirectory() as tmp:
        out = args.build_dir or Path(tmp) / "output"
        report = api.build(args.paths, out, on_error=lambda message: print(message, file=sys.stderr))
        graph = report.graph
        orgs = by_degree(graph, [n for n, d in graph.nodes(data=True) if d.get("type") == "ORG"])
        args.output.mkdir(parents=True, exist_ok=True)
        shots = [(out / "graph.html", args.output / "graph.png")]
        if orgs:
            shots.append((out / node_page(graph, orgs[0]), args.output / "org.png"))
        for number, (page, png) in enumerate(shots):
            shoot(browser, page, png, args.size, Path(tmp) / f"profile{number}")
            print(f"wrote {png} from {page.relative_to(out)}")


if __name__ == "__main__":
    main()
