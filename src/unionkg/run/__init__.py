"""The running stage: how documents reach the pipeline.

``extract_documents`` takes documents in order and yields their extractions
in the same order, whichever way they are computed:

* in this process (``jobs=1``, or too little text the cache does not hold
  to be worth starting workers: ``Growing`` starts them when there is);
* in ``jobs`` worker processes, each holding one pipeline, fed chunks of
  documents (``runners.Pool``);
* as tasks on a Dask cluster (``scheduler=``, ``runners.Dask``);

and, with a ``cache``, documents already extracted by the same pipeline are
taken from the per-document cache (``cache.ExtractionCache``) instead.  All
of them call the one function ``worker.extract_chunk`` (which is
``Extractor.extract_all``), so every way gives the same result, byte for byte.
"""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from unionkg.model import Document, Extraction
from unionkg.run import worker
from unionkg.run.cache import ExtractionCache, fingerprint
from unionkg.run.runners import Dask, InProcess, Pool, Runner, cores

__all__ = ["ExtractionCache", "RunStats", "cores", "extract_documents", "fingerprint"]

#: below this many characters in all, worker processes cost more than they save
MIN_CHARS_FOR_WORKERS = 100_000
#: a chunk (one task) holds at most this many documents / characters
CHUNK_DOCUMENTS = 16
CHUNK_CHARS = 40_000


@dataclass
class RunStats:
    """What the running stage did: where the time went and how much came from the cache."""

    documents: int = 0
    characters: int = 0
    cache_hits: int = 0
    extracted: int = 0
    workers: int = 1
    how: str = "in process"
    seconds: dict[str, float] = field(default_factory=lambda: {"read": 0.0, "extract": 0.0})


def _timed(documents: Iterable[Document], stats: RunStats) -> Iterator[Document]:
    """The documents, with the time spent reading them counted."""
    iterator = iter(documents)
    while True:
        started = time.perf_counter()
        try:
            document = next(iterator)
        except StopIteration:
            stats.seconds["read"] += time.perf_counter() - started
            return
        stats.seconds["read"] += time.perf_counter() - started
        yield document


def _chunks(documents: Iterable[Document], size: int, chars: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    length = 0
    for document in documents:
        chunk.append(document)
        length += len(document.text)
        if len(chunk) >= size or length >= chars:
            yield chunk
            chunk, length = [], 0
    if chunk:
        yield chunk


#: at most this many characters are looked at before choosing how to extract
LOOK_AHEAD_CHARS = 500_000


def _choose_runner(documents: Iterator[Document], jobs: int, scheduler: Any, extractor,
                   min_chars: int, stats: RunStats,
                   cache: ExtractionCache | None,
                   look_ahead: int = LOOK_AHEAD_CHARS) -> tuple[Runner, Iterator[Document]]:
    """The runner for this input, and the documents (those looked at put back in front).

    Worker processes are started only for ``min_chars`` characters or more of
    documents the ``cache`` does not hold: a rebuild after one report changed
    extracts it here rather than start a pool for it.
    """
    if scheduler is not None:
        runner = Dask(scheduler)
        stats.how, stats.workers = "dask", runner.window // 2
        return runner, documents
    if jobs <= 1:
        return InProcess(extractor), documents
    seen: list[Document] = []
    length = missing = 0
    for document in documents:
        seen.append(document)
        length += len(document.text)
        if cache is None or not cache.contains(cache.key(document)):
            missing += len(document.text)
        if missing >= min_chars or length >= look_ahead:
            break
    return Growing(jobs, extractor, min_chars, stats, start=missing >= min_chars), chain(seen, documents)


class Growing:
    """Extraction in this process until ``min_chars`` characters have been submitted, then
    in a pool of ``jobs`` worker processes (started once, at that point).

    The same function runs either way, so where a chunk went never shows in its result.
    """

    def __init__(self, jobs: int, extractor, min_chars: int, stats: RunStats, start: bool) -> None:
        self.jobs, self.min_chars, self.stats = jobs, min_chars, stats
        self.submitted = 0
        self._here = InProcess(extractor)
        self._pool: Pool | None = None
        if start:
            self._start()

    def _start(self) -> None:
        self._pool = Pool(self.jobs)
        self.stats.how, self.stats.workers = f"{self.jobs} processes", self.jobs

    @property
    def window(self) -> int:
        return self._pool.window if self._pool is not None else self._here.window

    def submit(self, chunk: Sequence[Document]):
        self.submitted += sum(len(document.text) for document in chunk)
        if self._pool is None and self.submitted >= self.min_chars:
            self._start()
        return (self._pool or self._here).submit(chunk)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()


def extract_documents(documents: Iterable[Document], *, jobs: int = 1, scheduler: Any = None,
                      cache: ExtractionCache | None = None, extractor=None,
                      stats: RunStats | None = None,
                      progress: Callable[[Document, bool], None] | None = None,
                      min_chars_for_workers: int = MIN_CHARS_FOR_WORKERS,
                      chunk_documents: int = CHUNK_DOCUMENTS,
                      chunk_chars: int = CHUNK_CHARS,
                      look_ahead_chars: int = LOOK_AHEAD_CHARS) -> Iterator[Extraction]:
    """The extraction of every document, in input order.

    ``jobs`` worker processes (``1``: this process) or a Dask ``scheduler``
    (an address or a ``distributed.Client``) compute what ``cache`` does not
    hold; ``progress(document, cached)`` is called as each result is yielded.
    Worker processes start once ``min_chars_for_workers`` characters need
    extracting (looked for in the first ``look_ahead_chars``, else counted as
    chunks go out).
    """
    stats = stats if stats is not None else RunStats()
    timed = _timed(documents, stats)
    runner, stream = _choose_runner(timed, jobs, scheduler, extractor, min_chars_for_workers, stats,
                                    cache, look_ahead_chars)
    in_flight: deque[tuple[list[Document], list[Extraction | None], list[str | None], Any]] = deque()

    def finish() -> Iterator[Extraction]:
        chunk, found, keys, pending = in_flight.popleft()
        started = time.perf_counter()
        computed = iter(pending.result() if pending is not None else ())
        stats.seconds["extract"] += time.perf_counter() - started
        for document, hit, key in zip(chunk, found, keys):
            if hit is None:
                extraction = worker.restore(next(computed), document)
                stats.extracted += 1
                if cache is not None:
                    cache.put(extraction, key)
            else:
                extraction = hit
                stats.cache_hits += 1
            stats.documents += 1
            stats.characters += len(document.text)
            if progress is not None:
                progress(document, hit is not None)
            yield extraction

    try:
        for chunk in _chunks(stream, chunk_documents, chunk_chars):
            keys = [cache.key(d) for d in chunk] if cache is not None else [None] * len(chunk)
            found = [cache.get(d, k) for d, k in zip(chunk, keys)] if cache is not None else [None] * len(chunk)
            missing = [d for d, hit in zip(chunk, found) if hit is None]
            in_flight.append((chunk, found, keys, runner.submit(missing) if missing else None))
            while len(in_flight) >= runner.window:
                yield from finish()
        while in_flight:
            yield from finish()
    finally:
        runner.close()
        if cache is not None:
            cache.flush()
