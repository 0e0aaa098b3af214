"""Which body belongs to which (SUBORDINATE_OF).

* ``在 X 的领导下``: the body before 在, or the clause's subject, works under X;
* ``下属 / 所属 X``: X belongs to the subject;
* ``Y隶属于X``, ``X旗下的Y、Z``, ``Y是X的基层工会``: as said;
* a listed organisation whose name holds another listed one belongs to it
  (``建设局幼儿园`` ⊃ ``建设局``), and an event named after a body
  (``建设局迎新春晚会``) was organised by it.
"""
from __future__ import annotations

import re

from unionkg.model import AUTHOR, Mention
from unionkg.nlp.lexicon import alternation, pattern
from unionkg.nlp.longest_forms import full_body
from unionkg.nlp.relations.context import DocContext
from unionkg.nlp.union_names import is_own_union, is_union_writer
from unionkg.nlp.writer.clause_lead import clause_start

LEADERSHIP = pattern("relations", "leadership")
_SUBORDINATES = pattern("relations", "subordinates")
_GUIDANCE = pattern("relations", "guidance")
_CLAUSE_END = set("，,：:")
_BELONGS_TO = pattern("structure", "belongs_to")
_UNDER = pattern("structure", "under")
_UNIT_OF = pattern("structure", "unit_of")
#: one-character names a body calls itself by (所第三届工会, 院工会经审会)
_SELF_HOSTS = "[所院校局厂站行司部]|学校|公司"


def leadership(ctx: DocContext, sent: tuple[int, int], mentions: list[Mention], subject: list[str],
               explicit: list[tuple[int, list[str]]]) -> None:
    """SUBORDINATE_OF from ``在X的领导下`` and ``下属X`` in one sentence.

    ``subject`` is the sentence's subject and ``explicit`` the subjects its
    clauses name, both from the clause-cue pass.
    """
    text = ctx.text
    s, e = sent
    for match in LEADERSHIP.finditer(text, s, e):
        leaders = [m for m in mentions if m.type == "ORG" and match.start(1) <= m.start and m.end <= match.end(1)]
        for head in _led(ctx, match, mentions, explicit) or subject:
            for m in leaders:
                ctx.found.add(head, "SUBORDINATE_OF", ctx.name(m), sent, match.span())
    _stated(ctx, sent, [m for m in mentions if m.type == "ORG"])
    for match in _SUBORDINATES.finditer(text, s, e):
        pos = match.end()
        listed: list[Mention] = []
        for m in mentions:
            if m.type == "ORG" and m.start == pos:
                listed.append(m)
                pos = m.end + 1 if text[m.end:m.end + 1] in "、和及与" else -1
        names = {ctx.name(m) for m in listed}
        # 青山集团下属的…: the body right before the word is the parent; else the sentence's subject
        owner = next((ctx.name(o) for o in mentions if o.type == "ORG" and o.end == match.start()), None)
        for m in listed:
            for parent in [owner] if owner else subject:
                if parent not in names:  # 所属的甲、乙参加了比赛: the units listed are no parents of each other
                    ctx.found.add(ctx.name(m), "SUBORDINATE_OF", parent, sent, (match.start(), m.end))


def _stated(ctx: DocContext, sent: tuple[int, int], orgs: list[Mention]) -> None:
    """``Y隶属于X``, ``X旗下的Y、Z``, ``Y是X的基层工会`` (``作为X的直属基层工会``): membership said in so many words."""
    text = ctx.text
    for i, m in enumerate(orgs):
        after = orgs[i + 1:]
        if not after:
            break
        nxt = after[0]
        gap = text[m.end:nxt.start]
        if _BELONGS_TO.fullmatch(gap):
            ctx.found.add(ctx.name(m), "SUBORDINATE_OF", ctx.name(nxt), sent, (m.start, nxt.end))
        elif gap == "的" and re.search(f"(?:{_BELONGS_TO.pattern})$", text[max(sent[0], m.start - 4):m.start]):
            # 隶属于X的Y: the body after 的 belongs to the one after 隶属于
            ctx.found.add(ctx.name(nxt), "SUBORDINATE_OF", ctx.name(m), sent, (m.start, nxt.end))
        elif _UNDER.fullmatch(gap):
            pos = m.end
            for member in after:
                if not (_UNDER.fullmatch(text, pos, member.start) or text[pos:member.start] in ("、", "和", "及", "与")):
                    break
                ctx.found.add(ctx.name(member), "SUBORDINATE_OF", ctx.name(m), sent, (m.start, member.end))
                pos = member.end
        elif gap in ("是", "作为", "系", "为") and _UNIT_OF.match(text, nxt.end):
            ctx.found.add(ctx.name(m), "SUBORDINATE_OF", ctx.name(nxt), sent, (m.start, nxt.end))


def _led(ctx: DocContext, match: re.Match, mentions: list[Mention],
         explicit: list[tuple[int, list[str]]]) -> list[str]:
    """Who works ``在X的领导下``: the body right before ``在`` (``外教社工会在…``), else
    the subject of the first clause after the phrase (``在区关工委的领导下，…，我们…``).

    A clause that opens with guidance (``根据X的工作意见，在X的领导下``) names a
    superior, not the subject, so its names are passed over.
    """
    text = ctx.text
    for m in mentions:
        if m.type == "ORG" and 0 <= match.start() - m.end <= 2 and \
                text[m.end:match.start()] in ("", "组织", "在"):
            return [ctx.name(m)]
    opening = max(text.rfind(c, 0, match.start()) for c in _CLAUSE_END | {"。", "\n"}) + 1
    before = text[opening:match.start()]
    if text[clause_start(text, opening, match.start()):match.start()].strip() or \
            any(w in before for w in ("我", "本")):
        return []  # the clause has its own subject before 在: the sentence's subject
    earlier = [subjects for start, subjects in explicit
               if start < opening and not _GUIDANCE.match(text, start)]
    if earlier:
        return earlier[0]
    after = [subjects for start, subjects in explicit if start >= match.end()]
    return after[0] if after else []


def containment(ctx: DocContext) -> None:
    """A listed organisation whose name holds another listed one belongs to it."""
    orgs: dict[str, Mention] = {}
    events: dict[str, Mention] = {}
    for m in ctx.mentions:
        (orgs if m.type == "ORG" else events if m.type == "EVENT" else {}).setdefault(m.name, m)
    for name, m in orgs.items():
        for other in orgs:
            if other != name and name.startswith(other) and len(name) > len(other) and \
                    not name[len(other):].startswith(("和", "与")):
                ctx.found.add(ctx.name(m), "SUBORDINATE_OF", ctx.name(orgs[other]), ctx.sentence_of(m.start),
                              (m.start, m.end))
    for name, m in orgs.items():
        # 集团公司党委 in a report on 中国某某重工集团: the group's party committee
        unit = _UNIT_OF_BARE.search(name)
        full = full_body(name[:unit.start()], set(orgs)) if unit else None
        if full is not None and full != name:
            ctx.found.add(ctx.name(m), "SUBORDINATE_OF", ctx.name(orgs[full]), ctx.sentence_of(m.start),
                          (m.start, m.end))
    for name, m in events.items():
        for other in orgs:
            if name.startswith(other) and len(other) >= 3 and not _ORDINAL.match(other):
                # (第五届委员会第三次全体会议: a term's committee meets; the body that holds it is its union)
                # 高职学院第三届教代会 in the news of 高职学院分工会: the host's union held it
                holder = AUTHOR if ctx.author and is_own_union(ctx.author, other) else ctx.name(orgs[other])
                ctx.found.add(holder, "ORGANIZED", name, ctx.sentence_of(m.start), (m.start, m.end))


_ORDINAL = pattern("structure", "ordinal")
_UNIT_OF_BARE = re.compile("(?:党委|党总支|党支部|纪委|团委|工会|工会委员会)$")


def internal_units(ctx: DocContext) -> None:
    """``所第三届工会``, ``院工会经审会``, ``女职工委员会``: the writer's own units.

    A unit named only by an internal head, at most a one-character
    self-reference (所, 院, 校) and an ordinal before it, belongs to the writer
    (SUBORDINATE_OF ``@author``).  A union's committees
    (``data/union_internal_units.txt``) belong to a union writer; a host's
    units (``data/internal_units.txt``: 党委, 工会 …) only to a writer that is
    the host, since a union's party committee is its superior.
    """
    if not ctx.author:
        return
    kinds = ["union_internal_units"] + ([] if is_union_writer(ctx.author) else ["internal_units"])
    heads = "(?:" + "|".join(alternation(kind) for kind in kinds) + ")"
    own = re.compile(f"^(?:[本我]|{_SELF_HOSTS})?(?:{_ORDINAL.pattern})?(?:工会)?{heads}$")
    # 县教育工会第四届委员会 by 白河县教育工会: the writer by its short form, then its numbered committee
    numbered = re.compile(f"^(?P<owner>.+?)(?:{_ORDINAL.pattern})(?:工会)?(?:委员会|{heads})$")
    for m in ctx.mentions:
        if m.type != "ORG" or m.name == ctx.author or ctx.author.endswith(m.name):
            continue
        owned = numbered.match(m.name)
        if own.match(m.name) or (owned and ctx.author.endswith(owned.group("owner")) and
                                 is_union_writer(owned.group("owner"))):
            ctx.found.add(ctx.name(m), "SUBORDINATE_OF", AUTHOR, ctx.sentence_of(m.start), (m.start, m.end))
