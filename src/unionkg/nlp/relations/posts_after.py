"""Posts and workplaces written after a name or run into it.

``张某（市总工会副主席）`` in brackets, ``李某，江北机械厂工会主席，`` between
commas, ``江北机械厂焊工刘某`` (a trade between body and name: they work there)
and ``勞工局長江某`` / ``县委书记张某`` (a title run into its body); ``李某在江北机械厂工作``
(a clause of working after the name).
"""
from __future__ import annotations

import re
from functools import lru_cache

from unionkg.model import Mention
from unionkg.nlp.lexicon import pattern
from unionkg.nlp.relations.context import DocContext
from unionkg.nlp.relations.titles import chain, gap_before_name, title_after_name

_TRADE = pattern("posts", "trade")
_UNIT_BEFORE_TITLE = pattern("posts", "unit_before_title")
#: a form of address between a name and its bracket (``张某同志（…）``)
_ADDRESS = ("同志", "先生", "女士")
_WORKING_IN = pattern("posts", "working_in")  # 在江北机械厂工作的刘某
#: a trade word is short: longer stretches between a body and a name are something else
_TRADE_REACH = 7
#: 组织员工, 带领职工: a verb before the trade makes the body a subject, not an employer
_OWN_POST_WORD = re.compile("组织|带领|发动|动员|号召|慰问|看望|走访|为")


def works_at(ctx: DocContext, person: Mention) -> list[tuple[str, str]]:
    """``江北机械厂焊工刘某``, ``在江北机械厂工作的刘某``: a body, a trade or a clause of
    working, a name; the person works there (GUIDELINES:
    a person given with their unit has POSITION to it), with no post title."""
    for org in reversed(ctx.within(max(0, person.start - 24), person.start, "ORG")):
        if org.end < person.start - _TRADE_REACH:
            break
        if org.end < person.start and (_TRADE.fullmatch(ctx.text, org.end, person.start) or
                                       _WORKING_IN.fullmatch(ctx.text, org.end, person.start)) and \
                not _OWN_POST_WORD.search(ctx.text, org.end, person.start):
            return [(ctx.name(org), "")]
    return []


def appositive_after(ctx: DocContext, person: Mention) -> list[tuple[str, str]]:
    """``李某，江北机械厂工会主席，作报告``, ``李某，江北机械厂职工，``: the post or trade set
    off by commas after the name."""
    text = ctx.text
    if text[person.end:person.end + 1] not in ("，", ","):
        return []
    org = next((o for o in ctx.within(person.end + 1, person.end + 2, "ORG")), None)
    if org is None:
        return []
    post = title_after_name().match(text, org.end) or _TRADE.match(text, org.end)
    if post is None or text[post.end():post.end() + 1] not in ("，", ",", "。", "；", ";"):
        return []
    return [(ctx.name(org), post.groupdict().get("title") or "")]


def bracketed(ctx: DocContext, person: Mention) -> list[tuple[str, str]]:
    """``张某（市总工会副主席）``, ``张某同志（…）``: the body and post in brackets after the name."""
    end = person.end + (2 if ctx.text.startswith(_ADDRESS, person.end) else 0)
    if ctx.text[end:end + 1] not in ("（", "("):
        return []
    close = min((i for i in (ctx.text.find("）", end), ctx.text.find(")", end)) if i > 0),
                default=-1)
    if close < 0 or close - end > 40:
        return []
    posts = []
    for org in ctx.within(end + 1, close, "ORG"):
        match = gap_before_name().fullmatch(ctx.text, org.end, close)
        rest = title_after_name().match(ctx.text, org.end)
        if match or rest:
            posts.append((ctx.name(org), (match.group("title") if match else rest.group("title")) or ""))
        elif _TRADE.fullmatch(ctx.text, org.end, close) or _UNIT_THEN_POST().fullmatch(ctx.text, org.end, close):
            # 张某（某公司高级技师）, 张某（某公司变电运维班班长）: a trade, or a post in a unit
            # the text does not name, within the body
            posts.append((ctx.name(org), ""))
    return posts


@lru_cache(maxsize=1)
def _UNIT_THEN_POST() -> re.Pattern[str]:
    return re.compile(_UNIT_BEFORE_TITLE.pattern.lstrip("^") + f"(?:{chain()})")


_GLUED = pattern("posts", "glued_title")
_GLUED_PARTY = pattern("posts", "glued_party")


def glued_title(ctx: DocContext, person: Mention) -> list[tuple[str, str]]:
    """``勞工局長江某``: the title shares its first character with the body's last
    (局 + 局长); ``县委书记张某``: a party committee run into its post.  The
    body is the one the report names so elsewhere."""
    party = _GLUED_PARTY.search(ctx.text, max(0, person.start - 16), person.start)
    if party is not None:
        named = [m for m in ctx.mentions if m.type == "ORG" and m.name == party.group("body")]
        return [(ctx.name(named[0]), party.group("title"))] if named else []
    match = _GLUED.search(ctx.text, max(0, person.start - 14), person.start)
    if match is None or match.end() != person.start:
        return []
    body = match.group("body")
    named = [m for m in ctx.mentions if m.type == "ORG" and (m.name == body or body.endswith(m.name))
             and len(m.name) >= 2]
    if not named:
        return []
    best = max(named, key=lambda m: len(m.name))
    title = match.group("title")
    return [(ctx.name(best), title if len(title) > 2 or title.startswith(match.group("kind"))
             else title[:-1] + match.group("kind") + "长")]


_WORKS_BEFORE = pattern("posts", "works_before_body")
_WORKS_AFTER = pattern("posts", "works_after_body")


def works_in(ctx: DocContext, person: Mention) -> list[tuple[str, str]]:
    """``李某在江北机械厂工作``, ``王某就职于某医院``, ``赵某是某小学的一名教师``: the clause
    after the name says where the person works (GUIDELINES: POSITION without a title).
    After 在 or 是 the body must be followed by a verb of working or a trade, so
    ``李某在市总工会调研`` places nobody."""
    sent_end = ctx.sentence_of(person.start)[1]
    for org in ctx.within(person.end, min(person.end + 8, sent_end), "ORG"):
        verb = _WORKS_BEFORE.fullmatch(ctx.text, person.end, org.start)
        if verb is None:
            continue
        if verb.group("in") and not _WORKS_AFTER.search(ctx.text[org.end:min(org.end + 14, sent_end)]):
            return []
        return [(ctx.name(org), "")]
    return []
