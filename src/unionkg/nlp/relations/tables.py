"""Table rows: ``冠军 | 某某职工会 |`` and ``奖项 | 姓名 | 所属单位`` tables.

Lines holding ``|`` (Markdown or pipe tables, full-width bars folded by the
reading stage) and blocks of lines of space-separated names (a flattened
table, ``table_cells.table_rows``) are rows; the cells of a row are read by what they hold, not
by position: an honour in a row is what the row's person (or, with no person,
its body) RECEIVED; a person and a body in one row give POSITION.  A line
naming an honour alone above the rows is the table's caption: every row's
winner received it too.
"""
from __future__ import annotations

import re

from unionkg.model import Mention
from unionkg.nlp.lexicon import wordset
from unionkg.nlp.relations.context import DocContext
from unionkg.nlp.table_cells import table_rows

_RULE = re.compile(r"^[\s|:\-—=+]*$")


def find(ctx: DocContext) -> None:
    text = ctx.text
    caption: Mention | None = None
    rows = table_rows(text)
    position = 0
    while position < len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        line = text[position:end]
        if (position, end) in rows:
            if not _RULE.match(line):
                _row(ctx, (position, end), caption)
        elif line.strip():
            caption = _caption(ctx, (position, end))
        position = end + 1


def _caption(ctx: DocContext, span: tuple[int, int]) -> Mention | None:
    """A line that is one honour's name (``2008年度优秀团体奖``), else no caption."""
    awards = ctx.within(span[0], span[1], "AWARD")
    if len(awards) == 1 and len(ctx.text[span[0]:span[1]].strip(" ：:\t")) <= len(awards[0].text) + 4:
        return awards[0]
    return None


def _title_cell(text: str, span: tuple[int, int]) -> str:
    """A cell of the row that is a post title (``主席``, ``副总经理``), the post held in the row's body."""
    for cell in re.split(r"[|\s]+", text[span[0]:span[1]]):
        if cell in wordset("titles") or cell in wordset("union_titles"):
            return cell
    return ""


def _row(ctx: DocContext, span: tuple[int, int], caption: Mention | None) -> None:
    mentions = ctx.within(span[0], span[1])
    people = [m for m in mentions if m.type == "PER"]
    bodies = [m for m in mentions if m.type == "ORG"]
    awards = [m for m in mentions if m.type == "AWARD"]
    winners = people or bodies
    if not winners:
        return
    title = _title_cell(ctx.text, span)
    for person in people:
        for body in bodies:
            ctx.found.add(person.name, "POSITION", ctx.name(body), span, (person.start, body.end), title=title)
    for winner in winners:
        for award in awards + ([caption] if caption else []):
            ctx.found.add(ctx.name(winner), "RECEIVED", award.name, span, (winner.start, winner.end))
