"""Compare extractions with a user's own gold annotations (GUIDELINES.md format).

``unionkg extract GOLD.jsonl --details N`` prints, per document, what was
missed and what was spurious, then strict precision/recall/F1 by type, so
rules can be improved against annotations a user makes for their own sector.
Names are compared as the GUIDELINES scorer does: NFKC, simplified, without
quotes, book marks and spaces; ``@author`` stands for the named writer.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from unionkg.model import AUTHOR, Extraction
from unionkg.normalize import to_simplified

_STRIP = re.compile(r"[\s“”\"'‘’《》〈〉「」『』【】()（）·・]")


def norm(name: str) -> str:
    return name if name == AUTHOR else _STRIP.sub("", to_simplified(str(name))).lower()


def _sets(doc: dict, author_as: str | None) -> tuple[set, set]:
    rename = {}
    own = norm(doc["author"]) if doc.get("author") else None
    if author_as:
        rename = {AUTHOR: author_as}
        if own:
            rename[own] = author_as
    entities = {(e["type"], norm(e["name"])) for e in doc.get("entities") or [] if e.get("name") != AUTHOR}
    relations = set()
    for r in doc.get("relations") or []:
        head, tail = norm(r["head"]), norm(r["tail"])
        relations.add((rename.get(head, head), r["type"], rename.get(tail, tail)))
    return entities, relations


def compare(gold: dict, predicted: dict) -> dict:
    """Missed and spurious entities and relations of one document."""
    writer = norm(gold["author"]) if gold.get("author") else AUTHOR
    g_ents, g_rels = _sets(gold, writer)
    p_ents, p_rels = _sets(predicted, writer)
    return {"id": gold["id"],
            "entities": (g_ents & p_ents, g_ents - p_ents, p_ents - g_ents),
            "relations": (g_rels & p_rels, g_rels - p_rels, p_rels - g_rels)}


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def compare_file(gold_path: str | Path, extractions: Iterable[Extraction], details: int) -> Iterator[str]:
    """Lines of a report: per-document errors, then scores by type."""
    predicted = {e.document.id: e.to_json() for e in extractions}
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    with open(gold_path, encoding="utf-8") as handle:
        golds = [json.loads(line) for line in handle if line.strip()]
    for gold in golds:
        if "entities" not in gold:
            continue
        result = compare(gold, predicted.get(str(gold["id"]), {"entities": [], "relations": []}))
        for kind, type_at in (("entities", 0), ("relations", 1)):
            hit, missed, spurious = result[kind]
            for items, slot in ((hit, 0), (spurious, 1), (missed, 2)):
                for item in items:
                    counts[(kind, item[type_at])][slot] += 1
                    counts[(kind, "ALL")][slot] += 1
            if missed or spurious:
                yield f"- {gold['id']} {kind}: missed {sorted(missed)[:details]}"
                yield f"  {gold['id']} {kind}: spurious {sorted(spurious)[:details]}"
    for (kind, type_), (tp, fp, fn) in sorted(counts.items()):
        p, r, f = _f1(tp, fp, fn)
        yield f"{kind:9} {type_:16} P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp}, fp {fp}, fn {fn})"
