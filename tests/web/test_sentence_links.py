"""A reader following a timeline entry's evidence, or a quote, to its article lands on the sentence itself.

The story page shows each entry's supporting sentence and the quotes page each
quote's first outlet; both linked to the top of the article, so in a long wire
story the reader had to hunt for the sentence.  The article page now has an
anchor at every sentence and quote start (``#at-OFFSET``) and those links name it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from selenium.webdriver.common.by import By

from tests.conftest import DATA
from tests.web.conftest import serving
from tests.web.test_browser import seed_story
from tests.web.test_pages import valid

NEWSWIRE = DATA / "newswire-1997-1998.jsonl"
RETOLD = {"AFP_ENG_20061230.0002", "AFP_ENG_20061230.0030"}


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


@pytest.fixture(scope="module")
def retold(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict]]:
    """The server over two AFP reports of one day that run the same sentences (a first report on Saddam Hussein's
    execution and its longer rewrite, both in the newswire corpus), and the story's JSON with every entry."""
    import storyline

    if not NEWSWIRE.is_file():
        pytest.skip(f"needs {NEWSWIRE} (../shared beside this clone)")
    records = [r for r in map(json.loads, NEWSWIRE.read_text(encoding="utf-8").splitlines()) if r["id"] in RETOLD]
    folder = tmp_path_factory.mktemp("retold")
    (folder / "retold.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with storyline.open(folder / "s.db") as sl:
        assert sl.ingest([str(folder / "retold.jsonl")]).stored == len(RETOLD)
        (story,) = sl.stories()
    with serving(folder / "s.db") as base:
        yield base, valid(httpx.get(f"{base}/story/{story.id}.json?top=all", timeout=30).json())


def test_the_same_sentence_in_another_article_links_to_it_there(retold, browser):
    """'the same sentence in N more' opened the other articles at their top; each link now names the sentence."""
    server, story = retold
    rows = [(e, v) for e in story["timeline"] for v in e["evidence"] if v["also"]]
    assert rows, "the two reports share no supporting sentence"
    entry, row = next((e, v) for e, v in rows if not e.get("history") and e["evidence"].index(v) < 3)  # on the page
    shown = "".join(p["text"] for p in row["sentence"]).strip()
    for other in row["also"]:
        text = httpx.get(f"{server}/article/{other['id']}.json", timeout=30).json()["text"]
        assert text[other["at"]:].startswith(shown)
    browser.get(server + f"/story/{story['story']['id']}?top=all")
    li = browser.find_element(By.ID, f"entry-{entry['index']}")
    li.find_element(By.TAG_NAME, "summary").click()
    figure = li.find_elements(By.CSS_SELECTOR, "figure.ev")[entry["evidence"].index(row)]
    figure.find_element(By.CSS_SELECTOR, "figcaption span.meta a").click()  # the first of "N more"
    _, rest = landed(browser, server)
    assert rest.startswith(shown)


def test_every_outlet_of_a_quote_links_to_the_quote_in_its_own_article(retold, browser):
    """A quote two outlets ran is one row; the second outlet's link opened its article's top (the first's named
    the quote): each outlet now carries where the quote starts in its own copy."""
    server, _ = retold
    rows = [q for q in valid(httpx.get(f"{server}/quotes.json", timeout=30).json())["quotes"] if len(q["outlets"]) > 1]
    assert rows, "the two reports share no quote"
    for q in rows:
        for outlet in q["outlets"]:
            text = httpx.get(f"{server}/article/{outlet['id']}.json", timeout=30).json()["text"]
            assert q["text"].split()[0] in text[outlet["at"]:outlet["at"] + 40], (outlet, q["text"][:60])
    browser.get(server + "/quotes")
    links = browser.find_elements(By.CSS_SELECTOR, "table.quotes tbody tr td:nth-child(4) a")
    assert links and all("#at-" in a.get_attribute("href") for a in links)
