"""A body written short by its abbreviation: the one named body it stands for.

Two ways the genre shortens a name the report also writes out:

* the kind abbreviated (``data/kind_abbreviations.tsv``): ``市人社局`` for
  ``青山市人力资源和社会保障局``, ``工联会`` for ``澳门工会联合总会``; the
  place before the kind must be the end of the long name's place;
* words dropped from a company's name (``武汉局集团公司`` for
  ``中国铁路武汉局集团有限公司``): every character of the short name in
  order in the long one, the same last two characters, the first two
  together, and no body word (局, 厂, 校 …) among the dropped ones, so a
  different body of the same family is never taken for it.

Used by ``ukg_longest_forms``: only when exactly one named body fits.
"""
from __future__ import annotations

from functools import lru_cache

from unionkg.nlp.lexicon import table
from unionkg.nlp.one_body import one_outermost

#: characters that make a dropped stretch another body, not a shortening
_BODY_CHARS = frozenset("局厅委办院校厂所部处科队站馆会社行司团组室")
_MIN_SHORT = 4


@lru_cache(maxsize=1)
def kinds() -> dict[str, tuple[str, ...]]:
    return {short: tuple(longs.split()) for short, longs in table("kind_abbreviations").items()}


def expanded(short: str, names: set[str]) -> str | None:
    """The one name of ``names`` that ``short`` abbreviates, else None."""
    kinds_of_short = [(kind, longs) for kind, longs in kinds().items()
                      if short.endswith(kind) and kind not in longs]
    fits = {n for n in names if n != short and len(n) > len(short) and
            (_kind_written_out(short, n, kinds_of_short) or _dropped_words(short, n))}
    return one_outermost(fits)


def _kind_written_out(short: str, long: str, kinds_of_short: list[tuple[str, tuple[str, ...]]]) -> bool:
    for kind, longs in kinds_of_short:
        place = short[:-len(kind)]
        for written in longs:
            if long.endswith(written) and long[:-len(written)].endswith(place):
                return True
    return False


def _dropped_words(short: str, long: str) -> bool:
    if len(short) < _MIN_SHORT or short[-2:] != long[-2:] or short[:2] not in long or long.endswith(short):
        return False
    i = 0
    dropped: list[str] = []
    for ch in long:
        if i < len(short) and ch == short[i]:
            i += 1
        else:
            dropped.append(ch)
    return i == len(short) and not (set(dropped) & _BODY_CHARS)
