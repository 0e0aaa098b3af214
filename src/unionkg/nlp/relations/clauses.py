"""Clause cues: what a clause's cue verb links its subject to.

A sentence is cut into clauses at commas and colons (never inside a name).
Each clause's own subject is found by ``subjects.py``; a clause with none
takes the previous clause's subject and finally ``@author`` (Chinese drops
the subject the report is about).  A cue verb (``data/relation_cues.tsv``)
sets the relation the names after it take.

Conventions of the clause, each a genre habit:

* ``X组织的 / 举办的 EVENT``: X organised it;
* ``在 EVENT 上 / 中 … 获 AWARD``, ``获 EVENT AWARD``, ``获 ORG 颁发的 AWARD``,
  ``被 ORG 评为 AWARD``: the award's conferrer (AWARDED_BY);
* ``…分别获得 A 和 B``: subjects and awards paired in order;
* ``X评选出 AWARD``: X confers it; ``能否获得``, ``12项获…``: nobody named receives;
* ``X举办的 A、B``, ``…，如 A、B``, ``X组织、Y承办的 E``: lists and shared organisers.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from unionkg.model import AUTHOR, Mention
from unionkg.nlp.lexicon import pattern, table
from unionkg.nlp.relations import structure
from unionkg.nlp.relations.context import DocContext, split_clauses
from unionkg.nlp.relations.found import FoundRelations
from unionkg.nlp.relations.structure import LEADERSHIP
from unionkg.nlp.relations.subjects import ClauseSubjects, subject_name

_VENUE_AFTER = pattern("relations", "venue_after")
_ORGANISER_OF = pattern("relations", "organiser_of")
# 本次比赛 / 此项活动: the event named last, earlier in the report
_ANAPHOR = pattern("relations", "anaphor")  # also 在活动中: the activity just reported
_ACTIVE_CONFERRAL = {"授予", "颁发", "命名为", "命名"}
_GIVER_GAP = pattern("relations", "giver_gap")
_UNREAL = pattern("relations", "unreal")
_CO_ORGANISER = pattern("relations", "co_organiser")
_UNNAMED_TAKERS = pattern("relations", "unnamed_takers")
_WINNERS_AS_NOUN = pattern("relations", "winners_as_noun")
_RESPECTIVELY = pattern("relations", "respectively")
_BOOK_TITLE = re.compile("《[^《》]{1,120}》")  # a document's title: its verbs are no clause


class ClauseCues:
    """The clause-cue construction (one instance per pipeline: its word lists compile once)."""

    def __init__(self) -> None:
        self.cues = table("relation_cues")
        self.cue_pattern = re.compile(alternation_of(self.cues))
        self.subjects = ClauseSubjects(self._cue_at)

    # -- helpers ---------------------------------------------------------
    def _cues(self, text: str, start: int, end: int, mentions: list[Mention]):
        covered = set()
        for m in mentions:
            covered.update(range(m.start, m.end))
        for title in _BOOK_TITLE.finditer(text, start, end):
            covered.update(range(title.start(), title.end()))  # 《关于命名表彰…的决定》 is a name, not a clause
        for match in self.cue_pattern.finditer(text, start, end):
            # "X举办的比赛": a relative clause names the organiser, not the subject's act
            if match.start() not in covered and text[match.end():match.end() + 1] != "的":
                if _CO_ORGANISER.match(text, match.start()):
                    continue  # X组织、Y承办的活动: one relative clause of two organisers
                relation = self.cues[match.group(0)]
                if relation == "RECEIVED" and (_UNREAL.search(text, max(start, match.start() - 3), match.start())
                                               or _WINNERS_AS_NOUN.match(text, match.start())):
                    continue
                yield match.start(), match.end(), relation

    def _cue_at(self, text: str, at: int) -> str | None:
        """The relation of the cue word at ``at``."""
        match = self.cue_pattern.match(text, at)
        return self.cues[match.group(0)] if match else None

    # -- the passes ------------------------------------------------------
    def __call__(self, ctx: DocContext) -> None:
        """Every sentence's clauses, in order (subjects carry from clause to clause)."""
        text = ctx.text
        self._events = ctx.events
        self._people = [m for m in ctx.mentions if m.type == "PER"]
        self._venues: list[Mention] = []  # the previous sentence's 在E上
        for s, e in ctx.sentences:
            in_sent = ctx.within(s, e)
            if in_sent or LEADERSHIP.search(text, s, e):
                self._sentence(text, (s, e), in_sent, ctx.author, ctx.found, ctx)
            else:
                self._venues = []

    def _sentence(self, text: str, sent: tuple[int, int], mentions: list[Mention], author: str | None,
                  rels: FoundRelations, ctx: DocContext) -> None:
        carry: list[str] | None = None
        sentence_subject: list[str] | None = None
        venues: list[Mention] = []
        for m in mentions:
            if m.type == "EVENT" and _VENUE_AFTER.match(text[m.end:m.end + 4]):
                venues.append(m)
        if not venues and _DETAILS.match(text, sent[0]):
            # 在E上，…受到表彰。其中，X获A: the details happened at the same occasion
            venues = list(self._venues)
        self._venues = venues
        joined: list[Mention] = []  # events the subject took part in, earlier in the sentence
        explicit: list[tuple[int, list[str]]] = []  # (clause start, its own subject)
        previous_cue: str | None = None
        for clause in split_clauses(text, sent[0], sent[1], mentions):
            in_clause = [m for m in mentions if clause[0] <= m.start < clause[1]]
            cues = list(self._cues(text, clause[0], clause[1], in_clause))
            if not cues and previous_cue is not None and _EXAMPLES.match(text, clause[0]):
                # 参加厅机关举办的活动，如A、B: the examples take the previous clause's verb
                cues = [(clause[0], clause[0], previous_cue)]
            previous_cue = cues[-1][2] if cues else None
            found = self.subjects(text, clause, in_clause, cues[0][0] if cues else None, author, self._people)
            subjects, co, self._backers, self._guests = found.names, found.co, found.backers, found.guests
            self._own_subject = subjects is not None
            if subjects is None:
                subjects = carry or sentence_subject or [AUTHOR]
            else:
                carry = subjects
                sentence_subject = sentence_subject or subjects
                explicit.append((clause[0], subjects))
            self._clause(text, sent, clause, in_clause, cues, subjects, co, venues + joined, author, rels)
            self._did_in_referred(text, sent, clause, in_clause, cues, subjects, rels)
            at = [m for m in in_clause if m.type == "EVENT" and text[m.start - 1:m.start] == "在" and
                  _VENUE_AFTER.match(text[m.end:m.end + 4])]
            # 参加了A、B等活动，在B中获得一等奖，…获得冠军: once a clause names where, that one
            joined = at[-1:] if at else joined + [
                m for m in in_clause if m.type == "EVENT" and
                any((s, "PARTICIPATED_IN", m.name) in rels.items for s in subjects)]
        # bodies are led, not people: 在X领导下，她带领职工…: her body, the writer, is X's
        people = {m.name for m in self._people}
        bodies = [s for s in sentence_subject or [] if s not in people]
        structure.leadership(ctx, sent, mentions, bodies or [AUTHOR],
                             [(at, names) for at, names in explicit if not set(names) & people])

    def _clause(self, text, sent, clause, mentions, cues, subjects, co, venues, author, rels) -> None:
        items: list[tuple[int, str, object]] = [(c[0], "cue", c) for c in cues]
        items += [(m.start, "mention", m) for m in mentions]
        items.sort(key=lambda it: (it[0], it[1] != "cue"))
        current: str | None = None
        organisers: list[Mention] = []  # X组织、Y承办的: every body of the relative clause
        listed: tuple[list[Mention], int] | None = None  # the last organisers named, where their event ended
        conferrer: Mention | None = None
        event_here: Mention | None = None
        active_giver: Mention | str | None = None  # a name when carried from an earlier clause
        sent_off: list[Mention] = []  # 组织/选派 X 参加 E: X took part too
        awards_after: list[Mention] = []
        respective = _RESPECTIVELY.search(text, clause[0], clause[1]) is not None
        for_winner = False
        for position, kind, item in items:
            if kind == "cue":
                if item[2] == "ORGANIZED":
                    sent_off = []
                current = item[2]
                # 为获得“A”的X授牌: the winner is the one after 的, whatever the clause's subject
                for_winner = text[item[0] - 1:item[0]] in ("为", "向", "给", "对")
                verb = text[item[0]:item[1]]
                by = self._giver_by(text, clause[0], item[0], mentions) if verb in _ACTIVE_CONFERRAL else None
                if by is not None:
                    # 将由市总工会授予“A”: the body after 由 gives; the ones named after the verb receive
                    active_giver = by
                    taker = next((m for m in mentions if m.start >= item[1] and m.type in ("ORG", "PER")), None)
                    subjects = [subject_name(taker, author)] if taker else []
                elif verb in _ACTIVE_CONFERRAL and "被" not in text[clause[0]:item[0]]:
                    # "市总工会授予我厂…": the subject gives, the one named after receives
                    givers = list(subjects)
                    taker = next((m for m in mentions if m.start >= item[1] and m.type in ("ORG", "PER")), None)
                    active_giver = next((m for m in mentions if m.type == "ORG" and
                                         subject_name(m, author) in givers), None)
                    if active_giver is None and len(givers) == 1:
                        # 市总工会决定，授予…: the giver is the subject carried from the clause before
                        active_giver = givers[0]
                    if taker is not None:
                        subjects = [subject_name(taker, author)]
                    else:  # 授予以下10名同志“A”称号：…: the list that follows receives, not the writer
                        subjects = [] if _UNNAMED_TAKERS.match(text, item[1]) else [AUTHOR]
                if current == "RECEIVED":
                    awards_after = [m for m in mentions if m.type == "AWARD" and m.start >= item[1]]
                continue
            m: Mention = item
            name = subject_name(m, author)
            after = text[m.end:m.end + 6]
            before = text[max(clause[0], m.start - 2):m.start]
            if m.type in ("ORG", "PER"):
                organises = _ORGANISER_OF.match(after) or _CO_ORGANISER.match(text, m.end)
                if current == "ORGANIZED" and not organises:
                    sent_off.append(m)
                if organises:
                    organisers.append(m)
                elif (current == "RECEIVED" and name not in subjects) or before.endswith("被"):
                    conferrer = m
                continue
            span = (min(m.start, position), m.end)
            if m.type == "EVENT":
                if not organisers and listed is not None and text[listed[1]:m.start] in _LIST_GAPS:
                    organisers = listed[0]  # 卫生厅举办的A、B和C: one organiser for the list
                for organiser in organisers:
                    rels.add(subject_name(organiser, author), "ORGANIZED", name, sent, (organiser.start, m.end))
                if organisers:
                    listed = (organisers, m.end)
                    organisers = []
                if current is None and self._own_subject and text[m.start - 1:m.start] == "在" and \
                        _VENUE_AFTER.match(text[m.end:m.end + 4]):
                    # 青山机械厂代表队在E中表现出色: the clause's named subject was there
                    for subject in subjects:
                        if subject != AUTHOR:
                            rels.add(subject, "PARTICIPATED_IN", name, sent, span)
                if current in ("ORGANIZED", "PARTICIPATED_IN"):
                    for subject in subjects:
                        rels.add(subject, current, name, sent, span)
                    if current == "PARTICIPATED_IN":
                        for sent_one in sent_off:
                            rels.add(subject_name(sent_one, author), current, name, sent, (sent_one.start, m.end))
                    if current == "ORGANIZED":
                        for guest in self._guests:
                            if guest.type == "PER":
                                rels.add(guest.name, "PARTICIPATED_IN", name, sent, (guest.start, m.end))
                        for partner in co:
                            rels.add(subject_name(partner, author), "ORGANIZED", name, sent, span)
                event_here = m
            elif m.type == "AWARD" and current == "CONFERS":
                # 公司工会评选出“十佳员工”: the clause's subject gives the honour
                for subject in subjects:
                    rels.add(name, "AWARDED_BY", subject, sent, span)
            elif m.type == "AWARD" and current == "RECEIVED":
                heads = subjects
                relative = None if self._own_subject and not for_winner else _RELATIVE_AFTER.match(text, m.end)
                if relative is not None:
                    # 获得一等奖的选手 / 获得一等奖的李明: the award describes who follows 的
                    holder = next((h for h in mentions if h.start == relative.end() and h.type in ("PER", "ORG")),
                                  None)
                    heads = [subject_name(holder, author)] if holder else []
                if respective and len(subjects) == len(awards_after) > 1 and m in awards_after:
                    heads = [subjects[awards_after.index(m)]]
                for subject in heads:
                    rels.add(subject, "RECEIVED", name, sent, span)
                    rels.backers += [(subject_name(b, author), subject, name, span) for b in self._backers]
                giver = event_here or active_giver
                if giver is None and conferrer is not None and _GIVER_GAP.match(text[conferrer.end:m.start]):
                    giver = conferrer
                if giver is None:
                    giver = self._referred_event(text, sent[0], m.start)
                    if giver is not None:
                        for subject in heads:
                            rels.add(subject, "PARTICIPATED_IN", giver.name, sent, span)
                if giver is not None:
                    giver_name = giver if isinstance(giver, str) else subject_name(giver, author)
                    rels.add(name, "AWARDED_BY", giver_name, sent, span)
                for venue in venues if event_here is None else []:
                    # 参加了A、B等活动，在B中获得…: the event of the clause, not every one joined before
                    if venue.start < m.start:
                        rels.add(name, "AWARDED_BY", venue.name, sent, (venue.start, m.end))

    @staticmethod
    def _giver_by(text: str, start: int, verb: int, mentions: list[Mention]) -> Mention | None:
        """``由市总工会授予``, ``将由县总工会统一颁发``: the body after 由 gives the honour."""
        for m in mentions:
            if m.type == "ORG" and text[max(start, m.start - 1):m.start] == "由" and _BY_GAP.fullmatch(text, m.end, verb):
                return m
        return None

    def _did_in_referred(self, text, sent, clause, in_clause, cues, subjects, rels) -> None:
        """``B、C也受邀参加了本次比赛``, ``X承办了此次活动``: taking part in or holding "this contest",
        no event named after the verb: the subjects did so in the event it refers to."""
        for _, end, relation in cues:
            if relation not in ("PARTICIPATED_IN", "ORGANIZED") or \
                    any(m.type == "EVENT" and m.start >= end for m in in_clause):
                continue
            if _ANAPHOR.match(text, end + (text[end:end + 1] == "了"), clause[1]):
                event = self._referred_event(text, end, clause[1])
                for subject in subjects if event is not None else []:
                    rels.add(subject, relation, event.name, sent, (clause[0], clause[1]))

    def _referred_event(self, text: str, start: int, end: int) -> Mention | None:
        """The event that ``本次比赛`` / ``在活动中`` before ``end`` refers to: the last one named before it."""
        last = None
        for last in _ANAPHOR.finditer(text[start:end]):
            pass
        if last is None:
            return None
        at = start + last.start()
        before = [e for e in self._events if e.end <= at]
        return before[-1] if before else None


def alternation_of(words: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


_LIST_GAPS = frozenset({"、", "和", "及", "与", "以及", "，"})
#: a sentence giving the details of the one before (其中，…)
_DETAILS = re.compile(r"\s*(?:其中|其间|期间|会上|会议上)")
_EXAMPLES = re.compile("(?:如|例如|比如|诸如|包括)")
#: ``一等奖的选手``: an award followed by 的 modifies the noun after it (a relative clause)
_RELATIVE_AFTER = re.compile("[”\"’」』]?(?:荣誉)?(?:称号|奖项|奖)?的")
#: between ``由X`` and the conferring verb: adverbs only
_BY_GAP = re.compile("(?:统一|共同|联合|正式|分别|直接|予以)?")
