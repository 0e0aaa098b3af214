"""Bytes → text for scraped Chinese pages.

Scraped summaries arrive as UTF-8, UTF-8 with BOM, GB18030/GBK (Windows
"ANSI" on Chinese systems) and now and then Big5.  Guessing encodings by hand
is a classic source of mojibake, so detection is left to charset-normalizer;
this module only adds a fast path (strict UTF-8, which is by far the most
common case) and the checks that tell "a text in an odd encoding" from "not
a text at all".
"""
from __future__ import annotations

import codecs

from unionkg.corpus.errors import CorpusError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: GB2312 and GBK are subsets of GB18030; decoding with the superset never
#: loses a character the detector's narrower guess would have decoded.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "big5": "big5hkscs"}

#: Share of suspicious characters (U+FFFD, C0 controls) above which a decoded
#: file is treated as binary rather than as a text with a few bad bytes.
_MAX_BAD_RATIO = 0.02


def _bad_ratio(text: str) -> float:
    bad = sum(
        1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f\v")
    )
    return bad / max(len(text), 1)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode raw file bytes; return ``(text, encoding)``.

    Raises :class:`CorpusError` with a short reason (no path: the caller adds
    it) for empty, binary or undecodable input.
    """
    if not data.strip():
        raise CorpusError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise CorpusError(f"undecodable {encoding} after BOM ({exc.reason})") from exc
            return _checked(text.lstrip("\ufeff"), "utf-8-sig" if encoding == "utf-8-sig" else encoding)
    if b"\x00" in data:
        raise CorpusError("binary file (NUL bytes)")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    import charset_normalizer  # only for text that is not UTF-8: its import is 0.06 s of a start-up

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise CorpusError("undecodable (no text encoding fits)")
    encoding = _SUPERSETS.get(best.encoding.lower().replace("_", ""), best.encoding)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text, encoding = str(best), best.encoding
    return _checked(text, encoding.replace("_", "-"))


def _checked(text: str, encoding: str) -> tuple[str, str]:
    if not text.strip():
        raise CorpusError("empty file")
    if _bad_ratio(text) > _MAX_BAD_RATIO:
        raise CorpusError(f"binary or undecodable file (best guess {encoding})")
    return text, encoding
