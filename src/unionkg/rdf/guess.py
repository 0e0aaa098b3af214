"""Small guesses the RDF stage makes from names: event kind, award level, year, post title.

The keyword lists are data (``kinds.tsv`` beside this module).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib.resources import files

from unionkg.rdf.namespace import UKG

_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_TITLE = re.compile(
    r"^(?:常务|专职|兼职)?(?:副|代|名誉)?(?:主席|校长|书记|院长|经理|局长|主任|委员|厂长|所长|科长|部长|处长|"
    r"组长|队长|会长|秘书长|总经理|董事长|干事|理事|馆长|园长|站长|行长|社长|教师|老师|工程师|会计)$")
_UNION_SUFFIXES = ("工会", "分会", "工委", "工会委员会", "女工委员会", "工会小组", "工会联合会")


@lru_cache(maxsize=1)
def _table() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    table: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    text = files("unionkg.rdf").joinpath("kinds.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        scheme, concept, words = line.split("\t")[:3]
        table.setdefault(scheme, []).append((concept, tuple(w for w in words.split("|") if w)))
    return table


def event_kind(name: str):
    """The ukg:EventKind concept guessed from an event's name (first matching row wins)."""
    for concept, words in _table()["event"]:
        if any(name.endswith(w[1:]) if w.startswith("$") else w in name for w in words):
            return UKG[concept]
    return UKG.Campaign


def stated_level(text: str):
    """The ukg:AwardLevel concept a name states in its first characters
    (全国五一劳动奖章, 省总工会), or ``None``."""
    head = text[:4]
    for concept, words in _table()["level"]:
        if any(head.startswith(w) or (len(w) == 1 and w in head) for w in words):
            return UKG[concept]
    return None


def award_level(name: str, conferrers: list[str] = ()):
    """The ukg:AwardLevel concept of one conferral: from the award's prefix, else
    from who confers it, else ``ukg:UnitLevel``."""
    for text in (name, *conferrers):
        level = stated_level(text)
        if level is not None:
            return level
    return UKG.UnitLevel


@lru_cache(maxsize=1)
def _level_labels() -> dict[str, str]:
    text = files("unionkg.rdf").joinpath("kinds.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.startswith("level\t")]
    return {str(UKG[row[1]]): row[3].strip() for row in rows if len(row) > 3}


def level_label(concept) -> str:
    """全国 / 省 / 市 / 县 / 单位 for a ukg:AwardLevel concept."""
    return _level_labels().get(str(concept), "")


def year(*texts: str | None) -> str | None:
    """The first four-digit year (``2019年``) in the texts, in order."""
    for text in texts:
        if text:
            m = _YEAR.search(text)
            if m:
                return unicodedata.normalize("NFKC", m.group(1))  # ２０１９ as written
    return None


def is_trade_union(name: str) -> bool:
    return name.endswith(_UNION_SUFFIXES)


def post_title(sentence: str, person: str, org: str) -> str | None:
    """The title between an organisation and a person (``红星小学工会主席李红梅`` → ``主席``)."""
    if not sentence or not person or not org:
        return None
    p = sentence.find(person)
    while p != -1:
        o = sentence.rfind(org, 0, p)
        if o != -1:
            title = sentence[o + len(org):p].strip()
            if _TITLE.match(title):
                return title
        # 李红梅主席 / 李红梅同志任红星小学工会主席
        after = sentence[p + len(person):]
        m = re.match(r"(?:同志)?(?:任|担任)?" + re.escape(org) + r"(\S{1,6}?)(?:[，。、,;；]|$)", after)
        if m and _TITLE.match(m.group(1)):
            return m.group(1)
        p = sentence.find(person, p + 1)
    return None
