"""Neo4j import files: node and relationship CSVs plus a ``load.cypher``.

Two ways into Neo4j, from the same two files:

* ``neo4j-admin database import full`` (an empty database, fastest): the
  headers use its typed columns — ``id:ID``, ``:LABEL``, ``aliases:string[]``
  for nodes, ``:START_ID``, ``:END_ID``, ``:TYPE`` for relationships — so the
  command needs no options beyond the two file names;
* ``LOAD CSV`` into a running database (Neo4j Desktop, Aura): ``load.cypher``
  creates a uniqueness constraint and merges the nodes and relationships, one
  statement per label and per relationship type, since plain Cypher cannot
  take a label or type from a column.

Every node carries the label ``Entity`` besides its own (``Person``,
``Organization``, ``Event``, ``Award``), so the id constraint and the
relationship matches need one label only.  Array cells use ``;``, the import
tool's default delimiter, so a ``;`` inside a name becomes ``；``.  Cells are
neutralised against spreadsheet formula injection because people open these
files in Excel as often as they import them.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from unionkg.readwrite.atomic import atomic_write
from unionkg.readwrite.tables import safe_cell

#: Neo4j label of each entity type (singular, CamelCase: Neo4j's convention).
LABELS = {"PER": "Person", "ORG": "Organization", "EVENT": "Event", "AWARD": "Award"}
COMMON_LABEL = "Entity"
NODE_HEADER = ["id:ID", "name", "type", "aliases:string[]", "documents:string[]",
               "evidence_count:int", "evidence", ":LABEL"]
RELATIONSHIP_HEADER = [":START_ID", ":END_ID", ":TYPE", "title", "documents:string[]",
                       "evidence_count:int", "evidence"]
NODES_FILE, RELATIONSHIPS_FILE, CYPHER_FILE = "nodes.csv", "relationships.csv", "load.cypher"


def neutralise(value: object) -> str:
    """A cell a spreadsheet shows as text (:func:`~unionkg.readwrite.tables.safe_cell`), on one line.

    Line breaks become spaces: a sentence is one line, and the import tool
    then needs no ``--multiline-fields``.
    """
    text = " ".join(str(value).splitlines()) if value is not None else ""
    return str(safe_cell(text))


def _array(values: Iterable[str]) -> str:
    return ";".join(str(v).replace(";", "；") for v in values)


def _first_sentence(evidence: list[dict]) -> str:
    return evidence[0].get("sentence", "") if evidence else ""


def node_label(type_: str) -> str:
    """``Entity;Person`` style: the common label and the type's own."""
    return f"{COMMON_LABEL};{LABELS.get(type_, type_.title() or 'Thing')}"


def _node_rows(graph: nx.MultiDiGraph) -> Iterable[list[object]]:
    for node in sorted(graph.nodes):
        data = graph.nodes[node]
        label = data.get("label", node)
        aliases = [a for a in data.get("aliases", []) if a != label]
        evidence = data.get("evidence", [])
        yield [node, label, data.get("type", ""), _array(aliases), _array(data.get("documents", [])),
               len(evidence), _first_sentence(evidence), node_label(data.get("type", ""))]


def _post_title(graph: nx.MultiDiGraph, head: str, tail: str, evidence: list[dict]) -> str:
    """A POSITION's title as the sentence writes it (主席), as the RDF's ``ukg:postTitle``."""
    from unionkg.rdf.guess import post_title

    person, org = graph.nodes[head].get("label", head), graph.nodes[tail].get("label", tail)
    for sentence in sorted({e.get("sentence", "") for e in evidence}):
        title = post_title(sentence, person, org)
        if title:
            return title
    return ""


def _relationship_rows(graph: nx.MultiDiGraph) -> Iterable[list[object]]:
    for head, tail, key in sorted(graph.edges(keys=True)):
        data = graph.edges[head, tail, key]
        type_ = data.get("type", key)
        evidence = data.get("evidence", [])
        documents = sorted({e["document"] for e in evidence if e.get("document")})
        title = _post_title(graph, head, tail, evidence) if type_ == "POSITION" else ""
        yield [head, tail, type_, title, _array(documents), len(evidence), _first_sentence(evidence)]


def _write_csv(path: Path, header: list[str], rows: Iterable[list[object]]) -> Path:
    with atomic_write(path, newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([neutralise(cell) for cell in row])
    return path


def _cypher(graph: nx.MultiDiGraph) -> str:
    """``load.cypher``: LOAD CSV statements for the labels and types this graph has."""
    types = sorted({d.get("type", "") for _, d in graph.nodes(data=True)})
    relations = sorted({d.get("type", k) for _, _, k, d in graph.edges(keys=True, data=True)})
    lines = [
        "// unionkg graph for Neo4j: LOAD CSV into a running database.",
        f"// Copy {NODES_FILE} and {RELATIONSHIPS_FILE} into the database's import folder, then run",
        "// this file (cypher-shell -f load.cypher, or paste it into Neo4j Browser).",
        "// Into an empty database the import tool is faster:",
        f"//   neo4j-admin database import full --nodes={NODES_FILE} --relationships={RELATIONSHIPS_FILE} neo4j",
        "",
        f"CREATE CONSTRAINT unionkg_entity_id IF NOT EXISTS FOR (n:{COMMON_LABEL}) REQUIRE n.id IS UNIQUE;",
        "",
    ]
    for type_ in types:
        label = node_label(type_)
        lines += [
            f"LOAD CSV WITH HEADERS FROM 'file:///{NODES_FILE}' AS row",
            f"WITH row WHERE row.`:LABEL` = '{label}'",
            f"MERGE (n:{label.replace(';', ':')} {{id: row.`id:ID`}})",
            "SET n.name = row.name, n.type = row.type,",
            "    n.aliases = CASE row.`aliases:string[]` WHEN '' THEN [] ELSE split(row.`aliases:string[]`, ';') END,",
            "    n.documents = CASE row.`documents:string[]` WHEN '' THEN [] ELSE split(row.`documents:string[]`, ';') END,",
            "    n.evidence_count = toInteger(row.`evidence_count:int`), n.evidence = row.evidence;",
            "",
        ]
    for relation in relations:
        lines += [
            f"LOAD CSV WITH HEADERS FROM 'file:///{RELATIONSHIPS_FILE}' AS row",
            f"WITH row WHERE row.`:TYPE` = '{relation}'",
            f"MATCH (a:{COMMON_LABEL} {{id: row.`:START_ID`}}), (b:{COMMON_LABEL} {{id: row.`:END_ID`}})",
            f"MERGE (a)-[r:{relation}]->(b)",
            "SET r.title = row.title,",
            "    r.documents = CASE row.`documents:string[]` WHEN '' THEN [] ELSE split(row.`documents:string[]`, ';') END,",
            "    r.evidence_count = toInteger(row.`evidence_count:int`), r.evidence = row.evidence;",
            "",
        ]
    return "\n".join(lines)


def write_neo4j(graph: nx.MultiDiGraph, out_dir: str | Path) -> list[Path]:
    """Write ``nodes.csv``, ``relationships.csv`` and ``load.cypher`` into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = [_write_csv(out / NODES_FILE, NODE_HEADER, _node_rows(graph)),
               _write_csv(out / RELATIONSHIPS_FILE, RELATIONSHIP_HEADER, _relationship_rows(graph))]
    with atomic_write(out / CYPHER_FILE) as handle:
        handle.write(_cypher(graph))
    written.append(out / CYPHER_FILE)
    return written
