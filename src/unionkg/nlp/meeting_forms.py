"""A numbered meeting written again without its number is the same meeting.

``市建设工会第二次会员代表大会`` opens a report that later says
``市建设工会会员代表大会``: one congress, listed under its longest form
(GUIDELINES: the longest specific form the document uses), so that whoever
attended it under the short form is attached to the one name listed.
"""
from __future__ import annotations

import re

from unionkg.model import Mention

#: what numbers a meeting: its term or its sitting
_NUMBERED = re.compile("[届次]")
#: a congress named by its kind alone (教工代表大会, 会员大会): in a report of a numbered
#: congress, that congress
_BARE_CONGRESS = re.compile("(?:教职工|教工|职工|会员|工会会员|职工会员)?代表大会|(?:全体)?(?:会员|职工|教职工)大会")
_CONGRESS = re.compile("代表大会|[职教工]代会|会员大会")
#: a committee's sitting is another kind of meeting than a congress of the same number
_COMMITTEE = re.compile("委员会|理事会|监事会|执委会|常委会|全委")
_NUMBER = re.compile("第?([一二三四五六七八九十百零〇\\d]+)[届次]")
#: a short form that opens with its number has no host of its own (第一次工代会)
_OPENS_WITH_NUMBER = re.compile("第?[一二三四五六七八九十百零〇\\d]+[届次]")


def _subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(c in chars for c in short)


def _same_numbers(short: str, long: str) -> bool:
    """``第一次工代会`` and ``中国铁路工会某集团第一次代表大会``: one congress, numbered alike."""
    return bool(_OPENS_WITH_NUMBER.match(short)) and _NUMBER.findall(short) == _NUMBER.findall(long) \
        and bool(_CONGRESS.search(short)) == bool(_CONGRESS.search(long)) \
        and bool(_COMMITTEE.search(short)) == bool(_COMMITTEE.search(long))


def numbered_forms(found: list[Mention], meetings: list[Mention]) -> None:
    """Rename an unnumbered mention to the numbered meeting it abbreviates: the same
    head (its last two characters), every character of it in order in the longer name;
    a congress named by its kind alone is the numbered congress of the report, and so is
    one written by its number alone."""
    for m in found:
        if any(m is n for n in meetings):  # 第一次工代会 after the report's 某集团第一次代表大会
            longer = [n.name for n in meetings if len(n.name) > len(m.name) and _same_numbers(m.name, n.name)]
            if longer:
                m.name = max(longer, key=len)
            continue
        if _NUMBERED.search(m.name) or len(m.name) < 4:
            continue
        longer = [n.name for n in meetings if len(n.name) > len(m.name)
                  and n.name[-2:] == m.name[-2:] and _subsequence(m.name, n.name)]
        if not longer and _BARE_CONGRESS.fullmatch(m.name):
            longer = [n.name for n in meetings if _CONGRESS.search(n.name)]
        if longer:
            m.name = max(longer, key=len)
