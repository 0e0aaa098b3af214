"""Write to a temporary file beside the target, then rename over it.

Every output of a build goes through here, so an interrupted or failed build
never leaves a half-written file and the previous output stays intact.  The
finished file gets the usual permissions (``0666`` less the umask), not the
private ``0600`` a temporary file is created with.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _short(name: str, limit: int = 40) -> str:
    """At most ``limit`` bytes of ``name`` (whole characters), for a temp file's prefix."""
    data = name.encode("utf-8", "surrogateescape")[:limit]
    return data.decode("utf-8", "ignore")


@contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path to write; it replaces ``path`` only if the block finishes."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    # the temp name must fit where the target's name fits: a 245-byte name plus
    # mkstemp's letters would pass the file system's 255-byte limit
    fd, tmp = tempfile.mkstemp(prefix=f".{_short(target.name)}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8",
                 newline: str | None = None) -> Iterator[IO]:
    """Yield an open file handle; ``path`` is replaced only if the block finishes."""
    with atomic_path(path) as tmp:
        binary = "b" in mode
        with open(tmp, mode, encoding=None if binary else encoding,
                  newline=None if binary else newline) as handle:
            yield handle
