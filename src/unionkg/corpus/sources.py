"""Files and folders → documents, one at a time.

Reading is a generator from top to bottom: a folder is walked lazily, each
file is read, turned into documents and forgotten before the next one, and a
JSONL file is read line by line.  A 50 MB corpus therefore never sits in
memory at once.  A bad file never stops the run: its problem is reported as
one line through ``on_error`` (or raised when there is no handler).
"""
from __future__ import annotations

import codecs
import hashlib
import json
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from unionkg.corpus.decode import decode_bytes
from unionkg.corpus.errors import CorpusError
from unionkg.corpus.html import html_to_text
from unionkg.corpus.markdown import markdown_keep_mask, markdown_title
from unionkg.corpus.pdf import pdf_to_text
from unionkg.corpus.pipeline import build_documents
from unionkg.corpus.word import docx_to_text
from unionkg.model import Document

TEXT_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".jsonl"})
#: Formats read through a library rather than decoded as text.
DOCUMENT_SUFFIXES = frozenset({".docx", ".pdf"})
#: Every file suffix the reading stage accepts.
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | DOCUMENT_SUFFIXES
ErrorHandler = Callable[[str], None] | None


def _report(on_error: ErrorHandler, message: str) -> None:
    if on_error is None:
        raise CorpusError(message)
    on_error(message)


def _ignored(name: str) -> bool:
    """Files nobody means as a report: hidden ones, Word's lock files, Python package files.

    ``~$报告.docx`` is the lock file Word keeps beside an open document, and
    the shipped samples folder is a Python package (``__init__.py``).
    """
    return name.startswith((".", "~$", "__"))


def _unsupported(path: Path) -> str:
    """The one line for a file of a format unionkg does not read."""
    suffix = path.suffix.lower() or "(none)"
    return f"{path}: unsupported format '{suffix}', convert to .docx (or .pdf, .txt), skipped"


def _walk(folder: Path, on_error: ErrorHandler) -> Iterator[Path]:
    """Files under ``folder``, depth first, sorted by name.

    A file of another format is reported, never passed over in silence: a
    folder of ``.doc`` reports must not turn into an empty graph unnoticed.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        _report(on_error, f"{folder}: unreadable folder ({exc.strerror or exc}), skipped")
        return
    for entry in entries:
        if _ignored(entry.name):
            continue
        path = folder / entry.name
        if entry.is_dir():
            yield from _walk(path, on_error)
        elif entry.is_file():
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                yield path
            else:
                _report(on_error, _unsupported(path))


def _files(paths: Sequence[str | Path], on_error: ErrorHandler) -> Iterator[Path]:
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, on_error)
        elif not path.exists():
            _report(on_error, f"{path}: no such file or directory, skipped")
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
            _report(on_error, _unsupported(path))
        else:
            yield path


def _read_file(path: Path, on_error: ErrorHandler) -> Iterator[Document]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        _report(on_error, f"{path}: unreadable ({exc.strerror or exc}), skipped")
        return
    suffix = path.suffix.lower()
    title: str | None = None
    keep: list[bool] | None = None
    try:
        if suffix == ".docx":
            (original, title), encoding = docx_to_text(path), "docx"
        elif suffix == ".pdf":
            original, encoding = pdf_to_text(path), "pdf"
        else:
            original, encoding = decode_bytes(data)
    except CorpusError as exc:
        _report(on_error, f"{path}: {exc}, skipped")
        return
    if suffix in (".html", ".htm"):
        original, title = html_to_text(original)
    elif suffix == ".md":
        title = markdown_title(original)
        keep = markdown_keep_mask(original)
    docs = build_documents(
        original, path.stem, source=str(path), encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(), title=title, keep=keep,
    )
    if not docs:
        _report(on_error, f"{path}: no text left after cleaning, skipped")
    yield from docs


#: bytes of a JSON Lines file looked at before reading it line by line
_SNIFF = 8192


def _binary_head(head: bytes) -> str | None:
    """Why the start of a JSON Lines file shows it is no UTF-8 text (None when it may be one).

    Without this a binary file gives one "not UTF-8" line per byte-line.
    """
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "UTF-16 text; JSON Lines must be UTF-8"
    if b"\x00" in head:
        return "binary file (NUL bytes)"
    text = head.decode("utf-8", "replace")
    bad = sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f\v"))
    if bad > max(2, len(text) // 50):
        return "binary file (not UTF-8 text)"
    return None


def _jsonl_records(path: Path, on_error: ErrorHandler) -> Iterator[tuple[int, dict]]:
    """``(line number, record)`` for every good line; bad lines are reported."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        _report(on_error, f"{path}: unreadable ({exc.strerror or exc}), skipped")
        return
    with handle:
        problem = _binary_head(handle.read(_SNIFF))
        if problem:
            _report(on_error, f"{path}: {problem}, skipped")
            return
        handle.seek(0)
        for lineno, raw in enumerate(handle, 1):
            where = f"{path}:{lineno}"
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                _report(on_error, f"{where}: not UTF-8 ({exc.reason}), skipped")
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                _report(on_error, f"{where}: not JSON ({exc.msg}), skipped")
                continue
            if not isinstance(record, dict):
                _report(on_error, f"{where}: not a JSON object, skipped")
                continue
            text = record.get("text")
            if not isinstance(text, str):
                _report(on_error, f"{where}: no 'text' field, skipped")
                continue
            if not text.strip():
                _report(on_error, f"{where}: empty 'text', skipped")
                continue
            record = dict(record)
            rid = record.get("id")
            record["id"] = str(rid) if rid not in (None, "") else f"{path.stem}-{lineno}"
            yield lineno, record


def read_jsonl_records(
    path: str | Path, on_error: ErrorHandler = None
) -> Iterator[dict]:
    """Records of a JSON Lines file (gold-style input), each with ``id`` and ``text``.

    A record without ``id`` gets ``{file stem}-{line number}``.  Other fields
    (``author``, ``entities`` …) pass through untouched.
    """
    for _, record in _jsonl_records(Path(path), on_error):
        yield record


def _read_jsonl(path: Path, on_error: ErrorHandler) -> Iterator[Document]:
    for lineno, record in _jsonl_records(path, on_error):
        text = record["text"]
        title = record.get("title")
        docs = build_documents(
            text, record["id"], source=f"{path}:{lineno}", encoding="utf-8",
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            title=title if isinstance(title, str) and title.strip() else None,
        )
        if not docs:
            _report(on_error, f"{path}:{lineno}: no text left after cleaning, skipped")
        yield from docs


def iter_documents(
    paths: Sequence[str | Path] | str | Path, on_error: ErrorHandler = None
) -> Iterator[Document]:
    """Stream the documents of files and folders (recursive, sorted).

    Supported: ``.txt``, ``.md``, ``.html``/``.htm``, ``.jsonl``, ``.docx``
    and ``.pdf`` with a text layer.  Problems (including every file of another
    format inside a folder) go to ``on_error`` as one line each and reading
    continues; without a handler the first problem raises :class:`CorpusError`.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for path in _files(paths, on_error):
        if path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(path, on_error)
        else:
            yield from _read_file(path, on_error)
