"""``ukg_people``: person mentions, cleaned to the form GUIDELINES.md asks for.

The tagger proposes PER words; this component strips titles and familiar
forms after a full name (``周华老师`` → ``周华``), keeps surname + title when
that is all the text gives (``郭校长``), rejects placeholders and bare roles,
and accepts names the tagger missed when they stand in a list with a tagged
name or right after a post title (``主席盛丽萍``).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from unionkg.model import Mention
from unionkg.nlp.dictionary import frequent_words
from unionkg.nlp.lexicon import alternation, words, wordset
from unionkg.nlp.phrases import has_placeholder

_HAN = re.compile(r"^[\u4e00-\u9fff·]+$")


def _common_words() -> tuple[frozenset[str], frozenset[str]]:
    """jieba's dictionary: frequent words, and those of them that are also names.

    A frequent word is not a name (全部, 谈心); but jieba tags some frequent
    words as person names (``nr``: 王明, 李强, and 温馨, 向阳 too), and those
    are names only where the sentence uses them as a person (see ``_acts``).
    Read once and cached on disk (``dictionary.frequent_words``).
    """
    return frequent_words(_COMMON, _COMMON_NAME)


_COMMON = 20  # a word seen more often than this in jieba's corpus is a word
_COMMON_NAME = 1000  # … even when jieba knows it as a name, above this


def _surname(name: str) -> str | None:
    surnames = wordset("surnames")
    if name[:2] in surnames:
        return name[:2]
    if name[:1] in surnames:
        return name[:1]
    return None


# a word ending so names a role or trade a name may follow (钢筋工庄立新, 选手付嵘)
_ROLE_ENDINGS = ("主席", "校长", "书记", "选手", "老师", "队员", "工", "员", "师", "手", "长")


class PeopleRecogniser:
    def __init__(self) -> None:
        self.title_suffix = re.compile(f"(?:{alternation('titles')[3:-1]}|{alternation('kinship')[3:-1]})$")
        self.titles = wordset("titles")
        self.groups = tuple(wordset("people_groups"))
        self.glued_verbs = tuple(v for v in words("cue_verbs") if len(v) >= 2)  # longest first

    def clean(self, text: str, acts: bool = True) -> tuple[str, int] | None:
        """The name to keep and how many characters of ``text`` it spans (from the left)."""
        if has_placeholder(text) or not _HAN.match(text):
            return None
        match = self.title_suffix.search(text)
        if match and match.start() > 0:
            base = text[: match.start()]
            if len(base) == 1 or (len(base) == 2 and base in wordset("surnames")):
                return (text, len(text)) if base in wordset("surnames") else None
            text = base
        if text in self.titles or not 2 <= len(text) <= 4 or _surname(text) is None:
            return None
        common, names = _common_words()
        if text in common and (text not in names or not acts):  # 全部, 谈心; 温馨的家
            return None
        return text, len(text)

    def _repaired_in_list(self, words, i: int) -> list[Mention]:
        """Names the tagger cut wrongly, next to a tagged name in a list (``魏主席、游主席``).

        ``游/v 主席/n``: a surname split from its title; ``钢筋/n 工庄立新/n``: a
        trade's last character glued onto the name after it.
        """
        word = words[i]
        prev = words[i - 1] if i else None
        nxt = words[i + 1] if i + 1 < len(words) else None
        listed = (prev is not None and prev.text in ("、", "和") and i >= 2 and words[i - 2].tag == "PER")
        if listed and len(word.text) == 1 and word.text in wordset("surnames") and nxt is not None and nxt.text in self.titles:
            return [Mention(word.text + nxt.text, "PER", word.start, nxt.end)]
        glued = 3 <= len(word.text) <= 4 and word.text[0] in _ROLE_ENDINGS and _surname(word.text[1:])
        if glued and prev is not None and prev.tag == "n" and i >= 3 and words[i - 2].text == "、" \
                and words[i - 3].tag == "PER":
            listed = True  # 木工贺建华、钢筋/n 工庄立新
        if not listed:
            return []
        if glued:
            name = word.text[1:]
            if self.clean(name, True) is not None:
                return [Mention(name, "PER", word.start + 1, word.end)]
        return []

    def _verb_unglued(self, word):
        """``张三荣获/PER``: the tagger glued a cue verb onto the name; the name is what precedes it."""
        for verb in self.glued_verbs:
            if word.text.endswith(verb) and 2 <= len(word.text) - len(verb) <= 3:
                return word._replace(text=word.text[:-len(verb)], end=word.end - len(verb))
        return word

    def _acts(self, words, i: int) -> bool:
        """The word is used as a person: a verb or a title follows, or a title precedes."""
        nxt = words[i + 1] if i + 1 < len(words) else None
        prev = words[i - 1] if i else None
        return (nxt is not None and (nxt.tag in {"v", "p"} or nxt.text in self.titles or nxt.text == "同志")) or \
            (prev is not None and prev.text in self.titles)

    def __call__(self, doc: Doc) -> Doc:
        words = doc._.words
        found: list[Mention] = []
        for i, word in enumerate(words):
            guess = word.tag == "PER"
            if guess:
                word = self._verb_unglued(word)
            if not guess and 2 <= len(word.text) <= 3 and _surname(word.text) and word.tag in {"v", "n", "nz", "a", "LOC"}:
                # names the tagger missed: in a list next to a tagged name, or after a post
                prev = words[i - 1] if i else None
                nxt = words[i + 1] if i + 1 < len(words) else None
                after_title = prev is not None and (prev.text in self.titles or (
                    prev.tag == "n" and prev.text.endswith(_ROLE_ENDINGS)
                    and not prev.text.endswith(self.groups)))  # 职工廉租房: a group, not a post
                in_list = (nxt is not None and nxt.text == "、" and i + 2 < len(words) and words[i + 2].tag == "PER") or \
                          (prev is not None and prev.text == "、" and i >= 2 and words[i - 2].tag == "PER")
                guess = (after_title and nxt is not None and nxt.tag in {"w", "v", "p", "u", "c"}) or in_list
            if not guess:
                found.extend(self._repaired_in_list(words, i))
                continue
            cleaned = self.clean(word.text, self._acts(words, i))
            if cleaned is None:
                continue
            name, length = cleaned
            found.append(Mention(word.text[:length] if name == word.text[:length] else name,
                                 "PER", word.start, word.start + len(name), name))
        doc._.candidates = (doc._.candidates or []) + found
        return doc


@Language.factory("ukg_people")
def make_people(nlp: Language, name: str) -> PeopleRecogniser:
    return PeopleRecogniser()
