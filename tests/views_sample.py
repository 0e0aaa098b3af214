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


def two_reports_graph() -> nx.MultiDiGraph:
    """Two reports of two schools, each with a 校工会 of its own, one teacher named in both,
    and a body named once with no relation.

    ``display`` and a POSITION's ``title`` are set as resolution and relation
    finding put them (the views only read them).
    """
    s1 = "青松中学校工会主席王秋云组织了春季教职工趣味运动会。"
    s2 = "王秋云老师在全市教师技能大赛中荣获一等奖。"
    s3 = "感谢市图书馆的支持。"
    s4 = "白桦小学校工会副主席赵明带领教职工参加了全市教师技能大赛。"
    s5 = "王秋云老师作为评委出席。"
    one = Extraction(
        Document("q1", s1 + s2 + s3, title="青松中学工会2022年工作总结", source="reports/青松.txt"), "校工会",
        [_ent("校工会", "ORG", "q1", s1), _ent("王秋云", "PER", "q1", s1),
         _ent("春季教职工趣味运动会", "EVENT", "q1", s1), _ent("全市教师技能大赛", "EVENT", "q1", s2),
         _ent("一等奖", "AWARD", "q1", s2), _ent("市图书馆", "ORG", "q1", s3)],
        [Relation("王秋云", "POSITION", "校工会", [Evidence("q1", s1, 5, 12)], title="主席"),
         Relation("校工会", "ORGANIZED", "春季教职工趣味运动会", [Evidence("q1", s1, 0, 25)]),
         Relation("王秋云", "RECEIVED", "一等奖", [Evidence("q1", s2, 0, 20)]),
         Relation("一等奖", "AWARDED_BY", "全市教师技能大赛", [Evidence("q1", s2, 0, 20)])])
    two = Extraction(
        Document("q2", s4 + s5, title="白桦小学工会工作总结", source="reports/白桦.txt"), "校工会",
        [_ent("校工会", "ORG", "q2", s4), _ent("赵明", "PER", "q2", s4), _ent("王秋云", "PER", "q2", s5),
         _ent("全市教师技能大赛", "EVENT", "q2", s4)],
        [Relation("赵明", "POSITION", "校工会", [Evidence("q2", s4, 5, 12)], title="副主席"),
         Relation("赵明", "PARTICIPATED_IN", "全市教师技能大赛", [Evidence("q2", s4, 0, 30)]),
         Relation("王秋云", "PARTICIPATED_IN", "全市教师技能大赛", [Evidence("q2", s5, 0, 12)])])
    graph = finalize(build_graph([one, two]))
    for node, data in graph.nodes(data=True):
        if data["label"] == "校工会":
            school = "青松中学" if "q1" in data["documents"] else "白桦小学"
            data["display"] = f"校工会（{school}）"
    for u, v, key, data in graph.edges(keys=True, data=True):
        if key == "POSITION":
            data["title"] = "主席" if graph.nodes[u]["label"] == "王秋云" else "副主席"
    return graph


def stars_graph(sizes=(40, 30, 24, 18, 12, 8, 6, 4, 3, 2, 2, 1), lone: int = 20) -> nx.MultiDiGraph:
    """Clusters as reports make them: a union with its people, events and honours, per star.

    Names are of realistic length (4 to 14 characters); ``lone`` names have no relation.
    """
    graph = nx.MultiDiGraph(documents={})
    kinds = [("PER", "POSITION", "成员{}"), ("EVENT", "ORGANIZED", "第{}届职工技能比赛"),
             ("AWARD", "RECEIVED", "先进集体{}等奖"), ("ORG", "SUBORDINATE_OF", "基层分工会第{}车间")]
    for s, leaves in enumerate(sizes):
        hub = f"ORG:hub{s}"
        graph.add_node(hub, type="ORG", label=f"第{s}区教育工会", aliases=[], documents=[], evidence=[])
        for i in range(leaves):
            type_, rel, name = kinds[i % 4]
            leaf = f"{type_}:{s}-{i}"
            graph.add_node(leaf, type=type_, label=name.format(f"{s}{i}"), aliases=[], documents=[], evidence=[])
            if rel in ("ORGANIZED",):
                graph.add_edge(hub, leaf, key=rel, type=rel, evidence=[])
            elif rel == "RECEIVED":
                graph.add_edge(hub, leaf, key=rel, type=rel, evidence=[])
            else:
                graph.add_edge(leaf, hub, key=rel, type=rel, evidence=[])
        if leaves > 6:  # a few ties inside the cluster, as people take part in events
            graph.add_edge(f"PER:{s}-0", f"EVENT:{s}-1", key="PARTICIPATED_IN", type="PARTICIPATED_IN", evidence=[])
    for i in range(lone):
        graph.add_node(f"ORG:lone{i}", type="ORG", label=f"只提到一次的单位{i}", aliases=[], documents=[], evidence=[])
    return graph
