"""Conferral frames: who confers an honour, and who took part where it was won.

* an honour conferred at the occasion a news item is about is conferred by
  the body that holds the occasion too (the ceremony and its host), when one
  body holds it (co-hosts of a contest are not each a conferrer);
* in a news item about one contest or ceremony (``focus.py``), an honour won
  or named with no event named is conferred at that occasion;
* ``为X颁奖`` / ``向X颁发A`` / ``表彰了X等N个A``: X received the honours named between;
* a ceremony named after its honour (``模范教师颁奖典礼``) confers it;
* whoever wins at an event took part in it.
"""
from __future__ import annotations

import re

from unionkg.model import Mention
from unionkg.nlp.lexicon import pattern
from unionkg.nlp.relations import honour_titles
from unionkg.nlp.relations.context import DocContext, split_clauses
from unionkg.nlp.relations.focus import referred_events

_GIVES_PRIZES = pattern("focus", "gives_prizes")
_PRESENTED = pattern("conferral", "presented_to")
_PRAISED = pattern("conferral", "praised")
_PRAISED_FOR = pattern("conferral", "praised_for")
_DECISION = pattern("conferral", "decision")
_PRAISED_BY = pattern("conferral", "praised_by")
_ISSUES = pattern("conferral", "issues")
_PUBLISHES = pattern("conferral", "publishes")
_APPROVES = pattern("conferral", "approves")
_MEETING_CONFERS = pattern("conferral", "meeting_confers")
_AT_THE_MEETING = pattern("attendance", "at_the_meeting")
#: what follows the giver of a praise decision: 青山市总工会决定，对… / 经研究，对…
_DECIDES = re.compile("(?:研究)?决定|经研究|[，,]?\\s*$")
#: what follows an honour in the name of the ceremony that confers it (not a contest for it)
_CEREMONY = pattern("conferral", "ceremony")
#: between honours listed in a ceremony's name (先进集体和先进个人, 劳模、工匠)
_HONOURS_JOINED = re.compile("[、和及与暨]|以及")


def find(ctx: DocContext, focus: list[Mention]) -> None:
    found = ctx.found
    events = {m.name for m in ctx.mentions if m.type == "EVENT"}
    _named_after_its_honour(ctx)
    _presented_to(ctx)
    _decisions(ctx)
    _praised_by(ctx)
    _announced_by(ctx)
    _at_the_meeting(ctx, focus)
    if focus:
        target = focus[0]
        # 全国劳动模范、某厂技师王某: an honour worn as a title was won before, elsewhere
        conferred = {r.head for r in found.of_type("AWARDED_BY") if r.tail in events} | \
            {award.name for award, _ in honour_titles.worn(ctx)}
        for rel in found.of_type("RECEIVED"):
            if rel.tail in conferred or rel.evidence[0].start < target.start:
                continue
            ev = rel.evidence[0]
            found.add(rel.tail, "AWARDED_BY", target.name, ctx.sentence_of(ev.start), (ev.start, ev.end))
        if _GIVES_PRIZES.search(target.name):
            # a contest's or a ceremony's news: the prizes it names (决出金奖3名) are its own
            for award in ctx.mentions:
                if award.type == "AWARD" and award.start > target.end and award.name not in conferred:
                    found.add(award.name, "AWARDED_BY", target.name, ctx.sentence_of(award.start),
                              (award.start, award.end))
    organisers: dict[str, list[str]] = {}
    focal = {event.name for event in focus}
    for rel in found.of_type("ORGANIZED"):
        if rel.tail in focal:
            organisers.setdefault(rel.tail, []).append(rel.head)
    for rel in found.of_type("AWARDED_BY"):
        hosts = organisers.get(rel.tail, [])
        if len(hosts) != 1:
            continue  # 由A、B、C联合主办: co-hosts of a contest are not each its conferrer
        for organiser in hosts:
            ev = rel.evidence[0]
            found.add(rel.head, "AWARDED_BY", organiser, ctx.sentence_of(ev.start), (ev.start, ev.end))
    _winners_took_part(ctx, events)


def _at_the_meeting(ctx: DocContext, focus: list[Mention]) -> None:
    """``会上，X被授予A``, ``…，大会表彰了…A``: a clause that opens at the meeting, or with the
    meeting conferring, names honours conferred at the one meeting it refers to, and by the
    one body that holds it."""
    for sent in ctx.sentences:
        for clause in split_clauses(ctx.text, sent[0], sent[1], ctx.within(sent[0], sent[1])):
            confers = _MEETING_CONFERS.match(ctx.text, clause[0])
            if confers is None and _AT_THE_MEETING.match(ctx.text, clause[0]) is None:
                continue
            events = [e for e in referred_events(ctx, sent, focus, clause[0]) if e.end <= clause[0]]
            if len(events) != 1:
                break
            if confers is not None:
                awards = {m.name: m.start for m in ctx.within(clause[0], sent[1], "AWARD")}
            else:
                awards = {r.tail: r.evidence[0].start for r in ctx.found.of_type("RECEIVED")
                          if clause[0] <= r.evidence[0].start < sent[1]}
            hosts = {r.head for r in ctx.found.of_type("ORGANIZED") if r.tail == events[0].name}
            for award, at in awards.items():
                for giver in [events[0].name] + (sorted(hosts) if len(hosts) == 1 else []):
                    ctx.found.add(award, "AWARDED_BY", giver, sent, (sent[0], at))
            break


def _presented_to(ctx: DocContext) -> None:
    """``为妇产科等5个先进工会小组、董某等21名先进个人颁奖``, ``表彰了A等15个先进基层工会和
    B等30名优秀工会工作者``: who is presented what.

    Between 为/向 and the presenting verb, each honour goes to the bodies and
    people named since the previous honour.
    """
    text = ctx.text
    covered = {i for m in ctx.mentions for i in range(m.start, m.end)}
    for sent in ctx.sentences:
        matches = [*_PRESENTED.finditer(text, sent[0], sent[1]),
                   *(m for m in _PRAISED.finditer(text, sent[0], sent[1]) if m.start() not in covered),
                   *_PRAISED_FOR.finditer(text, sent[0], sent[1])]
        for match in matches:
            giver = _giver_before(ctx, sent, match.start()) if match.re is _PRAISED_FOR else None
            recipients: list[Mention] = []
            for m in ctx.within(match.start("what"), match.end("what")):
                if m.type in ("ORG", "PER"):
                    recipients.append(m)
                elif m.type == "AWARD":
                    for recipient in recipients:
                        ctx.found.add(ctx.name(recipient), "RECEIVED", m.name, sent, (recipient.start, m.end))
                    if giver is not None:
                        ctx.found.add(m.name, "AWARDED_BY", ctx.name(giver), sent, (giver.start, m.end))
                    recipients = []


def _giver_before(ctx: DocContext, sent: tuple[int, int], at: int) -> Mention | None:
    """``青山市总工会决定，对…予以表彰``: the body that decides, right before 对."""
    for org in reversed(ctx.within(sent[0], at, "ORG")):
        if _DECIDES.fullmatch(ctx.text, org.end, at) or _DECIDES.match(ctx.text, org.end):
            return org
    return None


def _decisions(ctx: DocContext) -> None:
    """``《青山市总工会关于表彰…的决定》``, ``省总工会下发《关于表彰…的决定》``: its issuer
    confers the honours in its title and those its sentence says were won under it
    (``…的决定》，我厂马某荣获“A”``)."""
    for match in _DECISION.finditer(ctx.text):
        inside = ctx.within(match.start("what"), match.end("what"))
        issuer = inside[0] if inside and inside[0].type == "ORG" and inside[0].start == match.start("what") else None
        sent = ctx.sentence_of(match.start())
        if issuer is None:
            before = [o for o in ctx.within(sent[0], match.start(), "ORG")]
            if before and _ISSUES.fullmatch(ctx.text, before[-1].end, match.start()):
                issuer = before[-1]
        if issuer is None:
            continue
        sent = ctx.with_details(sent)
        won_after = {r.tail for r in ctx.found.of_type("RECEIVED")
                     if match.end() <= r.evidence[0].start < sent[1]}
        for award in [m for m in inside if m.type == "AWARD"] + \
                [m for m in ctx.within(match.end(), sent[1], "AWARD") if m.name in won_after]:
            ctx.found.add(award.name, "AWARDED_BY", ctx.name(issuer), sent, (issuer.start, award.end))


def _announced_by(ctx: DocContext) -> None:
    """``全国总工会发布…名单，X获得A``, ``经省总工会批准，X获评A``: the body that publishes the
    list or approves it confers the honours its sentence says were won after it."""
    for construction in (_PUBLISHES, _APPROVES):
        for match in construction.finditer(ctx.text):
            sent = ctx.with_details(ctx.sentence_of(match.start()))
            givers = [m for m in ctx.within(match.start("who"), match.end("who"), "ORG")
                      if m.start == match.start("who") and m.end == match.end("who")]
            if not givers:
                continue
            for rel in ctx.found.of_type("RECEIVED"):
                if match.end() <= rel.evidence[0].start < sent[1]:
                    ctx.found.add(rel.tail, "AWARDED_BY", ctx.name(givers[0]), sent,
                                  (givers[0].start, rel.evidence[0].end))


def _praised_by(ctx: DocContext) -> None:
    """``X被评为A，受到市总工会表彰``: the honours received before in the sentence are the praiser's."""
    for match in _PRAISED_BY.finditer(ctx.text):
        givers = [m for m in ctx.within(match.start("what"), match.end("what"), "ORG")]
        if len(givers) != 1:
            continue
        sent = ctx.sentence_of(match.start())
        for rel in ctx.found.of_type("RECEIVED"):
            ev = rel.evidence[0]
            if sent[0] <= ev.start < match.start():
                ctx.found.add(rel.tail, "AWARDED_BY", ctx.name(givers[0]), sent, (ev.start, match.end()))


def _named_after_its_honour(ctx: DocContext) -> None:
    """``模范教师颁奖典礼``: the honour a ceremony is named after is conferred there."""
    events = [m for m in ctx.mentions if m.type == "EVENT"]
    awards = [m for m in ctx.mentions if m.type == "AWARD"]
    for event in events:
        inside = [a for a in awards if event.start <= a.start and a.end < event.end]
        # 先进集体和先进个人表彰大会: the honour before the ceremony word, and those listed with it
        last = next((a for a in reversed(inside) if _CEREMONY.match(ctx.text, a.end, event.end)), None)
        if last is None:
            continue
        named = [last]
        for award in reversed(inside[:inside.index(last)]):
            if not _HONOURS_JOINED.fullmatch(ctx.text, award.end, named[-1].start):
                break
            named.append(award)
        for award in named:
            ctx.found.add(award.name, "AWARDED_BY", event.name, ctx.sentence_of(event.start), (event.start, event.end))


def _winners_took_part(ctx: DocContext, events: set[str]) -> None:
    """(X RECEIVED A) and (A AWARDED_BY event E) give (X PARTICIPATED_IN E), and so
    does competing for a body (代表X, 由X选送的) give X's."""
    conferred_at = [(r.head, r.tail) for r in ctx.found.of_type("AWARDED_BY") if r.tail in events]
    for rel in ctx.found.of_type("RECEIVED"):
        for award, event in conferred_at:
            if award == rel.tail:
                ev = rel.evidence[0]
                ctx.found.add(rel.head, "PARTICIPATED_IN", event, ctx.sentence_of(ev.start), (ev.start, ev.end))
    # 代表X / 由X选送的 winner: X took part where the prize was won
    for backer, winner, won, span in ctx.found.backers:
        for award, event in conferred_at:
            if award == won and ctx.found.has(winner, "RECEIVED", won):
                ctx.found.add(backer, "PARTICIPATED_IN", event, ctx.sentence_of(span[0]), span)
