"""The kinds of body a name's ending tells apart (unionkg.nlp.union_names)."""
from __future__ import annotations

from unionkg.nlp.union_names import (
    before_union_word,
    is_member_body,
    is_own_union,
    is_union,
    is_union_of,
    is_union_or_committee,
    is_union_or_group,
    union_host,
)


def test_a_member_body_is_no_union():
    assert is_member_body("青山市个体商会") and not is_union("青山市个体商会")
    assert is_member_body("白河县总工会") and is_union("白河县总工会")


def test_a_branch_is_a_union():
    assert is_union("红枫学院分工会") and union_host("红枫学院分工会") == "红枫学院"
    assert is_union_of("红枫学院分工会", "红枫学院") and not is_union_of("红枫学院分工会", "青山")
    assert is_own_union("红枫学院分工会", "红枫学院")


def test_a_committee_stands_for_the_writer_but_is_no_short_name():
    assert is_union_or_committee("东坡镇工会委员会") and not is_union_or_group("东坡镇工会委员会")
    assert is_union_or_group("局工委")


def test_a_heading_names_its_host_without_the_union_word():
    assert before_union_word("青山县供电公司工会") == "青山县供电公司"
    assert before_union_word("检修分会") == "检修分会"
