"""The grammar of a post title: modifiers, then a head (``党组副书记``, ``常务副主席``).

Posts are chained with 、 or 兼 (``党组成员、副主席``); the chain is one title
as written.  Words come from ``data/post_titles.txt`` and
``data/post_modifiers.txt`` so a sector adds its own posts without code.
"""
from __future__ import annotations

import re
from functools import lru_cache

from unionkg.nlp.lexicon import alternation


@lru_cache(maxsize=1)
def title() -> str:
    """One post: modifiers then a head."""
    return f"(?:{alternation('post_modifiers')})*{alternation('post_titles')}"


@lru_cache(maxsize=1)
def chain() -> str:
    """Posts joined by 、 / 兼 / 和 (one person's several posts)."""
    return f"{title()}(?:[、兼和及]{title()})*"


@lru_cache(maxsize=1)
def gap_before_name() -> re.Pattern[str]:
    """Between a body and the holder's name: ``的`` and/or a title chain, possibly nothing.

    A bracketed abbreviation may follow the body (``港九劳工社团联会（劳联）理事长``), and
    the term of the post precede it (``石油工会第十届理事长``).
    After the title a byline's space (``日报记者 王某``), a relative clause's ``的``
    (``时任某厂工会主席的王某``) or an aside on the post (``副主席（主持工作）王某``) may
    stand before the name."""
    return re.compile(f"(?:{_ASIDE})?(?:的)?(?:{_TERM})?(?P<title>{chain()})?(?(title)(?:{_ASIDE})?(?:的|[ \u3000])?)")


@lru_cache(maxsize=1)
def chained_post() -> re.Pattern[str]:
    """Between two bodies of one person's posts: a title chain, then 、 (``党组副书记、``)
    or 兼 (``工联会副理事长兼劳联主席``)."""
    return re.compile(f"(?:的)?(?P<title>{chain()})(?:[、，,]|兼任?)")


#: the term a post is held in (``第十届理事长``, ``新一届主席``)
_TERM = "第[一二三四五六七八九十百\\d]+届|新一届|新任|本届"
#: an aside on a post between it and the name (``副主席（主持工作）``)
_ASIDE = "[（(][^（）()，。]{1,8}[)）]"


@lru_cache(maxsize=1)
def title_after_name() -> re.Pattern[str]:
    """A title written after the name (``江霞主任``, ``赵燕院长``)."""
    return re.compile(f"(?P<title>{chain()})")


def title_at_end(name: str) -> str:
    """The title a surname-and-title name carries (``郭校长`` → ``校长``)."""
    match = re.search(f"(?:{title()})$", name)
    return match.group(0) if match else ""


def head_of(title: str) -> str:
    """The head of a (last) post: ``常务副主席`` → ``主席``; empty when there is none."""
    match = re.search(f"{alternation('post_titles')}$", title)
    return match.group(0) if match else ""
