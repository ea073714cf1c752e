"""Right-to-left text in the web UI: an Arabic title and article, drawn by a real Chromium."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.web.conftest import BIN, serving

ARABIC = {"id": "ar-1", "published": "2024-12-02", "source": "Wire",
          "title": "فيضانات في شمال بنغلاديش",
          "text": "دكا - قال مسؤولون يوم الاثنين إن مياه الفيضانات ارتفعت في شمال بنغلاديش. "
                  "وأمرت رئيسة الوزراء الجيش بالمساعدة في أعمال الإنقاذ."}


@pytest.fixture(scope="module")
def arabic_server(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("bidi")
    feed = folder / "ar.jsonl"
    feed.write_text(json.dumps(ARABIC, ensure_ascii=False) + "\n", encoding="utf-8")
    db = folder / "store.db"
    subprocess.run([str(BIN), "--db", str(db), "ingest", str(feed), "-q"], check=True, timeout=300)
    with serving(Path(db)) as base:
        yield base


def test_an_arabic_title_keeps_the_count_beside_it_out_of_its_run(arabic_server, browser):
    """The stories list drew "Title 1 event" as "1 <Arabic title> event": the count joined the title's run."""
    browser.get(arabic_server + "/stories")
    link = browser.find_element("css selector", "td a[href^='/story/']")
    meta = link.find_element("xpath", "following-sibling::span[@class='meta']")
    assert meta.text.startswith("1 event")
    link_right = max(r["right"] for r in browser.execute_script("return arguments[0].getClientRects()", link))
    meta_left = min(r["left"] for r in browser.execute_script("return arguments[0].getClientRects()", meta))
    assert meta_left >= link_right - 1


def test_an_arabic_article_is_set_right_to_left(arabic_server, browser):
    """Its text ran in a left-to-right paragraph: a short line began in the middle and ended at the left."""
    browser.get(arabic_server + "/stories")
    browser.find_element("css selector", "td a[href^='/story/']").click()
    browser.get(browser.find_element("css selector", "a[href^='/article/']").get_attribute("href"))
    text = browser.find_element("css selector", "div.text")
    gap = browser.execute_script(  # from the first letter's right edge to the right edge of the text's box
        "const t = arguments[0]; const w = document.createTreeWalker(t, NodeFilter.SHOW_TEXT);"
        "let n = w.nextNode(); while (n && !n.data.trim()) n = w.nextNode();"
        "const r = document.createRange(); const i = n.data.search(/\\S/); r.setStart(n, i); r.setEnd(n, i + 1);"
        "const s = getComputedStyle(t);"
        "return t.getBoundingClientRect().right - parseFloat(s.paddingRight) - r.getBoundingClientRect().right;",
        text)
    assert abs(gap) < 4, f"the text starts {gap:.0f}px left of the box's right edge"
