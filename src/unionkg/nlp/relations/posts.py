"""Appositive posts: who holds which post in which body (POSITION, with its title).

The news genre names officials by their posts before the name, several
chained (``市政协党组副书记、副主席、市总工会主席李廷荣``), shared along a list
(``省直机关工会委员会江霞主任、李鹏副主任``), in brackets after the name
(``张某（市总工会副主席）``) or after the name alone with the writer's own
body (``我院赵某院长``).  Each person gets POSITION to every body of a post,
carrying the title as written.  A staff title (``郭校长``) places its holder in
the one body of its kind the report names.
"""
from __future__ import annotations

import re
from functools import lru_cache

from unionkg.model import AUTHOR, Mention
from unionkg.nlp.lexicon import alternation, pattern, table
from unionkg.nlp.relations.context import DocContext
from unionkg.nlp.relations.titles import (
    chain,
    chained_post,
    gap_before_name,
    head_of,
    title_after_name,
    title_at_end,
)

_LIST_JOINS = ("、", "和", "及", "与", "以及")
_UNION_SUFFIX = re.compile("(?:分工会|工会委员会|工会|分会|工會|职工会)$")
_UNION_OR_PARTY = re.compile("(?:工会|工委|分会|小组|党委|党支部|党总支|团委|委员会)$")
#: how far before a name a post's body may start (a long title chain)
_REACH = 24


def find(ctx: DocContext) -> None:
    union_title_before = re.compile("(?:" + alternation("union_titles") + ")$")
    for sent in ctx.sentences:
        previous: tuple[Mention, list[tuple[str, str]]] | None = None  # the last person, their posts
        for m in ctx.within(sent[0], sent[1], "PER"):
            own_title = title_at_end(m.name)
            after = title_after_name().match(ctx.text, m.end)
            title_after = after.group("title") if after else ""
            posts = _posts_before(ctx, m) or _bracketed(ctx, m) or _writer_posts(ctx, m, title_after) or \
                _glued_title(ctx, m) or _appositive_after(ctx, m) or _works_at(ctx, m)
            if not posts and previous is not None:
                prev_m, prev_posts = previous
                prev_after = title_after_name().match(ctx.text, prev_m.end)
                gap_from = prev_after.end() if prev_after else prev_m.end
                gap = ctx.text[gap_from:m.start]
                if gap in _LIST_JOINS:
                    posts = [(body, title_after or own_title or title) for body, title in prev_posts]
                elif (titled := _JOIN_THEN_TITLE().fullmatch(gap)) and prev_posts:
                    posts = _inherited(ctx, prev_posts[0], titled.group("title"), m)
            previous = (m, posts)
            for body, title in posts:
                ctx.found.add(m.name, "POSITION", body, sent, (m.start, m.end),
                              title=title or title_after or own_title)
            if not posts and ctx.author and union_title_before.search(ctx.text[max(sent[0], m.start - 8):m.start]):
                word = union_title_before.search(ctx.text[max(sent[0], m.start - 8):m.start]).group(0)
                ctx.found.add(m.name, "POSITION", _writers_union(ctx), sent, (m.start, m.end), title=word)
    _staff(ctx)


@lru_cache(maxsize=1)
def _JOIN_THEN_TITLE() -> re.Pattern[str]:
    return re.compile(f"(?:、|和|及|与|以及|，|,)(?P<title>{chain()})")


#: a post whose title names the kind of body it heads (厂长 of a 厂, 校长 of a 学校)
_HEAD_OF_KIND = re.compile("^副?(?P<kind>[厂校院局所行站处馆])长$")
_COMPANY_POSTS = re.compile("^(?:副?董事长|副?总经理|总裁|副?经理)$")


def _inherited(ctx: DocContext, previous: tuple[str, str], title: str, person: Mention) -> list[tuple[str, str]]:
    """The bodies of a bare chain after the previous person's post, post by post.

    ``协会理事长林某、副理事长王某``: a rank of the same post is in the same body
    (立法委员 after 工会理事长 is a post elsewhere); ``公司党委书记甲，总经理、党委副书记乙``:
    the party post in the committee, the company's post in the company."""
    body, prev_title = previous
    prev_unit = _UNIT_OF_POST.match(prev_title) or _UNIT_AT_END.search(body)
    out: dict[str, list[str]] = {}
    for post in [p for p in re.split("[、兼]", title) if p]:
        unit = _UNIT_OF_POST.match(post)
        same_unit = (unit.group(0) if unit else "") == (prev_unit.group(0) if prev_unit and unit else "")
        if head_of(post) == head_of(prev_title) and same_unit:
            out.setdefault(body, []).append(post)
            continue
        for other, _ in _same_host(ctx, body, post, person):
            out.setdefault(other, []).append(post)
    return [(b, "、".join(titles)) for b, titles in out.items()]


def _same_host(ctx: DocContext, body: str, title: str, person: Mention) -> list[tuple[str, str]]:
    """``X党委书记甲，厂长乙，工会主席丙``: bare posts after a body's post are the same host's.

    The host is the previous body without its party or union unit; a post
    naming a unit (工会主席) is that unit of the host, a post naming the host's
    kind (厂长 after 机械厂) or a company's post (总经理 after 某公司) the host
    itself.  Other bare posts (副县长 after 县委书记) may be anyone's, so none."""
    if body == AUTHOR or _UNION_SUFFIX.search(body):
        # 本会理事长甲、常务理事乙: the union's own posts go on in the union
        return [(body, title)] if _ASSOCIATION_POST.match(title) else []
    host = _UNIT_AT_END.sub("", body)
    if len(host) < 2:
        return []
    unit = _UNIT_OF_POST.match(title)
    if unit:
        named = _named_body(ctx, host + unit.group(0), person)
        return [(named, title)] if named else []
    kind = _HEAD_OF_KIND.match(title)
    fits = (kind and host.endswith(kind.group("kind"))) or \
        (_COMPANY_POSTS.match(title) and host.endswith(("公司", "集团")))
    named = _named_body(ctx, host, person) if fits else None
    return [(named, title)] if named else []


_TRADE = pattern("posts", "trade")
#: a trade word is short: longer stretches between a body and a name are something else
_TRADE_REACH = 5


def _works_at(ctx: DocContext, person: Mention) -> list[tuple[str, str]]:
    """``江北机械厂焊工刘某``: a body, a trade, a name; the person works there (GUIDELINES:
    a person given with their unit has POSITION to it), with no post title."""
    for org in reversed(ctx.within(max(0, person.start - 24), person.start, "ORG")):
        if org.end < person.start - _TRADE_REACH:
            break
        if org.end < person.start and _TRADE.fullmatch(ctx.text, org.end, person.start) and \
                not _OWN_POST_WORD.search(ctx.text, org.end, person.start):
            return [(ctx.name(org), "")]
    return []


#: 组织员工, 带领职工: a verb before the trade makes the body a subject, not an employer
_OWN_POST_WORD = re.compile("组织|带领|发动|动员|号召|慰问|看望|走访|为")


def _appositive_after(ctx: DocContext, person: Mention) -> list[tuple[str, str]]:
    """``李某，江北机械厂工会主席，作报告``: the post set off by commas after the name."""
    text = ctx.text
    if text[person.end:person.end + 1] not in ("，", ","):
        return []
    org = next((o for o in ctx.within(person.end + 1, person.end + 2, "ORG")), None)
    if org is None:
        return []
    post = title_after_name().match(text, org.end)
    if post is None or text[post.end():post.end() + 1] not in ("，", ",", "。", "；", ";"):
        return []
    return [(ctx.name(org), post.group("title"))]


def _posts_before(ctx: DocContext, person: Mention) -> list[tuple[str, str]]:
    """``X工会主席 Y副书记、PER``: every body whose post chain runs up to the name."""
    posts: list[tuple[str, str]] = []
    end = person.start
    orgs = [o for o in ctx.within(max(0, person.start - _REACH * 2), person.start, "ORG") if o.end <= person.start]
    gap = gap_before_name()
    while True:
        holder, title = None, ""
        for org in reversed(orgs):
            if org.end > end or org.end < end - _REACH:
                continue
            match = (gap if not posts else chained_post()).fullmatch(ctx.text, org.end, end)
            if match:
                holder, title = org, match.group("title") or ""
                break
        if holder is None:
            return posts
        posts.extend(_bodies_of_chain(ctx, holder, title))
        if not title:
            return posts  # ``ORG的PER`` / ``ORG PER``: no chain of posts goes further back
        end = holder.start


#: a post's own body word (党委书记 → 党委, 工会主席 → 工会): the body is the host's unit
_UNIT_OF_POST = re.compile("^(?:党委|党组|党总支|党支部|纪委|团委|工会|女工委|经审会)")
_UNIT_AT_END = re.compile("(?:党委|党组|党总支|党支部|纪委|团委)$")


def _bodies_of_chain(ctx: DocContext, holder: Mention, title: str) -> list[tuple[str, str]]:
    """``公司党委书记、董事长``: the party post in the committee, the next one in the company.

    Each post of a chain belongs to the body before it, unless it names its own
    unit of the host (``工会主席`` after ``中心党委副书记`` is the centre's union),
    or the body is the host's party committee and the post is no party post
    (``董事长`` after ``公司党委书记`` is the company's).  A body found so
    must be one the report names (its longest form), else the post stays with
    the body as written."""
    posts = [p for p in re.split("[、兼]", title) if p] if title else []
    if len(posts) < 2:
        return [(ctx.name(holder), title)]
    party = _UNIT_AT_END.search(holder.name)
    host = holder.name[:party.start()] if party else holder.name
    out: list[tuple[str, str]] = []
    for post in posts:
        unit = _UNIT_OF_POST.match(post)
        body = None
        if unit and not (party and unit.group(0) == party.group(0)):
            body = _named_body(ctx, host + unit.group(0), holder)
        elif party and not unit and out:
            body = _named_body(ctx, host, holder)
        out.append((body or ctx.name(holder), post))
    merged: dict[str, list[str]] = {}
    for body, post in out:
        merged.setdefault(body, []).append(post)
    return [(body, "、".join(titles)) for body, titles in merged.items()]


def _named_body(ctx: DocContext, name: str, near: Mention) -> str | None:
    """The body the report names ``name`` by: itself, or the longest name ending in it."""
    if len(name) < 2:
        return None
    if ctx.author and ctx.author.endswith(name):
        return AUTHOR
    named = [m for m in ctx.mentions if m.type == "ORG" and m.name.endswith(name)]
    if not named:
        return None
    return ctx.name(max(named, key=lambda m: (len(m.name), -abs(m.start - near.start))))


_GLUED = pattern("posts", "glued_title")
_GLUED_PARTY = pattern("posts", "glued_party")


def _glued_title(ctx: DocContext, person: Mention) -> list[tuple[str, str]]:
    """``勞工局長江某``: the title shares its first character with the body's last
    (局 + 局长); ``县委书记张某``: a party committee run into its post.  The
    body is the one the report names so elsewhere."""
    party = _GLUED_PARTY.search(ctx.text, max(0, person.start - 16), person.start)
    if party is not None:
        named = [m for m in ctx.mentions if m.type == "ORG" and m.name == party.group("body")]
        return [(ctx.name(named[0]), party.group("title"))] if named else []
    match = _GLUED.search(ctx.text, max(0, person.start - 14), person.start)
    if match is None or match.end() != person.start:
        return []
    body = match.group("body")
    named = [m for m in ctx.mentions if m.type == "ORG" and (m.name == body or body.endswith(m.name))
             and len(m.name) >= 2]
    if not named:
        return []
    best = max(named, key=lambda m: len(m.name))
    title = match.group("title")
    return [(ctx.name(best), title if len(title) > 2 or title.startswith(match.group("kind"))
             else title[:-1] + match.group("kind") + "长")]


def _bracketed(ctx: DocContext, person: Mention) -> list[tuple[str, str]]:
    """``张某（市总工会副主席）``: the body and post in brackets after the name."""
    if ctx.text[person.end:person.end + 1] not in ("（", "("):
        return []
    close = min((i for i in (ctx.text.find("）", person.end), ctx.text.find(")", person.end)) if i > 0),
                default=-1)
    if close < 0 or close - person.end > 40:
        return []
    posts = []
    for org in ctx.within(person.end + 1, close, "ORG"):
        match = gap_before_name().fullmatch(ctx.text, org.end, close)
        rest = title_after_name().match(ctx.text, org.end)
        if match or rest:
            posts.append((ctx.name(org), (match.group("title") if match else rest.group("title")) or ""))
    return posts


_SELF_WORDS = pattern("posts", "self_body")


_BARE_HOST = pattern("posts", "bare_host")
_OWN_UNION = pattern("posts", "own_union")
_ASSOCIATION_POST = pattern("posts", "association_post")


def _writer_posts(ctx: DocContext, person: Mention, title_after: str) -> list[tuple[str, str]]:
    """``我院赵某院长``: a post in the writer's own body (the host of its union);
    ``公司总经理陈某`` in a report by ``青山公司工会``: the same, by the host's kind."""
    if not ctx.author:
        return []
    titled_own = re.search(f"(?:{chain()})$", ctx.text[max(0, person.start - 16):person.start])
    if titled_own and _OWN_UNION.search(ctx.text, max(0, person.start - len(titled_own.group(0)) - 3),
                                        person.start - len(titled_own.group(0))):
        return [(AUTHOR, titled_own.group(0))]  # 本会理事长王某
    before = _SELF_WORDS.search(ctx.text, max(0, person.start - 3), person.start)
    if before is not None and before.end() == person.start:
        # 本会陈某理事长: the writing union itself; 我院赵某院长: the host of the writer's union
        body = AUTHOR if before.group(0).endswith("会") else _writer_body(ctx)
        return [(body, title_after or title_at_end(person.name))] if body else []
    titled = re.search(f"(?:{chain()})$", ctx.text[max(0, person.start - 16):person.start])
    if titled is None:
        return []
    bare = _BARE_HOST.search(ctx.text, max(0, person.start - len(titled.group(0)) - 3),
                             person.start - len(titled.group(0)))
    body = _writer_body(ctx) if bare else None
    if body is None or body == AUTHOR or not body.endswith(bare.group("kind")):
        return []
    return [(body, titled.group(0))]


def _writers_union(ctx: DocContext) -> str:
    """The union a bare ``工会副主席`` holds a post in: the writer, or when the writer is
    the host itself (a school's own news), the host's union the report names."""
    author = ctx.author or ""
    if _UNION_SUFFIX.search(author):
        return AUTHOR
    own = [m for m in ctx.mentions if m.type == "ORG" and m.name.startswith(author)
           and _UNION_SUFFIX.fullmatch(m.name, len(author))]
    return max(own, key=lambda m: len(m.name)).name if own and author else AUTHOR


def _writer_body(ctx: DocContext) -> str | None:
    """The body the writer belongs to: ``高职学院`` for ``高职学院分工会`` when the report
    names it; the writer itself when it is no union (``东北地理所``); else unknown."""
    author = ctx.author or ""
    host = _UNION_SUFFIX.sub("", author)
    if host == author:
        return AUTHOR
    if any(m.name == host for m in ctx.mentions if m.type == "ORG"):
        return host
    return None


def _staff(ctx: DocContext) -> None:
    """``郭校长``, ``女教师周华`` in a report that names one school: they work there.

    A staff title (``data/staff_titles.tsv``) says which kind of body its
    holder works in; when the report names exactly one body of that kind,
    and the person holds no post found otherwise, that body is theirs.
    """
    staff_titles = [(title, tuple(kinds.split())) for title, kinds in table("staff_titles").items()]
    placed = {r.head for r in ctx.found.of_type("POSITION")}
    bodies = {m.name: m for m in ctx.mentions if m.type == "ORG" and not _UNION_OR_PARTY.search(m.name)}
    text = ctx.text
    for m in ctx.mentions:
        if m.type != "PER" or m.name in placed:
            continue
        around = text[max(0, m.start - 3):m.start] + "|" + m.name + "|" + text[m.end:m.end + 3]
        for title, kinds in staff_titles:
            if title not in around:
                continue
            hosts = [b for b in bodies if b.endswith(kinds)]
            if len(hosts) == 1:
                ctx.found.add(m.name, "POSITION", ctx.name(bodies[hosts[0]]), ctx.sentence_of(m.start),
                              (m.start, m.end), title=title)
                placed.add(m.name)
            break
