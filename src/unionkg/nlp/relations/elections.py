"""Elections: ``张三当选主席，李四、王五当选副主席``, ``选举张三为主席，李四为副主席``
(POSITION, with the post).

The body of the post is the one named after 当选 (``当选为新一届工会委员会委员``,
the numbered committee the report named before when only its kind is
repeated); without one, a member (委员) sits on the committee just elected
and a chair or vice-chair holds the post in the union (the writer, or the
last union named).  ``王某等9人组成的第四届工会委员会`` gives each named
member a seat.
"""
from __future__ import annotations

import re
from functools import lru_cache

from unionkg.model import AUTHOR, Mention
from unionkg.nlp.lexicon import pattern
from unionkg.nlp.relations.context import DocContext
from unionkg.nlp.relations.enumerations import holds_only_names
from unionkg.nlp.relations.titles import chain
from unionkg.nlp.union_names import is_elected_committee, is_electing_body, leads_union

_ELECTED = pattern("elections", "elected")
_FORMED = pattern("elections", "formed")
_FORMED_BY = pattern("elections", "formed_by")
_FORMED_BY_BELOW = pattern("elections", "formed_by_below")
_COPULA = pattern("elections", "copula")
_HELD_BY = pattern("elections", "held_by")
_CLAUSE_END = re.compile("[，,。；;！!？?\n]|$")
_CHOSEN_AS = pattern("elections", "chosen_as")
_ELECTS = pattern("elections", "elects")
_COMMITTEE = re.compile("(?:委员会|主席团|理事会|监事会|常委会)$")
#: 第四届委员会 after a union's name: the committee of one term
_ORDINAL_COMMITTEE = re.compile("第?[一二三四五六七八九十\\d]+届(?:工会)?(?:委员会|理事会)$")
#: a committee written by its kind alone after 当选, where the tagger found no name
_COMMITTEE_WRITTEN = re.compile("(?P<body>[^，,。；、\\s]{2,12}?(?:委员会|理事会|监事会|主席团))")
#: between listed people and the verb (``甲、乙同志``, ``甲被任命为``, ``甲以全票当选``)
_LIST = re.compile(r"[、，,和及与\s]*(?:同志)?(?:被|(?:以|经)?(?:全票|高票|满票|无记名投票|差额选举|等额选举)|一致)?")
#: 新一届工会委员会 / 第五届工会委员会: the committee of the union named before, written generically
_UNION_COMMITTEE = re.compile("^(?:新一届|新一任|本届|第[一二三四五六七八九十\\d]+届)?工会委员会$")


@lru_cache(maxsize=1)
def _title() -> re.Pattern[str]:
    return re.compile(f"(?P<title>{chain()})")


def find(ctx: DocContext) -> None:
    text = ctx.text
    for sent in ctx.sentences:
        matches = list(_ELECTED.finditer(text, sent[0], sent[1]))
        if _ELECTS.search(text, sent[0], sent[1]):
            matches += _CHOSEN_AS.finditer(text, sent[0], sent[1])
        for match in matches:
            people = _people_before(ctx, sent, match.start()) or _profiled(ctx, sent, match)
            if not people:
                continue
            after = match.end()
            org = next((m for m in ctx.within(after, after + 16, "ORG") if m.start == after), None)
            written = None if org else _COMMITTEE_WRITTEN.match(text, after, sent[1])
            title_match = _title().match(text, org.end if org else written.end("body") if written else after)
            title = title_match.group("title") if title_match else ""
            if org:
                bodies = [_numbered(ctx, org)]
            elif written:  # 新一届工会委员会委员: the committee named before under its full name
                bodies = _named_before(ctx, written.group("body"), match.start())
            else:
                bodies = implied(ctx, sent, match.start(), title)
            bodies += [u for u in union_of_committee(ctx, bodies, title) if u not in bodies]
            _committee_of_union(ctx, sent, bodies)
            for person in people:
                for body in bodies:
                    ctx.found.add(person.name, "POSITION", body, sent, (person.start, match.end()), title=title)
        for match in _COPULA.finditer(text, sent[0], sent[1]):
            _copula(ctx, sent, match)
        for match in _HELD_BY.finditer(text, sent[0], sent[1]):
            _held_by(ctx, sent, match)
        for match in [*_FORMED_BY.finditer(text, sent[0], sent[1]), *_FORMED_BY_BELOW.finditer(text, sent[0], sent[1])]:
            _members(ctx, sent, match)
        for match in _FORMED.finditer(text, sent[0], sent[1]):
            org = next((m for m in ctx.within(match.end(), match.end() + 2, "ORG")), None)
            if org is None:
                continue
            for person in _people_before(ctx, sent, match.start()):
                ctx.found.add(person.name, "POSITION", ctx.name(org), sent, (person.start, org.end))


def _committee_of_union(ctx: DocContext, sent: tuple[int, int], bodies: list[str]) -> None:
    """A chair's two bodies, the committee just elected (``第三届委员会``) and the union it
    leads: the committee is the union's (SUBORDINATE_OF)."""
    committees = [b for b in bodies if b != AUTHOR and _ORDINAL_COMMITTEE.search(b)]
    unions = [b for b in bodies if is_electing_body(ctx.author if b == AUTHOR else b)]
    if len(committees) == 1 and len(unions) == 1:
        ctx.found.add(committees[0], "SUBORDINATE_OF", unions[0], sent, sent)


def _members(ctx: DocContext, sent: tuple[int, int], match: re.Match) -> None:
    """``第四届委员会由王某、李某等5人组成``, ``…由以下同志组成：`` and the names below: each
    member holds a seat in the body, named right before 由 or, as 委员会, earlier."""
    body = next((m for m in ctx.within(sent[0], match.start() + 1, "ORG") if m.end == match.start()), None)
    if body is not None:
        bodies = [ctx.name(body)]
    elif match.group("body"):
        bodies = _named_before(ctx, match.group("body"), match.start())
    else:
        return
    if "who" in match.groupdict():
        span = match.span("who")
    else:  # the names after the colon, or on the line below it
        span = _line_at(ctx.text, match.end())
        if not ctx.text[span[0]:span[1]].strip() or not ctx.within(*span):
            span = _line_at(ctx.text, span[1] + 1)
    named = ctx.within(*span)
    if not named or any(m.type != "PER" for m in named) or not holds_only_names(ctx.text, span, named):
        return
    for person in named:
        for name in bodies:
            ctx.found.add(person.name, "POSITION", name, sent, (person.start, person.end), title="委员")


def _line_at(text: str, start: int) -> tuple[int, int]:
    """From ``start`` to the end of its line."""
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def _body_and_title(ctx: DocContext, start: int) -> tuple[Mention, str, int] | None:
    """``青山机械厂工会主席`` at ``start``: the body named there, its post, where the post ends."""
    org = next((m for m in ctx.within(start, start + 1, "ORG") if m.start == start), None)
    if org is None:
        return None
    gap = 1 if ctx.text.startswith("的", org.end) else 0
    title = _title().match(ctx.text, org.end + gap)
    if title is None or not title.group("title"):
        return None
    return org, title.group("title"), title.end()


def _copula(ctx: DocContext, sent: tuple[int, int], match: re.Match) -> None:
    """``宋某为青山机械厂工会主席。``: only when the body and its post are all the clause says."""
    people = _people_before(ctx, sent, match.start())
    held = _body_and_title(ctx, match.end()) if people else None
    if held is None or not _CLAUSE_END.match(ctx.text, held[2]):
        return
    org, title, _ = held
    for person in people:
        ctx.found.add(person.name, "POSITION", ctx.name(org), sent, (person.start, held[2]), title=title)


def _held_by(ctx: DocContext, sent: tuple[int, int], match: re.Match) -> None:
    """``青山电力公司工会主席由孙某担任``: the post right before 由, its holders after it."""
    people = [m for m in ctx.within(*match.span("who"), "PER") if m.end <= match.end("who")]
    if not people or not _LIST.fullmatch(ctx.text, people[-1].end, match.end("who")):
        return
    for org in reversed(ctx.within(sent[0], match.start(), "ORG")):
        held = _body_and_title(ctx, org.start)
        if held is not None and held[2] == match.start():
            for person in people:
                ctx.found.add(person.name, "POSITION", ctx.name(org), sent, (org.start, match.end()), title=held[1])
            return


#: the posts that lead a union, not only its committee (GUIDELINES: an elected chair holds both)


def union_of_committee(ctx: DocContext, bodies: list[str], title: str) -> list[str]:
    """``当选为县教育工会第四届委员会主席``: the chair of a union's committee chairs the union."""
    if not leads_union(title):
        return []
    unions = []
    for body in bodies:
        name = ctx.author if body == AUTHOR else body
        if not name or not _COMMITTEE.search(name):
            continue
        parents = [r.tail for r in ctx.found.of_type("SUBORDINATE_OF") if r.head == body]
        if parents:
            unions += parents
        else:
            host = _ORDINAL_COMMITTEE.sub("", name)
            if host != name and is_electing_body(host):
                named = [m for m in ctx.mentions if m.type == "ORG" and m.name.endswith(host)]
                unions += [ctx.name(max(named, key=lambda m: len(m.name)))] if named else []
    return unions


def _profiled(ctx: DocContext, sent: tuple[int, int], match: re.Match) -> list[Mention]:
    """``李某，女，1975年出生，现任X主席``: a profile's one person holds the post it ends with."""
    if not match.group(0).startswith(("现任", "兼任")):
        return []
    people = ctx.within(sent[0], match.start(), "PER")
    return people[:1] if len(people) == 1 and people[0].start - sent[0] <= 2 else []


def _people_before(ctx: DocContext, sent: tuple[int, int], end: int) -> list[Mention]:
    """The list of people right before ``end`` (``杨某、张某 、毛某``)."""
    people: list[Mention] = []
    for person in reversed(ctx.within(sent[0], end, "PER")):
        if _LIST.fullmatch(ctx.text, person.end, end):
            people.append(person)
            end = person.start
        else:
            break
    return people[::-1]


def _named_before(ctx: DocContext, written: str, at: int) -> list[str]:
    """The last body named before ``at`` whose name ends with ``written``; for a union's
    committee written generically (新一届工会委员会), the last union named before."""
    earlier = [m for m in ctx.mentions if m.type == "ORG" and m.start < at and m.name.endswith(written)]
    if not earlier and _UNION_COMMITTEE.search(written):
        earlier = [m for m in ctx.mentions if m.type == "ORG" and m.start < at and m.name.endswith(("工会", "工會"))]
    return [ctx.name(earlier[-1])] if earlier else []


def _numbered(ctx: DocContext, org: Mention) -> str:
    """``新一届工会委员会`` → the ``第四届工会委员会`` the report named before."""
    earlier = [m for m in ctx.mentions if m.type == "ORG" and m.start < org.start and
               m.name.endswith(org.name) and len(m.name) > len(org.name)]
    return ctx.name(earlier[-1]) if earlier else ctx.name(org)


def implied(ctx: DocContext, sent: tuple[int, int], at: int, title: str) -> list[str]:
    """The bodies of a post elected with no body written (``当选为工会主席``, ``委员：…``).

    A member (委员) sits on the committee named last; a chair or vice-chair
    holds the post in the union (the writer, or the last union named) and, when
    the union's committee was named just before, on that committee too
    (GUIDELINES: an elected chair has POSITION to both)."""
    if not title:
        return []
    before = [m for m in ctx.mentions if m.type == "ORG" and m.end <= at and m.start >= sent[0] - 300]
    committees = [m for m in before if _COMMITTEE.search(m.name)]
    if "委员" in title and not title.endswith("主任"):
        return [ctx.name(committees[-1])] if committees else []
    unions = [m for m in before if is_electing_body(m.name)]
    bodies = [AUTHOR] if ctx.author else [ctx.name(unions[-1])] if unions else []
    # 第三届委员会 / 青山市总工会第五届委员会 elected at a union's congress: its committee too
    union_committees = [m for m in committees if is_elected_committee(m.name) or
                        _ORDINAL_COMMITTEE.search(m.name)]
    if leads_union(title) and union_committees and ctx.name(union_committees[-1]) not in bodies:
        bodies.append(ctx.name(union_committees[-1]))
    return bodies


#: the committee a union's chair is elected on (not its audit or women's committee)
