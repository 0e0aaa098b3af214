"""The one per-document function every runner calls: in process, in worker processes, on Dask.

A process builds its pipeline once (``pipeline()``) and keeps it; a task is a
chunk of documents, so set-up is paid per process, never per document.
Documents travel whole: extraction reads the cleaned text and also the
original with its offsets (evidence is quoted as written).  The caller puts
its own ``Document`` object back on each result (``restore``), so every
runner returns the very same ``Extraction``.
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from unionkg.model import Document, Extraction

if TYPE_CHECKING:
    from unionkg.extract import Extractor

_lock = threading.Lock()  # one pipeline per process; a Dask worker may run tasks in threads


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while the pipeline is imported and built.

    Importing spaCy and building the pipeline allocate hundreds of thousands
    of long-lived objects and next to no garbage, yet they set off some 180
    collections, a few of them full (0.05 s of a one-document extract).  The
    collector is switched back on (if it was on) as soon as the pipeline is
    built; what little garbage the build left goes at its next collection.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


@lru_cache(maxsize=1)
def pipeline() -> Extractor:
    """This process's extractor (the model and dictionaries load once)."""
    with _collector_paused():
        from unionkg.extract import Extractor

        return Extractor()


def extract_chunk(documents: Sequence[Document], extractor: Extractor | None = None) -> list[Extraction]:
    """Extract each document of the chunk, in order, with this process's pipeline.

    This is ``Extractor.extract_all`` – the extraction the CLI has always
    used – and nothing else, so a result never depends on how it was run.
    """
    with _lock:
        return list((extractor or pipeline()).extract_all(documents))


def extract_document(document: Document, extractor: Extractor | None = None) -> Extraction:
    """One document (``extract_chunk`` of one)."""
    return extract_chunk([document], extractor)[0]


def restore(extraction: Extraction, document: Document) -> Extraction:
    """The result computed elsewhere, carrying the caller's ``Document`` object again."""
    return replace(extraction, document=document)


def warm() -> None:
    """Build the pipeline now (a worker's start-up), not with its first task."""
    pipeline()


def fresh() -> None:
    """A forked worker's start-up: its own pipeline, nothing inherited (an ONNX session
    does not survive ``fork``), built before the first task."""
    pipeline.cache_clear()
    pipeline()
