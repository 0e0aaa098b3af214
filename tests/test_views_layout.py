"""Layouts a reader can read: clusters apart, labels apart, lone nodes aside, busiest labels first."""
from __future__ import annotations

import json
import re

import networkx as nx
import numpy as np

from hypothesis import given, settings
from hypothesis import strategies as st

from unionkg.views.layout import FONT, MAX_LABELLED, PACK_EM, layout, overlaps, pack, shelves, wrap_label
from unionkg.views.render import build_network, labelled, render_page
from views_sample import big_graph, two_reports_graph


def clusters_graph() -> nx.MultiDiGraph:
    """Three stars of different sizes, a pair, and three names with no relation."""
    graph = nx.MultiDiGraph()
    for hub, leaves in (("甲", 14), ("乙", 7), ("丙", 3)):
        graph.add_node(f"ORG:{hub}工会", type="ORG", label=f"{hub}工会")
        for i in range(leaves):
            leaf = f"PER:{hub}{i}"
            graph.add_node(leaf, type="PER", label=f"{hub}成员第{i}号")
            graph.add_edge(leaf, f"ORG:{hub}工会", key="POSITION", type="POSITION")
    graph.add_node("EVENT:运动会", type="EVENT", label="春季职工运动会")
    graph.add_node("AWARD:奖", type="AWARD", label="一等奖")
    graph.add_edge("AWARD:奖", "EVENT:运动会", key="AWARDED_BY", type="AWARDED_BY")
    for i in range(3):
        graph.add_node(f"ORG:孤{i}", type="ORG", label=f"没有关系的单位{i}")
    return graph


def _lay(graph, nodes=None):
    nodes = sorted(nodes or graph.nodes)
    labels = {n: wrap_label(graph.nodes[n]["label"]) for n in nodes}
    shapes = {n: {"ORG": "box", "PER": "dot", "EVENT": "diamond", "AWARD": "star"}[graph.nodes[n]["type"]]
              for n in nodes}
    return layout(graph, nodes, labels, shapes, {n: FONT for n in nodes})


def _rects(lay, nodes):
    return {n: (lay.positions[n][0] - lay.boxes[n][0] / 2, lay.positions[n][1] + lay.boxes[n][2] - lay.boxes[n][1] / 2,
                lay.positions[n][0] + lay.boxes[n][0] / 2, lay.positions[n][1] + lay.boxes[n][2] + lay.boxes[n][1] / 2)
            for n in nodes}


def test_no_two_labels_overlap_and_clusters_are_apart():
    graph = clusters_graph()
    lay = _lay(graph)
    nodes = sorted(graph.nodes)
    centres = np.array([[lay.positions[n][0], lay.positions[n][1] + lay.boxes[n][2]] for n in nodes])
    sizes = np.array([lay.boxes[n][:2] for n in nodes])
    assert len(overlaps(centres, sizes, gap=0)) == 0
    rects = _rects(lay, nodes)
    boxes = {}
    for node, cluster in lay.cluster.items():
        if cluster >= 0:
            r = rects[node]
            b = boxes.setdefault(cluster, list(r))
            boxes[cluster] = [min(b[0], r[0]), min(b[1], r[1]), max(b[2], r[2]), max(b[3], r[3])]
    assert len(boxes) == 4  # three stars and the pair
    for a in boxes:
        for b in boxes:
            if a < b:
                A, B = boxes[a], boxes[b]
                assert A[2] <= B[0] or B[2] <= A[0] or A[3] <= B[1] or B[3] <= A[1], (A, B)


def test_nodes_without_relations_are_set_apart_below():
    lay = _lay(clusters_graph())
    assert lay.isolated == ["ORG:孤0", "ORG:孤1", "ORG:孤2"]
    assert all(lay.cluster[n] == -1 for n in lay.isolated)
    assert min(lay.positions[n][1] for n in lay.isolated) > lay.related_height
    assert lay.height > lay.related_height


def test_clusters_fit_the_packing_width():
    lay = _lay(clusters_graph())
    xs = [x for x, _ in lay.positions.values()]
    assert max(xs) - min(xs) <= PACK_EM * FONT


def test_past_the_limit_the_most_connected_keep_full_labels():
    graph = big_graph(80)
    nodes = sorted(graph.nodes)
    full = labelled(graph, nodes, limit=30)
    assert len(full) == 30
    assert min(graph.degree(n) for n in full) >= max(graph.degree(n) for n in set(nodes) - full)
    assert labelled(graph, nodes[:30], limit=30) == set(nodes[:30])
    net, extent = build_network(graph, nodes)  # under MAX_LABELLED: every label full size
    assert {n["font"]["size"] for n in net.nodes} == {FONT} and extent["labelled"] == 80 < MAX_LABELLED


def test_lone_nodes_are_flagged_for_the_page_to_hide():
    html = render_page(clusters_graph(), sorted(clusters_graph().nodes), title="t")
    data = json.loads(re.search(r'id="graph-data">(.*?)</script>', html, re.S).group(1))
    lone = {n["id"] for n in data["nodes"] if n["lone"]}
    assert lone == {"ORG:孤0", "ORG:孤1", "ORG:孤2"}
    assert 'id="show-lone"' in html and "show the 3 without relations" in html


def test_long_names_wrap_on_at_most_three_lines():
    assert wrap_label("市总工会") == "市总工会"
    wrapped = wrap_label("江州市第一届职工职业技能大赛暨第三届青年岗位能手选拔赛决赛")
    assert all(len(line) <= 11 for line in wrapped.split("\n")) and wrapped.count("\n") == 2
    assert wrap_label("市总工会 · 金坛市") == "市总工会 · 金坛市"
    assert wrap_label("县教育工会（柳岸中学工会）") == "县教育工会\n（柳岸中学工会）"
    long = wrap_label("甲" * 50)
    assert long.endswith("…") and long.count("\n") == 2


def test_same_graph_same_positions():
    assert _lay(two_reports_graph()).positions == _lay(two_reports_graph()).positions


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(10, 400), st.integers(10, 400)), min_size=1, max_size=30))
def test_packed_blocks_never_overlap_and_keep_their_gap(blocks):
    for packer in (pack, shelves):
        corners = packer(blocks, 500, 20)
        rects = [(x, y, x + w, y + h) for (x, y), (w, h) in zip(corners, blocks)]
        for i, a in enumerate(rects):
            assert a[0] >= 0 and a[1] >= 0 and (a[2] <= 500 or a[0] == 0)
            for b in rects[i + 1:]:
                assert a[2] + 20 <= b[0] or b[2] + 20 <= a[0] or a[3] + 20 <= b[1] or b[3] + 20 <= a[1], (a, b)


def test_the_skyline_fills_under_a_short_block():
    # a tall block, then two short ones stacked beside it rather than in a new row
    corners = pack([(300, 400), (150, 100), (150, 100)], 500, 10)
    assert corners == [(0.0, 0.0), (310.0, 0.0), (310.0, 110.0)]
