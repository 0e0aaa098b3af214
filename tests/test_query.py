"""Named SPARQL queries: expected rows on the sample graph, parameters, errors, formats."""
from __future__ import annotations

import json

import pytest

from unionkg.rdf import (QueryError, format_result, list_queries, load_query, run_query, to_rdf,
                         write_turtle)
from unionkg.rdf.query import _width, query_params

from test_rdf_sample import sample_graph

NAMES = {"awards", "awards-of-org", "people-posts", "events", "events-by-organiser",
         "participation", "org-hierarchy"}


@pytest.fixture(scope="module")
def ds():
    return to_rdf(sample_graph(), "1.0")


def rows(ds, name, params=None, cols=None):
    columns, result = run_query(ds, load_query(name), params)
    if cols:
        idx = [columns.index(c) for c in cols]
        return sorted(tuple(r[i] for i in idx) for r in result)
    return columns, result


def test_list_queries_has_every_named_query_with_a_description():
    queries = dict(list_queries())
    assert NAMES <= set(queries)
    assert all(queries[n] and "\n" not in queries[n] for n in NAMES)
    assert query_params(load_query("awards-of-org")) == ["org"]
    assert query_params(load_query("events-by-organiser")) == ["org"]
    assert query_params(load_query("awards")) == []


def test_awards(ds):
    got = rows(ds, "awards", cols=["recipient", "award", "level", "year", "conferredBy", "event",
                                   "report"])
    # level, year, body and event are the conferral's (the year from the
    # sentence, the event's name or the report's title)
    assert got == [
        ("李红梅", "五一劳动奖章", "市", "2019", "市总工会", None, "红星小学-2019"),
        ("王建国", "优秀组织奖", "单位", None, None, None, "区教育工会-简讯"),
        ("红星小学工会", "先进职工之家", "县", "2019", "区教育工会", None, "红星小学-2019"),
        ("红星小学工会", "团体一等奖", "单位", "2019", None, "2019年区教工乒乓球比赛", "红星小学-2019"),
    ]
    sentences = rows(ds, "awards", cols=["sentence"])
    assert ("李红梅荣获市总工会授予的五一劳动奖章。",) in sentences


def test_awards_of_org_follows_sub_organisations(ds):
    got = rows(ds, "awards-of-org", {"org": "区教育工会"}, cols=["unit", "recipient", "award"])
    assert got == [
        ("红星小学工会", "李红梅", "五一劳动奖章"),
        ("红星小学工会", "红星小学工会", "先进职工之家"),
        ("红星小学工会", "红星小学工会", "团体一等奖"),
        ("青山中学工会", "王建国", "优秀组织奖"),
    ]
    assert rows(ds, "awards-of-org", {"org": "青山中学工会"}, cols=["recipient", "award"]) == [
        ("王建国", "优秀组织奖")]
    # an alias (skos:altLabel) names the organisation too
    assert len(rows(ds, "awards-of-org", {"org": "我校工会"}, cols=["award"])) == 3
    assert rows(ds, "awards-of-org", {"org": "不存在的工会"}, cols=["award"]) == []
    # without the parameter: every organisation
    assert len(rows(ds, "awards-of-org", cols=["organisation"])) == 8


def test_people_posts(ds):
    assert rows(ds, "people-posts", cols=["person", "title", "organisation", "sentence"]) == [
        ("李红梅", "主席", "红星小学工会", "红星小学工会主席李红梅主持召开第三届二次教代会。"),
        ("王建国", "主席", "青山中学工会", "青山中学工会主席王建国获优秀组织奖。"),
    ]


def test_events(ds):
    columns, result = rows(ds, "events")
    got = {r[0]: dict(zip(columns, r)) for r in result}
    assert set(got) == {"2019年区教工乒乓球比赛", "第三届二次教代会", "迎新春文艺晚会"}
    assert got["2019年区教工乒乓球比赛"]["year"] == "2019"
    assert got["2019年区教工乒乓球比赛"]["kind"] == "比赛"
    assert got["第三届二次教代会"]["year"] is None
    assert got["第三届二次教代会"]["organisers"] == "红星小学工会"
    party = got["迎新春文艺晚会"]
    assert party["kind"] == "演出" and party["organisers"] == "区教育工会"
    assert sorted(party["participants"].split("、")) == ["红星小学工会", "青山中学工会"]
    assert party["sentence"].startswith("区教育工会举办")


def test_events_by_organiser(ds):
    assert rows(ds, "events-by-organiser", cols=["organiser", "event", "kind"]) == [
        ("区教育工会", "迎新春文艺晚会", "演出"), ("红星小学工会", "第三届二次教代会", "会议")]
    got = rows(ds, "events-by-organiser", {"org": "红星小学工会"}, cols=["event", "sentence"])
    assert got == [("第三届二次教代会", "红星小学工会主席李红梅主持召开第三届二次教代会。")]


def test_participation(ds):
    assert rows(ds, "participation", cols=["participant", "kind", "event", "report"]) == [
        ("红星小学工会", "organisation", "2019年区教工乒乓球比赛", "红星小学-2019"),
        ("红星小学工会", "organisation", "迎新春文艺晚会", "区教育工会-简讯"),
        ("青山中学工会", "organisation", "迎新春文艺晚会", "区教育工会-简讯"),
    ]


def test_org_hierarchy(ds):
    assert rows(ds, "org-hierarchy", cols=["organisation", "parent", "sentence"]) == [
        ("红星小学工会", "区教育工会", "红星小学工会在区教育工会领导下开展工作。"),
        ("青山中学工会", "区教育工会", "青山中学工会隶属区教育工会。"),
    ]


def test_query_a_file_and_a_networkx_graph(ds, tmp_path):
    path = write_turtle(ds, tmp_path / "graph.ttl")
    q = load_query("org-hierarchy")
    assert run_query(path, q) == run_query(ds, q) == run_query(sample_graph(), q)


def test_bad_sparql_raises_query_error_with_one_line(ds):
    with pytest.raises(QueryError) as err:
        run_query(ds, "SELEC ?x WHERE { ?x ?y }")
    assert "\n" not in str(err.value) and str(err.value)


def test_unknown_parameter_and_query_name(ds):
    with pytest.raises(QueryError, match="no parameter 'who'"):
        run_query(ds, load_query("awards"), {"who": "x"})
    with pytest.raises(QueryError, match="no query named") as err:
        load_query("no-such-query")
    assert isinstance(err.value, KeyError) and str(err.value).startswith("no query named")


def test_parameter_values_are_escaped(ds):
    # quotes and backslashes in a value cannot break out of the literal
    assert rows(ds, "awards-of-org", {"org": '红"} ?x ?y ?z {\\'}, cols=["award"]) == []


def test_format_result():
    columns, result = ["名称", "n"], [("红星小学工会", "1"), ("ab", None)]
    table = format_result(columns, result, "table")
    lines = table.splitlines()
    assert lines[0].startswith("名称") and lines[-1] == "(2 rows)"
    w = _width  # display columns: CJK characters are two wide
    assert w(lines[2][:lines[2].index("1")]) == w(lines[0][:lines[0].index("n")])
    assert format_result(columns, result, "csv") == "名称,n\n红星小学工会,1\nab,\n"
    assert json.loads(format_result(columns, result, "json")) == [
        {"名称": "红星小学工会", "n": "1"}, {"名称": "ab", "n": None}]
    with pytest.raises(ValueError):
        format_result(columns, result, "xml")
