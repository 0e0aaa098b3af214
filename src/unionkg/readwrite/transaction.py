"""The output set of a build as one transaction: the old set or the new one, never a mix.

Writing each file atomically is not enough: a build interrupted half-way
through its writes leaves ``graph.ttl`` from the new build beside
``entities.csv`` from the old one, and pages of entities that left the graph
stay behind for ever.  So a build writes everything into a staging folder
beside the target (``.output.staging-…``) and swaps the two folders at the
end, with one ``renameat2(RENAME_EXCHANGE)`` where Linux offers it (two
renames elsewhere).  What the user put in the folder themselves (a
``view.html`` from ``unionkg view``, notes) is carried into the new set:
the hidden manifest ``.unionkg-manifest`` lists what the build wrote, and
only that goes with the old set.

A lock file beside the target (``.output.lock``, :mod:`filelock`) keeps two
builds from writing into one folder at once: the second fails at once with
one line.  Whoever takes the lock next removes what an interrupted build
left (staging folders, a set half swapped), so no temp file survives the next
build.  A folder that holds files but was not written by unionkg is never
replaced.
"""
from __future__ import annotations

import ctypes
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

#: the list of files a build wrote, kept inside the output folder
MANIFEST = ".unionkg-manifest"
#: what a build wrote before manifests existed (carried files are everything else)
_LEGACY_OUTPUTS = frozenset({"graph.ttl", "graph.trig", "graph.jsonld", "graph.graphml",
                             "entities.csv", "relations.csv", "index.html", "graph.html",
                             "orgs", "awards", "lib"})


class OutputError(RuntimeError):
    """The output folder cannot take a new set (busy, or not a unionkg folder); one line."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2``); False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


class OutputSet:
    """``with OutputSet(out_dir) as staging: write everything into staging`` — swapped in on success.

    The lock is taken on entry, so a second build into the same folder fails
    before it reads a single document.  Leaving the block with an exception
    (a failed validation, Ctrl-C) removes the staging folder and leaves the
    previous set untouched.
    """

    def __init__(self, target: str | os.PathLike) -> None:
        target = Path(target)
        if target.is_symlink():
            target = Path(os.path.realpath(target))
        self.target = Path(os.path.abspath(target))
        self.shown = Path(target)
        name = self.target.name
        self._staging_prefix = f".{name}.staging-"
        self._old_prefix = f".{name}.old-"
        self.lock_path = self.target.parent / f".{name}.lock"
        self.staging: Path | None = None
        self._lock: FileLock | None = None

    # ------------------------------------------------------------ entering
    def __enter__(self) -> Path:
        parent = self.target.parent
        parent.mkdir(parents=True, exist_ok=True)
        if self.target.exists() and not self.target.is_dir():
            raise OutputError(f"{self.shown}: exists and is not a folder")
        self._lock = FileLock(str(self.lock_path))
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            self._lock = None
            raise OutputError(f"{self.shown}: another unionkg build is writing into this folder "
                              f"(lock {self.lock_path.name}); run again when it has finished") from None
        try:
            self._recover()
            self._check_ours()
            self.staging = Path(tempfile.mkdtemp(prefix=self._staging_prefix, dir=parent))
            os.chmod(self.staging, 0o777 & ~_umask())
        except BaseException:
            self._release()
            raise
        return self.staging

    def _recover(self) -> None:
        """Undo what an interrupted build left beside the target (we hold the lock)."""
        parent = self.target.parent
        leftovers = sorted(p for p in parent.iterdir()
                           if p.name.startswith((self._staging_prefix, self._old_prefix)))
        if not self.target.exists():
            # killed between the two renames of the fallback swap: the old set is complete
            old = [p / "set" for p in leftovers if p.name.startswith(self._old_prefix)]
            old = [p for p in old if p.is_dir()]
            if old:
                os.replace(old[-1], self.target)
        for path in leftovers:
            _remove(path)

    def _check_ours(self) -> None:
        """Refuse to replace a folder of someone else's files (``-o ~`` must never empty a home)."""
        if not self.target.is_dir():
            return
        names = {p.name for p in self.target.iterdir()}
        if not names or MANIFEST in names or "graph.ttl" in names:
            return
        raise OutputError(f"{self.shown}: holds files no unionkg build wrote; "
                          "give a new or empty folder with -o")

    # ------------------------------------------------------------ leaving
    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self._commit()
        finally:
            if self.staging is not None and self.staging.exists():
                shutil.rmtree(self.staging, ignore_errors=True)
            self._release()

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _written(self) -> list[str]:
        assert self.staging is not None
        return sorted(p.relative_to(self.staging).as_posix() for p in self.staging.rglob("*")
                      if p.is_file() and p.name != MANIFEST)

    def _commit(self) -> None:
        assert self.staging is not None
        written = self._written()
        (self.staging / MANIFEST).write_text(
            "# files written by unionkg build; anything else here is carried into the next build\n"
            + "".join(f"{name}\n" for name in written), encoding="utf-8")
        if self.target.is_dir():
            self._carry_over(set(written))
            if not _exchange(self.staging, self.target):
                old = Path(tempfile.mkdtemp(prefix=self._old_prefix, dir=self.target.parent))
                os.replace(self.target, old / "set")
                os.replace(self.staging, self.target)
                shutil.rmtree(old, ignore_errors=True)
                return
        else:
            os.replace(self.staging, self.target)
            return
        # after the exchange the staging path holds the previous set; __exit__ removes it

    def _carry_over(self, written: set[str]) -> None:
        """Hard-link into the new set every file of the old one that no build wrote."""
        assert self.staging is not None
        manifest = self.target / MANIFEST
        if manifest.is_file():
            ours = {line for line in manifest.read_text(encoding="utf-8").splitlines()
                    if line and not line.startswith("#")}
        else:
            ours = None  # a folder from before manifests: its known outputs are ours
        for path in sorted(self.target.rglob("*")):
            if not path.is_file() or path.is_symlink():
                continue
            rel = path.relative_to(self.target).as_posix()
            if rel == MANIFEST or rel in written or path.name.endswith(".tmp") and path.name.startswith("."):
                continue
            if ours is None and rel.split("/", 1)[0] in _LEGACY_OUTPUTS:
                continue
            if ours is not None and rel in ours:
                continue
            dest = self.staging / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(path, dest)
            except OSError:
                shutil.copy2(path, dest)
