"""Cross-store keys: spelling variants meet, different people and demonyms stay apart (no model needed)."""

from __future__ import annotations

import pytest

from storyline.nlp.names import fold, name_parts, person_key, short_person_key
from storyline.nlp.resolve import acronym, chain_keys, country_code, name_key


@pytest.mark.parametrize("a, b", [
    ("Kim Jong-un", "Kim Jong Un"),
    ("Kim Jong-Un", "kim jong un"),
    ("Donald Trump", "Donald J. Trump"),
    ("José Mourinho", "Jose Mourinho"),
])
def test_person_spelling_variants_share_a_key(a, b):
    assert person_key(a) == person_key(b) is not None


@pytest.mark.parametrize("a, b", [("Kim Jong Nam", "Kim Jong Un"), ("Bill Clinton", "Hillary Clinton"),
                                  ("George Bush Jr.", "George Bush Sr.")])
def test_different_people_sharing_words_keep_different_keys(a, b):
    assert person_key(a) != person_key(b)


def test_one_word_never_identifies_a_person():
    assert person_key("Kim") is None
    assert chain_keys("PERSON", ["Kim", "Trump"]) == []


@pytest.mark.parametrize("form", ["U.S.", "US", "United States", "the United States", "United States of America",
                                  "America", "USA"])
def test_united_states_forms(form):
    assert country_code(form) == "US"


@pytest.mark.parametrize("form", ["North Korea", "DPRK", "Democratic People's Republic of Korea", "D.P.R.K."])
def test_north_korea_forms(form):
    assert country_code(form) == "KP"


@pytest.mark.parametrize("form", ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"])
def test_united_kingdom_forms(form):
    assert country_code(form) == "GB"


def test_acronyms_of_official_names_come_from_pycountry_not_a_list():
    assert country_code("DPROK") == "KP"  # "of" kept in the initials, as some papers write it
    assert country_code("PRC") == "CN"  # "People's Republic of China"
    assert country_code("UAE") == "AE"


def test_a_form_two_countries_could_claim_is_no_country():
    assert country_code("Korea") is None  # both Koreas
    assert country_code("ROK") is None  # Republic of Korea, of Kenya, of Kazakhstan
    assert country_code("Congo") in (None, "CG")


def test_demonyms_and_cities_are_not_countries():
    assert country_code("North Korean") is None
    assert country_code("Americans") is None
    assert country_code("Washington") is None


def test_two_letter_codes_count_only_for_places():
    assert country_code("DE", gpe=True) == "DE"
    assert country_code("DE", gpe=False) is None


def test_keys_of_places_organisations_and_acronyms():
    assert chain_keys("GPE", ["North Korea", "DPRK", "Democratic People's Republic of Korea"]) == ["gpe:KP"]
    assert chain_keys("ORG", ["CNA Corp.", "CNA Corporation"]) == ["name:cna"]
    assert chain_keys("ORG", ["Federal Bureau of Investigation", "FBI"]) == [
        "name:federal bureau of investigation", "acr:fbi"]
    assert chain_keys("NORP", ["North Korean"]) == ["name:north korean"]


def test_name_helpers():
    assert fold("Côte d’Ivoire") == "cote divoire"
    assert name_key("The Wall Street Journal") == "wall street journal"
    assert acronym("Wall Street Journal") == "WSJ" and acronym("Reuters") is None
    assert name_parts("Kim Jong-un") == ("Kim", "Jong-un")
    assert name_parts("Madonna") == ()


def test_middle_names_meet_the_plain_name_but_two_middle_named_people_do_not():
    assert chain_keys("PERSON", ["Mark Jay Heller"])[:2] == ["per:mark jay heller", "mid:mark heller"]
    assert chain_keys("PERSON", ["Kim Jong-un"])[0] == "per:kim jong un"  # a hyphenated given name is one word
    assert not [k for k in chain_keys("PERSON", ["Kim Jong-un"]) if k.startswith("mid:")]
    assert short_person_key("Arcade Joseph Comeaux Jr.") == "arcade comeaux jr"
    assert short_person_key("Kim Jong Il") == short_person_key("Kim Yong Il")  # only ever matched against per:


def test_store_joins_middle_names_to_plain_names_only(tmp_path):
    from storyline.records import Annotation, Article, Chain
    from storyline.store import SqliteStore

    store = SqliteStore(tmp_path / "s.db")

    def entity_of(name: str) -> int:
        aid = store.add_article(Article(external_id=name, title=name, text=name, content_hash=name))
        chain = Chain(name=name, type="PERSON", keys=chain_keys("PERSON", [name]))
        store.save_annotation(Annotation(article_id=aid, chains=[chain]), version=1)
        return int(chain.entity or 0)

    heller = entity_of("Mark Jay Heller")
    assert entity_of("Mark Heller") == heller
    assert entity_of("Kim Jong Il") != entity_of("Kim Yong Il")
