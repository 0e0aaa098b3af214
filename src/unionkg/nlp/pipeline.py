"""The spaCy ``Language`` that reads union reports.

spaCy's blank Chinese ``Language`` with jieba as its segmenter (a private
``jieba.Tokenizer`` loaded with the domain user dictionary, so the global
jieba state is left alone), then the registered components in flow order.
It is made as ``Chinese()``, the class ``spacy.blank("zh")`` looks up and
makes: ``blank`` also fills and validates the training sections of the
default config, which extraction never reads (0.05 s of a start-up).  Which components run
and their settings are config, not code: ``PIPELINE`` below is the default and
``make_nlp(disable=…)`` or ``nlp.get_pipe(name).cfg`` change it.
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.lang.zh import Chinese
from spacy.language import Language

from unionkg.nlp import components  # noqa: F401  (registers the factories)
from unionkg.nlp.dictionary import tokenizer
from unionkg.nlp.regexes import compiled_once

SENTENCE_ENDS = ["。", "！", "？", "!", "?", "；", ";", "\n"]

#: (component name, factory, config) in flow order
PIPELINE: list[tuple[str, str, dict]] = [
    ("sentencizer", "sentencizer", {"punct_chars": SENTENCE_ENDS}),
    ("ukg_lexical", "ukg_lexical", {}),
    ("ukg_people", "ukg_people", {}),
    ("ukg_organisations", "ukg_organisations", {}),
    ("ukg_events", "ukg_events", {}),
    ("ukg_awards", "ukg_awards", {}),
    ("ukg_table_cells", "ukg_table_cells", {}),
    ("ukg_mentions", "ukg_mentions", {}),
    ("ukg_longest_forms", "ukg_longest_forms", {}),
    ("ukg_author", "ukg_author", {}),
    ("ukg_relations", "ukg_relations", {}),
]


class _JiebaNoHMM:
    """jieba without HMM new-word guessing, which glues verbs onto names (``获省``)."""

    def __init__(self) -> None:
        self._tokenizer = tokenizer()  # one per process, shared by every pipeline

    def cut(self, text: str, cut_all: bool = False) -> Iterable[str]:
        return self._tokenizer.cut(text, cut_all=cut_all, HMM=False)


def make_nlp(disable: Iterable[str] = ()) -> Language:
    """A fresh pipeline; components named in ``disable`` are left out."""
    # built with the "char" segmenter, then switched to our jieba: asking spaCy for
    # "jieba" would load jieba's global dictionary too, a second copy we never use
    with compiled_once("regex-build"):  # the components' lexicon patterns (see ``regexes``)
        nlp = Chinese()
        nlp.tokenizer.segmenter = "jieba"
        nlp.tokenizer.jieba_seg = _JiebaNoHMM()
        skip = set(disable)
        for name, factory, config in PIPELINE:
            if name not in skip:
                nlp.add_pipe(factory, name=name, config=config)
    return nlp
