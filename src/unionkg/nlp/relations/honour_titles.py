"""Honours worn as titles before a name: ``省劳模徐某``, ``全国劳动模范、某公司高级技师王某``,
``全国五一劳动奖章获得者李某``.

The person RECEIVED the honour, earlier and elsewhere: a news item calls its
speakers and guests by the honours they hold.  So such an honour is no prize
of the occasion the news is about (``conferral.py`` asks ``worn``).
Between the honour and the name only ``获得者``, a 、 and the person's posts
(a body and a title chain) may stand; an honour after a verb of winning or
conferring is being won, not worn.
"""
from __future__ import annotations

import re
from functools import lru_cache

from unionkg.model import Mention
from unionkg.nlp.lexicon import pattern
from unionkg.nlp.relations.context import DocContext
from unionkg.nlp.relations.titles import chain

_WORN_GAP_START = pattern("relations", "worn_gap_start")
_BEING_WON = pattern("relations", "being_won")
_TRADE = pattern("posts", "trade")


@lru_cache(maxsize=1)
def _posts() -> re.Pattern[str]:
    # 高级技师, 焊工: a trade stands where a post would
    return re.compile(f"(?:{chain()}|(?:高级|首席|资深)?{_TRADE.pattern})?")


def worn(ctx: DocContext) -> list[tuple[Mention, Mention]]:
    """Each honour worn as a title, with the person wearing it."""
    out: list[tuple[Mention, Mention]] = []
    text = ctx.text
    for award in (m for m in ctx.mentions if m.type == "AWARD"):
        if _BEING_WON.search(text, max(0, award.start - 6), award.start):
            continue
        start = _WORN_GAP_START.match(text, award.end)
        if start is None:
            continue
        position = start.end()
        for m in ctx.within(position, position + 30):
            if m.start != position and not (m.start > position and _posts().fullmatch(text, position, m.start)):
                break
            if m.type == "PER":
                out.append((award, m))
                break
            if m.type != "ORG" or start.group(0) == "":
                break  # 省劳模徐某: with no 、, only the name itself follows
            position = m.end
    return out


def find(ctx: DocContext) -> None:
    for award, person in worn(ctx):
        ctx.found.add(person.name, "RECEIVED", award.name, ctx.sentence_of(award.start), (award.start, person.end))
