"""One scraped page → the reports it holds, without the site around them.

Template sites put five or ten summaries on one page under headings such as
``工会年终工作总结 篇1``, ``篇二``, ``【篇3】``, ``第一篇``, ``范文二`` or
``医院工会年终总结四``, after a preamble ("下面是小编精心整理的…") and before a
list of related articles.  Each report is a separate document for extraction
(``@author`` differs from one to the next), so the page is cut at the
headings, the preamble and the tail are dropped, and every line that is
plainly site chrome is removed wherever it occurs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from unionkg.corpus.normalize import Line

_NUM = r"(?:[0-9]{1,3}|[一二三四五六七八九十百零〇两]{1,4})"
_SENTENCE_PUNCT = re.compile(r"[。，,;；!！?？、]")

#: Headings that can only be a report separator ("篇N" / "第N篇").
_STRONG = (
    re.compile(rf"^(?P<stem>.{{0,40}}?)\s*[【\[(]?\s*篇\s*(?P<num>{_NUM})\s*[】\])]?$"),
    re.compile(rf"^[【\[(]?\s*第\s*(?P<num>{_NUM})\s*篇\s*[】\])]?\s*[:：]?\s*(?P<stem>.{{0,40}})$"),
)
#: "<title>总结一", "范文二": a heading only when the page repeats the form.
_WEAK = re.compile(
    rf"^(?P<stem>.{{0,40}}?)\s*[【\[(]?\s*(?:范文|总结|报告|材料|模板)\s*(?P<num>{_NUM})\s*[】\])]?$"
)
_TITLE_WORDS = re.compile(r"(总结|报告|汇报)")

#: Lines that are site chrome wherever they appear.
BOILERPLATE = re.compile(
    r"""
      我要投稿 | 小编 | 欢迎(大家)?(借鉴|阅读|参考|分享|下载|收藏)
    | 仅供(大家)?参考 | 希望(对|能|可以)?(对)?(大家|你|您)(有所)?(帮助|有帮助)
    | 希望能够帮助到大家 | 希望对大家有所帮助
    | ^时间\s*[:：]\s*\d{4}[-/年]\d{1,2}
    | ^(发布|更新)(时间|日期)\s*[:：]
    | ^\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?(\s|$)
    | (本文|文章)(来源|来自|出处|地址)\s*[:：]
    | 责任编辑\s*[:：] | 版权(所有|声明) | 未经(书面)?(授权|许可).{0,10}转载
    | ^(上一篇|下一篇)\s*[:：] | 点击(这里|下载|查看|进入) | 扫一扫 | 手机阅读
    | ^(首页|主页|当前位置\s*[:：]).{0,40}[>»/]
    | ^(浏览|阅读|点击)(次数|量)?\s*[:：]\s*\d+
    """,
    re.VERBOSE,
)
#: A line from which on the rest of the page is a list of other articles.
TAIL = re.compile(
    r"^(【[^】]*】)?\s*(相关文章|相关推荐|相关阅读|相关范文|猜你喜欢|延伸阅读|推荐阅读|"
    r"热门文章|热门推荐|精选文章|最新文章|精彩推荐|更多(相关)?(文章|内容|范文|推荐))\s*[:：]?\s*$"
)
_CONTENT_CHAR = re.compile(r"[0-9A-Za-z\u3400-\u9fff]")


@dataclass
class Part:
    """One report of a page: its heading (if any) and its lines."""

    title: str | None
    lines: list[Line] = field(default_factory=list)


def _is_preview(line: Line, following: list[Line]) -> bool:
    """A teaser line ("标题一、首句...") that repeats the start of what follows."""
    text = line.text
    if not text.endswith(("...", "…")) or not following:
        return False
    head = text.rstrip(".…").replace(" ", "")
    nxt = "".join(l.text for l in following[:3]).replace(" ", "")
    return len(head) >= 10 and nxt.startswith(head[:20])


def clean_page(lines: list[Line]) -> list[Line]:
    """Drop site chrome lines, teaser lines, junk lines and the related-articles tail."""
    kept: list[Line] = []
    for k, line in enumerate(lines):
        if TAIL.match(line.text) and len(line.text) <= 60:
            break
        if BOILERPLATE.search(line.text) and len(line.text) <= 300:
            continue
        if not _CONTENT_CHAR.search(line.text):
            continue
        if _is_preview(line, lines[k + 1 : k + 4]):
            continue
        kept.append(line)
    return kept


def _heading_like(text: str) -> bool:
    return len(text) <= 50 and not _SENTENCE_PUNCT.search(text)


def find_headings(lines: list[Line]) -> list[int]:
    """Indices of the lines that start a report (empty: the page is one report)."""
    strong = [
        i for i, l in enumerate(lines)
        if _heading_like(l.text) and any(p.match(l.text) for p in _STRONG)
    ]
    if strong:
        return strong
    weak: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        m = _WEAK.match(line.text)
        if m and _heading_like(line.text):
            weak.setdefault(m.group("stem").strip(), []).append(i)
    accepted = sorted(
        i for stem, idx in weak.items() if len(idx) >= 2 or not stem for i in idx
    )
    if accepted:
        return accepted
    # A page that repeats one title line before each report.
    counts: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if len(line.text) <= 30 and _heading_like(line.text) and _TITLE_WORDS.search(line.text):
            counts.setdefault(line.text, []).append(i)
    repeated = [idx for idx in counts.values() if len(idx) >= 2]
    if repeated:
        return max(repeated, key=len)
    return []


def split_reports(lines: list[Line]) -> list[Part]:
    """Cut cleaned lines at report headings; the preamble before the first goes."""
    heads = find_headings(lines)
    if not heads:
        return [Part(None, lines)]
    parts = []
    for n, start in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        parts.append(Part(lines[start].text, lines[start + 1 : end]))
    return parts
