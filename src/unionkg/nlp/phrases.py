"""Growing a phrase leftwards over the tagger's words.

Chinese names of organisations, events and awards are head-final: a head
word (``工会``, ``比赛``, ``一等奖``) preceded by modifiers.  The recognisers
find a head and call ``extend_left`` to take the modifiers, stopping at
punctuation, cue verbs and function words, so a name never swallows the verb
or subject before it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from unionkg.nlp.doc_extensions import Word
from unionkg.nlp.lexicon import pattern, wordset

PLACEHOLDER = pattern("phrases", "placeholder")
ORDINAL = pattern("phrases", "ordinal")
OPEN_QUOTES = "“「『《\"'‘〈"
CLOSE_QUOTES = "”」』》\"'’〉"
CUE_TAGS = frozenset({"v", "vd", "p", "c", "d", "u"})
NOMINAL_TAGS = frozenset({"n", "nz", "vn", "LOC", "ORG", "nw", "j", "an", "s"})


def has_placeholder(text: str) -> bool:
    return bool(PLACEHOLDER.search(text))


def strip_quotes(text: str) -> str:
    return re.sub(r"[“”\"'‘’《》〈〉「」『』]", "", text).strip()


def word_at(words: Sequence[Word], starts: Sequence[int], char: int) -> int:
    """Index of the word that starts at ``char`` (or the next one)."""
    return bisect_left(starts, char)


def extend_left(words: Sequence[Word], head: int, accept: Callable[[Word, int], bool],
                max_chars: int = 24, floor: int = 0,
                take_quote: Callable[[str], bool] | None = None) -> int:
    """The index of the first word of the phrase ending with ``words[head]``.

    Walks left while ``accept(word, index)`` holds; a quoted stretch
    (“…”) directly before the phrase is taken whole, since quotes mark a name.
    """
    first = head
    length = words[head].end - words[head].start
    i = head - 1
    while i >= floor:
        word = words[i]
        if word.text and word.text[-1] in CLOSE_QUOTES and word.tag == "w":
            j = i - 1
            while j >= floor and not (words[j].tag == "w" and words[j].text[0] in OPEN_QUOTES):
                if words[j].text in "，。；！？,;!?\n" or words[j].end - words[j].start > 30:
                    j = floor - 1
                    break
                j -= 1
            if j < floor:
                break
            if take_quote is not None and not take_quote("".join(w.text for w in words[j + 1:i])):
                break
            span = words[i].end - words[j].start
            if length + span > max_chars + 10:
                break
            first, length, i = j, length + span, j - 1
            continue
        if not accept(word, i) or length + len(word.text) > max_chars:
            break
        first, length, i = i, length + len(word.text), i - 1
    return first


def is_stop(word: Word) -> bool:
    """Words a name never starts before: cue verbs, function words, places of text."""
    return (word.tag in {"w", "p", "c", "u", "xc", "d", "r", "TIME", "t", "f", "q", "PER"}
            or (word.text in wordset("cue_verbs") and word.tag in CUE_TAGS)
            or word.text in wordset("boundary_words") or word.text in wordset("work_verbs")
            or has_placeholder(word.text))


def modifies_noun(words: Sequence[Word], index: int) -> bool:
    """``职工/n 创新/vn 成果展``, ``职工/n 创新/vn 成果/n 一等奖``: a verbal noun of routine work
    between two nouns modifies what follows; it opens a clause only after a verb or a break."""
    word = words[index]
    if word.tag != "vn" or word.text in wordset("cue_verbs") or index < 1 or index + 1 >= len(words):
        return False
    before, after = words[index - 1], words[index + 1]
    return before.tag in ("n", "nz", "j", "LOC") and not is_stop(before) and \
        after.tag in ("n", "nz", "vn") and not is_stop(after) and after.end - after.start >= 2


LEADING_TAGS = frozenset({"vd", "ad", "d", "u", "p", "c"})


def trim_leading(words: Sequence[Word], first: int, last: int, tags: frozenset[str] = LEADING_TAGS) -> int:
    """Skip words a name does not start with (adverbs, particles)."""
    while first < last and words[first].tag in tags:
        first += 1
    return first
