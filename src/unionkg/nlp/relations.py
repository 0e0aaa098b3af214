"""``ukg_relations``: the six relation types from cue patterns over clauses.

A sentence is cut into clauses at commas and colons (never inside a name).
Each clause has a subject: the people or organisations before its first cue
verb, a word standing for the writer (``我校``, ``我们``, ``分工会`` →
``@author``), or, when the clause has none, the previous clause's subject and
finally ``@author`` (Chinese drops the subject the report is about).  A cue
verb (``data/relation_cues.tsv``) sets the relation the names after it take.

Patterns on top of that, each a genre convention:

* ``X组织的 / 举办的 EVENT``: X organised it;
* ``在 EVENT 上 / 中 … 获 AWARD``, ``获 EVENT AWARD``, ``获 ORG 颁发的 AWARD``,
  ``被 ORG 评为 AWARD``: the award's conferrer (AWARDED_BY);
* ``…分别获得 A 和 B``: subjects and awards paired in order;
* ``X评选出 AWARD``: X confers it; ``能否获得``, ``12项获…``: nobody named receives;
* ``X举办的 A、B``, ``…，如 A、B``, ``X组织、Y承办的 E``: lists and shared organisers;
* ``ORG(主席|书记…)PER``, ``ORG的PER``, ``ORG魏主席、游主席``: POSITION; a staff
  title (``郭校长``) in the one body of its kind the report names;
* a speaker at a meeting (``会上，PER作了报告``) took part in it;
* ``在 X 的领导下`` (the body before 在, or the clause subject, SUBORDINATE_OF X),
  ``下属 / 所属 X`` (X SUBORDINATE_OF);
* names that contain a listed organisation (``建设局幼儿园`` ⊃ ``建设局``);
* winners at an event took part in it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from unionkg.model import AUTHOR, Evidence, Mention, Relation
from unionkg.nlp.author import clause_start
from unionkg.nlp.doc_extensions import sentence_of, sentences, text_of
from unionkg.nlp.lexicon import alternation, pattern, table, wordset

_CLAUSE_END = set("，,：:")
_LEADERSHIP = pattern("relations", "leadership")
_SUBORDINATES = pattern("relations", "subordinates")
_VENUE_AFTER = pattern("relations", "venue_after")
_ORGANISER_OF = pattern("relations", "organiser_of")
_CONFERRED_BY = pattern("relations", "conferred_by")
# 本次比赛 / 此项活动: the event named last, earlier in the report
_ANAPHOR = pattern("relations", "anaphor")  # also 在活动中: the activity just reported
_UNNAMED_PEOPLE = pattern("relations", "unnamed_people")
_ACTIVE_CONFERRAL = {"授予", "颁发", "命名为"}
_GIVER_GAP = pattern("relations", "giver_gap")
_GUIDANCE = pattern("relations", "guidance")
_UNREAL = pattern("relations", "unreal")
_CO_ORGANISER = pattern("relations", "co_organiser")


class _Relations:
    """Relations of one document, merged by (head, type, tail), with evidence."""

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id
        self.items: dict[tuple[str, str, str], Relation] = {}

    def add(self, head: str, type_: str, tail: str, sentence: tuple[int, int], text: str,
            span: tuple[int, int] | None = None) -> None:
        if not head or not tail or head == tail:
            return
        key = (head, type_, tail)
        start, end = span or sentence
        evidence = Evidence(self.doc_id, text[sentence[0]:sentence[1]].strip(), start, end)
        if key not in self.items:
            self.items[key] = Relation(head, type_, tail, [evidence])
        elif all(e.start != start for e in self.items[key].evidence):
            self.items[key].evidence.append(evidence)

    def list(self) -> list[Relation]:
        return list(self.items.values())


def _clauses(text: str, start: int, end: int, mentions: list[Mention]) -> list[tuple[int, int]]:
    inside = set()
    for m in mentions:
        inside.update(range(m.start, m.end))
    cuts, begin = [], start
    for i in range(start, end):
        if text[i] in _CLAUSE_END and i not in inside:
            cuts.append((begin, i))
            begin = i + 1
    cuts.append((begin, end))
    return [c for c in cuts if c[1] > c[0]]


class RelationFinder:
    def __init__(self) -> None:
        self.cues = table("relation_cues")
        self.cue_pattern = re.compile(alternation_of(self.cues))
        self.author_words = re.compile(alternation("author_words"))
        self.co_agent = tuple(wordset("co_agent_words"))
        self.titles = wordset("titles")
        self.title_gap = re.compile("^(?:的)?(?:" + "|".join(sorted(
            (re.escape(t) for t in self.titles | wordset("union_titles")), key=len, reverse=True)) + ")?$")
        self.speech = re.compile("(?:同志)?(?:在会上|在大会上|在会议上)?" + alternation("speech_verbs"))
        self.staff_titles = [(title, tuple(kinds.split())) for title, kinds in table("staff_titles").items()]
        self.union_title_before = re.compile("(?:" + alternation("union_titles") + ")$")

    # -- helpers ---------------------------------------------------------
    def _cues(self, text: str, start: int, end: int, mentions: list[Mention]):
        covered = set()
        for m in mentions:
            covered.update(range(m.start, m.end))
        for match in self.cue_pattern.finditer(text, start, end):
            # "X举办的比赛": a relative clause names the organiser, not the subject's act
            if match.start() not in covered and text[match.end():match.end() + 1] != "的":
                if _CO_ORGANISER.match(text, match.start()):
                    continue  # X组织、Y承办的活动: one relative clause of two organisers
                relation = self.cues[match.group(0)]
                if relation == "RECEIVED" and _UNREAL.search(text, max(start, match.start() - 3), match.start()):
                    continue
                yield match.start(), match.end(), relation

    def _name(self, m: Mention, author: str | None) -> str:
        return AUTHOR if author and m.name == author else m.name

    def _subjects(self, text: str, clause: tuple[int, int], mentions: list[Mention], first_cue: int | None,
                  author: str | None) -> tuple[list[str] | None, list[Mention]]:
        """The clause's explicit subject (names or ``@author``) and its co-organisers."""
        start, end = clause
        lead = clause_start(text, start, end)
        limit = first_cue if first_cue is not None else end
        agents = [m for m in mentions if m.type in ("PER", "ORG") and m.end <= limit]
        subjects, co = [], []
        writer_opens = self.author_words.match(text, lead) is not None
        for m in agents:
            before = text[max(start, m.start - 2):m.start]
            after = text[m.end:m.end + 1]
            if after == "的" or any(before.endswith(w) for w in ("在", "向", "为", "对", "给", "跟", "把", "被")):
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
            return [self._name(m, author) for m in subjects], co
        if _UNNAMED_PEOPLE.search(text, start, limit):
            return [], co  # 两名职工喜获…: the winners are not named, so no relation
        generic = self.author_words.match(text, lead)
        if generic or text[lead - 2:lead] in ("我校", "我们") or text[lead - 1:lead] in ("我", "本"):
            return [AUTHOR], co
        return None, co

    def _is_position_context(self, text: str, org: Mention, mentions: list[Mention]) -> bool:
        if org.type != "ORG":
            return False
        for m in mentions:
            if m.type == "PER" and m.start >= org.end and self.title_gap.match(text[org.end:m.start]):
                return True
        return False

    # -- the passes ------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        author = doc._.author
        mentions = doc._.mentions or []
        rels = _Relations(doc._.doc_id or "")
        by_start = sorted(mentions, key=lambda m: m.start)
        index = 0
        self._events = [m for m in by_start if m.type == "EVENT"]
        for s, e in sentences(doc):
            while index < len(by_start) and by_start[index].start < s:
                index += 1
            in_sent = []
            j = index
            while j < len(by_start) and by_start[j].start < e:
                in_sent.append(by_start[j])
                j += 1
            if in_sent or _LEADERSHIP.search(text, s, e):
                self._sentence(text, (s, e), in_sent, author, rels)
        self._containment(mentions, author, text, rels, doc)
        self._staff(text, mentions, author, rels, doc)
        self._winners_took_part(rels, {m.name for m in mentions if m.type == "EVENT"})
        doc._.relations = rels.list()
        return doc

    def _sentence(self, text: str, sent: tuple[int, int], mentions: list[Mention], author: str | None,
                  rels: _Relations) -> None:
        carry: list[str] | None = None
        sentence_subject: list[str] | None = None
        venues: list[Mention] = []
        for m in mentions:
            if m.type == "EVENT" and _VENUE_AFTER.match(text[m.end:m.end + 4]):
                venues.append(m)
        self._positions(text, sent, mentions, author, rels)
        joined: list[Mention] = []  # events the subject took part in, earlier in the sentence
        explicit: list[tuple[int, list[str]]] = []  # (clause start, its own subject)
        previous_cue: str | None = None
        for clause in _clauses(text, sent[0], sent[1], mentions):
            in_clause = [m for m in mentions if clause[0] <= m.start < clause[1]]
            cues = list(self._cues(text, clause[0], clause[1], in_clause))
            if not cues and previous_cue is not None and _EXAMPLES.match(text, clause[0]):
                # 参加厅机关举办的活动，如A、B: the examples take the previous clause's verb
                cues = [(clause[0], clause[0], previous_cue)]
            previous_cue = cues[-1][2] if cues else None
            subjects, co = self._subjects(text, clause, in_clause, cues[0][0] if cues else None, author)
            if subjects is None:
                subjects = carry or sentence_subject or [AUTHOR]
            else:
                carry = subjects
                sentence_subject = sentence_subject or subjects
                explicit.append((clause[0], subjects))
            self._clause(text, sent, clause, in_clause, cues, subjects, co, venues + joined, author, rels)
            joined += [m for m in in_clause if m.type == "EVENT" and
                       any((s, "PARTICIPATED_IN", m.name) in rels.items for s in subjects)]
        self._structure(text, sent, mentions, sentence_subject or [AUTHOR], author, rels, explicit)
        self._speakers(text, sent, mentions, rels)

    def _clause(self, text, sent, clause, mentions, cues, subjects, co, venues, author, rels) -> None:
        items: list[tuple[int, str, object]] = [(c[0], "cue", c) for c in cues]
        items += [(m.start, "mention", m) for m in mentions]
        items.sort(key=lambda it: (it[0], it[1] != "cue"))
        current: str | None = None
        organisers: list[Mention] = []  # X组织、Y承办的: every body of the relative clause
        listed: tuple[list[Mention], int] | None = None  # the last organisers named, where their event ended
        conferrer: Mention | None = None
        event_here: Mention | None = None
        active_giver: Mention | None = None
        sent_off: list[Mention] = []  # 组织/选派 X 参加 E: X took part too
        awards_after: list[Mention] = []
        respective = "分别" in text[clause[0]:clause[1]]
        for position, kind, item in items:
            if kind == "cue":
                if item[2] == "ORGANIZED":
                    sent_off = []
                current = item[2]
                verb = text[item[0]:item[1]]
                if verb in _ACTIVE_CONFERRAL and "被" not in text[clause[0]:item[0]]:
                    # "市总工会授予我厂…": the subject gives, the one named after receives
                    givers = list(subjects)
                    taker = next((m for m in mentions if m.start >= item[1] and m.type in ("ORG", "PER")), None)
                    active_giver = next((m for m in mentions if m.type == "ORG" and
                                         self._name(m, author) in givers), None)
                    subjects = [self._name(taker, author)] if taker else [AUTHOR]
                if current == "RECEIVED":
                    awards_after = [m for m in mentions if m.type == "AWARD" and m.start >= item[1]]
                continue
            m: Mention = item
            name = self._name(m, author)
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
                    rels.add(self._name(organiser, author), "ORGANIZED", name, sent, text, (organiser.start, m.end))
                if organisers:
                    listed = (organisers, m.end)
                    organisers = []
                if current in ("ORGANIZED", "PARTICIPATED_IN"):
                    for subject in subjects:
                        rels.add(subject, current, name, sent, text, span)
                    if current == "PARTICIPATED_IN":
                        for sent_one in sent_off:
                            rels.add(self._name(sent_one, author), current, name, sent, text, (sent_one.start, m.end))
                    if current == "ORGANIZED":
                        for partner in co:
                            rels.add(self._name(partner, author), "ORGANIZED", name, sent, text, span)
                event_here = m
            elif m.type == "AWARD" and current == "CONFERS":
                # 公司工会评选出“十佳员工”: the clause's subject gives the honour
                for subject in subjects:
                    rels.add(name, "AWARDED_BY", subject, sent, text, span)
            elif m.type == "AWARD" and current == "RECEIVED":
                heads = subjects
                if respective and len(subjects) == len(awards_after) > 1 and m in awards_after:
                    heads = [subjects[awards_after.index(m)]]
                for subject in heads:
                    rels.add(subject, "RECEIVED", name, sent, text, span)
                giver = event_here or active_giver
                if giver is None and conferrer is not None and _GIVER_GAP.match(text[conferrer.end:m.start]):
                    giver = conferrer
                if giver is None:
                    giver = self._referred_event(text, sent[0], m.start)
                    if giver is not None:
                        for subject in heads:
                            rels.add(subject, "PARTICIPATED_IN", giver.name, sent, text, span)
                if giver is not None:
                    rels.add(name, "AWARDED_BY", self._name(giver, author), sent, text, span)
                for venue in venues:
                    if venue.start < m.start:
                        rels.add(name, "AWARDED_BY", venue.name, sent, text, (venue.start, m.end))

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

    def _positions(self, text, sent, mentions, author, rels) -> None:
        previous: tuple[Mention, Mention | None] | None = None  # the last person and their body
        for i, m in enumerate(mentions):
            if m.type != "PER":
                continue
            holder = None
            for org in reversed(mentions[:i]):
                if org.type == "ORG" and org.end <= m.start and self.title_gap.match(text[org.end:m.start]):
                    holder = org
                    break
                if org.end <= m.start - 8:
                    break
            if holder is None and previous is not None and text[previous[0].end:m.start] in ("、", "和", "及"):
                holder = previous[1]  # 局工会魏主席、游主席: a list of posts in one body
            previous = (m, holder)
            if holder is not None:
                rels.add(m.name, "POSITION", self._name(holder, author), sent, text, (holder.start, m.end))
            elif self.union_title_before.search(text[max(sent[0], m.start - 8):m.start]):
                rels.add(m.name, "POSITION", AUTHOR, sent, text, (m.start, m.end))

    def _structure(self, text, sent, mentions, subject, author, rels, explicit=()) -> None:
        s, e = sent
        for match in _LEADERSHIP.finditer(text, s, e):
            leaders = [m for m in mentions if m.type == "ORG" and match.start(1) <= m.start and m.end <= match.end(1)]
            for head in self._led(text, match, mentions, explicit, author) or subject:
                for m in leaders:
                    rels.add(head, "SUBORDINATE_OF", self._name(m, author), sent, text, match.span())
        for match in _SUBORDINATES.finditer(text, s, e):
            pos = match.end()
            for m in mentions:
                if m.type == "ORG" and m.start == pos:
                    for parent in subject:
                        rels.add(self._name(m, author), "SUBORDINATE_OF", parent, sent, text, (match.start(), m.end))
                    pos = m.end + 1 if text[m.end:m.end + 1] in "、和及与" else -1

    def _speakers(self, text, sent, mentions, rels) -> None:
        """``大会上，工会主席王某作了工作报告``: who speaks at a meeting took part in it.

        The meeting is the nearest one named before the speaker in the
        sentence (``会上`` after it in the same sentence), else the one after.
        """
        meetings = [m for m in mentions if m.type == "EVENT" and _MEETING.search(m.name)]
        if not meetings and _AT_THE_MEETING.match(text, clause_start(text, sent[0], sent[1])):
            # 会上，…: the meeting the previous sentences reported
            meetings = [e for e in self._events if e.end <= sent[0] and _MEETING.search(e.name)][-1:]
        if not meetings:
            return
        for m in mentions:
            if m.type != "PER" or not self.speech.match(text, m.end):
                continue
            before = [e for e in meetings if e.end <= m.start]
            meeting = before[-1] if before else next((e for e in meetings if e.start >= m.end), None)
            if meeting is None:
                continue
            rels.add(m.name, "PARTICIPATED_IN", meeting.name, sent, text,
                     (min(m.start, meeting.start), max(m.end, meeting.end)))

    def _led(self, text, match, mentions, explicit, author) -> list[str]:
        """Who works ``在X的领导下``: the body right before ``在`` (``外教社工会在…``), else
        the subject of the first clause after the phrase (``在区关工委的领导下，…，我们…``).

        A clause that opens with guidance (``根据X的工作意见，在X的领导下``) names a
        superior, not the subject, so its names are passed over.
        """
        for m in mentions:
            if m.type == "ORG" and 0 <= match.start() - m.end <= 2 and \
                    text[m.end:match.start()] in ("", "组织", "在"):
                return [self._name(m, author)]
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

    def _staff(self, text, mentions, author, rels, doc) -> None:
        """``郭校长``, ``女教师周华`` in a report that names one school: they work there.

        A staff title (``data/staff_titles.tsv``) says which kind of body its
        holder works in; when the report names exactly one body of that kind,
        and the person holds no post found otherwise, that body is theirs.
        """
        placed = {head for head, type_, _ in rels.items if type_ == "POSITION"}
        bodies = {m.name for m in mentions if m.type == "ORG" and not _UNION_OR_PARTY.search(m.name)}
        for m in mentions:
            if m.type != "PER" or m.name in placed:
                continue
            around = text[max(0, m.start - 3):m.start] + "|" + m.name + "|" + text[m.end:m.end + 3]
            for title, kinds in self.staff_titles:
                if title not in around:
                    continue
                hosts = [b for b in bodies if b.endswith(kinds)]
                if len(hosts) == 1:
                    rels.add(m.name, "POSITION", self._name(_named(mentions, hosts[0]), author),
                             _sentence_of(doc, m), text, (m.start, m.end))
                    placed.add(m.name)
                break

    def _containment(self, mentions, author, text, rels, doc) -> None:
        """A listed organisation whose name holds another listed one belongs to it."""
        orgs = {m.name: m for m in mentions if m.type == "ORG"}
        events = {m.name: m for m in mentions if m.type == "EVENT"}
        for name, m in orgs.items():
            for other in orgs:
                if other != name and name.startswith(other) and len(name) > len(other) and \
                        not name[len(other):].startswith(("和", "与")):
                    rels.add(self._name(m, author), "SUBORDINATE_OF", self._name(orgs[other], author),
                             _sentence_of(doc, m), text, (m.start, m.end))
        for name, m in events.items():
            for other in orgs:
                if name.startswith(other) and len(other) >= 3:
                    rels.add(self._name(orgs[other], author), "ORGANIZED", name, _sentence_of(doc, m), text,
                             (m.start, m.end))

    def _winners_took_part(self, rels: _Relations, events: set[str]) -> None:
        """(X RECEIVED A) and (A AWARDED_BY event E) give (X PARTICIPATED_IN E)."""
        conferred_at = [(head, tail) for (head, type_, tail) in rels.items
                        if type_ == "AWARDED_BY" and tail in events]
        for (head, type_, tail), rel in list(rels.items.items()):
            if type_ != "RECEIVED":
                continue
            for award, event in conferred_at:
                if award == tail:
                    rels.items.setdefault((head, "PARTICIPATED_IN", event),
                                          Relation(head, "PARTICIPATED_IN", event, list(rel.evidence[:1])))


def alternation_of(words: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


_LIST_GAPS = frozenset({"、", "和", "及", "与", "以及", "，"})
_EXAMPLES = re.compile("(?:如|例如|比如|诸如|包括)")
_MEETING = re.compile("(?:会|会议|大会)$")
_AT_THE_MEETING = re.compile("(?:会上|会议上|大会上|会议期间)")
_UNION_OR_PARTY = re.compile("(?:工会|工委|分会|小组|党委|党支部|党总支|团委|委员会)$")


def _named(mentions: list[Mention], name: str) -> Mention:
    return next(m for m in mentions if m.name == name)


def _sentence_of(doc: Doc, m: Mention) -> tuple[int, int]:
    return sentence_of(doc, m.start)


@Language.factory("ukg_relations")
def make_relations(nlp: Language, name: str) -> RelationFinder:
    return RelationFinder()
