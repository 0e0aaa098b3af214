"""File names and writes that a half-finished build can never leave broken.

Names come from a hash of the node id, not the name itself: Chinese names,
slashes and ``<`` in entity names would otherwise reach the file system, and
the same node must land in the same file on every build so links stay valid.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from unionkg.readwrite.atomic import atomic_write

#: Sub-folder of the output directory for each type that gets its own pages.
FOLDERS = {"ORG": "orgs", "AWARD": "awards"}


def slug(node_id: str, type_: str) -> str:
    """``"ORG:市总工会"`` → ``"org-1a2b3c4d5e6f"``: safe, short, stable."""
    digest = hashlib.sha1(node_id.encode("utf-8")).hexdigest()[:12]
    return f"{type_.lower()}-{digest}"


def page_path(node_id: str, type_: str) -> str:
    """Path of an entity's page relative to the output directory (POSIX form)."""
    return f"{FOLDERS[type_]}/{slug(node_id, type_)}.html"


def write_atomic(path: Path, text: str) -> Path:
    """Write UTF-8 text via a temp file in the same directory, then rename it into place.

    A reader (a browser, a web server) never sees a truncated page, and an
    interrupted build leaves the previous page intact.
    """
    with atomic_write(path, newline="\n") as handle:
        handle.write(text)
    return Path(path)
