"""Evidence is quoted as written: sentences and spans from the original text."""
from __future__ import annotations

from unionkg.corpus import document_from_text
from unionkg.graph import build_graph

# traditional characters and full-width punctuation, which the reader folds
TRAD = ("　　今年，青松電力公司工會在市總工會的領導下開展工作。\n"
        "　　工會主席周立新帶領職工參加了全市職工籃球賽，獲得團體第二名。\n")


def test_evidence_sentence_and_span_are_the_source_as_written(extractor):
    doc = document_from_text(TRAD, "trad")[0]
    assert "工会" in doc.text and "，" not in doc.text  # the NLP stage reads folded text
    ext = extractor.extract(doc)
    seen = 0
    for ent in ext.entities:
        for ev in ent.evidence:
            assert ev.sentence in TRAD, ev.sentence
            assert "，" in ev.sentence or "," not in ev.sentence
            written = TRAD[ev.start:ev.end]
            assert written in ev.sentence
            seen += 1
    for rel in ext.relations:
        for ev in rel.evidence:
            assert ev.sentence in TRAD
            assert TRAD[ev.start:ev.end].strip()
            seen += 1
    assert seen
    person = ext.entity("周立新")
    assert person is not None
    assert TRAD[person.evidence[0].start:person.evidence[0].end] == "周立新"
    # names keep the form seen as written among their aliases (工會 as well as 工会)
    union = next(e for e in ext.entities if e.name.endswith("电力公司工会"))
    assert any(a.endswith("電力公司工會") for a in union.aliases)


def test_graph_and_csv_quote_as_written(extractor, tmp_path):
    from unionkg.readwrite import write_entities_csv
    ext = extractor.extract(document_from_text(TRAD, "trad")[0])
    graph = build_graph([ext])
    for _, data in graph.nodes(data=True):
        for ev in data["evidence"]:
            assert ev["sentence"] in TRAD
    write_entities_csv(graph, tmp_path / "e.csv")
    text = (tmp_path / "e.csv").read_text(encoding="utf-8")
    assert "工會主席周立新" in text


def test_position_title_falls_back_to_the_post_written_beside_the_name(extractor):
    text = "　　青松電力公司工會主席周立新帶領職工參加了全市職工籃球賽。\n"
    ext = extractor.extract(document_from_text(text, "t")[0])
    posts = [r for r in ext.relations if r.type == "POSITION" and r.head == "周立新"]
    assert posts and posts[0].title in ("主席", "工會主席")


def test_evidence_sentence_stops_at_the_line_break(extractor):
    text = "　　红枫厂工会被评为先进职工之家。\n(二)加强民主管理\n"
    doc = document_from_text(text, "lines")[0]
    ext = extractor.extract(doc)
    sentences = {ev.sentence for e in ext.entities for ev in e.evidence}
    sentences |= {ev.sentence for r in ext.relations for ev in r.evidence}
    assert "红枫厂工会被评为先进职工之家。" in sentences
    assert all("\n" not in s and not s.endswith("(") for s in sentences)
