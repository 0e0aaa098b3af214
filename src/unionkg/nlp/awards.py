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
from unionkg.nlp.organisations import is_stop_text as _is_stop_text
from unionkg.nlp.phrases import (
    CLOSE_QUOTES,
    NOMINAL_TAGS,
    OPEN_QUOTES,
    ORDINAL,
    has_placeholder,
    is_stop,
    modifies_noun,
    strip_quotes,
)

_LEVEL_MODEL = pattern("awards", "level_model")
_STAR_RATING = pattern("awards", "star_rating")
_MERIT = pattern("awards", "merit")
_PLACING = pattern("awards", "placing")
_CATEGORY = pattern("awards", "category")
_JOINED_CATEGORIES = pattern("awards", "joined_categories")
#: a prize or a placing, which categories may be listed before
_PRIZE_END = re.compile("(?:名|冠军|亚军|季军|等奖|金奖|银奖|铜奖|金牌|银牌|铜牌)$")
_JOINT_PRIZES = pattern("awards", "joint_prizes")
_PLACING_AS_CRITERION = pattern("awards", "placing_as_criterion")
_PLACING_WON = pattern("awards", "placing_won")
_QUOTED_HONOUR = pattern("awards", "quoted_honour")
_STUDIO_HONOUR = pattern("awards", "studio_honour")
#: what follows the honours a ceremony confers: 表彰大会, 颁奖典礼, 评选活动
_HONOUR_CEREMONY = re.compile("(?:评选|选树|推选|选拔)?(?:表彰|颁奖|表扬|授奖|命名)|评选|选树")
# heads of events that are never an award's category: 会议, 活动, 培训 …
_WORK_EVENT = pattern("awards", "work_event")
_BREAKS = set("，。；！？、,;!?\n")
_COUNT = pattern("awards", "count")
_LEVEL_PREFIX = pattern("awards", "level_prefix")
_YEAR = pattern("awards", "year")
_BARE_EVENT = pattern("awards", "bare_event")
_EMERGING = pattern("awards", "emerging")
_CLAUSE_END = re.compile("[：:，,。；;！？\n]")
# what names the category of a placing: a project, class, group, trade or event
_CATEGORY_END = pattern("awards", "category_end")
_PRIZE_WORDS = frozenset({"奖", "奖章", "奖状", "奖杯", "奖牌"})
_CEREMONY = ("颁奖", "表彰", "表扬", "授奖")  # 模范教师颁奖典礼: the honour ends where its ceremony starts
_NUMERAL_START = re.compile("[\\d一二三四五六七八九十百千两几多]")
_HONOUR_OPENING = pattern("awards", "honour_opening")
#: 2023年度, 第十届, 首届 opening a quoted honour's level: its year or round, no count (3届, 5年)
_ROUND = re.compile("^(?:\\d{4}年度?|第[一二三四五六七八九十\\d]{1,3}届|首届)")
_HONOUR_PLACE = pattern("awards", "honour_place")
_EVALUATED_AS = pattern("awards", "evaluated_as")
_CONFERRED_AS = pattern("awards", "conferred_as")
_HONOUR_CLOSES = pattern("awards", "honour_closes")
_LIST_TITLE = pattern("awards", "list_title")
# 焊工组、叉车组、: categories listed before a shared prize
_LISTED_CATEGORY = re.compile("[组类]、[^，。；,;]{0,14}$")
_ANAPHOR_END = re.compile("(?:本|此|这|该)[次项届]$|该$")


def is_stop_text(text: str) -> bool:
    return _is_stop_text(text, wordset("org_left_stop"))


class AwardRecogniser:
    def __init__(self, max_chars: int = 16) -> None:
        # placings are often tagged numerals (一二三等奖/m): a numeral may be a head here
        self.heads = HeadFinder("award_heads", "award_non_heads",
                                head_tags_refused=frozenset({"v", "vd", "ad", "d", "q", "p", "c", "u", "w"}))
        self.goal_words = wordset("award_goal_words")
        self.long_goals = tuple(w for w in self.goal_words if len(w) >= 2)
        self.picking = wordset("award_picking_verbs")
        self.field_heads = tuple(wordset("award_field_heads"))
        self.conferral_verbs = wordset("conferral_verbs")
        self.event_end = re.compile(alternation("event_heads") + "$")
        self.org_end = re.compile(alternation("org_units") + "$")
        self.max_chars = max_chars
        self.role_heads = tuple(wordset("award_role_heads"))
        # 获优秀选手荣誉称号: honours that count only right after a conferral verb
        self.conferred = re.compile(alternation("conferral_verbs") + "(?P<honour>" + alternation("award_conferred_heads") + ")")
        self.qualifiers = wordset("award_qualifiers")
        self.rating_verbs = re.compile(alternation("rating_verbs"))
        self._text = ""
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
            if index != head_first - 1 or len(word.text) != 2 or word.text in self.goal_words or word.text in self.picking \
                    or word.text in self.conferral_verbs:  # 勇夺/v 亚军: the winning, not the prize
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
            # 演讲比赛暨才艺展示一等奖: one prize of a joint contest; but 庆祝五一劳动节暨劳动模范
            # 表彰大会 joins a festival to a ceremony, and the honour starts after the 暨
            before = self._words[index - 1].text if index > 0 else ""
            return not before.endswith(("节", "周年", "日"))
        if self.org_end.search(word.text) or word.tag in {"ORG", "PER"}:
            # 优秀工会积极分子: a bare generic body after an adjective describes the honour
            following = self._words[index + 1].text if index + 1 < len(self._words) else ""
            # 全国工会/n 系统先进集体: the bodies of a system name the field of the honour
            # 工会/n 先进/a 个人: the union's own honour, its field before the qualifier of merit
            # 工会/n 积极分子/n: the union's activists, an honour of its own (GUIDELINES: longest form);
            # after a body's name (公司工会 积极分子) the union is that body, no part of the honour
            return (word.text in wordset("org_generic") and index > 0
                    and self._words[index - 1].tag == "a") or (word.text == "工会" and following in ("工作", *self.qualifiers)) \
                or (word.text == "工会" and following == "积极分子" and not (
                    index > 0 and (self._words[index - 1].tag in NOMINAL_TAGS or self._words[index - 1].tag in ("ORG", "LOC")))) \
                or (following == "系统" and word.tag != "PER")
        if word.text in wordset("titles"):
            return False  # 老师钢笔字三等奖: the person's title is not part of the honour
        if word.text == "工作" and index > 0 and self._words[index - 1].tag in ("n", "nz", "ORG", "j"):
            return True  # 工会工作先进集体: the field of work an honour is given for
        if modifies_noun(self._words, index):
            return True  # 职工/n 创新/vn 成果/n 一等奖: the field of the prize
        if is_stop(word):  # festival days and the honour's year (2019年度优秀工会干部) qualify it
            return word.tag == "TIME" and (word.text in {"五一", "三八", "五四"} or _YEAR.match(word.text) is not None)
        if word.text in self.conferral_verbs:
            return False  # 授予/vn 全路技术能手: the conferring verb, never the honour
        if index + 1 < len(self._words) and self._words[index + 1].tag == "LOC" and word.tag != "TIME":
            return False  # 单位湖南省工人先锋号: the place opens the honour's name
        if word.text in ("年", "年度") and index > 0 and _YEAR.match(self._words[index - 1].text + word.text):
            return True  # 2019/m 年度/n 优秀工会干部: the year of the honour
        if word.tag == "m" and word.text.isdigit() and index + 1 < len(self._words) \
                and _YEAR.match(word.text + self._words[index + 1].text):
            return True  # 2019/m 年度/n
        if word.tag == "m":
            # 第三届, 一二三等 qualify; so does a numeral naming a kind (三笔/m 字): not a count (35个)
            following = self._words[index + 1] if index + 1 < len(self._words) else None
            return ORDINAL.match(word.text) is not None or (
                not _COUNT.search(word.text) and following is not None
                and following.tag == "n" and len(following.text) == 1)
        return word.tag in NOMINAL_TAGS or word.tag == "a"

    @staticmethod
    def _ceremonies_of_listed_honours(text: str, candidates: list[Mention], awards: list[Mention]) -> list[Mention]:
        """``先进集体和先进个人表彰大会``, ``全国五一劳动奖和全国工人先锋号评选活动``: honours listed
        before a ceremony that confers them all; the ceremony's name holds the whole list (the
        event rules stop at the joiner, where each honour is a name of its own)."""
        by_end = {a.end: a for a in awards}
        starts = {a.start for a in awards}
        out = []
        for m in candidates:
            start = m.start
            if m.type == "EVENT" and start in starts and _HONOUR_CEREMONY.match(text, max(a.end for a in awards if a.start == start), m.end):
                while start >= 2:
                    joiner = 2 if text[start - 2:start] == "以及" else 1
                    previous = by_end.get(start - joiner)
                    if text[start - joiner:start] not in ("和", "及", "与", "、", "以及") or previous is None:
                        break
                    start = previous.start
            out.append(m if start == m.start else Mention(text[start:m.end], "EVENT", start, m.end))
        return out

    def _opened_by_conferral(self, words, head_first: int, start: int) -> int:
        """``获颁长期服务优异奖状``, ``获颁2023年度工会服务卓越奖``: between a conferring verb and
        the head, the words the rules stop at (a verb of work, an adjective) name the honour.

        Only when every word between is part of a noun phrase; a body (``市总工会``) or an event
        (``技能大赛一等奖``) in between keeps the honour to what follows it, as elsewhere.
        """
        org_end = self.org_end
        j = head_first - 1
        while j >= 0 and words[head_first].start - words[j].start <= 16:
            word = words[j]
            if word.text in self.conferral_verbs or (word.tag == "v" and word.text.endswith("为")):
                # 获/v 选为/v 敬业楷模: the tagger cut the verb, its second half ends it all the same
                return words[j + 1].start if j + 1 < head_first else start
            if self.event_end.search(word.text) or word.tag in ("ORG", "PER"):
                return start
            if org_end.search(word.text) and not (j + 1 < head_first and words[j + 1].tag == "vn"):
                return start  # 公司工会 优秀会员: the body, then its honour (工会 服务 卓越奖: the field)
            nominal = (word.tag in ("n", "nz", "vn", "a", "an", "j", "b", "LOC") or (word.tag == "v" and len(word.text) == 2)) \
                and word.text not in wordset("cue_verbs")  # 获颁表现/v 优秀会员奖: the field of merit
            dated = word.tag in ("TIME", "m") and (_YEAR.match(word.text) is not None or ORDINAL.match(word.text) is not None)
            if not (nominal or dated) or word.text in self.goal_words:
                return start
            j -= 1
        return start

    @staticmethod
    def _with_joined_categories(text: str, m: Mention) -> Mention:
        """``获男子单打、女子单打第一名``, ``分获男子单打和女子单打冠军``: the categories a prize is
        won in, joined after a verb of winning, are one mention with it, as written
        (GUIDELINES: a mention joining things that cannot be split is listed once)."""
        if not _PRIZE_END.search(m.name):
            return m
        match = _JOINED_CATEGORIES.search(text, max(0, m.start - 40), m.start)
        items = match.group("items") if match else ""
        if not items:
            return m
        opened = _CATEGORY.match(m.name)  # 女子单打冠军: the last category is already in the prize
        if (items[-1] in "、和及与") != (opened is not None and opened.end() < len(m.name)):
            return m
        start = match.start("items")
        return Mention(text[start:m.end], "AWARD", start, m.end)

    @staticmethod
    def _after_shared_category(text: str, words, start: int, head_start: int) -> int:
        """``荣获焊工组、叉车组、调试工组个人一等奖``: the last of a list of categories is no
        part of the prize the whole list shares; the prize is written from after it."""
        i = bisect_left(words, start, key=lambda w: w.start)
        if i >= len(words) or words[i].start != start or words[i].end >= head_start:
            return start
        if not _LISTED_CATEGORY.search(text, max(0, start - 16), start) or not words[i].text.endswith(("组", "类")):
            return start
        return words[i].end

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

    def _placing_category(self, text: str, words, start: int) -> int:
        """``电工项目第一名``, ``综合类第一名``, ``钳工组第二名``: the category a placing is
        won in opens its name, as ``论文一等奖`` does a prize's (GUIDELINES)."""
        i = bisect_left(words, start, key=lambda w: w.start)
        if i == 0 or i >= len(words) or words[i].start != start:
            return start
        j = i - 1
        while j >= 0 and i - j <= 3 and words[j].tag in ("n", "nz", "vn") and not is_stop(words[j]) \
                and self._accept(words[j], j) and text[words[j].start:start] not in wordset("titles"):
            j -= 1
        first = j + 1
        if first == i or not _CATEGORY_END.search(text, words[first].start, start):
            return start
        return words[first].start

    @staticmethod
    def _year_before(words, first: int, start: int) -> int:
        """``表扬113年度模范劳工``: the year written right before an honour opens it (GUIDELINES)."""
        for size in (1, 2):
            if first - size >= 0 and _YEAR.match("".join(w.text for w in words[first - size:first])):
                return words[first - size].start
        return start

    def _after_bare_event(self, text: str, start: int, end: int) -> int:
        """``获得大赛优秀组织单位``: a bare contest word opening an honour is the contest named
        before (本次), not the honour's category."""
        match = _BARE_EVENT.match(text, start, end)
        return match.end() if match and end - match.end() >= 3 else start

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
            elif word.tag in NOMINAL_TAGS or word.tag in ("a", "m", "vn") or (
                    word.tag == "TIME" and _YEAR.match(word.text)):  # 2023年度/TIME: the honour's year
                items[-1].insert(0, word)
            elif word.tag == "v" and i == end - 1 and i > 0 and words[i - 1].tag == "n":
                items[-1].insert(0, word)  # 先进工会/n 组织/v 称号: the tagger's verb is the honour's head noun
            else:
                return []
            i -= 1
        if i < 0 or words[i].text not in self.conferral_verbs:
            return []
        found = []
        for item in items:
            places = [k for k, w in enumerate(item) if w.tag == "LOC"]
            if places:  # 6家厅直单位湖南省工人先锋号: the place opens the honour's longest form
                first = places[-1]
                if first > 0 and item[first - 1].tag == "TIME":
                    first -= 1  # 2023年度/TIME 江州市/LOC …: and the year before the place
                item = item[first:]
            while item and item[0].tag == "ORG":
                item = item[1:]
            if item and len("".join(w.text for w in item)) >= 3:
                name = "".join(w.text for w in item)
                if not has_placeholder(name) and name not in wordset("award_non_heads"):
                    found.append(Mention(name, "AWARD", item[0].start, item[-1].end))
        return found

    def _rated_as(self, words) -> list[Mention]:
        """``获选为敬业楷模``, ``获评为爱心企业``, ``获颁劳工之友``: what a verb of rating or choosing
        makes someone, up to the end of its clause, is an honour, head or no head.

        Only the verbs whose object is a title by construction (``data/rating_verbs.txt``;
        not 获得 or 荣获, which take any object); the phrase is nominal, ends with a noun and
        is no post, group of people or word that only looks like an honour (``先进``).
        """
        found = []
        starts = {w.start: k for k, w in enumerate(words)}
        for verb in self.rating_verbs.finditer(self._text):
            j = starts.get(verb.end())  # 获/v 选为/v, 评选/v 为/v: the tagger cuts the verb anywhere
            if j is None:
                continue
            items: list[list] = [[]]
            while j < len(words) and words[j].start - verb.end() <= 14:
                word = words[j]
                if word.text in ("和", "及", "、"):
                    items.append([])
                elif word.text == "之" and items[-1] and j + 1 < len(words) and words[j + 1].tag == "n":
                    items[-1].append(word)  # 劳工之友: "of", inside the title
                elif word.tag in ("n", "nz", "vn", "a", "an", "j", "b", "LOC", "ORG") or (
                        word.tag in ("TIME", "m") and (_YEAR.match(word.text) or ORDINAL.match(word.text))):
                    items[-1].append(word)
                else:
                    break
                j += 1
            if j < len(words) and not (words[j].tag == "w" and words[j].text in "，。；！？,;!?\n") \
                    and words[j].text not in ("称号", "荣誉称号"):
                continue  # the phrase goes on into another verb or a quote: not a title alone
            for item in items:
                while item and (item[0].tag == "ORG" or item[0].text in wordset("boundary_words")):
                    # 获劳动部评选为…: the body that rates; 年度, 本年度: when, no part of the title
                    item = item[1:]
                if not item or item[-1].tag not in ("n", "nz", "j") or self.event_end.search(item[-1].text):
                    continue
                name = self._text[item[0].start:item[-1].end]
                if len(name) < 3 or name in wordset("award_non_heads") or name in wordset("titles") \
                        or name.endswith(tuple(wordset("people_groups"))) or has_placeholder(name):
                    continue
                found.append(Mention(name, "AWARD", item[0].start, item[-1].end))
        return found

    def _qualified_roles(self, words) -> list[Mention]:
        """``被评为优秀辅导员``, ``先进工会小组``, ``模范教师颁奖典礼``: a qualifier of merit and
        the person or unit it praises, written as one phrase, name an honour.

        Up to three nominal words after the qualifier, ending with a role or unit
        word (``data/award_role_heads.txt``); a goal before it (``争做优秀教师``) is none.
        """
        found = []
        for i, word in enumerate(words):
            # 绩优/nz 工会: the tagger reads Taiwan's qualifier as a name of its own
            if word.text not in self.qualifiers or word.tag not in ("a", "n", "an", "vn", "ad", "nz", "ORG"):
                continue
            if i > 0 and (words[i - 1].text in self.goal_words or words[i - 1].text.endswith(self.long_goals)):
                continue  # 争创/v 优秀…, 致力争创/v 优良工会: an honour strived for
            for j in range(i + 1, min(i + 4, len(words))):
                nxt = words[j]
                if nxt.tag not in ("n", "vn", "nz", "j") or is_stop(nxt):
                    break
                following = words[j + 1] if j + 1 < len(words) else None
                role = self._text[word.end:nxt.end].endswith(self.role_heads)  # 先进/基层/工会/委员会
                if role and following is not None and following.text in _PRIZE_WORDS:
                    nxt = following  # 模范教师奖: the prize named after the people it honours
                elif not (role and (
                        following is None or following.tag not in ("n", "vn", "nz") or following.text.startswith(_CEREMONY))):
                    continue
                start = word.start
                if i > 0 and _HONOUR_PLACE.match(words[i - 1].text) and words[i - 1].tag in ("n", "LOC", "b", "j"):
                    start = words[i - 1].start  # 省先进基层工会委员会: the level is part of the honour
                if not self._text.startswith(_CEREMONY, nxt.end):  # 114年模范劳工表扬大会: the ceremony's year
                    start = self._year_before(words, bisect_left(words, start, key=lambda w: w.start), start)
                found.append(Mention(self._text[start:nxt.end], "AWARD", start, nxt.end))
                break
        return found

    @staticmethod
    def _not_kinds_emerging(text: str, found: list[Mention]) -> list[Mention]:
        """``涌现出一大批优秀教师、师德标兵``: honours named as the kinds of people a
        report says emerged, with nobody receiving them, are no award mentions."""
        spans = [(m.end(), m.end() + len(re.split(_CLAUSE_END, text[m.end():m.end() + 60])[0]))
                 for m in _EMERGING.finditer(text)]
        return [m for m in found if not any(s <= m.start and m.end <= e for s, e in spans)]

    def _honours_read_as_bodies(self, candidates: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """``获阳泉市先进工会委员会荣誉称号``: the tagger and the organisation rules read a
        body (…委员会) where a place and a qualifier of merit name an honour.

        A body's own name never opens with 先进/优秀/模范 after its place; such a span
        is the honour, so the organisation candidate is replaced by an award.
        """
        kept, honours = [], []
        text = self._text
        for m in candidates:
            opening = _HONOUR_OPENING.match(m.name) if m.type == "ORG" else None
            if (opening and m.name.endswith(self.role_heads) and len(m.name) > opening.end()) or (
                    m.type == "ORG" and self._evaluated(text, m)):
                honours.append(Mention(m.name, "AWARD", m.start, m.end))
            else:
                kept.append(m)
        return kept, honours

    @staticmethod
    def _evaluated(text: str, m: Mention) -> bool:
        """``团委获评五四红旗团委``, ``荣获X团委称号``: a body named as what a verb of evaluation
        makes someone, or as a title conferred, is the honour (a body is never "rated as" itself)."""
        before = text[max(0, m.start - 3):m.start]
        closes = _HONOUR_CLOSES.match(text, m.end)
        if not closes:
            return False
        if _EVALUATED_AS.search(before):
            return True
        return _CONFERRED_AS.search(before) is not None and "称号" in closes.group()

    def _level_prefix(self, text: str, words, start: int) -> int:
        """``公司级五小五技优胜单位``: a level (``X级``) written right before the honour opens it."""
        i = bisect_left(words, start, key=lambda w: w.start)
        if i == 0 or i >= len(words) or words[i].start != start:
            return start
        j = i - 1
        while j >= 0 and i - j <= 3 and words[j].tag in ("n", "nz", "ORG", "LOC", "j", "b", "a") \
                and not words[j].text.startswith(("本", "该")):
            candidate = text[words[j].start:start]
            if _LEVEL_PREFIX.search(candidate) and not _NUMERAL_START.match(candidate):
                return words[j].start
            j -= 1
        return start

    def _is_goal(self, text: str, start: int) -> bool:
        before = text[max(0, start - 2):start]
        return any(before.endswith(w) for w in self.goal_words)

    def __call__(self, doc: Doc) -> Doc:
        text, words = text_of(doc), doc._.words
        found: list[Mention] = []
        self._words, self._text = words, text
        self._event_ends = {m.end for m in doc._.candidates or [] if m.type == "EVENT"}
        for head in self.heads.find(text, words):
            start = grow(words, head, self._accept_before(head.first, text[head.start:head.end]), self.max_chars,
                         take_quote=lambda inner: not self.event_end.search(inner))
            start = min(start, self._opened_by_conferral(words, head.first, start))
            start = self._after_shared_category(text, words, start, head.start)
            start = self._after_referred_event(text, words, start, head.end)
            start = self._after_bare_event(text, start, head.end)
            start = self._quoted_whole(text, start, head.start, head.end)
            start = self._level_prefix(text, words, start)
            if text.startswith("颁", start) and text[start - 1:start] == "获" and head.end - start > 3:
                start += 1  # 获/v 颁铜/n 紫荆星章: the tagger cut 获颁 and glued its half onto the honour
            name = text[start:head.end]
            if name in wordset("award_non_heads") or name in wordset("award_tokens") or has_placeholder(name) \
                    or self._is_goal(text, start):
                continue
            if len(name) < 2 or name in {"先进", "模范", "奖"}:
                continue
            found.append(Mention(name, "AWARD", start, head.end, strip_quotes(name)))
        for index, word in enumerate(words):
            if word.text == "称号":
                found += self._titled(words, index)
        for match in _LEVEL_MODEL.finditer(text):
            found.append(Mention(match.group(0), "AWARD", match.start(), match.end()))
        for rated in (_STAR_RATING, _MERIT):
            for match in rated.finditer(text):
                found.append(Mention(match.group(0), "AWARD", match.start(), match.end()))
        for match in _JOINT_PRIZES.finditer(text):
            found.append(Mention(match.group(0), "AWARD", match.start(), match.end()))
        for match in _PLACING.finditer(text):
            if _PLACING_AS_CRITERION.match(text, match.end()) and not _PLACING_WON.search(text, max(0, match.start() - 8), match.start()):
                continue  # 总成绩前2名的选手将…: a rank that qualifies, nobody is said to win it
            if text[match.start() - 1:match.start()] in ("至", "到") and match.start() > 0:
                continue  # 第一至第五名选手: a range of ranks, a condition
            start = self._placing_category(text, words, match.start())
            found.append(Mention(text[start:match.end()], "AWARD", start, match.end()))
        for match in _QUOTED_HONOUR.finditer(text):
            inner = match.group("inner")
            if has_placeholder(inner) or self.event_end.search(inner):
                continue
            level = match.group("level")
            if level and not _COUNT.search(_ROUND.sub("", level)) and not is_stop_text(level):
                found.append(Mention(text[match.start("level"):match.end("inner") + 1], "AWARD",
                                     match.start("level"), match.end("inner") + 1, level + inner))
            else:
                found.append(Mention(inner, "AWARD", match.start("inner"), match.end("inner")))
        found += [Mention(m.group("honour"), "AWARD", m.start("honour"), m.end("honour"))
                  for m in _STUDIO_HONOUR.finditer(text)]
        # 2024年度先进基层工会名单 on its own line: the title of a list names its honour
        found += [Mention(m.group("honour"), "AWARD", m.start("honour"), m.end("honour"))
                  for m in _LIST_TITLE.finditer(text) if not has_placeholder(m.group("honour"))]
        found += self._qualified_roles(words)
        found += self._rated_as(words)
        for match in self.conferred.finditer(text):
            found.append(Mention(match.group("honour"), "AWARD", match.start("honour"), match.end("honour")))
        found = [self._with_joined_categories(text, m) for m in found]
        found = self._not_kinds_emerging(text, found)
        kept, honours = self._honours_read_as_bodies(doc._.candidates or [])
        kept = self._ceremonies_of_listed_honours(text, kept, found + honours)
        doc._.candidates = kept + found + honours
        return doc


@Language.factory("ukg_awards", default_config={"max_chars": 16})
def make_awards(nlp: Language, name: str, max_chars: int) -> AwardRecogniser:
    return AwardRecogniser(max_chars)
