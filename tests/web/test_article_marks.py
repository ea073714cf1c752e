"""How the article page marks quotes in Chromium beyond the plain case: a scare quote reads as a term in quotation
marks (no speaker tag: a word or title set off), and French guillemets set off by spaces are taken into
the quote's mark, so its speaker follows the closing guillemet.

The store: two newswire reports whose scare quotes the annotators keep as such ("dismayed", "quickly,"), and a
small HTML page quoting in guillemets with spaces inside, ingested with the real model.
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
GUILLEMETS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Swiss minister rejects border levy</title>
<meta property="article:published_time" content="2019-03-14"></head>
<body><header><nav><a href="/">Home</a> | <a href="/world">World</a></nav></header>
<article><h1>Swiss minister rejects border levy</h1>
<p>GENEVA, March 14 - Switzerland's finance minister on Thursday rejected a proposed levy on cross-border workers,
telling reporters in Geneva that the plan would hurt the region's economy.</p>
<p>\u00ab We will not tax the people who keep our hospitals running, \u00bb the minister, Ueli Maurer, said after a
cabinet meeting. He added that the cantons had been consulted for months.</p>
<p>The levy had been proposed by a group of deputies from Ticino, who said it would raise about 30 million francs a
year for local roads and schools.</p>
<p>Union leaders in Geneva welcomed the decision. \u00ab This is a victory for every worker who crosses the border
each morning \u00bb, said Claude Reymond, a spokesman for the regional union federation.</p>
</article><footer>Copyright 2019</footer></body></html>
"""
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
    page = folder / "geneva.html"
    page.write_text(GUILLEMETS_PAGE, encoding="utf-8")
    with storyline.open(db) as sl:
        assert sl.ingest([str(page)]).stored == 1
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
        assert all("not a statement quoted" in title for _, title in terms), terms
        twin = httpx.get(f"{base}/article/{aid}.json").json()
        assert sorted(q["text"] for q in twin["quotes"] if q["kind"] == "scare") == sorted(texts)


def test_guillemets_set_off_by_spaces_close_the_quote_before_its_speaker(marked, browser):
    base, db = marked
    with storyline.open(db) as sl:
        [aid] = [a.id for a in sl.articles() if a.format == "html"]
        direct = [q.text for q in sl.annotation(aid).quotes if q.kind == "direct"]
    assert len(direct) == 2, f"the page's two quotes in guillemets are no longer read as direct quotes: {direct}"
    rows = speakers_on(browser, base, aid)
    for text in direct:
        [(quoted, who, after)] = [row for row in rows if text in row[0]]
        assert quoted.strip().startswith("«") and quoted.strip().endswith("»"), (quoted, who)
        assert after.lstrip()[:1] not in CLOSING, f"the speaker inside the guillemets: {quoted!r} {who!r} {after!r}"
