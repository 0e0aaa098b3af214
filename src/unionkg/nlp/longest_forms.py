"""``ukg_longest_forms``: a body named by its kind alone takes the name its report uses.

GUIDELINES.md names a thing by the longest specific form the document uses.
News of a company or a bank calls it by its kind after naming it once
(``集团公司领导刘某``, ``集团董事长王某`` in a report on ``中国某某重工集团``):
within one report such a bare kind (``data/bare_bodies.tsv``) is the one body
of that kind named in full, found among all candidates, also those inside an
event's name.  When no body or more than one fits, it stays as written (and
the organisation stage drops most bare kinds anyway).  The surface form
stays an alias.

Only bare kinds are resolved: a short form that is a name's suffix
(``园林管理处`` in a report on ``金坛市园林管理处``) was tried the same way and
did not help on the tuning half (it also joins different bodies that share
an ending).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from unionkg.model import Mention
from unionkg.nlp.lexicon import table


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
    outer = [n for n in fits if not any(o != n and o.endswith(n) for o in fits)]
    return outer[0] if len(outer) == 1 else None


class LongestForms:
    def __call__(self, doc: Doc) -> Doc:
        mentions: list[Mention] = doc._.mentions or []
        names = {m.name for m in [*mentions, *(doc._.candidates or [])] if m.type == "ORG"}
        for m in mentions:
            if m.type == "ORG" and m.name in bare_kinds():
                full = full_body(m.name, names)
                if full is not None:
                    m.name = full
        return doc


@Language.factory("ukg_longest_forms")
def make_longest_forms(nlp: Language, name: str) -> LongestForms:
    return LongestForms()
