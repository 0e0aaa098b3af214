"""Attendance: officials named (with their posts) before 出席 / 主持 / 讲话 took part.

``县总工会副主席张某，县教育局局长王某出席会议并讲话``: the people before the
verb, across clauses that only list names and posts, PARTICIPATED_IN the
meeting.  The meeting is the event named in the sentence, else the event the
news item is about (``focus.py``), else the last one reported.  A guest list
after the verb (``出席的嘉宾有：…``) counts the same, and so does a speaker
(``王某作了工作报告``, ``会上，王某通报了…``) or a body spoken for (``代表市总工会致辞``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from unionkg.model import Mention
from unionkg.nlp.lexicon import alternation, pattern, table
from unionkg.nlp.relations.context import DocContext, split_clauses
from unionkg.nlp.relations.focus import referred_events
from unionkg.nlp.relations.titles import chain

_CLAUSE_END = "，,：:；;"
#: what may be left of a clause that only lists people (``以及``, ``等``, ``同志``)
_ROSTER_FILLER = re.compile("[、和及与等以还有同志领导嘉宾和\\s]*")
#: characters a roster clause may hold beyond names and posts (a name the tagger missed)
_ROSTER_SLACK = 4


@lru_cache(maxsize=1)
def _verbs() -> re.Pattern[str]:
    return re.compile(f"{_REPORTS.pattern}|{alternation('attendance_verbs')}")


_REPORTS = pattern("attendance", "report")
#: verbs by which a body (not only a person) takes part
_JOINS_IN = re.compile("参加|参与|参赛|应邀参加|同台竞技|展开角逐|参与角逐|激烈角逐|同场竞技|一较高下|一决高下|竞相角逐")
#: 江北区总工会、青山区总工会作交流发言: bodies speak at a meeting through their delegates
_BODIES_SPEAK = re.compile("作?(?:交流|典型|表态)发言")
#: a body followed by a post (县总工会主席…) stands for its officer, not for itself
_OWN_POST = re.compile(f"(?:的)?{chain()}")
_AT_THE_MEETING = pattern("attendance", "at_the_meeting")
#: how far into a clause said at the meeting its speaker is named
_SPEAKER_REACH = 30


@lru_cache(maxsize=1)
def _guest_list() -> re.Pattern[str]:
    # 出席的嘉宾有：… / 参加比赛的有：…
    return re.compile(f"(?:(?:[^，。；]{{0,8}}的)?{alternation('guest_lists')}(?:还)?(?:有|包括|是|为)|"
                      f"[^，。；]{{0,8}}的(?:还)?(?:有|包括))")


@lru_cache(maxsize=1)
def _on_behalf() -> re.Pattern[str]:
    return re.compile("代表$")


def find(ctx: DocContext, focus: list[Mention]) -> None:
    text = ctx.text
    verbs = _verbs()
    for sent in ctx.sentences:
        people = ctx.within(sent[0], sent[1], "PER", "ORG") if focus else ctx.within(sent[0], sent[1], "PER")
        if not people or not (verbs.search(text, sent[0], sent[1]) or _AT_THE_MEETING.search(text, sent[0], sent[1])):
            continue
        mentions = ctx.within(sent[0], sent[1])
        taking_part: list[Mention] = []
        roster: list[Mention] = []
        reach = sent[0]  # the end of the last clause with a verb: events after it are not this one
        at_meeting = False
        for clause in split_clauses(text, sent[0], sent[1], mentions, _CLAUSE_END):
            in_clause = [m for m in mentions if clause[0] <= m.start < clause[1]]
            opening = _AT_THE_MEETING.match(text, clause[0], clause[1])
            if opening or at_meeting:
                # 会上，院工会主任许某通报了…: whoever speaks at the meeting took part in it
                taking_part += [m for m in in_clause if m.type == "PER" and m.start < clause[0] + _SPEAKER_REACH]
                reach = clause[1]
            at_meeting = opening is not None and opening.end() >= clause[1] - 1
            verb = _first_verb(text, clause, in_clause)
            if verb is None:
                # a clause of names and posts runs on to the verb; so does one whose body the
                # tagger missed (县人大常委会副主任李某), as long as it names people
                named = [m for m in in_clause if m.type == "PER"]
                roster = roster + named if named and (_only_names(text, clause, in_clause) or
                                                      not _has_cue(text, clause, in_clause)) else []
                continue
            before = [m for m in in_clause if m.type == "PER" and m.end <= verb.start()]
            if focus and (_JOINS_IN.fullmatch(verb.group(0)) or _BODIES_SPEAK.fullmatch(verb.group(0))):
                # 来自A、B等单位的选手参加了比赛 / A、B代表队参赛: bodies take part in the news' occasion
                before += [m for m in in_clause if m.type == "ORG" and m.end <= verb.start() and
                           not _OWN_POST.match(text, m.end)]
            reach = clause[1]
            taking_part += roster + before
            roster = []
            for m in in_clause:  # 代表市总工会致辞: the body spoken for took part
                if m.type == "ORG" and m.end <= verb.start() and _on_behalf().search(text, clause[0], m.start):
                    taking_part.append(m)
            if _guest_list().match(text, verb.end()):
                joiners = ("PER", "ORG") if focus and _JOINS_IN.fullmatch(verb.group(0)) else ("PER",)
                taking_part += [m for m in mentions if m.type in joiners and m.start >= verb.end()]
                break
        if not taking_part:
            continue
        for event in referred_events(ctx, sent, focus, reach):
            for m in taking_part:
                ctx.found.add(ctx.name(m), "PARTICIPATED_IN", event.name, sent,
                              (min(m.start, event.start), max(m.end, event.end)))




def _first_verb(text: str, clause: tuple[int, int], mentions: list[Mention]) -> re.Match | None:
    for match in _verbs().finditer(text, clause[0], clause[1]):
        if not any(m.start <= match.start() < m.end for m in mentions):
            return match
    return None


def _only_names(text: str, clause: tuple[int, int], mentions: list[Mention]) -> bool:
    """A clause that only lists people and their posts (a roster running on to a verb)."""
    if not any(m.type == "PER" for m in mentions):
        return False
    return len(_ROSTER_FILLER.sub("", _leftover(text, clause, mentions))) <= _ROSTER_SLACK


def _leftover(text: str, clause: tuple[int, int], mentions: list[Mention]) -> str:
    """The clause without its names and post titles."""
    rest, last = [], clause[0]
    for m in mentions:
        rest.append(text[last:m.start])
        last = max(last, m.end)
    rest.append(text[last:clause[1]])
    return re.sub(chain(), "", "".join(rest))


@lru_cache(maxsize=1)
def _cue_words() -> re.Pattern[str]:
    cues = sorted(table("relation_cues"), key=len, reverse=True)
    return re.compile("|".join(re.escape(c) for c in cues if len(c) > 1))


def _has_cue(text: str, clause: tuple[int, int], mentions: list[Mention]) -> bool:
    """Whether the clause, names and posts aside, has a predicate (举办, 获得 …): then it is no roster."""
    return _cue_words().search(_leftover(text, clause, mentions)) is not None
