"""The one exception of the reading stage.

A ``ValueError`` subclass because every failure here is about bad *input*
(an unreadable, binary or malformed file), not about a bug in unionkg.
"""
from __future__ import annotations


class CorpusError(ValueError):
    """An input file or record could not be read; the message is one line."""
