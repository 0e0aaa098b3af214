"""People the tagger glued to the verb after them."""
from __future__ import annotations


def people(extraction):
    return {e.name for e in extraction.entities if e.type == "PER"}


def test_a_cue_verb_glued_onto_a_name_is_cut_off(extract):
    found = people(extract("张三荣获全国五一劳动奖章。"))
    assert found == {"张三"}


def test_a_name_that_only_ends_like_a_verb_fragment_is_kept(extract):
    assert "欧阳明" in people(extract("工会主席欧阳明主持会议。"))


def test_a_group_noun_is_no_post_a_name_follows(extract):
    assert people(extract("今年启动了企业职工廉租房、廉价房建设工程。")) == set()
    assert "王海" in people(extract("电工王海、李强参加了比赛。"))
