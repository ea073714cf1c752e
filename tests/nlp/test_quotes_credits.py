"""A whole quote credited by a name with no verb is that person's: a caption label before it ('Name/Title: "..."')
or a name and title after it ('"...," Name, Title.') (quotes.credits; benchmarks/RESULTS.md, notes on issue 9, branch
nwq46).  The record cases are an ECB+ dev-topic article (judged sample ecbAG) and a web dev page of the extraction
benchmark (judged sample webAE), both none before; the written sentences pin what is not a credit, one for each check
of the rule (review r46c: each fails when its check is taken out)."""

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
    # a list of names before the colon: a joint statement, no one of them its speaker
    ('The three coaches spoke after the final.\n\nAnna Berg, Maria Lopez and Tom Reid: "We are proud of this team."',
     "We are proud of this team."),
    # a caption pair: two people in a photograph
    ('After the final whistle.\n\nAnna Berg (right) and Tom Reid: "We never doubted it."', "We never doubted it."),
    # a name after a question: a quiz and its answer, no speaker
    ('Quiz night, round two: "Who wrote the harbour song?" Anna Berg. Round three follows.',
     "Who wrote the harbour song?"),
    # a name after a title with no verb: a chart entry, the work and its author
    ('The chart was published on Sunday. Number one this week: "Golden Hour," Anna Berg.', "Golden Hour,"),
    # a verb after the name: a clause, here one that says she was told the words, not that she spoke them
    ('The manager called her in on Friday. "You\'re fired," Anna Berg, the trainee, was told.', "You're fired,"),
])
def test_a_name_that_does_not_open_a_verbless_credit_is_not_taken(nlp, text: str, words: str) -> None:
    assert _speakers(nlp, text).get(words, "missing") is None


def test_a_label_the_cue_search_reads_keeps_its_source(nlp) -> None:
    """The verbless credit is asked only where the cue searches gave nobody: a label whose words name the
    source ('in a message from X') keeps the source they name."""
    said = _speakers(nlp, 'The port stayed shut.\n\nAnna Berg, in a message from Tom Reid: "Nobody may sail until '
                          'the storm has passed."')
    assert said["Nobody may sail until the stor"] == "Tom Reid"


def test_a_credit_names_the_whole_hyphenated_name(nlp) -> None:
    """The name's extent crosses a hyphen inside it, as the dash credit and the credit line do."""
    doc = nlp('The port reopened on Monday.\n\nAnna Berg-Lindqvist, harbour director: "We will reopen the port."')
    quote = find_quotes(doc, *find_entities(doc))[0]
    assert quote.speaker_text == "Anna Berg-Lindqvist"
