"""One node per real thing.

Two levels:

* ``resolve_document`` works inside one report: abbreviations become aliases
  of their full form (``市总`` → ``市总工会``), a name that only appears inside
  a longer name of the same type folds into it, and a surname + title
  (``郭校长``) folds into the full name it stands for when the report ties them.
* ``Resolver`` works across a build: names that mean the same thing everywhere
  get one node; relative names (``局工会``, ``公司工会``, ``第三届三次教代会``,
  ``一等奖``) are scoped to their report because they denote a different body
  in every report.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

from unionkg.corpus.placeholders import has_placeholder
from unionkg.model import AUTHOR, Entity, Extraction
from unionkg.normalize import to_simplified
from unionkg.nlp.union_names import is_union_or_group


def _data_lines(name: str) -> list[str]:
    text = files("unionkg").joinpath("data", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Short form → full form, from ``data/aliases.tsv``."""
    table = {}
    for line in _data_lines("aliases.tsv"):
        short, full = line.split("\t")[:2]
        table[short.strip()] = full.strip()
    return table


@lru_cache(maxsize=1)
def relative_prefixes() -> tuple[str, ...]:
    return tuple(sorted((line.strip() for line in _data_lines("relative_prefixes.txt")),
                        key=len, reverse=True))


# placings and generic prizes mean nothing outside the report that gives them
_GENERIC_AWARD = re.compile(
    r"^(?:[一二三四五六七八九十特优]+等奖|[金银铜]奖|冠军|亚军|季军|第[一二三四五六七八九十\d]+名"
    r"|优秀组织奖|组织奖|优胜奖|鼓励奖|纪念奖|先进单位|先进集体|先进个人)$")
_NUMBERED_EVENT = re.compile(r"^(?:第?[一二三四五六七八九十\d]+届)?[一二三四五六七八九十\d]+次")
_TITLE_ONLY = re.compile(r"^.(?:校长|主席|书记|院长|经理|局长|主任|老师|师傅|厂长|所长|科长|部长|处长|委员)$")
_NUMERALS = re.compile(r"第?[一二三四五六七八九十百零〇两\d]+(?:届|次|名|位|期|号|队|组|部|分|科|车间)?")
_YEAR = re.compile(r"^(?:(?:19|20)?\d{2}|[一二三四五六七八九〇零]{2,4})\s*年度?")
_QUOTED = re.compile(r"[“\"「『《〈]([^”\"」』》〉]{2,})[”\"」』》〉]")
_CUP = re.compile(r"([\u4e00-\u9fff]{2,})杯")
_PLACE = re.compile(r"^([\u4e00-\u9fff]{2,5}?)[省市县区镇乡]")
_CJK = re.compile(r"[\u3400-\u9fff]")


_GENERIC_HOSTS = ("基层", "上级", "各级", "全体", "各", "全", "本", "我")


@lru_cache(maxsize=1)
def _parts() -> dict[str, tuple[str, ...]]:
    """Generic name parts: ``data/name_parts.toml`` and the language stage's lexicons."""
    import tomllib

    from unionkg.nlp.lexicon import words

    data = tomllib.loads(files("unionkg").joinpath("data", "name_parts.toml").read_text(encoding="utf-8"))

    def longest(*lists) -> tuple[str, ...]:
        return tuple(sorted({w for ws in lists for w in ws if w}, key=lambda w: (-len(w), w)))

    return {
        "national": longest(data["national"]),
        "org_heads": longest(words("org_heads"), words("org_units"), words("org_generic"),
                             words("org_function_heads")),
        "org_parts": longest(data["org_generic_parts"], words("sectors"), words("org_descriptive"),
                             words("people_groups")),
        "levels": longest(data["level_words"], relative_prefixes()),
        "occasions": longest(data["occasions"]),
        "event_parts": longest(words("event_generic_qualifiers"), words("event_generic"),
                               words("event_heads"), data["occasions"]),
        "placings": longest(data["award_placings"]),
        "award_qualifiers": longest(data["award_qualifiers"]),
    }


def _strip_start(text: str, prefixes: tuple[str, ...]) -> str:
    changed = True
    while changed and text:
        changed = False
        for p in prefixes:
            if text.startswith(p):
                text, changed = text[len(p):], True
                break
    return text


def _strip_end(text: str, suffixes: tuple[str, ...]) -> str:
    changed = True
    while changed and text:
        changed = False
        for p in suffixes:
            if text.endswith(p):
                text, changed = text[: -len(p)], True
                break
    return text


def _remove(text: str, parts: tuple[str, ...]) -> str:
    for p in parts:
        text = text.replace(p, "")
    return text


def _org_core(key: str) -> str:
    """What is left of an organisation's name without its heads, levels and trades."""
    parts = _parts()
    core = _strip_end(key, parts["org_heads"])
    core = _strip_start(core, parts["levels"])
    core = _NUMERALS.sub("", _remove(core, parts["org_parts"]))
    core = _strip_end(_strip_start(core, parts["levels"]), parts["org_heads"])
    return core


@lru_cache(maxsize=65536)
def is_specific(name: str, type_: str) -> bool:
    """Whether a name denotes the same thing in every report that writes it.

    Generic-ness is read from the lexicons, not from example names: an
    organisation is specific when something is left after its heads (工会,
    公司, 部, 车队), level words (市, 全县, 本) and trades (教育, 电力, 人力资源)
    are taken away (红星小学工会 → 红星; 人力资源部 → nothing); an event when it
    has a name of its own (“检封杯”, 检封杯), a place (金坛市首届…) or is national;
    an award unless it is a placing (团体第二名, 一等奖).  Anonymised names
    (XX公司) are never specific.
    """
    key = Resolver.key(name)
    if has_placeholder(key):
        return False
    if type_ == "PER":
        return not _TITLE_ONLY.match(key)
    parts = _parts()
    if type_ == "AWARD":
        if _GENERIC_AWARD.match(key):
            return False
        core = _strip_start(key, parts["levels"])
        core = _strip_start(_strip_start(core, parts["award_qualifiers"]), parts["levels"])
        if core in parts["placings"] or _GENERIC_AWARD.match(core):
            return False
        core = _NUMERALS.sub("", core)
        return bool(core) and core not in parts["placings"] and not key.startswith(relative_prefixes())
    if key.startswith(parts["national"]):
        return True
    if type_ == "EVENT":
        body = _YEAR.sub("", key)
        named = [q for q in _QUOTED.findall(body) + _CUP.findall(body)
                 if _remove(q, parts["event_parts"]).strip() and not has_placeholder(q)]
        if named:
            return True
        place = _PLACE.match(body)
        return bool(place) and not place.group(1).startswith(parts["levels"]) \
            and len(_CJK.findall(_remove(place.group(1), parts["org_parts"]))) >= 2
    # organisations
    if key in abbreviations() or len(key) <= 3:
        return False
    return len(_CJK.findall(_org_core(key))) >= 2


def is_relative(name: str, type_: str) -> bool:
    """Whether a name denotes a different thing in every report (not :func:`is_specific`)."""
    return not is_specific(name, type_)


def _abbreviation_renames(extraction: Extraction, by_name: dict[str, Entity]) -> dict[str, str]:
    """市总 → 市总工会 when the report also writes the full form."""
    rename = {}
    for ent in extraction.entities:
        full = abbreviations().get(ent.name)
        if full and full in by_name and by_name[full].type == ent.type:
            rename[ent.name] = full
    return rename


def _title_renames(extraction: Extraction) -> dict[str, str]:
    """王主席 → 王建国 when the report also writes 主席王建国 (or 王建国主席) and no other 王."""
    rename = {}
    text = extraction.document.text
    people = [e.name for e in extraction.entities if e.type == "PER"]
    for name in people:
        if not _TITLE_ONLY.match(name):
            continue
        surname, title = name[0], name[1:]
        full = [p for p in people if p != name and p.startswith(surname) and not _TITLE_ONLY.match(p)]
        if len(full) == 1 and (title + full[0] in text or full[0] + title in text):
            rename[name] = full[0]
    return rename


def _suffix_renames(extraction: Extraction) -> dict[str, str]:
    """局工委 in a report by 建设局工委 is the writer under a shorter name; likewise
    自来水公司 beside 金坛市自来水公司: keep the longest form the report uses."""
    rename = {}
    writer = extraction.author
    orgs = [e.name for e in extraction.entities if e.type == "ORG"]
    for name in orgs:
        if len(name) < 3:
            continue
        longer = [o for o in orgs if o != name and o.endswith(name) and not o[:-len(name)].endswith(("分", "总"))]
        if writer and writer in longer:
            rename[name] = writer
        elif (len(longer) == 1 and not is_union_or_group(name)
              and not longer[0][:-len(name)].startswith(_GENERIC_HOSTS)):
            rename[name] = longer[0]
    return rename


# what an event's or honour's longest form adds before its shorter one: a host, a year,
# a place or a level (台湾石油工会114年 + 模范劳工表扬大会, 湖南省 + 五一劳动奖章)
_QUALIFYING_PREFIX = re.compile(r"^[\u4e00-\u9fff\d]{0,12}?(?:\d{2,4}年度?|省|市|县|区|级|工会|全国|全省|全市)$")


def _qualified_renames(extraction: Extraction) -> dict[str, str]:
    """``模范劳工表扬大会`` beside ``台湾石油工会114年模范劳工表扬大会``, ``五一劳动奖章`` beside
    ``湖南省五一劳动奖章``: one event or honour written shorter later in the report
    (GUIDELINES: the longest form the document uses).  Only when one longer form
    exists and, for an honour, what it adds is a year, a named place or a level (an
    event's longer form may add any host)."""
    rename = {}
    for type_, shortest in (("EVENT", 5), ("AWARD", 4)):
        names = [e.name for e in extraction.entities if e.type == type_]
        for name in names:
            if len(name) < shortest:
                continue
            # a bare level (省模范职工之家 beside 模范职工之家) names another honour; a named place does not
            longer = [o for o in names if o != name and o.endswith(name) and (
                type_ == "EVENT" or (_QUALIFYING_PREFIX.match(o[:-len(name)]) and len(o) - len(name) >= 3))]
            if len(longer) == 1:
                rename[name] = longer[0]
    return rename


def resolve_document(extraction: Extraction) -> Extraction:
    """Fold aliases inside one report; relations are renamed to match."""
    by_name = {e.name: e for e in extraction.entities}
    rename = _suffix_renames(extraction)
    rename.update(_qualified_renames(extraction))
    rename.update(_title_renames(extraction))
    rename.update(_abbreviation_renames(extraction, by_name))
    # follow chains (a → b → c) so nothing is renamed to a name that is itself folded away
    for short in list(rename):
        seen = {short}
        while rename[short] in rename and rename[short] not in seen:
            seen.add(rename[short])
            rename[short] = rename[rename[short]]
    if not rename:
        return extraction
    kept: list[Entity] = []
    for ent in extraction.entities:
        target = rename.get(ent.name)
        if target is None or target not in by_name:
            kept.append(ent)
            continue
        main = by_name[target]
        main.aliases |= ent.aliases | {ent.name}
        main.evidence.extend(ent.evidence)
    relations = []
    seen_keys = set()
    for rel in extraction.relations:
        rel.head = rename.get(rel.head, rel.head)
        rel.tail = rename.get(rel.tail, rel.tail)
        key = (rel.head, rel.type, rel.tail)
        if key in seen_keys or rel.head == rel.tail:
            continue
        seen_keys.add(key)
        relations.append(rel)
    extraction.entities = kept
    extraction.relations = relations
    if extraction.author in rename:
        extraction.author = rename[extraction.author]
    return extraction


#: which relation ties a generic name of a type to the one named thing it belongs to:
#: type → (relation, the generic name is its head?)  人力资源部 SUBORDINATE_OF 晨风集团,
#: 晨风集团工会 ORGANIZED 迎新春联欢会, 团体第二名 AWARDED_BY 第三届“检封杯”比赛
_TIES: dict[str, tuple[str, bool]] = {
    "ORG": ("SUBORDINATE_OF", True),
    "EVENT": ("ORGANIZED", False),
    "AWARD": ("AWARDED_BY", True),
}


class Resolver:
    """Gives every entity of a build its node id, merging across reports.

    A specific name (:func:`is_specific`) is one node everywhere.  A generic
    one is scoped: to the one specific body or event the report ties it to
    (``EVENT:迎新春联欢会@ORG:晨风集团工会``), so reports about the same body
    share it, else to its report (``ORG:公司工会@r1``).
    """

    def __init__(self) -> None:
        self._labels: dict[str, str] = {}

    @staticmethod
    def key(name: str) -> str:
        """The form two names must share to be one thing (simplified, no spaces)."""
        return re.sub(r"\s+", "", to_simplified(name))

    def node_id(self, entity: Entity, document_id: str) -> str:
        """The id of an entity taken alone (no ties): shared if specific, else per report."""
        key = self.key(entity.name)
        if is_relative(key, entity.type):
            return f"{entity.type}:{key}@{document_id}"
        return f"{entity.type}:{key}"

    def resolve(self, extraction: Extraction) -> dict[str, str]:
        """Entity name → node id for one (already document-resolved) extraction."""
        doc_id = extraction.document.id
        entities = list(extraction.entities)
        names = {e.name for e in entities}
        if extraction.author and extraction.author not in names and extraction.author != AUTHOR:
            entities.append(Entity(extraction.author, "ORG"))
        ids: dict[str, str] = {}
        generic: list[Entity] = []
        specific_orgs = [e.name for e in entities if e.type == "ORG" and is_specific(e.name, "ORG")]
        for entity in entities:
            key = self.key(entity.name)
            # an event named after a specific body of its report (红星小学第三届运动会) is that body's
            tied_by_name = entity.type == "EVENT" and any(o in entity.name for o in specific_orgs)
            if is_specific(key, entity.type) or tied_by_name:
                ids[entity.name] = f"{entity.type}:{key}"
            else:
                generic.append(entity)
        for type_ in ("ORG", "EVENT", "AWARD", "PER"):
            for entity in (e for e in generic if e.type == type_):
                key = self.key(entity.name)
                anchor = self._anchor(entity, extraction, ids)
                ids[entity.name] = f"{entity.type}:{key}@{anchor or doc_id}"
        for entity in entities:
            self._labels.setdefault(ids[entity.name], entity.name)
        return ids

    @staticmethod
    def _anchor(entity: Entity, extraction: Extraction, ids: dict[str, str]) -> str | None:
        """The node id of the one shared (not report-scoped) thing the report ties
        ``entity`` to, or ``None``."""
        tie = _TIES.get(entity.type)
        if tie is None:
            return None
        relation, generic_is_head = tie
        found = set()
        for rel in extraction.relations:
            if rel.type != relation:
                continue
            head = extraction.author if rel.head == AUTHOR else rel.head
            tail = extraction.author if rel.tail == AUTHOR else rel.tail
            mine, other = (head, tail) if generic_is_head else (tail, head)
            if mine == entity.name and other in ids and "@" not in ids[other]:
                found.add(ids[other])
        return found.pop() if len(found) == 1 else None

    def label(self, node: str) -> str:
        return self._labels.get(node, node.split(":", 1)[-1].split("@")[0])
