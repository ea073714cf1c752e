"""What a bare acronym of letters the store saw spelled out two ways may join, on SQLite and PostgreSQL.

Resolution's own cases (the chains an article's annotation gives, placed in a real store): "AL" written out as
the Arab League in a Cairo report and as Bangladesh's Awami League in a Dhaka one.  Evidence is the entities a
bare chain's article shares with one meaning and not with the other; chains gathered on their letters alone are
no meaning a written-out chain may join.  Then the real model on wire copy: a wire's own acronym is the wire
written out ("Agence France-Presse", "Press Association"), never another body with its letters
(XIN_ENG_20051107.0082's "Armed Forces of the Philippines (AFP)", XIN_ENG_20061125.0171's "Palestinian Authority
(PA)"), and a dateline's credit spells nothing out.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import storyline
from storyline.ingest import content_hash
from storyline.records import Article, Chain
from storyline.store.resolution import resolve_chains
from tests.conftest import needs_shared
from tests.newswire import newswire_reports


def _c(name: str, kind: str, *keys: str) -> Chain:
    return Chain(name, kind, keys=list(keys))


def _us() -> Chain:
    return _c("United States", "GPE", "gpe:US")


def _un() -> Chain:
    return _c("United Nations", "ORG", "name:united nations", "acr:un")


def _arab() -> list[Chain]:
    return [_c("Arab League", "ORG", "name:arab league", "acr:al"), _c("Egypt", "GPE", "gpe:EG"),
            _c("Cairo", "GPE", "name:cairo"), _us(), _un()]


def _awami() -> list[Chain]:
    return [_c("Awami League", "ORG", "name:awami league", "acr:al"), _c("Bangladesh", "GPE", "gpe:BD"),
            _c("Dhaka", "GPE", "name:dhaka")]


def _bare(*around: Chain) -> list[Chain]:
    return [_c("AL", "ORG", "acr:al"), *around]


def _place(url: str, articles: list[list[Chain]]) -> list[int | None]:
    """Resolve each article's chains in turn, as annotating them would; the entity of each first chain."""
    with storyline.open(url) as sl:
        for chains in articles:
            with sl.store.transaction() as db:
                sl.store.lock_entities()
                resolve_chains(db, chains)  # type: ignore[arg-type]
    return [chains[0].entity for chains in articles]


@pytest.mark.parametrize("leagues", [[_arab, _awami], [_awami, _arab]], ids=["arab first", "awami first"])
def test_a_written_out_chain_never_joins_bare_chains_gathered_on_their_letters_alone(
        store_url: str, leagues: list[Callable[[], list[Chain]]]) -> None:
    """Neither bare "AL" has evidence (one report names the United States, the other the United Nations and
    Bangladesh); an Awami League report naming the United States and the United Nations is no reason to take
    both in."""
    awami_again = [_c("Awami League", "ORG", "name:awami league", "acr:al"), _us(), _un()]
    first, second, bare_1, bare_2, again = _place(store_url, [
        leagues[0](), leagues[1](), _bare(_us(), _c("Reuters", "ORG", "name:reuters")),
        _bare(_un(), _c("Bangladesh", "GPE", "gpe:BD")), awami_again])
    awami = second if leagues[0] is _arab else first
    assert again == awami and bare_1 == bare_2 and bare_1 not in (first, second)


@pytest.mark.parametrize("leagues", [[_arab, _awami], [_awami, _arab]], ids=["arab first", "awami first"])
def test_evidence_both_meanings_were_seen_with_counts_for_neither_and_a_tie_joins_none(
        store_url: str, leagues: list[Callable[[], list[Chain]]]) -> None:
    """A Dhaka report naming Bangladesh and Dhaka is the Awami League's, whichever league came first; one that
    also names the United States and the United Nations, which only the Arab League was seen with, has as much
    for each: it joins neither.  Once the Awami League too was seen with both, a report naming them and Dhaka
    has one entity (Dhaka) for the Awami League alone: too little."""
    first, second, dhaka, tie, _, shared = _place(store_url, [
        leagues[0](), leagues[1](), _bare(_c("Bangladesh", "GPE", "gpe:BD"), _c("Dhaka", "GPE", "name:dhaka")),
        _bare(_c("Bangladesh", "GPE", "gpe:BD"), _c("Dhaka", "GPE", "name:dhaka"), _us(), _un()),
        [_c("Awami League", "ORG", "name:awami league", "acr:al"), _us(), _un()],
        _bare(_us(), _un(), _c("Dhaka", "GPE", "name:dhaka"))])
    awami = second if leagues[0] is _arab else first
    assert dhaka == awami and tie not in (first, second) and shared not in (first, second)


LONDON_PA = Article(external_id="pa-london", title="Talks", source="PA", dateline="LONDON (PA)",
                    text="LONDON (PA) - Tony Blair told PA on Monday that the talks in Belfast would go on.")
AGENCY = Article(external_id="agency-kabul", title="Bureau", source="XIN",
                 text="The French news agency Agence France-Presse (AFP) said on Monday it would open a bureau in"
                      " Kabul. AFP has reported from the city since 1990.")
ASUNCION = Article(external_id="ap-asuncion", title="Talks", dateline="ASUNCION, Paraguay (AP)",
                   text="ASUNCION, Paraguay (AP) -- Paraguay's president said on Tuesday that the talks with Brazil"
                        " would resume next week.")
ARMED_FORCES, POLICE_TOLD_AFP, PALESTINIAN_AUTHORITY = (
    "XIN_ENG_20051107.0082", "AFP_ENG_19970422.0669", "XIN_ENG_20061125.0171")


def _entities(url: str, order: list[Article], acronym: str) -> dict[str, set[int]]:
    """Annotate the articles one at a time with the real model; each -> its entities with a mention ``acronym``."""
    with storyline.open(url) as sl:
        for art in order:
            assert sl.add(art) is not None
            sl.annotate()
        return {art.external_id: {c.entity for c in sl.store.annotation(art.id).chains
                                  if c.entity is not None and acronym in c.aliases}
                for art in sl.store.articles()}


@needs_shared
@pytest.mark.parametrize("backwards", [False, True])
def test_a_wires_own_acronym_joins_the_wire_written_out_and_not_a_body_with_its_letters(
        store_url: str, nlp: object, backwards: bool) -> None:
    reports = newswire_reports({ARMED_FORCES, POLICE_TOLD_AFP})
    order = [AGENCY, reports[ARMED_FORCES], reports[POLICE_TOLD_AFP]]
    found = _entities(store_url, order[::-1] if backwards else order, "AFP")
    assert found[POLICE_TOLD_AFP] == found["agency-kabul"] and len(found["agency-kabul"]) == 1
    assert not found[ARMED_FORCES] & found["agency-kabul"]


@needs_shared
@pytest.mark.parametrize("backwards", [False, True])
def test_a_press_association_report_s_pa_is_not_the_palestinian_authority(store_url: str, nlp: object,
                                                                            backwards: bool) -> None:
    order = [next(iter(newswire_reports({PALESTINIAN_AUTHORITY}).values())), LONDON_PA]
    found = _entities(store_url, order[::-1] if backwards else order, "PA")
    assert len(found["pa-london"]) == 1 and not found["pa-london"] & found[PALESTINIAN_AUTHORITY]


def test_a_dateline_credit_is_the_wire_and_spells_out_no_place(store_url: str, nlp: object) -> None:
    with storyline.open(store_url) as sl:
        assert sl.add(ASUNCION) is not None
        sl.annotate()
        (art,) = sl.store.articles()
        (keys,) = [c.keys for c in sl.store.annotation(art.id).chains if "AP" in c.aliases]
    assert "name:associated press" in keys and "name:asuncion paraguay" not in keys


def _report(name: str, source: str, dateline: str | None, text: str) -> Article:
    return Article(external_id=name, title=name, source=source, dateline=dateline, text=text,
                   content_hash=content_hash(name, text))


def _indian_reports(wire_in_words: bool = False) -> list[Article]:
    """An AP report filed from New Delhi, a report defining Andhra Pradesh (AP), a PTI report from New Delhi;
    ``wire_in_words``: the AP's report also names the wire in words, as AP copy does ("told The Associated
    Press"), so its "AP" chain holds both forms."""
    told = " Sonia Gandhi told The Associated Press that she would campaign across the country."
    told = told if wire_in_words else ""
    return [_report("ap-delhi", "AP", "NEW DELHI (AP)",
                    "NEW DELHI (AP) -- Sonia Gandhi said on Tuesday that her party would contest every seat in the"
                    " elections in New Delhi next year." + told),
            _report("hyderabad", "XIN", None,
                    "The government of the Indian state of Andhra Pradesh (AP) said on Monday that floods had cut"
                    " the roads to Hyderabad, the state capital. India sent troops to help."),
            _report("pti-delhi", "PTI", "NEW DELHI (PTI)",
                    "NEW DELHI (PTI) -- AP will get more federal money for flood relief in Hyderabad, Sonia Gandhi"
                    " told reporters in New Delhi on Wednesday.")]

_PLACED_EARLY = pytest.mark.xfail(strict=True, reason=(
    "the PTI report's bare AP is placed while the store knows one meaning of the letters (the wire), before the"
    " Andhra Pradesh report spells them out a second way; a chain placed then is not moved later"))


@pytest.mark.parametrize("order", [
    "WHP", "HWP", "HPW", "PHW",
    pytest.param("WPH", marks=_PLACED_EARLY), pytest.param("PWH", marks=_PLACED_EARLY)])
def test_where_a_wire_filed_from_is_no_evidence_of_what_its_letters_mean_elsewhere(
        store_url: str, nlp: object, order: str) -> None:
    """The AP's credit in its New Delhi report names who filed it, not what "AP" means: a PTI report from New
    Delhi whose "AP" gets flood money for Hyderabad shares New Delhi and Sonia Gandhi with the AP's report, and
    that made it the wire (2 entities the wire alone was seen with, against Hyderabad for Andhra Pradesh).
    Without the credit's evidence the PTI "AP" never joins the wire once both meanings are known (W the wire's
    report, H the Andhra Pradesh one, P the PTI one, in arrival order)."""
    reports = dict(zip("WHP", _indian_reports(), strict=True))
    found = _entities(store_url, [reports[k] for k in order], "AP")
    assert len(found["pti-delhi"]) == 1 and len(found["ap-delhi"]) == 1
    assert not found["pti-delhi"] & found["ap-delhi"]


@pytest.mark.parametrize("order", ["WHP", "HWP"])
def test_a_wire_that_also_writes_its_name_in_words_is_no_evidence_of_its_letters_either(
        store_url: str, nlp: object, order: str) -> None:
    """The same three reports, the AP's also saying "told The Associated Press": its chain is "AP" and the
    words together, still the wire itself, so its credit's New Delhi and Sonia Gandhi still say nothing of what
    the PTI report's "AP" means (review fr36b: the evidence came back with the words)."""
    reports = dict(zip("WHP", _indian_reports(wire_in_words=True), strict=True))
    found = _entities(store_url, [reports[k] for k in order], "AP")
    assert len(found["pti-delhi"]) == 1 and found["ap-delhi"]
    assert not found["pti-delhi"] & found["ap-delhi"]
