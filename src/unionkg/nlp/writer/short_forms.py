"""The writer's names: its longest form, and the short forms the text calls it by.

GUIDELINES asks for the longest form of a name: ``市总工会`` heading a report
by ``青山市总工会`` is that body, and so is ``所工会`` in a report by
``北辰研究所工会``, whose relations are then the writer's.
"""
from __future__ import annotations

from functools import lru_cache

from unionkg.nlp.abbreviations import expanded
from unionkg.nlp.lexicon import pattern, table
from unionkg.nlp.one_body import one_outermost
from unionkg.nlp.union_names import is_union_or_committee

#: 基层公司工会, 中心学校工会: a class or another body, not a longer name of the same union
_CLASS_PREFIX = pattern("author", "class_prefix")


def longer_form(long: str, short: str) -> bool:
    """``桐溪县总工会`` is ``县总工会`` written out; ``分局工会``, ``基层公司工会`` are other bodies."""
    if long == short or not long.endswith(short):
        return False
    extra = long[:-len(short)]
    return not extra.endswith("分") and not _CLASS_PREFIX.match(extra)


def written_in_full(author: str, names: set[str]) -> str:
    """``教师工会`` heading the news of ``高雄市教师职业工会``, ``市总工会`` of ``青山市总工会``:
    the writer by the one longer name the report gives it (GUIDELINES: the longest form)."""
    if author in names or len(author) < 3:
        return author
    fits = [n for n in names if longer_form(n, author)]
    return one_outermost(fits) or expanded(author, names) or author


def own_short_forms(mentions, author: str) -> None:
    """``所工会``, ``县总工会`` where the writer is ``北辰研究所工会``, ``桐溪县总工会``: the writer's
    union by its short form takes the writer's name, so its relations are the writer's."""
    kinds = _writer_kinds()
    for m in mentions:
        if m.type == "ORG" and is_union_or_committee(m.name) and (
                longer_form(author, m.name) or author.endswith(kinds.get(m.name, ()))):
            m.name = author


@lru_cache(maxsize=1)
def _writer_kinds() -> dict[str, tuple[str, ...]]:
    """``学校工会`` in a report by ``青山路小学工会``: a short form that names the writer's kind."""
    return {short: tuple(f"{e}工会" for e in endings.split()) for short, endings in table("writer_kinds").items()}

