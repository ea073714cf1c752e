"""A reader following a timeline entry's evidence, or a quote, to its article lands on the sentence itself.

The story page shows each entry's supporting sentence and the quotes page each
quote's first outlet; both linked to the top of the article, so in a long wire
story the reader had to hunt for the sentence.  The article page now has an
anchor at every sentence and quote start (``#at-OFFSET``) and those links name it.
"""

from __future__ import annotations

import httpx
from selenium.webdriver.common.by import By

from tests.web.test_browser import seed_story


def landed(browser, server: str) -> tuple[int, str]:
    """The offset the browser's address names and the article text from there (read from the JSON twin)."""
    url = browser.current_url
    assert "#at-" in url, f"the link did not name a place in the article: {url}"
    path, at = url[len(server):].split("#at-")
    target = browser.find_element(By.ID, f"at-{at}")
    top = browser.execute_script("return arguments[0].getBoundingClientRect().top", target)
    assert 0 <= top < browser.execute_script("return window.innerHeight"), "the sentence is not in view"
    text = httpx.get(server + path + ".json", timeout=30).json()["text"]
    return int(at), text[int(at):]


def test_an_entrys_evidence_links_to_its_sentence_in_the_article(server, browser):
    story = seed_story(server)
    sid = story["story"]["id"]
    entry = next(e for e in story["timeline"] if e["evidence"] and not e.get("history"))  # not folded away
    shown = "".join(p["text"] for p in entry["evidence"][0]["sentence"]).strip()
    browser.get(server + f"/story/{sid}")
    li = browser.find_element(By.ID, f"entry-{entry['index']}")
    li.find_element(By.TAG_NAME, "summary").click()
    li.find_element(By.CSS_SELECTOR, "figure.ev figcaption a").click()
    _, rest = landed(browser, server)
    assert rest.startswith(shown)


def test_a_quotes_first_outlet_links_to_the_quote_in_the_article(server, browser):
    browser.get(server + "/quotes")
    row = browser.find_elements(By.CSS_SELECTOR, "table.quotes tbody tr")[0]
    said = row.find_element(By.CSS_SELECTOR, "td.qtext").text
    row.find_elements(By.CSS_SELECTOR, "td")[2].find_element(By.CSS_SELECTOR, "a").click()
    _, rest = landed(browser, server)
    words = said.strip("“”").split()
    assert words[-1] in rest[:len(said) + 40] and rest.split()[0].strip("“\"'") in said
