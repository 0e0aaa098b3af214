"""A news item's writer: the body that holds the occasion its opening reports.

A press report (``本报讯（记者 某）``) or a news item no named body holds as
its own is written by others: its writer is left unnamed (GUIDELINES:
``author`` null).
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from unionkg.nlp.lexicon import pattern
from unionkg.nlp.union_names import is_own_union, is_union_or_committee
from unionkg.nlp.writer.clause_lead import clause_start

#: a body that holds the occasion its news opens with (X工会在…隆重召开 / 举办)
_WRITER_ACTS = pattern("author", "writer_acts")
_SPEAKS_AS_SELF = pattern("author", "speaks_as_self")
_PRESS_LEAD = pattern("author", "press_lead")


def speaks_as_self(text: str) -> bool:
    """The text speaks as its writer (我们, 我校, 本会): it is no report by others."""
    return _SPEAKS_AS_SELF.search(text) is not None


def press_report(text: str) -> bool:
    """``本报讯（记者 某）``, ``据某某网报道`` in the opening: an outlet wrote it."""
    return _PRESS_LEAD.search(text, 0, 200) is not None


def reported_by_others(doc: Doc, text: str) -> bool:
    """A news item about an occasion that no named body reports as its own.

    Press reports of a contest or a congress (``百色市首届技能竞赛圆满落幕``)
    name unions all along, but none of them is the writer: the text never
    speaks as itself (我们, 我校, 本会) and its opening does not have a body
    hold the occasion (``X工会召开…``, a title ``X工会年度表彰大会``).  Such
    a report's writer is left unnamed (GUIDELINES: ``author`` null).
    """
    from unionkg.nlp.relations.context import (
        DocContext,  # relations build on this component
    )
    from unionkg.nlp.relations.focus import focal_events, opening_sentences

    if _SPEAKS_AS_SELF.search(text):
        return False
    ctx = DocContext.of(doc)
    if not focal_events(ctx):
        return False
    line_end = text.find("\n")
    opening = [(0, len(text) if line_end < 0 else line_end)] + opening_sentences(ctx, 1)
    for start, end in opening:
        events = {m.start for m in ctx.within(start, end, "EVENT")}
        for org in ctx.within(start, end, "ORG"):
            if _WRITER_ACTS.match(text, org.end, end) or (start == 0 and org.start in events and
                                                        org.start == clause_start(text, start, end)):
                return False
    return True


#: what a news item calls its own body (我所, 我校) → the kinds of name that body has
_SELF_BODY = pattern("author", "self_body")
_PLACE_ONLY = re.compile("[\u4e00-\u9fff]{1,8}(?:省|市|县|区|镇|乡|街道|自治区|特别行政区)")
_SELF_BODY_KINDS = {"校": ("学校", "小学", "中学", "大学", "学院", "职校"), "院": ("院",), "所": ("所",),
                    "局": ("局",), "厂": ("厂",), "公司": ("公司",), "行": ("行",), "中心": ("中心",)}


_PEER_GAP = re.compile("、")


def news_writer(doc: Doc, text: str) -> str | None:
    """The writer of a news item (``""`` when it is a report by others); None if no news.

    A news item is a text about one occasion (``focus.py``).  Its writer is
    the body that holds that occasion in the opening (``X工会召开…``,
    ``中国银行某分行隆重召开…``), a union first when several do; else the
    body it calls its own (``我所第四届职代会隆重召开`` in a report whose
    institute is named ``东北地理所``); a news item that does neither is
    someone else's report of the occasion (GUIDELINES: ``author`` null).
    ``本会`` / ``我们`` with no body holding the occasion leaves the writer
    to the year-summary evidence (``find``).
    """
    from unionkg.nlp.relations.context import (
        DocContext,  # relations build on this component
    )
    from unionkg.nlp.relations.focus import focal_events, opening_sentences

    ctx = DocContext.of(doc)
    if not focal_events(ctx):
        return None
    line_end = text.find("\n")
    opening = [(0, len(text) if line_end < 0 else line_end)] + opening_sentences(ctx, 1)
    holders: list[str] = []
    for start, end in opening:
        events = {m.start for m in ctx.within(start, end, "EVENT")}
        for org in ctx.within(start, end, "ORG"):
            if _PLACE_ONLY.fullmatch(org.name):
                continue  # 青山市举办…: a place acting for its government writes no news
            if _WRITER_ACTS.match(text, org.end, end) or (start == 0 and org.start in events and
                                                        org.start == clause_start(text, start, end)):
                holders.append(org.name)
    if holders:
        unions = [name for name in holders if is_union_or_committee(name)]
        if unions:
            return unions[0]
        # 高职学院第三届教代会召开 … 高职学院分工会: the host's own union, when the report names it
        own_union = [m.name for m in ctx.mentions if m.type == "ORG" and is_union_or_committee(m.name)
                     and is_own_union(m.name, holders[0])]
        return own_union[0] if own_union else holders[0]
    own = _SELF_BODY.search(text)
    if own is not None:
        kinds = _SELF_BODY_KINDS.get(own.group(1), ())
        of_kind = [m for m in ctx.mentions if m.type == "ORG" and len(m.name) > 2
                   and m.name.endswith(kinds) and not is_union_or_committee(m.name)]
        # 长春光机所、长春应化所…应邀参加: peers listed together are guests, not the body that says 我所
        peers = {m.name for m in of_kind if _PEER_GAP.match(text, m.end) or _PEER_GAP.match(text, m.start - 1)}
        bodies = Counter(m.name for m in of_kind if m.name not in peers) or Counter(m.name for m in of_kind)
        if bodies:
            return max(bodies.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
    if _SPEAKS_AS_SELF.search(text):
        return None
    return ""
