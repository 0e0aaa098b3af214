"""Markdown syntax that would otherwise leak into the text.

Only the marks common in exported summaries are removed: heading ``#``,
list bullets, block quotes, ``**bold**``/``__bold__`` pairs and links.  They
are *removed*, never rewritten, so the result is a subsequence of the input
and offsets stay exact.  Bold markers matter more than they look: a stray
``**`` or ``__`` would be read as an anonymisation placeholder.
"""
from __future__ import annotations

import re

_LINE_MARK = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+\.[ \t]+(?=\D))")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(.+?)[ \t#]*$", re.M)


def markdown_title(text: str) -> str | None:
    """The first heading of the file, without its marks."""
    match = _HEADING.search(text)
    return _EMPHASIS.sub(r"\2", match.group(1)).strip() if match else None


def markdown_keep_mask(text: str) -> list[bool]:
    """For each character of ``text``: is it content (True) or markup (False)?"""
    keep = [True] * len(text)

    def drop(start: int, end: int) -> None:
        for i in range(start, end):
            keep[i] = False

    pos = 0
    for line in text.splitlines(keepends=True):
        mark = _LINE_MARK.match(line)
        # Keep the number of ordered lists ("1. ") — Chinese summaries use it as content.
        if mark and not mark.group(0).strip()[:1].isdigit():
            drop(pos, pos + mark.end())
        pos += len(line)
    for match in _EMPHASIS.finditer(text):
        marker = len(match.group(1))
        drop(match.start(), match.start() + marker)
        drop(match.end() - marker, match.end())
    for match in _LINK.finditer(text):
        drop(match.start(), match.start(1))
        drop(match.end(1), match.end())
    return keep
