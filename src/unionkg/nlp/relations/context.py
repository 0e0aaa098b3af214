"""What every relation construction reads: one document's text, mentions and writer."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc

from unionkg.model import AUTHOR, Mention
from unionkg.nlp.doc_extensions import sentence_of, sentences, text_of
from unionkg.nlp.lexicon import pattern
from unionkg.nlp.relations.found import FoundRelations

_LIST_DETAILS = pattern("relations", "list_details")


@dataclass
class DocContext:
    """One document as the constructions see it (built once per ``Doc``)."""

    doc: Doc
    text: str
    mentions: list[Mention]  # sorted by start
    author: str | None
    found: FoundRelations
    sentences: list[tuple[int, int]]
    _starts: list[int] = field(default_factory=list, repr=False)

    @classmethod
    def of(cls, doc: Doc) -> "DocContext":
        text = text_of(doc)
        mentions = sorted(doc._.mentions or [], key=lambda m: (m.start, -m.end))
        context = cls(doc, text, mentions, doc._.author, FoundRelations(doc._.doc_id or "", text),
                      sentences(doc))
        context._starts = [m.start for m in mentions]
        return context

    def name(self, mention: Mention) -> str:
        """The name a relation uses: ``@author`` for the writer itself."""
        return AUTHOR if self.author and mention.name == self.author else mention.name

    def within(self, start: int, end: int, *types: str) -> list[Mention]:
        """Mentions starting in ``[start, end)``, of the given types (all when none)."""
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if not types or self.mentions[i].type in types:
                out.append(self.mentions[i])
            i += 1
        return out

    def sentence_of(self, position: int) -> tuple[int, int]:
        return sentence_of(self.doc, position)

    def with_details(self, sent: tuple[int, int]) -> tuple[int, int]:
        """``sent`` and the sentences after it that give its details (``…受到表彰。其中，X荣获A。``):
        what a decision or a list announces is often told one sentence later."""
        start, end = sent
        for following in sentences(self.doc):
            if following[0] < end:
                continue
            if not _LIST_DETAILS.match(self.text, following[0]):
                break
            end = following[1]
        return start, end

    @property
    def events(self) -> list[Mention]:
        return [m for m in self.mentions if m.type == "EVENT"]


def split_clauses(text: str, start: int, end: int, mentions: list[Mention],
                  ends: str = "，,：:") -> list[tuple[int, int]]:
    """The clauses of ``text[start:end]``: cut at ``ends``, never inside a mention."""
    inside = set()
    for m in mentions:
        inside.update(range(m.start, m.end))
    cuts, begin = [], start
    for i in range(start, end):
        if text[i] in ends and i not in inside:
            cuts.append((begin, i))
            begin = i + 1
    cuts.append((begin, end))
    return [c for c in cuts if c[1] > c[0]]
