"""Shared fixtures: one pipeline for the whole session (the tagger loads once)."""
from __future__ import annotations

import pytest

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
