"""Where the ontology files are: in the wheel (``unionkg/ontology``) or the checkout."""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def ontology_dir() -> Path:
    """The folder holding ``unionkg.ttl`` and ``shapes.ttl``."""
    try:
        packaged = files("unionkg") / "ontology"
        if packaged.is_dir() and (packaged / "unionkg.ttl").is_file():
            return Path(str(packaged))
    except (ModuleNotFoundError, TypeError, NotADirectoryError):  # pragma: no cover
        pass
    return Path(__file__).resolve().parents[3] / "ontology"


def ontology_file(name: str) -> Path:
    return ontology_dir() / name
