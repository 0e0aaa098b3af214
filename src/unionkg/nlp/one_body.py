"""The one body a short or bare name stands for, among the names of a report that fit it.

Several rules resolve a name written short (``市总工会``, ``集团公司``, ``市人社局``,
``公司``) to the name a report writes out.  They share the last step: of the
names that fit, a name another fitting name extends (``重工集团`` inside
``中国铁建重工集团``) is that same body written shorter, so only the outermost
names count, and only one of them may remain, else the short name stays as
written.
"""
from __future__ import annotations

from collections.abc import Iterable


def one_outermost(fits: Iterable[str]) -> str | None:
    """The single fitting name no other fitting name ends with, else None."""
    names = set(fits)
    outer = [n for n in names if not any(o != n and o.endswith(n) for o in names)]
    return outer[0] if len(outer) == 1 else None
