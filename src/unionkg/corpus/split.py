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
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

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
    """Cut cleaned lines at report headings (the preamble before the first goes),
    then each part where an unheaded report begins (:func:`split_unheaded`)."""
    heads = find_headings(lines)
    headed = [Part(None, lines)] if not heads else [
        Part(lines[start].text, lines[start + 1 : heads[n + 1] if n + 1 < len(heads) else len(lines)])
        for n, start in enumerate(heads)
    ]
    parts = []
    for part in headed:
        for k, chunk in enumerate(split_unheaded(part.lines)):
            title = part.title if k == 0 else None
            if title is None and len(chunk) > 1 and is_title_line(chunk[0].text):
                title = chunk[0].text  # kept in the text too: it is part of the report
            parts.append(Part(title, chunk))
    return parts


# ---------------------------------------------------------------- unheaded reports
#
# Many pages paste reports one after another with no 篇N between them.  What
# still marks a new report is (a) a title line, (b) a fresh opening — a time
# phrase and a named writer that works "under the lead of" someone (20__年度，
# 我校工会在县教育工会的领导下…) — or (c) an outline that starts again at 一
# after it had reached 三 with nothing of another level in between.  The cue
# words are data (``data/report_cues.toml``).

_ZH_NUM = "一二三四五六七八九十"
#: outline levels: 一、 / （一） / 1、 / （1）
_OUTLINE = (
    re.compile(rf"^(?P<n>[{_ZH_NUM}]{{1,3}})\s*[、，,．.]"),
    re.compile(rf"^[（(]\s*(?P<n>[{_ZH_NUM}]{{1,3}})\s*[)）]"),
    re.compile(r"^(?P<n>\d{1,2})\s*(?:[、，,．]|\.(?!\d))"),
    re.compile(r"^[（(]\s*(?P<n>\d{1,2})\s*[)）]"),
)


@dataclass(frozen=True)
class _Cues:
    opening: re.Pattern
    frames: re.Pattern
    closing: re.Pattern
    title: re.Pattern
    bare: frozenset[str]
    min_chars: int
    min_restart: int


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    data = tomllib.loads(
        files("unionkg.corpus").joinpath("data", "report_cues.toml").read_text(encoding="utf-8"))
    opening = re.compile(
        rf"^(?P<time>[^，,。；;]{{0,12}}?(?:{_alt(data['time_openers'])})[，,]\s*)?"
        rf"(?P<writer>[^，,。；;：:“”\"]{{0,16}}?(?:{_alt(data['writer_heads'])}))"
        rf"(?:{_alt(data['opening_verbs'])})")
    return _Cues(
        opening=opening,
        frames=re.compile(_alt(data["opening_frames"])),
        closing=re.compile(rf"^(?:{_alt(data['closing_starts'])})|{_alt(data['closing_phrases'])}"),
        title=re.compile(rf"(?:{_alt(data['title_endings'])})$"),
        bare=frozenset(data["bare_writers"]),
        min_chars=int(data["min_report_chars"]),
        min_restart=int(data["min_restart_from"]),
    )


def _zh_number(text: str) -> int:
    """一 → 1, 十二 → 12, 三十 → 30 (outline numbers only go that far)."""
    if text.isdigit():
        return int(text)
    digits = {c: i for i, c in enumerate(_ZH_NUM, 1)}
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (digits.get(tens, 1) if tens else 1) * 10 + (digits.get(ones, 0) if ones else 0)
    return digits.get(text[:1], 0)


def outline_item(text: str) -> tuple[int, int] | None:
    """``(level, number)`` of an outline item line (``三、`` → (0, 3)), else ``None``."""
    for level, pattern in enumerate(_OUTLINE):
        m = pattern.match(text)
        if m:
            return level, _zh_number(m.group("n"))
    return None


def is_title_line(text: str) -> bool:
    """A short line with no sentence punctuation ending like a title (…工作总结)."""
    return (len(text) <= 30 and not _SENTENCE_PUNCT.search(text) and outline_item(text) is None
            and bool(_cues().title.search(text)))


def is_opening(text: str) -> bool:
    """A paragraph that reads like the first of a report (a named writer, in time, under a lead)."""
    cues = _cues()
    if is_closing(text):
        return False
    m = cues.opening.match(text)
    if not m:
        return False
    if m.group("writer") in cues.bare:
        return False
    return bool(m.group("time")) or bool(cues.frames.search(text[:90]))


def is_closing(text: str) -> bool:
    """A paragraph that winds a report up (总之…, …在今后的工作中…)."""
    return bool(_cues().closing.search(text))


def split_unheaded(lines: list[Line]) -> list[list[Line]]:
    """Cut one part's lines where a new, unheaded report begins (see the comment above)."""
    cues = _cues()
    starts = [0]
    size = 0                        # characters of the current report so far
    last: dict[int, int] = {}       # level → number of its last item in the current report
    since: dict[int, bool] = {}     # level → another level's item seen since its last item
    for i, line in enumerate(lines):
        text = line.text
        cut: int | None = None
        if i > starts[-1] and size >= cues.min_chars:
            if is_title_line(text) or is_opening(text):
                cut = i
            else:
                item = outline_item(text)
                if (item and item[1] == 1 and last.get(item[0], 0) >= cues.min_restart
                        and not since.get(item[0], True)):
                    # 1、 again straight after 4、: a new report if the old one closed
                    # (总之…) or a title intervenes; 一、 after 三、 at a report's top
                    # level restarts a report by itself unless a line introduces a list.
                    back, closed = _back_up(lines, i, starts[-1])
                    top = item[0] == 0 == next(iter(last), None)
                    if closed or (top and not lines[i - 1].text.endswith((":", "："))):
                        cut = back
        if cut is not None:
            starts.append(cut)
            size = sum(len(l.text) for l in lines[cut:i])
            last, since = {}, {}
            for l in lines[cut:i]:
                _track(l.text, last, since)
        size += len(text)
        _track(text, last, since)
    return [lines[a:b] for a, b in zip(starts, starts[1:] + [len(lines)])]


def _track(text: str, last: dict[int, int], since: dict[int, bool]) -> None:
    item = outline_item(text)
    if item is None:
        return
    level, number = item
    for other in since:
        if other != level:
            since[other] = True
    last[level] = number
    since[level] = False


def _back_up(lines: list[Line], i: int, floor: int) -> tuple[int, bool]:
    """Where a report whose outline restarts at line ``i`` begins: the paragraphs
    just before it (its title and opening) back to the previous report's last
    outline item or closing paragraph, at most three lines.  The flag says
    whether a closing paragraph or a title marked the boundary."""
    j = i
    while j - 1 > floor and i - j < 3:
        prev = lines[j - 1].text
        if is_title_line(prev):
            return j - 1, True
        if is_closing(prev):
            return j, True
        if outline_item(prev) is not None:
            break
        j -= 1
    # nothing marks the end of the previous report: keep only opening-like lines
    k = i
    while k - 1 > floor and (is_opening(lines[k - 1].text) or is_title_line(lines[k - 1].text)):
        k -= 1
    return k, False
