"""Small hand-made graphs for the view tests (our own names, one hostile one)."""
from __future__ import annotations

import networkx as nx

from unionkg.graph import build_graph, finalize
from unionkg.model import Document, Entity, Evidence, Extraction, Relation

XSS = '<img src=x onerror="document.body.setAttribute(\'data-xss\',\'1\')">'


def _ent(name, type_, doc, sentence):
    return Entity(name, type_, {name}, [Evidence(doc, sentence, 0, len(name))])


def sample_graph() -> nx.MultiDiGraph:
    sentence = "红星小学工会主席李红梅在全区教师演讲比赛中荣获一等奖。"
    one = Extraction(
        Document("r1", sentence, title="红星小学工会2023年工作总结"), "红星小学工会",
        [_ent("红星小学工会", "ORG", "r1", sentence), _ent("李红梅", "PER", "r1", sentence),
         _ent("全区教师演讲比赛", "EVENT", "r1", sentence), _ent("一等奖", "AWARD", "r1", sentence),
         _ent("区教育工会", "ORG", "r1", "在区教育工会的领导下。"), _ent(XSS, "ORG", "r1", XSS + "举办了活动。")],
        [Relation("李红梅", "POSITION", "红星小学工会", [Evidence("r1", sentence, 0, 9)]),
         Relation("李红梅", "RECEIVED", "一等奖", [Evidence("r1", sentence, 9, 27)]),
         Relation("一等奖", "AWARDED_BY", "全区教师演讲比赛", [Evidence("r1", sentence, 9, 27)]),
         Relation("@author", "SUBORDINATE_OF", "区教育工会", [Evidence("r1", "在区教育工会的领导下。", 0, 9)]),
         Relation(XSS, "ORGANIZED", "全区教师演讲比赛", [Evidence("r1", XSS, 0, 5)])])
    return finalize(build_graph([one]))


def big_graph(n: int = 1200) -> nx.MultiDiGraph:
    """A synthetic corpus graph: hubs with many members, events and awards."""
    graph = nx.MultiDiGraph(documents={"big": {"id": "big", "source": "big.txt", "title": "大图",
                                                "sha256": "", "author": None, "encoding": "utf-8",
                                                "chars": 0}})
    types = ("ORG", "PER", "EVENT", "AWARD")
    for i in range(n):
        type_ = types[i % 4]
        graph.add_node(f"{type_}:n{i}", type=type_, label=f"实体{i}", aliases=[f"实体{i}"],
                       documents=["big"], evidence=[{"document": "big", "sentence": f"第{i}句。",
                                                     "start": 0, "end": 3, "source": "big.txt"}])
    nodes = list(graph.nodes)
    for i, node in enumerate(nodes[4:], 4):
        hub = nodes[(i * 7) % 40]
        if hub != node:
            graph.add_edge(node, hub, key="SUBORDINATE_OF", type="SUBORDINATE_OF", evidence=[])
    return graph
