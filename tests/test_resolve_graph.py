"""Resolution inside a report and across a build, and the graph it gives."""
from __future__ import annotations

from unionkg.graph import build_graph, finalize
from unionkg.model import Document, Entity, Evidence, Extraction, Relation
from unionkg.resolve import is_relative, resolve_document


def _extraction(doc_id, entities, relations=(), author=None):
    doc = Document(doc_id, "，".join(n for n, _ in entities))
    ents = [Entity(n, t, {n}, [Evidence(doc_id, "句子", 0, len(n))]) for n, t in entities]
    rels = [Relation(h, t, tl, [Evidence(doc_id, "句子", 0, 1)]) for h, t, tl in relations]
    return Extraction(doc, author, ents, rels)


def test_abbreviation_folds_into_full_form_with_alias():
    ex = resolve_document(_extraction("a", [("市总", "ORG"), ("市总工会", "ORG"), ("一等奖", "AWARD")],
                                      [("市总", "ORGANIZED", "一等奖")]))
    names = {e.name for e in ex.entities}
    assert "市总" not in names
    full = ex.entity("市总工会")
    assert "市总" in full.aliases
    assert ex.relations[0].head == "市总工会"


def test_relative_names_are_scoped_to_their_report():
    assert is_relative("局工会", "ORG")
    assert is_relative("第三届二次教代会", "EVENT")
    assert is_relative("一等奖", "AWARD")
    assert not is_relative("青山机械厂工会", "ORG")
    assert not is_relative("五一劳动奖章", "AWARD")


def test_graph_merges_specific_names_and_keeps_relative_ones_apart():
    one = _extraction("r1", [("局工会", "ORG"), ("青山机械厂工会", "ORG"), ("李红梅", "PER")],
                      [("李红梅", "POSITION", "青山机械厂工会")])
    two = _extraction("r2", [("局工会", "ORG"), ("青山機械廠工會", "ORG")])
    graph = finalize(build_graph([one, two]))
    assert "ORG:青山机械厂工会" in graph
    assert graph.nodes["ORG:青山机械厂工会"]["documents"] == ["r1", "r2"]
    assert "青山機械廠工會" in graph.nodes["ORG:青山机械厂工会"]["aliases"]
    assert {"ORG:局工会@r1", "ORG:局工会@r2"} <= set(graph.nodes)
    assert graph.has_edge("PER:李红梅", "ORG:青山机械厂工会", key="POSITION")
    assert graph.graph["documents"]["r1"]["id"] == "r1"


def test_author_relations_attach_to_the_writer_node():
    ex = _extraction("r1", [("检修分工会", "ORG"), ("第二届检修杯乒乓球比赛", "EVENT")],
                     [("@author", "ORGANIZED", "第二届检修杯乒乓球比赛")], author="检修分工会")
    graph = finalize(build_graph([ex]))
    author = graph.graph["documents"]["r1"]["author"]
    assert author == "ORG:检修分工会@r1" or graph.nodes[author]["label"] == "检修分工会"
    assert graph.has_edge(author, "EVENT:第二届检修杯乒乓球比赛", key="ORGANIZED")


def test_unnamed_writer_still_gets_a_node():
    ex = _extraction("r9", [("第二届检修杯乒乓球比赛", "EVENT")],
                     [("@author", "ORGANIZED", "第二届检修杯乒乓球比赛")])
    graph = finalize(build_graph([ex]))
    author = graph.graph["documents"]["r9"]["author"]
    assert author is not None and graph.nodes[author]["type"] == "ORG"
    assert graph.out_degree(author) == 1


def test_surname_and_title_fold_into_the_full_name_the_report_ties_them_to(extract):
    found = extract("工会主席王建国主持会议。王主席强调要做好服务。李主任也参加了。")
    names = {e.name for e in found.entities if e.type == "PER"}
    assert "王建国" in names and "王主席" not in names
    assert "王主席" in found.entity("王建国").aliases
    assert "李主任" in names  # nothing ties 李主任 to a full name
