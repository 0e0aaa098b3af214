"""Where chunks of documents are extracted: this process, a pool of processes, a Dask cluster.

Every runner has one method, ``submit(chunk)``, returning something with
``result()`` (a ``concurrent.futures.Future``, a Dask future, or a deferred
call here), and every runner ends in ``worker.extract_chunk``.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from importlib import import_module
from typing import Any, Protocol

from unionkg.model import Document, Extraction
from unionkg.run import worker


class Pending(Protocol):
    def result(self) -> list[Extraction]: ...


class Runner(Protocol):
    #: how many chunks may be in flight at once (results still come back in order)
    window: int

    def submit(self, chunk: Sequence[Document]) -> Pending: ...

    def close(self) -> None: ...


def cores() -> int:
    """The cores this process may use (the default of ``--jobs``)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class _Deferred:
    def __init__(self, chunk: Sequence[Document], extractor) -> None:
        self.chunk, self.extractor = chunk, extractor

    def result(self) -> list[Extraction]:
        return worker.extract_chunk(self.chunk, self.extractor)


class InProcess:
    """Extraction in this process, when its result is asked for (streaming, nothing ahead)."""

    window = 1

    def __init__(self, extractor=None) -> None:
        self.extractor = extractor

    def submit(self, chunk: Sequence[Document]) -> Pending:
        return _Deferred(chunk, self.extractor)

    def close(self) -> None:
        pass


def _tagger_loaded() -> bool:
    """Whether this process holds an ONNX session (whose threads a forked child would lack)."""
    lexical = sys.modules.get("unionkg.nlp.lexical")
    return lexical is not None and lexical.tagger_loaded()


def _start_method() -> str:
    """``fork`` when safe (fast: the children share what is already imported), else a fork
    server that has loaded the language stage (``preload``), else ``spawn``."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and not _tagger_loaded():
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


class Pool:
    """``jobs`` worker processes, each holding one pipeline built when it starts.

    A worker builds its own pipeline (``worker.warm``) and never uses one
    inherited from this process.  Documents go in chunks; the caller keeps
    at most ``window`` chunks in flight and takes results in input order.
    """

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.window = 2 * jobs
        method = _start_method()
        context = multiprocessing.get_context(method)
        if method == "forkserver":
            context.set_forkserver_preload(["unionkg.run.preload"])
        else:  # load once here what every forked worker then shares
            import_module("unionkg.run.preload")
        self._executor = ProcessPoolExecutor(max_workers=jobs, mp_context=context,
                                             initializer=worker.fresh)

    def submit(self, chunk: Sequence[Document]) -> Pending:
        return self._executor.submit(worker.extract_chunk, list(chunk))

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


class Dask:
    """Tasks on a ``dask.distributed`` cluster; one pipeline per worker, set up by a worker plugin.

    Documents are read here and shipped as text; results come back here,
    where the graph is assembled.  ``scheduler`` is an address
    (``tcp://host:8786``) or a ``distributed.Client``.
    """

    def __init__(self, scheduler: Any) -> None:
        try:
            from distributed import Client
        except ImportError as error:  # pragma: no cover - depends on the installation
            raise RuntimeError("--scheduler needs Dask: pip install 'unionkg[dask]'") from error
        from unionkg.run.dask_plugin import PipelinePlugin

        self._own = not isinstance(scheduler, Client)
        self.client = Client(scheduler) if self._own else scheduler
        self.client.register_plugin(PipelinePlugin(), name="unionkg-pipeline")
        workers = len(self.client.scheduler_info().get("workers", {})) or 1
        self.window = 2 * workers

    def submit(self, chunk: Sequence[Document]) -> Pending:
        return self.client.submit(worker.extract_chunk, list(chunk), pure=False)

    def close(self) -> None:
        if self._own:
            self.client.close()

