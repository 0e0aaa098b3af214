"""Defaults of the query guard, apart from the RDF stage.

The CLI needs them to declare its options; importing ``unionkg.rdf`` for two
numbers would load rdflib's SPARQL parser into every command (``extract``
included), which costs seconds of start-up.
"""
from __future__ import annotations

#: seconds a query may run unless ``--timeout`` says otherwise
DEFAULT_TIMEOUT = 30.0
#: rows a query may return unless ``--limit`` says otherwise
DEFAULT_LIMIT = 100_000
