"""HTML views: written, linked, offline, escaped, bounded, deterministic."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from unionkg.views import MAX_NODES, ViewError, write_view, write_views
from views_sample import XSS, big_graph, sample_graph

EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|@import|url\(\s*["']?(?:https?:)?//""", re.I)


@pytest.fixture(scope="module")
def views(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("views")
    write_views(sample_graph(), out)
    return out


def pages(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.html"))


def test_index_whole_graph_and_entity_pages_are_written(views):
    names = {p.relative_to(views).as_posix() for p in pages(views)}
    assert {"index.html", "graph.html"} <= names
    assert any(n.startswith("orgs/") for n in names)
    assert any(n.startswith("awards/") for n in names)


def test_every_link_of_the_index_resolves(views):
    index = (views / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="([^"#]+)"', index)
    assert links
    for link in links:
        assert (views / link).exists(), link


def test_views_are_offline_and_declare_utf8(views):
    for page in pages(views):
        html = page.read_text(encoding="utf-8")
        assert '<meta charset="utf-8">' in html, page
        assert not EXTERNAL.search(html), page


def test_whole_graph_stands_alone_with_legend_and_count(views):
    html = (views / "graph.html").read_text(encoding="utf-8")
    assert "<script src=" not in html  # vis-network inlined
    for label in ("人物 PER", "组织 ORG", "活动 EVENT", "荣誉 AWARD"):
        assert label in html
    assert 'data-nodes="6"' in html
    assert "获得 RECEIVED" in html


def test_hostile_names_are_text_not_markup(views):
    for page in pages(views):
        html = page.read_text(encoding="utf-8")
        assert "<img" not in html, page


def test_large_graph_is_cut_with_a_note(tmp_path):
    path = write_view(big_graph(1200), tmp_path / "big.html")
    html = path.read_text(encoding="utf-8")
    shown = int(re.search(r'data-nodes="(\d+)"', html).group(1))
    assert shown <= MAX_NODES
    assert "unionkg view --around" in html and "1200" in html


def test_custom_view_filters_types_and_centres(tmp_path):
    graph = sample_graph()
    path = write_view(graph, tmp_path / "v.html", types={"ORG", "PER"}, around="李红梅", depth=1)
    html = path.read_text(encoding="utf-8")
    assert 'data-nodes="2"' in html  # 李红梅 and her union; the award is filtered out
    with pytest.raises(ViewError):
        write_view(graph, tmp_path / "none.html", around="不存在的人")


def test_same_graph_same_bytes(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    write_views(sample_graph(), first)
    write_views(sample_graph(), second)
    for page in pages(first):
        twin = second / page.relative_to(first)
        assert page.read_bytes() == twin.read_bytes(), page


def test_entity_pages_have_safe_names_and_list_posts(views):
    names = [p.name for p in pages(views / "orgs") + pages(views / "awards") + pages(views / "people")]
    assert "红星小学工会-" + names[0][-11:] in names or any(n.startswith("红星小学工会-") for n in names)
    for name in names:
        # the name as written, then a short hash; never markup or a path
        assert re.fullmatch(r"[\w-]*-[0-9a-f]{6}\.html", name), name
        assert "<" not in name and "/" not in name and '"' not in name
    texts = [p.read_text(encoding="utf-8") for p in pages(views / "orgs")]
    school = next(t for t in texts if "组织：红星小学工会" in t)
    assert "人员与职务" in school and "李红梅" in school  # her post, as readable text
    assert "上级组织" in school and "区教育工会" in school


def test_embedded_data_cannot_close_its_script(views):
    for page in pages(views):
        html = page.read_text(encoding="utf-8")
        for block in re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', html, re.S):
            assert "<" not in block and "&" not in block, page


def test_custom_view_of_a_type_subset(tmp_path):
    path = write_view(sample_graph(), tmp_path / "orgs.html", types={"ORG"})
    html = path.read_text(encoding="utf-8")
    assert 'data-nodes="3"' in html  # 红星小学工会, 区教育工会 and the hostile one
