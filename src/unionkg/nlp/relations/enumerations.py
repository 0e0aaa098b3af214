"""Winners lists: ``一等奖：张三（某某公司）、李四（某某厂）；二等奖：…``.

An honour followed by a colon opens a list that runs to the next ；, 。 or
line end (or, when the honour stands alone on its line, over the following
lines that hold only names).  Every person or body listed RECEIVED it; a
person listed with a unit (in brackets or beside the name) has POSITION to
it.  This is structure, not vocabulary: items are split at 、，；and line ends.
"""
from __future__ import annotations

import re

from unionkg.model import Mention
from unionkg.nlp.lexicon import wordset
from unionkg.nlp.relations.context import DocContext

#: an honour opening a list: ``一等奖：`` and ``授予以下同志“最美职工”称号：``
_OPENS = re.compile(r"[”\"」』]?\s*(?:荣誉)?(?:称号)?\s*[：:]")
_LIST_END = re.compile(r"[；;。]")
#: what may stand between two listed items or a name and its unit
_ITEM_GAP = re.compile(r"[\s、，,（()）等和及与]*(?:(?<=\n)\d{1,3}(?:[.．、]\s*|\s+))?")
#: a bracket's rest after the unit in it: 张三（某医院护士长） — the post, then the bracket closes
_BRACKET_REST = re.compile(r"[^（）()、，,；;。\n]{1,10}[)）]")
#: what may stand before an honour heading a list: its number (``一、``, ``2.``, ``（三）``)
_NUMBERING = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）])?\s*"
                        r"(?:\d{4}年度?)?(?:全国|全省|全市|全县|全区|省|市|县|区)?[“\"「『]?")
#: and after it: how many follow (``（10个）``, ``(共20名)``) and a colon
_COUNT = re.compile(r"[”\"」』]?\s*(?:获奖|表彰|拟表彰)?(?:名单|名录)?\s*"
                    r"(?:[（(]\s*共?[\d一二三四五六七八九十百]+\s*[个名人家项位支]?\s*[)）])?\s*[：:]?\s*")


def find(ctx: DocContext) -> None:
    text = ctx.text
    awards = [m for m in ctx.mentions if m.type == "AWARD"]
    for award in awards:
        opens = _OPENS.match(text, award.end)
        line_start = text.rfind("\n", 0, award.start) + 1
        line_end = _end_of_line(text, award.end)
        alone = bool(_NUMBERING.fullmatch(text, line_start, award.start) and _COUNT.fullmatch(text, award.end, line_end))
        if opens:
            end = _LIST_END.search(text, opens.end(), line_end)
            span = (opens.end(), end.start() if end else line_end)
            if alone or not text[opens.end():line_end].strip():
                # 一等奖： on its own line or closing it: the names on the lines below
                below = _after_headers(text, line_end)
                span = (below, _block_end(ctx, below))
        elif alone:
            below = _after_headers(text, line_end)
            span = (below, _block_end(ctx, below))
        else:
            continue
        _listed(ctx, award, span)


def _end_of_line(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _block_end(ctx: DocContext, start: int) -> int:
    """The lines after ``start`` that hold only names (no sentence, no other honour)."""
    text, end = ctx.text, start
    while end < len(text):
        line_end = _end_of_line(text, end + 1)
        line = (end + 1, line_end)
        mentions = ctx.within(line[0], line[1])
        if not mentions or any(m.type in ("AWARD", "EVENT") for m in mentions) or "。" in text[line[0]:line[1]] \
                or "|" in text[line[0]:line[1]] or not holds_only_names(text, line, mentions):
            break
        end = line_end
    return end


def _after_headers(text: str, line_end: int) -> int:
    """Past the line after ``line_end`` when it holds column headers only (``序号 单位名称``)."""
    next_end = _end_of_line(text, line_end + 1)
    cells = text[line_end + 1:next_end].split()
    return next_end if cells and all(c in wordset("table_headers") for c in cells) else line_end


def holds_only_names(text: str, span: tuple[int, int], mentions: list[Mention]) -> bool:
    """``text[span]`` is the sorted ``mentions`` and the small gaps of a list, nothing else."""
    last = span[0]
    for m in [*mentions, None]:
        until = span[1] if m is None else m.start
        rest = _BRACKET_REST.match(text, last, until) if last > span[0] else None
        if not _ITEM_GAP.fullmatch(text, rest.end() if rest else last, until):
            return False
        if m is not None:
            last = max(last, m.end)
    return True


def _listed(ctx: DocContext, award: Mention, span: tuple[int, int]) -> None:
    if span[1] <= span[0]:
        return
    items = ctx.within(span[0], span[1], "PER", "ORG")
    if not items or not holds_only_names(ctx.text, span, ctx.within(span[0], span[1])):
        return
    sentence = (award.start, span[1])
    people = [m for m in items if m.type == "PER"]
    # 张三（某公司）、李四（某厂） or 某公司 张三、某厂 李四: the list's first item says which side the unit is on
    unit_first = bool(people) and items[0].type == "ORG"
    for i, item in enumerate(items):
        if item.type == "ORG" and people:
            side = items[i + 1:] if unit_first else reversed(items[:i])
            holder = next((p for p in side if p.type == "PER"), None)
            if holder is not None:
                ctx.found.add(holder.name, "POSITION", ctx.name(item), sentence, (holder.start, item.end))
            continue
        ctx.found.add(ctx.name(item), "RECEIVED", award.name, sentence, (award.start, item.end))
