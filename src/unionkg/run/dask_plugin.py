"""The Dask worker plugin that builds a worker's one pipeline when the worker joins.

Kept apart from ``runners`` so that only a Dask run imports ``distributed``.
"""
from __future__ import annotations

from distributed.diagnostics.plugin import WorkerPlugin


class PipelinePlugin(WorkerPlugin):
    """Loads the model and dictionaries once per worker, before its first task."""

    name = "unionkg-pipeline"

    def setup(self, worker) -> None:  # noqa: ARG002 - the Dask signature
        from unionkg.run import worker as running

        running.warm()
