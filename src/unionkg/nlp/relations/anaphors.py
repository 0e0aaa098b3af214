"""Posts in a body named by an anaphor: ``…新北市产业总工会主办，该会理事长黄某致词``.

News names a body once and then calls it 该会, 该公司, 该厂: a post written
after such a word is in the last body of that kind named before it (the kinds
and their name endings are ``data/anaphor_kinds.tsv``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from unionkg.model import Mention
from unionkg.nlp.lexicon import table
from unionkg.nlp.relations.context import DocContext
from unionkg.nlp.relations.titles import chain


@lru_cache(maxsize=1)
def _KINDS() -> dict[str, tuple[str, ...]]:
    return {kind: tuple(endings.split()) for kind, endings in table("anaphor_kinds").items()}


@lru_cache(maxsize=1)
def _ANAPHOR() -> re.Pattern[str]:
    kinds = "|".join(sorted(_KINDS(), key=len, reverse=True))
    return re.compile(f"(?:该|此)(?P<kind>{kinds})(?P<title>{chain()})$")


def anaphoric(ctx: DocContext, person: Mention) -> list[tuple[str, str]]:
    """``该会理事长黄某``: the post in the last body of the anaphor's kind named before."""
    match = _ANAPHOR().search(ctx.text, max(0, person.start - 16), person.start)
    if match is None:
        return []
    endings = _KINDS()[match.group("kind")]
    before = [m for m in ctx.mentions if m.type == "ORG" and m.end <= match.start() and m.name.endswith(endings)]
    return [(ctx.name(before[-1]), match.group("title"))] if before else []
