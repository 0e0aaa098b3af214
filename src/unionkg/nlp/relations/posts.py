"""Appositive posts: who holds which post in which body (POSITION, with its title).

The news genre names officials by their posts before the name, several
chained (``市政协党组副书记、副主席、市总工会主席李廷荣``), shared along a list
(``省直机关工会委员会江霞主任、李鹏副主任``), in brackets after the name
(``张某（市总工会副主席）``), after the name alone with the writer's own
body (``我院赵某院长``) or after an anaphor (``该会理事长``, ``anaphors.py``).
Each person gets POSITION to every body of a post, carrying the title as
written.  A staff title (``郭校长``) places its holder in
the one body of its kind the report names.
"""
from __future__ import annotations

import re
from functools import lru_cache

from unionkg.model import AUTHOR, Mention
from unionkg.nlp.lexicon import alternation, pattern
from unionkg.nlp.relations.anaphors import anaphoric
from unionkg.nlp.relations.context import DocContext
from unionkg.nlp.relations.post_bodies import bodies_of_chain, inherited
from unionkg.nlp.relations.posts_after import (
    appositive_after,
    bracketed,
    glued_title,
    works_at,
    works_in,
)
from unionkg.nlp.relations.titles import (
    chain,
    chained_post,
    gap_before_name,
    title_after_name,
    title_at_end,
)
from unionkg.nlp.relations.writer_posts import staff, the_one_of_kind, writer_posts, writers_union
from unionkg.nlp.union_names import is_member_body, is_union

_LIST_JOINS = ("、", "和", "及", "与", "以及")
#: what opens the clause a bare post starts (the post has no body before it)
_CLAUSE_OPENS = re.compile(r"(?:[，,。；;：:、\n\s]|由|并由)$")
#: a membership body whose bare posts (理事长, 会长) are its own
#: a government's head, never a post of the party committee listed before it (县委书记甲、县长乙)
_GOVERNMENT_HEAD = re.compile("[省市县区镇乡州]长$")
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
                glued_title(ctx, m) or appositive_after(ctx, m) or works_at(ctx, m) or \
                works_in(ctx, m) or anaphoric(ctx, m)
            if not posts and title_after and not _bare_member_title(ctx, m, sent) and \
                    (host := _host_of_title_after(ctx, title_after)) is not None:
                posts = [(host, title_after)]  # 王某董事长、李某发言人: the list after it shares the body
            if not posts and previous is not None:
                prev_m, prev_posts = previous
                prev_after = title_after_name().match(ctx.text, prev_m.end)
                gap_from = prev_after.end() if prev_after else prev_m.end
                gap = ctx.text[gap_from:m.start]
                if gap in _LIST_JOINS:
                    posts = [(body, title_after or own_title or title) for body, title in prev_posts]
                elif (titled := _JOIN_THEN_TITLE().fullmatch(gap)) and prev_posts:
                    posts = inherited(ctx, prev_posts, titled.group("title"), m)
                    body = prev_posts[0][0]
                    if not posts and gap.startswith("、") and not _GOVERNMENT_HEAD.search(titled.group("title")) \
                            and body != AUTHOR and not is_member_body(body) and not is_union(body):
                        # 劳动部部长甲、次长乙: a list joined by 、 names the posts of one body (a union's
                        # list goes on with its own posts only: 工会理事长甲、立法委员乙)
                        posts = [(body, titled.group("title"))]
            previous = (m, posts)
            for body, title in posts:
                ctx.found.add(m.name, "POSITION", body, sent, (m.start, m.end),
                              title=title or title_after or own_title)
            if not posts and ctx.author and union_title_before.search(ctx.text[max(sent[0], m.start - 8):m.start]):
                word = union_title_before.search(ctx.text[max(sent[0], m.start - 8):m.start]).group(0)
                ctx.found.add(m.name, "POSITION", writers_union(ctx), sent, (m.start, m.end), title=word)
                previous = (m, [(writers_union(ctx), word)])  # 工会副主席甲、乙: the list shares it
            elif not posts and (bare := _bare_member_title(ctx, m, sent)) is not None:
                if (host := host_body(ctx)) is not None:
                    ctx.found.add(m.name, "POSITION", host, sent, (m.start, m.end), title=bare)
                    previous = (m, [(host, bare)])  # ，副主席甲、乙: the list shares it
    staff(ctx)


def _bare_member_title(ctx: DocContext, person: Mention, sent: tuple[int, int]) -> str | None:
    """``，理事长郑某主持会议``: a union's post with no body before it (none in the clause)."""
    match = _MEMBER_TITLE().search(ctx.text, max(sent[0], person.start - 6), person.start)
    if match is None:
        return None
    tenure = _TENURE.search(ctx.text, max(sent[0], match.start() - 3), match.start())  # ，新任理事长吴某
    opens = tenure.start() if tenure else match.start()
    if not _CLAUSE_OPENS.search(ctx.text, max(sent[0], opens - 1), opens) and opens > sent[0]:
        return None
    return match.group("title")


#: a post's tenure before it (新任理事长, 现任会长): still a post with no body named
_TENURE = re.compile("(?:新任|现任|时任|新当选的?)$")


def host_body(ctx: DocContext) -> str | None:
    """The one union or association that holds the occasions of a news item not written by
    it (``某工会召开会员大会，理事长郑某主持``): its bare posts are its own."""
    if ctx.author:
        return AUTHOR if is_union(ctx.author) or is_member_body(ctx.author) else None
    hosts = {r.head for r in ctx.found.of_type("ORGANIZED")}
    unions = {h for h in hosts if is_union(h) or is_member_body(h)}
    return next(iter(unions)) if len(unions) == 1 else None


def _host_of_title_after(ctx: DocContext, title: str) -> str | None:
    """``张某主席致辞``, ``王某董事长出席``: a title after the name with no body named; a
    union's post is the host union's (``host_body``), a company's post the one company
    the news names (Taiwan and Hong Kong news write posts after names)."""
    if _MEMBER_TITLE().fullmatch(title):
        return host_body(ctx)
    if _COMPANY_TITLE.fullmatch(title):
        return the_one_of_kind(ctx, "公司") if not the_one_of_kind(ctx, "集团") else None
    kind = _HEAD_OF_KIND.fullmatch(title)  # 何某所长 in the news of a 所 that writes it
    if kind and ctx.author and not is_union(ctx.author) and ctx.author.endswith(kind.group("kind")):
        return AUTHOR
    return None


#: a head of a kind of body (所长 of a 所, 校长 of a 校) written after a name
_HEAD_OF_KIND = re.compile("副?(?P<kind>[厂校院局所行站处馆])长")


#: the posts of a company's management, written after a name
_COMPANY_TITLE = pattern("posts", "company_title")


@lru_cache(maxsize=1)
def _MEMBER_TITLE() -> re.Pattern[str]:
    return re.compile(f"(?P<title>{alternation('member_body_titles')})$")


@lru_cache(maxsize=1)
def _JOIN_THEN_TITLE() -> re.Pattern[str]:
    return re.compile(f"(?:、|和|及|与|以及|，|,)(?P<title>{chain()})")


def _posts_before(ctx: DocContext, person: Mention) -> list[tuple[str, str]]:
    """``X工会主席 Y副书记、PER``: every body whose post chain runs up to the name.

    An honour between the posts and the name (``X工会主席、全国劳模PER``) describes
    the person and is read past; ``来自A、B的PER`` names several bodies with no
    post, so none of them is known to be the person's."""
    posts: list[tuple[str, str]] = []
    end = _past_honour(ctx, person)
    orgs = [o for o in ctx.within(max(0, person.start - _REACH * 2), person.start, "ORG") if o.end <= person.start]
    gap = gap_before_name()
    while True:
        holder, title = None, ""
        for org in reversed(orgs):
            if org.end > end or org.end < end - _REACH:
                continue
            if _BARE_UNIT.fullmatch(org.name) and ctx.text[org.start - 1:org.start] == "、":
                continue  # 集团党委副书记、纪委书记、工会主席: 纪委 is a post's word in the host's chain
            match = (gap if not posts else chained_post()).fullmatch(ctx.text, org.end, end)
            if match:
                holder, title = org, match.group("title") or ""
                break
        if holder is None:
            return posts
        if not title and not posts and _JOINED_BEFORE.search(ctx.text, max(0, holder.start - 1), holder.start) and \
                any(o.end == holder.start - 1 for o in orgs):
            return []  # 来自A、B的PER: which body is theirs is not said
        posts.extend(bodies_of_chain(ctx, holder, title))
        if not title:
            return posts  # ``ORG的PER`` / ``ORG PER``: no chain of posts goes further back
        end = holder.start


#: a unit of a host written bare (纪委, 工会), which the tagger may take for a body's name
_BARE_UNIT = re.compile("(?:党委|党组|党总支|党支部|纪委|团委|工会|女工委|经审会)")
#: a list joiner right before a body
_JOINED_BEFORE = re.compile("[、和及与]$")


def _past_honour(ctx: DocContext, person: Mention) -> int:
    """Where the posts before ``person`` end: before an honour written right before the
    name (``工会主席、全国劳模李某``, ``某公司劳模李某``) or a trade joined to them
    (``工会主席、高级工程师李某``), else at the name."""
    honour = next((a for a in ctx.within(max(0, person.start - 16), person.start, "AWARD")
                   if a.end == person.start), None)
    if honour is None:
        trade = _JOINED_TRADE.search(ctx.text, max(0, person.start - 8), person.start)
        return trade.start() if trade else person.start  # 工会主席、高级工程师李某
    return honour.start - 1 if ctx.text[honour.start - 1:honour.start] == "、" else honour.start


#: a trade joined after the posts, right before the name (``工会主席、高级工程师``)
_JOINED_TRADE = re.compile("、" + pattern("posts", "trade").pattern.replace("(?:的)?", "", 1).replace("{0,3}", "{0,4}", 1) + "$")
