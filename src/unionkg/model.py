"""Plain dataclasses that the stages hand to one another.

The flow is one-directional (see DESIGN.md): sources → ``Document`` → spaCy
``Doc`` → ``Extraction`` → knowledge graph → writers.  Every stage takes the
previous stage's type and returns its own, so these classes are the whole
contract between modules; nothing downstream re-reads files or re-segments
text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EntityType = Literal["PER", "ORG", "EVENT", "AWARD"]
RelationType = Literal[
    "POSITION", "SUBORDINATE_OF", "ORGANIZED", "PARTICIPATED_IN", "RECEIVED", "AWARDED_BY"
]
ENTITY_TYPES: tuple[str, ...] = ("PER", "ORG", "EVENT", "AWARD")
RELATION_TYPES: tuple[str, ...] = (
    "POSITION", "SUBORDINATE_OF", "ORGANIZED", "PARTICIPATED_IN", "RECEIVED", "AWARDED_BY",
)
#: The head of a relation whose subject is the report's writer (GUIDELINES.md).
AUTHOR = "@author"


@dataclass(frozen=True)
class Document:
    """One report, cleaned and normalised, with a way back to its source.

    ``text`` is what the NLP stage reads: NFKC-folded, simplified characters,
    repeated paragraphs dropped.  ``offsets[i]`` is the index in ``original``
    of ``text[i]`` so evidence spans can be shown in the source as written.
    """

    id: str
    text: str
    source: str = ""
    original: str = ""
    offsets: tuple[int, ...] = ()
    title: str | None = None
    sha256: str = ""
    encoding: str = "utf-8"

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span in ``original`` that ``text[start:end]`` came from."""
        if not self.offsets:
            return start, end
        last = len(self.offsets) - 1
        begin = self.offsets[min(start, last)] if last >= 0 else start
        stop = self.offsets[min(end - 1, last)] + 1 if end > start and last >= 0 else begin
        return begin, stop


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the document, the sentence and the span in it.

    After extraction the sentence is quoted as written and ``start``/``end``
    (the mention or fact) are offsets into the document's ``original``.
    """

    document: str
    sentence: str
    start: int
    end: int
    source: str = ""


@dataclass
class Mention:
    """A typed stretch of one document's text (character offsets)."""

    text: str
    type: str
    start: int
    end: int
    name: str = ""  # the canonical written form (titles stripped etc.); defaults to text

    def __post_init__(self) -> None:
        if not self.name:
            self.name = self.text


@dataclass
class Entity:
    """One thing named in one document, with every surface form seen."""

    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Relation:
    """A typed link between two entity names of one document (or ``@author``)."""

    head: str
    type: str
    tail: str
    evidence: list[Evidence] = field(default_factory=list)
    #: For POSITION: the post as written (主席, 副主席, 理事長 …) when the text gives one.
    title: str = ""


@dataclass
class Extraction:
    """What the language stage found in one document."""

    document: Document
    author: str | None
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def entity(self, name: str) -> Entity | None:
        for ent in self.entities:
            if ent.name == name:
                return ent
        return None

    def to_json(self) -> dict:
        """The prediction format of GUIDELINES.md (``id``, ``author``, …)."""
        return {
            "id": self.document.id,
            "author": self.author,
            "entities": [{"type": e.type, "name": e.name} for e in self.entities],
            "relations": [
                {"head": r.head, "type": r.type, "tail": r.tail} for r in self.relations
            ],
        }
