"""spaCy and jieba imported without the parts extraction never uses.

A one-document ``unionkg extract`` spent more time importing than working:

* ``import spacy`` runs ``from .cli.info import info``, which imports the
  whole of ``spacy.cli`` – every command of spaCy's own command line, with
  weasel, requests, the training code and their pydantic schemas – about a
  third of spaCy's import time.  The pipeline uses none of it.  While spaCy
  is imported, ``spacy.cli`` and ``spacy.cli.info`` are stand-ins; they are
  removed from ``sys.modules`` afterwards, so ``import spacy.cli`` later gets
  the real package, and ``spacy.info`` forwards to the real function.
* jieba's ``_compat`` imports ``pkg_resources`` (most of jieba's import time)
  only to open its own data files, and opens them with ``open`` when
  ``pkg_resources`` is missing: the same files, the same bytes.

Nothing else changes: the same modules build the same pipeline.  When
either library is already imported (by the caller's own code) it is used as
it is.
"""
from __future__ import annotations

import sys
import types
from importlib import import_module
from typing import Any

_CLI_STANDINS = ("spacy.cli", "spacy.cli.info")


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real one, imported when called."""
    return import_module("spacy.cli.info").info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """``spacy``, imported once without its command line (see the module's docstring)."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    package = types.ModuleType("spacy.cli")
    package.__path__ = []  # a package, so that ``spacy.cli.info`` resolves to the stand-in below
    info = types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    standins = {"spacy.cli": package, "spacy.cli.info": info}
    sys.modules.update(standins)
    try:
        import spacy
    finally:
        for name, module in standins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        loaded = sys.modules.get("spacy")
        if loaded is not None and getattr(loaded, "cli", None) is package:
            delattr(loaded, "cli")
    return spacy


def import_jieba() -> types.ModuleType:
    """``jieba``, imported without ``pkg_resources`` (see the module's docstring)."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        return import_module("jieba")
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # "not installed", for this import
    try:
        return import_module("jieba")
    finally:
        if sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
