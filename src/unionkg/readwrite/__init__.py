"""Writers of the graph's plain exports (CSV, GraphML, Neo4j import files, prediction JSONL).

Kept apart from the graph itself, as networkx keeps ``readwrite/`` apart from
its graph classes.  Every writer goes through ``atomic_write`` so a failed or
interrupted build leaves the previous output intact.

Names are imported on first use (PEP 562) so that ``unionkg extract``, which
writes predictions only, does not import networkx for the graph writers.
"""
from __future__ import annotations

from importlib import import_module

_WHERE = {
    "atomic_write": "atomic",
    "write_entities_csv": "tables",
    "write_relations_csv": "tables",
    "write_graphml": "graphml",
    "write_predictions": "predictions",
    "write_neo4j": "neo4j",
}

__all__ = ["atomic_write", "write_entities_csv", "write_relations_csv", "write_graphml",
           "write_predictions", "write_neo4j"]


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(import_module(f"unionkg.readwrite.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'unionkg.readwrite' has no attribute {name!r}")
