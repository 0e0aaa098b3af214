"""One-line messages for the user: errors and warnings as literal text.

A message names a file, a value or a prefixed name the user gave, so it must
reach the terminal exactly as written: no markup (``[bold]`` in a file
name), no emoji codes (``:end:`` in ``oa:end:``), no hard wrap at 80 columns
when stderr is a pipe, and no line break hidden in a name.  Every command
prints its errors through :func:`one_line`, as plain text; tables are drawn
by a console made by :func:`plain_console`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

_BREAKS = re.compile(r"[\r\n\x0b\x0c\x85\u2028\u2029]+")


def one_line(text: object) -> str:
    """``text`` with every line break shown as ``\\n`` and runs of spaces kept.

    A file name may hold a newline; printing it raw would split one message
    over two lines and let a name forge a second message.
    """
    text = str(text)
    return _BREAKS.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text).strip()


def first_line(exc: BaseException) -> str:
    """An exception's message squeezed onto one line (its class name when empty)."""
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


def plain_console(*, stderr: bool = False) -> Console:
    """A rich console that prints literally and never wraps (tables still render).

    ``rich`` is imported here, when a table is drawn, not with this module.
    """
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, markup=False, emoji=False, soft_wrap=True)
