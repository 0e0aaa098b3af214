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

from unionkg.model import AUTHOR, Entity, Extraction
from unionkg.normalize import to_simplified


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


_UNION_END = re.compile(r"(?:工会|工委|分会|工会小组)$")
_GENERIC_HOSTS = ("基层", "上级", "各级", "全体", "各", "全", "本", "我")


def is_relative(name: str, type_: str) -> bool:
    """Whether a name denotes a different thing in every report."""
    if type_ == "PER":
        return bool(_TITLE_ONLY.match(name))
    if type_ == "AWARD":
        return bool(_GENERIC_AWARD.match(name))
    if type_ == "EVENT":
        return bool(_NUMBERED_EVENT.match(name)) or name.startswith(relative_prefixes())
    return name.startswith(relative_prefixes()) or name in abbreviations() or len(name) <= 3


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
        elif (len(longer) == 1 and not _UNION_END.search(name)
              and not longer[0][:-len(name)].startswith(_GENERIC_HOSTS)):
            rename[name] = longer[0]
    return rename


def resolve_document(extraction: Extraction) -> Extraction:
    """Fold aliases inside one report; relations are renamed to match."""
    by_name = {e.name: e for e in extraction.entities}
    rename = _suffix_renames(extraction)
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


class Resolver:
    """Gives every entity of a build its node id, merging across reports."""

    def __init__(self) -> None:
        self._labels: dict[str, str] = {}

    @staticmethod
    def key(name: str) -> str:
        """The form two names must share to be one thing (simplified, no spaces)."""
        return re.sub(r"\s+", "", to_simplified(name))

    def node_id(self, entity: Entity, document_id: str) -> str:
        key = self.key(entity.name)
        if is_relative(key, entity.type):
            return f"{entity.type}:{key}@{document_id}"
        return f"{entity.type}:{key}"

    def resolve(self, extraction: Extraction) -> dict[str, str]:
        """Entity name → node id for one (already document-resolved) extraction."""
        ids: dict[str, str] = {}
        for entity in extraction.entities:
            node = self.node_id(entity, extraction.document.id)
            ids[entity.name] = node
            self._labels.setdefault(node, entity.name)
        if extraction.author and extraction.author not in ids and extraction.author != AUTHOR:
            node = self.node_id(Entity(extraction.author, "ORG"), extraction.document.id)
            ids[extraction.author] = node
            self._labels.setdefault(node, extraction.author)
        return ids

    def label(self, node: str) -> str:
        return self._labels.get(node, node.split(":", 1)[-1].split("@")[0])
