"""The graph under the ontology: mapping, determinism, formats, round trip, SHACL."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import FOAF, RDF, SKOS
from test_rdf_sample import sample_graph

import unionkg
from unionkg.rdf import (
    UKG,
    from_rdf,
    guess,
    read_dataset,
    to_rdf,
    union_graph,
    validate,
    write_jsonld,
    write_trig,
    write_turtle,
)
from unionkg.rdf.mapping import node_iri, report_iri
from unionkg.rdf.namespace import ORG, PROV, SDO

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def graph():
    return sample_graph()


@pytest.fixture(scope="module")
def ds(graph):
    return to_rdf(graph, "9.9.9")


def iri(node):
    return node_iri(node)


# ------------------------------------------------------------------ mapping

def test_one_named_graph_per_report(ds, graph):
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert names == {str(report_iri(d)) for d in graph.graph["documents"]}
    assert str(report_iri("红星小学-2019")).endswith("report-红星小学-2019")


def test_entity_types_and_labels(ds):
    u = union_graph(ds)
    hong = iri("ORG:红星小学工会")
    assert (hong, RDF.type, ORG.Organization) in u and (hong, RDF.type, UKG.TradeUnion) in u
    assert (hong, SKOS.prefLabel, Literal("红星小学工会", lang="zh")) in u
    assert (hong, SKOS.altLabel, Literal("我校工会", lang="zh")) in u
    li = iri("PER:李红梅")
    assert (li, RDF.type, FOAF.Person) in u and (li, FOAF.name, Literal("李红梅", lang="zh")) in u
    assert (iri("EVENT:第三届二次教代会@ORG:红星小学工会"), UKG.eventKind, UKG.Meeting) in u
    assert (iri("EVENT:2019年区教工乒乓球比赛@红星小学-2019"), UKG.eventKind, UKG.Competition) in u
    assert (iri("EVENT:迎新春文艺晚会@区教育工会-简讯"), UKG.eventKind, UKG.Performance) in u
    assert (iri("EVENT:2019年区教工乒乓球比赛@红星小学-2019"), SDO.startDate, None) in u
    # the level is the conferral's (from 区教育工会), not the shared award's
    home = next(u.subjects(UKG.award, iri("AWARD:先进职工之家")))
    assert (home, UKG.awardLevel, UKG.CountyLevel) in u
    assert (iri("AWARD:先进职工之家"), UKG.awardLevel, None) not in u
    prize = next(u.subjects(UKG.award, iri("AWARD:优秀组织奖@区教育工会-简讯")))
    assert (prize, UKG.awardLevel, UKG.UnitLevel) in u


def test_relations(ds):
    u = union_graph(ds)
    hong, qu = iri("ORG:红星小学工会"), iri("ORG:区教育工会@红星小学-2019")
    assert (hong, ORG.subOrganizationOf, qu) in u
    party = iri("EVENT:迎新春文艺晚会@区教育工会-简讯")
    assert (party, SDO.organizer, iri("ORG:区教育工会@区教育工会-简讯")) in u
    assert (party, SDO.attendee, hong) in u and (hong, UKG.participatedIn, party) in u
    conferrals = list(u.subjects(UKG.recipient, iri("PER:李红梅")))
    assert len(conferrals) == 1
    c = conferrals[0]
    assert (c, UKG.award, iri("AWARD:五一劳动奖章")) in u
    assert (c, UKG.conferredBy, iri("ORG:市总工会@红星小学-2019")) in u
    team = next(u.subjects(UKG.award, iri("AWARD:团体一等奖@红星小学-2019")))
    assert (team, UKG.conferredAt, iri("EVENT:2019年区教工乒乓球比赛@红星小学-2019")) in u
    post = next(u.objects(iri("PER:李红梅"), ORG.holds))
    assert (post, RDF.type, ORG.Post) in u and (post, ORG.postIn, hong) in u
    assert str(u.value(post, UKG.postTitle)) == "主席"


def test_every_fact_has_evidence_and_provenance(ds):
    u = union_graph(ds)
    facts = set(u.subjects(RDF.type, UKG.AwardConferral)) | set(u.subjects(RDF.type, ORG.Post)) \
        | set(u.subjects(RDF.type, RDF.Statement))
    assert len(facts) == 16
    build = None
    for f in facts:
        assert (f, PROV.wasDerivedFrom, None) in u
        ev = u.value(f, UKG.evidence)
        assert ev is not None and u.value(ev, UKG.evidenceSentence)
        span = u.value(ev, URIRef("http://www.w3.org/ns/oa#hasSelector"))
        assert span is not None
        build = u.value(f, PROV.wasGeneratedBy)
    assert str(u.value(build, UKG.softwareVersion)) == "9.9.9"


def test_no_blank_nodes_and_no_timestamps(ds, tmp_path):
    u = union_graph(ds)
    assert not any(isinstance(t, BNode) for triple in u for t in triple)
    assert (None, PROV.startedAtTime, None) not in u
    stamped = union_graph(to_rdf(sample_graph(), "1", generated_at="2024-01-01T00:00:00"))
    assert (None, PROV.startedAtTime, None) in stamped


def test_default_version_is_the_package_version(graph):
    u = union_graph(to_rdf(graph))
    assert {str(v) for v in u.objects(None, UKG.softwareVersion)} == {unionkg.__version__}


def test_guesses():
    assert guess.event_kind("四届十六次职代会") == UKG.Meeting
    assert guess.event_kind("职工运动会") == UKG.Competition
    assert guess.event_kind("第三届检封杯乒乓球比赛") == UKG.Competition
    assert guess.event_kind("安全生产知识讲座") == UKG.Training
    assert guess.event_kind("唱响南钞歌会") == UKG.Performance
    assert guess.event_kind("两争一树主题教育活动") == UKG.Campaign
    assert guess.award_level("全国五一劳动奖章") == UKG.NationalLevel
    assert guess.award_level("省模范职工之家") == UKG.ProvincialLevel
    assert guess.award_level("江苏省劳动模范") == UKG.ProvincialLevel
    assert guess.award_level("市先进职工之家") == UKG.MunicipalLevel
    assert guess.award_level("区优秀工会干部") == UKG.CountyLevel
    assert guess.award_level("文明职工") == UKG.UnitLevel
    assert guess.post_title("金坛市园林管理处工会主席盛丽萍出席", "盛丽萍", "金坛市园林管理处工会") == "主席"
    assert guess.post_title("盛丽萍同志任园林处工会副主席。", "盛丽萍", "园林处工会") == "副主席"
    assert guess.post_title("盛丽萍参加了园林处工会的活动", "盛丽萍", "园林处工会") is None
    assert guess.year("20__年工作总结", "2019年度") == "2019"


# ------------------------------------------------------------------ writing

def test_turtle_is_byte_identical(graph, tmp_path):
    a, b = tmp_path / "a.ttl", tmp_path / "b.ttl"
    write_turtle(to_rdf(graph, "1.0"), a)
    write_turtle(to_rdf(sample_graph(), "1.0"), b)
    assert a.read_bytes() == b.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ttl", "b.ttl"]  # no temp files left


@pytest.mark.slow  # whole builds in fresh processes: CI runs it with -m slow
def test_turtle_is_byte_identical_across_hash_seeds(tmp_path):
    script = ("import sys; sys.path.insert(0, sys.argv[2]); from test_rdf_sample import sample_graph;"
              "from unionkg.rdf import to_rdf, write_turtle, write_trig;"
              "ds = to_rdf(sample_graph(), '1.0'); write_turtle(ds, sys.argv[1] + '.ttl');"
              "write_trig(ds, sys.argv[1] + '.trig')")
    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(tmp_path / seed), str(HERE)],
                       check=True, env=env)
        outs.append(((tmp_path / f"{seed}.ttl").read_bytes(), (tmp_path / f"{seed}.trig").read_bytes()))
    assert outs[0] == outs[1]


def _named(ds: Dataset) -> dict[str, Graph]:
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


@pytest.mark.parametrize("writer,name", [(write_trig, "g.trig"), (write_jsonld, "g.jsonld")])
def test_quad_formats_reparse_isomorphic(ds, tmp_path, writer, name):
    path = writer(ds, tmp_path / name)
    back = read_dataset(path)
    mine, theirs = _named(ds), _named(back)
    assert mine.keys() == theirs.keys()
    for key in mine:
        assert isomorphic(mine[key], theirs[key]), key
    assert isomorphic(union_graph(ds), union_graph(back))


def test_turtle_reparses_isomorphic(ds, tmp_path):
    path = write_turtle(ds, tmp_path / "g.ttl")
    assert isomorphic(union_graph(ds), Graph().parse(path, format="turtle"))


# ------------------------------------------------------------------ round trip

def _canon(g):
    nodes = {n: {**d, "evidence": sorted(d["evidence"], key=lambda e: (e["document"], e["start"], e["end"]))}
             for n, d in g.nodes(data=True)}
    edges = {(u, v, k): sorted(d["evidence"], key=lambda e: (e["document"], e["start"], e["end"]))
             for u, v, k, d in g.edges(keys=True, data=True)}
    return nodes, edges, g.graph["documents"]


@pytest.mark.parametrize("name", ["graph.ttl", "graph.trig", "graph.jsonld"])
def test_from_rdf_round_trip(graph, ds, tmp_path, name):
    writer = {".ttl": write_turtle, ".trig": write_trig, ".jsonld": write_jsonld}[Path(name).suffix]
    back = from_rdf(writer(ds, tmp_path / name))
    assert _canon(back) == _canon(graph)
    assert all(d["type"] == k for _, _, k, d in back.edges(keys=True, data=True))


# ------------------------------------------------------------------ SHACL

def test_built_graph_conforms(ds):
    conforms, lines = validate(ds)
    assert conforms, lines
    assert lines == []


def test_shacl_catches_a_conferral_without_recipient(ds, tmp_path):
    broken = union_graph(ds)
    conferral = next(broken.subjects(UKG.recipient, iri("PER:李红梅")))
    broken.remove((conferral, UKG.recipient, None))
    conforms, lines = validate(broken)
    assert not conforms
    assert any("李红梅获五一劳动奖章" in ln and "ukg:recipient" in ln for ln in lines), lines


def test_shacl_catches_missing_name_and_evidence(ds, tmp_path):
    broken = union_graph(ds)
    broken.remove((iri("PER:王建国"), FOAF.name, None))
    post = next(broken.objects(iri("PER:王建国"), ORG.holds))
    broken.remove((post, UKG.evidence, None))
    path = tmp_path / "broken.ttl"
    broken.serialize(path, format="turtle")
    conforms, lines = validate(path)
    assert not conforms
    assert any("王建国" in ln and "foaf:name" in ln for ln in lines), lines
    assert any("ukg:evidence" in ln and "王建国" in ln for ln in lines), lines
    assert all("\n" not in ln for ln in lines)


def test_one_award_conferred_at_two_levels_keeps_each_level_on_its_conferral():
    from unionkg.graph import build_graph
    from unionkg.model import Document, Entity, Evidence, Extraction, Relation

    def report(doc_id, body, year):
        sentence = f"{year}年，本厂工会被{body}评为模范职工之家。"
        doc = Document(doc_id, sentence, title=f"{doc_id}工作总结")
        ev = Evidence(doc_id, sentence, 0, len(sentence))
        ents = [Entity(f"{doc_id}工会", "ORG", evidence=[ev]), Entity(body, "ORG", evidence=[ev]),
                Entity("模范职工之家", "AWARD", evidence=[ev])]
        rels = [Relation(f"{doc_id}工会", "RECEIVED", "模范职工之家", [ev]),
                Relation("模范职工之家", "AWARDED_BY", body, [ev])]
        return Extraction(doc, f"{doc_id}工会", ents, rels)

    graph = build_graph([report("北郊纺织厂", "江南省总工会", 2018), report("南岭砖厂", "石塘县总工会", 2021)])
    confs = {c["document"]: c for _, _, k, d in graph.edges(keys=True, data=True)
             if k == "RECEIVED" for c in d["conferrals"]}
    assert confs["北郊纺织厂"]["level"] == "省" and confs["北郊纺织厂"]["year"] == "2018"
    assert confs["南岭砖厂"]["level"] == "县" and confs["南岭砖厂"]["year"] == "2021"
    assert confs["南岭砖厂"]["by"] == ["ORG:石塘县总工会"]
    ds = to_rdf(graph, "1")
    conforms, _ = validate(ds)
    assert conforms
    u = union_graph(ds)
    levels = {str(u.value(c, UKG.awardLevel)).rsplit("#", 1)[1]
              for c in u.subjects(RDF.type, UKG.AwardConferral)}
    assert levels == {"ProvincialLevel", "CountyLevel"}
    assert (iri("AWARD:模范职工之家"), UKG.awardLevel, None) not in u


def test_position_title_travels_from_relation_to_edge_post_and_query():
    from unionkg.graph import build_graph
    from unionkg.model import Document, Entity, Evidence, Extraction, Relation
    from unionkg.rdf.query import load_query, run_query

    sentence = "會上，陳大文當選為協會理事長。"
    doc = Document("協會", sentence)
    ev = Evidence("協會", sentence, 3, 6)
    ext = Extraction(doc, "职工书画协会",
                     [Entity("陈大文", "PER", evidence=[ev]), Entity("职工书画协会", "ORG", evidence=[ev])],
                     [Relation("陈大文", "POSITION", "职工书画协会", [ev], title="理事長")])
    graph = build_graph([ext])
    assert graph.edges["PER:陈大文", "ORG:职工书画协会", "POSITION"]["title"] == "理事長"
    u = union_graph(to_rdf(graph, "1"))
    post = u.value(iri("PER:陈大文"), ORG.holds)
    assert str(u.value(post, UKG.postTitle)) == "理事長"
    columns, got = run_query(graph, load_query("people-posts"))
    assert [dict(zip(columns, row))["title"] for row in got] == ["理事長"]


def test_conferral_level_from_the_word_before_the_award_or_the_event_organiser():
    from unionkg.graph import build_graph
    from unionkg.model import Document, Entity, Evidence, Extraction, Relation

    s1 = "邹小梅被评为縣“优秀教师”。"
    s2 = "我们在石塘县教育局组织的文艺汇演中获三等奖。"
    doc = Document("d", s1 + s2)
    e1, e2 = Evidence("d", s1, 0, 3), Evidence("d", s2, 0, 10)
    ext = Extraction(doc, "红枫小学工会", [
        Entity("邹小梅", "PER", evidence=[e1]), Entity("优秀教师", "AWARD", evidence=[e1]),
        Entity("红枫小学工会", "ORG", evidence=[e2]), Entity("石塘县教育局", "ORG", evidence=[e2]),
        Entity("文艺汇演", "EVENT", evidence=[e2]), Entity("三等奖", "AWARD", evidence=[e2])], [
        Relation("邹小梅", "RECEIVED", "优秀教师", [e1]),
        Relation("红枫小学工会", "RECEIVED", "三等奖", [e2]),
        Relation("三等奖", "AWARDED_BY", "文艺汇演", [e2]),
        Relation("石塘县教育局", "ORGANIZED", "文艺汇演", [e2])])
    graph = build_graph([ext])
    levels = {u: d["conferrals"][0]["level"] for u, v, k, d in graph.edges(keys=True, data=True)
              if k == "RECEIVED"}
    assert levels == {"PER:邹小梅": "县", "ORG:红枫小学工会": "县"}
