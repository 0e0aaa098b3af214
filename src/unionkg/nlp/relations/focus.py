"""The event a news item is about: named in its title line or its first sentence.

A report of a congress (its first sentence has the event as its topic:
``X大会于…在…隆重召开``, not ``工会举办了X``) or a ceremony names its event once, up front, then
says ``大会``, ``会议``, ``闭幕式``, ``本次比赛``.  Those words, and
attendance or prizes with no event named in their sentence, refer to it.
Coordinated events of the title (``第三届教代会、第四届工代会``) are one
occasion and are all the focus.  A dated news lead
(``4月20日，X召开Y大会``) names it as what its body held.  A year summary's
heading names no event and its first sentence no day, so it has no focus and
nothing is attached by default.
"""
from __future__ import annotations

from unionkg.model import AUTHOR, Mention
from unionkg.nlp.lexicon import pattern
from unionkg.nlp.relations.context import DocContext

_HELD = pattern("focus", "held")
_JOIN = pattern("focus", "join")
_DATED_LEAD = pattern("focus", "dated_lead")
_HOSTED_MODIFIER = pattern("focus", "hosted_modifier")
_LEAD_HOLDS = pattern("focus", "lead_holds")
_PAGE_METADATA = pattern("focus", "page_metadata")
_TITLE_MAX = 80
#: how far into the opening sentence its topic may start (after a date and a place)
_TOPIC_REACH = 30


def focal_events(ctx: DocContext) -> list[Mention]:
    """The events of the title line, else of a first sentence that reports one held."""
    text = ctx.text
    first_line_end = text.find("\n")
    first_line_end = len(text) if first_line_end < 0 else first_line_end
    head = text[:first_line_end]
    if head.strip() and len(head) <= _TITLE_MAX and "。" not in head:
        events = ctx.within(0, first_line_end, "EVENT")
        if events:
            return _coordinated(ctx, events)
    for start, end in opening_sentences(ctx):
        events = ctx.within(start, end, "EVENT")
        for i, event in enumerate(events):
            # X大会在…隆重召开: the event is the topic, named early and held later in its clause
            near = event.start - start <= _TOPIC_REACH or \
                _HOSTED_MODIFIER.search(text, max(start, event.start - 80), event.start)
            if near and _HELD.match(text, event.end, end):
                return _coordinated(ctx, events[i:])
    return _dated_lead(ctx)


def _dated_lead(ctx: DocContext) -> list[Mention]:
    """``4月20日，市教育工会召开2023年度表彰大会``: a news lead, dated, whose body holds an event.

    A year summary opens with its year, and the first thing its writer held
    is one activity among many, so only a lead dated to the day counts."""
    for start, end in opening_sentences(ctx):
        lead = _DATED_LEAD.match(ctx.text, start, end)
        if lead is None:
            continue
        for i, event in enumerate(events := ctx.within(lead.end(), end, "EVENT")):
            if _LEAD_HOLDS.search(ctx.text, max(lead.end(), event.start - 60), event.start):
                return _coordinated(ctx, events[i:])
    return []


def opening_sentences(ctx: DocContext, count: int = 2) -> list[tuple[int, int]]:
    """The first sentences of the news, past a web page's lines about itself (日期:… 作者:…)."""
    return [s for s in ctx.sentences[:count + 4] if not _PAGE_METADATA.match(ctx.text, s[0])][:count]


def _coordinated(ctx: DocContext, events: list[Mention]) -> list[Mention]:
    """The first event and those joined to it by 、/和/暨."""
    chosen = [events[0]]
    for event in events[1:]:
        if _JOIN.fullmatch(ctx.text, chosen[-1].end, event.start):
            chosen.append(event)
        else:
            break
    return chosen


def referred_events(ctx: DocContext, sent: tuple[int, int], focus: list[Mention],
                    before: int | None = None) -> list[Mention]:
    """What ``the meeting`` in ``sent`` is: its events up to ``before`` (the verb's clause end),
    else the focus, else the last one reported before the sentence."""
    before = sent[1] if before is None else before
    own = [e for e in ctx.within(sent[0], sent[1], "EVENT") if e.start < before]
    if own:
        return own
    if focus:
        return focus
    earlier = [e for e in ctx.events if e.end <= sent[0] and e.start >= sent[0] - 400]
    return earlier[-1:]


def held_by_writer(ctx: DocContext, focus: list[Mention]) -> None:
    """``我所第四届职代会隆重召开``: an occasion the writer reports held, with no organiser
    named, was held by the writer (``@author`` ORGANIZED it), unless the writer is said to
    have taken part in it."""
    if not ctx.author:
        return
    organised = {r.tail for r in ctx.found.of_type("ORGANIZED")}
    # 青山县总工会组织职工参加全省职工技能大赛: an occasion the writer went to is someone else's
    joined = {r.tail for r in ctx.found.of_type("PARTICIPATED_IN") if r.head in (AUTHOR, ctx.author)}
    for event in focus:
        if event.name not in organised and event.name not in joined:
            ctx.found.add(AUTHOR, "ORGANIZED", event.name, ctx.sentence_of(event.start), (event.start, event.end))
