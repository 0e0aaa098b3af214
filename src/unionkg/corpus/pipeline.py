"""One raw text → the cleaned :class:`~unionkg.model.Document` objects it holds.

This is the whole reading pipeline after decoding: normalise (with offsets),
strip site chrome, split a multi-report page, drop repeated paragraphs.  It
knows nothing about files so tests and the API can feed it strings.
"""
from __future__ import annotations

import hashlib
import re

from unionkg.corpus.dedupe import MIN_CHARS, drop_repeated
from unionkg.corpus.normalize import Line, join_lines, normalize_lines
from unionkg.corpus.split import clean_page, split_reports
from unionkg.model import Document

_TITLE_LINE = re.compile(r"^[^。，,;；!！?？]{2,40}(总结|报告|汇报)$")


def _guess_title(lines: list[Line]) -> str | None:
    """The first line when it reads like a title (short, ends with 总结/报告)."""
    if lines and _TITLE_LINE.match(lines[0].text):
        return lines[0].text
    return None


def build_documents(
    original: str,
    id: str,
    *,
    source: str = "",
    encoding: str = "utf-8",
    sha256: str = "",
    title: str | None = None,
    keep: list[bool] | None = None,
) -> list[Document]:
    """Run the pipeline on ``original`` (already decoded / extracted text).

    A page that holds one report yields one document with ``id``; a page
    with several yields ``{id}-01``, ``{id}-02``… whose ``original`` is the
    slice of the page the report came from.  An empty list means nothing
    readable was left after cleaning.
    """
    # Repeats are dropped across the whole page before splitting: a page that
    # pastes a report twice gives it once, and a part left with nothing of its
    # own but short headings is no report.
    parts = split_reports(drop_repeated(clean_page(normalize_lines(original, keep))))
    parts = [(p.title, p.lines) for p in parts if p.lines]
    if len(parts) > 1:
        parts = [p for p in parts if any(len(l.text) >= MIN_CHARS for l in p[1])] or parts[:1]
    if not parts:
        return []
    if len(parts) == 1:
        part_title, lines = parts[0]
        text, offsets = join_lines(lines)
        return [
            Document(
                id=id, text=text, source=source, original=original,
                offsets=tuple(offsets), title=part_title or title or _guess_title(lines),
                sha256=sha256, encoding=encoding,
            )
        ]
    docs = []
    width = max(2, len(str(len(parts))))
    for n, (part_title, lines) in enumerate(parts, 1):
        text, offsets = join_lines(lines)
        lo, hi = min(offsets), max(offsets) + 1
        docs.append(
            Document(
                id=f"{id}-{n:0{width}d}", text=text, source=source,
                original=original[lo:hi], offsets=tuple(o - lo for o in offsets),
                title=part_title, sha256=sha256, encoding=encoding,
            )
        )
    return docs


def document_from_text(
    text: str, id: str, source: str = "", encoding: str = "utf-8"
) -> list[Document]:
    """The pipeline for one raw text: normalise, split into reports, dedupe."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return build_documents(text, id, source=source, encoding=encoding, sha256=digest)
