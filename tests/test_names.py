"""Names as people write them: short forms, traditional characters, aliases, prefixes.

The same matching serves named-query parameters, ``view --around`` and the
HTML search box (:mod:`unionkg.names`); these tests drive the first two
through the CLI on a small corpus of our own and check the data the third
embeds in the page.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from unionkg import names
from unionkg.api import BuildReport, build_graph_from, write_outputs
from unionkg.cli import app
from unionkg.names import AmbiguousName, Entry, NameIndex, UnknownName

PRIMARY = """青禾小学工会2023年工作总结
青禾小学工会在区教育工会的领导下，认真开展各项工作。
5月，青禾小学工会举办了教职工羽毛球比赛，六十名教职工参加。
工会主席黄文涛被评为区优秀工会工作者。
"""
MIDDLE = """青禾中学工会2023年工作总结
青禾中学工会组织教职工参加了区教师合唱比赛，获得二等奖。
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory, extractor) -> Path:
    corpus = tmp_path_factory.mktemp("names-corpus")
    (corpus / "primary.txt").write_text(PRIMARY, encoding="utf-8")
    (corpus / "middle.txt").write_text(MIDDLE, encoding="utf-8")
    out = tmp_path_factory.mktemp("names-out")
    graph = build_graph_from([corpus], BuildReport(), lambda message: None, extractor=extractor)
    write_outputs(graph, out)
    return out


def run(*args: str):
    return CliRunner().invoke(app, list(args))


INDEX = NameIndex([
    Entry("o1", "育才小学工会", "ORG", ("育才小学工会", "学校工会")),
    Entry("o2", "育才中学工会", "ORG", ("学校工会",)),
    Entry("o3", "广州市第三公共汽车公司工会", "ORG", ("公交三公司工会",)),
    Entry("o4", "局工会", "ORG"),
    Entry("o5", "局工会", "ORG"),
    Entry("p1", "黄志明", "PER"),
])


def test_fold_makes_traditional_and_full_width_forms_equal():
    assert names.fold("廣州市第三公共汽車公司工會") == "广州市第三公共汽车公司工会"
    assert names.fold(" ＡＢＣ 工会 ") == "abc工会"


@pytest.mark.parametrize("typed, label", [
    ("育才小学工会", "育才小学工会"),                 # as labelled
    ("育才小学", "育才小学工会"),                     # a unique prefix
    ("廣州市第三公共汽車公司工會", "广州市第三公共汽车公司工会"),  # traditional
    ("公交三公司工会", "广州市第三公共汽车公司工会"),  # an alias
    ("黃志明", "黄志明"),
    ("三公共汽车", "广州市第三公共汽车公司工会"),     # part of the name, one candidate
])
def test_names_people_type_find_the_entity(typed, label):
    assert INDEX.find(typed).label == label


def test_several_entities_are_listed_in_one_line():
    with pytest.raises(AmbiguousName) as caught:
        INDEX.find("育才")
    assert caught.value.labels == ["育才中学工会", "育才小学工会"]
    assert str(caught.value) == "'育才' matches 2 entity names: 育才中学工会、育才小学工会; give more of the name"


def test_one_name_on_several_nodes_is_one_match():
    # a relative name scoped to two reports, and an alias two bodies share, are not ambiguous
    assert INDEX.find("局工会").keys == ["o4", "o5"]
    shared = INDEX.find("学校工会")
    assert shared.surface == "学校工会" and shared.keys == ["o1", "o2"]


def test_type_filter_and_unknown_name():
    with pytest.raises(UnknownName, match="no person named '育才小学'"):
        INDEX.find("育才小学", {"PER"})
    with pytest.raises(UnknownName, match=r"did you mean 育才中学工会、育才小学工会\?"):
        INDEX.find("育才大学工会", {"ORG"})


def test_char_map_covers_the_names_on_a_page():
    table = names.char_map(["黄志明", "广州市工会"])
    assert table["黃"] == "黄" and table["廣"] == "广" and table["會"] == "会"
    assert "車" not in table  # 车 is on no name of this page


def test_query_parameter_by_short_and_traditional_name(built):
    for typed in ("青禾小学", "青禾小學工會", "青禾小学工会"):
        result = run("query", str(built / "graph.ttl"), "--name", "events-by-organiser",
                     "-p", f"org={typed}", "--format", "csv")
        assert result.exit_code == 0, (typed, result.output)
        rows = result.stdout.strip().splitlines()[1:]
        assert rows and all(row.startswith("青禾小学工会,") for row in rows), (typed, rows)


def test_query_parameter_ambiguous_or_unknown_is_one_line(built):
    result = run("query", str(built / "graph.ttl"), "--name", "events-by-organiser", "-p", "org=青禾")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "unionkg: '青禾' matches 2 organisation names: 青禾中学工会、青禾小学工会; give more of the name"]
    result = run("query", str(built / "graph.ttl"), "--name", "events-by-organiser", "-p", "org=红旗小学")
    assert result.exit_code == 1 and "no organisation named '红旗小学'" in result.stderr


def test_query_file_as_argument_and_with_file_option(built, tmp_path):
    query = tmp_path / "orgs.rq"
    query.write_text("PREFIX org: <http://www.w3.org/ns/org#>\n"
                     "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                     "SELECT ?name WHERE { ?o a org:Organization ; skos:prefLabel ?name "
                     "FILTER(STR(?name) = \"青禾中学工会\") }\n", encoding="utf-8")
    for args in ([str(query)], ["--file", str(query)], ["-f", str(query)]):
        result = run("query", str(built / "graph.ttl"), *args, "--format", "csv")
        assert result.exit_code == 0, result.output
        assert result.stdout.splitlines() == ["name", "青禾中学工会"]
    missing = run("query", str(built / "graph.ttl"), str(tmp_path / "nope.rq"))
    assert missing.exit_code == 2 and "nope.rq" in missing.stderr


def test_labels_carry_zh_tag(built):
    # the README tells users to write "…"@zh; without it a label matches nothing
    query = ('PREFIX skos: <http://www.w3.org/2004/02/skos/core#> '
             'SELECT ?o WHERE {{ ?o skos:prefLabel {} }}')
    tagged = run("query", str(built / "graph.ttl"), query.format('"青禾中学工会"@zh'), "--format", "csv")
    plain = run("query", str(built / "graph.ttl"), query.format('"青禾中学工会"'), "--format", "csv")
    assert len(tagged.stdout.splitlines()) == 2 and len(plain.stdout.splitlines()) == 1


def test_view_around_a_traditional_or_short_name(built, tmp_path):
    for typed in ("黃文濤", "青禾中学"):
        page = tmp_path / f"{typed}.html"
        result = run("view", str(built / "graph.ttl"), "--around", typed, "-o", str(page))
        assert result.exit_code == 0, result.output
    result = run("view", str(built / "graph.ttl"), "--around", "青禾", "-o", str(tmp_path / "x.html"))
    assert result.exit_code == 2
    assert "matches 2 entity names: 青禾中学工会、青禾小学工会" in result.stderr


def test_page_embeds_folded_names_and_the_table_to_fold_queries(built):
    html = (built / "graph.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script[^>]*id="graph-data"[^>]*>(.*?)</script>', html, re.S).group(1))
    person = next(n for n in data["nodes"] if n["info"]["name"] == "黄文涛")
    assert person["search"][0] == "黄文涛"
    assert data["fold"]["黃"] == "黄" and data["fold"]["濤"] == "涛"
