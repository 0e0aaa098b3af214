"""The command line itself: help texts, one-line usage errors, and what it loads before a command runs."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from unionkg.cli import app

SRC = str(Path(__file__).resolve().parents[1] / "src")


@pytest.mark.parametrize("args, named", [
    (["extract", "--bogus", "x.jsonl"], "--bogus"),
    (["extract", "x.jsonl", "--jobs", "many"], "--jobs"),
    (["extract"], "INPUT"),
    (["query", "g.ttl", "--limit", "1.5"], "--limit"),
    (["nosuchcommand"], "nosuchcommand"),
    (["load", "g.trig"], "--endpoint"),
])
def test_a_mistyped_command_line_is_one_line(args, named):
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("unionkg: ") and named in lines[0], lines
    assert "--help" in lines[0]


def test_help_names_every_command_in_order_and_every_argument():
    listing = CliRunner().invoke(app, ["--help"])
    assert listing.exit_code == 0
    commands = [line.split()[0] for line in listing.stdout.split("Commands:")[1].splitlines()
                if line.startswith("  ") and not line.startswith("    ")]
    assert commands == ["build", "extract", "query", "validate", "load", "view", "export"]
    assert "(docs/extraction-format.md)" in listing.stdout  # a command's line is not cut short
    extract = CliRunner().invoke(app, ["extract", "--help"])
    assert "JSON Lines with id and text (gold files work too)" in extract.stdout
    assert "-j, --jobs INTEGER" in extract.stdout and "[default: pred.jsonl]" in extract.stdout
    build = CliRunner().invoke(app, ["build", "--help"])
    assert "--validate / --no-validate" in build.stdout and "--cache / --no-cache" in build.stdout


def test_no_command_shows_the_help():
    result = CliRunner().invoke(app, [])
    assert "Commands:" in result.output and result.exit_code == 2


def test_extract_loads_no_library_it_does_not_use(tmp_path):
    """Start-up: extract imports no RDF, graph, view, Dask, Word/PDF or CLI-drawing library."""
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps({"id": "a", "text": "青山机械厂工会召开第三届职代会。"}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    heavy = ["rdflib", "networkx", "pyvis", "pyoxigraph", "pyshacl", "dask", "distributed", "docx",
             "pdfminer", "pypdf", "bs4", "rich", "typer", "evaluate", "charset_normalizer"]
    script = (
        "import runpy, sys\n"
        f"sys.argv = ['unionkg', 'extract', {str(source)!r}, '-o', {str(tmp_path / 'p.jsonl')!r}]\n"
        "try:\n    runpy.run_module('unionkg.cli', run_name='__main__')\n"
        "except SystemExit as exit:\n    assert not exit.code, exit.code\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules or 'unionkg.' + m in sys.modules))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")])}
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "p.jsonl").read_text(encoding="utf-8").count("\n") == 1
