"""Text normalisation shared by reading and resolution: NFKC and t2s."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from opencc import OpenCC


@lru_cache(maxsize=1)
def _converter() -> OpenCC:
    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """NFKC-fold and convert traditional characters to simplified."""
    return _converter().convert(unicodedata.normalize("NFKC", text))
