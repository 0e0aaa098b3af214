"""PDF files with a text layer → plain text, one paragraph a line.

pdfminer.six gives the text lines of each page with their positions; a PDF
has no paragraphs, only lines wrapped at the right margin.  The rest of the
reading stage treats a line as a paragraph (headings such as 篇一 or 总结二
must start one for the multi-report splitter, and sentences must not be cut
at a wrap), so this module rebuilds paragraphs from the layout the way a
reader does:

* a line that starts indented (Chinese paragraphs open with two spaces' worth
  of indent) begins a paragraph;
* a line that stops short of the right margin ends one (the last line of a
  paragraph, a heading);
* a gap between lines clearly wider than the usual line pitch separates them.

Wrapped lines are joined with nothing between them, as Chinese is written,
or with a space where two Latin letters or digits meet.  A page-number line
(``- 3 -``, ``第 3 页``) is dropped.  A PDF whose pages hold no text at all
is a scan: there is nothing to read without OCR, and the caller says so in
one line instead of building an empty graph.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from pathlib import Path

from unionkg.corpus.errors import CorpusError

_PAGE_NUMBER = re.compile(r"^[\s\-—–·]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／共]\s*\d{1,4}\s*页?)?[\s\-—–·]*$")
_CID = re.compile(r"\(cid:\d+\)")
#: More than this share of undecodable glyphs means the text layer is unusable.
MAX_CID_SHARE = 0.2


@dataclass(frozen=True)
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def size(self) -> float:
        return max(self.top - self.bottom, 1.0)


def _page_lines(page) -> list[_Line]:
    """The text lines of one pdfminer page in reading order, page numbers left out."""
    from pdfminer.layout import LTTextContainer, LTTextLine

    lines: list[_Line] = []

    def walk(element) -> None:
        if isinstance(element, LTTextLine):
            text = element.get_text().strip()
            if text and not _PAGE_NUMBER.match(text):
                lines.append(_Line(text, element.x0, element.x1, element.y1, element.y0))
        elif isinstance(element, LTTextContainer) or hasattr(element, "__iter__"):
            for child in element:
                walk(child)

    for element in page:
        walk(element)
    return lines


def _join(left: str, right: str) -> str:
    """Join a wrapped line: no space in Chinese, one space between Latin words."""
    if left and right and left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum():
        return f"{left} {right}"
    return left + right


def _paragraphs(lines: list[_Line], carry: str, carry_open: bool) -> tuple[list[str], str, bool]:
    """Rebuild one page's paragraphs; ``carry`` is an unfinished paragraph from the page before.

    Returns the finished paragraphs, the last (maybe unfinished) one and
    whether it reached the right margin (so the next page may continue it).
    """
    if not lines:
        return [], carry, carry_open
    size = statistics.median(line.size for line in lines)
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    pitches = [a.bottom - b.bottom for a, b in zip(lines, lines[1:]) if 0 < a.bottom - b.bottom < 4 * size]
    pitch = statistics.median(pitches) if pitches else 1.5 * size
    done: list[str] = []
    current, is_open = carry, carry_open
    previous: _Line | None = None
    for line in lines:
        indented = line.x0 > left + 0.8 * size
        gap = previous is not None and (previous.bottom - line.bottom) > 1.4 * pitch
        new_column = previous is not None and line.bottom > previous.bottom + 0.5 * size
        if current and (indented or gap or new_column or not is_open):
            done.append(current)
            current = ""
        current = _join(current, line.text) if current else line.text
        is_open = line.x1 >= right - 1.5 * size
        previous = line
    return done, current, is_open


def pdf_to_text(path: str | Path) -> str:
    """The text of a PDF's text layer, one paragraph a line.

    Raises :class:`CorpusError` (one line) for a file pdfminer cannot open
    (damaged, encrypted), for a scan with no text layer, and for a text
    layer whose fonts carry no Unicode mapping (pdfminer then gives
    ``(cid:123)`` placeholders, not text).
    """
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    paragraphs: list[str] = []
    carry, carry_open = "", False
    try:
        for page in extract_pages(str(path), laparams=LAParams()):
            done, carry, carry_open = _paragraphs(_page_lines(page), carry, carry_open)
            paragraphs += done
    except PDFPasswordIncorrect:
        raise CorpusError("a password-protected PDF, save it without a password or as .docx") from None
    except Exception as exc:  # pdfminer raises many unrelated types for a damaged file
        raise CorpusError(f"not a readable PDF ({' '.join(str(exc).split()) or type(exc).__name__})") from None
    if carry:
        paragraphs.append(carry)
    text = "\n".join(paragraphs)
    if not text.strip():
        raise CorpusError("a scanned PDF with no text layer (run OCR on it, or convert it to .docx)")
    glyphs = len(re.sub(r"\s", "", text))
    if glyphs and sum(len(m) for m in _CID.findall(text)) > MAX_CID_SHARE * glyphs:
        raise CorpusError("the PDF's fonts have no Unicode map, its text cannot be read (convert it to .docx)")
    return text
