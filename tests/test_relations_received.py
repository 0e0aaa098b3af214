"""Who received an honour: counted things and hoped-for honours give no recipient."""
from __future__ import annotations

from test_nlp_relations import triples


def received(extraction):
    return {(h, t) for h, r, t in triples(extraction) if r == "RECEIVED"}


def test_counted_projects_are_not_the_writer(extract):
    assert received(extract("全年立项45项，其中12项获集团科技进步奖。")) == set()


def test_an_honour_hoped_for_is_not_received(extract):
    assert received(extract("这直接关系到各车间能否获得“先进班组”称号。")) == set()
    assert received(extract("我们将争取获得“模范职工之家”称号。")) == set()


def test_an_honour_received_still_counts(extract):
    ex = extract("今年，我校工会获得“先进职工之家”称号。")
    assert (ex.author or "@author", "先进职工之家") in received(ex)


def test_the_subject_that_selects_an_honour_confers_it(extract):
    found = triples(extract("年终，青山矿业公司工会评选出“安全生产标兵”十名。"))
    assert ("安全生产标兵", "AWARDED_BY", "青山矿业公司工会") in found
    assert not any(r == "RECEIVED" and t == "安全生产标兵" for _, r, t in found)
