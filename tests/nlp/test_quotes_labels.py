"""Quoted words that give something its name (after "so-called", a bare naming participle, ', or') are not
speech: no speaker, and a report around them stays indirect.  The real model and chains, sentences written for
the test."""

from __future__ import annotations


def test_a_name_after_a_bare_naming_participle_has_no_speaker(terms_and_reports) -> None:
    """'The tablet has a new keyboard, dubbed a "glide pad,"': the participle names the keyboard; the tablet
    (the clause's subject) says nothing."""
    text = ("The new tablet also has a detachable keyboard, dubbed a \"glide pad,\" which charges from the "
            "screen. It goes on sale in March.")
    assert terms_and_reports(text) == (["glide pad,"], [])


def test_a_name_after_commonly_called_inside_a_report_leaves_the_report_indirect(terms_and_reports) -> None:
    """'Mayor Lena Ortiz said ... small loans, commonly called "microcredits," ...': the name is nobody's
    quote, and the mayor's report around it is indirect speech."""
    text = ("Mayor Lena Ortiz said that more than ten thousand small loans, commonly called \"microcredits,\" "
            "have been handed out since the spring.")
    assert terms_and_reports(text) == (["microcredits,"], [("indirect", "Lena Ortiz")])


def test_a_so_called_term_inside_a_report_is_no_quote_of_the_reporter(terms_and_reports) -> None:
    """'The so-called "dead zone" ..., said analyst Tom Berg': the term is the writer's label."""
    text = ("The so-called \"dead zone\", however, has not hurt sales of the new model, said analyst Tom Berg "
            "of Nordic Research.")
    assert terms_and_reports(text) == (["dead zone"], [("indirect", "Tom Berg")])


def test_a_second_name_after_comma_or_is_no_quote(terms_and_reports) -> None:
    """'Governor Amy Walsh said ... a free cover, or "sleeve,"': a second name for the cover."""
    text = ("Governor Amy Walsh said that every buyer would receive a free cover, or \"sleeve,\" which protects "
            "the device from rain.")
    assert terms_and_reports(text) == (["sleeve,"], [("indirect", "Amy Walsh")])


def test_a_naming_verb_with_its_own_subject_or_agent_stays_speech(attributions) -> None:
    """'Critics dubbed the plan "a fiasco"' and 'dubbed "a fiasco" by Senator Ray Dunn': someone is said to name
    it so, and keeps the words (unchanged)."""
    text = ("The budget plan, dubbed \"a total fiasco\" by Senator Ray Dunn, passed on Friday. "
            "Governor Amy Walsh called the plan \"a fair deal\".")
    assert [who for q, who in attributions(text) if q.kind != "indirect"] == ["Ray Dunn", "Amy Walsh"]
