"""The ``unionkg`` commands end to end, on small texts of our own."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph
from click.testing import CliRunner

from unionkg.cli import app
from unionkg.readwrite import atomic_write

REPORT = """青山机械厂工会2023年工作总结
青山机械厂工会在市总工会的领导下，认真履行职责。
青山机械厂工会召开了第三届二次职代会，审议通过了集体合同。
5月，厂工会举办了第二届“青山杯”拔河比赛，装配车间获得冠军。
工会主席王建国被评为市劳动模范。
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "qingshan.txt").write_text(REPORT, encoding="utf-8")
    (folder / "hospital.txt").write_bytes(
        "红星医院工会组织全院职工参加了市卫生系统第五届职工运动会，护理部获得团体第一名。\n".encode("gb18030"))
    return folder


@pytest.fixture(scope="module")
def built(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(app, ["build", str(corpus), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_build_writes_every_output(built):
    for name in ("graph.ttl", "graph.trig", "graph.jsonld", "graph.graphml", "entities.csv",
                 "relations.csv", "graph.html", "index.html"):
        assert (built / name).stat().st_size > 0, name
    graph = Graph().parse(built / "graph.ttl")
    assert len(graph) > 20
    entities = (built / "entities.csv").read_text(encoding="utf-8")
    assert "王建国" in entities and "红星医院工会" in entities


def test_build_is_deterministic(corpus, built, tmp_path):
    result = CliRunner().invoke(app, ["build", str(corpus), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "graph.ttl").read_bytes() == (built / "graph.ttl").read_bytes()


def test_bad_file_is_reported_in_one_line_and_the_rest_is_built(corpus, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(REPORT, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(folder), "-o", str(out)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = [l for l in result.stderr.splitlines() if "broken.txt" in l]
    assert len(lines) == 1
    assert any("empty.txt" in l for l in result.stderr.splitlines())
    assert (out / "graph.ttl").exists()


def test_failed_write_keeps_the_previous_file(tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_write(target) as handle:
            handle.write("half")
            raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_extract_writes_guideline_predictions(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "q1", "text": REPORT}, ensure_ascii=False) + "\n"
                      + "{not json\n", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(app, ["extract", str(source), "-o", str(out)])
    assert result.exit_code == 1
    assert f"{source}:2:" in result.stderr
    lines = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert [l["id"] for l in lines] == ["q1"]
    record = lines[0]
    assert {"id", "author", "entities", "relations"} <= set(record)
    assert {"type": "PER", "name": "王建国"} in record["entities"]
    assert record["author"] == "青山机械厂工会"


def test_extract_details_against_gold(tmp_path):
    gold = {"id": "g1", "text": REPORT, "author": "青山机械厂工会",
            "entities": [{"type": "PER", "name": "王建国"}, {"type": "ORG", "name": "不存在的单位"}],
            "relations": []}
    source = tmp_path / "gold.jsonl"
    source.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(source), "-o", str(tmp_path / "p.jsonl"), "--details", "5"])
    assert result.exit_code == 0, result.output
    assert "missed [('ORG', '不存在的单位')]" in result.stdout
    assert "entities  PER" in result.stdout


def test_query_inline_and_named(built):
    runner = CliRunner()
    result = runner.invoke(app, ["query", str(built / "graph.ttl"),
                                 "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "json"])
    assert result.exit_code == 0, result.output
    listing = runner.invoke(app, ["query", "--list"])
    assert listing.exit_code == 0 and "awards" in listing.stdout
    awards = runner.invoke(app, ["query", str(built / "graph.ttl"), "--name", "awards", "--format", "csv"])
    assert awards.exit_code == 0, awards.output
    assert "冠军" in awards.stdout or "团体第一名" in awards.stdout


def test_bad_query_is_one_line(built):
    result = CliRunner().invoke(app, ["query", str(built / "graph.ttl"), "SELEC nonsense"])
    assert result.exit_code == 2
    assert "bad query" in result.stderr and "Traceback" not in result.output


def test_validate_conforms(built):
    result = CliRunner().invoke(app, ["validate", str(built / "graph.ttl")])
    assert result.exit_code == 0, result.output


def test_readme_sparql_examples_run(built):
    import re

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    queries = re.findall(r"```sparql\n(.*?)```", readme, flags=re.S)
    assert len(queries) >= 3
    for sparql in queries:
        result = CliRunner().invoke(app, ["query", str(built / "graph.ttl"), sparql, "--format", "json"])
        assert result.exit_code == 0, result.output
        # a query naming a body of the samples ("…"@zh) answers on the samples (test_readme.py)
        assert json.loads(result.stdout) or '"@zh' in sparql, sparql


def test_build_with_the_oxigraph_store_gives_the_same_graph(corpus, built, tmp_path):
    from rdflib.compare import isomorphic

    result = CliRunner().invoke(app, ["build", str(corpus), "-o", str(tmp_path), "--store", "oxigraph"])
    assert result.exit_code == 0, result.output
    fast = Graph().parse(tmp_path / "graph.ttl")
    assert isomorphic(fast, Graph().parse(built / "graph.ttl"))
    named = CliRunner().invoke(app, ["query", str(tmp_path / "graph.ttl"), "--name", "awards",
                                     "--store", "oxigraph", "--format", "csv"])
    assert named.exit_code == 0, named.output


def test_view_regenerates_a_filtered_view_from_turtle(built, tmp_path):
    out = tmp_path / "view.html"
    result = CliRunner().invoke(app, ["view", str(built / "graph.ttl"), "--type", "ORG,AWARD",
                                      "--around", "青山机械厂工会", "--depth", "2", "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "青山机械厂工会" in html and "PER:王建国" not in html  # people filtered out (evidence may quote them)
    missing = CliRunner().invoke(app, ["view", str(built / "graph.ttl"), "--around", "不存在", "-o", str(out)])
    assert missing.exit_code == 2 and "不存在" in missing.stderr
