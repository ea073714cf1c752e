"""Months or years bounding a period date a tally over it (background), not a happening of its first month; but
only a period that has begun by the article's day: one still to come is a schedule, a plan of its first month.
Review of branch tl5: "The third option was for the president to serve seven years from 2008 to 2015" (a
December 2006 report) was made background and left the top view, and "between December 2005 and October 2006"
was never read as a period, since the timex stage gives "between" as no date's signal.

The articles are real reports (../shared/data/newswire-1997-1998.jsonl), annotated by the real model.
"""

from __future__ import annotations

import json

import pytest

from storyline.records import Article
from storyline.timeline.candidates import Candidate, article_candidates
from tests.conftest import DATA, needs_shared

MUGABE = "AFP_ENG_20061213.0712"  # Zimbabwe's ruling party weighs extending Mugabe's term
SRI_LANKA = "XIN_ENG_20061128.0209"  # Colombo asks the Norwegian facilitators to clarify the Tigers' position
SHANGHAI = "XIN_ENG_20051117.0031"  # Shanghai farmers' income "in the January-September period"


@pytest.fixture(scope="module")
def candidates(nlp) -> dict[str, list[Candidate]]:
    """Each report's timeline candidates."""
    from storyline.nlp import annotate_doc

    out = {}
    with (DATA / "newswire-1997-1998.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            r = json.loads(line)
            if r["id"] in (MUGABE, SRI_LANKA, SHANGHAI):
                art = Article(external_id=r["id"], title=r["text"].split(". ")[0], text=r["text"], id=len(out) + 1,
                              published=r["published"])
                out[r["id"]] = article_candidates(art, annotate_doc(nlp(art.text), art))
    return out


@needs_shared
def test_a_period_still_to_come_is_a_plan_of_its_first_year_not_background(candidates) -> None:
    (term,) = [c for c in candidates[MUGABE] if "seven years from 2008 to 2015" in c.text]
    assert (term.date, term.status, term.background) == ("2008", "planned", False)


@needs_shared
def test_months_after_between_bound_a_period_as_after_from(candidates) -> None:
    (toll,) = [c for c in candidates[SRI_LANKA] if "between December 2005 and October 2006" in c.text]
    assert toll.date == "2005-12" and toll.background


@needs_shared
def test_months_joined_by_a_bare_hyphen_bound_a_period_as_after_from(candidates) -> None:
    # review r45a: the timex stage tags both ends of "the January-September period"; the tally over it is no
    # happening of January, as "from January to September" is none
    (income,) = [c for c in candidates[SHANGHAI] if "January-September period" in c.text]
    assert income.date == "2005-01" and income.background


@pytest.mark.parametrize("published", ["0001-01-01", "0001-01-05", "9999-12-31"])
def test_a_publication_day_at_the_calendars_edge_gives_candidates_not_an_overflow(nlp, published) -> None:
    """An ``Article`` built by hand through the API may carry any day (ingest keeps 1800-2100): ``_before``
    took RECALL_DAYS off it and raised OverflowError near year 1 (review read47, finding 15)."""
    from storyline.nlp import annotate_doc

    text = ("Rebels attacked the town last month, officials said on Monday. The 2003 invasion began in March, "
            "and the talks will resume next year.")
    art = Article(external_id="edge", title="Rebels attack", text=text, id=1, published=published)
    assert article_candidates(art, annotate_doc(nlp(art.text), art))
