"""People listed under their units: ``江城供电公司：李某、王某；江城水务集团：张某`` and
lines of ``单位 姓名`` pairs (``颁奖嘉宾：江城市总工会 马某　江城供电公司 杨某``).

A stretch holding only bodies and names, each body followed by its people,
places each person in the body before them (GUIDELINES: a person given with
their unit has POSITION to it).  Two bodies in a row (``A、B：张某``) leave it
open whose the people are, so such a stretch gives nothing.
"""
from __future__ import annotations

import re

from unionkg.model import Mention
from unionkg.nlp.relations.context import DocContext

#: what stands between the items of such a stretch
_GAP = re.compile(r"[\s、，,：:]*")
#: between a unit and its first person: a space or a colon, never a list's 、
_UNIT_THEN_NAME = re.compile(r"\s*[：:]?\s*")
#: a label before the stretch (``颁奖嘉宾：``, ``获奖名单：``) holding no name
_LABEL = re.compile(r"[^\s，,。；;：:]{0,10}[：:]\s*")
_ENDS = re.compile(r"[；;。！!？?\n]")


def find(ctx: DocContext) -> None:
    text = ctx.text
    start = 0
    while start < len(text):
        stop = _ENDS.search(text, start)
        end = stop.start() if stop else len(text)
        _stretch(ctx, start, end)
        start = end + 1


def _stretch(ctx: DocContext, start: int, end: int) -> None:
    named = ctx.within(start, end)
    if len(named) < 2 or named[0].type != "ORG" or any(m.type not in ("ORG", "PER") for m in named):
        return
    lead = ctx.text[start:named[0].start]
    if lead.strip() and not _LABEL.fullmatch(lead.lstrip()):
        return
    last, previous = named[0].end, named[0]
    for m in named[1:]:
        if m.start < last or not _GAP.fullmatch(ctx.text, last, m.start):
            return
        if previous.type == "ORG" and m.type == "PER" and not _UNIT_THEN_NAME.fullmatch(ctx.text, last, m.start):
            return  # 先进单位和个人：某厂、张某 — a list of honoured bodies and people, no units
        last, previous = m.end, m
    if not _GAP.fullmatch(ctx.text, last, end):
        return
    pairs: list[tuple[Mention, Mention]] = []
    unit: Mention | None = None
    for previous, m in zip([None, *named], named):
        if m.type == "ORG":
            if previous is not None and previous.type == "ORG":
                return  # A、B：张某 — whose the people are is not said
            unit = m
        elif unit is not None:
            pairs.append((m, unit))
    if named[-1].type == "ORG":
        return  # a body with nobody after it: the stretch is no list of units and people
    for person, body in pairs:
        ctx.found.add(person.name, "POSITION", ctx.name(body), ctx.sentence_of(person.start),
                      (body.start, person.end))
