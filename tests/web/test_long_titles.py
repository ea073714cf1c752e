"""A scraped page's title that runs to hundreds of characters, in the lists that cite it."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import httpx
import pytest

from storyline.web.render import LIST_TITLE, short_title
from tests.web.conftest import BIN, serving

LONG = " ".join(["Flood waters rise across the region as officials in Dhaka, Chittagong and Sylhet warn that"] * 6)
REPORT = {"id": "long-1", "published": "2024-12-02", "source": "Wire", "title": LONG,
          "text": "Flood waters rose across northern Bangladesh on Monday, officials said, as rains continued to swell "
                  "rivers. \"We are doing everything we can,\" said Enamur Rahman, the disaster management minister. "
                  "At least 14 people have died since Thursday."}


@pytest.fixture(scope="module")
def long_server(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("long")
    feed = folder / "long.jsonl"
    feed.write_text(json.dumps(REPORT) + "\n", encoding="utf-8")
    db = folder / "store.db"
    subprocess.run([str(BIN), "--db", str(db), "ingest", str(feed), "-q"], check=True, timeout=300)
    with serving(Path(db)) as base:
        yield base


def test_a_very_long_title_is_cut_in_lists_and_whole_on_its_page(long_server):
    """Its 545 characters filled the story's event list, every timeline entry's sources and every quote citing it."""
    stories = httpx.get(long_server + "/stories.json", timeout=30).json()["stories"]
    story = httpx.get(f"{long_server}/story/{stories[0]['id']}", timeout=30).text
    links = re.findall(r'<a href="/article/\d+"[^>]*>([^<]*)</a>', story)
    assert links and all(len(t) <= 160 and t.endswith(" …") for t in links), links
    assert f'title="{LONG}"' in story  # the whole title a hover away
    listing = re.sub(r' title="[^"]*"', "", httpx.get(long_server + "/stories", timeout=30).text)  # shown, not hovered
    assert LONG not in listing and LONG[:100] in listing
    article = httpx.get(f"{long_server}/article/1", timeout=30).text
    assert f"<h1>{LONG}</h1>" in article


def test_every_list_that_cuts_a_title_gives_it_whole_in_a_tooltip(long_server):
    """Only the quote citations had the tooltip: the story's entry sources and evidence, the stories list and
    the search hits cut the title with no way to read it but to open the article (the title_link macro)."""
    sid = httpx.get(long_server + "/stories.json", timeout=30).json()["stories"][0]["id"]
    story = httpx.get(f"{long_server}/story/{sid}", timeout=30).text
    cut = re.findall(r'<a href="/article/\d+"([^>]*)>[^<]* …</a>', story)
    assert len(cut) >= 2 and all(attrs == f' title="{LONG}"' for attrs in cut), cut
    listing = httpx.get(long_server + "/stories?q=Dhaka", timeout=30).text
    assert re.search(rf'<a href="/story/{sid}" title="{LONG}">', listing)  # the stories list
    assert re.search(rf'<a href="/article/1" title="{LONG}">', listing)  # the search hits

def test_a_title_with_no_space_to_cut_at_stays_within_the_list_limit():
    """A Chinese headline has no space: it was cut to 159 characters plus " …", 161 in a 160 list (short_title
    now cuts as the CLI's shorten does, the ellipsis inside the limit)."""
    title = "北京遭遇今冬首场大雪交通受阻" * 20
    shown = short_title(title)
    assert len(shown) == LIST_TITLE and shown.endswith(" …") and title.startswith(shown[:-2])
