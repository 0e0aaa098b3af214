"""A year's report's writer: the union that most often opens its sentences.

A union named alone as the last line (a signature) is the writer; else each
union scores as it opens sentences and clauses as their subject
(``公司工会坚持…``), where what the writer calls itself (``我校工会``,
``分工会``) counts for the one named union it can be.  A union that gives or
guides (``在县教育工会的领导下``) is the writer's superior, and a line that
lists only names lists winners, not a writer.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc

from unionkg.nlp.doc_extensions import sentences
from unionkg.nlp.lexicon import alternation, pattern, wordset
from unionkg.nlp.union_names import before_union_word, is_union_or_committee
from unionkg.nlp.writer.clause_lead import clause_start
from unionkg.nlp.writer.heading import heading, specific
from unionkg.nlp.writer.short_forms import longer_form

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
_PLACEHOLDER_WRITER = pattern("author", "placeholder_writer")
_SUB_UNIT = pattern("author", "sub_unit")
_FIRST_PERSON = pattern("author", "first_person")
_BARE_SUBJECT = pattern("author", "bare_subject")
# 我校工会 → 学校工会: the writer's union as a report of that kind of body calls it
_OWN_UNION = {"校": "学校工会", "公司": "公司工会", "局": "局工会", "院": "院工会", "厂": "厂工会",
              "所": "所工会", "车间": "车间工会"}


#: a year's work report (一年来, 全年, 工作总结, numbered sections): its subject is its writer
_SUMMARY = pattern("author", "summary")


@lru_cache(maxsize=1)
def _generic() -> re.Pattern[str]:
    """What a writer calls itself (我校工会, 分工会): ``data/author_words.txt``."""
    return re.compile(alternation("author_words"))


def reads_as_summary(text: str) -> bool:
    """一年来, 全年, 工作总结, numbered sections: a year's report, written by its subject."""
    return _SUMMARY.search(text) is not None


def anonymised(text: str, starts: set[int], within: int = 300) -> str | None:
    """``XX电信工会坚持…`` opens a clause early on: the writer's name was blanked out,
    and the rest of it (``电信工会``, ``分局工会``) is how the text calls the writer."""
    for begin in sorted(s for s in starts if s < within):
        lead = clause_start(text, begin, min(len(text), begin + 40))
        match = _PLACEHOLDER_WRITER.match(text, lead)
        if match:
            return match.group("rest")
    return None

def first_person(text: str, at_least: int = 3) -> bool:
    """The report speaks as 我们 / 本会 / 我会: its writer is a body, though unnamed here."""
    return len(_FIRST_PERSON.findall(text)) >= at_least

def bare_subject(text: str, at_least: int = 3) -> bool:
    """``，工会有针对性地…``: the report calls its writer just 工会, opening clauses."""
    return len(_BARE_SUBJECT.findall(text)) >= at_least

def named_host(text: str, doc: Doc, union: str, within: int = 150) -> str:
    """``学校工会`` of a report that opens by naming its school (``…永隆镇小学我们…``): that school's union.

    Only one body of the host's kind may be named in the opening lines, else the
    generic name stays.
    """
    host = before_union_word(union)
    if host not in wordset("org_generic"):
        return union
    kinds = _HOST_KINDS.get(host, (host,))
    bodies = {m.name for m in doc._.mentions or [] if m.type == "ORG" and m.start < within
              and m.name.endswith(kinds) and m.name not in wordset("org_generic") and not is_union_or_committee(m.name)}
    return bodies.pop() + "工会" if len(bodies) == 1 else union

def refine(best: str, score: Counter, unions) -> str:
    """The longest written form of the chosen union; the union rather than its committee.

    ``教育工会`` beside a single ``县教育工会`` is that one body; ``局工会女工委``
    is the writer only when ``局工会`` itself is not about as often the subject.
    """
    sub = _SUB_UNIT.search(best)
    if sub:
        host = best[:sub.start()]
        if score.get(host, 0) * 2 >= score[best]:
            best = host
    longer = {m.name for m in unions if longer_form(m.name, best) and specific(m.name)}
    return longer.pop() if len(longer) == 1 else best

def _self_host(text: str, at_least: int = 2) -> str | None:
    """What the writer calls itself most (我校 → 校), if it does so ``at_least`` times."""
    counts = Counter(m.group(1) for m in _SELF_REFERENCE.finditer(text))
    if not counts:
        return None
    host, count = counts.most_common(1)[0]
    return host if count >= at_least else None

def find(doc: Doc, text: str, unions) -> str | None:
    title = getattr(doc._, "title", None) or ""
    named = heading(text) or heading(title)
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
        generic = _generic().match(text, lead)
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
    host = _self_host(text)
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
        best = (named_host(text, doc, refine(best[0], score, unions)), best[1])
    blanked = anonymised(text, sentence_starts | clause_starts)
    if blanked in score:
        return blanked
    # one mention at the start of one sentence is not yet a writer: it may be a giver
    if best is not None and best[1] >= 4:
        return best[0]
    # the writer only says 我校 / 我局: its union, named as the text's own words would
    own = _self_host(text, at_least=1)
    if own is not None:
        return _OWN_UNION[own]
    if best is not None and best[1] >= 3:
        return best[0]
    # a report in the first person that names one union, never as a superior: that union
    return best[0] if len(score) == 1 and (first_person(text) or bare_subject(text)) else None



def signed_by(text: str, name: str) -> bool:
    """The report ends with its writer's name (a signature, maybe dated)."""
    last = text.strip().rsplit("\n", 1)[-1].strip()
    return last.startswith(name) and len(last) - len(name) <= 12


def _listed_names(text: str, mentions) -> set[int]:
    """Where the names of lines that hold only names (two or more) start."""
    from unionkg.nlp.relations.enumerations import (
        holds_only_names,  # relations build on this component
    )

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


