"""HTML page → plain text with line breaks where the layout had blocks.

Scraped pages are HTML; the NLP stage needs paragraphs as lines, so block
elements become line breaks and scripts/styles disappear.  The markup itself
is not kept: ``Document.original`` for an HTML file is this extracted text,
because an offset into tags would not help anyone read the evidence.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # bs4 is imported when HTML is read, not by every command
    from bs4 import Tag

_DROP = (
    "script", "style", "noscript", "template", "iframe", "svg", "head",
    "nav", "footer", "aside", "form", "button", "select",
)
#: class/id words of page chrome around the article (menus, footers, share bars).
_CHROME = re.compile(
    r"(^|[-_ ])(nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|sidebar|side|copyright|"
    r"share|comments?|related|recommend|ads?|banner|toolbar|pager|pagination)($|[-_ ])",
    re.I,
)
_BLOCKS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "tr", "table", "section", "article", "header", "footer", "blockquote",
    "pre", "hr", "dd", "dt", "dl", "nav", "aside", "main", "figure", "figcaption",
    "form", "address", "center",
)


def html_to_text(markup: str) -> tuple[str, str | None]:
    """Return ``(text, title)``; title from ``<title>``, else the first ``<h1>``."""
    from bs4 import BeautifulSoup, Comment

    soup = BeautifulSoup(markup, "html.parser")
    title: str | None = None
    if soup.title and soup.title.get_text(strip=True):
        title = soup.title.get_text(" ", strip=True)
    else:
        h1 = soup.find("h1")
        if h1 and h1.get_text(strip=True):
            title = h1.get_text(" ", strip=True)
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(_is_chrome):
        if not tag.decomposed:
            tag.decompose()
    for tag in soup.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    return soup.get_text(), title


def _is_chrome(tag: Tag) -> bool:
    """A container whose class or id names it as navigation, footer, share bar…"""
    if tag.name in ("html", "body"):
        return False
    words = " ".join([*(tag.get("class") or []), str(tag.get("id") or "")])
    return bool(words.strip()) and bool(_CHROME.search(words))
