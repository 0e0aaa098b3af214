"""jieba's dictionary, loaded once per process, and what is derived from it, cached on disk.

Start-up used to load jieba's 350,000-word dictionary twice (once for the
global tokenizer ``spacy.blank("zh")`` initialises, once for our private
``jieba.Tokenizer``) and to re-read the dictionary file to find the frequent
words (``ukg_people``).  Now the private tokenizer is the only one, shared by
every pipeline of the process, and the frequent-word sets are kept in a small
marshal file keyed on the dictionary's identity, so a second process reads
them in milliseconds instead of parsing the dictionary again.

The tokenizer itself is cached the same way: jieba's prefix dictionary with
the domain user dictionary already added (``FREQ``, ``total``, the user
words' tags and the words forced apart), keyed on jieba's version, the
dictionary file, the user dictionary's content and the Python version.  It
is read with ``marshal.loads`` on the whole file: jieba's own cache is read
with ``marshal.load`` on a file object, which reads object by object and
took four times as long; and the user dictionary's words need not be added
one by one again.  The state restored is the very one ``load_userdict``
leaves, so cutting gives the same words.  The prefix dictionary is stored as
one blob per first character and read a first character at a time
(:class:`LazyFreq`): a one-document extract asks a few hundred of its
500,000 words, and reading them all took half a second.
"""
from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from unionkg.nlp.lexicon import data_path
from unionkg.nlp.libraries import import_jieba

log = logging.getLogger(__name__)


def cache_dir() -> Path:
    """Where derived dictionary data is kept: ``$UNIONKG_CACHE_DIR``, the user cache, else the temp folder."""
    explicit = os.environ.get("UNIONKG_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "unionkg"


def _folders() -> list[Path]:
    """Where ``cached`` looks: ``$UNIONKG_CACHE_DIR`` alone when set, else the user cache, then the temp folder."""
    if os.environ.get("UNIONKG_CACHE_DIR"):
        return [cache_dir()]
    return [cache_dir(), Path(tempfile.gettempdir()) / "unionkg"]


def _file_key(path: str) -> str:
    stat = os.stat(path)
    return f"{path}:{stat.st_size}:{stat.st_mtime_ns}"


def cached(name: str, key: str, compute: Callable[[], object]) -> object:
    """``compute()``, or its value stored under ``name`` and ``key`` by an earlier process.

    The value must be marshal-able (plain containers of str and int).  A file
    that cannot be read or written is no error: the value is computed again.
    """
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    for folder in _folders():
        path = folder / f"{name}-{digest}.marshal"
        try:
            with open(path, "rb") as handle:
                # loads on the whole file: marshal.load on a file object reads object by object
                return marshal.loads(handle.read())
        except (OSError, EOFError, ValueError, TypeError):
            pass
    value = compute()
    for folder in _folders():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                marshal.dump(value, handle)
            os.replace(tmp, folder / f"{name}-{digest}.marshal")
            break
        except OSError as error:  # a read-only home: try the temp folder, else do without
            log.debug("cannot cache %s in %s: %s", name, folder, error)
    return value


@lru_cache(maxsize=1)
def tokenizer():
    """The process's one ``jieba.Tokenizer`` with the domain user dictionary.

    Built by jieba (its prefix dictionary, then ``load_userdict``) the first
    time, and restored from the cached state afterwards (see the module's
    docstring).
    """
    jieba = import_jieba()
    from jieba import finalseg

    jieba.setLogLevel(logging.WARNING)
    userdict = data_path("userdict.txt")
    with open(userdict, "rb") as handle:
        userdict_hash = hashlib.sha256(handle.read()).hexdigest()
    key = (f"{jieba.__version__}:{_file_key(_jieba_dict_path())}:{userdict_hash}:"
           f"{sys.version_info[:2]}:{marshal.version}")
    built = []

    def compute() -> tuple[dict, int, dict, list[str]]:
        forced_before = set(finalseg.Force_Split_Words)
        seg = jieba.Tokenizer()
        seg.load_userdict(userdict)
        built.append(seg)
        return (shard(seg.FREQ), seg.total, seg.user_word_tag_tab,
                sorted(set(finalseg.Force_Split_Words) - forced_before))

    state = cached("jieba-shards", key, compute)
    if built:
        return built[0]
    try:
        shards, total, tags, forced = state
        if not (isinstance(shards, dict) and isinstance(total, int) and isinstance(tags, dict)
                and isinstance(forced, list) and all(isinstance(b, bytes) for b in shards.values())):
            raise TypeError("not a tokenizer's state")
    except (TypeError, ValueError):  # a foreign or damaged file: jieba builds it again
        seg = jieba.Tokenizer()
        seg.load_userdict(userdict)
        return seg
    seg = jieba.Tokenizer()
    seg.FREQ, seg.total, seg.user_word_tag_tab = LazyFreq(shards, seg), total, tags
    seg.initialized = True
    for word in forced:
        finalseg.add_force_split(word)
    return seg


def shard(freq: dict[str, int]) -> dict[str, bytes]:
    """jieba's prefix dictionary as one marshal blob per first character."""
    parts: dict[str, dict[str, int]] = {}
    for word, count in freq.items():
        parts.setdefault(word[:1], {})[word] = count
    return {first: marshal.dumps(words) for first, words in parts.items()}


class LazyFreq(dict):
    """jieba's prefix dictionary, read one first character at a time until it is much asked.

    Restoring all 500,000 words costs half a second of a one-document
    extract, which looks up a few hundred.  jieba only asks ``word in FREQ``,
    ``FREQ[word]`` and ``FREQ.get(word)``; each loads, first, the words that
    begin with the word's first character (a word and its prefixes share it),
    so every answer is the full dictionary's.  After ``PROMOTE_AFTER``
    lookups (a few thousand characters of text) the rest is loaded and the
    tokenizer given a plain ``dict``, as fast as jieba's own.
    """

    #: Lookups before the whole dictionary is loaded and handed to the tokenizer.
    PROMOTE_AFTER = 50_000

    def __init__(self, shards: dict[str, bytes], owner) -> None:
        super().__init__()
        self._shards = dict(shards)
        self._owner = owner
        self._asked = 0

    def _load(self, key: str) -> None:
        self._asked += 1
        if self._asked > self.PROMOTE_AFTER:
            self.promote()
            return
        blob = self._shards.pop(key[:1], None)
        if blob is not None:
            dict.update(self, marshal.loads(blob))

    def promote(self) -> dict[str, int]:
        """Load every word and give the tokenizer the plain dictionary; returns it."""
        for blob in self._shards.values():
            dict.update(self, marshal.loads(blob))
        self._shards.clear()
        plain = dict(self)
        if getattr(self._owner, "FREQ", None) is self:
            self._owner.FREQ = plain
        return plain

    def __contains__(self, key) -> bool:
        self._load(key)
        return dict.__contains__(self, key)

    def __getitem__(self, key):
        self._load(key)
        return dict.__getitem__(self, key)

    def get(self, key, default=None):
        self._load(key)
        return dict.get(self, key, default)

    def __setitem__(self, key, value) -> None:  # jieba's add_word: the stored word must not come back over it
        self._load(key)
        dict.__setitem__(self, key, value)

    def __eq__(self, other) -> bool:
        return self.promote() == other

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self):
        return (dict, (self.promote(),))


def _jieba_dict_path() -> str:
    jieba = import_jieba()

    return os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)


@lru_cache(maxsize=None)
def frequent_words(common: int, common_name: int) -> tuple[frozenset[str], frozenset[str]]:
    """jieba's words seen more than ``common`` times, and those of them tagged as names (``nr``)
    seen at most ``common_name`` times."""
    path = _jieba_dict_path()

    def compute() -> tuple[list[str], list[str]]:
        words, names = [], []
        with open(path, "rb") as lines:
            for raw in lines:
                word, freq, *tag = raw.decode("utf-8").split()
                count = int(freq)
                if count > common:
                    words.append(word)
                    if tag and tag[0].startswith("nr") and count <= common_name:
                        names.append(word)
        return words, names

    words, names = cached("frequent-words", f"{_file_key(path)}:{common}:{common_name}", compute)
    return frozenset(words), frozenset(names)
