"""What a name's ending says about the body: a union, its committee, a member body.

Every rule that asks "is this a union?" asks it here, so the answer is written
once.  The questions differ on purpose, and each has its own predicate: a
member body such as 协会 or 商会 has members and elected leaders but is no
union; 分会 is a union's branch; a union's committee (工会委员会) or group
(工会小组) stands for the union when finding a report's writer, not when
merging short names.  The patterns are ``[union_names]`` in
``data/patterns.toml``.
"""
from __future__ import annotations

from unionkg.nlp.lexicon import pattern

_UNION_OR_COMMITTEE = pattern("union_names", "union_or_committee")
_UNION_OR_GROUP = pattern("union_names", "union_or_group")
_UNION_WORD = pattern("union_names", "union_word")
_OWN_UNION_TAIL = pattern("union_names", "own_union_tail")
_UNION = pattern("union_names", "union")
_MEMBER_BODY = pattern("union_names", "member_body")
_ELECTING_BODY = pattern("union_names", "electing_body")
_ELECTED_COMMITTEE = pattern("union_names", "elected_committee")
_LEADS_UNION = pattern("union_names", "leads_union")
_UNION_WRITER = pattern("union_names", "union_writer")
_UNION_OR_PARTY_UNIT = pattern("union_names", "union_or_party_unit")


def is_union_or_committee(name: str) -> bool:
    """``青山公司工会``, ``检封分工会``, ``局工会女工委``: a union or a committee of one,
    any of which may be the writer of a report."""
    return _UNION_OR_COMMITTEE.search(name) is not None


def is_union_or_group(name: str) -> bool:
    """``局工委``, ``工会小组``: a union by a short or full name (not its 工会委员会),
    which resolution never renames to the one longer body it ends."""
    return _UNION_OR_GROUP.search(name) is not None


def before_union_word(name: str) -> str:
    """``青山县供电公司`` of ``青山县供电公司工会``: what a heading's union names as its host
    (a 分会 is left whole: the branch is a body of its own)."""
    return _UNION_WORD.sub("", name)


def is_own_union(name: str, host: str) -> bool:
    """``高职学院分工会`` of ``高职学院``: ``name`` is ``host`` and a union word, nothing between."""
    return name.startswith(host) and _OWN_UNION_TAIL.fullmatch(name, len(host)) is not None


def is_union(name: str) -> bool:
    """``某分工会``, ``青山公司工会``: a union or its branch, as the body of a post
    (a post of a host's bare unit 工会 is the host's, GUIDELINES)."""
    return _UNION.search(name) is not None


def is_union_of(name: str, host: str) -> bool:
    """``青山公司工会`` of ``青山公司``: ``name`` is ``host`` then a union word (as :func:`is_union`)."""
    return name.startswith(host) and _UNION.fullmatch(name, len(host)) is not None


def union_host(name: str) -> str:
    """``高职学院`` of ``高职学院分工会``: the body a union belongs to, by its name."""
    return _UNION.sub("", name)


def is_member_body(name: str) -> bool:
    """``青山市总工会``, ``青山商会``, ``教育学会``: a body of members with elected leaders,
    whose posts are its own (a 协会 is no union, but its 会长 leads it as a chair does)."""
    return _MEMBER_BODY.search(name) is not None


def is_electing_body(name: str) -> bool:
    """``工会``, ``总会``, ``联合会``, ``协会``: a body whose congress elects its chair."""
    return _ELECTING_BODY.search(name) is not None


def is_elected_committee(name: str) -> bool:
    """``第五届工会委员会``, ``理事会``: the committee or council a union or association elects."""
    return _ELECTED_COMMITTEE.search(name) is not None


def leads_union(title: str) -> bool:
    """``工会主席``, ``常务副会长``, ``理事长``: a post that leads a union or association."""
    return _LEADS_UNION.match(title) is not None


def is_union_writer(name: str) -> bool:
    """A writer whose own units are a union's (女工委, 经审会) and not a host's (党委, 团委):
    a union, its branch, or a federation of unions."""
    return _UNION_WRITER.search(name) is not None


def is_union_or_party_unit(name: str) -> bool:
    """``工会``, ``党委``, ``团委``, ``工会小组``: a union's, party's or youth league's
    committee, a unit inside a host rather than the host people work for."""
    return _UNION_OR_PARTY_UNIT.search(name) is not None
