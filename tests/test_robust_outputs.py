"""A build writes its whole output set or changes nothing (issue 13, rows 2-5, 9, 10, 17).

Every test here failed on the code before the output set became one
transaction; the texts are our own.
"""
from __future__ import annotations

import csv
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from filelock import FileLock
from click.testing import CliRunner

from unionkg import api
from unionkg.cli import app

MILL = """绿洲纺织厂工会2022年工作总结
绿洲纺织厂工会组织职工参加了区总工会举办的第四届职工篮球赛。
纺织厂工会主席赵春华获得区五一劳动奖章。
"""
FARM = """白杨农场工会2021年工作总结
白杨农场工会举办了首届农机技能比武，机耕队获得团体一等奖。
农场工会副主席孙立平被评为县优秀工会工作者。
"""
OTHER = """东湖电厂工会2023年工作总结
东湖电厂工会开展了安全生产月活动，检修车间荣获市工人先锋号。
"""


@pytest.fixture(autouse=True)
def _shared_model(monkeypatch, extractor):
    """CLI builds reuse the session's pipeline instead of loading the model again."""
    monkeypatch.setattr(api, "Extractor", lambda: extractor)


def _corpus(folder: Path, **texts: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _build(*args: str):
    return CliRunner().invoke(app, ["build", *args])


def _one_line_error(result) -> str:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("unionkg:")]
    assert lines, result.output
    return lines[-1]


@pytest.fixture()
def built(tmp_path) -> tuple[Path, Path, dict[str, bytes]]:
    corpus = _corpus(tmp_path / "in", mill=MILL, farm=FARM)
    out = tmp_path / "out"
    result = _build(str(corpus), "-o", str(out))
    assert result.exit_code == 0, result.output
    return corpus, out, _snapshot(out)


def test_an_interrupted_write_phase_leaves_the_previous_set_whole(built, monkeypatch, tmp_path):
    """Row 2: Ctrl-C between graph.ttl and the CSVs must not leave a mix of two builds."""
    corpus, out, before = built
    (corpus / "farm.txt").unlink()
    _corpus(corpus, other=OTHER)

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(api, "write_entities_csv", interrupted)
    with pytest.raises(KeyboardInterrupt):
        api.build([corpus], out)
    assert _snapshot(out) == before
    assert not [p for p in tmp_path.iterdir() if "staging" in p.name]


def test_a_killed_build_leaves_nothing_the_next_build_keeps(built, tmp_path):
    """Row 3: SIGKILL at the first temp file; the next build removes every leftover."""
    corpus, out, before = built
    script = textwrap.dedent("""
        import os, signal, sys, tempfile
        real = tempfile.mkstemp
        def mkstemp(*args, **kwargs):
            result = real(*args, **kwargs)
            os.kill(os.getpid(), signal.SIGKILL)
            return result
        tempfile.mkstemp = mkstemp
        from unionkg.cli import app
        sys.argv = ["unionkg", "build", sys.argv[1], "-o", sys.argv[2]]
        app()
    """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    killed = subprocess.run([sys.executable, "-c", script, str(corpus), str(out)], env=env,
                            capture_output=True, timeout=300)
    assert killed.returncode == -9, killed.stderr.decode()
    assert _snapshot(out) == before  # the previous set is intact
    result = _build(str(corpus), "-o", str(out))
    assert result.exit_code == 0, result.output
    leftovers = [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    leftovers += [p for p in tmp_path.iterdir() if p.name.startswith(".out.") and not p.name.endswith(".lock")]
    assert leftovers == []


@pytest.mark.parametrize("inputs", ["skipped", "empty", "unsupported"])
def test_a_build_that_read_nothing_fails_and_keeps_the_previous_output(built, tmp_path, inputs):
    """Row 4: every input skipped, an empty folder, or only unsupported files."""
    _corpus_, out, before = built
    folder = tmp_path / inputs
    folder.mkdir()
    if inputs == "skipped":
        (folder / "noise.txt").write_bytes(bytes(range(256)) * 4)
        (folder / "blank.txt").write_bytes(b"   \n")
    elif inputs == "unsupported":
        (folder / "report.xyz").write_bytes(b"\x01\x02")
    result = _build(str(folder), "-o", str(out))
    assert result.exit_code == 1
    message = _one_line_error(result)
    assert "no document was read" in message
    assert _snapshot(out) == before


def test_pages_of_entities_that_left_the_graph_go(built):
    """Row 5: rebuilding with another corpus leaves no page of the old one."""
    corpus, out, _before = built
    other = _corpus(corpus.parent / "other", other=OTHER)
    (out / "my-view.html").write_text("<p>mine</p>", encoding="utf-8")  # the user's own file stays
    result = _build(str(other), "-o", str(out))
    assert result.exit_code == 0, result.output
    with (out / "entities.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for folder, type_ in (("orgs", "ORG"), ("awards", "AWARD")):
        pages = sorted((out / folder).glob("*.html")) if (out / folder).is_dir() else []
        assert len(pages) == sum(1 for r in rows if r["type"] == type_), folder
    assert "赵春华" not in (out / "index.html").read_text(encoding="utf-8")
    assert (out / "my-view.html").read_text(encoding="utf-8") == "<p>mine</p>"


def test_a_second_build_into_a_busy_folder_fails_with_one_line(built, tmp_path):
    """Row 17: two builds into one folder at once; the second is refused before it reads."""
    corpus, out, before = built
    other = _corpus(tmp_path / "other", other=OTHER)
    with FileLock(str(tmp_path / ".out.lock")):
        result = _build(str(other), "-o", str(out))
    assert result.exit_code == 1
    assert "another unionkg build" in _one_line_error(result)
    assert _snapshot(out) == before


def test_a_folder_of_other_files_is_never_replaced(tmp_path):
    corpus = _corpus(tmp_path / "in", mill=MILL)
    home = tmp_path / "home"
    home.mkdir()
    (home / "thesis.docx").write_bytes(b"precious")
    result = _build(str(corpus), "-o", str(home))
    assert result.exit_code == 1
    assert "no unionkg build wrote" in _one_line_error(result)
    assert (home / "thesis.docx").read_bytes() == b"precious"


@pytest.mark.parametrize("command", ["build", "extract", "view", "query"])
def test_every_output_path_error_is_one_line(built, tmp_path, command):
    """Row 9: a too long name or a folder that cannot exist: one line, exit 1, no traceback."""
    corpus, out, _before = built
    records = tmp_path / "records.jsonl"
    records.write_text('{"id": "m", "text": "绿洲纺织厂工会组织职工参加了篮球赛。"}\n', encoding="utf-8")
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    for target in (tmp_path / ("报" * 100 + ".out"), blocker / "sub" / "out"):
        args = {"build": ["build", str(corpus), "-o", str(target)],
                "extract": ["extract", str(records), "-o", str(target)],
                "view": ["view", str(out / "graph.ttl"), "-o", str(target)],
                "query": ["query", str(out / "graph.ttl"), "SELECT * WHERE { ?s ?p ?o } LIMIT 1",
                          "-o", str(target)]}[command]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 1, result.output
        assert "cannot write" in _one_line_error(result) or "not a folder" in result.stderr


def test_a_245_character_file_name_is_written(tmp_path):
    """Row 9: the temp file's name must not be longer than the target's."""
    records = tmp_path / "records.jsonl"
    records.write_text('{"id": "m", "text": "绿洲纺织厂工会组织职工参加了篮球赛。"}\n', encoding="utf-8")
    target = tmp_path / ("p" * 239 + ".jsonl")
    result = CliRunner().invoke(app, ["extract", str(records), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith('{"id": "m"')


def test_csv_cells_never_open_as_formulas(tmp_path):
    """Row 10: names and file names starting with = + - @ (OWASP CSV injection)."""
    corpus = tmp_path / "in"
    texts = {"=HYPERLINK(1)": MILL, "+cmd": FARM, "-2+3": OTHER, "@SUM(A1)": MILL.replace("绿洲", "青松")}
    _corpus(corpus, **texts)
    out = tmp_path / "out"
    result = _build(str(corpus), "-o", str(out))
    assert result.exit_code == 0, result.output
    seen = 0
    for name in ("entities.csv", "relations.csv"):
        with (out / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                for cell in row:
                    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (name, cell)
                    seen += cell.startswith("'")
    assert seen >= 4
    from unionkg.readwrite.tables import safe_cell
    assert safe_cell("=1+1") == "'=1+1" and safe_cell("\tx") == "'\tx" and safe_cell("工会") == "工会"
    assert safe_cell(3) == 3
