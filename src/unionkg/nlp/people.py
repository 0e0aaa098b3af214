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
from unionkg.nlp.doc_extensions import text_of
from unionkg.nlp.lexicon import alternation, pattern, words, wordset
from unionkg.nlp.phrases import has_placeholder

_HAN = re.compile(r"^[\u4e00-\u9fff·]+$")
_NAME_LEFT = pattern("people", "name_left")
_NAME_RIGHT = pattern("people", "name_right")
_ELECTED_AFTER = pattern("people", "elected_after")
_BYLINE = pattern("people", "byline")
_NOT_NAME_FIRST = frozenset("由把被对向从和与及为在让请将给")
_NOT_NAME_SECOND = frozenset("老小大新各全")
_SURNAME_TITLE = pattern("people", "surname_title")
_LISTED_BEFORE_DENG = pattern("people", "listed_before_deng")
_BYLINE_ROLES = frozenset({"记者", "通讯员", "编辑", "责任编辑", "摄影", "撰稿", "文", "图", "作者", "审核", "校对"})
_PEOPLE_COUNT = re.compile("[\\d一二三四五六七八九十百]+(?:名|位|人)")
_ELECTS = pattern("elections", "elects")
_CLAUSE_END = re.compile("[，,。；;！!？?\n]")
_APPOINTING = frozenset("为任")  # 选举陈立为主席, 李娜任副主席: the verb between a name and its post
#: 选举张三为主席，刘芳为副主席: a function word between a name and the post it frames
_NOT_NAME_LAST = frozenset("为是在被把将")  # not 和: 洪志和 is a name


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
        self.title_alternation = re.compile(alternation("titles"))
        self.groups = tuple(wordset("people_groups"))
        self.glued_verbs = tuple(v for v in words("cue_verbs") if len(v) >= 2)  # longest first

    def clean(self, text: str, acts: bool = True) -> tuple[str, int] | None:
        """The name to keep and how many characters of ``text`` it spans (from the left)."""
        if has_placeholder(text) or not _HAN.match(text):
            return None
        match = self.title_suffix.search(text)
        if match and len(text) == 3 and match.group() == "妹" and _surname(text) == text[0]:
            match = None  # 陆晓妹: 妹 ends many given names (银燕姐 is a familiar form)
        if match and match.start() > 0:
            base = text[: match.start()]
            if len(base) == 1 or (len(base) == 2 and base in wordset("surnames")):
                return (text, len(text)) if base in wordset("surnames") else None
            text = base
        if len(text) == 3 and text.endswith("副") and _surname(text) == text[0]:
            text = text[:2]  # 邓飞副/PER 会长: the rank of the title after the name, no given name's end
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
        """``张三荣获/PER``: the tagger glued a cue verb onto the name; the name is what precedes it.

        ``周群作/PER 学校工会财务报告``: 作 (making a report) glued onto a two-character name.
        """
        for verb in self.glued_verbs:
            if word.text.endswith(verb) and 2 <= len(word.text) - len(verb) <= 3:
                return word._replace(text=word.text[:-len(verb)], end=word.end - len(verb))
        if len(word.text) == 3 and word.text[-1] in "作做" and word.text[:2] not in wordset("surnames") \
                and _surname(word.text[:2]):
            return word._replace(text=word.text[:-1], end=word.end - 1)
        return word

    @staticmethod
    def _given_name_before_deng(words, i: int, word):
        """``周云/PER 平等/a 嘉宾``: jieba reads a given name's last character with the 等 of a
        list (平等, 同等), cutting the name short; the name takes that character back.

        Only a two-character tagged name, and only where what follows the ``?等`` word is
        the list's noun or punctuation (``周云平等嘉宾``, ``李娟同等，``), never a verb.
        """
        if len(word.text) != 2 or i + 1 >= len(words):
            return word
        glued = words[i + 1]
        after = words[i + 2] if i + 2 < len(words) else None
        if len(glued.text) != 2 or glued.text[1] != "等" or glued.start != word.end or glued.tag == "PER":
            return word
        if after is not None and after.tag not in ("n", "nr", "w", "PER", "m"):
            return word
        return word._replace(text=word.text + glued.text[0], end=word.end + 1)

    @staticmethod
    def _given_name_before_wei(words, i: int, word):
        """``周大/PER 为/v 出席/v``: a given name's last 为 read as a verb; as a preposition or a
        copula 为 would take a noun, so before another verb it is the name's."""
        if len(word.text) != 2 or i + 2 >= len(words):
            return word
        glued, after = words[i + 1], words[i + 2]
        if glued.text != "为" or glued.start != word.end or after.start != glued.end or after.tag != "v" \
                or len(after.text) < 2:
            return word
        return word._replace(text=word.text + "为", end=word.end + 1)

    def _given_name_before_chengwei(self, text: str, words, i: int, word):
        """``选出林志/PER 成为/v 理事长``: in a sentence that elects someone (选举, 选出, 推选 …)
        to a post (X为主席), jieba reads a given name's last 成 with 为 as 成为 ("become"),
        cutting the name short; the name takes that character back.

        Only a two-character tagged name after an electing verb of its clause, and only
        where a post follows in that clause (``选出林志成为理事长``)."""
        if len(word.text) != 2 or i + 1 >= len(words):
            return word
        glued = words[i + 1]
        if glued.start != word.end or not (glued.text == "成为" or (
                glued.text == "成" and i + 2 < len(words) and words[i + 2].text.startswith("为"))):
            return word  # 林志/PER 成为/v, or 林志/PER 成/v 为/v
        opening = max((m.end() for m in _CLAUSE_END.finditer(text, 0, word.start)), default=0)
        if not _ELECTS.search(text, opening, word.start):
            return word
        closing = _CLAUSE_END.search(text, word.end)
        post = text[word.end + 2:closing.start() if closing else len(text)]
        if not any(title in post for title in self.titles | wordset("post_titles")):
            return word
        return word._replace(text=word.text + "成", end=word.end + 1)

    def _bylines(self, text: str) -> list[Mention]:
        """``（记者 王某 通讯员 李某）``: the names a byline gives, each a person."""
        found = []
        for match in _BYLINE.finditer(text):
            at = match.start("names")
            for name in match.group("names").split():
                start = text.index(name, at)
                at = start + len(name)
                if self.clean(name, True) == (name, len(name)):
                    found.append(Mention(name, "PER", start, at))
        return found

    def _acts(self, words, i: int) -> bool:
        """The word is used as a person: a verb or a title follows, or a title precedes."""
        nxt = words[i + 1] if i + 1 < len(words) else None
        prev = words[i - 1] if i else None
        if prev is not None and not prev.text.strip() and i >= 2:
            prev = words[i - 2]  # 记者 王晓东: a byline's role, then a space
            if prev.text in _BYLINE_ROLES:
                return True
        listed = any(0 <= k < len(words) and words[k].tag == "PER" and 0 <= (k + j) // 2 < len(words)
                     and words[(k + j) // 2].text in ("、", "和") for j, k in ((i, i - 2), (i, i + 2)))
        after = words[i + 2] if i + 2 < len(words) else None
        # 授予李娜等30名同志: the first of a list of people closed by 等 and their count
        counted = nxt is not None and nxt.text == "等" and after is not None and (
            after.text in ("人", "同志") or _PEOPLE_COUNT.fullmatch(after.text) is not None)
        # 二等奖：李娜（江州市中医院）: a winner given with their unit in brackets
        counted = counted or (nxt is not None and nxt.text in ("（", "(") and after is not None
                              and after.tag in ("ORG", "LOC"))
        # 李某一行: a visiting official and their party; 党组成员李某: a post's head before the name
        return (nxt is not None and (nxt.tag in {"v", "p"} or nxt.text in self.titles or nxt.text in ("同志", "一行"))) or \
            (prev is not None and (prev.text in self.titles or prev.text in wordset("post_titles"))) or \
            listed or counted  # 李娜、郑凯: one of a list of names

    def _framed(self, text: str, words, covered: set[int]) -> list[Mention]:
        """Names the tagger cut apart (``金/PER 一波/m 书记``, ``于/p 学锋/n``), read from their frame.

        A surname and one or two characters between a list's punctuation and a
        title (``、金一波书记``, ``；唐友新老师``), between a title and punctuation
        (``工会主席于学锋、``), or between a body the tagger named and punctuation
        (``上海局集团有限公司王子开，``: a person given with their unit).  Both edges
        are fixed by the frame, so the name's length is too.
        """
        found = []
        titles = self.title_alternation
        common, _ = _common_words()

        def plausible(name: str, size: int) -> bool:
            # 由老教师, 展时代教师: a preposition or an age word, a common word as the given name
            return bool(_surname(name)) and self.clean(name, True) == (name, size) and \
                name[0] not in _NOT_NAME_FIRST and not (size == 2 and name[1] in _NOT_NAME_SECOND) and \
                not (size == 3 and (name[1:] in common or name[2] in _NOT_NAME_LAST))
        def before(at: int) -> None:
            for size in (3, 2):
                start = at - size
                if start < 0 or start in covered or not _NAME_LEFT.search(text, max(0, start - 2), start):
                    continue
                name = text[start:at]
                if size == 3 and name[-1] in _APPOINTING:
                    continue  # 郑凯/PER 为/v 副主席: elected as, not a three-character name
                if plausible(name, size):
                    found.append(Mention(name, "PER", start, at))
                    break
        for match in _ELECTED_AFTER.finditer(text):
            before(match.start())  # ，黄国当选理事长: a name between a list's punctuation and 当选
        for match in titles.finditer(text):
            before(match.start())  # name before the title
            # name after the title
            for size in (3, 2):
                end = match.end() + size
                if end >= len(text) or match.end() in covered or not _NAME_RIGHT.match(text, end):
                    continue
                name = text[match.end():end]
                if plausible(name, size):
                    found.append(Mention(name, "PER", match.end(), end))
                    break
        for match in _SURNAME_TITLE.finditer(text):
            # 許理事長致詞: a surname and a post opening a clause (GUIDELINES: 郭校长, 魏主席)
            if match.start() in covered or match.group(1) not in wordset("surnames") or \
                    match.group(2) not in self.titles:
                continue
            if match.start() == 0 or text[match.start() - 1] in "。！？\n" or \
                    _NAME_LEFT.search(text, max(0, match.start() - 2), match.start()):
                found.append(Mention(match.group(0), "PER", match.start(), match.end()))
        for match in _LISTED_BEFORE_DENG.finditer(text):
            # 赵平、钱/n 明亮/a 等12名同志: the last name of a list, cut by the tagger, closed by 等
            name = match.group(1)
            if match.start(1) not in covered and _surname(name) and self.clean(name, True) == (name, len(name)) \
                    and name not in common and name[0] not in _NOT_NAME_FIRST:
                found.append(Mention(name, "PER", match.start(1), match.end(1)))
        for w in words:
            if w.tag != "ORG" or w.end in covered:
                continue
            for size in (3, 2):
                end = w.end + size
                if end < len(text) and _NAME_RIGHT.match(text, end) and _HAN.match(text[w.end:end]):
                    name = text[w.end:end]
                    # 总工会于今（15）日: a frequent word after a body is no person given with their unit
                    if plausible(name, size) and name not in wordset("titles") and name not in common:
                        found.append(Mention(name, "PER", w.end, end))
                        break
        return found

    def __call__(self, doc: Doc) -> Doc:
        words = doc._.words
        found: list[Mention] = []
        for i, word in enumerate(words):
            guess = word.tag == "PER"
            if guess:
                word = self._given_name_before_deng(words, i, self._verb_unglued(word))
                word = self._given_name_before_chengwei(text_of(doc), words, i, word)
                word = self._given_name_before_wei(words, i, word)
            # 都是/v, 也在/v: an adverb and a copula the tagger calls one verb, no name
            copula = word.tag == "v" and word.text[-1] in _NOT_NAME_LAST
            if not guess and not copula and 2 <= len(word.text) <= 3 and _surname(word.text) and \
                    word.tag in {"v", "n", "nz", "a", "LOC"}:
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
        # a framed name fixes both its edges: it replaces a tagged name it extends (林珂/PER 如 发言人)
        framed = self._framed(text_of(doc), words, set())
        found = [m for m in found if not any(f.start <= m.start and m.end <= f.end and f.end - f.start > m.end - m.start
                                             for f in framed)]
        covered = {i for m in found for i in range(m.start, m.end)}
        found += [m for m in framed if not any(i in covered for i in range(m.start, m.end))]
        covered = {i for m in found for i in range(m.start, m.end)}
        found += [m for m in self._bylines(text_of(doc)) if not any(i in covered for i in range(m.start, m.end))]
        doc._.candidates = (doc._.candidates or []) + found
        return doc


@Language.factory("ukg_people")
def make_people(nlp: Language, name: str) -> PeopleRecogniser:
    return PeopleRecogniser()
