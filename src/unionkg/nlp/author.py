"""``ukg_author``: which union wrote the report.

GUIDELINES.md writes the report's own subject as ``@author`` and asks for its
name where the text gives one.  Evidence, strongest first: a union named in
the title; a union name standing alone as the last line (a signature); the
union that most often opens a sentence as its subject (``公司工会坚持…``),
where a bare ``分工会`` counts for the one named union that ends with it
(``检封分工会``).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from unionkg.nlp.abbreviations import expanded
from unionkg.nlp.doc_extensions import sentences, text_of
from unionkg.nlp.lexicon import alternation, pattern, table, wordset
from unionkg.nlp.one_body import one_outermost
from unionkg.nlp.phrases import has_placeholder

UNION = pattern("author", "union")
_LEAD = pattern("author", "lead")


def clause_start(text: str, start: int, end: int) -> int:
    """Where a clause's subject would start, after numbering and time words."""
    match = _LEAD.match(text, start, end)
    return match.end() if match else start


# a union that opens a sentence by giving or praising is someone else's superior
_GIVES = pattern("author", "gives")


_SUPERIOR = pattern("author", "superior")
_LED_BY = pattern("author", "led_by")
# what a writer calls itself → the host word its own union's name carries
_SELF_HOSTS = {"校": ("学校", "小学", "中学", "校"), "公司": ("公司",), "局": ("局",), "院": ("院",),
               "厂": ("厂",), "所": ("所",), "车间": ("车间",)}


def _stands_for(word: str, union: str) -> bool:
    """Whether ``我校工会`` / ``分工会`` (what a writer calls itself) can be ``union``."""
    if union == word:
        return False
    if word.endswith(("分工会", "工会")) and union.endswith(word.removeprefix("我")):
        return True
    for self_word, hosts in _SELF_HOSTS.items():
        if word.startswith(("我" + self_word, self_word)) and union.endswith(tuple(h + "工会" for h in hosts)):
            return True
    return False


_SELF_REFERENCE = pattern("author", "self_reference")
# a generic host (学校) and the kinds of body a report names it by
_HOST_KINDS = {"学校": ("学校", "小学", "中学", "职校", "大学", "学院"), "医院": ("医院", "卫生院"),
               "公司": ("公司",), "局": ("局",), "厂": ("厂",), "所": ("所",)}
_HEADING = pattern("author", "heading")
_PLACEHOLDER_WRITER = pattern("author", "placeholder_writer")
_SUB_UNIT = pattern("author", "sub_unit")
_CLASS_PREFIX = pattern("author", "class_prefix")
_FIRST_PERSON = pattern("author", "first_person")
_BARE_SUBJECT = pattern("author", "bare_subject")
#: a year's work report (一年来, 全年, 工作总结, numbered sections): its subject is its writer
_SUMMARY = pattern("author", "summary")
_UNION_SUFFIX = re.compile("(?:工会委员会|工會委員會|工会|工會|工委)$")
#: ``2024年度工会工作总结``: a year before 工会 names no union
_ONLY_A_DATE = re.compile(r"[\d〇零一二三四五六七八九]{2,4}年度?|(?:上|下)半年|年度|今年|本年度?")
# 我校工会 → 学校工会: the writer's union as a report of that kind of body calls it
_OWN_UNION = {"校": "学校工会", "公司": "公司工会", "局": "局工会", "院": "院工会", "厂": "厂工会",
              "所": "所工会", "车间": "车间工会"}


class AuthorFinder:
    def __init__(self) -> None:
        self.generic = re.compile(alternation("author_words"))
        self.generic_hosts = wordset("org_generic")

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        unions = [m for m in doc._.mentions or [] if m.type == "ORG" and UNION.search(m.name)]
        title = getattr(doc._, "title", None) or ""
        news = None if (self.heading(text) or self.heading(title)) else news_writer(doc, text)
        if news is not None:  # a news item: the body it speaks as, or that holds its occasion
            author = news or None
            # 本报讯（记者 某）: a newspaper's report of the body holding the occasion
            doc._.by_others = not news or (_PRESS_LEAD.search(text, 0, 200) is not None
                                           and not _SPEAKS_AS_SELF.search(text))
        else:
            author = self.find(doc, text, unions)
            doc._.by_others = reported_by_others(doc, text)
            # a union named as the subject of a text that is no year's report and never
            # speaks as itself (a list, a profile, a feature) may be written about, not writing
            doc._.writer_stated = bool(_SUMMARY.search(text) or self.heading(text) or self.heading(title)
                                       or _SPEAKS_AS_SELF.search(text) or self.bare_subject(text, at_least=1)
                                       or (author is not None and _signed_by(text, author)))
        if doc._.by_others:
            author = None
        if author:
            author = written_in_full(author, {m.name for m in doc._.mentions or [] if m.type == "ORG"})
        doc._.author = author
        if author:
            own_short_forms(doc._.mentions or [], author)
        return doc

    def specific(self, name: str) -> bool:
        """``青山县供电公司工会`` names one union; ``医院工会``, ``XX工会`` name a kind or a blank."""
        host = _UNION_SUFFIX.sub("", name.replace("會", "会"))
        return len(host) >= 2 and host not in self.generic_hosts and not has_placeholder(name) \
            and not _ONLY_A_DATE.fullmatch(host)

    def heading(self, text: str) -> str | None:
        """The union a heading like ``X工会2023年工作总结`` names, if it is a specific one."""
        match = _HEADING.match(text)
        if match is None:
            return None
        # 2024年青山纺织公司工会工作总结, 青山第一中学2024年工会工作总结: the year is no part of the name
        name = _YEAR_IN_HEADING.sub("", match.group("name"))
        return name if self.specific(name) else None

    @staticmethod
    def anonymised(text: str, starts: set[int], within: int = 300) -> str | None:
        """``XX电信工会坚持…`` opens a clause early on: the writer's name was blanked out,
        and the rest of it (``电信工会``, ``分局工会``) is how the text calls the writer."""
        for begin in sorted(s for s in starts if s < within):
            lead = clause_start(text, begin, min(len(text), begin + 40))
            match = _PLACEHOLDER_WRITER.match(text, lead)
            if match:
                return match.group("rest")
        return None

    @staticmethod
    def first_person(text: str, at_least: int = 3) -> bool:
        """The report speaks as 我们 / 本会 / 我会: its writer is a body, though unnamed here."""
        return len(_FIRST_PERSON.findall(text)) >= at_least

    @staticmethod
    def bare_subject(text: str, at_least: int = 3) -> bool:
        """``，工会有针对性地…``: the report calls its writer just 工会, opening clauses."""
        return len(_BARE_SUBJECT.findall(text)) >= at_least

    def named_host(self, text: str, doc: Doc, union: str, within: int = 150) -> str:
        """``学校工会`` of a report that opens by naming its school (``…永隆镇小学我们…``): that school's union.

        Only one body of the host's kind may be named in the opening lines, else the
        generic name stays.
        """
        host = _UNION_SUFFIX.sub("", union)
        if host not in self.generic_hosts:
            return union
        kinds = _HOST_KINDS.get(host, (host,))
        bodies = {m.name for m in doc._.mentions or [] if m.type == "ORG" and m.start < within
                  and m.name.endswith(kinds) and m.name not in self.generic_hosts and not UNION.search(m.name)}
        return bodies.pop() + "工会" if len(bodies) == 1 else union

    def refine(self, best: str, score: Counter, unions) -> str:
        """The longest written form of the chosen union; the union rather than its committee.

        ``教育工会`` beside a single ``县教育工会`` is that one body; ``局工会女工委``
        is the writer only when ``局工会`` itself is not about as often the subject.
        """
        sub = _SUB_UNIT.search(best)
        if sub:
            host = best[:sub.start()]
            if score.get(host, 0) * 2 >= score[best]:
                best = host
        longer = {m.name for m in unions if longer_form(m.name, best) and self.specific(m.name)}
        return longer.pop() if len(longer) == 1 else best

    @staticmethod
    def _self_host(text: str, at_least: int = 2) -> str | None:
        """What the writer calls itself most (我校 → 校), if it does so ``at_least`` times."""
        counts = Counter(m.group(1) for m in _SELF_REFERENCE.finditer(text))
        if not counts:
            return None
        host, count = counts.most_common(1)[0]
        return host if count >= at_least else None

    def find(self, doc: Doc, text: str, unions) -> str | None:
        title = getattr(doc._, "title", None) or ""
        named = self.heading(text) or self.heading(title)
        if named:
            return named
        lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
        if lines and len(lines[-1]) <= 24:
            for m in unions:
                if lines[-1] == m.name or (lines[-1].startswith(m.name) and len(lines[-1]) - len(m.name) <= 12):
                    return m.name
        score: Counter[str] = Counter()
        sentence_starts = {start for start, _ in sentences(doc)}
        clause_starts = {i + 1 for i, ch in enumerate(text) if ch in "，,"} - sentence_starts
        first_seen: dict[str, int] = {}
        superiors: set[int] = set()
        listed = _listed_names(text, doc._.mentions or [])
        unions = [m for m in unions if m.start not in listed]  # a names-only line lists winners, not a writer
        for m in unions:
            first_seen.setdefault(m.name, m.start)
            if _SUPERIOR.search(text, max(0, m.start - 3), m.start) or _LED_BY.match(text, m.end):
                superiors.add(m.start)
                continue  # 在县教育工会的领导下: the writer's superior, not the writer
            score[m.name] += 1
            if m.name in title:  # scraped titles are often a template's: evidence, not proof
                score[m.name] += 2
        unions = [m for m in unions if m.start not in superiors]
        for begin in sentence_starts:
            lead = clause_start(text, begin, min(len(text), begin + 40))
            for m in unions:
                if m.start == lead and not _GIVES.match(text, m.end):
                    score[m.name] += 3
            generic = self.generic.match(text, lead)
            if generic and not any(m.start == lead for m in unions):
                word = generic.group(0)
                owners = sorted({m.name for m in unions if _stands_for(word, m.name)},
                                key=lambda n: (-score[n], first_seen[n]))
                if owners:
                    score[owners[0]] += 2
        for begin in clause_starts:
            lead = clause_start(text, begin, min(len(text), begin + 40))
            for m in unions:
                if m.start == lead and not _GIVES.match(text, m.end) and not _LED_BY.match(text, m.end):
                    score[m.name] += 2
        host = self._self_host(text)
        if host:
            # 我校 / 我公司 throughout: the writer is that kind of body's union
            hosts = _SELF_HOSTS[host]
            fitting = [n for n in score if n.endswith(tuple(h + "工会" for h in hosts))]
            for name in fitting:
                score[name] += 2
            if not fitting:
                bodies = Counter(m.name for m in doc._.mentions or []
                                 if m.type == "ORG" and m.name.endswith(hosts) and len(m.name) > 2)
                if bodies and max(bodies.values()) >= 2:
                    body = max(bodies.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
                    return body + "工会"
        best = max(score.items(), key=lambda kv: (kv[1], -first_seen[kv[0]])) if score else None
        if best is not None:
            best = (self.named_host(text, doc, self.refine(best[0], score, unions)), best[1])
        blanked = self.anonymised(text, sentence_starts | clause_starts)
        if blanked in score:
            return blanked
        # one mention at the start of one sentence is not yet a writer: it may be a giver
        if best is not None and best[1] >= 4:
            return best[0]
        # the writer only says 我校 / 我局: its union, named as the text's own words would
        own = self._self_host(text, at_least=1)
        if own is not None:
            return _OWN_UNION[own]
        if best is not None and best[1] >= 3:
            return best[0]
        # a report in the first person that names one union, never as a superior: that union
        return best[0] if len(score) == 1 and (self.first_person(text) or self.bare_subject(text)) else None


def _signed_by(text: str, name: str) -> bool:
    """The report ends with its writer's name (a signature, maybe dated)."""
    last = text.strip().rsplit("\n", 1)[-1].strip()
    return last.startswith(name) and len(last) - len(name) <= 12


def _listed_names(text: str, mentions) -> set[int]:
    """Where the names of lines that hold only names (two or more) start."""
    from unionkg.nlp.relations.enumerations import holds_only_names  # relations build on this component

    by_line: dict[int, list] = {}
    for m in mentions:
        by_line.setdefault(text.rfind("\n", 0, m.start) + 1, []).append(m)
    listed: set[int] = set()
    for start, line in by_line.items():
        end = text.find("\n", start)
        line = sorted(line, key=lambda m: m.start)
        if len(line) >= 2 and holds_only_names(text, (start, len(text) if end < 0 else end), line):
            listed.update(m.start for m in line)
    return listed


def longer_form(long: str, short: str) -> bool:
    """``桐溪县总工会`` is ``县总工会`` written out; ``分局工会``, ``基层公司工会`` are other bodies."""
    if long == short or not long.endswith(short):
        return False
    extra = long[:-len(short)]
    return not extra.endswith("分") and not _CLASS_PREFIX.match(extra)


def written_in_full(author: str, names: set[str]) -> str:
    """``教师工会`` heading the news of ``高雄市教师职业工会``, ``市总工会`` of ``青山市总工会``:
    the writer by the one longer name the report gives it (GUIDELINES: the longest form)."""
    if author in names or len(author) < 3:
        return author
    fits = [n for n in names if longer_form(n, author)]
    return one_outermost(fits) or expanded(author, names) or author


def own_short_forms(mentions, author: str) -> None:
    """``所工会``, ``县总工会`` where the writer is ``北辰研究所工会``, ``桐溪县总工会``: the writer's
    union by its short form takes the writer's name, so its relations are the writer's."""
    kinds = _writer_kinds()
    for m in mentions:
        if m.type == "ORG" and UNION.search(m.name) and (
                longer_form(author, m.name) or author.endswith(kinds.get(m.name, ()))):
            m.name = author


@lru_cache(maxsize=1)
def _writer_kinds() -> dict[str, tuple[str, ...]]:
    """``学校工会`` in a report by ``青山路小学工会``: a short form that names the writer's kind."""
    return {short: tuple(f"{e}工会" for e in endings.split()) for short, endings in table("writer_kinds").items()}


if not Doc.has_extension("title"):
    Doc.set_extension("title", default=None)


@Language.factory("ukg_author")
def make_author(nlp: Language, name: str) -> AuthorFinder:
    return AuthorFinder()


_WRITER_ACTS = pattern("author", "writer_acts")
_SPEAKS_AS_SELF = pattern("author", "speaks_as_self")
_PRESS_LEAD = pattern("author", "press_lead")
_YEAR_IN_HEADING = pattern("author", "year_in_heading")


def reported_by_others(doc: Doc, text: str) -> bool:
    """A news item about an occasion that no named body reports as its own.

    Press reports of a contest or a congress (``百色市首届技能竞赛圆满落幕``)
    name unions all along, but none of them is the writer: the text never
    speaks as itself (我们, 我校, 本会) and its opening does not have a body
    hold the occasion (``X工会召开…``, a title ``X工会年度表彰大会``).  Such
    a report's writer is left unnamed (GUIDELINES: ``author`` null).
    """
    from unionkg.nlp.relations.context import (
        DocContext,  # relations build on this component
    )
    from unionkg.nlp.relations.focus import focal_events, opening_sentences

    if _SPEAKS_AS_SELF.search(text):
        return False
    ctx = DocContext.of(doc)
    if not focal_events(ctx):
        return False
    line_end = text.find("\n")
    opening = [(0, len(text) if line_end < 0 else line_end)] + opening_sentences(ctx, 1)
    for start, end in opening:
        events = {m.start for m in ctx.within(start, end, "EVENT")}
        for org in ctx.within(start, end, "ORG"):
            if _WRITER_ACTS.match(text, org.end, end) or (start == 0 and org.start in events and
                                                        org.start == clause_start(text, start, end)):
                return False
    return True


#: what a news item calls its own body (我所, 我校) → the kinds of name that body has
_SELF_BODY = pattern("author", "self_body")
_PLACE_ONLY = re.compile("[\u4e00-\u9fff]{1,8}(?:省|市|县|区|镇|乡|街道|自治区|特别行政区)")
#: what follows a host's name in its own union's name (高职学院 + 分工会)
HOST_UNION = re.compile("(?:分工会|工会|工会委员会|分會|工會)")
_SELF_BODY_KINDS = {"校": ("学校", "小学", "中学", "大学", "学院", "职校"), "院": ("院",), "所": ("所",),
                    "局": ("局",), "厂": ("厂",), "公司": ("公司",), "行": ("行",), "中心": ("中心",)}


_PEER_GAP = re.compile("、")


def news_writer(doc: Doc, text: str) -> str | None:
    """The writer of a news item (``""`` when it is a report by others); None if no news.

    A news item is a text about one occasion (``focus.py``).  Its writer is
    the body that holds that occasion in the opening (``X工会召开…``,
    ``中国银行某分行隆重召开…``), a union first when several do; else the
    body it calls its own (``我所第四届职代会隆重召开`` in a report whose
    institute is named ``东北地理所``); a news item that does neither is
    someone else's report of the occasion (GUIDELINES: ``author`` null).
    ``本会`` / ``我们`` with no body holding the occasion leaves the writer
    to the year-summary evidence (``find``).
    """
    from unionkg.nlp.relations.context import (
        DocContext,  # relations build on this component
    )
    from unionkg.nlp.relations.focus import focal_events, opening_sentences

    ctx = DocContext.of(doc)
    if not focal_events(ctx):
        return None
    line_end = text.find("\n")
    opening = [(0, len(text) if line_end < 0 else line_end)] + opening_sentences(ctx, 1)
    holders: list[str] = []
    for start, end in opening:
        events = {m.start for m in ctx.within(start, end, "EVENT")}
        for org in ctx.within(start, end, "ORG"):
            if _PLACE_ONLY.fullmatch(org.name):
                continue  # 青山市举办…: a place acting for its government writes no news
            if _WRITER_ACTS.match(text, org.end, end) or (start == 0 and org.start in events and
                                                        org.start == clause_start(text, start, end)):
                holders.append(org.name)
    if holders:
        unions = [name for name in holders if UNION.search(name)]
        if unions:
            return unions[0]
        # 高职学院第三届教代会召开 … 高职学院分工会: the host's own union, when the report names it
        own_union = [m.name for m in ctx.mentions if m.type == "ORG" and m.name.startswith(holders[0])
                     and UNION.search(m.name) and HOST_UNION.fullmatch(m.name, len(holders[0]))]
        return own_union[0] if own_union else holders[0]
    own = _SELF_BODY.search(text)
    if own is not None:
        kinds = _SELF_BODY_KINDS.get(own.group(1), ())
        of_kind = [m for m in ctx.mentions if m.type == "ORG" and len(m.name) > 2
                   and m.name.endswith(kinds) and not UNION.search(m.name)]
        # 长春光机所、长春应化所…应邀参加: peers listed together are guests, not the body that says 我所
        peers = {m.name for m in of_kind if _PEER_GAP.match(text, m.end) or _PEER_GAP.match(text, m.start - 1)}
        bodies = Counter(m.name for m in of_kind if m.name not in peers) or Counter(m.name for m in of_kind)
        if bodies:
            return max(bodies.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
    if _SPEAKS_AS_SELF.search(text):
        return None
    return ""
