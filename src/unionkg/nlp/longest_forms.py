"""``ukg_longest_forms``: a body written short takes the longest form its report uses.

GUIDELINES.md names a thing by the longest specific form the document uses
(``金坛市园林管理处`` rather than ``园林管理处`` when both occur).  Two cases:

* a name that is the end of exactly one longer name of the report
  (``市总工会`` after ``青山市总工会``) is that body written short;
* news of a company or a bank calls it by its kind after naming it once
  (``集团公司领导刘某`` in a report on ``中国某某重工集团``): such a bare kind
  (``data/bare_bodies.tsv``) is the one body of that kind named in full.

A name abbreviated (``市人社局``, ``武汉局集团公司``) is the one body it
shortens (``abbreviations.py``).  Longer names are looked for among all candidates, also those inside an
event's name.  When none or more than one fits, the name stays as written.
The surface form stays an alias.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from unionkg.model import Mention
from unionkg.nlp.abbreviations import expanded
from unionkg.nlp.lexicon import table
from unionkg.nlp.one_body import one_outermost
from unionkg.nlp.writer.short_forms import longer_form


@lru_cache(maxsize=1)
def bare_kinds() -> dict[str, tuple[str, ...]]:
    """``data/bare_bodies.tsv``: a kind named bare → the endings of the names it stands for."""
    return {short: tuple(endings.split()) for short, endings in table("bare_bodies").items()}


def full_body(bare: str, names: set[str]) -> str | None:
    """The one body named in full whose name ends like ``bare``'s kind, else None."""
    kinds = bare_kinds()
    endings = kinds.get(bare)
    if endings is None:
        return None
    fits = [n for n in names if n.endswith(endings) and n not in kinds and len(n) > len(bare)]
    # 铁建重工集团 and 中国铁建重工集团 are one body: keep the names no other one extends
    return one_outermost(fits)


#: shorter names are too often a kind of body (纪委, 车间), not this body written short
_MIN_SHORT = 3


def written_out(short: str, names: set[str]) -> str | None:
    """The one longer name of the report that is ``short`` written out (``市总工会`` →
    ``青山市总工会``; not ``分局工会`` → ``某某分局工会``, a class, see ``author.longer_form``)."""
    if len(short) < _MIN_SHORT:
        return None
    fits = [n for n in names if longer_form(n, short)]
    return one_outermost(fits)


#: an event written shorter is still its kind of occasion only from this length (运动会 alone is a kind)
_MIN_EVENT = 5


def event_written_out(short: str, names: set[str]) -> str | None:
    """``职工趣味运动会`` after ``第五届职工趣味运动会``: the one longer event name of the report
    that ends with ``short`` is that event written short (GUIDELINES: the longest form).
    Two longer ones (``市…比赛`` and ``区…比赛``) leave it as written."""
    if len(short) < _MIN_EVENT:
        return None
    fits = [n for n in names if len(n) > len(short) and n.endswith(short)]
    return one_outermost(fits)


class LongestForms:
    def __call__(self, doc: Doc) -> Doc:
        mentions: list[Mention] = doc._.mentions or []
        names = {m.name for m in [*mentions, *(doc._.candidates or [])] if m.type == "ORG"}
        events = {m.name for m in mentions if m.type == "EVENT"}
        for m in mentions:
            if m.type == "EVENT":
                m.name = event_written_out(m.name, events) or m.name
            if m.type != "ORG":
                continue
            full = full_body(m.name, names) if m.name in bare_kinds() else \
                written_out(m.name, names) or expanded(m.name, names)
            if full is not None:
                m.name = full
        return doc


@Language.factory("ukg_longest_forms")
def make_longest_forms(nlp: Language, name: str) -> LongestForms:
    return LongestForms()
