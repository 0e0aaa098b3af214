"""The views stage grows with the corpus, not with its square: what every page asks of a
body named in every report is worked out once, and the answers are those asked directly."""
from __future__ import annotations

import networkx as nx
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from unionkg.views import write_views
from unionkg.views.layout import _spring, spring
from unionkg.views.memo import degree, of_document, remembered

REPORTS = 20


class CountingGraph(nx.MultiDiGraph):
    """A graph that counts how often one node's degree is asked for by name."""

    watched = "ORG:总工会"
    asked = 0

    @property
    def degree(self):  # type: ignore[override]
        view = super().degree
        graph = self

        class Counted:
            def __call__(self, nbunch=None, weight=None):
                if nbunch == graph.watched:
                    type(graph).asked += 1
                return view(nbunch, weight) if nbunch is not None else view

            def __iter__(self):
                return iter(view)

            def __getitem__(self, node):
                if node == graph.watched:
                    type(graph).asked += 1
                return view[node]

        return Counted()


def hub_graph(graph: nx.MultiDiGraph, reports: int = REPORTS) -> nx.MultiDiGraph:
    """A federation every report names, each report with its own union and chair."""
    docs = {f"r{i}": {"id": f"r{i}", "source": f"r{i}.txt", "title": f"第{i}工会工作总结", "sha256": "",
                      "author": f"ORG:基层{i}", "encoding": "utf-8", "chars": 10} for i in range(reports)}
    graph.graph["documents"] = docs
    hub = "ORG:总工会"
    graph.add_node(hub, type="ORG", label="市总工会", aliases=["市总工会"], documents=sorted(docs),
                   evidence=[{"document": d, "sentence": f"在市总工会领导下（{d}）。", "start": 0, "end": 4}
                             for d in sorted(docs) for _ in range(3)])
    for i in range(reports):
        doc, org, person = f"r{i}", f"ORG:基层{i}", f"PER:人{i}"
        sentence = f"基层第{i}工会隶属市总工会，主席张{i}。"
        graph.add_node(org, type="ORG", label=f"基层第{i}工会", aliases=[f"基层第{i}工会"], documents=[doc],
                       evidence=[{"document": doc, "sentence": sentence, "start": 0, "end": 5}])
        graph.add_node(person, type="PER", label=f"张{i}", aliases=[f"张{i}"], documents=[doc],
                       evidence=[{"document": doc, "sentence": sentence, "start": 9, "end": 11}])
        graph.add_edge(org, hub, key="SUBORDINATE_OF", type="SUBORDINATE_OF",
                       evidence=[{"document": doc, "sentence": sentence, "start": 0, "end": 9}])
        graph.add_edge(person, org, key="POSITION", type="POSITION", title="主席",
                       evidence=[{"document": doc, "sentence": sentence, "start": 9, "end": 13}])
    return graph


def test_a_hubs_degree_is_counted_once_not_once_per_page(tmp_path):
    graph = hub_graph(CountingGraph())
    CountingGraph.asked = 0
    write_views(graph, tmp_path / "out")
    # every base union's page and every report's page shows the federation: 40 pages and more
    assert len(list((tmp_path / "out" / "reports").iterdir())) == REPORTS
    assert CountingGraph.asked <= 3


def test_views_with_the_memo_write_what_they_write_without_it(tmp_path, monkeypatch):
    graph = hub_graph(nx.MultiDiGraph())
    write_views(graph, tmp_path / "memo")
    import unionkg.views as views

    monkeypatch.setattr(views, "remembered", lambda graph: _nothing())
    write_views(graph, tmp_path / "plain")
    files = sorted(p.relative_to(tmp_path / "memo") for p in (tmp_path / "memo").rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(tmp_path / "plain") for p in (tmp_path / "plain").rglob("*") if p.is_file())
    for rel in files:
        assert (tmp_path / "memo" / rel).read_bytes() == (tmp_path / "plain" / rel).read_bytes(), rel


class _nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["r1", "r2", "r3", None]), max_size=60), st.sampled_from(["r1", "r2", "r9", None]))
def test_one_reports_items_are_those_a_filter_finds_in_order(documents, wanted):
    graph = nx.MultiDiGraph()
    graph.add_node("a")
    evidence = [{"document": d, "start": i} if d else {"start": i} for i, d in enumerate(documents)]
    expected = evidence if wanted is None else [ev for ev in evidence if ev.get("document") == wanted]
    assert of_document(graph, evidence, wanted) == expected
    with remembered(graph):
        assert of_document(graph, evidence, wanted) == expected
        assert of_document(graph, evidence, wanted) == expected  # asked again: from the memo
        assert degree(graph, "a") == graph.degree("a")


def test_a_changed_graph_after_the_memo_is_answered_afresh():
    graph = nx.MultiDiGraph()
    graph.add_edge("a", "b")
    with remembered(graph):
        assert degree(graph, "a") == 1
    graph.add_edge("a", "c")
    assert degree(graph, "a") == 2


def test_a_remembered_layout_is_the_one_computed_and_cannot_be_spoilt():
    graph = nx.Graph([("a", "b"), ("a", "c"), ("a", "d")])
    nodes = ["a", "b", "c", "d"]
    first = spring(graph, nodes)
    assert np.array_equal(first, _spring(4, 24, ((0, 1), (0, 2), (0, 3))))
    first += 100.0  # a caller changing its copy leaves the remembered one alone
    again = spring(graph, nodes)
    assert np.array_equal(again, _spring(4, 24, ((0, 1), (0, 2), (0, 3))))
    # the same shape under other names is the same layout
    other = nx.Graph([("x", "w"), ("x", "y"), ("x", "z")])
    assert np.array_equal(spring(other, ["x", "w", "y", "z"]), again)


def test_long_lists_leave_the_index_for_list_pages_whose_links_resolve(tmp_path, monkeypatch):
    import re

    import unionkg.views as views

    monkeypatch.setattr(views, "LIST_ROWS", 7)
    out = tmp_path / "out"
    write_views(hub_graph(nx.MultiDiGraph()), out)
    index = (out / "index.html").read_text(encoding="utf-8")
    # 20 reports: three list pages of at most 7, linked from the index in order, none of them listed there
    parts = re.findall(r'<a href="(reports/list-\d+\.html)">(\d+)–(\d+)</a>', index)
    assert [(int(a), int(b)) for _, a, b in parts] == [(1, 7), (8, 14), (15, 20)]
    assert not re.search(r'href="reports/(?!list-)', index)
    listed = []
    for href, _, _ in parts:
        page = (out / href).read_text(encoding="utf-8")
        links = re.findall(r'href="([^"#]+)"', page)
        for link in links:
            assert (out / href).parent.joinpath(link).resolve().exists(), (href, link)
        listed += [link for link in links if not link.startswith(("list-", "../"))]
    assert sorted(listed) == sorted(p.name for p in (out / "reports").iterdir() if not p.name.startswith("list-"))
    # 21 organisations: the most connected first, on the first list page
    first = (out / "orgs" / "list-1.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="([^"]+)">([^<]+)</a>', first.split("<main>")[1]).group(2) == "市总工会"
    for link in re.findall(r'href="([^"#]+)"', index):
        assert (out / link).exists(), link


def test_short_lists_stay_on_the_index(tmp_path):
    import re

    out = tmp_path / "out"
    write_views(hub_graph(nx.MultiDiGraph(), reports=3), out)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert len(re.findall(r'href="reports/(?!list-)', index)) == 3
    assert not list(out.rglob("list-*.html"))


def test_an_honour_named_everywhere_brings_only_a_few_of_its_recipients_onto_a_bodys_page():
    from unionkg.views.select import MAX_SECOND_STEP, org_neighbourhood

    graph = nx.MultiDiGraph()
    graph.add_node("AWARD:劳动模范", type="AWARD", label="劳动模范", documents=[f"r{i}" for i in range(60)])
    for i in range(60):
        graph.add_node(f"ORG:单位{i}", type="ORG", label=f"单位{i}", documents=[f"r{i}"])
        graph.add_edge(f"ORG:单位{i}", "AWARD:劳动模范", key="RECEIVED", type="RECEIVED")
    # a fellow recipient named in the body's own report comes first, though it is the least connected
    graph.add_node("PER:同事", type="PER", label="同事", documents=["r7"])
    graph.add_edge("PER:同事", "AWARD:劳动模范", key="RECEIVED", type="RECEIVED")
    for i in range(20):  # the first bodies are better connected
        graph.add_edge(f"ORG:单位{i}", f"ORG:单位{i + 1}", key="SUBORDINATE_OF", type="SUBORDINATE_OF")
    shown = org_neighbourhood(graph, "ORG:单位7")
    assert "AWARD:劳动模范" in shown and "PER:同事" in shown
    assert {"ORG:单位6", "ORG:单位8"} <= set(shown)  # its own ties, always
    others = set(shown) - {"ORG:单位7", "AWARD:劳动模范", "ORG:单位6", "ORG:单位8"}
    assert len(others) <= MAX_SECOND_STEP
    # a small honour still brings every recipient
    small = org_neighbourhood(graph.subgraph(["AWARD:劳动模范", "ORG:单位1", "ORG:单位2", "ORG:单位3"]).copy(),
                              "ORG:单位1")
    assert sorted(small) == ["AWARD:劳动模范", "ORG:单位1", "ORG:单位2", "ORG:单位3"]


def test_a_node_is_laid_out_as_large_as_it_is_drawn_and_a_hub_is_drawn_no_larger_than_the_cap():
    from unionkg.views.layout import FONT, MAX_SIZE_DEGREE, layout, node_box, node_size
    from unionkg.views.render import build_network

    graph = hub_graph(nx.MultiDiGraph())
    hub = "ORG:总工会"
    assert node_size(10 * MAX_SIZE_DEGREE) == node_size(MAX_SIZE_DEGREE) < 50
    nodes = ["PER:人1", "ORG:基层1"]
    labels = {n: graph.nodes[n]["label"] for n in nodes}
    shapes = {"PER:人1": "dot", "ORG:基层1": "box"}
    fonts = {n: FONT for n in nodes}
    placed = layout(graph.subgraph(nodes), nodes, labels, shapes, fonts, {"PER:人1": 30, "ORG:基层1": 1})
    assert placed.boxes["PER:人1"] == node_box("张1", "dot", 30, FONT)
    # on a base union's page the federation is drawn at its size in the whole graph, and laid out so
    net, _ = build_network(graph, [hub, "ORG:基层1", "PER:人1"])
    sizes = {n["id"]: n["size"] for n in net.nodes}
    assert sizes[hub] == node_size(REPORTS)


def test_a_persons_and_an_honours_pages_take_only_a_few_nodes_past_a_shared_honour_or_event():
    from unionkg.views.select import MAX_SECOND_STEP, award_neighbourhood, person_neighbourhood

    graph = nx.MultiDiGraph()
    graph.add_node("AWARD:先进个人", type="AWARD", label="先进个人")
    graph.add_node("PER:李", type="PER", label="李", documents=["r1"])
    graph.add_edge("PER:李", "AWARD:先进个人", key="RECEIVED", type="RECEIVED")
    graph.add_node("EVENT:大会", type="EVENT", label="表彰大会")
    graph.add_edge("AWARD:先进个人", "EVENT:大会", key="AWARDED_BY", type="AWARDED_BY")
    for i in range(40):  # forty bodies give the honour, and organise the one meeting
        graph.add_node(f"ORG:{i}", type="ORG", label=f"单位{i}", documents=[f"r{i}"])
        graph.add_edge("AWARD:先进个人", f"ORG:{i}", key="AWARDED_BY", type="AWARDED_BY")
        graph.add_edge(f"ORG:{i}", "EVENT:大会", key="ORGANIZED", type="ORGANIZED")
    person = person_neighbourhood(graph, "PER:李")
    assert "ORG:1" in person  # the one giver named in the person's own report
    assert len(set(person) - {"PER:李", "AWARD:先进个人"}) <= MAX_SECOND_STEP
    # the honour's own givers are all its first step; past its event, only a few organisers more
    graph.remove_edges_from([("AWARD:先进个人", f"ORG:{i}") for i in range(40)])
    honour = award_neighbourhood(graph, "AWARD:先进个人")
    assert len(set(honour) - {"AWARD:先进个人", "EVENT:大会", "PER:李"}) <= MAX_SECOND_STEP
