"""How the article page shows a quote in Chromium: the quotation marks close the words, then the speaker follows."""

from __future__ import annotations

from pathlib import Path

import storyline

CLOSING = "\"”»’'"

AROUND_EACH_SPEAKER = """
return Array.from(document.querySelectorAll('.text .who')).map(who => {
  const before = who.previousSibling ? who.previousSibling.textContent : '';
  const after = who.nextSibling ? who.nextSibling.textContent : '';
  return [before.slice(-12), who.textContent, after.slice(0, 4)];
});"""


def test_a_direct_quote_s_speaker_stands_after_its_closing_quotation_mark(server, browser, web_store: Path):
    """The quote's span is the words inside the marks, so the speaker stood inside them (`asks. — Maria Lopes"`)."""
    with storyline.open(web_store) as sl:
        quoted = [a.id for a in sl.articles() if any(q.kind == "direct" for q in sl.annotation(a.id).quotes)]
    assert quoted, "the session's store holds no direct quote, so this proves nothing"
    seen = []
    for aid in quoted:
        browser.get(f"{server}/article/{aid}")
        seen += [(aid, *row) for row in browser.execute_script(AROUND_EACH_SPEAKER)]
    closed = [row for row in seen if row[1][-1:] in CLOSING]
    assert closed, seen  # direct quotes in marks were shown
    inside = [row for row in seen if row[3][:1] and row[3][0] in CLOSING]
    assert not inside, f"a speaker shown inside the closing mark: {inside[:3]}"
