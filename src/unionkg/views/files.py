"""File names a person can find, and writes a half-finished build can never leave broken.

A page is named after what it shows (``orgs/市总工会-3fa2c1.html``): the
display name with Chinese kept and anything a file system or a URL would
trip on (slashes, ``<``, spaces, quotes) turned into ``-``, then a short hash
of the node id.  The hash keeps two bodies that share a name apart and keeps a
page in the same file on every build, so links stay valid.
"""
from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache
from pathlib import Path

from unionkg.readwrite.atomic import atomic_write

#: Sub-folder of the output directory for each kind of page.  ``REPORT`` is
#: not a node type: report pages are keyed by document id.
FOLDERS = {"ORG": "orgs", "AWARD": "awards", "PER": "people", "REPORT": "reports"}
#: Characters of the name kept in a file name: enough to recognise, short for any file system.
SLUG_CHARS = 32
HASH_CHARS = 6


def slug(name: str) -> str:
    """``"公司工会（晨风集团）"`` → ``"公司工会-晨风集团"``: letters and digits of any script, ``-`` between."""
    name = unicodedata.normalize("NFKC", name)
    out: list[str] = []
    for char in name:
        if unicodedata.category(char)[0] in "LN":
            out.append(char.lower())
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out)[:SLUG_CHARS].strip("-")


def short_hash(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:HASH_CHARS]


@lru_cache(maxsize=1 << 16)
def page_path(key: str, type_: str, name: str = "") -> str:
    """Path of a page relative to the output directory (POSIX form).

    ``key`` is the node id (or the document id for a report); ``name`` the
    display name the reader knows it by.  Remembered: every page links to its
    neighbours, so a build asks for the same paths thousands of times.
    """
    stem = slug(name)
    return f"{FOLDERS[type_]}/{stem + '-' if stem else ''}{short_hash(key)}.html"


def write_atomic(path: Path, text: str) -> Path:
    """Write UTF-8 text via a temp file in the same directory, then rename it into place.

    A reader (a browser, a web server) never sees a truncated page, and an
    interrupted build leaves the previous page intact.
    """
    with atomic_write(path, newline="\n") as handle:
        handle.write(text)
    return Path(path)
