"""Every error and warning is one literal line on stderr (issue 13, rows 7, 8, 18, 20)."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace
from click.testing import CliRunner

from unionkg import api
from unionkg.cli import app
from unionkg.messages import one_line

EX = Namespace("https://example.org/m/")


@pytest.fixture(autouse=True)
def _shared_model(monkeypatch, extractor):
    monkeypatch.setattr(api, "Extractor", lambda: extractor)


def _lines(result) -> list[str]:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.stderr.splitlines()


@pytest.fixture(scope="module")
def turtle(tmp_path_factory) -> Path:
    graph = Graph()
    for i in range(30):
        graph.add((EX[f"org{i}"], EX.name, Literal(f"第{i}工会")))
    path = tmp_path_factory.mktemp("m") / "graph.ttl"
    graph.serialize(destination=str(path), format="turtle")
    return path


@pytest.fixture(scope="module")
def truncated(turtle) -> Path:
    data = turtle.read_bytes()
    path = turtle.with_name("truncated.ttl")
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def test_a_long_path_is_not_wrapped_when_stderr_is_no_terminal(tmp_path):
    """Row 7: rich wrapped messages at 80 columns, splitting a path over lines."""
    missing = tmp_path / ("很长的文件夹名称" * 6) / ("missing-report-" * 5 + ".txt")
    result = CliRunner().invoke(app, ["build", str(missing), "-o", str(tmp_path / "out")])
    lines = _lines(result)
    assert any(str(missing) in line for line in lines), lines
    assert all(line.startswith("unionkg: ") for line in lines), lines


def test_names_are_printed_literally(tmp_path):
    """Row 20: ``:thumbs_up:`` and ``[bold]`` in a file name were turned into emoji and markup."""
    missing = tmp_path / "missing:thumbs_up:[bold]x[/bold]:end:.txt"
    result = CliRunner().invoke(app, ["build", str(missing), "-o", str(tmp_path / "out")])
    assert f"{missing}: no such file or directory, skipped" in result.stderr
    assert "👍" not in result.stderr and "🔚" not in result.stderr


def test_a_line_break_in_a_name_stays_on_one_line(tmp_path):
    missing = tmp_path / "two\nlines.txt"
    result = CliRunner().invoke(app, ["build", str(missing), "-o", str(tmp_path / "out")])
    lines = _lines(result)
    assert any("two\\nlines.txt: no such file" in line for line in lines), lines
    assert one_line("a\r\nb\u2028c") == "a\\r\\nb\\u2028c"


def test_extract_reports_a_binary_file_once_and_writes_nothing(tmp_path):
    """Row 8: 494 lines of "not UTF-8", one per byte-line, and an empty prediction file."""
    binary = tmp_path / "blob.jsonl"
    binary.write_bytes(bytes(range(256)) * 200)
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(app, ["extract", str(binary), "-o", str(out)])
    assert result.exit_code == 1
    lines = _lines(result)
    assert lines[0] == f"unionkg: {binary}: binary file (NUL bytes), skipped"
    assert len(lines) == 2 and "no document was read" in lines[1]
    assert not out.exists()


def test_a_binary_jsonl_without_nul_bytes_is_one_line(tmp_path):
    binary = tmp_path / "blob.jsonl"
    binary.write_bytes(bytes(range(128, 256)) * 100 + b"\n" + bytes(range(200, 256)) * 50)
    result = CliRunner().invoke(app, ["extract", str(binary), "-o", str(tmp_path / "p.jsonl")])
    lines = _lines(result)
    assert lines[0] == f"unionkg: {binary}: binary file (not UTF-8 text), skipped"


def test_load_with_no_url_is_one_line(turtle, tmp_path):
    """Row 18: ``load --endpoint notaurl`` raised ``ValueError: unknown url type``."""
    trig = tmp_path / "g.trig"
    Graph().parse(turtle).serialize(destination=str(trig), format="trig")
    result = CliRunner().invoke(app, ["load", str(trig), "--endpoint", "notaurl"])
    assert result.exit_code == 1
    assert _lines(result) == ["unionkg: --endpoint 'notaurl': not an http(s) URL (e.g. http://localhost:7878/store)"]


@pytest.mark.parametrize("content", ["truncated", "garbage"])
def test_load_of_a_broken_trig_names_file_and_line(truncated, tmp_path, content):
    """Row 18: a truncated or garbage TriG gave IndexError / BadSyntax tracebacks."""
    trig = tmp_path / "broken.trig"
    trig.write_bytes(truncated.read_bytes() if content == "truncated" else b"\x7fELF\x02\x01garbage{{{")
    result = CliRunner().invoke(app, ["load", str(trig), "--endpoint", "http://127.0.0.1:9/store"])
    assert result.exit_code == 1
    lines = _lines(result)
    assert len(lines) == 1 and lines[0].startswith(f"unionkg: {trig}: line ") and "not valid RDF" in lines[0]


@pytest.mark.parametrize("command", ["view", "validate", "query"])
def test_a_truncated_turtle_names_file_and_line(truncated, tmp_path, command):
    """Row 18: view raised BadSyntax; validate said only "string index out of range"."""
    args = {"view": ["view", str(truncated), "-o", str(tmp_path / "v.html")],
            "validate": ["validate", str(truncated)],
            "query": ["query", str(truncated), "SELECT * WHERE { ?s ?p ?o }"]}[command]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    lines = _lines(result)
    assert len(lines) == 1 and lines[0].startswith(f"unionkg: {truncated}: line "), lines
    assert not (tmp_path / "v.html").exists()


def test_a_failed_validation_is_one_line(tmp_path, monkeypatch):
    from unionkg import rdf
    monkeypatch.setattr(rdf, "validate_reports", lambda *_: (False, ["Violation: a", "Violation: b"]))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("青松化工厂工会举办了职工书画展。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    lines = _lines(result)
    assert len(lines) == 1 and "2 problem(s); first: Violation: a" in lines[0]
    assert not (tmp_path / "out").exists()
