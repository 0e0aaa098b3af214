"""``unionkg build`` on a folder as users have it: Word and PDF reports, old formats mixed in."""
from __future__ import annotations

from click.testing import CliRunner

from test_corpus_formats import FIRST, FIRST_AWARD, FIRST_BODY, write_docx, write_pdf
from unionkg.cli import app


def test_folder_of_word_and_pdf_reports_builds(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    write_docx(folder / "机械厂.docx", [FIRST, FIRST_BODY, FIRST_AWARD])
    write_pdf(folder / "小学.pdf", ["青松小学工会工作总结", "青松小学工会主席孙丽华被评为市优秀工会工作者。"])
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    entities = (out / "entities.csv").read_text(encoding="utf-8")
    assert "赵立新" in entities and "孙丽华" in entities


def test_folder_without_a_readable_report_fails_and_names_each_file(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    (folder / "a.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    (folder / "b.wps").write_bytes(b"\xd0\xcf\x11\xe0")
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(folder), "-o", str(out)])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert any("a.doc: unsupported format '.doc', convert to .docx" in line for line in lines)
    assert any("b.wps: unsupported format '.wps', convert to .docx" in line for line in lines)
    assert any("no document was read" in line for line in lines)
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "previous"
