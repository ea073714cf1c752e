"""The role written before a name stops at a token holding a bracket: a wire's credit glued to its dash
("(Xinhua)--", one token) is no part of the role, so it never enters the person's aliases or titles.  The real
model on the dev newswire's XIN_ENG_20051111.0316 ("WASHINGTON, Nov. 11 (Xinhua)-- US President George W. Bush
...": the alias "Xinhua)-- US President George W. Bush" was what `storyline entities --name Bush` listed)."""

from __future__ import annotations

from storyline.nlp import annotate_doc
from tests.conftest import needs_shared
from tests.newswire import newswire_reports


@needs_shared
def test_a_wire_credit_glued_to_its_dash_is_no_part_of_the_role_before_a_name(nlp) -> None:
    (article,) = newswire_reports({"XIN_ENG_20051111.0316"}).values()
    chains = annotate_doc(nlp(article.text), article).chains
    (bush,) = [c for c in chains if c.name == "George W. Bush"]
    assert "US President George W. Bush" in bush.aliases
    assert not any("Xinhua" in a for a in bush.aliases) and not any("xinhua" in t for t in bush.titles)
