"""Identical reports are built once and listed as duplicates."""
from __future__ import annotations

from rdflib.namespace import PROV

from unionkg.api import BuildReport, build_graph_from
from unionkg.rdf import to_rdf, union_graph, validate
from unionkg.rdf.mapping import report_iri

REPORT = """石桥镇卫生院工会2023年工作总结
石桥镇卫生院工会在镇总工会的领导下，组织职工参加了迎新春联欢会。
工会主席吴秀兰被评为优秀工会工作者。
"""
OTHER = """梧桐路小学工会2023年工作总结
梧桐路小学工会举办了教职工拔河比赛，全体教职工参加。
"""


def test_thirty_copies_give_one_report_and_a_list_of_duplicates(tmp_path, extractor):
    for n in range(30):
        (tmp_path / f"copy{n:02d}.txt").write_text(REPORT if n % 2 == 0 else "\n\n" + REPORT.replace("\n", "\r\n"),
                                                   encoding="utf-8")
    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")
    report = BuildReport()
    graph = build_graph_from([tmp_path], report, on_error=lambda m: None, extractor=extractor)
    assert sorted(graph.graph["documents"]) == ["copy00", "other"]
    assert report.duplicates == 29
    dups = graph.graph["duplicates"]
    assert len(dups) == 29 and {d["same_as"] for d in dups.values()} == {"copy00"}
    assert graph.graph["documents"]["copy00"]["duplicates"] == [f"copy{n:02d}" for n in range(1, 30)]
    # the scoped party exists once, not thirty times
    parties = [n for n, d in graph.nodes(data=True) if d["label"] == "迎新春联欢会"]
    assert len(parties) == 1
    ds = to_rdf(graph, "1")
    assert validate(ds)[0]
    u = union_graph(ds)
    assert (report_iri("copy07"), PROV.alternateOf, report_iri("copy00")) in u
