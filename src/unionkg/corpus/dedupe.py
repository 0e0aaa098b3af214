"""Dropping paragraphs a scraped page repeats.

Template sites often paste the same paragraph twice; extracting it twice
would double the evidence without adding facts.  Short lines (headings such
as ``1、规范教代会工作``) legitimately repeat, hence the length threshold.
"""
from __future__ import annotations

import re
from typing import TypeVar

from unionkg.corpus.normalize import Line

MIN_CHARS = 20
_SPACE = re.compile(r"\s+")
L = TypeVar("L", bound=Line)


def drop_repeated(lines: list[L], min_chars: int = MIN_CHARS) -> list[L]:
    """Keep the first occurrence of every paragraph of ``min_chars`` or more."""
    seen: set[str] = set()
    kept: list[L] = []
    for line in lines:
        key = _SPACE.sub("", line.text)
        if len(key) >= min_chars:
            if key in seen:
                continue
            seen.add(key)
        kept.append(line)
    return kept
