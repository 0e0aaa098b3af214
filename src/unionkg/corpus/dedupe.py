"""Dropping paragraphs a scraped page repeats.

Template sites often paste the same paragraph twice; extracting it twice
would double the evidence without adding facts.  Short lines (headings such
as ``1、规范教代会工作``) legitimately repeat, hence the length threshold.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

from unionkg.corpus.normalize import Line
from unionkg.model import Document

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


def content_hash(document: Document) -> str:
    """The SHA-256 of a report's cleaned text without whitespace: two copies of
    one report (two files, or one page pasted twice) hash alike."""
    return hashlib.sha256(_SPACE.sub("", document.text).encode("utf-8")).hexdigest()


def unique_reports(documents: Iterable[Document],
                   duplicates: dict[str, dict]) -> Iterator[Document]:
    """The first copy of every report; later copies are recorded in ``duplicates``
    (``id`` → ``{"id", "source", "same_as"}``) instead of being built again, so
    thirty copies of one report give its facts once, not thirty scoped copies."""
    first: dict[str, str] = {}
    for document in documents:
        digest = content_hash(document)
        if digest in first:
            duplicates[document.id] = {"id": document.id, "source": document.source,
                                       "same_as": first[digest]}
            continue
        first[digest] = document.id
        yield document
