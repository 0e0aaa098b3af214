"""Posts in the writer's own body: ``本会理事长王某``, ``我院赵某院长``, ``公司总经理陈某``
in a company union's report, a bare ``工会副主席`` in the writer's union, and staff
titles (``郭校长``) in the one body of their kind the report names.
"""
from __future__ import annotations

import re

from unionkg.model import AUTHOR, Mention
from unionkg.nlp.lexicon import pattern, table
from unionkg.nlp.one_body import one_outermost
from unionkg.nlp.relations.context import DocContext
from unionkg.nlp.relations.post_bodies import UNIT_OF_POST, named_body
from unionkg.nlp.relations.titles import chain, title_at_end
from unionkg.nlp.union_names import is_union, is_union_of, is_union_or_party_unit, union_host

_SELF_WORDS = pattern("posts", "self_body")


_BARE_HOST = pattern("posts", "bare_host")
_OWN_UNION = pattern("posts", "own_union")


def writer_posts(ctx: DocContext, person: Mention, title_after: str) -> list[tuple[str, str]]:
    """``我院赵某院长``: a post in the writer's own body (the host of its union);
    ``公司总经理陈某`` in a report by ``青山公司工会``: the same, by the host's kind;
    in news that names one company (``华源化工有限公司召开职代会，公司董事长黄某``), that one."""
    titled = re.search(f"(?:{chain()})$", ctx.text[max(0, person.start - 16):person.start])
    if ctx.author:
        if titled and _OWN_UNION.search(ctx.text, max(0, person.start - len(titled.group(0)) - 3),
                                        person.start - len(titled.group(0))):
            return [(AUTHOR, titled.group(0))]  # 本会理事长王某
        before = _SELF_WORDS.search(ctx.text, max(0, person.start - 3), person.start)
        if before is not None and before.end() == person.start:
            # 本会陈某理事长: the writing union itself; 我院赵某院长: the host of the writer's union
            body = AUTHOR if before.group(0).endswith("会") else writer_body(ctx)
            return [(body, title_after or title_at_end(person.name))] if body else []
    if titled is None:
        return []
    bare = _BARE_HOST.search(ctx.text, max(0, person.start - len(titled.group(0)) - 3),
                             person.start - len(titled.group(0)))
    if bare is None:
        return []
    kind = bare.group("kind")
    body = writer_body(ctx) if ctx.author else None
    if not (body == AUTHOR and ctx.author.endswith(kind) or body not in (None, AUTHOR) and body.endswith(kind)):
        body = the_one_of_kind(ctx, kind)
    return _split_units(ctx, body, kind, titled.group(0), person) if body else []


def _split_units(ctx: DocContext, body: str, kind: str, title: str, person: Mention) -> list[tuple[str, str]]:
    """``公司执行董事、党委书记吴某``: the party post in the company's committee the report
    names (``公司党委``), the other posts in the company."""
    out: dict[str, list[str]] = {}
    for post in [p for p in re.split("[、兼]", title) if p]:
        unit = UNIT_OF_POST.match(post)
        holder = named_body(ctx, kind + unit.group(0), person) if unit else None
        out.setdefault(holder or body, []).append(post)
    return [(b, "、".join(posts)) for b, posts in out.items()]


def the_one_of_kind(ctx: DocContext, kind: str) -> str | None:
    """The one body of a kind (``公司``) the report names in full, none of its units."""
    names = {ctx.name(m) for m in ctx.mentions if m.type == "ORG" and m.name.endswith(kind) and len(m.name) > len(kind)}
    return one_outermost(names)


def writers_union(ctx: DocContext) -> str:
    """The union a bare ``工会副主席`` holds a post in: the writer, or when the writer is
    the host itself (a school's own news), the host's union the report names."""
    author = ctx.author or ""
    if is_union(author):
        return AUTHOR
    own = [m for m in ctx.mentions if m.type == "ORG" and is_union_of(m.name, author)]
    return max(own, key=lambda m: len(m.name)).name if own and author else AUTHOR


def writer_body(ctx: DocContext) -> str | None:
    """The body the writer belongs to: ``高职学院`` for ``高职学院分工会`` when the report
    names it; the writer itself when it is no union (``东北地理所``); else unknown."""
    author = ctx.author or ""
    host = union_host(author)
    if host == author:
        return AUTHOR
    if any(m.name == host for m in ctx.mentions if m.type == "ORG"):
        return host
    return None


def staff(ctx: DocContext) -> None:
    """``郭校长``, ``女教师周华`` in a report that names one school: they work there.

    A staff title (``data/staff_titles.tsv``) says which kind of body its
    holder works in; when the report names exactly one body of that kind,
    and the person holds no post found otherwise, that body is theirs.
    """
    staff_titles = [(title, tuple(kinds.split())) for title, kinds in table("staff_titles").items()]
    placed = {r.head for r in ctx.found.of_type("POSITION")}
    bodies = {m.name: m for m in ctx.mentions if m.type == "ORG" and not is_union_or_party_unit(m.name)}
    text = ctx.text
    for m in ctx.mentions:
        if m.type != "PER" or m.name in placed:
            continue
        # 郭校长, 女教师周华: the title touches the name (not the next one's: 刘某，校长陈某)
        before = re.split(r"[，,、；;。：:\s]", text[max(0, m.start - 3):m.start])[-1]
        after = re.split(r"[，,、；;。：:\s]", text[m.end:m.end + 3])[0]
        around = before + "|" + m.name + "|" + after
        for title, kinds in staff_titles:
            if title not in around:
                continue
            hosts = [b for b in bodies if b.endswith(kinds)]
            if len(hosts) == 1:
                ctx.found.add(m.name, "POSITION", ctx.name(bodies[hosts[0]]), ctx.sentence_of(m.start),
                              (m.start, m.end), title=title)
                placed.add(m.name)
            break
