"""Conferral frames: who confers an honour, and who took part where it was won.

* an honour conferred at the occasion a news item is about is conferred by
  the body that holds the occasion too (the ceremony and its host);
* in a news item about one contest or ceremony (``focus.py``), an honour won
  with no event named is conferred at that occasion;
* whoever wins at an event took part in it.
"""
from __future__ import annotations

from unionkg.model import Mention
from unionkg.nlp.relations.context import DocContext


def find(ctx: DocContext, focus: list[Mention]) -> None:
    found = ctx.found
    events = {m.name for m in ctx.mentions if m.type == "EVENT"}
    if focus:
        target = focus[0]
        conferred = {r.head for r in found.of_type("AWARDED_BY") if r.tail in events}
        for rel in found.of_type("RECEIVED"):
            if rel.tail in conferred or rel.evidence[0].start < target.start:
                continue
            ev = rel.evidence[0]
            found.add(rel.tail, "AWARDED_BY", target.name, ctx.sentence_of(ev.start), (ev.start, ev.end))
    organisers: dict[str, list[str]] = {}
    focal = {event.name for event in focus}
    for rel in found.of_type("ORGANIZED"):
        if rel.tail in focal:
            organisers.setdefault(rel.tail, []).append(rel.head)
    for rel in found.of_type("AWARDED_BY"):
        for organiser in organisers.get(rel.tail, []):
            ev = rel.evidence[0]
            found.add(rel.head, "AWARDED_BY", organiser, ctx.sentence_of(ev.start), (ev.start, ev.end))
    _winners_took_part(ctx, events)


def _winners_took_part(ctx: DocContext, events: set[str]) -> None:
    """(X RECEIVED A) and (A AWARDED_BY event E) give (X PARTICIPATED_IN E)."""
    conferred_at = [(r.head, r.tail) for r in ctx.found.of_type("AWARDED_BY") if r.tail in events]
    for rel in ctx.found.of_type("RECEIVED"):
        for award, event in conferred_at:
            if award == rel.tail:
                ev = rel.evidence[0]
                ctx.found.add(rel.head, "PARTICIPATED_IN", event, ctx.sentence_of(ev.start), (ev.start, ev.end))
