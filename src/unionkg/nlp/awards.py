"""``ukg_awards``: honours, titles, prizes and placings.

Head-final names (``…一等奖``, ``…奖章``, ``…标兵``, ``先进…``) whose left side
stops at an event or organisation (``研讨会论文一等奖`` gives the award
``论文一等奖``; the event is found by ``ukg_events``), quoted honours after a
conferral verb (``被评为“文明职工”``), and placings (``第二名``).  An honour
that is only a goal (``争创文明学校``) is not an award.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

from unionkg.model import Mention
from unionkg.nlp.doc_extensions import text_of
from unionkg.nlp.heads import HeadFinder, grow
from unionkg.nlp.lexicon import alternation, pattern, wordset
from unionkg.nlp.phrases import CLOSE_QUOTES, NOMINAL_TAGS, ORDINAL, OPEN_QUOTES, has_placeholder, is_stop, strip_quotes

_LEVEL_MODEL = pattern("awards", "level_model")
_STAR_RATING = pattern("awards", "star_rating")
_MERIT = pattern("awards", "merit")
_PLACING = pattern("awards", "placing")
_QUOTED_HONOUR = pattern("awards", "quoted_honour")
# heads of events that are never an award's category: 会议, 活动, 培训 …
_WORK_EVENT = pattern("awards", "work_event")
_BREAKS = set("，。；！？、,;!?\n")
_COUNT = pattern("awards", "count")
_ANAPHOR_END = re.compile("(?:本|此|这|该)[次项届]$|该$")


class AwardRecogniser:
    def __init__(self, max_chars: int = 16) -> None:
        # placings are often tagged numerals (一二三等奖/m): a numeral may be a head here
        self.heads = HeadFinder("award_heads", "award_non_heads",
                                head_tags_refused=frozenset({"v", "vd", "ad", "d", "q", "p", "c", "u", "w"}))
        self.goal_words = wordset("award_goal_words")
        self.field_heads = tuple(wordset("award_field_heads"))
        self.conferral_verbs = wordset("conferral_verbs")
        self.event_end = re.compile(alternation("event_heads") + "$")
        self.org_end = re.compile(alternation("org_units") + "$")
        self.max_chars = max_chars
        self._event_ends: set[int] = set()
        self._words: list = []

    def _accept_before(self, head_first: int, head_text: str):
        """Words an honour takes on its left; a verb only right before the head.

        A title of skill (``能手``, ``标兵``, ``状元``) names its field by a
        verbal noun (``创新能手``, ``服务标兵``), even one the other rules treat
        as a work verb; ``宣传先进个人`` is still a verb and its object.
        """
        field_head = head_text.endswith(self.field_heads)

        def accept(word, index) -> bool:
            if self._accept(word, index):
                return True
            if index != head_first - 1 or len(word.text) != 2 or word.text in self.goal_words:
                return False
            if field_head and word.tag in ("v", "vn") and word.text not in wordset("cue_verbs"):
                return True
            return word.tag == "v" and word.text not in wordset("cue_verbs") and \
                word.text not in wordset("work_verbs")
        return accept

    def _accept(self, word, index) -> bool:
        if self.event_end.search(word.text):
            # 研讨会论文一等奖: the award stops at the event that gave it; but a kind of
            # contest no one names as an event is the award's category (摄影比赛一等奖)
            # (本次技能大赛优秀组织奖 refers back to a named event: not a category)
            return word.end not in self._event_ends and not _WORK_EVENT.search(word.text)
        if word.text == "暨":
            return True  # 演讲比赛暨才艺展示一等奖: one prize of a joint contest
        if self.org_end.search(word.text) or word.tag in {"ORG", "PER"}:
            # 优秀工会积极分子: a bare generic body after an adjective describes the honour
            return (word.text in wordset("org_generic") and index > 0
                    and self._words[index - 1].tag == "a")
        if word.text in wordset("titles"):
            return False  # 老师钢笔字三等奖: the person's title is not part of the honour
        if is_stop(word):
            return word.tag == "TIME" and word.text in {"五一", "三八", "五四"}
        if word.tag == "LOC" and len(word.text) > 2:
            return False  # 常州市五一劳动奖章: the named place confers it; 省劳模 keeps its level
        if word.tag == "m":
            # 第三届, 一二三等 qualify; so does a numeral naming a kind (三笔/m 字): not a count (35个)
            following = self._words[index + 1] if index + 1 < len(self._words) else None
            return ORDINAL.match(word.text) is not None or (
                not _COUNT.search(word.text) and following is not None
                and following.tag == "n" and len(following.text) == 1)
        return word.tag in NOMINAL_TAGS or word.tag == "a"

    def _after_referred_event(self, text: str, words, start: int, end: int) -> int:
        """``本次技能大赛优秀组织奖``: the contest is the one named before, the award is what follows."""
        if not _ANAPHOR_END.search(text, max(0, start - 2), start):
            return start
        i = bisect_left(words, start, key=lambda w: w.start)
        cut = start
        while i < len(words) and words[i].end < end:
            if self.event_end.search(words[i].text):
                cut = words[i].end
            i += 1
        return cut

    @staticmethod
    def _quoted_whole(text: str, start: int, head_start: int, end: int) -> int:
        """``“健身活动先进个人”``: an honour in quotes is the whole quoted phrase.

        Quotes mark a name, so the modifiers the word rules refuse (an
        activity, a verb) belong to it when the head closes the quote.
        """
        if not text[end:end + 1] or text[end] not in CLOSE_QUOTES:
            return start
        opening = max(text.rfind(q, max(0, head_start - 16), head_start) for q in OPEN_QUOTES)
        if opening < 0 or opening + 1 >= start:
            return start
        if any(c in _BREAKS or c in CLOSE_QUOTES for c in text[opening + 1:head_start]):
            return start
        return opening + 1

    def _titled(self, words, title: int) -> list[Mention]:
        """``获最佳哨长和星级哨兵荣誉称号``: what a conferral verb gives before ``称号`` are honours.

        Walks left from ``称号`` (and ``荣誉``) over nominal words, cutting the
        list at ``和``/``、``; it counts only if a conferral verb opens the
        stretch.  A place or body at an item's start is the giver, not the
        honour (``沈阳市五一劳动奖章`` → ``五一劳动奖章``).
        """
        end = title
        if end > 0 and words[end - 1].text == "荣誉":
            end -= 1
        items: list[list] = [[]]
        i = end - 1
        while i >= 0 and end - i <= 12:
            word = words[i]
            if word.text in self.conferral_verbs:
                break
            if word.text in ("和", "、", "及"):
                items.append([])
            elif word.tag in NOMINAL_TAGS or word.tag in ("a", "m", "vn"):
                items[-1].insert(0, word)
            else:
                return []
            i -= 1
        if i < 0 or words[i].text not in self.conferral_verbs:
            return []
        found = []
        for item in items:
            while item and item[0].tag in ("LOC", "ORG"):
                item = item[1:]
            if item and len("".join(w.text for w in item)) >= 3:
                name = "".join(w.text for w in item)
                if not has_placeholder(name) and name not in wordset("award_non_heads"):
                    found.append(Mention(name, "AWARD", item[0].start, item[-1].end))
        return found

    def _is_goal(self, text: str, start: int) -> bool:
        before = text[max(0, start - 2):start]
        return any(before.endswith(w) for w in self.goal_words)

    def __call__(self, doc: Doc) -> Doc:
        text, words = text_of(doc), doc._.words
        found: list[Mention] = []
        self._words = words
        self._event_ends = {m.end for m in doc._.candidates or [] if m.type == "EVENT"}
        for head in self.heads.find(text, words):
            start = grow(words, head, self._accept_before(head.first, text[head.start:head.end]), self.max_chars,
                         take_quote=lambda inner: not self.event_end.search(inner))
            start = self._after_referred_event(text, words, start, head.end)
            start = self._quoted_whole(text, start, head.start, head.end)
            name = text[start:head.end]
            if name in wordset("award_non_heads") or has_placeholder(name) or self._is_goal(text, start):
                continue
            if len(name) < 2 or name in {"先进", "模范", "奖"}:
                continue
            found.append(Mention(name, "AWARD", start, head.end, strip_quotes(name)))
        for index, word in enumerate(words):
            if word.text == "称号":
                found += self._titled(words, index)
        for match in _LEVEL_MODEL.finditer(text):
            found.append(Mention(match.group(0), "AWARD", match.start(), match.end()))
        for pattern in (_STAR_RATING, _MERIT):
            for match in pattern.finditer(text):
                found.append(Mention(match.group(0), "AWARD", match.start(), match.end()))
        for match in _PLACING.finditer(text):
            found.append(Mention(match.group(0), "AWARD", match.start(), match.end()))
        for match in _QUOTED_HONOUR.finditer(text):
            inner = match.group(1)
            if not has_placeholder(inner) and not self.event_end.search(inner):
                found.append(Mention(inner, "AWARD", match.start(1), match.end(1)))
        doc._.candidates = (doc._.candidates or []) + found
        return doc


@Language.factory("ukg_awards", default_config={"max_chars": 16})
def make_awards(nlp: Language, name: str, max_chars: int) -> AwardRecogniser:
    return AwardRecogniser(max_chars)
