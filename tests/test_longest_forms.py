"""A body named by its kind alone takes the full name its report uses (ukg_longest_forms)."""
from __future__ import annotations

from test_nlp_relations import triples


def test_the_group_by_its_kind_is_the_group_named(extract):
    ex = extract("青峰重工集团召开第一次代表大会。集团公司副总经理王全胜主持大会，集团公司领导陈立军出席。")
    found = triples(ex)
    assert ("王全胜", "POSITION", "青峰重工集团") in found
    assert ("陈立军", "POSITION", "青峰重工集团") in found
    assert "集团公司" not in {e.name for e in ex.entities}


def test_a_kind_with_two_bodies_of_it_stays_as_written(extract):
    ex = extract("青峰重工集团与白河钢铁集团签订协议。集团公司副总经理王全胜出席。")
    assert ("王全胜", "POSITION", "青峰重工集团") not in triples(ex)
    assert ("王全胜", "POSITION", "白河钢铁集团") not in triples(ex)


def test_a_unit_of_the_body_named_by_its_kind_belongs_to_it(extract):
    found = triples(extract("青峰重工集团召开第一次代表大会。集团公司党委副书记王全胜主持大会，集团团委致贺词。"))
    assert ("集团公司党委", "SUBORDINATE_OF", "青峰重工集团") in found
    assert ("集团团委", "SUBORDINATE_OF", "青峰重工集团") in found


def test_a_name_written_short_after_its_full_form(extract):
    ex = extract("青山市总工会召开全委会。市总工会主席刘明作报告。")
    assert ("刘明", "POSITION", "青山市总工会") in triples(ex)
    assert "市总工会" not in {e.name for e in ex.entities}


def test_a_short_name_that_two_longer_ones_end_with_stays(extract):
    ex = extract("青山钢铁公司与白河钢铁公司签订协议。钢铁公司总经理刘明出席。")
    assert ("刘明", "POSITION", "钢铁公司") in triples(ex)


def orgs_of(ex):
    return {e.name for e in ex.entities if e.type == "ORG"}


def test_an_abbreviated_kind_is_the_body_written_out(extract, read):
    ex = extract("江河市人力资源和社会保障局主办比赛。市人社局副局长孙晓梅出席。")
    assert "市人社局" not in orgs_of(ex)
    assert ("孙晓梅", "POSITION", "江河市人力资源和社会保障局") in {(r.head, r.type, r.tail) for r in ex.relations}
    assert "工联会" not in orgs_of(read("澳門工會聯合總會舉辦頒獎禮。工聯會會長何潤生出席。"))


def test_a_company_name_with_words_dropped_is_the_one_it_shortens(extract):
    ex = extract("中国铁路武汉局集团有限公司、中国铁路上海局集团有限公司参赛。武汉局集团公司杨洸获得第一名。")
    assert "武汉局集团公司" not in orgs_of(ex)
    assert ("杨洸", "POSITION", "中国铁路武汉局集团有限公司") in {(r.head, r.type, r.tail) for r in ex.relations}


def test_a_different_body_of_the_same_family_stays_apart(extract):
    # 县教育工会 is the education union, not the education bureau's union: 局 was dropped
    assert {"北岭县教育局工会", "县教育工会"} <= orgs_of(extract("北岭县教育局工会举办比赛，县教育工会主席出席。"))
