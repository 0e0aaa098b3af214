"""Who speaks at a meeting took part in it."""
from __future__ import annotations

from test_nlp_relations import triples


def joined(extraction):
    return {(h, t) for h, r, t in triples(extraction) if r == "PARTICIPATED_IN"}


def test_a_speaker_in_the_sentence_of_the_meeting(extract):
    found = joined(extract("3月5日，公司召开了三届四次职代会，工会主席刘建华同志作了工作报告。"))
    assert ("刘建华", "三届四次职代会") in found


def test_hui_shang_refers_to_the_meeting_just_reported(extract):
    found = joined(extract("3月5日，公司召开了三届四次职代会。会上，总经理陈卫东作了行政工作报告。"))
    assert ("陈卫东", "三届四次职代会") in found


def test_a_person_who_does_not_speak_is_not_a_participant(extract):
    found = joined(extract("公司召开了三届四次职代会，会后慰问了困难职工孙明。"))
    assert not any(person == "孙明" for person, _ in found)


def test_speaking_elsewhere_is_not_taking_part_in_a_contest(extract):
    found = joined(extract("公司举办了第二届职工乒乓球比赛，赵刚作了总结。"))
    assert ("赵刚", "第二届职工乒乓球比赛") not in found
