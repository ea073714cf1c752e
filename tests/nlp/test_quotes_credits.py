"""A whole quote credited by a name with no verb is that person's: a caption label before it ('Name/Title: "..."')
or a name and title after it ('"...," Name, Title.') (quotes.credits; benchmarks/RESULTS.md, notes on issue 9, branch
nwq46).  The record cases are an ECB+ dev-topic article (judged sample ecbAG) and a web dev page of the extraction
benchmark (judged sample webAE), both none before; the written sentences pin what is not a credit."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.nlp.entities import find_entities
from storyline.nlp.quotes import find_quotes
from tests.conftest import SHARED, benchmark, needs_shared


def _speakers(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    mentions, chains = find_entities(doc)
    return {q.text[:30]: chains[q.speaker_chain].name if q.speaker_chain is not None else None
            for q in find_quotes(doc, mentions, chains)}


@needs_shared
@pytest.mark.parametrize("words, speaker", [
    # 'Peter Lynch/Timmons' Attorney: "I'm not going to be offering any out-of-court comments ..."'
    ("I'm not going to be offering a", "Peter Lynch"),
    # 'The district attorney says this does not hurt their case. David Soares/Albany County District Attorney:
    # "The issues that are in play in the courtroom right now will bear themselves out. ..."'
    ("The issues that are in play in", "David Soares"),
])
def test_a_caption_label_before_a_colon_credits_the_quote_after_it(nlp, words: str, speaker: str) -> None:
    """ECB+ 33/33_4ecb.xml (dev topic 33), a broadcaster's web copy: each quote is credited by a caption line."""
    text = benchmark("ecb_text").ecb_text(Path(SHARED / "data" / "ecbplus" / "33" / "33_4ecb.xml"))
    assert _speakers(nlp, text)[words] == speaker


def test_a_name_and_title_after_a_quote_with_no_verb_credit_it(nlp) -> None:
    """A press release on a dev page of the extraction benchmark (viconsortium.com-cocaine.html): '"Our agents
    continue to interdict unlawful people and cargo ...," Augusto Reyes, Director of the Caribbean Air and Marine
    Branch.' and the next quote opens at once."""
    from storyline.ingest.article import IngestContext
    from storyline.ingest.html import article_from_html
    from storyline.settings import Settings
    from tests.ingest.pages import EVAL, eval_page

    if not (EVAL / "evaldata.json").is_file():
        pytest.skip("needs ../shared/data/trafilatura-eval")
    url, html, _ = eval_page("viconsortium.com-cocaine.html")
    art = article_from_html(IngestContext(Settings()), url, html)
    assert _speakers(nlp, art.text)["Our agents continue to interdi"] == "Augusto Reyes"


@pytest.mark.parametrize("text, words", [
    # a conjunction after the name: two people, no one credit
    ('The port reopened on Monday.\n\nAnna Berg and Tom Reid: "We agree on the plan."', "We agree on the plan."),
    # a possessive after the name: something of hers, a reply, a letter, not a caption
    ('The port reopened on Monday. Anna Berg\'s reply: "We agree on the plan."', "We agree on the plan."),
])
def test_a_name_that_does_not_open_a_verbless_credit_is_not_taken(nlp, text: str, words: str) -> None:
    assert _speakers(nlp, text).get(words) != "Anna Berg"


def test_a_name_and_title_after_a_quote_then_a_clause_is_left_to_the_cue_search(nlp) -> None:
    """With a verb after the name the words are a clause: the cue search reads it, as before."""
    said = _speakers(nlp, 'The port reopened. "We will grow," Anna Berg, the harbour director, told reporters.')
    assert said["We will grow,"] == "Anna Berg"
