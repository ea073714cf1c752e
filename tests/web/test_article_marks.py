"""How the article page marks quotes in Chromium beyond the plain case: a scare quote reads as a term in quotation
marks (no speaker tag: nobody is said to have spoken it).

The store: two newswire reports whose scare quotes the annotators keep as such ("dismayed", "quickly,"), ingested
with the real model.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import storyline
from tests.conftest import needs_shared, newswire_store
from tests.web.conftest import serving

pytestmark = needs_shared

SCARE_REPORTS = {"AFP_ENG_19970401.0421", "AFP_ENG_19970402.0390"}
CLOSING = "\"”»’'"

# each speaker tag with the whole quote before it (the .q pieces and empty anchors right before it) and the text
# right after it
AROUND_EACH_SPEAKER = """
return Array.from(document.querySelectorAll('.text .who')).map(who => {
  let quoted = '';
  for (let el = who.previousSibling; el && el.classList && (el.classList.contains('q') || el.classList.contains('at'));
       el = el.previousSibling) {
    quoted = el.textContent + quoted;  // an anchor (.at) is empty
  }
  const after = who.nextSibling ? who.nextSibling.textContent : '';
  return [quoted, who.textContent, after.slice(0, 4)];
});"""


@pytest.fixture(scope="module")
def marked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    folder = tmp_path_factory.mktemp("marks")
    db = newswire_store(folder, SCARE_REPORTS)
    with serving(db) as base:
        yield base, db


def speakers_on(browser, base: str, aid: int) -> list[list[str]]:
    browser.get(f"{base}/article/{aid}")
    return browser.execute_script(AROUND_EACH_SPEAKER)


def test_a_scare_quote_carries_no_speaker_tag_and_reads_as_a_term_in_quotation_marks(marked, browser):
    base, db = marked
    with storyline.open(db) as sl:
        scare = {a.id: [q.text for q in sl.annotation(a.id).quotes if q.kind == "scare"] for a in sl.articles()}
    scare = {aid: texts for aid, texts in scare.items() if texts}
    assert len(scare) == 2, "the reports' scare quotes are no longer read as such: this proves nothing"
    for aid, texts in scare.items():
        tagged = [row for row in speakers_on(browser, base, aid)
                  if row[0].strip().strip(CLOSING + "“„«‘`").strip() in {t.strip() for t in texts}]
        assert not tagged, f"article {aid}: a scare quote shown with a speaker tag: {tagged}"
        terms = browser.execute_script(
            "return Array.from(document.querySelectorAll('.text .q-scare')).map(e => [e.textContent, e.title]);")
        shown = "".join(t for t, _ in terms)
        assert all(t in shown for t in texts), (texts, terms)
        assert all("nobody is said to have spoken" in title for _, title in terms), terms
        twin = httpx.get(f"{base}/article/{aid}.json").json()
        assert sorted(q["text"] for q in twin["quotes"] if q["kind"] == "scare") == sorted(texts)
