"""The entities-and-relations stage: ``Document`` → spaCy ``Doc`` → ``Extraction``.

Documents stream through ``nlp.pipe`` one batch at a time, so memory holds a
batch, not the corpus.  A document longer than a piece (``Extractor.max_piece``,
20,000 characters, and never more than spaCy's ``max_length``) is read in pieces cut
at paragraph ends, else at sentence ends: each piece is tagged and turned into
dataclasses on its own, evidence offsets are moved back into the whole text,
and the pieces are merged into one ``Extraction`` before resolution.  Memory
then grows with the piece, not the file, and a 5 MB report builds like any
other.  Each ``Doc`` is turned into plain dataclasses (one
``Entity`` per distinct name and type, relations whose ends are listed
entities or the writer) and folded by ``resolve.resolve_document``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from unionkg.model import AUTHOR, Document, Entity, Evidence, Extraction, Relation
from unionkg.nlp import make_nlp
from unionkg.nlp.doc_extensions import sentence_of
from unionkg.nlp.lexicon import words
from unionkg.nlp.phrases import strip_quotes
from unionkg.resolve import resolve_document

if TYPE_CHECKING:  # spaCy is imported by ``unionkg.nlp`` (without its command line)
    from spacy.language import Language
    from spacy.tokens import Doc

#: which entity types each relation may join (GUIDELINES.md)
SIGNATURES: dict[str, tuple[set[str], set[str]]] = {
    "POSITION": ({"PER"}, {"ORG"}),
    "SUBORDINATE_OF": ({"ORG"}, {"ORG"}),
    "ORGANIZED": ({"ORG", "PER"}, {"EVENT"}),
    "PARTICIPATED_IN": ({"ORG", "PER"}, {"EVENT"}),
    "RECEIVED": ({"ORG", "PER"}, {"AWARD"}),
    "AWARDED_BY": ({"AWARD"}, {"EVENT", "ORG"}),
}


#: characters of one piece of a long document: the tagger's memory grows with the
#: text it decodes at once (about 1 GB for a million characters), and some rule
#: components take time quadratic in a doc's length (retokenizer splits, sentence
#: look-ups): a piece holds any report of the dev sets whole (the longest has
#: 2,600 characters) and is short enough that neither memory nor time per
#: character grows with the file
MAX_PIECE = 20_000

_SENTENCE_END = re.compile(r"[。！？!?；;…]+[”’」』\"')）]*")


def pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """``(start, end)`` spans of ``text``, each at most ``limit`` long, cut at paragraph ends.

    A paragraph longer than ``limit`` is cut at its last sentence end inside
    the piece, and a sentence longer than that (a table flattened into one
    line) at ``limit`` itself.  The spans cover the text without gap or overlap.
    """
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > limit:
        window = start + limit
        cut = text.rfind("\n", start, window)
        if cut > start:
            cut += 1  # the line break ends the earlier piece
        else:
            ends = [m.end() for m in _SENTENCE_END.finditer(text, start, window)]
            cut = ends[-1] if ends and ends[-1] > start else window
        spans.append((start, cut))
        start = cut
    spans.append((start, n))
    return spans


class Extractor:
    """Runs the pipeline over documents; build one and reuse it (the model loads once)."""

    def __init__(self, nlp: Language | None = None, batch_size: int = 8,
                 max_piece: int = MAX_PIECE) -> None:
        self.nlp = nlp or make_nlp()
        self.batch_size = batch_size
        self.max_piece = max_piece

    @property
    def piece_limit(self) -> int:
        """The longest text handed to the pipeline at once."""
        return max(1, min(self.max_piece, self.nlp.max_length))

    def _make_doc(self, document: Document) -> Doc:
        doc = self.nlp.make_doc(document.text)
        doc._.doc_id = document.id
        doc._.title = document.title
        return doc

    def extract(self, document: Document) -> Extraction:
        return next(self.extract_all([document]))

    def extract_all(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        pending: list[Document] = []
        limit = self.piece_limit

        def flush() -> Iterator[Extraction]:
            short = [d for d in pending if len(d.text) <= limit]
            docs = self.nlp.pipe((self._make_doc(d) for d in short), batch_size=self.batch_size)
            for document in pending:
                if len(document.text) <= limit:
                    yield resolve_document(to_extraction(document, next(docs)))
                else:
                    yield resolve_document(self._extract_long(document, limit))
            pending.clear()

        for document in documents:
            pending.append(document)
            if len(pending) >= self.batch_size:
                yield from flush()
        if pending:
            yield from flush()

    def _extract_long(self, document: Document, limit: int) -> Extraction:
        """One document read piece by piece (see :func:`pieces`), merged into one ``Extraction``."""
        parts: list[tuple[int, Document]] = []
        for start, end in pieces(document.text, limit):
            # a piece keeps its offsets into the whole original, so evidence quoted
            # as written already points into the whole source
            part = replace(document, text=document.text[start:end],
                           offsets=document.offsets[start:end] if document.offsets else ())
            parts.append((start, part))
        docs = self.nlp.pipe((self._make_doc(part) for _, part in parts), batch_size=1)
        merged: Extraction | None = None
        for (start, part), doc in zip(parts, docs):
            found = to_extraction(part, doc)
            shift = 0 if document.offsets and document.original else start
            merged = _merge(merged, found, document, shift)
        assert merged is not None
        return merged


def _shifted(evidence: list[Evidence], shift: int) -> list[Evidence]:
    if not shift:
        return evidence
    return [replace(ev, start=ev.start + shift, end=ev.end + shift) for ev in evidence]


def _as_writer(name: str, piece_writer: str | None, writer: str | None) -> str:
    if name == AUTHOR and piece_writer:
        name = piece_writer
    return AUTHOR if writer and name == writer else name


def _merge(into: Extraction | None, part: Extraction, document: Document, shift: int) -> Extraction:
    """Fold one piece's findings into the document's; the first piece names the writer."""
    if into is None:
        into = Extraction(document, part.author, [], [])
    known = {(e.type, e.name): e for e in into.entities}
    for entity in part.entities:
        entity.evidence = _shifted(entity.evidence, shift)
        same = known.get((entity.type, entity.name))
        if same is None:
            known[(entity.type, entity.name)] = entity
            into.entities.append(entity)
        else:
            same.aliases |= entity.aliases
            same.evidence.extend(entity.evidence)
    if into.author is None:
        into.author = part.author
    for relation in part.relations:
        relation.evidence = _shifted(relation.evidence, shift)
        if part.author != into.author:
            # the writer as this piece saw it is named; the document's writer is @author
            relation.head, relation.tail = (_as_writer(end, part.author, into.author)
                                            for end in (relation.head, relation.tail))
        into.relations.append(relation)
    return into


#: forms of address that are no post (老师 张华 is a teacher addressed, not a post held)
_ADDRESS_FORMS = frozenset({"同志", "老师", "师傅", "先生", "女士"})


def as_written(document: Document, start: int, end: int) -> str:
    """``text[start:end]`` in the source as written (traditional, full-width
    punctuation), made of the source characters it came from, so characters
    the reader dropped (markup, line breaks) stay out."""
    if not document.offsets or not document.original:
        return document.text[start:end]
    out: list[str] = []
    last = -1
    for i in range(start, min(end, len(document.offsets))):
        k = document.offsets[i]
        if k != last and document.text[i] != "\n":
            out.append(document.original[k])
        last = k
    return "".join(out)


def _sentence_span(document: Document, doc: Doc, ev: Evidence) -> tuple[int, int]:
    """Where in the cleaned text the evidence's sentence sits (it holds ``ev.start``)."""
    text = document.text
    s0, s1 = sentence_of(doc, ev.start)
    segment = text[s0:s1]
    k = segment.find(ev.sentence) if ev.sentence else -1
    if k >= 0:
        return s0 + k, s0 + k + len(ev.sentence)
    k = text.rfind(ev.sentence, 0, ev.start + 1) if ev.sentence else -1
    if k >= 0:
        return k, k + len(ev.sentence)
    stripped = segment.strip()
    k = s0 + segment.find(stripped) if stripped else s0
    return k, k + len(stripped)


def written_evidence(document: Document, doc: Doc, ev: Evidence) -> Evidence:
    """Evidence quoted as written: the sentence from ``document.original`` and
    the span as offsets into it (the NLP stage worked on the cleaned text)."""
    if not document.offsets or not document.original:
        return Evidence(ev.document, ev.sentence, ev.start, ev.end, document.source)
    s0, s1 = _sentence_span(document, doc, ev)
    # a sentence never runs over a line break (a heading or list item follows)
    text = document.text
    if s0 <= ev.start <= s1:
        s0 = max(s0, text.rfind("\n", 0, ev.start) + 1)
        nl = text.find("\n", max(ev.end, ev.start + 1) - 1, s1)
        s1 = nl if nl != -1 else s1
    sentence = as_written(document, s0, s1).strip()
    start, end = document.original_span(ev.start, ev.end)
    return Evidence(ev.document, sentence, start, end, document.source)


def fallback_title(document: Document, rel: Relation, person: str) -> str:
    """The post written next to the person in a POSITION's evidence (主席李红梅,
    李红梅主席, 李红梅任红星小学工会主席), as written; empty when none is."""
    titles = [t for t in words("titles") if t not in _ADDRESS_FORMS]
    text = document.text
    for ev in rel.evidence:
        lo, hi = max(0, ev.start - 40), min(len(text), ev.end + 40)
        window = text[lo:hi]
        p = window.find(person)
        while p != -1:
            before, after = window[:p], window[p + len(person):]
            after = after.removeprefix("同志").removeprefix("担任").removeprefix("任")
            after = after.removeprefix(rel.tail) if rel.tail else after
            for title in titles:
                if before.endswith(title):
                    b = lo + p - len(title)
                    return as_written(document, b, b + len(title))
                if after.startswith(title):
                    b = lo + p + len(person) + window[p + len(person):].index(title)
                    return as_written(document, b, b + len(title))
            p = window.find(person, p + 1)
    return ""


def to_extraction(document: Document, doc: Doc) -> Extraction:
    """The ``Doc``'s findings as dataclasses (no spaCy objects escape this stage).

    Evidence leaves this stage quoted as written: sentences from the original
    text, spans as offsets into it."""
    entities: dict[tuple[str, str], Entity] = {}
    types: dict[str, set[str]] = {}
    text = document.text  # doc.text rebuilds the string on every access
    for mention in doc._.mentions or []:
        sent_start, sent_end = sentence_of(doc, mention.start)
        sentence = text[sent_start:sent_end].strip()
        entity = entities.setdefault((mention.type, mention.name), Entity(mention.name, mention.type))
        entity.aliases.add(mention.name)
        # the form as written (学校工会 for the writer 永隆镇小学工会, 市总 for 市总工会),
        # in the reader's folding and in the source's own characters (工會)
        entity.aliases.add(strip_quotes(text[mention.start:mention.end]))
        entity.aliases.add(strip_quotes(as_written(document, mention.start, mention.end)))
        ev = Evidence(document.id, sentence, mention.start, mention.end, document.source)
        entity.evidence.append(written_evidence(document, doc, ev))
        types.setdefault(mention.name, set()).add(mention.type)
    author = doc._.author
    if author:
        types.setdefault(author, set()).add("ORG")
    relations: list[Relation] = []
    for rel in doc._.relations or []:
        heads, tails = SIGNATURES[rel.type]
        head_types = {"ORG"} if rel.head == AUTHOR else types.get(rel.head, set())
        tail_types = {"ORG"} if rel.tail == AUTHOR else types.get(rel.tail, set())
        if head_types & heads and tail_types & tails:
            if rel.type == "POSITION" and not rel.title:
                rel.title = fallback_title(document, rel, rel.head)
            rel.evidence = [written_evidence(document, doc, ev) for ev in rel.evidence]
            relations.append(rel)
    if author and not doc._.writer_stated:
        # the writer is not stated: what was read as the writer's is the named body's
        for rel in relations:
            rel.head, rel.tail = (author if end == AUTHOR else end for end in (rel.head, rel.tail))
        author = None
    ordered = sorted(entities.values(), key=lambda e: (e.evidence[0].start, e.type))
    return Extraction(document, author, ordered, relations)
