"""Hosts named in the passive: ``本次大赛由A、B联合主办，C承办``, and a list of hosts
before a relative clause: ``A、B联合举办的E`` (ORGANIZED).

News of a contest or a ceremony names its organisers after the event, with
由 and a hosting verb, often several bodies in a list and more in the next
clause (``…承办，…协办``), or on lines of their own (``主办单位：A、B``).
The event is the one named before 由 in the sentence (``E由X主办``), the
one right after ``主办的``, else the occasion ``本次大赛`` refers to
(``focus.referred_events``).  ``在X的精心组织下，E…`` credits X with the
event named after it in the sentence.
"""
from __future__ import annotations

import re

from unionkg.model import AUTHOR, Mention
from unionkg.nlp.lexicon import pattern
from unionkg.nlp.relations.context import DocContext
from unionkg.nlp.relations.focus import referred_events

_PASSIVE = pattern("hosts", "passive")
_GUIDED = pattern("hosts", "guided")
_FURTHER = pattern("hosts", "further")
_ROLES = pattern("hosts", "roles")
_ORGANISED_UNDER = pattern("hosts", "organised_under")
_RELATIVE = pattern("hosts", "relative")
_THEME = pattern("hosts", "theme_between")
_JOINERS = pattern("hosts", "joiners")
_WRITER = re.compile("(?:本会|我会|本會|我會|我校|我院|我局|我所|我厂|我公司|我中心)")
#: a hosting verb ends its clause or opens a relative clause (not 组织职工参加…)
_VERB_ENDS = re.compile(r"[，,。；;、\s的]|$")
#: how far after ``主办的`` its event may start
_RELATIVE_REACH = 12


def find(ctx: DocContext, focus: list[Mention]) -> None:
    text = ctx.text
    for sent in ctx.sentences:
        for match in _PASSIVE.finditer(text, sent[0], sent[1]):
            if not _VERB_ENDS.match(text, match.end()):
                continue
            guided = _GUIDED.match(text, match.start("who"), match.end("who"))
            # 由市总工会指导，市职工书法协会主办: the guiding body holds nothing, the next one does
            hosts = _hosts(ctx, guided.end() if guided else match.start("who"), match.end("who"))
            if not hosts:
                continue
            events = _event_after(ctx, match.end(), sent) or referred_events(ctx, sent, focus, match.start())
            _add(ctx, hosts, events, sent)
            at = match.end()
            while (more := _FURTHER.match(text, at, sent[1])) and _VERB_ENDS.match(text, more.end()):
                _add(ctx, _hosts(ctx, more.start("who"), more.end("who")), events, sent)
                at = more.end()
        for match in _RELATIVE.finditer(text, sent[0], sent[1]):
            hosts = _run_before(ctx, sent, match.start())
            events = _event_after(ctx, match.end() - 1, sent)
            if len(hosts) > 1 and events:  # one body before 举办的 is the clause cues' case
                _add(ctx, hosts, events, sent)
        for match in _ORGANISED_UNDER.finditer(text, sent[0], sent[1]):
            hosts = _hosts(ctx, match.start("who"), match.end("who"))
            events = [m for m in ctx.within(match.end(), sent[1], "EVENT")][:1] or \
                referred_events(ctx, sent, focus, match.start())
            if hosts:
                _add(ctx, hosts, events, sent)
        for match in _ROLES.finditer(text, sent[0], sent[1]):
            hosts = _hosts(ctx, match.start("who"), match.end("who"), listed=True)
            if hosts:
                _add(ctx, hosts, referred_events(ctx, sent, focus, match.start()), sent)


def _hosts(ctx: DocContext, start: int, end: int, listed: bool = False) -> list[tuple[str, Mention | None, int]]:
    """The bodies listed in ``text[start:end]``, when nothing else is there (a list of names).

    On a ``主办单位：`` line (``listed``) the line is a list by its label, so
    items the entity stage did not name are skipped, not a reason to doubt it."""
    text = ctx.text
    out: list[tuple[str, Mention | None, int]] = []
    at = start
    for m in ctx.within(start, end, "ORG", "PER", "EVENT", "AWARD"):
        if m.end > end or m.type in ("EVENT", "AWARD"):
            return []
        gap = text[at:m.start]
        if not listed and not _only_joiners(gap):
            return []
        out.append((ctx.name(m), m, m.start))
        at = m.end
    rest = text[at:end]
    writer = _WRITER.search(rest)
    if writer and ctx.author and _only_joiners(rest[:writer.start()]) and _only_joiners(rest[writer.end():]):
        out.append((AUTHOR, None, at + writer.start()))
    elif not listed and not _only_joiners(rest):
        return []
    return out


def _run_before(ctx: DocContext, sent: tuple[int, int], end: int) -> list[tuple[str, Mention | None, int]]:
    """``A、B联合``: the bodies listed right before ``end``, nearest last."""
    run: list[tuple[str, Mention | None, int]] = []
    for m in reversed(ctx.within(sent[0], end, "ORG")):
        if m.end > end or not _only_joiners(ctx.text[m.end:end]):
            break
        run.append((ctx.name(m), m, m.start))
        end = m.start
    return run[::-1]


def _only_joiners(gap: str) -> bool:
    return _JOINERS.fullmatch(gap) is not None


def _event_after(ctx: DocContext, verb_end: int, sent: tuple[int, int]) -> list[Mention]:
    """``由X主办的E``, ``由X主办，以“…”为主题的E``: the event the relative clause describes."""
    start = verb_end + 1
    if ctx.text[verb_end:verb_end + 1] != "的":
        theme = _THEME.match(ctx.text, verb_end, sent[1])
        if theme is None:
            return []
        start = theme.end()
    after = ctx.within(start, min(sent[1], start + _RELATIVE_REACH), "EVENT")
    return after[:1]


def _add(ctx: DocContext, hosts: list[tuple[str, Mention | None, int]], events: list[Mention],
         sent: tuple[int, int]) -> None:
    for name, _, start in hosts:
        for event in events:
            ctx.found.add(name, "ORGANIZED", event.name, sent, (min(start, event.start), max(start, event.end)))
