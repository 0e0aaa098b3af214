"""Appositive posts: chained, shared along a list, bracketed, after the name; with titles."""
from __future__ import annotations

def posts(extraction):
    """(person, body, title), with the writer by name where the extractor found one."""
    name = extraction.author or "@author"
    return {(r.head, name if r.tail == "@author" else r.tail, r.title)
            for r in extraction.relations if r.type == "POSITION"}


def test_a_chain_of_posts_in_two_bodies(extract):
    found = posts(extract("市政协党组副书记、副主席、市总工会主席李廷华出席了会议。"))
    assert ("李廷华", "市总工会", "主席") in found
    assert any(p == "李廷华" and body.startswith("市政协") for p, body, _ in found)


def test_chained_titles_of_one_body_are_one_title(extract):
    found = posts(extract("县总工会党组成员、副主席张国华讲话。"))
    assert ("张国华", "县总工会", "党组成员、副主席") in found


def test_titles_after_names_share_the_body_before_the_first(extract):
    found = posts(extract("省直机关工会委员会江红主任、李朋副主任参加了大会。"))
    assert ("江红", "省直机关工会委员会", "主任") in found
    assert ("李朋", "省直机关工会委员会", "副主任") in found


def test_a_post_in_brackets_after_the_name(extract):
    found = posts(extract("本次培训由王建设（县总工会副主席）授课。"))
    assert ("王建设", "县总工会", "副主席") in found


def test_our_institute_is_the_writers_host(extract):
    text = "青山学院分工会召开教代会\n青山学院分工会召开会议。我院赵海院长出席。青山学院的发展很快。"
    found = {(p, b) for p, b, _ in posts(extract(text))}
    assert ("赵海", "青山学院") in found


def test_our_school_is_no_body_when_the_report_never_names_it(extract):
    ex = extract("学校工会组织了比赛。我校陈勇老师获得一等奖。")
    assert not any(r.type == "POSITION" and r.head == "陈勇" for r in ex.relations)


def test_a_person_and_body_without_a_post_word_gives_no_title(extract):
    found = posts(extract("县总工会的王建设参加了比赛。"))
    assert ("王建设", "县总工会", "") in found


def test_a_list_item_with_a_rank_of_the_same_post_stays_in_the_body_before(extract):
    found = posts(extract("县总工会主席张国华、副主席李明出席会议。"))
    assert ("李明", "县总工会", "副主席") in found


def test_a_list_item_with_another_kind_of_post_holds_it_elsewhere(extract):
    found = posts(extract("县教育工会理事长张国华、立法委员李明出席会议。"))
    assert not any(p == "李明" and body == "县教育工会" for p, body, _ in found)


def test_a_title_run_into_the_body_name(extract):
    found = posts(extract("会议由市劳动局主办。市劳动局长张大伟出席会议。"))
    assert ("张大伟", "市劳动局", "局长") in found


def test_civil_service_ranks_and_former_or_seconded_posts(extract):
    found = {(h, b) for h, b, _ in posts(extract(
        "青山市总工会二级巡视员李明、青山市总工会挂职副主席孙丽、省人大常委会原副主任赵刚出席会议。"))}
    assert {("李明", "青山市总工会"), ("孙丽", "青山市总工会"), ("赵刚", "省人大常委会")} <= found


def test_a_department_runs_on_from_its_body(extract):
    found = {(h, b) for h, b, _ in posts(extract("青山市总工会女职工部部长吴敏、青山市委组织部副部长李强出席会议。"))}
    assert {("吴敏", "青山市总工会女职工部"), ("李强", "青山市委组织部")} <= found
