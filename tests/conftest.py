"""Shared fixtures: one pipeline for the whole session (the tagger loads once)."""
from __future__ import annotations

import pytest

from unionkg.corpus.pipeline import document_from_text
from unionkg.extract import Extractor
from unionkg.model import Document, Extraction


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def extract(extractor):
    """Extract one text given as a string; returns the ``Extraction``."""
    def run(text: str, doc_id: str = "t", title: str | None = None) -> Extraction:
        return extractor.extract(Document(doc_id, text, title=title))
    return run


@pytest.fixture(scope="session")
def read(extractor):
    """Extract a raw text through the reading stage (NFKC, traditional → simplified), as every
    command reads its input."""
    def run(text: str) -> Extraction:
        return extractor.extract(document_from_text(text, "t")[0])
    return run
