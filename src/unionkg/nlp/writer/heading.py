"""A heading that names its writer: ``青山县供电公司工会2023年工作总结``.

A heading names one union only when its host is specific: ``医院工会``
names a kind, ``XX工会`` a blank, ``2024年度工会`` a date.
"""
from __future__ import annotations

import re

from unionkg.nlp.lexicon import pattern, wordset
from unionkg.nlp.phrases import has_placeholder
from unionkg.nlp.union_names import before_union_word

_HEADING = pattern("author", "heading")
_YEAR_IN_HEADING = pattern("author", "year_in_heading")
#: ``2024年度工会工作总结``: a year before 工会 names no union
_ONLY_A_DATE = re.compile(r"[\d〇零一二三四五六七八九]{2,4}年度?|(?:上|下)半年|年度|今年|本年度?")


def specific(name: str) -> bool:
    """``青山县供电公司工会`` names one union; ``医院工会``, ``XX工会`` name a kind or a blank."""
    host = before_union_word(name.replace("會", "会"))
    return len(host) >= 2 and host not in wordset("org_generic") and not has_placeholder(name) \
        and not _ONLY_A_DATE.fullmatch(host)


def heading(text: str) -> str | None:
    """The union a heading like ``X工会2023年工作总结`` names, if it is a specific one."""
    match = _HEADING.match(text)
    if match is None:
        return None
    # 2024年青山纺织公司工会工作总结, 青山第一中学2024年工会工作总结: the year is no part of the name
    name = _YEAR_IN_HEADING.sub("", match.group("name"))
    return name if specific(name) else None
