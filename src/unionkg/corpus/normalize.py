"""Normalisation that remembers where every character came from.

Later stages show evidence "as written", so the cleaned text keeps, for each
of its characters, the index of the source character it was made from.  The
steps and why each preserves the map:

* NFKC is applied per base character + its combining marks, so a compatibility
  expansion (``㈠`` → ``(一)``) maps all produced characters to one source index.
* Traditional → simplified runs per line (phrase tables give better results),
  and when a phrase conversion changes the line's length the line is converted
  character by character instead, which is always one-to-one.
* Line endings, indentation, blank lines, invisible characters and the
  backslashes that scrapers leave before quotes (``\\"``) are dropped, never
  replaced, so nothing needs re-mapping.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from unionkg.normalize import to_simplified

_BREAK = re.compile(r"\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")
#: Invisible characters that scraped pages sprinkle into text.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
#: Characters that force the slow per-character NFKC path even in NFKC text.
_SLOW = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\u00ad]|\s|\\(?=[\"'])")


@dataclass
class Line:
    """One non-empty normalised line; ``brk`` is the source index of its line break."""

    text: str
    offsets: list[int] = field(default_factory=list)
    brk: int = -1


def _nfkc_chars(segment: str, start: int) -> tuple[list[str], list[int]]:
    """NFKC ``segment`` (found at ``start`` in the source) keeping a per-char map."""
    if unicodedata.is_normalized("NFKC", segment) and not _SLOW.search(segment.replace(" ", "")):
        # Fast path (most lines): nothing to fold, one character each.
        return list(segment), list(range(start, start + len(segment)))
    chars: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(segment)
    while i < n:
        j = i + 1
        if segment[i] == "\\" and segment[j:j + 1] in ('"', "'"):
            i = j  # an escaped quote from a scraped JSON string
            continue
        while j < n and unicodedata.combining(segment[j]):
            j += 1
        for out in unicodedata.normalize("NFKC", segment[i:j]):
            if out in _INVISIBLE or (unicodedata.category(out) == "Cc" and out != "\t"):
                continue
            chars.append(" " if out.isspace() else out)
            offsets.append(start + i)
        i = j
    return chars, offsets


@lru_cache(maxsize=65536)
def _char_simplified(ch: str) -> str:
    conv = to_simplified(ch)
    return conv if len(conv) == 1 else ch


def _simplified(chars: list[str]) -> list[str]:
    """Traditional → simplified, one output character per input character."""
    if all(_char_simplified(ch) == ch for ch in chars):
        return chars  # already simplified: skip the (slow) phrase conversion
    line = "".join(chars)
    converted = to_simplified(line)
    if len(converted) == len(line):
        return list(converted)
    return [_char_simplified(ch) for ch in chars]


def _squeeze(chars: list[str], offsets: list[int]) -> tuple[str, list[int]]:
    """Drop leading/trailing spaces and collapse inner runs of spaces to one."""
    text: list[str] = []
    offs: list[int] = []
    for ch, off in zip(chars, offsets):
        if ch == " " and (not text or text[-1] == " "):
            continue
        text.append(ch)
        offs.append(off)
    while text and text[-1] == " ":
        text.pop()
        offs.pop()
    return "".join(text), offs


def normalize_lines(original: str, keep: list[bool] | None = None) -> list[Line]:
    """Split ``original`` into cleaned, non-empty lines with source offsets.

    ``keep`` (same length as ``original``) masks out markup characters chosen
    by a format reader (Markdown marks) before anything else happens.
    """
    lines: list[Line] = []
    pos = 0
    for match in [*_BREAK.finditer(original), None]:
        end = match.start() if match else len(original)
        segment = original[pos:end]
        if keep is not None:
            pieces = [(i, ch) for i, ch in enumerate(segment, pos) if keep[i]]
        else:
            pieces = list(enumerate(segment, pos))
        chars: list[str] = []
        offsets: list[int] = []
        # Group contiguous kept runs so NFKC sees combining sequences intact.
        run_start = 0
        for k in range(1, len(pieces) + 1):
            if k == len(pieces) or pieces[k][0] != pieces[k - 1][0] + 1:
                run = "".join(ch for _, ch in pieces[run_start:k])
                c, o = _nfkc_chars(run, pieces[run_start][0])
                chars += c
                offsets += o
                run_start = k
        if chars:
            text, offs = _squeeze(_simplified(chars), offsets)
            if text:
                brk = match.start() if match else offs[-1]
                lines.append(Line(text, offs, brk))
        pos = match.end() if match else len(original)
    return lines


def join_lines(lines: list[Line]) -> tuple[str, list[int]]:
    """Lines → one text with ``\\n`` separators, and its offset map."""
    parts: list[str] = []
    offsets: list[int] = []
    for k, line in enumerate(lines):
        if k:
            parts.append("\n")
            offsets.append(lines[k - 1].brk)
        parts.append(line.text)
        offsets += line.offsets
    return "".join(parts), offsets
