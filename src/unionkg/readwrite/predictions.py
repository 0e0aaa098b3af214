"""Prediction JSON Lines (docs/extraction-format.md), one document a line."""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from unionkg.model import Extraction
from unionkg.readwrite.atomic import atomic_write


def write_predictions(extractions: Iterable[Extraction], path: str | Path) -> int:
    """Write every extraction; returns how many lines were written."""
    count = 0
    with atomic_write(path) as handle:
        for extraction in extractions:
            handle.write(json.dumps(extraction.to_json(), ensure_ascii=False) + "\n")
            count += 1
    return count
