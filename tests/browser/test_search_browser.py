"""The search box of a view, in headless Chromium: names as people type them.

The page reads a search from its address (``graph.html#search=…``), so the
test can type without a driver and read what was found from the box's
``data-found`` attribute.
"""
from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from test_views_browser import body_attributes, chromium
from unionkg.views import write_views
from views_sample import sample_graph

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    out = tmp_path_factory.mktemp("search")
    write_views(sample_graph(), out)
    return out / "graph.html"


@pytest.mark.parametrize("typed, found", [
    ("李紅梅", "李红梅"),                    # traditional form of the label
    ("红星小学", "红星小学工会"),            # a prefix
    ("紅星小學工會", "红星小学工会"),
    # part of the name; found names are listed as displayed, with what tells a scoped body apart
    ("教育工会", "区教育工会（红星小学工会）"),
    ("工会", "区教育工会（红星小学工会）|红星小学工会"),     # several: all of them, listed
    ("没有这个", ""),
])
def test_search_finds_names_as_typed(page, tmp_path, typed, found):
    dom = chromium(tmp_path, "--virtual-time-budget=5000", "--dump-dom", f"{page.as_uri()}#search={quote(typed)}")
    assert 'data-ok="1"' in body_attributes(dom) and "data-error" not in body_attributes(dom)
    box = re.search(r'<input id="search"[^>]*>', dom).group(0)
    assert f'data-found="{found}"' in box, box
