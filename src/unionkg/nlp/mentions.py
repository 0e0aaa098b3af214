"""``ukg_mentions``: choose among the recognisers' candidates.

Candidates overlap (an event name holds an organisation's, an award a
placing).  The longest wins at each place, so ``doc._.mentions`` holds the
outermost names; GUIDELINES.md lists a name found only inside a longer one
not at all, except the organisation that opens an event's name (its host).  The choice is also written the spaCy way, to ``doc.ents`` and to
the span group ``doc.spans["ukg"]`` (all candidates), after splitting the
jieba tokens that straddle a name's edge so that spans align.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span

from unionkg.model import Mention
from unionkg.nlp.doc_extensions import text_of
from unionkg.nlp.events import without_disciplines
from unionkg.nlp.lexicon import wordset

_TERM = re.compile("第?[一二三四五六七八九十百\\d]+届")
_PRIORITY = {"EVENT": 0, "AWARD": 1, "ORG": 2, "PER": 3}


def choose(candidates: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions, longest first, in text order."""
    chosen: list[Mention] = []
    taken = bytearray()
    for m in sorted(candidates, key=lambda m: (-(m.end - m.start), _PRIORITY[m.type], m.start)):
        if len(taken) < m.end:
            taken.extend(b"\0" * (m.end - len(taken)))
        if any(taken[m.start:m.end]):
            continue
        taken[m.start:m.end] = b"\1" * (m.end - m.start)
        chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def hosts(candidates: list[Mention], chosen: list[Mention]) -> list[Mention]:
    """Organisations that open an event's name hold it (``江苏省建设厅第四届乒乓球比赛``).

    They are listed although only found inside the longer name: the event
    and its host are different things, and the host's ``ORGANIZED`` needs it.
    """
    event_spans = {(m.start, m.end) for m in chosen if m.type == "EVENT"}
    starts = {s for s, _ in event_spans}
    # 市第六届中小学/ORG in 市第六届中小学教师课堂教学大赛: the term number is the event's, no body's
    return [c for c in candidates if c.type == "ORG" and c.start in starts and len(c.name) >= 4
            and any(c.end < e for s, e in event_spans if s == c.start)
            and not (_TERM.search(c.name) and not c.name.endswith("委员会"))]


_CEREMONY = ("颁奖", "表彰", "表扬", "授奖")
# 杰出员工选举颁奖典礼: the choosing of the honour may stand between it and its ceremony
_CEREMONY_AFTER = re.compile("(?:选举|选拔|评选)?(?:" + "|".join(_CEREMONY) + ")|评选|选树")
_JOINERS = ("以及", "和", "及", "与", "、")


def honours_of_ceremonies(text: str, candidates: list[Mention], chosen: list[Mention]) -> list[Mention]:
    """``模范教师颁奖典礼``: the honour a ceremony confers is listed beside the ceremony.

    The two are different things (the honour is RECEIVED, the ceremony attended),
    like an event and its host.
    """
    events = [(m.start, m.end) for m in chosen if m.type == "EVENT"]
    inside = [c for c in candidates if c.type == "AWARD" and any(s <= c.start and c.end < e for s, e in events)]
    listed = [c for c in inside if _CEREMONY_AFTER.match(text, c.end)]
    # 先进集体和先进个人表彰大会: each honour listed before the ceremony is conferred there
    starts = {c.start for c in listed}
    for c in sorted(inside, key=lambda c: -c.start):
        joiner = next((j for j in _JOINERS if text.startswith(j, c.end)), None)
        if c not in listed and joiner and c.end + len(joiner) in starts:
            listed.append(c)
            starts.add(c.start)
    return listed


def shared_hosts(text: str, candidates: list[Mention], chosen: list[Mention]) -> list[Mention]:
    """``X工会、团委``: the host of units listed together is named by itself (see
    ``organisations._shared_host``), though found inside its first unit's name."""
    units = wordset("org_units")
    unit_starts = {m.start for m in chosen if m.type == "ORG" and m.name in units}
    firsts = [m for m in chosen if m.type == "ORG" and m.end + 1 in unit_starts and text[m.end:m.end + 1] in "、和及与"]
    return [c for c in candidates if c.type == "ORG" and any(
        m.start == c.start and c.end < m.end and m.name[c.end - m.start:] in units for m in firsts)]


def split_tokens(doc: Doc, boundaries: set[int]) -> None:
    """Split every token that a boundary falls inside, so spans can start or end there.

    Only the tokens a boundary falls in are visited: creating a ``Token`` for
    every word of a long report costs more than the splitting itself.
    """
    starts = doc.to_array(IDX).tolist()
    cuts: dict[int, list[int]] = {}
    for boundary in sorted(boundaries):
        i = bisect_right(starts, boundary) - 1
        if i >= 0 and starts[i] < boundary:
            cuts.setdefault(i, []).append(boundary - starts[i])
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for i, offsets in cuts.items():
            token = doc[i]
            offsets = [o for o in offsets if o < len(token.text)]
            if not offsets:
                continue
            pieces = [token.text[a:b] for a, b in zip([0, *offsets], [*offsets, len(token.text)])]
            retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces))


class MentionChooser:
    def __call__(self, doc: Doc) -> Doc:
        unique = {(m.start, m.end, m.type): m for m in (doc._.candidates or [])
                  if m.end > m.start and not any(c.isspace() for c in m.name)}
        candidates = sorted(unique.values(), key=lambda m: (m.start, m.end, m.type))
        # a contest's discipline stays a candidate (an honour's name stops at it), no event of its own
        chosen = without_disciplines(choose(candidates))
        doc._.candidates = candidates
        text = text_of(doc)
        inner = hosts(candidates, chosen) + honours_of_ceremonies(text, candidates, chosen) + \
            shared_hosts(text, candidates, chosen)
        doc._.mentions = sorted(chosen + inner, key=lambda m: (m.start, -m.end))
        split_tokens(doc, {m.start for m in candidates} | {m.end for m in candidates})
        doc.ents = [doc.char_span(m.start, m.end, label=m.type) for m in chosen]
        doc.spans["ukg"] = [s for s in (doc.char_span(m.start, m.end, label=m.type) for m in candidates)
                            if isinstance(s, Span)]
        return doc


@Language.factory("ukg_mentions")
def make_mentions(nlp: Language, name: str) -> MentionChooser:
    return MentionChooser()
