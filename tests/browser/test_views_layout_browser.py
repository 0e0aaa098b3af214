"""The whole-graph view as Chromium draws it: clusters apart, labels legible at the first fit.

The page, opened with ``?check``, writes what it drew into ``<pre id="layout-check">``:
the zoom, the canvas size and, per visible node, its cluster, its position,
the box vis-network drew for it (label included) and its label size on screen.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from test_views_browser import chromium
from unionkg.views import write_view
from unionkg.views.layout import MAX_LABELLED
from views_sample import big_graph, stars_graph

pytestmark = pytest.mark.browser


def drawn(tmp_path: Path, page: Path, width: int = 1280, query: str = "?check") -> dict:
    dom = chromium(tmp_path, f"--window-size={width},900", "--virtual-time-budget=8000", "--dump-dom",
                   page.as_uri() + query)
    found = re.search(r'<pre id="layout-check"[^>]*>(.*?)</pre>', dom, re.S)
    assert found, dom[-2000:]
    return json.loads(html.unescape(found.group(1)))


def cluster_boxes(check: dict) -> dict[int, list[float]]:
    boxes: dict[int, list[float]] = {}
    for node in check["nodes"]:
        left, top, right, bottom = node["box"]
        box = boxes.setdefault(node["cluster"], [left, top, right, bottom])
        boxes[node["cluster"]] = [min(box[0], left), min(box[1], top), max(box[2], right), max(box[3], bottom)]
    return boxes


def test_clusters_do_not_overlap_and_labels_are_legible(tmp_path):
    graph = stars_graph()
    page = write_view(graph, tmp_path / "graph.html")
    check = drawn(tmp_path, page)
    related = [n for n in check["nodes"] if not n["lone"]]
    assert len(check["nodes"]) == len(related) == 162  # the 20 lone names wait behind the toggle
    # every label at least 12 px on screen at the first fit
    assert min(n["screenFont"] for n in related) >= 12
    # the clusters, as drawn (labels included), do not touch
    boxes = cluster_boxes(check)
    assert len(boxes) == 12
    for a in boxes:
        for b in boxes:
            if a < b:
                A, B = boxes[a], boxes[b]
                assert A[2] <= B[0] or B[2] <= A[0] or A[3] <= B[1] or B[3] <= A[1], (a, A, b, B)
    # and neither do any two labels
    nodes = check["nodes"]
    for i, p in enumerate(nodes):
        for q in nodes[i + 1:]:
            P, Q = p["box"], q["box"]
            assert P[2] <= Q[0] or Q[2] <= P[0] or P[3] <= Q[1] or Q[3] <= P[1], (p["label"], q["label"])
    # the fit shows everything: the drawing's extent times the zoom fits the canvas
    left = min(n["box"][0] for n in nodes)
    right = max(n["box"][2] for n in nodes)
    top = min(n["box"][1] for n in nodes)
    bottom = max(n["box"][3] for n in nodes)
    assert (right - left) * check["scale"] <= check["width"]
    assert (bottom - top) * check["scale"] <= check["height"]


def test_past_three_hundred_nodes_the_busiest_labels_stay_legible(tmp_path):
    page = write_view(big_graph(MAX_LABELLED + 200), tmp_path / "big.html")
    check = drawn(tmp_path, page)
    full = [n for n in check["nodes"] if n["font"] >= 14]
    assert len(full) == MAX_LABELLED
    assert min(n["screenFont"] for n in full) >= 12
    assert check["height"] <= 15000


def test_the_toggle_shows_the_nodes_without_relations_below_the_clusters(tmp_path):
    page = write_view(stars_graph(), tmp_path / "graph.html")
    check = drawn(tmp_path, page, query="?check&lone")
    lone = [n for n in check["nodes"] if n["lone"]]
    related = [n for n in check["nodes"] if not n["lone"]]
    assert len(lone) == 20 and len(related) == 162
    assert min(n["box"][1] for n in lone) > max(n["box"][3] for n in related)
    assert min(n["screenFont"] for n in check["nodes"]) >= 12
    nodes = check["nodes"]
    for i, p in enumerate(lone):
        for q in lone[i + 1:]:
            P, Q = p["box"], q["box"]
            assert P[2] <= Q[0] or Q[2] <= P[0] or P[3] <= Q[1] or Q[3] <= P[1], (p["label"], q["label"])
    assert len(nodes) == 182
