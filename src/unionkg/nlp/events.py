"""``ukg_events``: meetings, competitions, performances, trainings, campaigns.

Three rule families: numbered meetings (``第三届三次教代会``,
``四届十六次职代会``), head-final names (``…比赛``, ``…晚会``, ``…培训班``)
whose qualifier makes them specific, and quoted names right after an
organising or joining verb (``开展“工会工作大家谈”``).  Generic kinds of work
(``劳动竞赛``, ``文体活动``) are not events unless named or numbered.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

from unionkg.model import Mention
from unionkg.nlp.doc_extensions import text_of
from unionkg.nlp.heads import HeadFinder, grow, word_index
from unionkg.nlp.lexicon import alternation, pattern, words, wordset
from unionkg.nlp.meeting_forms import numbered_forms
from unionkg.nlp.phrases import (
    CLOSE_QUOTES,
    NOMINAL_TAGS,
    OPEN_QUOTES,
    ORDINAL,
    extend_left,
    has_placeholder,
    is_stop,
    modifies_noun,
    strip_quotes,
)

_NUM = "[一二三四五六七八九十百零〇\\d]+"
NUMBERED_MEETING = re.compile(
    # 第五十届周年会员大会: the annual general meeting of a Hong Kong union
    f"(?:第?{_NUM}届(?:第?{_NUM}次)?|第?{_NUM}次)(?:全体|周年)?"
    # 第六届委员会第八次全体（扩大）会议: a committee of a term and its numbered sitting
    f"(?:(?:工会|工會)?(?:委员会|理事会|监事会|执委会|常委会)第?{_NUM}次(?:全体)?(?:[(（]?扩大[)）]?)?会议|"
    "(?:教职工|职工)(?:代表大会)?暨(?:工会)?会员代表大会|会员代表大会|职工代表大会|教职工代表大会|工会会员代表大会|职工会员代表大会|职代会|教代会|工代会|会员大会|"
    "(?:工会|工會)?(?:全国|全省|全市|全区|全县)?代表大会|全委(?:[(（]?扩大[)）]?)?会议?|理监事(?:联席)?会议?|理事(?:会议|会会议)|监事会会议|委员(?:[(（]?扩大[)）]?)?会议|常委会|执委会|工作会议?|会议)"
    f"(?:第?{_NUM}次(?:全体)?会议)?"
    # 职工代表大会暨工作会议, 全委会议暨2024年工作会议: one sitting; the joined congress may
    # carry its own term and sitting (职代会第三次会议暨第五届工会会员代表大会第三次会议, 暨五届三次工代会)
    f"(?:暨(?:\\d{{4}}年度?)?(?:第?{_NUM}届)?(?:第?{_NUM}次)?[\u4e00-\u9fff]{{0,8}}?(?:工作会议|会议|大会|职代会|教代会|工代会)(?:第?{_NUM}次(?:全体)?会议)?)?")
_QUOTED_AFTER_CUE = pattern("events", "quoted_after_cue")
# what makes a competition or activity one occurrence rather than a kind of work
_SPECIFIC_NAME = pattern("events", "specific_name")
_DATE_BEFORE = pattern("events", "date_before")
_GUIDED_BY = pattern("events", "guided_by")
_NOT_THE_MEETING = pattern("events", "not_the_meeting")
_SHARED_NUMBER = pattern("events", "shared_number")
_ORGANISED_BY = pattern("events", "organised_by")
_HELD = pattern("events", "held")
_HELD_AFTER = pattern("events", "held_after")
_LEADING_SIZE = pattern("events", "leading_size")
_NOT_AFTER = re.compile("(?:活动)?" + alternation("event_not_after"))
_RECURRING = pattern("events", "recurring")
_AFTER_LIST = pattern("events", "after_list")
_LIST_EDGE = "[，。；：,;:!?！？\n]|(?:开展|举办|组织|进行|参加|有|设|包括)了?|等"
_CONJUNCT_CUE = pattern("events", "conjunct_cue")
_CLAUSE_BREAK = pattern("events", "clause_break")
_NUMERAL = pattern("events", "numeral")
_GENERIC_MODIFIER = pattern("events", "generic_modifier")
_CITED_FOR_SPIRIT = pattern("events", "cited_for_spirit")
_QUOTED_THEME = pattern("events", "quoted_theme")
_THEMED = pattern("events", "themed")
_HEADCOUNT = pattern("events", "headcount")
_DATE_TAIL = pattern("events", "date_tail")
_YEAR = pattern("events", "year")
#: a unit named by the activity it runs (培训中心, 竞赛办公室): the activity is no event there
_UNIT_AFTER_ACTIVITY = frozenset({"中心", "基地", "学校", "学院", "办公室", "部", "处", "科"})
_HOSTED_BY = pattern("events", "hosted_by")
_PERIOD_BEFORE = pattern("events", "period_before")
_PERIOD_WORD = re.compile("学年度?|年度")
_YEAR_IN = re.compile("(?:19|20)\\d\\d|[〇零一二三四五六七八九]{4}")
#: a year written without 年 (2024全国…赛) opens a name only before quotes, a level or an ordinal
_BARE_YEAR = re.compile("(?:19|20)\\d\\d")
_AFTER_BARE_YEAR = re.compile("[“「『\"]|全|省|市|区|县|中国|首届|第")
_COUNT_ONLY = re.compile(f"第{_NUM}次")
_NEXT_TERM = re.compile("(?:新一|下一|新|下)届")
#: a numbered sitting of a committee (委员会第一次全体会议): held now, whatever the term is called
_SITTING = re.compile("委员会第?[一二三四五六七八九十\\d]+次(?:全体)?(?:[(（]?扩大[)）]?)?会议$")
_ANNIVERSARY = pattern("events", "anniversary")
_FOUNDING = pattern("events", "founding")
_FESTIVAL = pattern("events", "festival")
_HOST_LEVEL = pattern("events", "host_level")
_JOINERS = frozenset({"、", "和", "及", "与", "暨"})
#: 市第七次工会代表大会: a level written alone before a numbered meeting is the host's (the city's)
_LEVEL_HOSTS = frozenset("省市县区")
_OWN_LEVEL = ("我", "本", "该", "全")  # 我市第七次…: the writer's own city, relative again
_PART_CEREMONIES = frozenset({"开幕式", "闭幕式", "开幕礼", "闭幕礼", "开班式", "开营式", "开班仪式"})
_CONJUNCT_CHARS = 8  # a left conjunct longer than this is a phrase of its own
_CONJUNCT_WORDS = 4


_QUOTED_LIST = pattern("events", "quoted_list")
_QUOTED_CAMPAIGN = pattern("events", "quoted_campaign")
_QUOTED_HELD = pattern("events", "quoted_held")
# 「」 and 『』 quote names in Taiwan and Hong Kong as “” do elsewhere
_QUOTED_SPAN = re.compile("[“「『][^”“」』「『]*[”」』]")
_QUOTED = re.compile("[“\"「『]([^”“\"「」『』]{2,24})[”“\"」』]")


def _slogan(inner: str, longest_part: int = 9, single: int = 16) -> bool:
    """A quoted name, not a quoted sentence: short parallel phrases at most (“注重礼仪，建树形象”);
    ``single``: how long one phrase may be (longer where an event's head closes it)."""
    parts = re.split("[，,、]", inner)
    longest = single if len(parts) == 1 else longest_part
    return not has_placeholder(inner) and len(parts) <= 4 and all(1 < len(p) <= longest for p in parts)


def _open_quote(words, close: int, floor: int = 0) -> int | None:
    """Index of the quote word opening the quotation closed at ``words[close]`` (same sentence)."""
    j = close - 1
    while j >= floor and close - j <= 24:
        w = words[j]
        if w.tag == "w" and w.text and w.text[0] in OPEN_QUOTES:
            return j
        if w.text in "。；！？;!?\n" or (w.tag == "w" and w.text and w.text[-1] in CLOSE_QUOTES):
            return None
        j -= 1
    return None


def _is_close_quote(word) -> bool:
    return word.tag == "w" and bool(word.text) and word.text[-1] in CLOSE_QUOTES


_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_TERM = re.compile(f"第?({_NUM})届")
_SESSION = re.compile(f"第?({_NUM})次")


def _number(numeral: str) -> int:
    """``十二`` → 12, ``二十`` → 20, ``12`` → 12 (what meetings are numbered with)."""
    if numeral.isdigit():
        return int(numeral)
    if "十" in numeral:
        tens, _, units = numeral.partition("十")
        return _DIGITS.get(tens, 1) * 10 + _DIGITS.get(units, 0)
    value = 0
    for c in numeral:
        value = value * 10 + _DIGITS.get(c, 0)
    return value


def _meeting_key(name: str) -> tuple[str, int, int, str] | None:
    """Host, term, session and kind: ``分公司一届五次职代会`` and
    ``分公司第一届五次职工会员代表大会`` are one meeting written two ways."""
    term, session = _TERM.search(name), _SESSION.search(name)
    if not term or not session or session.start() < term.end():
        return None
    kind = "congress" if re.search("代表大会|[职教工]代会|会员大会", name) else \
        "committee" if "委" in name else "meeting"
    return name[:term.start()], _number(term.group(1)), _number(session.group(1)), kind


def _longest_meeting_names(found: list[Mention], cited: list[str]) -> None:
    """Each numbered meeting gets the longest form the report writes it in (GUIDELINES),
    also a form that only occurs where the meeting is cited for its spirit."""
    longest: dict[tuple, str] = {}
    for name in [m.name for m in found] + cited:
        key = _meeting_key(name)
        if key and len(name) > len(longest.get(key, "")):
            longest[key] = name
    for m in found:
        key = _meeting_key(m.name)
        if key:
            m.name = longest[key]


def _subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(c in chars for c in short)


def _longest_named_forms(found: list[Mention]) -> None:
    """``“快乐杯”竞赛`` beside ``“快乐杯”业务发展劳动竞赛``: a named event written
    shorter later in the report is the same event under its longest form (GUIDELINES)."""
    named = [(m, core.group(1)) for m in found if (core := _QUOTED.search(m.text))]
    for m in found:
        longer = [n.name for n, core in named if len(n.name) > len(m.name) and core in m.name
                  and n.name[-2:] == m.name[-2:] and _subsequence(m.name, n.name)]
        if longer:
            m.name = max(longer, key=len)


_STAGE_TAIL = pattern("events", "stage_tail")
_REPEATED = pattern("events", "repeated")
# 20_年, 20XX年度: a year a template left blank (GUIDELINES: the placeholder alone is no name)
_TEMPLATE_YEAR = re.compile("(?:19|20)?[_＿xX]{1,4}年度?")
_TEMPLATE_YEAR_IN = re.compile("(?<=[\u4e00-\u9fff])(?:19|20)?[_＿xX]{1,4}年度?(?=[\u4e00-\u9fff])")


def _stage_forms(found: list[Mention]) -> None:
    """``…主题演讲`` beside ``…主题演讲比赛``: a name written again with the kind of occasion
    added is the same event under its longest form (GUIDELINES); a stage of a contest
    (``…竞赛决赛``) or a ceremony after it (``…大赛颁奖典礼``) is an occurrence of its own."""
    for m in found:
        longer = [n.name for n in found if len(n.name) > len(m.name) and n.name.startswith(m.name)
                  and _STAGE_TAIL.fullmatch(n.name, len(m.name))]
        if longer:
            m.name = max(longer, key=len)


_MEETING_NUMBERS = re.compile(f"({_NUM})[届次]")


def _meeting_spans(text: str):
    """Where numbered meetings are written; ``四届十六次职代会暨四届八次工代会`` is two
    meetings held together (each numbered its own way), ``五届三次职代会暨五届三次工代会``
    or ``职代会暨工会会员代表大会`` one sitting of both."""
    pos = 0
    while (match := NUMBERED_MEETING.search(text, pos)) is not None:
        start, end = match.span()
        joint = text.find("暨", start, end)
        if joint > 0:
            own, other = _MEETING_NUMBERS.findall(text, start, joint), _MEETING_NUMBERS.findall(text, joint, end)
            if own and other and own != other:
                yield start, joint
                pos = joint + 1  # the second meeting is found on its own
                continue
        yield start, end
        pos = end


class EventRecogniser:
    def __init__(self, max_chars: int = 28) -> None:
        # the tagger often calls 练兵 or 比赛 a verb; for events that is no reason to refuse it
        self.heads = HeadFinder("event_heads", head_tags_refused=frozenset({"d", "p", "c", "u", "w"}))
        self.weak = wordset("event_weak_heads")
        self.strong = tuple(h for h in wordset("event_heads") if h not in self.weak and len(h) >= 2)
        self.left_stop = wordset("event_left_stop")
        self.inner_verbs = wordset("event_inner_verbs")
        self.object_verbs = wordset("event_object_verbs")
        self.attendance = wordset("attendance_verbs")
        self.kind_words = words("event_generic_qualifiers")  # longest first
        self.generic = wordset("event_generic")
        self.heads_all = tuple(wordset("event_heads"))
        self.award_heads = tuple(wordset("award_heads"))
        self.heads_by_length = tuple(sorted(self.heads_all, key=len, reverse=True))
        # 庆祝第40个教师节暨表彰大会: the festival's count sits between the verb and the festival
        self.occasion = re.compile(alternation("occasion_verbs") + f"(?:第?{_NUM}个)?(?:{_ANNIVERSARY.pattern}|{_FESTIVAL.pattern})")
        self.max_chars = max_chars
        # an event head inside a name: 运动会 in 趣味运动会简短开幕式
        self.event_end = re.compile("(?:" + "|".join(re.escape(h) for h in self.strong if h not in _PART_CEREMONIES) + ")")

    @staticmethod
    def _host_word(word) -> bool:
        # 滨海新区/LOC 教育/vn 系统工会: a sector the tagger calls a verbal noun is part of the host
        # 本会/我所 第十二届理事会: the writer's own body by a pronoun is no part of the meeting's name
        return word.tag in ("n", "nz", "ORG", "LOC", "j", "vn") and not is_stop(word) and not _NUMERAL.search(word.text) \
            and not (len(word.text) <= 3 and word.text.startswith(("本", "我", "该")))

    def _inner_verb(self, word, index) -> bool:
        """``素质/n 提升/v 培训班``, ``杰出员工 选举/v 颁奖典礼``: a verb between what the event is
        about (a noun) and its head belongs to the name, though it stops names elsewhere."""
        if word.text not in self.inner_verbs or index < 1 or index + 1 >= len(self._words):
            return False
        before, after = self._words[index - 1], self._words[index + 1]
        after_two = after.text + (self._words[index + 2].text if index + 2 < len(self._words) else "")
        return before.tag in ("n", "nz", "vn", "j") and not is_stop(before) and (
            after.text in self.heads_all or after_two in self.heads_all)

    def _after_quoted_name(self, word, index) -> bool:
        """``“关爱高温岗位”暑期/TIME 专项/a 慰问/vn 活动``: between a quoted name and its head,
        the season, the scope and the kind of work belong to the name (at most three words)."""
        words = self._words
        cues = wordset("cue_verbs")

        def fits(w) -> bool:  # a season, a scope or the kind of work; never a verb of the clause (为, 开展)
            if w.tag == "TIME":
                return not _DATE_TAIL.search(w.text) and not w.text.isdigit()
            return len(w.text) >= 2 and (w.tag == "vn" or (w.tag in ("a", "n") and w.text not in cues))
        if not fits(word):
            return False
        back = next((j for j in range(index - 1, max(-1, index - 4), -1) if not fits(words[j])), None)
        if back is None or not _is_close_quote(words[back]):
            return False
        ahead = next((j for j in range(index + 1, min(len(words), index + 4)) if words[j].text in self.heads_all
                      or not fits(words[j])), None)
        return ahead is not None and words[ahead].text in self.heads_all

    def _names_after(self, index: int) -> bool:
        """A bare year (2024) opens a name when quotes, a level or a noun follow it, not a count's unit."""
        if index + 1 >= len(self._words):
            return False
        following = self._words[index + 1]
        return _AFTER_BARE_YEAR.match(following.text) is not None or following.tag in NOMINAL_TAGS

    def _accept(self, word, index) -> bool:
        if self._inner_verb(word, index) or self._after_quoted_name(word, index):
            return True
        if word.tag in ("vn", "v") and index > 0 and _is_close_quote(self._words[index - 1]) and \
                index + 1 < len(self._words) and self._words[index + 1].text in self.heads_all:
            return True  # “送清凉”慰问活动: the kind of work after a quoted name belongs to it
        if word.text == "重点" and index + 1 < len(self._words) and self._words[index + 1].tag in ("v", "vn", "n"):
            return True  # 全省重点/d 建设/v 劳动竞赛: the tagger's adverb is the projects' "key"
        if len(word.text) <= 3 and word.text.startswith(("本", "我", "该")) and word.tag != "TIME":
            return False  # 本会/n 第十届理事会就职典礼: the writer's own body by a pronoun, no part of the name
        if word.text in self.left_stop:
            return False  # 对照/v 红旗食堂竞赛的标准: a verb of means or reference, never in a name
        if word.text in self.attendance and word.tag == "v":
            return False  # 见证/v 职工书屋揭牌仪式: who attends says so before the name, not in it
        if word.tag == "q":  # 大/a 张/q 技能比赛: a measure word inside a name, after its adjective
            # 工会/n 杯/q 足球赛: the cup a contest is named after
            return (index > 0 and self._words[index - 1].tag == "a") or word.text in ("杯", "盃")
        if modifies_noun(self._words, index):
            return True
        if word.text in ("年", "年度") and index > 0 and self._words[index - 1].text.isdigit():
            return True  # 114/m 年度/n: the year the tagger cut in two
        if word.tag == "TIME" and _TEMPLATE_YEAR.fullmatch(word.text):
            return True  # 协会20_年学术年会: an anonymised template's year is still the event's year
        if word.tag == "TIME" and _BARE_YEAR.fullmatch(word.text) and self._names_after(index):
            return True  # 2024/TIME “…”: a year without 年, tagged as a time
        if is_stop(word):
            # festival days (五一, 三八, 迎新春) and anniversaries (50周年) qualify events; dates do not
            return word.tag in ("TIME", "m", "t") and _YEAR.match(word.text) is not None or \
                word.tag == "TIME" and (ORDINAL.match(word.text) is not None or (
                not _DATE_TAIL.search(word.text) and not word.text.isdigit()))
        if word.tag == "m":  # 第三届 yes, 20项 no; 大张 (mis-tagged) yes; 114/m 年度/n: a year
            following = self._words[index + 1].text if index + 1 < len(self._words) else ""
            if _BARE_YEAR.fullmatch(word.text) and self._names_after(index):
                return True  # 2024“中国梦”演讲比赛, 2024全国职工乒乓球赛: a year written without 年
            return ORDINAL.match(word.text) is not None or not _NUMERAL.search(word.text) or (
                word.text.isdigit() and following in ("年", "年度")) or (
                following == "大" and not word.text.isdigit())  # 工会十八/m 大/a 精神: the congress's number
        return word.tag in NOMINAL_TAGS or word.tag in {"v", "vd", "a", "ad", "nw"}  # 带电/vd 作业技能比武

    def _weak(self, name: str) -> bool:
        """Ends with a weak head (活动, 培训) that no strong head (竞赛活动, 比赛活动) precedes."""
        for w in self.weak:
            if name.endswith(w):
                rest = name[:-len(w)]
                return not any(rest.endswith(h) for h in self.strong)
        return False

    def _not_one_occurrence(self, text: str, start: int, end: int) -> bool:
        """Unnamed phrases the context shows are not one event: ``竞赛办公室`` (a head
        modifying a noun), ``每年组织一次交流会`` (a routine), ``象棋、跳绳、联谊会`` or
        ``…等趣味活动`` (kinds of activity listed)."""
        if _SPECIFIC_NAME.search(text, start, end):
            return False
        if _NOT_AFTER.match(text, end) or _REPEATED.match(text, end):
            return True
        clause = max((m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, start - 40), start)), default=max(0, start - 40))
        if _RECURRING.search(text, clause, start):
            return True
        if _AFTER_LIST.search(text, max(0, start - 6), start):
            return True
        return self._kinds_listed(text, start, end)

    @staticmethod
    def _cited(text: str, start: int, end: int) -> bool:
        """``全市工作会议精神``, ``贯彻落实全国铁路工作会议和…``: a meeting cited for its guidance."""
        if _CITED_FOR_SPIRIT.match(text, end):
            return True
        return text[end - 1] == "议" and _GUIDED_BY.search(text, max(0, start - 24), start) is not None

    def _kinds_listed(self, text: str, start: int, end: int) -> bool:
        """One item of a list of three or more where the others are short and no events."""
        left = text[max(0, start - 30):start]
        right = text[end:end + 30]
        if not left.endswith("、") and not right.startswith(("、", "和", "等")):
            return False
        before = re.split(_LIST_EDGE, left)[-1].split("、")[:-1] if left.endswith("、") else []
        after = re.split(_LIST_EDGE, right[1:])[0].split("、") if right.startswith("、") else []
        others = [p for p in before[-2:] + after[:2] if p]  # the nearest items on each side
        if len(others) < 2:
            return False
        return all(len(p) <= 6 and not p.endswith(self.heads_all) for p in others)

    def specific(self, text: str, words, start: int, end: int) -> bool:
        """Named, numbered, dated, placed or organised by someone: one occurrence."""
        name = text[start:end]
        if _SPECIFIC_NAME.search(name):
            return True
        first = bisect_left(words, start, key=lambda w: w.start)
        for w in words[first:]:
            if w.start >= end:
                break
            if w.tag in ("LOC", "ORG", "nz"):
                return True
        clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, start - 40), start)), default=max(0, start - 40))
        before = text[clause_start:start]
        if _DATE_BEFORE.search(before) or _ORGANISED_BY.search(before) or _THEMED.search(before):
            return True  # 以“…”为主题的职工趣味运动会: an occasion with its own theme is one
        weak = self._weak(name)
        if not weak and _HELD.search(before):
            return True
        if text[end:end + 1] in ("上", "中") or _HELD_AFTER.match(text, end):
            return True  # 在比赛中; 比武活动定于9月举行
        # a strong head (培训班, 比赛, 座谈会) with a subject of its own: 营销知识培训班
        head_end = name[-3:]
        qualifier = _GENERIC_MODIFIER.sub("", strip_quotes(name))
        return not weak and len(qualifier) - len(head_end) >= 4

    def _only_kind_words(self, qualifier: str) -> bool:
        """``经济技术劳动``, ``体育健身``: qualifiers that only say what kind of work it is."""
        if not qualifier:
            return False
        while qualifier:
            word = next((w for w in self.kind_words if qualifier.startswith(w)), None)
            if word is None:
                return False
            qualifier = qualifier[len(word):]
        return True

    def valid(self, name: str, head: str, hosted: bool = False) -> bool:
        """A name, not a kind of activity; ``hosted``: someone is said to hold it (X举办的…)."""
        plain = strip_quotes(name)
        if plain in self.generic or len(plain) < 3 or has_placeholder(_TEMPLATE_YEAR_IN.sub("", plain)):
            return False
        qualifier = plain[: len(plain) - len(head)]
        if _COUNT_ONLY.fullmatch(qualifier) or _NEXT_TERM.fullmatch(qualifier):
            return False  # 第一次座谈会, 第二次活动: which one in a series; 新一届会员代表大会: the next term's
        if self._only_kind_words(_GENERIC_MODIFIER.sub("", qualifier)) and not (
                hosted and head not in self.weak and qualifier):
            return False  # 职工文体活动, 庆祝活动: a kind of activity, whatever the date
        if (head in self.weak or any(plain.endswith(w) for w in self.weak)) and _HEADCOUNT.fullmatch(qualifier):
            return False  # 组织百人大合唱参加…: how many sing, not which performance
        if head in self.weak or any(plain.endswith(w) for w in self.weak):
            # 岗位练兵 is a kind of work; 清分机岗位练兵 or “两争一树”主题教育活动 is an event
            return len(qualifier) >= 2 and plain not in self.generic and not any(
                plain == g for g in self.generic)
        # a compound head alone (文艺汇演, 表彰大会) is a name when its context makes it specific
        return len(qualifier) >= 1 or len(head) >= 4

    def _occasion(self, text: str, start: int, end: int) -> int:
        """``庆祝建校50周年…晚会``: the celebrating verb opens the name of an anniversary event."""
        for match in self.occasion.finditer(text, max(0, start - 14), end):
            if match.start() < start <= match.end() <= end:
                return match.start()
        return start

    def _founded(self, words, first: int, start: int) -> int:
        """``新中国成立60周年征文比赛``: the body whose founding is celebrated opens the name;
        the founding verb opens it when no body is written (``成立五十周年庆典``)."""
        if first < 2 or not (words[first].tag == "TIME" and ORDINAL.match(words[first].text)):
            return start
        if not _FOUNDING.fullmatch(words[first - 1].text):
            return start
        j = first - 2
        while j >= 0 and words[j].tag in ("n", "nz", "LOC", "ORG", "a", "j", "m") and first - 1 - j <= 3:
            j -= 1
        # 举行成立五十周年庆典: with no body before it, the founding itself opens the name
        return words[j + 1].start if j + 1 < first - 1 else words[first - 1].start

    @staticmethod
    def _host_dropped(text: str, start: int, end: int, org_spans: set[tuple[int, int]]) -> int:
        """``青年教师“书香校园”主题演讲``, ``参加市供电公司“颂歌献给党”文艺汇演``: who takes
        part or who holds it, written before a quoted name, is not part of the name."""
        quote = min((i for i in (text.find(q, start, end) for q in "“「『") if i >= 0), default=-1)
        if quote <= start:
            return start
        prefix = text[start:quote]
        if _GENERIC_MODIFIER.fullmatch(prefix) or _HOST_LEVEL.fullmatch(prefix) or (start, quote) in org_spans:
            return quote
        return start

    def _quoted_slogan(self, text: str, words, head, first: int, ends) -> int:
        """``“坚持工间操制度，大力推行广播体操活动”``, ``“大战五六月，实现双过半”竞赛活动``:
        a quoted slogan is one name even with a comma in it (the genre's campaign titles);
        ``“抹灰工”、“钢筋工”操作比赛``: quoted items joined before a shared head."""
        last = ends.get(head.end)
        if last is not None and last + 1 < len(words) and _is_close_quote(words[last + 1]):
            # the head closes the quotation: the whole quotation is the name
            opening = _open_quote(words, last + 1)
            # 「2024年度全港职工技能大赛颁奖典礼」: a head closing the quotation allows a long name
            if opening is not None and opening < first and _slogan(text[words[opening].end:head.end], 14, 26):
                return opening
        if first > 0 and _is_close_quote(words[first - 1]):
            opening = _open_quote(words, first - 1)
            if opening is not None and _slogan(text[words[opening].end:words[first - 1].start]):
                first = extend_left(words, opening, self._accept, max_chars=self.max_chars) if opening else 0
        while (first >= 2 and words[first].tag == "w" and words[first].text[:1] in OPEN_QUOTES
               and words[first - 1].text == "、" and _is_close_quote(words[first - 2])):
            opening = _open_quote(words, first - 2)
            if opening is None or words[first - 2].start - words[opening].end > 10:
                break
            first = extend_left(words, opening, self._accept, max_chars=self.max_chars) if opening else 0
        return first

    def _joint_names(self, words, first: int, start: int) -> int:
        """``主题演讲暨才艺表演活动``: ``暨`` joins two names into one event."""
        while first >= 2 and words[first - 1].text == "暨":
            j = extend_left(words, first - 2, self._accept, max_chars=self.max_chars)
            if not self._accept(words[first - 2], first - 2) and words[first - 2].tag != "w":
                break
            first, start = j, words[j].start
        return start

    def _conjuncts(self, words, first: int, start: int) -> int:
        """``跳高、跳远比赛``: a conjunct that shares the event's head.

        It takes one short nominal conjunct that opens the phrase (after a
        verb, a count, a particle or punctuation) and is not an event of its
        own (``歌咏比赛和书画展`` stays two); a list of three or more
        (``篮球、足球和歌咏比赛``) names kinds of sport, not one event.
        A joiner before the conjunct is allowed when what it joins on its
        left is itself an event (``A竞赛和数扎、装箱质量竞赛``).
        """
        if first < 2 or words[first - 1].text not in _JOINERS - {"暨"}:
            return start
        if words[first].tag == "w" and words[first].text[:1] in OPEN_QUOTES:
            return start  # 创建和“五小五技”立功竞赛: a quoted name is whole, the 和 joins another item
        j, length = first - 2, 0
        while j >= 0 and self._conjunct_word(words[j]) and length + len(words[j].text) <= _CONJUNCT_CHARS:
            length += len(words[j].text)
            j -= 1
        run = words[j + 1:first - 1]
        while len(run) > 1 and run[0].tag == "v":  # 选入辽宁省和沈阳市摄影展: the phrase's own verb
            j, run = j + 1, run[1:]
        if not run or len(run) > _CONJUNCT_WORDS or (len(run) > 1 and any(w.tag == "v" for w in run)):
            return start  # a verb phrase, not a conjunct
        if j >= 0 and not self._opens_conjunct(words, j):
            return start  # the run goes on leftwards, or is one item of a longer list
        if any(w.text.endswith(self.heads_all) for w in run):
            return start
        if "".join(w.text for w in run).endswith(self.award_heads):
            return start  # 荣获先进个人和市职工技能大赛一等奖: an honour won, no contest sharing the head
        return run[0].start

    @staticmethod
    def _year_before(words, first: int, start: int) -> int:
        """``2023年度劳动模范和先进工作者表彰大会``: the year before a conjunct opens the name
        as it does any event's (the conjunct rule stops short of it)."""
        for size in (1, 2):
            if first - size >= 0 and _YEAR.match("".join(w.text for w in words[first - size:first])):
                return words[first - size].start
        return start

    def _opens_conjunct(self, words, j: int) -> bool:
        word = words[j]
        if word.text in _JOINERS:
            return j > 0 and words[j - 1].text.endswith(self.heads_all)
        return is_stop(word) or word.tag == "v" or (word.tag == "m" and _NUMERAL.search(word.text) is not None)

    def _conjunct_word(self, word) -> bool:
        if word.tag == "m":  # 三笔/m 字/n: a counted noun, not a count
            return not _NUMERAL.fullmatch(word.text) and not ORDINAL.match(word.text) and \
                any(not _NUMERAL.match(c) for c in word.text)
        return not is_stop(word) and word.tag not in ("PER", "ORG") and \
            (word.tag in NOMINAL_TAGS or word.tag in ("v", "a"))

    def _verb_with_object(self, words, first: int, head) -> int:
        """``开展送/v 清凉/a 活动``: a one-character verb whose short object is all that stands
        before the head belongs to the name (送清凉活动); without it the object alone is no name."""
        if 0 < first < head.first and head.start - words[first].start <= 2 and \
                words[first - 1].tag == "v" and words[first - 1].text in self.object_verbs:
            # 夏季送清凉活动: the verb no longer stops the name, what qualifies it before it is taken too
            return words[extend_left(words, first - 1, self._accept, max_chars=self.max_chars)].start
        return words[first].start

    def _head_name(self, text: str, words, head, starts, ends, org_spans, prev_end: int,
                   prev_named: bool = False, prev_start: int = -1) -> Mention | None:
        """The event named by the phrase ending at ``head``, if it is one."""
        last = ends.get(head.end)
        if last is not None and last + 1 < len(words) and words[last + 1].start == head.end and \
                words[last + 1].text in _UNIT_AFTER_ACTIVITY:
            return None  # 市职工培训/vn 中心/n: the activity names the unit that runs it, no event
        start = self._verb_with_object(words, bisect_left(starts, grow(words, head, self._accept, self.max_chars)), head)
        # 2024—2025学年度/教职工代表大会, 2024/m 学年/n 开学典礼: the period the tagger cut off
        lead = _PERIOD_WORD.match(text, start)
        if (period := _PERIOD_BEFORE.search(text, max(0, start - 20), lead.end() if lead else start)) is not None:
            start = min(start, period.start())
        if has_placeholder(text[max(0, start - 6):start]) and (year := _YEAR_IN.search(text, start, head.start)):
            start = year.start()  # XX公司/工会2023年度总结表彰大会: the rest of a blanked host is no name
        if prev_start < start < prev_end == head.start:
            # 全省职工劳动和技能竞赛启动仪式: a ceremony or stage written right after an event's
            # name holds that whole name, where the words alone would stop inside it (at 和)
            start = prev_start
        start = words[self._quoted_slogan(text, words, head, bisect_left(starts, start), ends)].start
        start = self._occasion(text, start, head.end)
        start = self._founded(words, bisect_left(starts, start), start)
        start = self._joint_names(words, bisect_left(starts, start), start)
        start = self._occasion(text, start, head.end)  # 庆祝教师节暨表彰大会: the first of two joined names
        head_text = text[head.start:head.end]
        if head_text not in self.heads_all:  # 工联会新春联/ORG 欢/v: the head is the end of a longer word
            head_text = next((h for h in self.heads_by_length if head_text.endswith(h)), head_text)
        hosted = (_HOSTED_BY.search(text, max(0, start - 12), start) or _HELD.search(text, max(0, start - 12), start)) is not None
        joined = self._conjuncts(words, bisect_left(starts, start), start)
        # “五一”扑克比赛，钓鱼比赛: listed right after an event, it is one like it
        # 举办了迎新年趣味运动会和基本功大赛: joined to an event named as one by its own words
        # (a festival, a number, quotes), a second event is one like it
        between = text[prev_end:start] if prev_end >= 0 else ""
        listed = between in (",", "，") or (between in ("和", "及", "与", "以及") and prev_named)
        if not (self.valid(text[start:head.end], head_text, hosted) and (
                listed or self.specific(text, words, start, head.end))):
            # 举办了一期女职工法律法规及健康知识讲座: conjuncts right after the organising cue
            if joined == start or not _CONJUNCT_CUE.search(text, max(0, joined - 8), joined) or not (
                    self.valid(text[joined:head.end], head_text, True)
                    and self.specific(text, words, joined, head.end)):
                return None
        start = self._year_before(words, bisect_left(starts, joined), joined)
        if self._not_one_occurrence(text, start, head.end) or self._cited(text, start, head.end):
            return None
        start = self._host_dropped(text, start, head.end, org_spans)
        size = _LEADING_SIZE.match(text, start, head.end)
        if size and head.end - size.end() >= 3:
            start = size.end()  # 举行大型新春团拜会: how big it was, not its name
        name = text[start:head.end]
        if _TEMPLATE_YEAR_IN.search(name) and has_placeholder(text[max(0, start - 2):start]):
            return None  # XX协会20_年年会: the host blanked out too, nothing specific is left
        if head_text in _PART_CEREMONIES and self.event_end.search(name, 0, len(name) - len(head_text)):
            return None  # 趣味运动会简短开幕式: the opening is part of the event named before it
        # “唱响 印制”职工大合唱: a space inside the quotes is layout, not a break in the name
        written = _QUOTED_SPAN.sub(lambda m: re.sub(r"\s+", "", m.group()), name)
        return Mention(name, "EVENT", start, head.end, strip_quotes(written))

    def __call__(self, doc: Doc) -> Doc:
        text, words = text_of(doc), doc._.words
        self._words = words
        found: list[Mention] = []
        ends, _ = word_index(words)
        meetings, cited = [], []
        org_ends = {m.end: m.start for m in doc._.candidates or [] if m.type == "ORG" and m.end - m.start >= 3}
        for m_start, m_end in _meeting_spans(text):
            next_term = text[m_start - 1:m_start + 2] == "新一届"
            if (next_term and not _SITTING.search(text[m_start:m_end])) or _NOT_THE_MEETING.match(text, m_end):
                continue  # 新一届会员代表大会: the next term, not a number; 职代会代表: its delegates
            start = m_start
            before = ends.get(start)
            if next_term:
                start = m_start - 1  # 新一届工会委员会第一次全体会议: the new committee's first sitting
            elif before is not None and self._host_word(words[before]) and not has_placeholder(
                    text[max(0, words[before].start - 6):words[before].start]):
                # ××公路 分局第四届一次职代会: a host whose own name is a placeholder is left out
                # 公司二届一次会议, 省电信工会一届四次委员扩大会议: the body whose meeting it is
                first = extend_left(words, before, lambda w, i: self._host_word(w), max_chars=20)
                start = words[first].start
                if start == m_start - 1 and (text[start] not in _LEVEL_HOSTS or text[start - 1:start] in _OWN_LEVEL):
                    start = m_start  # 校第十届教代会: a one-character host is relative, not a name
            elif (host := org_ends.get(start)) is not None:
                start = host  # 市工/ORG 会/v 第十六次代表大会: the union the tagger cut is the host
            if _CITED_FOR_SPIRIT.match(text, m_end) or _GUIDED_BY.search(text, max(0, m_start - 24), m_start):
                cited.append(text[start:m_end])  # 根据…全委会精神: guidance, not an occurrence
                continue
            end = m_end
            shared = _SHARED_NUMBER.match(text, end)
            if shared and not _NOT_THE_MEETING.match(text, shared.end()):
                end = shared.end()  # 第五届教代会、工代会: two congresses of one number, as written
            meetings.append(Mention(text[start:end], "EVENT", start, end))
        _longest_meeting_names(meetings, cited)
        found.extend(meetings)
        starts = [w.start for w in words]
        org_spans = {(m.start, m.end) for m in doc._.candidates or [] if m.type == "ORG"}
        prev_start, prev_end, prev_named = -1, -1, False
        for head in self.heads.find(text, words):
            mention = self._head_name(text, words, head, starts, ends, org_spans, prev_end, prev_named, prev_start)
            if mention is not None and any(m.start < mention.end and mention.start < m.end for m in meetings):
                continue  # 公司第一届职工代表大会: the numbered meeting's own span decides its name
            if mention is not None:
                found.append(mention)
                prev_start, prev_end = mention.start, mention.end
                prev_named = _SPECIFIC_NAME.search(mention.text) is not None
        named_starts = {m.start for m in found}
        for match in [*_QUOTED_AFTER_CUE.finditer(text), *_QUOTED_THEME.finditer(text),
                      *_QUOTED_CAMPAIGN.finditer(text), *_QUOTED_HELD.finditer(text)]:
            if match.re is _QUOTED_THEME and text.startswith("的", match.end()) and match.end() + 1 in named_starts:
                continue  # 以“…”为主题的演讲比赛: the theme of the event named after it, not an event
            k = match.lastindex or 1  # quoted_held names the quotation in either of two groups
            if _slogan(match.group(k), single=26 if match.group(k).endswith(self.strong) else 16):
                found.append(Mention(match.group(k), "EVENT", match.start(k), match.end(k)))
        for match in _QUOTED_LIST.finditer(text):
            # 开展“爱岗敬业”、“诚信服务”等活动: each quoted name is one campaign
            for item in _QUOTED.finditer(text, match.start(1), match.end(1)):
                if _slogan(item.group(1)):
                    found.append(Mention(item.group(1), "EVENT", item.start(1), item.end(1)))
        _longest_named_forms(found)
        _stage_forms(found)
        numbered_forms(found, meetings)
        doc._.candidates = (doc._.candidates or []) + found
        return doc


#: a contest's discipline or group written as a contest (焊工比赛, 起重机组竞赛, 线路工决赛)
_DISCIPLINE = re.compile("[\u4e00-\u9fff]{1,8}?(?:工|组)(?:比赛|竞赛|决赛|赛)")
#: what makes a contest one of its own: a number, a year, a cup, quotes
_OWN_CONTEST = re.compile("第|届|\\d|年|杯|[“”\"「」]")


def without_disciplines(found: list[Mention]) -> list[Mention]:
    """``分获线路工比赛前五名`` in the news of a skills contest: the discipline is part of the
    contest named before it, no event of its own (its prizes are the contest's)."""
    contests = [m for m in found if not _DISCIPLINE.fullmatch(m.name) and
                m.name.endswith(("比赛", "竞赛", "大赛", "决赛", "技能赛"))]
    return [m for m in found if not (_DISCIPLINE.fullmatch(m.name) and not _OWN_CONTEST.search(m.name)
                                     and any(c.start < m.start for c in contests))]


@Language.factory("ukg_events", default_config={"max_chars": 28})
def make_events(nlp: Language, name: str, max_chars: int) -> EventRecogniser:
    return EventRecogniser(max_chars)
