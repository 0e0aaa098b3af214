"""The README and docs/ as a newcomer uses them: every example runs as written.

One workspace per session stands for the user's folder: the repository's
files a checkout has (``src/``, ``ontology/``), ``reports/`` with a Word and a
PDF report of our own, and ``output/`` made by running the README's own
``unionkg build``.  Then every ``unionkg …`` line of a shell block, every
SPARQL block and (in docs/python-api.md) every Python block is run there;
Turtle and JSON examples must parse and use only terms the project defines.
"""
from __future__ import annotations

import json
import os
import re
import shlex
from pathlib import Path

import pytest
from rdflib import RDF, Graph
from click.testing import CliRunner

from test_corpus_formats import FIRST, FIRST_AWARD, FIRST_BODY, write_docx, write_pdf
from unionkg import rdf
from unionkg.cli import app

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
DOCS = sorted((ROOT / "docs").glob("*.md"))
BLOCK = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)


def blocks(path: Path, *languages: str) -> list[str]:
    return [body for lang, body in BLOCK.findall(path.read_text(encoding="utf-8")) if lang in languages]


def commands(path: Path) -> list[str]:
    """The ``unionkg …`` lines of a file's shell blocks (``\\`` continuations joined)."""
    found = []
    for body in blocks(path, "bash", "sh", "shell", "console"):
        for line in body.replace("\\\n", " ").splitlines():
            line = line.strip()
            if line.startswith("unionkg "):
                found.append(line)
    return found


def invoke(line: str):
    return CliRunner().invoke(app, shlex.split(line)[1:])


@pytest.fixture(scope="session")
def workspace(tmp_path_factory) -> Path:
    """A user's folder after ``unionkg build`` (the README's command, run as written)."""
    home = tmp_path_factory.mktemp("newcomer")
    for name in ("src", "ontology"):
        (home / name).symlink_to(ROOT / name, target_is_directory=True)
    reports = home / "reports"
    reports.mkdir()
    write_docx(reports / "机械厂.docx", [FIRST, FIRST_BODY, FIRST_AWARD])
    write_pdf(reports / "小学.pdf", ["青松小学工会工作总结", "青松小学工会被区教育工会评为先进职工之家。"])
    before = Path.cwd()
    os.chdir(home)
    try:
        assert "unionkg build" in commands(README)
        result = invoke("unionkg build")
        assert result.exit_code == 0, result.output
    finally:
        os.chdir(before)
    return home


def test_readme_commands_run_as_written(workspace, monkeypatch):
    monkeypatch.chdir(workspace)
    lines = [line for line in commands(README) if line != "unionkg build"]  # the fixture ran that one
    assert len(lines) >= 8
    for line in lines:
        result = invoke(line)
        assert result.exit_code == 0, (line, result.output)
        assert result.stdout.strip(), line
        assert "(0 rows)" not in result.stdout, line


def test_readme_names_work_as_people_write_them(workspace, monkeypatch):
    monkeypatch.chdir(workspace)
    result = invoke("unionkg query output/graph.ttl --name events-by-organiser -p org=青禾路小学 --format csv")
    assert result.exit_code == 0 and result.stdout.splitlines()[1].startswith("青禾路小学工会,")


@pytest.mark.parametrize("doc", [README, *DOCS], ids=lambda p: p.name)
def test_sparql_examples_answer(workspace, doc):
    queries = blocks(doc, "sparql")
    for query in queries:
        columns, rows = rdf.run_query(workspace / "output" / "graph.ttl", query)
        assert rows, query


def test_readme_has_sparql_examples_with_zh_tag():
    queries = blocks(README, "sparql")
    assert len(queries) >= 4
    assert any('"@zh' in q for q in queries)  # a label compared as users will write it


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_docs_commands_run(workspace, monkeypatch, doc):
    monkeypatch.chdir(workspace)
    for line in commands(doc):
        result = invoke(line)
        assert result.exit_code == 0, (line, result.output)


def test_python_api_examples_run_in_order(workspace, monkeypatch, capsys):
    monkeypatch.chdir(workspace)
    code = blocks(ROOT / "docs" / "python-api.md", "python")
    assert len(code) >= 3
    namespace: dict = {}
    for body in code:
        exec(compile(body, "python-api.md", "exec"), namespace)  # noqa: S102 - our own docs
    printed = capsys.readouterr().out
    assert "2 documents," in printed and "赵立新" in printed
    assert "青禾路小学工会" in printed and "'RECEIVED'" in printed
    assert (workspace / "reports-output" / "graph.ttl").exists()


def test_ontology_examples_parse_and_use_defined_terms(workspace):
    doc = ROOT / "docs" / "ontology.md"
    turtle = blocks(doc, "turtle")
    prefixes, examples = turtle[0], turtle[1:]
    assert len(examples) >= 10
    ontology = Graph().parse(ROOT / "ontology" / "unionkg.ttl")
    defined = {str(s) for s in ontology.subjects()}
    built = Graph().parse(workspace / "output" / "graph.ttl")
    built_classes = {str(o) for o in built.objects(None, RDF.type)}
    for example in examples:
        graph = Graph().parse(data=prefixes + example, format="turtle")
        for term in {*graph.predicates(), *graph.objects()}:
            if str(term).startswith(str(rdf.UKG)):
                assert str(term) in defined, term
        for subject, cls in graph.subject_objects(RDF.type):
            assert str(cls) in built_classes, cls  # every class shown is one the samples graph has
            # and it says only what instances of that class say in the samples graph
            said = {p for s in built.subjects(RDF.type, cls) for p in built.predicates(s)}
            assert set(graph.predicates(subject)) <= said, (cls, set(graph.predicates(subject)) - said)


def test_extraction_format_examples_parse():
    doc = ROOT / "docs" / "extraction-format.md"
    text = doc.read_text(encoding="utf-8")
    examples = [json.loads(body) for body in blocks(doc, "json")]
    output = next(e for e in examples if "entities" in e)
    for entity in output["entities"]:
        assert f"| `{entity['type']}` |" in text
    for relation in output["relations"]:
        assert f"| `{relation['type']}` |" in text
    from unionkg.extract import SIGNATURES
    for type_ in SIGNATURES:  # every relation type the extractor produces is explained
        assert f"| `{type_}` |" in text


@pytest.mark.parametrize("doc", [README, *DOCS], ids=lambda p: p.name)
def test_links_point_to_files_users_have(doc):
    text = doc.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#]+)\)", text):
        if not target.startswith(("http://", "https://")):
            assert (doc.parent / target).exists(), target
    assert "GUIDELINES" not in text and "shared folder" not in text and "DESIGN.md" not in text
