"""Detector for the blanks of anonymised templates.

Template sites publish summaries with the names blanked out (``20__年``,
``XX公司``, ``__工会``, ``××同志``).  Those blanks must never become entity
names, yet the text must stay as written (offsets), so this module only
*finds* them; the NLP stage asks :func:`placeholder_spans` or
:func:`has_placeholder` before accepting a mention.
"""
from __future__ import annotations

import re

PLACEHOLDER_RE: re.Pattern[str] = re.compile(
    r"""
      (?:20|19)(?:[_＿]+|[xXｘＸ×*＊]{2}|[?？]{2})年?   # 20__年, 20xx年, 20XX
    | [_＿]{2,}                                          # __, ＿＿
    | (?<![A-Za-z])[xX]{2,}(?![A-Za-z])                  # XX, xx (not inside a word)
    | [ｘＸ]{2,}                                         # ＸＸ
    | [×＊*]{2,}                                         # ××, **
    | [=＝]{3,}                                          # ====年
    | 某某+                                              # 某某
    | [○〇]{2,}(?=[年月日单公学医工局厂同])              # ○○公司
    """,
    re.VERBOSE,
)


def placeholder_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every placeholder in ``text``, in order."""
    return [m.span() for m in PLACEHOLDER_RE.finditer(text)]


def has_placeholder(text: str) -> bool:
    """Does ``text`` (e.g. a candidate name) contain a placeholder?"""
    return PLACEHOLDER_RE.search(text) is not None
