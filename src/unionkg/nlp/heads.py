"""Finding head-final names: a head word and the modifiers on its left.

Used by the organisation, event and award recognisers, which differ only in
their head lexicon and in which words they let a name take on its left.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from unionkg.nlp.doc_extensions import Word
from unionkg.nlp.lexicon import alternation, wordset
from unionkg.nlp.phrases import extend_left, trim_leading


@dataclass
class Head:
    first: int      # index of the first word of the head
    start: int      # character where the head starts
    end: int        # character where the head (and the name) ends


_INDEX_CACHE: dict[int, tuple[Sequence[Word], dict[int, int], list[int]]] = {}


def word_index(words: Sequence[Word]) -> tuple[dict[int, int], list[int]]:
    """Word end → word index, and character → index of the word covering it.

    Three recognisers ask this of the same word list; it is built once per list.
    """
    cached = _INDEX_CACHE.get(id(words))
    if cached is not None and cached[0] is words:
        return cached[1], cached[2]
    ends = {w.end: i for i, w in enumerate(words)}
    covering = [0] * (words[-1].end if words else 0)
    for i, w in enumerate(words):
        covering[w.start:w.end] = [i] * (w.end - w.start)
    _INDEX_CACHE.clear()
    _INDEX_CACHE[id(words)] = (words, ends, covering)
    return ends, covering


def _head_fragment(last: Word, match: re.Match[str]) -> bool:
    """``焊接/vn 分/n 会/v``, ``市工/ORG 会/v``: the tagger cut the head and tagged its last
    character alone as the modal verb 会 ("can"); that 会 ends a longer head, it is no verb
    (``把工会/n 办/v 成``: any other character keeps its verb reading)."""
    return last.text == "会" and last.start > match.start()


class HeadFinder:
    """Finds where a head from ``data/<heads>.txt`` ends a word of the tagger."""

    def __init__(self, heads: str, non_heads: str | None = None,
                 head_tags_refused: frozenset[str] = frozenset({"v", "vd", "ad", "d", "m", "q", "p", "c", "u", "w"})) -> None:
        self.refused = head_tags_refused
        self.pattern = re.compile(alternation(heads))
        self.non_heads = wordset(non_heads) if non_heads else frozenset()
        long_ones = [w for w in self.non_heads if len(w) >= 2]
        self.non_head_end = re.compile("(?:" + "|".join(map(re.escape, long_ones)) + ")$") if long_ones else None

    def find(self, text: str, words: Sequence[Word]) -> Iterator[Head]:
        ends, starts_at = word_index(words)
        pos = 0
        while (match := self.pattern.search(text, pos)) is not None:
            last = ends.get(match.end())
            # 周年/n 会员/n 大会: a head (年会) that ends inside a word may hide one that starts
            # inside it (会员大会); the search goes on one character later, not after the match
            pos = match.end() if last is not None else match.start() + 1
            if last is None:
                continue
            first = starts_at[match.start()] if match.start() < len(starts_at) else last
            head_text = text[words[first].start:match.end()]
            if head_text in self.non_heads:
                continue
            # 干部 is no 部 (a non-head longer than the head), 安全部 is (a head longer than 全部)
            non_head = self.non_head_end.search(words[last].text) if self.non_head_end else None
            if non_head and len(non_head.group()) >= len(match.group()):
                continue
            if words[last].tag in self.refused and not _head_fragment(words[last], match):
                continue
            yield Head(first, words[first].start, match.end())


def grow(words: Sequence[Word], head: Head, accept: Callable[[Word, int], bool],
         max_chars: int, take_quote: Callable[[str], bool] | None = None,
         trim: bool = True) -> int:
    """The start character of the name ending at ``head``; leading verbs are trimmed."""
    first = extend_left(words, head.first, accept, max_chars=max_chars, take_quote=take_quote) \
        if head.first > 0 else 0
    if trim:
        first = trim_leading(words, first, head.first)
    return words[first].start
