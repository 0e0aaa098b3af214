"""Corpora of 1×, 10×, 100× the texts at hand, every copy different.

    python benchmarks/make_corpus.py OUT_DIR [--times 1 10 100] [--source FOLDER]

Copy ``k`` of each source file is the same report with its numbers shifted
(years, counts, dates), the characters of given names permuted, and its
paragraphs after the title in another order, so that neither the reader's
de-duplication nor the graph's merging collapses copies: a 10× corpus has
about 10× the characters, documents and people.  ``OUT_DIR/Nx/`` gets the
reports, one a file, and ``OUT_DIR/Nx.jsonl`` the same documents as JSON Lines (for
``unionkg extract``).  The source defaults to ``../shared/seeds`` beside the
checkout, else the shipped samples.  Deterministic: same source, same corpora.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from unionkg.corpus import iter_documents, samples_dir

# characters common in given names and rare in the domain words of the lexicons
_GIVEN = "伟芳娜敏静丽磊洋艳杰娟涛霞桂玲婷晶瑶琳莉倩婉蕾璐嘉怡欣悦琪萍燕雯"
_NUMBER = re.compile(r"\d+")


def _shift_numbers(text: str, k: int) -> str:
    """Every number moved by ``7k`` within its own width (2019 → 2026, 12 → 19)."""
    def shift(match: re.Match[str]) -> str:
        digits = match.group()
        width = len(digits)
        return str((int(digits) + 7 * k) % 10 ** width).zfill(width)
    return _NUMBER.sub(shift, text) if k else text


def _permute_names(text: str, k: int) -> str:
    if not k:
        return text
    order = list(_GIVEN)
    random.Random(k).shuffle(order)
    return text.translate(str.maketrans(_GIVEN, "".join(order)))


def _reorder(text: str, k: int) -> str:
    """The lines after the first in another order (the first is the title)."""
    lines = text.split("\n")
    if not k or len(lines) < 3:
        return text
    head, body = lines[:1], lines[1:]
    random.Random(1000 + k).shuffle(body)
    return "\n".join(head + body)


def variant(text: str, k: int) -> str:
    """Copy ``k`` of ``text`` (copy 0 is the text itself)."""
    return _reorder(_permute_names(_shift_numbers(text, k), k), k)


def make(source: Path, out_dir: Path, times: int, base: int | None = None) -> tuple[Path, Path]:
    """Write the ``times``× corpus (of the first ``base`` reports, else all);
    returns its folder and its JSON Lines file."""
    reports = [(d.id, d.text) for d in iter_documents([source])][:base]
    folder = out_dir / (f"{times}x" if base is None else f"{times}x-of-{base}")
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(times):
        for name, text in reports:  # one report a file: shuffling never crosses reports
            (folder / f"{k:03d}_{name}.txt").write_text(variant(text, k), encoding="utf-8")
    jsonl = folder.with_suffix(".jsonl")
    with open(jsonl, "w", encoding="utf-8") as handle:
        for document in iter_documents([folder]):
            handle.write(json.dumps({"id": document.id, "text": document.text}, ensure_ascii=False) + "\n")
    return folder, jsonl


def default_source() -> Path:
    seeds = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    return seeds if seeds.exists() else samples_dir()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--times", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--source", type=Path, default=None)
    parser.add_argument("--base", type=int, default=None, help="copy only the first N reports")
    args = parser.parse_args()
    source = args.source or default_source()
    for times in args.times:
        folder, jsonl = make(source, args.out_dir, times, args.base)
        chars = sum(len(json.loads(line)["text"]) for line in open(jsonl, encoding="utf-8"))
        count = sum(1 for _ in open(jsonl, encoding="utf-8"))
        print(f"{times}×: {count} documents, {chars:,} characters → {folder} and {jsonl}")


if __name__ == "__main__":
    main()
