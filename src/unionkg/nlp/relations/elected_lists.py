"""Posts listed after a colon once an election is reported:
``选举产生了新一届工会委员会。主席：张某　副主席：李某、王某　委员：…``.

News of a congress gives the result as a roster, each post then a colon then
only names, up to the next post, the clause's end or the line's.  The bodies
of a post are those of an election that names none (``elections.implied``).
A roster is read only after an election word (选举, 当选 …) earlier in the
same paragraph, so a speaker list or a prize list is not taken for one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from unionkg.nlp.lexicon import pattern
from unionkg.nlp.relations.context import DocContext
from unionkg.nlp.relations.elections import implied, union_of_committee
from unionkg.nlp.relations.enumerations import holds_only_names
from unionkg.nlp.relations.titles import chain

_ELECTION = pattern("elections", "roster_after")
#: how far back in the paragraph the election word may stand
_REACH = 300


@lru_cache(maxsize=1)
def _POST_COLON() -> re.Pattern[str]:
    # the post opens an item: after a line start, punctuation or a space (not inside 副主席);
    # a short post may be spaced out to line up with the longer ones (主　席：)
    return re.compile(f"(?:^|(?<=[\\s，,；;。、（(]))(?P<title>{chain()}|{_SPACED})\\s*[：:]\\s*", re.M)


#: two or three characters with spaces between them (主　席, 委　员)
_SPACED = "[\\u4e00-\\u9fff](?:[ \\u3000]+[\\u4e00-\\u9fff]){1,2}"


@lru_cache(maxsize=1)
def _TITLE() -> re.Pattern[str]:
    return re.compile(chain())


def find(ctx: DocContext) -> None:
    text = ctx.text
    posts = list(_POST_COLON().finditer(text))
    for i, post in enumerate(posts):
        paragraph = text.rfind("\n\n", 0, post.start()) + 1
        if not _ELECTION.search(text, max(paragraph, post.start() - _REACH), post.start()):
            continue
        end = _item_end(text, post.end(), posts[i + 1].start() if i + 1 < len(posts) else len(text))
        named = ctx.within(post.end(), end)
        if not named or any(m.type != "PER" for m in named) or not holds_only_names(text, (post.end(), end), named):
            continue
        title = re.sub(r"\s", "", post.group("title"))
        if not _TITLE().fullmatch(title):
            continue
        sent = ctx.sentence_of(post.start())
        bodies = implied(ctx, sent, post.start(), title)
        bodies += [u for u in union_of_committee(ctx, bodies, title) if u not in bodies]
        for person in named:
            for body in bodies:
                ctx.found.add(person.name, "POSITION", body, sent, (post.start(), person.end), title=title)


def _item_end(text: str, start: int, next_post: int) -> int:
    """Where the names of one post end: the next post, a clause's or a line's end."""
    stop = re.compile("[；;。\n]").search(text, start, next_post)
    return stop.start() if stop else next_post
