"""Resolution that does not merge strangers: generic names stay in their report
unless the text ties them to one named body or event."""
from __future__ import annotations

import pytest

from unionkg.graph import build_graph
from unionkg.model import AUTHOR, Document, Entity, Evidence, Extraction, Relation
from unionkg.resolve import is_specific


def _ext(doc_id, entities, relations=(), author=None):
    doc = Document(doc_id, "。".join(n for n, _ in entities))
    ents = [Entity(n, t, {n}, [Evidence(doc_id, "句", 0, len(n))]) for n, t in entities]
    rels = [Relation(h, t, tl, [Evidence(doc_id, "句", 0, 1)]) for h, t, tl in relations]
    return Extraction(doc, author, ents, rels)


@pytest.mark.parametrize("name,type_,specific", [
    ("人力资源部", "ORG", False), ("车队", "ORG", False), ("公司工会", "ORG", False),
    ("市总工会", "ORG", False), ("县教育工会", "ORG", False), ("物管中心工会", "ORG", False),
    ("XX电信工会", "ORG", False), ("自来水公司", "ORG", False),
    ("晨风集团", "ORG", True), ("柳湾市总工会", "ORG", True), ("梧桐路小学工会", "ORG", True),
    ("中华全国总工会", "ORG", True),
    ("迎新春联欢会", "EVENT", False), ("送清凉活动", "EVENT", False), ("“迎新春”联欢会", "EVENT", False),
    ("2022年区教工羽毛球比赛", "EVENT", False), ("第四届二次职代会", "EVENT", False),
    ("第五届“银梭杯”技能比武", "EVENT", True), ("柳湾市首届职工厨艺大赛", "EVENT", True),
    ("团体第二名", "AWARD", False), ("第一名", "AWARD", False), ("女子组三等奖", "AWARD", False),
    ("五一劳动奖章", "AWARD", True), ("模范职工之家", "AWARD", True),
])
def test_specific_names(name, type_, specific):
    assert is_specific(name, type_) is specific


def test_generic_names_of_unrelated_reports_stay_apart():
    bank = _ext("bank", [("兴业路支行工会", "ORG"), ("人力资源部", "ORG"), ("迎新春联欢会", "EVENT"),
                         ("团体第二名", "AWARD"), ("车队", "ORG")],
                [("人力资源部", "ORGANIZED", "迎新春联欢会")], author="兴业路支行工会")
    water = _ext("water", [("清源水厂工会", "ORG"), ("人力资源部", "ORG"), ("迎新春联欢会", "EVENT"),
                           ("团体第二名", "AWARD"), ("车队", "ORG")], author="清源水厂工会")
    graph = build_graph([bank, water])
    for name, type_ in [("人力资源部", "ORG"), ("迎新春联欢会", "EVENT"), ("团体第二名", "AWARD"),
                        ("车队", "ORG")]:
        nodes = [n for n, d in graph.nodes(data=True) if d["label"] == name and d["type"] == type_]
        assert len(nodes) == 2, (name, nodes)
        for n in nodes:
            assert len(graph.nodes[n]["documents"]) == 1


def test_a_generic_name_tied_to_one_named_body_or_event_is_shared_through_it():
    one = _ext("r1", [("晨风集团工会", "ORG"), ("迎新春联欢会", "EVENT"), ("晨风集团", "ORG"),
                      ("车队", "ORG"), ("第五届“银梭杯”技能比武", "EVENT"), ("团体第二名", "AWARD")],
               [(AUTHOR, "ORGANIZED", "迎新春联欢会"), ("车队", "SUBORDINATE_OF", "晨风集团"),
                ("团体第二名", "AWARDED_BY", "第五届“银梭杯”技能比武")], author="晨风集团工会")
    two = _ext("r2", [("晨风集团工会", "ORG"), ("迎新春联欢会", "EVENT"), ("晨风集团", "ORG"),
                      ("车队", "ORG"), ("第五届“银梭杯”技能比武", "EVENT"), ("团体第二名", "AWARD")],
               [("晨风集团工会", "ORGANIZED", "迎新春联欢会"), ("车队", "SUBORDINATE_OF", "晨风集团"),
                ("团体第二名", "AWARDED_BY", "第五届“银梭杯”技能比武")])
    graph = build_graph([one, two])
    for node in ("EVENT:迎新春联欢会@ORG:晨风集团工会", "ORG:车队@ORG:晨风集团",
                 "AWARD:团体第二名@EVENT:第五届“银梭杯”技能比武"):
        assert graph.nodes[node]["documents"] == ["r1", "r2"]


def test_a_generic_body_tied_to_two_bodies_stays_in_its_report():
    ext = _ext("r", [("车队", "ORG"), ("晨风集团", "ORG"), ("柳湾公交集团", "ORG")],
               [("车队", "SUBORDINATE_OF", "晨风集团"), ("车队", "SUBORDINATE_OF", "柳湾公交集团")])
    assert "ORG:车队@r" in build_graph([ext])


def test_names_keep_every_form_written_as_labels():
    one = _ext("t", [("梧桐路小学工会", "ORG")])
    one.entities[0].aliases |= {"梧桐路小學工會"}
    two = _ext("s", [("梧桐路小学工会", "ORG")])
    graph = build_graph([one, two])
    assert "梧桐路小學工會" in graph.nodes["ORG:梧桐路小学工会"]["aliases"]
