"""Finding an entity by the name a person types, the same way everywhere.

People do not type the graph's labels.  They type the short name they use
(育才小学 for 育才小学工会), the form a traditional-character report wrote
(廣州市第三公共汽車公司工會), an alias the report used, or half a name.
Named-query parameters (``unionkg query --name … -p org=…``), ``unionkg view
--around`` and the search box of the HTML views all go through this module
so a name found by one is found by the others.

A typed name and every label and alias are *folded* before comparing: NFKC
(full-width letters and digits), traditional → simplified (the graph's labels
are simplified, since reading folds every report), spaces removed, case
folded.  Then, in order, the first tier that matches anything wins:

1. the node id itself;
2. a label or alias equal to the name;
3. labels or aliases that start with the name (``育才小学`` → ``育才小学工会``);
4. labels or aliases that contain it.

Tiers 3 and 4 must point to one name: several different labels are
ambiguous, and the error lists them in one line instead of guessing.
Several nodes under the *same* label (a relative name such as 局工会 scoped
to each report) are one name; a view centres on the most connected of them,
a query matches them all.

The HTML search runs in the browser, so :func:`char_map` gives the page the
part of the traditional → simplified table its names need, and
:func:`search_keys` the folded names of a node; ``view.js`` folds the query
with them and applies the same tiers.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from unionkg.normalize import to_simplified

#: How many candidates an "ambiguous" message names before "… and N more".
MAX_LISTED = 12
#: Entity type a named-query parameter refers to (``-p org=…`` is an organisation).
PARAM_TYPES = {"org": "ORG", "organisation": "ORG", "person": "PER", "event": "EVENT", "award": "AWARD"}
TYPE_WORDS = {"ORG": "organisation", "PER": "person", "EVENT": "event", "AWARD": "award", None: "entity"}

_SPACES = re.compile(r"\s+")
_CLASS_TYPES = {"http://xmlns.com/foaf/0.1/Person": "PER", "http://www.w3.org/ns/org#Organization": "ORG",
                "https://schema.org/Event": "EVENT", "https://w3id.org/unionkg/ontology#Award": "AWARD"}
#: Labels of everything typed; entity types are picked in Python because a
#: ``VALUES ?type {…}`` join makes rdflib take minutes on a small graph.
_ENTITIES_QUERY = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?s ?type ?label ?alias WHERE {
  ?s skos:prefLabel ?label ; a ?type .
  OPTIONAL { ?s skos:altLabel ?alias }
}
"""


def fold(text: str) -> str:
    """The form names are compared in: NFKC, simplified, no spaces, case folded."""
    return _fold(str(text))


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    # remembered: every page of a build folds the names of its neighbours, the
    # same few thousand names again and again, and the converter is slow
    return _SPACES.sub("", to_simplified(text)).casefold()


class NameLookupError(LookupError):
    """A name that finds nothing, or several things; the message is one line."""

    def __str__(self) -> str:  # KeyError-style quoting would garble the one line
        return str(self.args[0]) if self.args else ""


class UnknownName(NameLookupError):
    """No entity goes by this name."""


class AmbiguousName(NameLookupError):
    """Several different entities go by this name; ``labels`` lists them."""

    def __init__(self, message: str, labels: list[str]):
        super().__init__(message)
        self.labels = labels


@dataclass(frozen=True)
class Entry:
    """One entity as the index knows it."""

    key: str
    label: str
    type: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass
class Match:
    """What a name resolved to: one label, and every node that carries it."""

    label: str
    keys: list[str]
    #: The stored label or alias the name equalled (tier 2), else the label.
    surface: str = ""
    #: 1 id, 2 exact, 3 prefix, 4 substring.
    tier: int = 2


@dataclass
class NameIndex:
    """Labels and aliases of a graph's entities, folded once, searched by tier."""

    entries: list[Entry]
    _names: list[tuple[str, str, Entry]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._names = []
        for entry in sorted(self.entries, key=lambda e: e.key):
            for surface in dict.fromkeys((entry.label, *entry.aliases)):
                if surface:
                    self._names.append((fold(surface), surface, entry))

    @classmethod
    def from_graph(cls, graph) -> NameIndex:
        """From a unionkg ``networkx`` graph (node attributes ``label``, ``aliases``, ``type``)."""
        return cls([Entry(str(n), str(d.get("label", n)), d.get("type"),
                          tuple(str(a) for a in d.get("aliases", ())))
                    for n, d in graph.nodes(data=True)])

    @classmethod
    def from_rdf(cls, source) -> NameIndex:
        """From a built graph file, rdflib Dataset or OxigraphStore (what ``unionkg query`` holds)."""
        from unionkg.rdf import run_query

        columns, rows = run_query(source, _ENTITIES_QUERY)
        found: dict[str, tuple[str, str, set[str]]] = {}
        for key, type_iri, label, alias in sorted(rows, key=lambda r: tuple(v or "" for v in r)):
            type_ = _CLASS_TYPES.get(type_iri or "")
            if key is None or label is None or type_ is None:
                continue
            _, _, aliases = found.setdefault(key, (label, type_, set()))
            if alias:
                aliases.add(alias)
        return cls([Entry(key, label, type_, tuple(sorted(aliases)))
                    for key, (label, type_, aliases) in found.items()])

    def _candidates(self, name: str, types: set[str] | None) -> tuple[int, list[tuple[str, Entry]]]:
        """The first tier with matches, and ``(surface, entry)`` for each."""
        allowed = [(f, s, e) for f, s, e in self._names if not types or e.type in types]
        by_key = [(e.label, e) for _, _, e in allowed if e.key == name]
        if by_key:
            return 1, by_key[:1]
        key = fold(name)
        if not key:
            return 0, []
        tests: list[Callable[[str], bool]] = [key.__eq__, lambda f: f.startswith(key), lambda f: key in f]
        for tier, test in enumerate(tests, 2):
            found = [(s, e) for f, s, e in allowed if test(f)]
            if found:
                return tier, found
        return 0, []

    def find(self, name: str, types: set[str] | None = None) -> Match:
        """The one label ``name`` stands for, with every node that carries it.

        Raises :class:`UnknownName` or :class:`AmbiguousName` (one-line messages).
        """
        what = TYPE_WORDS.get(next(iter(types)) if types and len(types) == 1 else None, "entity")
        tier, found = self._candidates(name, types)
        if not found:
            raise UnknownName(f"no {what} named {name!r} in the graph" + self._suggest(name, types))
        labels = sorted({e.label for _, e in found})
        if tier == 2:
            surfaces = sorted({s for s, _ in found})
            # one stored form (an alias several bodies share is still one name to a query)
            if len(labels) == 1 or len(surfaces) == 1:
                return Match(labels[0] if len(labels) == 1 else surfaces[0],
                             sorted({e.key for _, e in found}), surfaces[0], tier)
        if len(labels) > 1:
            shown = "、".join(labels[:MAX_LISTED])
            more = f" … and {len(labels) - MAX_LISTED} more" if len(labels) > MAX_LISTED else ""
            raise AmbiguousName(f"{name!r} matches {len(labels)} {what} names: {shown}{more}; "
                                "give more of the name", labels)
        return Match(labels[0], sorted({e.key for _, e in found}), labels[0], tier)

    def _suggest(self, name: str, types: set[str] | None) -> str:
        import difflib

        labels = {e.label: fold(e.label) for _, _, e in self._names if not types or e.type in types}
        close = difflib.get_close_matches(fold(name), sorted(set(labels.values())), n=3, cutoff=0.6)
        named = sorted({label for label, folded in labels.items() if folded in close})
        return f" (did you mean {'、'.join(named[:3])}?)" if named else ""


def search_keys(label: str, aliases: Iterable[str] = ()) -> list[str]:
    """A node's folded names, label first, for the browser search (no duplicates)."""
    return list(dict.fromkeys(k for k in (fold(label), *(fold(a) for a in aliases)) if k))


@lru_cache(maxsize=1)
def _to_simplified_chars() -> dict[str, str]:
    """Every CJK character that folds to a different single character.

    Built by folding the whole CJK range once (a quarter of a second) rather
    than reading the converter's private tables, so it always agrees with
    :func:`fold`.
    """
    ranges = [range(0x3400, 0x4DC0), range(0x4E00, 0xA000), range(0xF900, 0xFB00)]
    chars = [chr(c) for r in ranges for c in r]
    folded = to_simplified("\n".join(chars)).split("\n")
    if len(folded) != len(chars):  # a phrase spanning a line break: fall back to one at a time
        folded = [to_simplified(c) for c in chars]
    return {c: f for c, f in zip(chars, folded) if f != c and len(f) == 1}


def char_map(names: Iterable[str]) -> dict[str, str]:
    """The traditional → simplified pairs a page needs to fold queries for ``names``.

    Only characters whose simplified form occurs in one of the names matter
    (any other typed character can match nothing anyway), which keeps a page's
    table to a few hundred entries instead of four thousand.
    """
    present = set("".join(fold(n) for n in names))
    by_simplified = _traditional_of()
    return dict(sorted((t, s) for s in present for t in by_simplified.get(s, ())))


@lru_cache(maxsize=1)
def _traditional_of() -> dict[str, list[str]]:
    """simplified character → the characters that fold to it (so a page looks up only its own)."""
    out: dict[str, list[str]] = {}
    for t, s in _to_simplified_chars().items():
        out.setdefault(s, []).append(t)
    return out


def resolve_params(source, params: dict[str, str], sparql: str) -> dict[str, str]:
    """Named-query parameters with every entity name replaced by the graph's own form.

    ``org=育才小学`` becomes ``org=育才小学工会`` when that is the one
    organisation the name can mean.  A parameter that names no entity type
    (see :data:`PARAM_TYPES`), or that ``sparql`` does not take, passes
    through untouched (running the query then says it takes no such
    parameter).  Raises :class:`NameLookupError`.
    """
    from unionkg.rdf.query import query_params

    takes = set(query_params(sparql))
    wanted = {k: PARAM_TYPES[k] for k in params if k in PARAM_TYPES and k in takes}
    if not wanted:
        return dict(params)
    index = NameIndex.from_rdf(source)
    return {k: index.find(v, {wanted[k]}).surface if k in wanted else v for k, v in params.items()}
