"""The UI in a real Chromium: the seed story's timeline, its evidence, an entity page, hostile text, keys.

What the seed story must show is read from ../shared/acceptance/seeds.json
(publication dates, story timeline dates, which names are one entity and
which are not); nothing here names a seed sentence.  A screenshot of every
page goes to test-artifacts/screenshots/ (printed in the log).
"""

from __future__ import annotations

import httpx
import pytest
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from tests.web.conftest import XSS_IMG, XSS_SCRIPT, seeds_spec


def shoot(browser, shots, name: str) -> None:
    """A screenshot of the whole page (the window grows to the page's height, up to a limit)."""
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, max(700, min(int(height), 5000)))
    browser.execute_script("window.scrollTo(0, 0)")
    path = shots / f"{name}.png"
    browser.save_screenshot(str(path))
    browser.set_window_size(1280, 1000)
    print(f"screenshot: {path}")


def seed_story(server: str) -> dict:
    """The one story holding both seed articles (found by their publication dates, through the JSON twins)."""
    days = {a["published"] for a in seeds_spec()["articles"]}
    found = []
    for row in httpx.get(server + "/stories.json?limit=200", timeout=30).json()["stories"]:
        story = httpx.get(server + f"/story/{row['id']}.json", timeout=30).json()
        published = {(a["published"] or "")[:10] for e in story["events"] for a in e["articles"]}
        if days <= published:
            found.append(story)
    assert len(found) == 1, f"{len(found)} stories hold both seed articles"
    return found[0]


def no_alert(browser) -> bool:
    try:
        _ = browser.switch_to.alert
    except NoAlertPresentException:
        return True
    return False


def entry(browser, date: str):
    items = browser.find_elements(By.CSS_SELECTOR, f'li.entry time[datetime="{date}"]')
    assert items, f"no timeline entry dated {date}"
    return items[0].find_element(By.XPATH, "ancestor::li[1]")


def test_the_seed_story_shows_its_dated_entries_with_sources_and_evidence(server, browser, shots):
    spec = seeds_spec()
    story = seed_story(server)
    browser.get(server + "/stories")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Stories"
    shoot(browser, shots, "stories")
    browser.find_element(By.CSS_SELECTOR, f'a[href="/story/{story["story"]["id"]}"]').click()
    assert browser.find_element(By.TAG_NAME, "h1").text == story["story"]["title"]
    published = sorted(a["published"] for a in spec["articles"])
    wanted = [t["date"] for t in spec["across"]["story_timeline_dates"]]
    # the summit both articles recall, and the day the later article was published
    for date in [wanted[0], published[-1]]:
        li = entry(browser, date)
        twin = next(t for t in story["timeline"] if t["date"] == date)
        assert twin["sources"] and twin["evidence"]
        evidence = li.find_element(By.CSS_SELECTOR, "div.evidence")
        assert not evidence.is_displayed()
        li.find_element(By.TAG_NAME, "summary").click()
        assert evidence.is_displayed()
        shown = [b.text for b in li.find_elements(By.CSS_SELECTOR, "blockquote.sentence")]
        assert shown == ["".join(p["text"] for p in v["sentence"]).strip() for v in twin["evidence"][:3]]
        assert li.find_elements(By.CSS_SELECTOR, "mark.ev-span")
        for source in twin["sources"]:
            assert li.find_elements(By.CSS_SELECTOR, f'p.sources a[href="/article/{source["id"]}"]')
        chains = [c.text for c in li.find_elements(By.CSS_SELECTOR, ".chain")]
        assert any(c.endswith("→ " + date) for c in chains), chains
    assert len(entry(browser, wanted[0]).find_elements(By.CSS_SELECTOR, "p.sources a")) == 2
    later = entry(browser, published[-1])
    assert any(f"published {published[-1]}" in c.text for c in later.find_elements(By.CSS_SELECTOR, ".chain"))
    assert browser.find_elements(By.CSS_SELECTOR, "svg rect.mark.g-month"), "a month is drawn as a span"
    shoot(browser, shots, "story")


def test_timeline_entries_take_the_keyboard(server, browser):
    story = seed_story(server)
    browser.get(server + f"/story/{story['story']['id']}")
    summaries = browser.find_elements(By.CSS_SELECTOR, "ol#timeline summary")
    assert len(summaries) >= 3
    summaries[0].send_keys(Keys.ARROW_DOWN)
    assert browser.switch_to.active_element == summaries[1]
    summaries[1].send_keys(Keys.ARROW_DOWN)
    browser.switch_to.active_element.send_keys(Keys.ARROW_UP)
    assert browser.switch_to.active_element == summaries[1]
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    assert summaries[1].find_element(By.XPATH, "..").get_attribute("open") is not None


def test_the_entity_page_of_kim_lists_his_spellings_and_not_his_brother(server, browser, shots):
    spec = seeds_spec()
    same = next(p for p in spec["across"]["same_entity"] if "Kim Jong Un" in p)
    other = next(p for p in spec["across"]["different_entity"] if "Kim Jong Un" in p and p[0].startswith("Kim"))
    story = seed_story(server)
    kim = next(n for n in story["entities"]["people"] if n["name"] in same)
    browser.get(server + f"/story/{story['story']['id']}")
    browser.find_element(By.CSS_SELECTOR, f'ul.chips a[href="/entity/{kim["id"]}"]').click()
    aliases = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "ul.aliases li")]
    assert "Kim Jong-un" in aliases
    assert not set(other) - set(same) & set(aliases)
    assert browser.find_elements(By.CSS_SELECTOR, "svg rect.bar")
    shoot(browser, shots, "entity")


def test_quotes_and_article_pages_render(server, browser, shots):
    browser.get(server + "/quotes")
    rows = browser.find_elements(By.CSS_SELECTOR, "table.quotes tbody tr")
    assert rows
    shoot(browser, shots, "quotes")
    story = seed_story(server)
    first = story["events"][0]["articles"][0]["id"]
    browser.get(server + f"/article/{first}")
    timex = browser.find_elements(By.CSS_SELECTOR, "div.text .tx")[0]
    assert timex.get_attribute("title").split()[-1] == timex.get_attribute("data-value")
    timex.send_keys("")  # focus shows the resolved value
    assert browser.switch_to.active_element == timex
    assert browser.find_elements(By.CSS_SELECTOR, "div.text a.m[href^='/entity/']")
    assert browser.find_elements(By.CSS_SELECTOR, "div.text .q")
    shoot(browser, shots, "article")


def test_the_quotes_page_keeps_one_kind_chosen_in_its_form_as_quotes_kind_does(server, browser, shots):
    """``/quotes?kind=indirect`` was a 400 ("unknown parameter 'kind'") where ``storyline quotes --kind indirect``
    filters: the page takes the kind from its form, says it in the heading and keeps it selected; every row is of
    that kind, and the JSON twin names it among the filters."""
    from selenium.webdriver.support.select import Select
    from selenium.webdriver.support.wait import WebDriverWait

    browser.get(server + "/quotes")
    Select(browser.find_element(By.CSS_SELECTOR, "form.filters select[name=kind]")).select_by_value("indirect")
    browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
    # the click only starts the form's navigation: wait for the page it asks for (a CI run read the old URL)
    WebDriverWait(browser, 30).until(lambda b: "kind=indirect" in b.current_url)
    assert "kind=indirect" in browser.current_url
    assert browser.find_element(By.TAG_NAME, "h1").text == "Quotes, indirect only"
    chosen = Select(browser.find_element(By.CSS_SELECTOR, "form.filters select[name=kind]")).first_selected_option
    assert chosen.get_attribute("value") == "indirect"
    rows = browser.find_elements(By.CSS_SELECTOR, "table.quotes tbody tr")
    assert rows and all(r.find_element(By.CSS_SELECTOR, "td.qtext .status").get_attribute("textContent") == "indirect"
                        for r in rows)
    shoot(browser, shots, "quotes-indirect")
    twin = httpx.get(server + "/quotes.json?kind=indirect", timeout=30).json()
    assert twin["filters"]["kind"] == "indirect" and {q["kind"] for q in twin["quotes"]} == {"indirect"}
    every = httpx.get(server + "/quotes.json?kind=all&limit=200", timeout=30).json()["quotes"]
    default = httpx.get(server + "/quotes.json?limit=200", timeout=30).json()["quotes"]
    assert "scare" not in {q["kind"] for q in default} and len(every) >= len(default)
    bad = httpx.get(server + "/quotes?kind=quoted", timeout=30)
    assert bad.status_code == 400 and "is not a quote kind" in bad.text


def test_hostile_markup_is_shown_as_text_and_never_runs(server, browser, shots):
    hit = httpx.get(server + "/stories.json?q=regulator+Lisbon", timeout=30).json()["search"]["results"][0]
    for path in [f"/article/{hit['article']}", "/stories?q=regulator+Lisbon", "/quotes?limit=200"]:
        browser.get(server + path)
        assert no_alert(browser), path
        assert browser.execute_script("return document.querySelectorAll('img').length") == 0, path
        scripts = browser.execute_script("return Array.from(document.scripts).map(s => s.getAttribute('src'))")
        assert all(src and src.startswith("/static/") for src in scripts), path
        hrefs = browser.execute_script("return Array.from(document.querySelectorAll('a')).map(a => a.href)")
        assert not [h for h in hrefs if h.lower().startswith("javascript:")], path
        body = browser.find_element(By.TAG_NAME, "body").text
        assert XSS_SCRIPT in body, path
    browser.get(server + f"/article/{hit['article']}")
    assert XSS_SCRIPT in browser.find_element(By.TAG_NAME, "h1").text
    assert XSS_IMG in browser.find_element(By.CSS_SELECTOR, "div.text").text
    assert "javascript:alert(1)" in browser.find_element(By.CSS_SELECTOR, "dl.meta-list").text
    shoot(browser, shots, "hostile-article")


@pytest.mark.parametrize("path", ["/story/987654", "/article/abc"])
def test_unknown_ids_show_a_not_found_page(server, browser, path):
    browser.get(server + path)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Not found"
