"""The ``Doc`` extensions the components share.

* ``doc._.words``: the tagger's lexical analysis, ``Word`` tuples with
  document character offsets (segmentation, POS and PER/ORG/LOC/TIME tags);
* ``doc._.candidates``: typed ``Mention``s proposed by the recognisers, possibly
  overlapping, before ``ukg_mentions`` chooses among them;
* ``doc._.mentions``: the chosen mentions (also written to ``doc.ents`` and
  ``doc.spans["ukg"]``);
* ``doc._.author``: the reporting organisation's name, or ``None``;
* ``doc._.by_others``: the text is a report by others (press), so no relation is the writer's;
* ``doc._.writer_stated``: whether the text says who wrote it; when not, ``author`` is
  only the body the report is about (it reads 本会, bare posts), never given as writer;
* ``doc._.relations``: ``Relation``s with their evidence;
* ``doc._.sentences``: the sentences' character spans, read once from the
  sentencizer (iterating ``doc.sents`` rebuilds spans every time).
"""
from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

from spacy.tokens import Doc


class Word(NamedTuple):
    start: int
    end: int
    text: str
    tag: str


for _name, _default in (("words", None), ("candidates", None), ("mentions", None),
                        ("author", None), ("by_others", False), ("writer_stated", True), ("relations", None), ("doc_id", ""),
                        ("sentences", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def text_of(doc: Doc) -> str:
    """The doc's text, cached: ``doc.text`` joins every token again on each access."""
    text = doc.user_data.get("ukg_text")
    if text is None:
        text = doc.user_data["ukg_text"] = doc.text
    return text


def sentences(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the doc's sentences (from the sentencizer), cached on the doc."""
    if doc._.sentences is None:
        doc._.sentences = [(s.start_char, s.end_char) for s in doc.sents]
    return doc._.sentences


def sentence_of(doc: Doc, start: int) -> tuple[int, int]:
    """The span of the sentence holding character ``start``."""
    spans = sentences(doc)
    starts = doc.user_data.get("ukg_sentence_starts")
    if starts is None or len(starts) != len(spans):  # built once: a list per call made this quadratic
        starts = doc.user_data["ukg_sentence_starts"] = [s for s, _ in spans]
    index = bisect_right(starts, start) - 1
    return spans[max(index, 0)] if spans else (0, len(text_of(doc)))
