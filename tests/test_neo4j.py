"""Neo4j import files: headers the import tool reads, endpoints that exist, safe cells."""
from __future__ import annotations

import csv
import re
from pathlib import Path

from click.testing import CliRunner

from unionkg import rdf
from unionkg.cli import app
from unionkg.graph import build_graph, finalize
from unionkg.model import Document, Entity, Evidence, Extraction, Relation
from unionkg.readwrite.neo4j import neutralise, write_neo4j

FORMULA = '=HYPERLINK("http://x.example","点我")'
SENTENCE = "蓝天小学工会主席周海燕在全区教师朗诵比赛中荣获一等奖。"


def _ent(name: str, type_: str, sentence: str = SENTENCE) -> Entity:
    return Entity(name, type_, {name}, [Evidence("r1", sentence, 0, len(name))])


def small_graph():
    extraction = Extraction(
        Document("r1", SENTENCE, title="蓝天小学工会工作总结"), "蓝天小学工会",
        [_ent("蓝天小学工会", "ORG"), _ent("周海燕", "PER"), _ent("全区教师朗诵比赛", "EVENT"),
         _ent("一等奖", "AWARD"), _ent(FORMULA, "ORG", FORMULA + "举办了活动。")],
        [Relation("周海燕", "POSITION", "蓝天小学工会", [Evidence("r1", SENTENCE, 0, 9)]),
         Relation("周海燕", "RECEIVED", "一等奖", [Evidence("r1", SENTENCE, 9, 27)]),
         Relation("一等奖", "AWARDED_BY", "全区教师朗诵比赛", [Evidence("r1", SENTENCE, 9, 27)]),
         Relation(FORMULA, "ORGANIZED", "全区教师朗诵比赛", [Evidence("r1", FORMULA, 0, 5)])])
    return finalize(build_graph([extraction]))


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def check_import_files(folder: Path) -> tuple[list[dict], list[dict]]:
    """What neo4j-admin would check: typed headers, unique ids, every endpoint a node."""
    nodes, relationships = read(folder / "nodes.csv"), read(folder / "relationships.csv")
    node_header = (folder / "nodes.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    rel_header = (folder / "relationships.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert [h for h in node_header if h.endswith(":ID")] == ["id:ID"] and ":LABEL" in node_header
    assert {":START_ID", ":END_ID", ":TYPE"} <= set(rel_header)
    for header in (node_header, rel_header):  # name:type columns use types the tool knows
        for column in header:
            name, _, type_ = column.partition(":")
            assert type_ in ("", "ID", "LABEL", "START_ID", "END_ID", "TYPE", "int", "string[]"), column
    ids = [row["id:ID"] for row in nodes]
    assert len(ids) == len(set(ids))
    for row in relationships:
        assert row[":START_ID"] in ids and row[":END_ID"] in ids, row
        assert re.fullmatch(r"[A-Z_]+", row[":TYPE"])
    for row in nodes:
        assert re.fullmatch(r"Entity;(Person|Organization|Event|Award)", row[":LABEL"])
    return nodes, relationships


def test_import_files_are_consistent_and_complete(tmp_path):
    graph = small_graph()
    written = write_neo4j(graph, tmp_path)
    assert sorted(p.name for p in written) == ["load.cypher", "nodes.csv", "relationships.csv"]
    nodes, relationships = check_import_files(tmp_path)
    assert len(nodes) == graph.number_of_nodes() and len(relationships) == graph.number_of_edges()
    person = next(r for r in nodes if r["name"] == "周海燕")
    assert person[":LABEL"] == "Entity;Person" and person["evidence"] == SENTENCE
    post = next(r for r in relationships if r[":TYPE"] == "POSITION")
    assert post["title"] == "主席" and post["documents:string[]"] == "r1"


def test_cells_cannot_start_a_formula(tmp_path):
    write_neo4j(small_graph(), tmp_path)
    for name in ("nodes.csv", "relationships.csv"):
        for row in csv.reader((tmp_path / name).open(encoding="utf-8", newline="")):
            assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row), row
    names = [row["name"] for row in read(tmp_path / "nodes.csv")]
    assert "'" + FORMULA in names
    assert neutralise("-1") == "'-1" and neutralise("工会") == "工会" and neutralise("a\nb") == "a b"


def test_load_cypher_loads_every_label_and_type(tmp_path):
    graph = small_graph()
    write_neo4j(graph, tmp_path)
    cypher = (tmp_path / "load.cypher").read_text(encoding="utf-8")
    assert "CREATE CONSTRAINT" in cypher and "REQUIRE n.id IS UNIQUE" in cypher
    for label in ("Person", "Organization", "Event", "Award"):
        assert f"MERGE (n:Entity:{label} {{id: row.`id:ID`}})" in cypher
    for _, _, data in graph.edges(data=True):
        assert f"MERGE (a)-[r:{data['type']}]->(b)" in cypher
    statements = [s for s in cypher.split(";") if s.strip() and not s.strip().startswith("//")]
    assert all(s.count("LOAD CSV") <= 1 for s in statements)


def test_export_command_reads_output_graph_by_default(tmp_path, monkeypatch):
    (tmp_path / "output").mkdir()
    rdf.write_turtle(rdf.to_rdf(small_graph()), tmp_path / "output" / "graph.ttl")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["export", "--neo4j", "neo"])
    assert result.exit_code == 0, result.output
    nodes, relationships = check_import_files(tmp_path / "neo")
    assert {r["name"] for r in nodes} >= {"周海燕", "蓝天小学工会"}
    missing = CliRunner().invoke(app, ["export", "nope.ttl", "--neo4j", "neo"])
    assert missing.exit_code == 2 and "nope.ttl: no such file" in missing.stderr


def test_version():
    from unionkg import __version__

    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"unionkg {__version__}"
