"""Bylines: ``江城日报讯（记者 王某 通讯员 李某）``, ``来源：江城日报　作者：王某``.

GUIDELINES (v2.1): a reporter, correspondent or editor named in a byline has
POSITION to the outlet when the outlet is named.  The outlet is the one named
on the byline's own line (the nearest before it, else after it), or, when
the byline stands alone, the only outlet the item names.
"""
from __future__ import annotations

import re

from unionkg.model import Mention
from unionkg.nlp.lexicon import pattern
from unionkg.nlp.relations.context import DocContext

_ROLE = pattern("relations", "byline_role")
_OUTLET = pattern("relations", "outlet_name")
#: between two names of one role (``记者 王某 李某``, ``记者王某、李某``)
_BETWEEN_NAMES = re.compile(r"[\s、，,]*")


def find(ctx: DocContext) -> None:
    text = ctx.text
    outlets = [m for m in ctx.mentions if m.type == "ORG" and _OUTLET.search(m.name)]
    if not outlets:
        return
    for role in _ROLE.finditer(text):
        people = _named_after(ctx, role.end())
        if not people:
            continue
        line = (text.rfind("\n", 0, role.start()) + 1, _line_end(text, role.end()))
        on_line = [o for o in outlets if line[0] <= o.start and o.end <= line[1]]
        before = [o for o in on_line if o.end <= role.start()]
        outlet = before[-1] if before else on_line[0] if on_line else \
            outlets[0] if len({o.name for o in outlets}) == 1 else None
        if outlet is None:
            continue
        for person in people:
            ctx.found.add(person.name, "POSITION", ctx.name(outlet), ctx.sentence_of(person.start),
                          (role.start(), person.end), title=role.group("role"))


def _named_after(ctx: DocContext, start: int) -> list[Mention]:
    """The people a byline's role names: right after it, then any more after spaces or 、."""
    people: list[Mention] = []
    at = start
    for person in ctx.within(start, start + 40, "PER"):
        if not _BETWEEN_NAMES.fullmatch(ctx.text, at, person.start):
            break
        people.append(person)
        at = person.end
    return people


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end
