"""Regular expressions compiled once per machine, not once per process.

The language stage compiles about 450 regular expressions when it is
imported and built, many of them whole lexicons as alternations; Python
parses and assembles each in Python code, a sixth of a one-document
``unionkg extract``'s CPU time.  What that work produces is plain data (the
final flags, the list of integer codes, the group names), and the C
function that turns it into a ``re.Pattern`` is cheap.  Inside
:func:`compiled_once` that data is taken from a marshal file in the
dictionary cache folder (:func:`unionkg.nlp.dictionary.cached`'s), keyed
on the pattern, its flags, the Python version and the regular-expression
engine's version (``_sre.MAGIC``), and stored for the patterns it lacked.
A pattern built from the same data is the same pattern; any pattern
not a plain ``str`` or ``bytes`` (or compiled with ``re.DEBUG``) is
compiled as usual.  The file keeps only the patterns the last process
compiled, so it does not grow as lexicons change.
"""
from __future__ import annotations

import hashlib
import logging
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

import _sre

log = logging.getLogger(__name__)

_compiler = re._compiler  # type: ignore[attr-defined]
_parser = re._parser  # type: ignore[attr-defined]

#: (is str, pattern, flags) → (final flags, code, groups - 1, groupindex, indexgroup)
Entry = tuple[int, list[int], int, dict, tuple]


def _version() -> str:
    return f"{sys.version}|{_sre.MAGIC}|{marshal.version}"


def _file(name: str) -> list:
    from unionkg.nlp.dictionary import _folders

    digest = hashlib.sha256(_version().encode()).hexdigest()[:16]
    return [folder / f"{name}-{digest}.marshal" for folder in _folders()]


def _load(name: str) -> dict:
    for path in _file(name):
        try:
            with open(path, "rb") as handle:
                table = marshal.loads(handle.read())
            if isinstance(table, dict):
                return table
        except (OSError, EOFError, ValueError, TypeError):
            pass
    return {}


def _store(name: str, table: dict) -> None:
    try:
        data = marshal.dumps(table)
    except ValueError as error:  # a pattern of a type marshal cannot write: no file at all
        log.debug("cannot cache regular expressions: %s", error)
        return
    for path in _file(name):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                os.replace(tmp, path)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
            return
        except OSError as error:  # a read-only home: the temp folder, else nothing
            log.debug("cannot cache regular expressions in %s: %s", path, error)


def _build(pattern, entry: Entry) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


_depth = 0


@contextmanager
def compiled_once(name: str) -> Iterator[None]:
    """Compile the regular expressions of the block from the file ``name`` where it has them.

    Nested blocks use the outer one's table.  Not for threads: the block
    replaces ``re``'s compiler for the whole process while it runs.
    """
    global _depth
    if _depth:
        _depth += 1
        try:
            yield
        finally:
            _depth -= 1
        return
    stored = _load(name)
    used: dict = {}
    original = _compiler.compile

    def compile(p, flags=0):
        if not isinstance(p, (str, bytes)) or flags & re.DEBUG:
            return original(p, flags)
        key = (isinstance(p, str), p, flags)
        entry = stored.get(key)
        if entry is not None:
            try:
                compiled = _build(p, entry)
            except (TypeError, ValueError, RuntimeError):  # a damaged entry: compiled afresh
                pass
            else:
                used[key] = entry
                return compiled
        parsed = _parser.parse(p, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for group, index in groupindex.items():
            indexgroup[index] = group
        # the codes are int subclasses (named opcodes): plain ints to be marshal-able
        entry = (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex,
                 tuple(indexgroup))
        used[key] = entry
        return _build(p, entry)

    _depth = 1
    _compiler.compile = compile
    try:
        yield
    finally:
        _compiler.compile = original
        _depth = 0
        if used.keys() != stored.keys():
            _store(name, used)
