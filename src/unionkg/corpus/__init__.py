"""The reading stage: files, folders and JSONL → :class:`~unionkg.model.Document`.

Decoding (:mod:`.decode`), HTML, Markdown, Word and PDF to text (:mod:`.html`,
:mod:`.markdown`, :mod:`.word`, :mod:`.pdf`), normalisation with offsets (:mod:`.normalize`), splitting
multi-report pages (:mod:`.split`), dropping repeated paragraphs
(:mod:`.dedupe`) and the placeholder detector (:mod:`.placeholders`) each
live in their own module; this package exposes the few functions the rest of
unionkg calls.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from unionkg.corpus.decode import decode_bytes
from unionkg.corpus.errors import CorpusError
from unionkg.corpus.pipeline import document_from_text
from unionkg.corpus.placeholders import PLACEHOLDER_RE, has_placeholder, placeholder_spans
from unionkg.corpus.sources import SUPPORTED_SUFFIXES, TEXT_SUFFIXES, iter_documents, read_jsonl_records


def samples_dir() -> Path:
    """The folder of sample summaries shipped inside the package."""
    return Path(str(files("unionkg.samples")))


__all__ = [
    "CorpusError",
    "PLACEHOLDER_RE",
    "SUPPORTED_SUFFIXES",
    "TEXT_SUFFIXES",
    "decode_bytes",
    "document_from_text",
    "has_placeholder",
    "iter_documents",
    "placeholder_spans",
    "read_jsonl_records",
    "samples_dir",
]
