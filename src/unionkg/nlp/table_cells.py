"""``ukg_table_cells``: the cells of pipe tables are names, typed by their shape.

A winners table (``冠军 | 某某职工会 |``) holds names without the sentence
around them that the tagger and the other recognisers rely on.  Each cell is
one name: an organisation when it ends with an organisation head
(``data/org_heads.txt`` or a unit word), an honour when it ends with an
honour head, a person when it is a short name with a known surname.  A short
line right above a table that ends with an honour head is the table's
caption, an honour too.  The whole cell is proposed, so it wins over the
pieces other recognisers found inside it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from unionkg.model import Mention
from unionkg.nlp.doc_extensions import text_of
from unionkg.nlp.lexicon import alternation, wordset

_CELL_MAX = 40
_SENTENCE = re.compile("[。！？；，,]")


@lru_cache(maxsize=1)
def _org_end() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation('org_heads')[3:-1]}|{alternation('table_org_units')[3:-1]})$")


@lru_cache(maxsize=1)
def _award_end() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation('award_heads')[3:-1]}|冠军|亚军|季军|殿军|第[一二三四五六七八九十\\d]+名)$")


def cell_type(cell: str) -> str | None:
    """What a table cell names, by its shape; ``None`` for a header, a number or a sentence."""
    if not cell or len(cell) > _CELL_MAX or _SENTENCE.search(cell) or cell.isdigit() or \
            cell in wordset("table_headers"):
        return None
    if _award_end().search(cell):
        return "AWARD"
    if len(cell) >= 3 and _org_end().search(cell):
        return "ORG"
    surnames = wordset("surnames")
    if 2 <= len(cell) <= 4 and (cell[:1] in surnames or cell[:2] in surnames) and \
            re.fullmatch("[\u4e00-\u9fff·]+", cell):
        return "PER"
    return None


_SPACED_CELL = re.compile(r"[^\s|]+")


def table_rows(text: str) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """Each table row's line span → its cells' spans.

    A row is a line with ``|`` (Markdown or pipe tables), or one of two or
    more consecutive lines whose space-separated cells are all short names or
    numbers, one at least a name (``1 张三 某某公司工会 主席``, a table a web
    page or a PDF flattened to text)."""
    rows: dict[tuple[int, int], list[tuple[int, int]]] = {}
    spaced: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []

    def close_block() -> None:
        if len(spaced) >= 2 or (spaced and _winner_row(text, spaced[0][1])):
            rows.update(spaced)
        spaced.clear()

    for start, end in _lines(text):
        line = text[start:end]
        if "|" in line:
            close_block()
            cells, position = [], start
            for cell in line.split("|"):
                stripped = cell.strip()
                if stripped:
                    at = position + cell.index(stripped)
                    cells.append((at, at + len(stripped)))
                position += len(cell) + 1
            rows[(start, end)] = cells
            continue
        cells = [(start + m.start(), start + m.end()) for m in _SPACED_CELL.finditer(line)]
        shaped = len(cells) >= 2 and all(
            len(text[a:b]) <= _CELL_MAX and not _SENTENCE.search(text[a:b]) for a, b in cells)
        if shaped and any(cell_type(text[a:b]) in ("PER", "ORG") for a, b in cells):
            spaced.append(((start, end), cells))
        elif shaped and not spaced:
            continue  # a header (序号 姓名 单位) may open the block
        else:
            close_block()
    close_block()
    return rows


def _winner_row(text: str, cells: list[tuple[int, int]]) -> bool:
    """``一等奖 王建国 青山重工集团`` alone under its group's line (``焊工组：``): a prize and
    its winner side by side are a row even when no other row follows."""
    kinds = [cell_type(text[a:b]) for a, b in cells]
    return "AWARD" in kinds and "PER" in kinds and None not in kinds


class TableCells:
    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        rows = table_rows(text)
        if not rows:
            return doc
        found: list[Mention] = []
        lines = _lines(text)
        for i, (start, end) in enumerate(lines):
            if (start, end) not in rows:
                continue
            for a, b in rows[(start, end)]:
                kind = cell_type(text[a:b])
                if kind:
                    found.append(Mention(text[a:b], kind, a, b))
            caption = _caption_above(text, lines, i, rows)
            if caption is not None:
                found.append(caption)
        doc._.candidates = (doc._.candidates or []) + found
        return doc


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _caption_above(text: str, lines: list[tuple[int, int]], row: int,
                   rows: dict[tuple[int, int], list[tuple[int, int]]]) -> Mention | None:
    """The honour named alone on the line above the first row of a table."""
    j = row - 1
    while j >= 0 and not text[lines[j][0]:lines[j][1]].strip():
        j -= 1
    if j < 0 or lines[j] in rows:
        return None
    start, end = lines[j]
    stripped = text[start:end].strip().rstrip("：:")
    if cell_type(stripped) != "AWARD":
        return None
    at = start + text[start:end].index(stripped)
    return Mention(stripped, "AWARD", at, at + len(stripped))


@Language.factory("ukg_table_cells")
def make_table_cells(nlp: Language, name: str) -> TableCells:
    return TableCells()
