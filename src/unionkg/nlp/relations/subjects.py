"""Who a clause is about: its subject, before its first cue verb.

The people or organisations before the verb are the subject, unless the
text marks them as something else: what is studied (学习…精神), where
something is held (到县人民医院开展讲座), who organised an event named
(教育局组织的汇演), who holds a post or employs the person after them
(某厂焊工刘某), a body a competitor stands for (代表X) or the one who sends
them (由X选送), and a guest invited (邀请专家黄某).  With no name, a word
standing for the writer (``我校``, ``我们``, ``分工会``) makes ``@author``
the subject, 他 / 她 the person named last; unnamed people (两名职工,
我校教师) or units (变电运维班) make a clause with no subject we can name.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from unionkg.model import AUTHOR, Mention
from unionkg.nlp.lexicon import alternation, pattern, wordset
from unionkg.nlp.relations.titles import gap_before_name
from unionkg.nlp.writer.clause_lead import clause_start

_ORGANISER_OF = pattern("relations", "organiser_of")
_CO_ORGANISER = pattern("relations", "co_organiser")
_UNNAMED_PEOPLE = pattern("relations", "unnamed_people")
_STUDIED = pattern("relations", "studied")
_SENDER_AFTER = pattern("relations", "sender_after")
_BEHALF_BEFORE = pattern("relations", "behalf_before")
_UNITS_UNNAMED = pattern("relations", "units_unnamed")
_WRITER_TEAM = pattern("relations", "writer_team")
_SENDS = pattern("relations", "sends")
_GROUP_AFTER_WRITER = pattern("relations", "group_after_writer")
_VENUE_BEFORE = pattern("relations", "venue_before")
_INVITED = pattern("relations", "invited")
_TRADE = pattern("posts", "trade")
_UNIT_BEFORE_TITLE = pattern("posts", "unit_before_title")  # 江北机械厂焊工刘某: the body is where the person works
#: 他 / 她 opening a clause (not 他们, 他人): the person named last
_PRONOUN = re.compile("[他她](?![们們人])")
_PRONOUN_REACH = 200


def subject_name(m: Mention, author: str | None) -> str:
    """A mention's name as a relation's end: the writer's own name is ``@author``."""
    return AUTHOR if author and m.name == author else m.name


@dataclass
class ClauseSubject:
    """What a clause says about who acts in it."""

    #: the subject's names (or ``@author``); None when the clause has none of its own
    names: list[str] | None
    #: co-organisers (与X一起, 联合X): they organise what the subject does
    co: list[Mention]
    #: bodies a competitor stands for or was sent by (代表X, 由X选送): they take part
    backers: list[Mention]
    #: people the subject invites (邀请专家黄某): they take part
    guests: list[Mention]


class ClauseSubjects:
    """Finds a clause's subject (one instance per pipeline: its word lists compile once)."""

    def __init__(self, cue_at: Callable[[str, int], str | None]) -> None:
        #: the relation of the cue word at a position (``clauses.ClauseCues``)
        self.cue_at = cue_at
        self.author_words = re.compile(alternation("author_words"))
        self.co_agent = tuple(wordset("co_agent_words"))
        self.titles = wordset("titles")
        self.title_gap = re.compile("^(?:的)?(?:" + "|".join(sorted(
            (re.escape(t) for t in self.titles | wordset("union_titles")), key=len, reverse=True)) + ")?$")
        # 某公司炼钢车间主任马某: an unnamed unit of the body, then the post
        self.unit_title_gap = re.compile(_UNIT_BEFORE_TITLE.pattern + self.title_gap.pattern.lstrip("^").replace(
            "(?:的)?", "", 1).replace(")?$", ")$"))

    def __call__(self, text: str, clause: tuple[int, int], mentions: list[Mention], first_cue: int | None,
                 author: str | None, people: list[Mention]) -> ClauseSubject:
        """The clause's explicit subject (names or ``@author``), its co-organisers, backers and guests.

        ``first_cue`` is where the clause's first cue verb starts; ``people`` are the report's
        PER mentions (a clause opening with 她 is about the last one named).
        """
        start, end = clause
        backers: list[Mention] = []
        guests: list[Mention] = []
        lead = clause_start(text, start, end)
        limit = first_cue if first_cue is not None else end
        agents = [m for m in mentions if m.type in ("PER", "ORG") and m.end <= limit]
        subjects, co = [], []
        opener = self.author_words.match(text, lead)
        writer_opens = opener is not None and not any(
            m.type == "PER" and self._post_then(text, opener.end(), m.start) for m in agents)
        for m in agents:
            if _STUDIED.search(text, lead, m.start):
                continue  # 深入学习领会习近平总书记…精神: the one studied is no subject
            if m.type == "ORG" and (_SENDER_AFTER.match(text, m.end) or
                                    _BEHALF_BEFORE.search(text, max(start, m.start - 2), m.start)):
                backers.append(m)  # 由X选送的选手…, …代表X喜获: X took part through them
                continue
            before = text[max(start, m.start - 2):m.start]
            after = text[m.end:m.end + 1]
            if after == "的" or any(before.endswith(w) for w in ("在", "向", "为", "对", "给", "跟", "把", "被")):
                continue
            if _VENUE_BEFORE.search(text, max(start, m.start - 2), m.start):
                continue  # 到县人民医院开展讲座: where the event is held, not who holds it
            if subjects and _INVITED.match(text, subjects[-1].end, m.start):
                guests.append(m)  # 县总工会邀请专家黄某开展讲座: the guest takes part
                continue
            if _ORGANISER_OF.match(text[m.end:m.end + 6]) or _CO_ORGANISER.match(text, m.end):
                continue  # 教育局组织的汇演: the organiser of the event, not the clause's subject
            if writer_opens and m.start > lead:
                if any(before.endswith(w) for w in self.co_agent):
                    co.append(m)
                continue
            if any(before.endswith(w) for w in self.co_agent) and subjects == [] and m.start > lead:
                co.append(m)
                continue
            if text[m.end:m.end + 4] and self._is_position_context(text, m, mentions):
                continue
            subjects.append(m)
        if subjects:
            return ClauseSubject([subject_name(m, author) for m in subjects], co, backers, guests)
        if _PRONOUN.match(text, lead):
            # 她先后荣获…: the person last named, when one was named shortly before
            named = [m for m in people if m.end <= lead and lead - m.end <= _PRONOUN_REACH]
            return ClauseSubject(([m.name for m in named[-1:]] or []), co, backers, guests)
        writer_leads = bool(self.author_words.match(text, lead)) or text[lead - 2:lead] in ("我校", "我们") or \
            text[lead - 1:lead] in ("我", "本")
        unnamed = _UNNAMED_PEOPLE.search(text, start, limit)
        if unnamed and writer_leads and _SENDS.match(text, lead, unnamed.start()):
            # 我校选派5名教师参加…: the writer sent them, it took part
            return ClauseSubject([AUTHOR], co, backers, guests)
        if unnamed:
            # 两名职工喜获…: the winners are not named, so no relation
            return ClauseSubject([], co, backers, guests)
        if writer_leads and _WRITER_TEAM.match(text, lead):
            # 我校代表队荣获…: the writer's team competes for the writer
            return ClauseSubject([AUTHOR], co, backers, guests)
        if first_cue is not None and _UNITS_UNNAMED.fullmatch(text, lead, first_cue) and \
                self.cue_at(text, first_cue) == "RECEIVED":
            # 变电运维班、输电检修班荣获…: units the text names but we do not, not the writer
            return ClauseSubject([], co, backers, guests)
        if writer_leads and _GROUP_AFTER_WRITER.match(text, lead):
            # 我厂职工荣获…, 我校教师在…获奖: unnamed people of the writer's, not the writer
            return ClauseSubject([], co, backers, guests)
        if writer_leads:
            return ClauseSubject([AUTHOR], co, backers, guests)
        return ClauseSubject(None, co, backers, guests)

    @staticmethod
    def _post_then(text: str, start: int, name_start: int) -> bool:
        """``工会主席王某``: the writer's word opens a post, and the person is the subject."""
        return gap_before_name().fullmatch(text, start, name_start) is not None and name_start > start

    def _is_position_context(self, text: str, org: Mention, mentions: list[Mention]) -> bool:
        """``怀化市某公司项目经理郭某``, ``某厂焊工刘某``: the body holds the person's post
        or employs them; it is no subject."""
        if org.type != "ORG":
            return False
        for m in mentions:
            if m.type == "PER" and m.start >= org.end and (
                    self.title_gap.match(text[org.end:m.start]) or
                    (m.start > org.end and gap_before_name().fullmatch(text, org.end, m.start)) or
                    (0 < m.start - org.end <= 5 and _TRADE.fullmatch(text, org.end, m.start)) or
                    (0 < m.start - org.end <= 12 and self.unit_title_gap.match(text[org.end:m.start]))):
                return True
        return False
