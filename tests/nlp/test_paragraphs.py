"""A blank line ends a sentence, whatever the parser would have run over it (nlp/paragraphs)."""

from __future__ import annotations

import json
import re

from storyline.nlp import annotate_doc
from storyline.records import Article
from storyline.timeline.candidates import article_candidates
from tests.conftest import DATA, needs_shared

# A paragraph that ends in a closing quote mark, then a paragraph naming someone: the parser alone runs
# the two into one sentence (written here in a shape the newswire set shows).
TEXT = (
    'Officials in the capital said the refugees who fled the fighting in the north last year "must return home '
    'before the winter."\n\n'
    "Maria Lopez, the deputy minister for foreign affairs, set out the plan on Tuesday when she told "
    "lawmakers that the ceasefire must hold.\n\n"
    "Officials met again on Wednesday."
)


def test_no_sentence_runs_over_a_blank_line(nlp):
    doc = nlp(TEXT)
    assert not [s.text for s in doc.sents if re.search(r"\n\s*\n", s.text.strip())]
    sents = [s.text for s in doc.sents]
    assert sents[0].strip().endswith('winter."')  # the closing mark stays with its words, not alone or in the next one
    assert sents[1].startswith("Maria Lopez") and sents[-1] == "Officials met again on Wednesday.", sents


@needs_shared
def test_a_timeline_entry_keeps_the_subject_of_its_paragraph(nlp):
    # a newswire report whose paragraph after a closing quote the parser ran into the quote's sentence: too long
    # to show whole, its entry for the Tuesday opened "... set the tone for the US administration on Tuesday"
    with (DATA / "newswire-1997-1998.jsonl").open(encoding="utf-8") as lines:
        rec = next(r for r in map(json.loads, lines) if r["id"] == "AFP_ENG_19970410.0290")
    article = Article(external_id=rec["id"], title="", text=rec["text"], published=rec["published"], id=1)
    tuesday = [c.text for c in article_candidates(article, annotate_doc(nlp(rec["text"]), article))
               if c.date == "1997-04-08"]
    assert any(t.startswith("George Moose, assistant Secretary of State") for t in tuesday), tuesday


def test_a_single_line_break_is_left_to_the_parser(nlp):
    wrapped = "The minister said on Monday that the plan\nwould be put to a vote next month."
    assert len(list(nlp(wrapped).sents)) == 1


def test_a_text_with_no_blank_line_has_a_paragraph_a_line(nlp):
    """A page as the HTML ingest writes it (one block a line, no blank line): a heading is a sentence of its
    own, not the subject of the line under it; a line starting in lower case carries the one before on."""
    doc = nlp("Hydrangeas like shade.\n3. Plant Carefully\nDig a hole slightly larger than the pot and water\n"
              "it well every day.")
    sents = [s.text.strip() for s in doc.sents]
    assert any(s.endswith("Plant Carefully") for s in sents) and not any(s.startswith("it well") for s in sents), sents
