"""Where a clause's subject starts: after its numbering and time words (``一、2024年，``)."""
from __future__ import annotations

from unionkg.nlp.lexicon import pattern

_LEAD = pattern("author", "lead")


def clause_start(text: str, start: int, end: int) -> int:
    """Where a clause's subject would start, after numbering and time words."""
    match = _LEAD.match(text, start, end)
    return match.end() if match else start
