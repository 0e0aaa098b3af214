"""Lists of events: one organiser for the list, and examples (如…) that take the verb before them."""
from __future__ import annotations

from test_nlp_relations import triples


def test_examples_take_the_previous_verb_and_share_their_organiser(extract):
    found = triples(extract("我们积极参加区总工会举办的活动，如区总工会举办的职工游泳比赛、消防知识竞赛等。"))
    for event in ("职工游泳比赛", "消防知识竞赛"):
        assert ("区总工会", "ORGANIZED", event) in found
        assert any(h != "区总工会" and r == "PARTICIPATED_IN" and t == event for h, r, t in found)


def test_a_list_after_an_organiser_is_not_carried_past_other_words(extract):
    found = triples(extract("青山机械厂工会2023年工作总结\n区总工会举办的职工游泳比赛圆满结束，我们还组织了第二届职工乒乓球比赛。"))
    assert ("区总工会", "ORGANIZED", "职工游泳比赛") in found
    assert ("区总工会", "ORGANIZED", "第二届职工乒乓球比赛") not in found


def test_two_bodies_sharing_one_relative_clause_both_organise(extract):
    found = triples(extract("青山小学工会2023年工作总结\n我们组织全体教师参加了青山乡教育工会组织、青山乡中心幼儿园承办的教师联谊活动。"))
    assert ("青山乡教育工会", "ORGANIZED", "教师联谊活动") in found
    assert ("青山乡中心幼儿园", "ORGANIZED", "教师联谊活动") in found
    assert ("青山小学工会", "ORGANIZED", "教师联谊活动") not in found
    assert ("青山小学工会", "PARTICIPATED_IN", "教师联谊活动") in found


def test_running_an_event_well_is_organising_it(extract):
    ex = extract("青山机械厂工会2023年工作总结\n5、办好第三届职工运动会、知识抢答赛等活动。")
    found = triples(ex)
    assert (ex.author, "ORGANIZED", "第三届职工运动会") in found
