"""Which body each post of a chain belongs to, and bare posts that follow one.

``公司党委书记、董事长``: the party post in the committee, the other in the
company; ``X党委书记甲，厂长乙，工会主席丙``: bare posts after a body's post
are the same host's, post by post (a unit's post in that unit, a head's post
in the host of its kind).  A body found so must be one the report names.
"""
from __future__ import annotations

import re

from unionkg.model import AUTHOR, Mention
from unionkg.nlp.lexicon import pattern
from unionkg.nlp.relations.context import DocContext
from unionkg.nlp.relations.titles import head_of
from unionkg.nlp.union_names import is_union

#: a post's own body word (党委书记 → 党委, 工会主席 → 工会): the body is the host's unit
UNIT_OF_POST = re.compile("^(?:党委|党组|党总支|党支部|纪委|团委|工会|女工委|经审会)")
_UNIT_AT_END = re.compile("(?:党委|党组|党总支|党支部|纪委|团委)$")


#: a post whose title names the kind of body it heads (厂长 of a 厂, 校长 of a 学校)
_HEAD_OF_KIND = re.compile("^副?(?P<kind>[厂校院局所行站处馆])长$")
_COMPANY_POSTS = re.compile("^(?:副?董事长|副?总经理|总裁|副?经理)$")


_ASSOCIATION_POST = pattern("posts", "association_post")


def bodies_of_chain(ctx: DocContext, holder: Mention, title: str) -> list[tuple[str, str]]:
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
        unit = UNIT_OF_POST.match(post)
        body = None
        if unit and host and not (party and unit.group(0) == party.group(0)):
            # (a bare 纪委 holding 书记、工会主席 has no host: its 工会 is not any union named)
            body = named_body(ctx, host + unit.group(0), holder)
        elif party and not unit and out:
            body = named_body(ctx, host, holder)
        out.append((body or ctx.name(holder), post))
    merged: dict[str, list[str]] = {}
    for body, post in out:
        merged.setdefault(body, []).append(post)
    return [(body, "、".join(titles)) for body, titles in merged.items()]


def named_body(ctx: DocContext, name: str, near: Mention) -> str | None:
    """The body the report names ``name`` by: itself, or the longest name ending in it."""
    if len(name) < 2:
        return None
    if ctx.author and ctx.author.endswith(name):
        return AUTHOR
    named = [m for m in ctx.mentions if m.type == "ORG" and m.name.endswith(name)]
    if not named:
        return None
    return ctx.name(max(named, key=lambda m: (len(m.name), -abs(m.start - near.start))))


def inherited(ctx: DocContext, previous: list[tuple[str, str]], title: str,
              person: Mention) -> list[tuple[str, str]]:
    """The bodies of a bare chain after the previous person's posts, post by post.

    ``协会理事长林某、副理事长王某``: a rank of the same post is in the same body
    (立法委员 after 工会理事长 is a post elsewhere), whichever of the previous
    person's bodies held it (``市总工会党组书记、主席甲，副主席乙``: 主席 was the
    union's, not the party group's); ``公司党委书记甲，总经理、党委副书记乙``: the
    party post in the committee, the company's post in the company."""
    out: dict[str, list[str]] = {}
    for post in [p for p in re.split("[、兼]", title) if p]:
        unit = UNIT_OF_POST.match(post)
        same = next((body for body, prev_title in previous
                     if _same_post(body, prev_title, post, unit)), None)
        if same is not None:
            out.setdefault(same, []).append(post)
            continue
        for other, _ in same_host(ctx, previous[0][0], post, person):
            out.setdefault(other, []).append(post)
    return [(b, "、".join(titles)) for b, titles in out.items()]


def _same_post(body: str, prev_title: str, post: str, unit: re.Match | None) -> bool:
    """Whether ``post`` is a rank of one of the posts ``prev_title`` held in ``body``."""
    for prev in [p for p in re.split("[、兼]", prev_title) if p] or [prev_title]:
        prev_unit = UNIT_OF_POST.match(prev) or _UNIT_AT_END.search(body)
        same_unit = (unit.group(0) if unit else "") == (prev_unit.group(0) if prev_unit and unit else "")
        if head_of(post) and head_of(post) == head_of(prev) and same_unit:
            return True
    return False


def same_host(ctx: DocContext, body: str, title: str, person: Mention) -> list[tuple[str, str]]:
    """``X党委书记甲，厂长乙，工会主席丙``: bare posts after a body's post are the same host's.

    The host is the previous body without its party or union unit; a post
    naming a unit (工会主席) is that unit of the host, a post naming the host's
    kind (厂长 after 机械厂) or a company's post (总经理 after 某公司) the host
    itself.  Other bare posts (副县长 after 县委书记) may be anyone's, so none."""
    writer_is_host = body == AUTHOR and bool(ctx.author) and not is_union(ctx.author)
    if not writer_is_host and (body == AUTHOR or is_union(body)):
        # 本会理事长甲、常务理事乙: the union's own posts go on in the union
        return [(body, title)] if _ASSOCIATION_POST.match(title) else []
    if writer_is_host:  # 公司董事长甲，总经理乙 in the company's own news
        kind = _HEAD_OF_KIND.match(title)
        fits = (kind and ctx.author.endswith(kind.group("kind"))) or \
            (_COMPANY_POSTS.match(title) and ctx.author.endswith(("公司", "集团")))
        return [(AUTHOR, title)] if fits else []
    host = _UNIT_AT_END.sub("", body)
    if len(host) < 2:
        return []
    unit = UNIT_OF_POST.match(title)
    if unit:
        named = named_body(ctx, host + unit.group(0), person)
        return [(named, title)] if named else []
    kind = _HEAD_OF_KIND.match(title)
    fits = (kind and host.endswith(kind.group("kind"))) or \
        (_COMPANY_POSTS.match(title) and host.endswith(("公司", "集团")))
    named = named_body(ctx, host, person) if fits else None
    return [(named, title)] if named else []
