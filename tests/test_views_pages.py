"""Pages a reader can find and trust: display names, report and person pages, mentions."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from unionkg.views import write_views
from unionkg.views.files import page_path, slug
from views_sample import two_reports_graph


@pytest.fixture(scope="module")
def views(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("views")
    write_views(two_reports_graph(), out)
    return out


def text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def graph_data(html: str) -> dict:
    block = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S).group(1)
    return json.loads(block)


def test_file_names_are_the_name_as_written_plus_a_stable_hash():
    assert slug("公司工会（晨风集团）") == "公司工会-晨风集团"
    assert slug("市总工会 · 金坛市") == "市总工会-金坛市"
    assert slug('<img src="x">/..') == "img-src-x"
    first = page_path("ORG:市总工会@a", "ORG", "市总工会")
    assert re.fullmatch(r"orgs/市总工会-[0-9a-f]{6}\.html", first)
    assert page_path("ORG:市总工会@a", "ORG", "市总工会") == first  # same node, same file
    assert page_path("ORG:市总工会@b", "ORG", "市总工会") != first  # same name, another body


def test_bodies_sharing_a_name_get_their_display_name_everywhere(views):
    orgs = sorted(p.name for p in (views / "orgs").glob("*.html"))
    assert any(n.startswith("校工会-青松中学-") for n in orgs)
    assert any(n.startswith("校工会-白桦小学-") for n in orgs)
    titles = {re.search(r"<title>(.*?)</title>", text(p)).group(1) for p in (views / "orgs").glob("*.html")}
    assert {"组织：校工会（青松中学）", "组织：校工会（白桦小学）"} <= titles
    index = text(views / "index.html")
    assert "校工会（青松中学）" in index and "校工会（白桦小学）" in index
    labels = {n["label"] for n in graph_data(text(views / "graph.html"))["nodes"]}
    assert {"校工会（青松中学）", "校工会（白桦小学）"} <= labels


def test_index_lists_every_report_with_its_writer(views):
    index = text(views / "index.html")
    rows = re.findall(r'<tr><td><a href="(reports/[^"]+)">([^<]+)</a></td><td>(.*?)</td><td>(.*?)</td>', index)
    assert {r[1] for r in rows} == {"青松中学工会2022年工作总结", "白桦小学工会工作总结"}
    for href, title, writer, date in rows:
        assert (views / href).exists()
        assert "校工会（" in writer
        if title.startswith("青松"):
            assert date == "2022"


def test_report_page_gives_writer_date_posts_events_honours_with_sentences(views):
    page = next(p for p in (views / "reports").glob("*.html") if p.name.startswith("青松中学工会2022年工作总结-"))
    full = text(page)
    html = full.split('<script type="application/json"')[0]
    assert "撰写单位 writer" in html and "校工会（青松中学）" in html
    assert "<dd>2022</dd>" in html
    posts = html.split("人员与职务 People and posts")[1].split("</ul>\n      </li>")[0]
    assert "王秋云" in posts and "职务：主席" in posts
    assert "「青松中学校工会主席王秋云组织了春季教职工趣味运动会。」" in posts
    events = html.split("活动 Events")[1]
    assert "春季教职工趣味运动会" in events and "组织 校工会（青松中学）" in events
    honours = html.split("荣誉 Honours")[1]
    assert "一等奖" in honours and "「王秋云老师在全市教师技能大赛中荣获一等奖。」" in honours
    # the conferral as this report tells it; 全市 is each report's own city, so the
    # contest is this report's (resolution scopes it), shown with its writer
    assert "授予 全市教师技能大赛（青松中学工会） · 2022年 · 级别：市" in honours
    # the other school's facts are not this report's, in the lists, the drawing or the tooltips
    assert "赵明" not in full


def test_person_page_gathers_posts_events_and_honours_across_reports(views):
    page = next(p for p in (views / "people").glob("*.html") if p.name.startswith("王秋云-"))
    html = text(page)
    assert "任职单位 Posts held" in html and "职务：主席" in html
    assert "获得的荣誉 Awards received" in html and "一等奖" in html
    assert "授予 全市教师技能大赛（青松中学工会） · 2022年 · 级别：市（《青松中学工会2022年工作总结》）" in html
    assert "参加的活动 Took part in" in html and "全市教师技能大赛" in html
    # each fact names its report and links to its page
    assert "《白桦小学工会工作总结》" in html and "《青松中学工会2022年工作总结》" in html
    assert re.search(r'href="\.\./reports/白桦小学工会工作总结-[0-9a-f]{6}\.html"', html)


def test_entity_with_no_relation_still_shows_its_mentions(views):
    page = next(p for p in (views / "orgs").glob("*.html") if p.name.startswith("市图书馆-"))
    html = text(page)
    assert "提及 Mentions" in html and "「感谢市图书馆的支持。」" in html
    assert 'id="no-relations"' in html


def test_every_link_on_every_page_resolves(views):
    for page in views.rglob("*.html"):
        for link in re.findall(r'href="([^"#]+)"', text(page)):
            assert (page.parent / link).resolve().exists(), (page, link)


def test_identical_copies_are_named_on_the_report_page_and_counted_on_the_index(tmp_path):
    graph = two_reports_graph()
    graph.graph["duplicates"] = {"q3": {"id": "q3", "source": "抄送/青松副本.txt", "same_as": "q1"}}
    graph.graph["documents"]["q1"]["duplicates"] = ["q3"]
    write_views(graph, tmp_path)
    page = next(p for p in (tmp_path / "reports").glob("*.html") if p.name.startswith("青松中学工会2022年工作总结-"))
    assert "<dt>相同的报告 identical copies</dt><dd>青松副本.txt</dd>" in text(page)
    row = re.search(r'<tr><td><a href="reports/青松[^"]*">.*?</tr>', text(tmp_path / "index.html")).group(0)
    assert row.endswith("<td>1</td></tr>")


def test_reports_sharing_a_title_or_file_are_told_apart(tmp_path):
    graph = two_reports_graph()
    for doc in graph.graph["documents"].values():
        doc["title"] = None
        doc["source"] = "pages/同一页.txt"  # two reports split from one page, neither titled
    write_views(graph, tmp_path)
    index = text(tmp_path / "index.html")
    rows = re.findall(r'<tr><td><a href="reports/[^"]+">([^<]+)</a>', index)
    assert sorted(rows) == ["同一页.txt（q1）", "同一页.txt（q2）"]
    assert len(list((tmp_path / "reports").glob("*.html"))) == 2
