"""Word ``.docx`` files → plain text, one paragraph a line.

Union reports are written in Word far more often than in anything else, so
this reader matters as much as the text one.  python-docx does the parsing;
what this module adds is the order and the boundaries the rest of the
reading stage relies on: paragraphs and table rows come out in body order,
each on its own line, so the multi-report splitter sees the headings (篇一,
总结二 …) at the start of a line exactly as in a ``.txt`` file.  A table row
becomes one line with its cells joined by a tab, because award lists are
often tables and a row (单位 / 荣誉) is one fact.

Legacy ``.doc`` and WPS ``.wps`` are binary formats no maintained pure-Python
library reads; :mod:`unionkg.corpus.sources` asks the user to convert them.
"""
from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from unionkg.corpus.errors import CorpusError


def _cell_text(cell) -> str:
    """A cell's paragraphs joined by a space: one table cell stays on one line."""
    return " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())


def _row_text(row) -> str:
    cells: list[str] = []
    for cell in row.cells:
        text = _cell_text(cell)
        # merged cells repeat the same cell object across the span
        if text and (not cells or cells[-1] != text):
            cells.append(text)
    return "\t".join(cells)


def _blocks(document) -> Iterator[str]:
    """Paragraph and table-row texts in the order they appear in the body."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            yield block.text
        elif isinstance(block, Table):
            for row in block.rows:
                yield _row_text(row)


def docx_to_text(path: str | Path) -> tuple[str, str | None]:
    """``(text, title)`` of a ``.docx``: one line a paragraph or table row.

    The title is the document's core property when the author set one.
    Raises :class:`CorpusError` (one line) for a file that is not a Word
    document, e.g. a ``.doc`` renamed to ``.docx`` or a truncated download.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise CorpusError(f"not a readable .docx file ({' '.join(str(exc).split()) or type(exc).__name__})") from None
    # a manual line break inside a paragraph (python-docx gives "\n") stays a line break
    lines = list(_blocks(document))
    title = (document.core_properties.title or "").strip() or None
    return "\n".join(lines), title
