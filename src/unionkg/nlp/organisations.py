"""``ukg_organisations``: organisation names, completed to their longest form.

Two sources: the tagger's ORG names, completed on the right with the body
that attaches to them (``省电力`` + ``工会``), and head-final names built from
an organisation head (``…局``, ``…工会``, ``…公司``) and the nominal words
before it.  Bare generic nouns (``学校``, ``各基层工会``), names starting with a
plural or determiner, and placeholders (``__工会``) are rejected.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from unionkg.model import Mention
from unionkg.nlp.doc_extensions import text_of
from unionkg.nlp.heads import Head, HeadFinder, grow
from unionkg.nlp.lexicon import alternation, pattern, words, wordset
from unionkg.nlp.phrases import NOMINAL_TAGS, has_placeholder, is_stop
from unionkg.nlp.relations.titles import title

# 市总 / 省总女工部: the abbreviated federation of trade unions of a level
_FEDERATION = pattern("organisations", "federation")


# 围绕企业中心开展工作, 学校中心工作: the centre of the work, not a unit
_CENTRE_OF_WORK = pattern("organisations", "centre_of_work")

_JOINED = re.compile("[和与及、]")
_GOAL_VERB = pattern("organisations", "goal_verb")
_COUNTED = pattern("organisations", "counted")
_JOINT_LEVELS = pattern("organisations", "joint_levels")
_LEVELS = "省市县区镇乡"
_BRACKETED_LEVELS = pattern("organisations", "bracketed_levels")
_SPIRIT_MEETING = pattern("organisations", "spirit_meeting")
_SPIRIT_BEFORE = pattern("organisations", "spirit_before")
_SPIRIT_AFTER = pattern("organisations", "spirit_after")
_KIND_LIST = pattern("organisations", "kind_list")
_OWN_UNITS = pattern("organisations", "own_units")
_UNION_MEMBERS = ("职工", "员工", "工人", "劳工", "人员", "工会", "雇员", "职员")
_SLOGAN_BREAK = pattern("organisations", "slogan_break")
_OWN_HOST = pattern("organisations", "own_host")
_HEADCOUNT_BIG = pattern("organisations", "headcount_big")
_GLUED_PREPOSITIONS = frozenset("在于对由向和与及经")
#: a preposition or a light verb the tagger glued before a one-character host and its unit
_GLUED_BEFORE_HOST = pattern("organisations", "glued_before_host")
#: a shop or crew a trade names (装配车间, 检修班): the trade's verbal noun is part of its name
_WORK_UNITS = frozenset({"车间", "班", "班组", "工段", "工区", "分厂", "队"})
#: works named by their process (冶炼厂, 机械制造公司), unless a verb governs the process (加强管理公司)
_WORKS = frozenset({"厂", "分厂", "公司", "分公司"})
_DIRECTIONS = frozenset("东西南北中")
_PARTY_UNITS = frozenset({"党委", "党支部", "党总支", "党组", "团委", "行政"})
_DIRECT_HOSTS = frozenset("厅局委院校所处部")
_STAFF_UNION_MEMBERS = ("职工", "员工", "工人", "劳工", "雇员", "职员", "教师")
_MEETING_AFTER = frozenset("上中议后前期")
_MEETING_VERBS = frozenset({"召开", "开", "举行", "参加", "出席", "主持", "开好"})
_SHARED_HEAD_ITEM = pattern("organisations", "shared_head_item")
#: a working unit written as one word after its body (炼钢车间, 运维班, 第三项目部, 青年突击队)
#: 二车间, 3号工区, 二车间甲班: a body's shop by its number, and a crew of it
_NUMBERED_SHOP = re.compile("(?:[一二三四五六七八九十]{1,3}|\\d{1,2}号?)(?:车间|分厂|工段|工区|作业区)(?:[甲乙丙丁一二三四五六七八九十]班)?")
_WORKING_UNIT = re.compile("[\u4e00-\u9fff\\d]{1,4}(?:车间|班|班组|工区|项目部|突击队|代表队|合唱团)")
_GOAL_DESCRIPTION = pattern("organisations", "goal_description")
_ROOM_BEFORE = pattern("organisations", "room_before")
_ROOM_AFTER = pattern("organisations", "room_after")
_ORDINAL_IN_NAME = pattern("organisations", "ordinal_in_name")
_JOINERS_IN_NAME = frozenset({"与", "和", "及"})
_FLOOR_ROOM = pattern("organisations", "floor_room")
_VENUE_BEFORE = pattern("organisations", "venue_before")
_COUNTED_AFTER = pattern("organisations", "counted_after")
_OFFICE_ABBREVIATION = pattern("organisations", "office_abbreviation")
_NUMBERED_SCHOOL = pattern("organisations", "numbered_school")
_TEMPLATE_HEADING = pattern("organisations", "template_heading")
_INNER_BODY = pattern("organisations", "inner_body")
_WHOLE_UNIT = pattern("organisations", "whole_unit")
_PLACE_ACTS = pattern("organisations", "place_acts")
_PLACE_GOVERNMENT = pattern("organisations", "place_government")
_PLACE_NOT_ACTING = pattern("organisations", "place_not_acting")
_NUMBERED_UNIT = pattern("organisations", "numbered_unit")
_CONJOINING = pattern("organisations", "conjoining")
_AFFILIATION = pattern("organisations", "affiliation")
_TASK_GROUP = pattern("organisations", "task_group")
_POST_OF_BODY = pattern("organisations", "post_of_body")
_GOVERNMENT_SHORT = pattern("organisations", "government_short")
#: 青州市工业, 市发展: a place or level and a sector, the tagger's word before 和 in a department's name
_PLACED_SECTOR = re.compile("[\u4e00-\u9fff]{0,6}[省市县区州](?!委|政府)[\u4e00-\u9fff]{2,4}")
#: what ends the tagger's names that are no body: places, venues, rooms, documents
_HEADLESS_NOT = re.compile("(?:[省市县区镇乡村州国]|楼|厅|酒店|饭店|酒楼|大厦|宾馆|广场|公园|礼堂|会堂|章程|条例|法|[“”\"《》])$|[“”\"《》]")
#: 装卸队, 运维班: a team or shift ends the tagger's name of a body's unit
_TEAM_END = re.compile("(?:队|班|班组)$")
#: (ICU), （CCU）: a unit's Latin abbreviation in brackets
_LATIN_ABBREVIATION = re.compile("[(（][A-Z][A-Za-z]{1,7}[)）]")
#: （集团）, （深圳）, （中国）: a short word in brackets inside a company's name
_BRACKETED_WORD = re.compile("[\u4e00-\u9fff]{1,5}")

_DETERMINERS = ("基层", "同级", "上级", "下级", "本级", "各", "全", "有关", "相关", "其他", "其它", "兄弟", "广大", "我", "本", "该", "每", "所有", "部分", "部份", "多个", "一些", "个别")


@lru_cache(maxsize=1)
def _glued_verb() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(re.escape(v) for v in words("cue_verbs") if len(v) >= 2) + ")")


def is_stop_text(text: str, left_stop: frozenset[str]) -> bool:
    """Whether ``text`` is a word no name starts with (a left-stop or a cue verb)."""
    return text in left_stop or text in wordset("cue_verbs")


def _leading_verb(name: str) -> int:
    """Length of a cue verb the tagger glued onto an organisation (会同人力资源部)."""
    match = _glued_verb().match(name)
    return match.end() if match and len(name) - match.end() >= 3 else 0


def _split_qizhong(text: str, start: int, end: int) -> int:
    """``其/ORG 中市燃气集团/ORG``: the tagger cut 其中 ("among them") in two and glued its
    second half onto the name; one character to skip."""
    return 1 if start > 0 and text[start - 1:start + 1] == "其中" and end - start >= 4 else 0


def _staff_meeting(words, last: int) -> bool:
    """``召开车间职工会``, ``在全体职工会上``: 职工会 is the staff's meeting, not their union,
    where a meeting verb comes before it or 上/中 after it."""
    if not words[last - 1].text.endswith(_STAFF_UNION_MEMBERS) or words[last].text != "会":
        return False
    nxt = words[last + 1].text if last + 1 < len(words) else ""
    return nxt[:1] in _MEETING_AFTER or any(words[k].text in _MEETING_VERBS for k in range(max(0, last - 4), last))


#: a post after its body's name (书记, 副主席 …), from data/post_titles.txt and post_modifiers.txt
_POST_TITLE = re.compile(title())


_PARTY_COMMITTEE_POST = pattern("organisations", "party_committee_post")
# 江城日报讯, 来源：江城日报: the outlet of a news item, which the tagger cuts (日报讯)
_NEWS_OUTLET = pattern("organisations", "news_outlet")
_NEWS_SOURCE = pattern("organisations", "news_source")
_UNIT_OF_PERSON = pattern("organisations", "unit_of_person")


@lru_cache(maxsize=1)
def _TITLE_BEFORE() -> re.Pattern[str]:
    """A post written right before a name (``班长``, ``副主任``)."""
    return re.compile(f"(?:{title()})$")
_BYLINE_ROLE = pattern("relations", "byline_role")
#: 澳门工会联合总会: the tail of a federation's name after a union's
_FEDERATION_TAIL = re.compile("联合总会|联合会|总会")
#: 澳门体育局协办: a hosting verb the tagger glued onto a body's name
_GLUED_HOSTING = re.compile("(?:协办|主办|承办|联办|举办|指导)$")


def _in_slogan(text: str, m: Mention) -> bool:
    """``“同庆中心四十载，凝心聚力谱新篇”``, ``“幸福中心 美丽渔院”``: words of a quoted slogan
    (phrases split by a comma, a space or a dot) that end like a body name none."""
    opening = max(text.rfind(q, max(0, m.start - 30), m.start + 1) for q in "“「『\"")
    if opening < 0 or any(c in text[opening:m.start] for c in "”」』。；\n"):
        return False
    closing = min((i for i in (text.find(q, m.end, m.end + 30) for q in "”」』\"") if i >= 0), default=-1)
    if closing < 0 or any(c in text[m.end:closing] for c in "“「『。；\n"):
        return False
    inner = text[opening + 1:closing]
    return inner != m.name and bool(_SLOGAN_BREAK.search(inner))


class OrganisationRecogniser:
    def __init__(self, max_chars: int = 28) -> None:
        self.heads = HeadFinder("org_heads", "org_non_heads")
        self.units = wordset("org_units")
        self.generic = wordset("org_generic")
        self.left_stop = wordset("org_left_stop")
        self.function_heads = wordset("org_function_heads")
        self.descriptive = wordset("org_descriptive")
        self.head_at_end = re.compile(alternation("org_heads") + "$")
        self.work_nouns = wordset("work_verbs")
        self.max_chars = max_chars
        self.short_hosts = wordset("org_short_hosts")
        self.rooms = tuple(wordset("org_rooms"))
        # words that end no bare conjunct of a name (参赛选手和代表队, 职工和家属)
        self.not_conjuncts = tuple(self.left_stop | wordset("cue_verbs") | wordset("titles") | wordset("people_groups"))
        self.venues = tuple(wordset("org_venues"))
        self.office_verbs = tuple(w for w in wordset("cue_verbs") | wordset("work_verbs") | wordset("office_verbs")
                                  if w.endswith("办"))

    def _accept_before(self, head_word: str, tagged: bool, head_index: int):
        """Which words may stand before ``head_word``: a verb-tagged word only before a hosted head.

        A head the tagger already called an organisation (``县总工会``/ORG)
        takes no verb on its left (``实行县总工会``).
        """
        bare = head_word in self.generic
        refused = ("v", "a", "an") if head_word in self.function_heads else ("v", "vn", "a", "an")
        sectors = wordset("sectors")
        function = head_word in self.function_heads
        process_verbs = wordset("org_process_verbs")

        def accept(word, index: int) -> bool:
            if word.text in _DIRECTIONS and index + 1 < len(self._words) and \
                    self._words[index + 1].text.startswith(("区", "片", "部")):
                return True  # 东/f 区分会, 北/f 片区工会: a branch named by its direction
            if function and word.text in ("职工", "女职工", "教职工") and index > 0 and index < head_index and \
                    self._words[index - 1].text in _LEVELS:
                return True  # 市/n 职工/n 培训/vn 中心: a level's centre for its staff (职工 opens no name alone)
            if function and index == head_index - 1 and word.tag in ("vn", "n") and word.text in self.work_nouns:
                return True  # 宣传中心, 服务中心: the function itself, though a work verb elsewhere
            if word.tag == "v" and word.text in process_verbs and index == head_index - 1 and \
                    len(head_word) == 2 and head_word.endswith(("厂", "场")):
                return True  # 选/v 矿厂/n, 轧/v 钢厂/n: the process and its material name the works
            if word.tag == "vn" and index + 1 < len(self._words) and self._words[index + 1].text in _WORK_UNITS:
                return self._accept(word, index)  # 装配/vn 车间 代表队: the trade names its shop
            if word.tag == "vn" and index == head_index - 1 and head_word in _WORKS and \
                    (index == 0 or self._words[index - 1].tag not in ("v", "vd", "ad", "d", "p")):
                return self._accept(word, index)  # 冶炼/vn 厂, 机械 制造/vn 公司: the works of a process
            return self._accept(word, index) and not (
                (bare or tagged) and word.tag in refused and word.text not in sectors)
        return accept

    def _after_joiner(self, text: str, start: int, end: int) -> int:
        """``上级工会和县教育局党组`` read as one word: the name is the last conjunct."""
        for match in _JOINED.finditer(text, start, end):
            # the left conjunct must end with a head (工会和…); 材料科学与工程学院 has 科 inside, no head at its end
            head = self.heads.pattern.search(text, max(start, match.start() - 4), match.start())
            while head and head.end() < match.start():
                head = self.heads.pattern.search(text, head.start() + 1, match.start())
            if head and end - match.end() >= 3:
                start = match.end()
        return start

    def _accept(self, word, index) -> bool:
        if is_stop(word) or word.text in self.left_stop or word.text.endswith(("会议", "活动", "比赛")):
            return False
        if _CONJOINING.search(word.text):
            return False  # 负责人联同/n: the tagger's word holds "together with"
        if word.text in wordset("conferral_verbs"):
            return False  # 授予/ORG 县人民医院急诊科: the tagger's name swallowed the conferring verb
        if word.tag == "m":  # 第十一合同段, 第四届工会委员会: which one of a numbered series (新一届: the next one)
            return bool(_ORDINAL_IN_NAME.fullmatch(word.text)) and index + 1 < len(self._words) \
                and not (index > 0 and self._words[index - 1].text.endswith("新")) \
                and (word.text.startswith("第") or (index > 0 and self._words[index - 1].tag in NOMINAL_TAGS)) \
                and self._words[index + 1].tag in NOMINAL_TAGS
        # the tagger often calls the first word of a name a verb (建设/v 局); take it when
        # it is a two-character word, not a cue verb (is_stop already said no to those)
        return word.tag in NOMINAL_TAGS or (word.tag == "v" and len(word.text) == 2)

    def valid(self, name: str) -> bool:
        return (len(name) >= 2 and name not in self.generic and not has_placeholder(name)
                and not (name.startswith(_DETERMINERS) and not name.startswith(("全国", "全总")))
                and not self._descriptive(name) and not _WHOLE_UNIT.search(name) and not _TASK_GROUP.search(name)
                and "各" not in name[1:]  # 分公司各部门: each of a body's parts, a class
                and not _HEADCOUNT_BIG.search(name))  # 百人大/ORG 合唱: a headcount, no legislature

    def _descriptive(self, name: str) -> bool:
        """``建设特色工会``, ``学习型工会``: the kind of union strived for, not a body."""
        head = self.head_at_end.search(name)
        if head is None:
            return False
        qualifier = _GOAL_VERB.sub("", name[:head.start()])
        return bool(qualifier) and (qualifier in self.descriptive or qualifier.endswith(("型", "化")))

    def _unit_of_post(self, words, last: int) -> int:
        """Where the name ends: past a body glued to its post (``公司`` + ``党委书记``),
        and past a federation's head the tagger read as words (``澳门工会`` + ``联合/vd 总会/v``).

        The segmenter keeps ``党委书记`` as one word; the post belongs to the
        company's party committee (GUIDELINES: ``X党委副书记`` → ``X党委``)."""
        end = words[last].end
        federation = _FEDERATION_TAIL.match(self._text, end)
        if federation and (words[last].text.endswith(("工会", "工會", "职工会")) or (
                federation.group() == "联合总会" and words[last].text.endswith("会"))):
            return federation.end()  # 澳门街坊会/ORG 联合/vd 总会/v: an association's federation
        if last + 1 < len(words):
            following = words[last + 1].text
            for unit in self.units:
                if following.startswith(unit) and _POST_TITLE.fullmatch(following, len(unit)):
                    return end + len(unit)
        return end

    def _joins_affiliates(self, name: str) -> bool:
        return any(len(name[:m.start()]) >= 3 and len(name[m.end():]) >= 3 and self.head_at_end.search(name[:m.start()])
                   and self.head_at_end.search(name[m.end():]) for m in _AFFILIATION.finditer(name))

    def _affiliated(self, word) -> list[Mention]:
        """``香港工会联合会属会香港建造业总工会/ORG``: a federation, an affiliation word and its
        member, read by the tagger as one name, are two bodies (each ending with a head)."""
        for match in _AFFILIATION.finditer(word.text):
            left, right = word.text[:match.start()], word.text[match.end():]
            if len(left) >= 3 and len(right) >= 3 and self.head_at_end.search(left) and self.head_at_end.search(right):
                return [Mention(left, "ORG", word.start, word.start + match.start()),
                        Mention(right, "ORG", word.start + match.end(), word.end)]
        return []

    def _split_unit_end(self, words, i: int, end: int) -> int:
        """``市总工会经审/ORG 会/v``: the tagger's name ends inside a unit whose last character
        it gave to the next word; the name runs to the end of the unit."""
        if i + 1 >= len(words) or words[i + 1].start != words[i].end:
            return end
        joined = words[i].text + words[i + 1].text
        for unit in self.units:
            if len(unit) >= 3 and joined.endswith(unit) and not words[i].text.endswith(unit) \
                    and len(words[i + 1].text) < len(unit):
                return words[i + 1].end
        return end

    def _complete_right(self, words, last: int) -> int:
        """Extend a name over the bodies that attach to it (``工会``, ``党委`` …)."""
        while last + 1 < len(words):
            if words[last + 1].text in self.units or _WORKING_UNIT.fullmatch(words[last + 1].text) or (
                    words[last + 1].tag == "m" and _NUMBERED_UNIT.match(words[last + 1].text)):
                last += 1  # 市公交集团 + 第三分公司/m: a numbered branch of the body
            elif last + 2 < len(words) and words[last + 1].text + words[last + 2].text in self.units:
                last += 2  # 工会 + 经审/d 会/v: a unit the tagger cut in two
            elif last + 2 < len(words) and words[last + 1].text == "党组" and words[last + 2].text.endswith("书记"):
                last += 1  # 市总工会党组 + 书记: the secretary's body is the party group (党组成员 stays the host's post)
            elif (shop := _NUMBERED_SHOP.match(self._text, words[last].end)) and shop.end() in self._ends:
                last = self._ends[shop.end()]  # 炼钢厂 + 二/m 车间甲/n 班/n: a numbered shop and its crew
            else:
                break
        return last

    def __call__(self, doc: Doc) -> Doc:
        text, words = text_of(doc), doc._.words
        ends = {w.end: i for i, w in enumerate(words)}
        self._words, self._ends, self._text = words, ends, text
        self._word_starts = [w.start for w in words]
        found: list[Mention] = []
        for i, word in enumerate(words):
            if len(word.text) == 1 and (word.text in self.short_hosts or word.text == "校"):
                found.extend(self._short_host(text, words, i))
            found.extend(self._glued_short_host(words, i))
            if word.tag == "LOC":
                found.extend(self._acting_place(text, word))
            if word.tag == "ORG" and (pair := self._affiliated(word)):
                found.extend(pair)
            elif word.tag == "ORG":
                last = self._complete_right(words, i)
                end = self._unit_of_post(words, last)
                if last == i and end == word.end:
                    end = self._split_unit_end(words, i, end)
                if last == i and _GLUED_HOSTING.search(word.text) and len(word.text) > 4:
                    end -= 2  # 澳门体育局协办: the body, then what it did
                start = self._after_joiner(text, word.start + self._leading_noise(word.text), end)
                start += _split_qizhong(text, start, end)
                if self.head_at_end.search(text, max(start, end - 6), end) or \
                        _NUMBERED_SCHOOL.search(text, start, end) or self._team_of_body(text, start, end):
                    found.extend(self._mention(text, start, end))
                elif last == i and end == word.end and self._headless_acting(words, i, start):
                    found.extend(self._mention(text, start, end, shared_head=False))
        for head in [*self.heads.find(text, words), *self._general_unions(words)]:
            head_word = words[head.first]
            if self._verb_glued(text, head_word, head) or (head.end in ends and _staff_meeting(words, ends[head.end])):
                continue
            if len(head_word.text) == 1 and text[head.end - 1] in _DIRECT_HOSTS and text.startswith("直", head.end):
                continue  # 厅直单位, 局直属: the units under the department, the 厅 ends no name
            start = grow(words, head, self._accept_before(head_word.text, head_word.tag == "ORG", head.first), self.max_chars,
                         take_quote=lambda inner: False, trim=False)
            last = self._complete_right(words, ends[head.end])
            end = self._unit_of_post(words, last)
            if text[start] in "年月日" and start and text[start - 1] in "0123456789xX_＿":
                start += 1  # 20xx年检封分工会: the year's 年, not the name's
            start += self._leading_noise(text[start:end])
            start += _split_qizhong(text, start, end)
            start = self._after_joiner(text, start, end)
            name = text[start:end]
            if not (name.endswith("中心") and (
                    _CENTRE_OF_WORK.search(text, max(0, start - 4), start) or text.startswith("工作", end))):
                found.extend(self._mention(text, start, end))
        for match in _FEDERATION.finditer(text):
            found.append(Mention(match.group(0), "ORG", match.start(), match.end()))
        found.extend(Mention(m.group(), "ORG", m.start(), m.end()) for m in _GOVERNMENT_SHORT.finditer(text))
        found.extend(self._bodies_of_posts(words))
        found.extend(self._office_abbreviations(text))
        found.extend(Mention(m.group("name"), "ORG", m.start("name"), m.end("name"))
                     for m in _NEWS_OUTLET.finditer(text))
        found.extend(self._sources_of_bylines(text))
        found.extend(self._units_of_people(text, words))
        found.extend(Mention(m.group("name"), "ORG", m.start("name"), m.end("name"))
                     for m in _PARTY_COMMITTEE_POST.finditer(text))
        found = [m for m in found if not self._joins_affiliates(m.name) and not self._cited_host(text, m) and not self._not_acting(text, m)
                 and not self._template_heading(text, m) and not _in_slogan(text, m)]
        found = self._drop_kind_lists(text, found)
        found = [self._latin_abbreviation(text, self._bracketed_opening(text, m)) for m in found]
        found += self._shared_host(text, words, found)
        doc._.candidates = (doc._.candidates or []) + found
        return doc

    @staticmethod
    def _general_unions(words) -> list[Head]:
        """``香港青山职工总会/v``: the tagger reads 总会 as "will always"; after the members it
        gathers (职工, 人员, 工会) it is a general union, the head of a name."""
        heads = [Head(i - 1, words[i - 1].start, w.end) for i, w in enumerate(words)
                 if w.text == "总会" and w.tag != "n" and i > 1 and words[i - 1].text.endswith(_UNION_MEMBERS)
                 and words[i - 2].tag in NOMINAL_TAGS and not is_stop(words[i - 2])]
        # 港九电器工程电业器材职工会/v: a union of Hong Kong named by its members and 会;
        # not the staff meeting (职工会上, 召开职工会): no meeting words around it
        for i, w in enumerate(words):
            if w.text != "会" or w.tag == "n" or i < 2 or not words[i - 1].text.endswith(_STAFF_UNION_MEMBERS):
                continue
            if words[i - 2].tag not in NOMINAL_TAGS or is_stop(words[i - 2]) or _staff_meeting(words, i):
                continue
            heads.append(Head(i - 1, words[i - 1].start, w.end))
        return heads

    def _leading_noise(self, name: str) -> int:
        """A cue verb or a left-stop word the tagger glued onto its ORG (会同人力资源部, 党政公司)."""
        glued = _GLUED_BEFORE_HOST.match(name)
        if glued:
            return glued.end()  # 大会由/n 校/ORG 党委, 作校/n 工会: the words before 由 / 作 are no name
        verb = _leading_verb(name)
        if verb:
            return verb
        if name.startswith("经") and name[1:2] in "省市县区镇乡州" and len(name) > 3:
            return 1  # 经/p 市总工会研究决定: "by way of", glued on (经济… is no level after 经)
        if name.startswith("假") and len(name) > 3:
            return 1  # 假/ORG 桃园市政府: "at" in the Hong Kong and Taiwan usage, glued on
        if name in wordset("org_heads"):
            return 0  # 女职工委员会: the head itself, though it opens like a group of people
        for size in (2, 3):
            if name[:size] in self.left_stop and len(name) - size >= 2:
                return size
        for size in (3, 2):  # 其中市轨道交通集团/ORG: a discourse word the tagger glued on
            if name[:size] in wordset("boundary_words") and len(name) - size >= 3:
                return size
        return 0

    @staticmethod
    def _verb_glued(text: str, head_word, head) -> bool:
        """``悬挂工会/vn``: a verb the tagger fused with the union word; what it hangs is no body."""
        if head_word.tag not in ("v", "vn") or head_word.end != head.end:
            return False
        inner = text[head_word.start:head.end]
        return inner.endswith("工会") and len(inner) > 2 and inner[:-2] not in wordset("sectors")

    def _drop_kind_lists(self, text: str, found: list[Mention]) -> list[Mention]:
        """``建立了工会委员会、女职工委员会、劳动争议调解委员会等专门机构``: kinds of committee set up.

        Function-named bodies in a 、-list closed by ``等…机构`` are the kinds every
        unit sets up, not bodies that act in the report.
        """
        return [m for m in found if not (m.name.endswith(tuple(self.function_heads))
                                         and _KIND_LIST.match(text, m.end, min(len(text), m.end + 120))
                                         and not _OWN_UNITS.search(text, max(0, m.start - 60), m.start))]

    def _shared_head_item(self, text: str, start: int, end: int) -> int:
        """How far ``沙泉、`` before ``白果支局`` reaches: one mention of two bodies sharing a head.

        Only a short bare item opening its clause, which could be no name on its own.
        """
        if end - start > 6:
            return 0
        match = _SHARED_HEAD_ITEM.search(text, max(0, start - 5), start)
        if not match:
            return 0
        item = match.group("item")
        item_start = match.start("item")
        i = bisect_right(self._word_starts, item_start) - 1
        if i >= 0 and self._words[i].tag == "PER" and self._words[i].end > item_start:
            return 0  # 李某、青山电力公司 王某: a person listed before the body, no shared head
        if i >= 0 and self._words[i].tag == "ORG" and self._words[i].start <= item_start and \
                self._words[i].end >= match.end("item"):
            return 0  # 县二中/ORG、县实验小学: the tagger named the item a body of its own
        if self.heads.pattern.search(item) or item in self.left_stop or item in self.generic or \
                item in self.work_nouns or all(ch in _LEVELS for ch in item):
            return 0
        return start - match.start()

    def _office_abbreviations(self, text: str) -> list[Mention]:
        """``经发办``, ``镇督学办``: offices by their abbreviation, which the tagger cuts (经/p 发办/vn).

        A verb ending in 办 (举办, 承办, 督办) is not one.
        """
        found = []
        for match in _OFFICE_ABBREVIATION.finditer(text):
            name = match.group("name")
            if any(name.endswith(v) for v in self.office_verbs) or is_stop_text(name[:2], self.left_stop):
                continue
            found.append(Mention(name, "ORG", match.start("name"), match.end("name")))
        return found

    def _units_of_people(self, text: str, words) -> list[Mention]:
        """``，机加车间张某``, ``，变电运维班班长王某``: a working unit opening a clause right
        before a person (and the post they hold in it) is a body, though the tagger reads its
        first words as verbs (机/d 加/v 车间, 检修/v 一队/m)."""
        found = []
        for i, word in enumerate(words):
            if word.tag != "PER":
                continue
            end = word.start
            title = _TITLE_BEFORE().search(text, max(0, end - 8), end)
            if title is not None and title.start() < end:
                end = title.start()
            match = _UNIT_OF_PERSON.search(text, max(0, end - 12), end)
            if match is None or not self.valid(match.group("name")) or match.group("name") in self.generic:
                continue
            found.append(Mention(match.group("name"), "ORG", match.start("name"), match.end("name")))
        return found

    @staticmethod
    def _sources_of_bylines(text: str) -> list[Mention]:
        """``来源：江城日报　作者：王某``: the outlet a source line names, when a byline's
        role stands on the same line (a source named alone is no one's employer and the
        report's subject is not it)."""
        found = []
        for match in _NEWS_SOURCE.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            if _BYLINE_ROLE.search(text, line_start, len(text) if line_end < 0 else line_end):
                found.append(Mention(match.group("name"), "ORG", match.start("name"), match.end("name")))
        return found

    def _template_heading(self, text: str, m: Mention) -> bool:
        """``医院工会年终总结一`` opening the text: a template's title names a kind of union."""
        if text[:m.start].strip() or not _TEMPLATE_HEADING.match(text, m.end):
            return False
        host = m.name.removesuffix("工会")
        return host in self.generic

    def _not_acting(self, text: str, m: Mention) -> bool:
        """A body that is only described, counted or walked into.

        ``…建成了职工满意的建家工会`` (the kind a goal describes), ``委员会994个``
        (a count of bodies), ``在工会办公室前`` (the room, a place), ``学院报告厅``
        (a hall: rooms are never bodies), ``在联上大饭店举行`` (a venue used as a place).
        """
        if m.name.endswith(self.rooms) or _FLOOR_ROOM.search(m.name):
            return True
        if m.name.endswith(self.venues) and _VENUE_BEFORE.search(text, max(0, m.start - 12), m.start):
            return True
        if text[m.start - 1:m.start] == "的" and _GOAL_DESCRIPTION.search(text, max(0, m.start - 42), m.start):
            return True
        if _COUNTED_AFTER.match(text, m.end):
            return True
        return bool(_ROOM_BEFORE.search(text, max(0, m.start - 1), m.start) and _ROOM_AFTER.match(text, m.end))

    @staticmethod
    def _cited_host(text: str, m: Mention) -> bool:
        """``贯彻全总十四大会议精神``: the body only hosts a meeting cited for its spirit.

        GUIDELINES.md does not count such a meeting as an event; its host, named only
        there, does not act in the report either.
        """
        if _SPIRIT_MEETING.match(text, m.end, min(len(text), m.end + 24)):
            return True
        return bool(_SPIRIT_AFTER.match(text, m.end, min(len(text), m.end + 20))
                    and _SPIRIT_BEFORE.search(text, max(0, m.start - 30), m.start))

    def _glued_short_host(self, words, i: int) -> list[Mention]:
        """``在校/v 党支部``, ``在院/v 党委的领导下``: jieba glues the preposition onto a
        one-character host; the host and its party body are the name (GUIDELINES: 校党支部)."""
        word = words[i]
        if len(word.text) != 2 or word.text[0] not in _GLUED_PREPOSITIONS or i + 1 >= len(words):
            return []
        if word.text[1] not in self.short_hosts and word.text[1] != "校":
            return []
        unit = words[i + 1]
        if unit.text not in _PARTY_UNITS:
            return []
        return [Mention(word.text[1] + unit.text, "ORG", word.start + 1, unit.end)]

    def _short_host(self, text: str, words, i: int) -> list[Mention]:
        """``，所工会…``, ``配合所党支部``: a one-character host (the institute, the works) and its body.

        The tagger reads such a host as a particle (所/u); it is a name only where
        nothing nominal stands before it that it would belong to (``研究所工会``).
        """
        if i + 1 >= len(words):
            return []
        unit = words[i + 1].text
        if unit not in self.units:
            # 校/n 党委书记/n 刘某: the unit and its post read as one word
            unit = next((u for u in self.units if unit.startswith(u) and _POST_TITLE.fullmatch(unit, len(u))), None)
            if unit is None:
                return []
        if words[i].text == "校" and unit not in _PARTY_UNITS:
            return []  # 校党委 is a body (GUIDELINES: 校党支部); 校工会 is the writer's word for its union
        if i > 0 and (words[i - 1].tag in NOMINAL_TAGS or words[i - 1].tag in ("r", "m", "q")):
            return []
        return [Mention(words[i].text + unit, "ORG", words[i].start, words[i + 1].start + len(unit))]

    def _shared_host(self, text: str, words, found: list[Mention]) -> list[Mention]:
        """``淡水渔业研究中心工会、团委共同举办``: units listed after a body's first unit share its
        host; the host is named by itself there, and so is each further unit (GUIDELINES lists
        the 团委 as written).  A bare union, committee or office (``工会``) stays no name (GUIDELINES)."""
        starts = {w.start: i for i, w in enumerate(words)}
        extra = []
        for m in found:
            unit = next((u for u in sorted(self.units, key=len, reverse=True) if m.name.endswith(u)), None)
            if unit is None or len(m.name) - len(unit) < 3 or text[m.end:m.end + 1] not in ("、", "和", "及", "与"):
                continue
            i = starts.get(m.end + 1)
            if i is None or words[i].text not in self.units or words[i].text in ("工会", "委员会", "办公室"):
                continue
            if i + 1 < len(words) and words[i + 1].tag in NOMINAL_TAGS:
                continue  # 工会、团委书记…: the unit opens a longer phrase
            host_end = m.end - len(unit)
            if self.head_at_end.search(text, m.start, host_end) or _NUMBERED_SCHOOL.search(text, m.start, host_end):
                extra.append(Mention(text[m.start:host_end], "ORG", m.start, host_end))
                extra.append(Mention(words[i].text, "ORG", words[i].start, words[i].end))
        return extra

    def _bodies_of_posts(self, words) -> list[Mention]:
        """``教育/n 局长/n 吴立森``, ``劳工/n 局长/n``: a sector word and a head's post written as one
        (X局长 for X局局长) name the body X局, when a person follows the post."""
        found = []
        for i in range(1, len(words) - 1):
            post, sector, person = words[i], words[i - 1], words[i + 1]
            if not _POST_OF_BODY.fullmatch(post.text) or person.tag != "PER" or sector.end != post.start:
                continue
            if sector.tag not in ("n", "nz", "vn") or len(sector.text) < 2 or (is_stop(sector) and sector.tag != "vn") or \
                    sector.text in self.left_stop or self.head_at_end.search(sector.text) or \
                    sector.text.endswith(self.not_conjuncts):
                continue
            host = words[i - 2] if i >= 2 else None
            # 市委/ORG 宣传/vn 部长: the body the department belongs to opens its name
            start = host.start if host is not None and host.tag == "ORG" and host.end == sector.start else sector.start
            found.append(Mention(self._text[start:post.start + 1], "ORG", start, post.start + 1))
        return found

    def _acting_place(self, text: str, word) -> list[Mention]:
        """``富乐镇组织的…``: a place of government followed by an act of organising is that government.

        A place after 在/于/到 is where something happens, not who does it.
        """
        if not (_PLACE_GOVERNMENT.search(word.text) and _PLACE_ACTS.match(text, word.end)):
            return []
        if _PLACE_NOT_ACTING.search(text, max(0, word.start - 2), word.start):
            return []
        return [Mention(word.text, "ORG", word.start, word.end)]

    def _after_inner_body(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """``市总工会省工会``: two bodies glued by the tagger, the name is the last one.

        A union or congress hosts only its own units (``工会女工委``, ``工会委员会``);
        anything else after it starts a new name.  Returns where the last name starts and
        where the first one ends (``start`` and ``end`` if nothing was glued); ``None``:
        nothing is left that names a body.
        """
        name = text[start:end]
        inner = [m for m in _INNER_BODY.finditer(name) if m.end() < len(name)]
        if not inner:
            return start, end
        last = inner[-1]
        rest = name[last.end():]
        # 县总工会党组 + 书记: the secretary's party group (a 党组成员 holds the union's own post)
        party_group = rest == "党组" and re.match("(?:常务)?副?书记", text[end:end + 4]) is not None
        own_unit = (rest in self.units or party_group or rest.endswith(tuple(self.function_heads))) and \
            not rest.endswith(("工会", "工会小组"))
        if own_unit or name[last.start():] in wordset("org_heads"):
            return start, end
        if rest in self.generic or len(rest) < 2 or not self.head_at_end.search(rest):
            return None
        return start + last.end(), start + last.end("body")

    def _headless_acting(self, words, i: int, start: int) -> bool:
        """``由团中央授予``, ``青禾电子与…``: a name the tagger found that ends with no head
        (a short form, a brand) is a body where it acts, holds a post or is listed:
        a verb of acting (``data/org_acts.txt``), a post or a joiner follows.  A place, a venue, a document, a name that runs
        on into a noun, or one the tagger glued a verb onto (市总组织) is none."""
        word = words[i]
        name = self._text[start:word.end]
        if not 3 <= len(name) <= 12 or _HEADLESS_NOT.search(name) or name in self.generic or _glued_verb().search(name, 1):
            return False
        if i > 0 and words[i - 1].end == word.start and words[i - 1].tag in ("n", "nz", "LOC", "ORG", "j"):
            return False
        following = words[i + 1] if i + 1 < len(words) else None
        if following is None:
            return False
        return following.text in wordset("org_acts") or following.text in ("、", "和", "与", "及") or \
            following.text in wordset("titles") or following.text in wordset("post_titles")

    def _after_kind_word(self, start: int, end: int) -> int:
        """``会员企业/n 青禾电子有限公司``, ``企业/n 浙江/LOC …集团``: a kind of body written before a
        proper name says what the body is; the name starts after it (企业联合会 keeps its 企业)."""
        i = bisect_right(self._word_starts, start) - 1
        words = self._words
        if i < 0 or words[i].start != start or i + 1 >= len(words):
            return start
        kinds = wordset("org_kind_words")
        if words[i].text not in kinds:
            if i + 2 < len(words) and words[i].text + words[i + 1].text in kinds:
                i += 1  # 龙头/n 企业/n: a kind in two words
            else:
                return start
        following = words[i + 1]
        if following.tag in ("LOC", "ORG", "nz") and end - following.start >= 4:
            return following.start
        return start

    def _team_of_body(self, text: str, start: int, end: int) -> bool:
        """``某港集团第二港埠分公司装卸队/ORG``: the tagger's name of a team ends with 队 or 班,
        which ends no name by itself (施工队 is a kind); a body's name before it makes it one."""
        return _TEAM_END.search(text, start, end) is not None and end - start >= 6 and \
            self.heads.pattern.search(text, start, end - 2) is not None

    @staticmethod
    def _latin_abbreviation(text: str, m: Mention) -> Mention:
        """``重症医学科(ICU)``, ``青禾科技(QHT)``: the Latin abbreviation a unit is known by,
        bracketed right after its name, is written with it."""
        match = _LATIN_ABBREVIATION.match(text, m.end)
        if match is None:
            return m
        return Mention(text[m.start:match.end()], "ORG", m.start, match.end())

    def _bracketed_opening(self, text: str, m: Mention) -> Mention:
        """``武汉钢铁（集团）公司工会``, ``某某科技（深圳）有限公司``: a short bracketed word (the
        group, a city) inside a name; the words before the bracket open the name, which the
        tagger and the head rules cut at the bracket."""
        if text[m.start - 1:m.start] not in ("）", ")"):
            return m
        opening = max(text.rfind("（", max(0, m.start - 8), m.start), text.rfind("(", max(0, m.start - 8), m.start))
        inner = text[opening + 1:m.start - 1]
        if opening < 1 or not _BRACKETED_WORD.fullmatch(inner):
            return m
        i = self._ends.get(opening)
        if i is None:  # 武汉钢铁（集团/ORG: the tagger's name runs into the bracket
            j = bisect_right(self._word_starts, opening) - 1
            if j < 0 or self._words[j].tag != "ORG" or self._words[j].start >= opening:
                return m
            first = j
        else:
            first = i
            while first >= 0 and self._words[first].tag in ("ORG", "LOC", "nz", "n") and not is_stop(self._words[first]) \
                    and opening - self._words[first].start <= 12 and self._words[first].text not in self.left_stop:
                first -= 1
            first += 1
            if first > i:
                return m
        start = self._words[first].start
        start += self._leading_noise(text[start:m.end])
        if opening - start < 2:
            return m
        return Mention(text[start:m.end], "ORG", start, m.end)

    def _joined_left(self, text: str, start: int, end: int) -> int:
        """``机械与电气工程学院工会``, ``劳动和卫生部``: one bare noun joined by 与/和/及 is part of the name.

        Only a single word that opens its phrase, is no body itself (``工会和教育局``
        are two) and no group of people (``职工和家属``); ``所第三届工会``: a one-character
        host before a numbered body belongs to it.
        """
        i = self._ends.get(start)
        words = self._words
        if i is not None and text[start] == "第" and words[i].text in self.short_hosts and \
                (i == 0 or words[i - 1].tag not in NOMINAL_TAGS):
            return words[i].start
        if i is None or i < 1 or words[i].text not in _JOINERS_IN_NAME or end - start < 3:
            return start
        left = words[i - 1]
        placed = _PLACED_SECTOR.fullmatch(left.text) if left.tag in ("ORG", "LOC") else None
        if placed and not self.head_at_end.search(left.text) and text[words[i].end:end] not in self.generic:
            return left.start  # 青州市工业/LOC 和 信息化局, 市发展/ORG 和 改革委员会: a place and its sector
        if left.tag not in ("n", "vn", "nz") or not 2 <= len(left.text) <= 4 or self.head_at_end.search(left.text) \
                or left.text.endswith(self.not_conjuncts) or text[words[i].end:end] in self.generic:
            return start
        if i >= 2 and len(words[i - 2].text) == 1 and words[i - 2].text in _LEVELS and \
                (i == 2 or is_stop(words[i - 3]) or words[i - 3].tag in ("v", "w")):
            return words[i - 2].start  # 市/n 规划/vn 和/c 自然资源局: the level opens the joined name
        if i >= 2 and words[i - 2].tag in NOMINAL_TAGS and not is_stop(words[i - 2]):
            return start  # the left conjunct goes on: a phrase of its own
        return left.start

    def _glued_direction(self, start: int) -> int:
        """``向东/PER 区分会``, ``在西/p 片区工会``: the tagger glued a preposition onto the direction
        that names a branch; the direction (one character) belongs to the name."""
        text = self._text
        if start < 2 or text[start] not in "区片" or text[start - 1] not in _DIRECTIONS or \
                text[start - 2] not in _GLUED_PREPOSITIONS:
            return 0
        i = self._ends.get(start)
        return 1 if i is not None and self._words[i].start == start - 2 else 0

    def _mention(self, text: str, start: int, end: int, shared_head: bool = True) -> list[Mention]:
        """The organisation at ``start:end`` as its context reads it, or nothing.

        ``各县局工会``, ``八个县局工会``: a class of bodies, not one; ``XX乡教育工会``:
        a name whose specific part is a placeholder; ``县、镇教育工会``: one
        mention of the bodies of two levels, listed as written.
        """
        start = self._after_kind_word(start, end)
        start -= self._glued_direction(start)
        moved = self._after_inner_body(text, start, end)
        if moved is None:
            return []
        start = self._joined_left(text, start, end)
        if moved[0] < start:
            moved = (start, moved[1])
        glued: list[Mention] = []
        if moved[0] != start:
            if self.valid(text[start:moved[1]]):  # 镇关工委联合镇妇联: the first body is one too
                glued.append(Mention(text[start:moved[1]], "ORG", start, moved[1]))
            start = moved[0]
        own = 1 if start and _OWN_HOST.match(text, start - 1, end) else 2 if _OWN_HOST.match(text, start, end) else 0
        if own and end - start - own >= 3 and self.valid(text[start + own:end]) and text[start + own:end] not in self.generic:
            start += own  # 我局征管科, 本院护理部: the writer's own unit, then the part that acts
        elif own and text[start + own:end] in self.generic and text[end - 1] in "队团":
            return []  # 我校代表队, 本厂男队: the writer's own team stands for the writer
        if not self.valid(text[start:end]) or (text[start] == "第" and _ORDINAL_IN_NAME.sub("", text[start:end], 1) == "工会"):
            return glued  # 第四届工会: the union of a term, no name unless its host is written
        before = text[max(0, start - 4):start]
        # 八个县市区局工会, 各县(市、区)局: the levels listed before the name do not stop the count
        count_window = _BRACKETED_LEVELS.sub("", text[max(0, start - 12):start]).rstrip(_LEVELS)[-4:]
        if _COUNTED.search(count_window) or has_placeholder(before[-2:]) or (before[-1:] in ("全", "我", "本") and text[start] in _LEVELS):
            return []
        joint = _JOINT_LEVELS.search(before)
        if joint and text[start] in _LEVELS:
            start -= len(joint.group(0))
        elif shared_head:  # a name without a head shares none with the item before it (中石油、中石化)
            start -= self._shared_head_item(text, start, end)
        return glued + [Mention(text[start:end], "ORG", start, end)]


@Language.factory("ukg_organisations", default_config={"max_chars": 28})
def make_organisations(nlp: Language, name: str, max_chars: int) -> OrganisationRecogniser:
    return OrganisationRecogniser(max_chars)
