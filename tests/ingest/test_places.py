"""Headings, code lines and quotations at the story's edge stay when the markup puts them in the story's box."""

from __future__ import annotations

import pytest

from storyline.ingest.clean import clean_text
from storyline.ingest.places import boxed_lines
from storyline.settings import Settings
from tests.ingest.pages import EVAL, shown_text

STORY = ["The council voted on Monday to close the old bridge for repairs.",
         "Engineers will replace the deck, the mayor said on Tuesday."]


def _page(after: str) -> str:
    return (f'<html><body><nav><ul><li><a href="/">Home</a></li></ul></nav><div class="entry">'
            f'<p>{STORY[0]}</p><p>{STORY[1]}</p>{after}</div>'
            f'<div class="footer-links"><p>Imprint</p></div></body></html>')


def test_a_heading_and_code_after_the_story_in_its_box_are_kept():
    page = _page("<h3>Check the status</h3><p>Type this:</p><pre>netsh interface tcp show global</pre>")
    lines = [*STORY, "Check the status", "Type this:", "netsh interface tcp show global", "Imprint"]
    boxed = boxed_lines(page, lines)
    assert boxed["checkthestatus"] and boxed["netshinterfacetcpshowglobal"] and not boxed["typethis:"]
    assert "imprint" not in boxed
    text = clean_text("\n".join(lines), title="Bridge", boxed=boxed).text
    assert text.endswith("Check the status\nType this:\nnetsh interface tcp show global")
    assert "netsh" not in clean_text("\n".join(lines), title="Bridge").text  # the edge rule alone drops it


def test_a_plain_credit_or_label_after_the_story_stays_out_though_it_is_in_the_box():
    page = _page("<p><em>Titelbild: Jane Doe/Agency</em></p><p>Last Modified:</p>")
    lines = [*STORY, "Titelbild: Jane Doe/Agency", "Last Modified:", "Imprint"]
    text = clean_text("\n".join(lines), title="Bridge", boxed=boxed_lines(page, lines)).text
    assert text == "\n".join(STORY)


def test_a_table_row_and_a_list_item_are_placed_without_the_extractors_bars_and_dashes():
    page = _page("<ul><li>Two lanes closed</li></ul><table><tr><td>Deck</td><td>12 weeks</td></tr></table>")
    boxed = boxed_lines(page, [*STORY, "- Two lanes closed", "| Deck | 12 weeks |"])
    assert boxed["-twolanesclosed"] and boxed["|deck|12weeks|"]


@pytest.mark.skipif(not (EVAL / "evaldata.json").is_file(), reason="needs ../shared/data/trafilatura-eval")
@pytest.mark.parametrize("name", ["it-learner.de.autotuning.html", "siegfried-marcus-berufsschule.at.kft.html",
                                  "bondyblog.fr.paris-8.html"])
def test_real_pages_keep_the_code_headings_and_quotations_at_the_edge_of_their_story(name):
    text, case = shown_text(name, Settings())
    before, _ = shown_text(name, Settings(boxed_edges=False))
    must = [" ".join(s.split()) for s in case["with"]]
    assert all(s in text for s in must) and not all(s in before for s in must)
    assert sum(s in text for s in case["without"]) <= sum(s in before for s in case["without"])
