"""Honour first, winners after: ``一等奖由张三获得``, ``冠军为某公司``, ``获得金奖的是李四、王五``,
``颁发绩优工会奖，A、B获奖``.

Contest news often names the prize and then who took it, the reverse of
``X获得A`` that ``clauses.py`` reads.  The names after the link (``由 … 获得``,
``为 / 是``, ``的是 / 的有``) must be all the clause holds, bar the small gaps
of a list (、 和) and a winner's unit (``某公司的张三``, ``某厂焊工李四``, the unit where they work):
anything longer is a sentence, not a list of winners.  When people are named,
they are the winners (their units are only their units); otherwise the bodies
are.
"""
from __future__ import annotations

import re

from unionkg.model import Mention
from unionkg.nlp.lexicon import pattern
from unionkg.nlp.relations.context import DocContext

_WON_BY = pattern("winners", "won_by")
_NAMED_AS = pattern("winners", "named_as")
_RESPECTIVELY = pattern("winners", "respectively")
_WINNERS_OF = pattern("winners", "winners_of")
_GAP = pattern("winners", "gap")
_WON_IT = pattern("winners", "won_it")
_OF = re.compile(r"\s*的\s*")
#: the winning verb just before an honour that ``…的是`` follows (获得一等奖的是)
_WON_BEFORE = re.compile("(?:获得|荣获|夺得|摘得|获选|获评|荣膺|当选|评为|获)[“\"「『]?$")


def find(ctx: DocContext) -> None:
    text = ctx.text
    for award in (m for m in ctx.mentions if m.type == "AWARD"):
        span = None
        for construction in (_WON_BY, _NAMED_AS, _RESPECTIVELY):
            match = construction.match(text, award.end)
            if match is not None:
                span = match.span("who")
                break
        if span is None and _WON_BEFORE.search(text, max(0, award.start - 4), award.start):
            match = _WINNERS_OF.match(text, award.end)
            span = match.span("who") if match else None
        if span is not None:
            _won(ctx, award, span)
    for match in _WON_IT.finditer(text):
        # 大会颁发绩优工会奖，A、B获奖: the one honour named before in the sentence
        sent = ctx.sentence_of(match.start("who"))
        named = ctx.within(sent[0], match.start("who"), "AWARD")
        if len(named) == 1:
            _won(ctx, named[0], match.span("who"))


def _won(ctx: DocContext, award: Mention, span: tuple[int, int]) -> None:
    text = ctx.text
    named = [m for m in ctx.within(*span) if m.end <= span[1]]
    if not named or any(m.type not in ("PER", "ORG") for m in named):
        return
    last = span[0]
    for m in named:
        if not _GAP.fullmatch(text, last, m.start):
            return  # more than a list between the link and the clause end: a sentence
        last = m.end
    if not _GAP.fullmatch(text, last, span[1]):
        return
    people = [m for m in named if m.type == "PER"]
    sentence = ctx.sentence_of(award.start)
    for unit, person in zip(named, named[1:]):
        if unit.type == "ORG" and person.type == "PER" and _OF.fullmatch(text, unit.end, person.start):
            # 某分会的张三: the winner's unit is where the winner works
            ctx.found.add(person.name, "POSITION", ctx.name(unit), sentence, (unit.start, person.end))
    for winner in people or named:
        ctx.found.add(ctx.name(winner), "RECEIVED", award.name, sentence, (award.start, winner.end))
