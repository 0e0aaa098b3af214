"""Views opened in a real headless Chromium from file:// with no network.

Marked ``browser``: the fast suite skips them, CI runs ``pytest -m browser``.
Each page records on <body> whether it drew (``data-ok``), any script error
(``data-error``) and, through the hostile node name, whether injected markup
ran (``data-xss``).
"""
from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from unionkg.views import write_view, write_views
from views_sample import big_graph, sample_graph

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--disable-default-apps", "--host-resolver-rules=MAP * ~NOTFOUND"]


def chromium(tmp_path: Path, *args: str) -> str:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed")
    profile = tmp_path / "profile"
    result = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                            capture_output=True, text=True, timeout=120)
    return result.stdout


def body_attributes(dom: str) -> str:
    match = re.search(r"<body([^>]*)>", dom)
    assert match, dom[:500]
    return match.group(1)


def png_pixels_vary(path: Path) -> bool:
    """Decode a PNG (8-bit RGB/RGBA, no interlace) and say whether it is not one flat colour."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    width, height, depth, colour = header[:4]
    channels = {2: 3, 6: 4}[colour]
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = prev[x]
            c = prev[x - channels] if x >= channels else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    # the drawing area, below the header: more than a handful of distinct colours
    colours = {row[i:i + 3] for row in rows[height // 3: 2 * height // 3] for i in range(0, stride, channels * 4)}
    return len(colours) > 8


@pytest.fixture(scope="module")
def views(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("views")
    write_views(sample_graph(), out)
    return out


def test_every_view_draws_without_errors_or_injection(views, tmp_path):
    pages = sorted(views.rglob("*.html"))
    assert len(pages) >= 4
    for page in pages:
        if page.name == "index.html":
            continue
        dom = chromium(tmp_path, "--virtual-time-budget=5000", "--dump-dom", page.as_uri())
        attrs = body_attributes(dom)
        assert 'data-ok="1"' in attrs, (page, attrs)
        assert "data-error" not in attrs, (page, attrs)
        assert "data-xss" not in attrs, (page, attrs)
        expected = re.search(r'data-nodes="(\d+)"', page.read_text(encoding="utf-8")).group(1)
        assert f'data-nodes="{expected}"' in dom


def test_whole_graph_screenshot_is_not_blank(views, tmp_path):
    shot = tmp_path / "graph.png"
    chromium(tmp_path, "--window-size=1200,800", "--virtual-time-budget=5000",
             f"--screenshot={shot}", (views / "graph.html").as_uri())
    assert shot.exists()
    assert png_pixels_vary(shot)


def test_thousand_node_view_settles(tmp_path):
    page = write_view(big_graph(1000), tmp_path / "big.html")
    dom = chromium(tmp_path, "--virtual-time-budget=10000", "--dump-dom", page.as_uri())
    attrs = body_attributes(dom)
    assert 'data-ok="1"' in attrs and "data-error" not in attrs
