"""The entities-and-relations stage: ``Document`` → spaCy ``Doc`` → ``Extraction``.

Documents stream through ``nlp.pipe`` one batch at a time, so memory holds a
batch, not the corpus.  Each ``Doc`` is turned into plain dataclasses (one
``Entity`` per distinct name and type, relations whose ends are listed
entities or the writer) and folded by ``resolve.resolve_document``.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from unionkg.model import AUTHOR, Document, Entity, Evidence, Extraction, Relation
from unionkg.nlp import make_nlp
from unionkg.nlp.doc_extensions import sentence_of
from unionkg.nlp.phrases import strip_quotes
from unionkg.resolve import resolve_document

#: which entity types each relation may join (GUIDELINES.md)
SIGNATURES: dict[str, tuple[set[str], set[str]]] = {
    "POSITION": ({"PER"}, {"ORG"}),
    "SUBORDINATE_OF": ({"ORG"}, {"ORG"}),
    "ORGANIZED": ({"ORG", "PER"}, {"EVENT"}),
    "PARTICIPATED_IN": ({"ORG", "PER"}, {"EVENT"}),
    "RECEIVED": ({"ORG", "PER"}, {"AWARD"}),
    "AWARDED_BY": ({"AWARD"}, {"EVENT", "ORG"}),
}


class Extractor:
    """Runs the pipeline over documents; build one and reuse it (the model loads once)."""

    def __init__(self, nlp: Language | None = None, batch_size: int = 8) -> None:
        self.nlp = nlp or make_nlp()
        self.batch_size = batch_size

    def _make_doc(self, document: Document) -> Doc:
        doc = self.nlp.make_doc(document.text)
        doc._.doc_id = document.id
        doc._.title = document.title
        return doc

    def extract(self, document: Document) -> Extraction:
        return next(self.extract_all([document]))

    def extract_all(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        pending: list[Document] = []

        def flush() -> Iterator[Extraction]:
            docs = self.nlp.pipe((self._make_doc(d) for d in pending), batch_size=self.batch_size)
            for document, doc in zip(pending, docs):
                yield resolve_document(to_extraction(document, doc))
            pending.clear()

        for document in documents:
            pending.append(document)
            if len(pending) >= self.batch_size:
                yield from flush()
        if pending:
            yield from flush()


def to_extraction(document: Document, doc: Doc) -> Extraction:
    """The ``Doc``'s findings as dataclasses (no spaCy objects escape this stage)."""
    entities: dict[tuple[str, str], Entity] = {}
    types: dict[str, set[str]] = {}
    text = document.text  # doc.text rebuilds the string on every access
    for mention in doc._.mentions or []:
        sent_start, sent_end = sentence_of(doc, mention.start)
        sentence = text[sent_start:sent_end].strip()
        entity = entities.setdefault((mention.type, mention.name), Entity(mention.name, mention.type))
        entity.aliases.add(mention.name)
        # the form as written (学校工会 for the writer 永隆镇小学工会, 市总 for 市总工会)
        entity.aliases.add(strip_quotes(text[mention.start:mention.end]))
        entity.evidence.append(Evidence(document.id, sentence, mention.start, mention.end, document.source))
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
            for ev in rel.evidence:
                object.__setattr__(ev, "source", document.source)
            relations.append(rel)
    ordered = sorted(entities.values(), key=lambda e: (e.evidence[0].start, e.type))
    return Extraction(document, author, ordered, relations)
