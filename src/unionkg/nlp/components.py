"""Imports every component module so their ``@Language.factory`` runs."""
from unionkg.nlp import (  # noqa: F401
    author,
    awards,
    events,
    lexical,
    longest_forms,
    mentions,
    organisations,
    people,
    relations,
    table_cells,
)
