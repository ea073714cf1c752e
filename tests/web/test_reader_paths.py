"""What an analyst meets off the main road: the keyboard, a phone's window, a page past the end, a pasted query.

Each test walks the real server over the session's store (the seeds, Wikinews articles, a hostile article);
the first two in a real Chromium, since the defect they pin down is what the browser does with the page.
"""

from __future__ import annotations

import re

import httpx
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from storyline.web.render import LIST_TITLE

LISTINGS = ("/stories", "/entities", "/quotes")


def get(server: str, path: str) -> httpx.Response:
    return httpx.get(server + path, timeout=30)


def inside_main(browser, element) -> bool:
    return bool(browser.execute_script("return document.getElementById('main').contains(arguments[0])", element))


def test_the_first_tab_skips_the_header_to_the_page(server, browser):
    """Six header stops (brand, three sections, the search box and its button) came before a page's first link
    on every page; the first Tab now offers a link past them, shown while it has the focus."""
    browser.get(server + "/stories")
    ActionChains(browser).send_keys(Keys.TAB).perform()
    skip = browser.switch_to.active_element
    assert skip.tag_name == "a" and skip.get_attribute("href").endswith("#main"), skip.get_attribute("outerHTML")
    box = browser.execute_script("return arguments[0].getBoundingClientRect().toJSON()", skip)
    assert box["top"] >= 0 and box["height"] > 0, f"the focused skip link is off the screen: {box}"
    skip.send_keys(Keys.ENTER)
    ActionChains(browser).send_keys(Keys.TAB).perform()
    landed = browser.switch_to.active_element
    assert inside_main(browser, landed), f"the Tab after the skip went to {landed.get_attribute('outerHTML')[:120]}"


def test_listings_keep_a_phone_window_s_width_and_scroll_their_table_in_its_own_box(server, browser):
    """On a 375-pixel window the stories, entities and quotes tables were wider than the window and the whole
    page scrolled sideways, header and pager with them; now only the table scrolls, in its own box."""
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 375, "height": 800, "deviceScaleFactor": 1, "mobile": True})
    try:
        for path in LISTINGS:
            browser.get(server + path)
            page, window, table = browser.execute_script(
                "const t = document.querySelector('table.list');"
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth,"
                " t ? t.getBoundingClientRect().width : 0];")
            assert table > window, f"{path}: the table fits the window ({table} px), so this proves nothing"
            assert page <= window, f"{path}: the page is {page} px wide in a {window} px window"
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_a_page_past_the_end_of_a_listing_says_so_and_links_to_the_first(server):
    """``/stories?page=50`` on a store of a few stories said "No stories match: ingest articles first"."""
    total = get(server, "/stories.json?page=1").json()["pagination"]["total"]
    assert total
    for path in ("/stories?page=50&sort=largest", "/entities?page=500&type=PERSON"):
        page = get(server, path)
        assert page.status_code == 200
        assert "ingest" not in page.text.split('<main id="main"', 1)[1], path
        assert "is past the end of this list" in page.text, path
        first = path.split("?")[0] + "?" + path.split("&")[1]  # the other filters kept, the page number dropped
        assert f'<a href="{first}">Go to the first page</a>' in page.text, path
    assert f"its {total} stor" in get(server, "/stories?page=50").text


def test_a_pasted_long_query_is_cut_in_the_heading_not_echoed_whole(server):
    """A query of hundreds of words filled the search heading (a screen and more of bold text); the heading now
    cuts it as a list cuts a long title, and the search box keeps it whole."""
    query = " ".join(["airline"] * 200)
    for path in LISTINGS:
        page = get(server, f"{path}?q={query}")
        assert page.status_code == 200, path
        shown = [h for h in re.findall(r"<h[12][^>]*>(.*?)</h[12]>", page.text, re.S) if "airline" in h]
        assert len(shown) == 1, f"{path}: {len(shown)} headings name the query"
        assert len(shown[0]) < LIST_TITLE + 80 and "…" in shown[0], f"{path}: {shown[0][:200]}"
        assert f'value="{query}"' in page.text, f"{path}: the search box lost the query"


def test_a_parameter_given_twice_is_a_400_that_names_its_values(server):
    """``/story/N?top=all&top=3`` showed the top 3 and ``?q=a&q=b`` searched b, the other value dropped without a
    word, though a parameter a page does not take is a 400 that says what it takes."""
    story = get(server, "/stories.json").json()["stories"][0]["id"]
    for path in ("/stories?q=airline&q=regulator", f"/story/{story}?top=all&top=3", "/quotes.json?q=a&q=b",
                 "/entities?type=PERSON&type=ORG"):
        res = get(server, path)
        assert res.status_code == 400, path
        assert "times; give it once" in res.text, path
    assert get(server, "/stories.json?q=airline&q=regulator").json()["message"] == (
        "q is given 2 times; give it once (q=airline, q=regulator)")
    assert get(server, "/stories?utm_source=a&utm_source=b").status_code == 200  # a link's tags, not the reader's


def test_the_date_filters_suggest_a_form_not_a_year_the_store_may_not_hold(server):
    """The From and To boxes said 1998-01 and 1998-12-31 over any store, whatever the years of its articles."""
    page = get(server, "/stories").text
    boxes = {name: re.search(rf'<input name="{name}"[^>]*placeholder="([^"]*)"', page) for name in ("since", "until")}
    assert all(boxes.values()), page[:2000]
    assert {name: m.group(1) for name, m in boxes.items() if m} == {"since": "YYYY-MM-DD", "until": "YYYY-MM-DD"}
