"""Lexicons and patterns, read from the data files beside this module.

Rules in the components name *classes* of things (organisation suffixes,
honour vocabulary, event heads, cue verbs); the words themselves live in
``data/*.txt`` so a user can extend them for their own sector without touching
code.  Each file is one entry a line; ``#`` starts a comment.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """The entries of ``data/NAME.txt`` (whitespace-separated), longest first."""
    text = files("unionkg.nlp").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    entries = {entry for line in text.splitlines() for entry in line.split("#", 1)[0].split()}
    return tuple(sorted(entries, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def wordset(name: str) -> frozenset[str]:
    return frozenset(words(name))


@lru_cache(maxsize=None)
def alternation(name: str) -> str:
    """A regex alternation ``(?:a|b|…)`` of the file's entries, longest first."""
    return "(?:" + "|".join(re.escape(w) for w in words(name)) + ")"


def data_path(name: str) -> str:
    return str(files("unionkg.nlp").joinpath("data", name))


@lru_cache(maxsize=None)
def table(name: str) -> dict[str, str]:
    """``data/NAME.tsv`` as a mapping of its first column to its second."""
    text = files("unionkg.nlp").joinpath("data", f"{name}.tsv").read_text(encoding="utf-8")
    rows = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if "\t" in line:
            key, value = line.split("\t")[:2]
            rows[key.strip()] = value.strip()
    return rows


@lru_cache(maxsize=1)
def _patterns() -> dict[str, dict[str, str]]:
    import tomllib

    return tomllib.loads(files("unionkg.nlp").joinpath("data", "patterns.toml").read_text(encoding="utf-8"))


def pattern(component: str, name: str) -> re.Pattern[str]:
    """The compiled regex ``name`` of ``component`` from ``data/patterns.toml``."""
    return re.compile(_patterns()[component][name])
