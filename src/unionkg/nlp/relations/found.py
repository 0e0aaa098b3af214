"""The relations found in one document, merged by (head, type, tail), with evidence."""
from __future__ import annotations

from unionkg.model import Evidence, Relation


class FoundRelations:
    """Every construction adds here; the first evidence and the first title win.

    Keeping one store per document lets constructions see what earlier ones
    found (a winner's conferral gives their attendance) without passing lists
    between modules.
    """

    def __init__(self, doc_id: str, text: str) -> None:
        self.doc_id = doc_id
        self.text = text
        self.items: dict[tuple[str, str, str], Relation] = {}
        #: bodies a winner competed for (代表X, 由X选送的): (body, winner, award, where said)
        self.backers: list[tuple[str, str, str, tuple[int, int]]] = []

    def add(self, head: str, type_: str, tail: str, sentence: tuple[int, int],
            span: tuple[int, int] | None = None, title: str = "") -> None:
        if not head or not tail or head == tail:
            return
        key = (head, type_, tail)
        start, end = span or sentence
        evidence = Evidence(self.doc_id, self.text[sentence[0]:sentence[1]].strip(), start, end)
        relation = self.items.get(key)
        if relation is None:
            self.items[key] = Relation(head, type_, tail, [evidence], title=title)
            return
        if all(e.start != start for e in relation.evidence):
            relation.evidence.append(evidence)
        if title and not relation.title:
            relation.title = title

    def has(self, head: str, type_: str, tail: str) -> bool:
        return (head, type_, tail) in self.items

    def of_type(self, type_: str) -> list[Relation]:
        return [r for (_, t, _), r in self.items.items() if t == type_]

    def list(self) -> list[Relation]:
        return list(self.items.values())

    def drop_hosts_joining(self) -> None:
        """A body that organised an event is its host, not one of those who took part
        (the annotation lists ORGANIZED alone): drop its PARTICIPATED_IN there."""
        hosts = {(h, t) for (h, type_, t) in self.items if type_ == "ORGANIZED"}
        for key in [k for k in self.items if k[1] == "PARTICIPATED_IN" and (k[0], k[2]) in hosts]:
            del self.items[key]
