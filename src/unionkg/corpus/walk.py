"""Walking the inputs given on the command line: every file once, loops and dead ends in one line.

A corpus copied from a shared drive holds symbolic links: to a folder
elsewhere, to a parent folder (a loop), to nothing.  Following links
blindly reads a folder again on every turn of a loop until the path is too
long, so every link is followed at most once per real path: a folder or file
already read under another name is skipped, a link back into a folder being
walked is reported once as a loop, and an unreadable folder or a dangling
link is one line too.  The rest of the corpus is built.

Each file comes with the name it is known by in the graph
(``ukg:sourceFile``): its path relative to the folder given on the command
line, led by that folder's own name (``reports/2023/厂工会.txt``), never an
absolute path of this machine, so moving or sharing a corpus does not change
the graph.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ErrorHandler = Callable[[str], None]


@dataclass(frozen=True)
class InputFile:
    """A file to read: where it is, and the relative name it goes by in the graph."""

    path: Path
    name: str


def _real(path: Path) -> str | None:
    try:
        return os.path.realpath(path, strict=True)
    except (OSError, RuntimeError):
        return None


class Walker:
    """Yields every file under the given paths once; remembers real paths across roots."""

    def __init__(self, on_error: ErrorHandler, ignored: Callable[[str], bool]) -> None:
        self.on_error = on_error
        self.ignored = ignored
        self.seen: set[str] = set()

    def roots(self, paths: Sequence[str | Path]) -> Iterator[InputFile | Path]:
        """For each given path: its files (folders walked) or, for a missing one, the path itself."""
        for given in paths:
            path = Path(given)
            if path.is_dir():
                real = _real(path)
                base = Path(real).name if real else path.name
                yield from self._folder(path, base or ".", [])
            elif path.is_file():
                real = _real(path)
                if real is not None and real in self.seen:
                    continue
                if real is not None:
                    self.seen.add(real)
                yield InputFile(path, path.name)
            else:
                yield path  # the caller reports what is wrong with it

    def _folder(self, folder: Path, name: str, ancestors: list[str]) -> Iterator[InputFile]:
        real = _real(folder)
        if real is None:
            self.on_error(f"{folder}: broken or looping symbolic link, skipped")
            return
        if real in ancestors:
            self.on_error(f"{folder}: symbolic link loop (back to {Path(real).name or real}), skipped")
            return
        if real in self.seen:
            return  # the same folder reached through another link: read once
        self.seen.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            self.on_error(f"{folder}: unreadable folder ({exc.strerror or exc}), skipped")
            return
        for entry in entries:
            if self.ignored(entry.name):
                continue
            path = folder / entry.name
            child = f"{name}/{entry.name}"
            try:
                is_dir = entry.is_dir()
                is_file = not is_dir and entry.is_file()
            except OSError as exc:  # ELOOP on a link to itself
                self.on_error(f"{path}: broken or looping symbolic link, skipped" if entry.is_symlink()
                              else f"{path}: unreadable ({exc.strerror or exc}), skipped")
                continue
            if is_dir:
                yield from self._folder(path, child, [*ancestors, real])
            elif is_file:
                file_real = _real(path)
                if file_real is not None:
                    if file_real in self.seen:
                        continue
                    self.seen.add(file_real)
                yield InputFile(path, child)
            elif entry.is_symlink():
                self.on_error(f"{path}: broken or looping symbolic link, skipped")
