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

from unionkg.model import Mention
from unionkg.nlp.lexicon import alternation
from unionkg.nlp.relations.context import DocContext
from unionkg.nlp.relations.post_bodies import bodies_of_chain, inherited
from unionkg.nlp.relations.posts_after import (
    appositive_after,
    bracketed,
    glued_title,
    works_at,
)
from unionkg.nlp.relations.titles import (
    chain,
    chained_post,
    gap_before_name,
    title_after_name,
    title_at_end,
)
from unionkg.nlp.relations.writer_posts import staff, writer_posts, writers_union

_LIST_JOINS = ("、", "和", "及", "与", "以及")
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
            posts = _posts_before(ctx, m) or bracketed(ctx, m) or writer_posts(ctx, m, title_after) or \
                glued_title(ctx, m) or appositive_after(ctx, m) or works_at(ctx, m)
            if not posts and previous is not None:
                prev_m, prev_posts = previous
                prev_after = title_after_name().match(ctx.text, prev_m.end)
                gap_from = prev_after.end() if prev_after else prev_m.end
                gap = ctx.text[gap_from:m.start]
                if gap in _LIST_JOINS:
                    posts = [(body, title_after or own_title or title) for body, title in prev_posts]
                elif (titled := _JOIN_THEN_TITLE().fullmatch(gap)) and prev_posts:
                    posts = inherited(ctx, prev_posts[0], titled.group("title"), m)
            previous = (m, posts)
            for body, title in posts:
                ctx.found.add(m.name, "POSITION", body, sent, (m.start, m.end),
                              title=title or title_after or own_title)
            if not posts and ctx.author and union_title_before.search(ctx.text[max(sent[0], m.start - 8):m.start]):
                word = union_title_before.search(ctx.text[max(sent[0], m.start - 8):m.start]).group(0)
                ctx.found.add(m.name, "POSITION", writers_union(ctx), sent, (m.start, m.end), title=word)
    staff(ctx)


@lru_cache(maxsize=1)
def _JOIN_THEN_TITLE() -> re.Pattern[str]:
    return re.compile(f"(?:、|和|及|与|以及|，|,)(?P<title>{chain()})")


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
        posts.extend(bodies_of_chain(ctx, holder, title))
        if not title:
            return posts  # ``ORG的PER`` / ``ORG PER``: no chain of posts goes further back
        end = holder.start
