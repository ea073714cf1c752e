"""Speakers with the real model and the real entity chains: one test per attribution mechanism."""

from __future__ import annotations

import pytest

from storyline.nlp.entities import find_entities
from storyline.nlp.quotes import find_quotes
from storyline.records import Quote


@pytest.fixture
def said(nlp):
    """text -> [(quote text, speaker chain name or None, quote)] for the quoted attributions (direct, mixed,
    scare; indirect speech is tested in test_quotes_reported.py) with the real parse and chains."""

    def run(text: str) -> list[tuple[str, str | None, Quote]]:
        doc = nlp(text)
        mentions, chains = find_entities(doc)
        return [(q.text, chains[q.speaker_chain].name if q.speaker_chain is not None else None, q)
                for q in find_quotes(doc, mentions, chains) if q.kind != "indirect"]

    return run


def test_cue_after_the_quote_with_the_name_after_the_verb(said) -> None:
    [(text, who, q)] = said('"The bridge will reopen in May," said Laura Chen, a city engineer.')
    assert (who, q.cue, q.partial) == ("Laura Chen", "said", False)
    assert q.speaker_text == "Laura Chen" and q.confidence > 0.8


def test_cue_before_the_quote(said) -> None:
    [(_, who, q)] = said('Governor Paul Rivera told reporters: "We have enough water for the summer."')
    assert (who, q.cue) == ("Paul Rivera", "told")


def test_pronoun_skips_a_name_inside_the_quote(said) -> None:
    [(_, who, q)] = said('Maria Gonzalez spoke after the vote.\n\n'
                         '"Robert Smith deserves the credit for this," she said.')
    assert (who, q.speaker_text) == ("Maria Gonzalez", "she")


def test_it_after_an_organisation_quote_is_the_organisation(said) -> None:
    rows = said('"Flights will resume on Friday," Delta Air Lines said. '
                '"Passengers should check the website," it added.')
    assert [(who, q.cue) for _, who, q in rows] == [("Delta Air Lines", "said"), ("Delta Air Lines", "added")]


def test_pronoun_after_a_description_takes_the_titled_person(said) -> None:
    rows = said("Mayor Laura Chen met residents of the flooded district on Monday with Governor Paul Rivera.\n\n"
                'The mayor promised new pumps. "We will not let this happen again," she said.')
    assert [who for _, who, _ in rows] == ["Laura Chen"]


def test_a_document_speaks_for_its_author(said) -> None:
    [(_, who, q)] = said("The company released a letter from chief executive Anna Berg on Tuesday.\n\n"
                         '"We made mistakes and we will fix them," the letter read.')
    assert (who, q.cue) == ("Anna Berg", "the letter read")


def test_a_quote_without_cue_continues_the_previous_speaker(said) -> None:
    rows = said('"Prices will fall next year," said economist Peter Novak.\n\n"Wages will keep rising for a while."')
    assert [who for _, who, _ in rows] == ["Peter Novak", "Peter Novak"]


def test_a_country_is_the_speaker_of_a_partial_quote_in_its_clause(said) -> None:
    [(text, who, q)] = said('Iran, meanwhile, accused Washington of making "unlawful demands" at the talks.')
    assert (text, who, q.partial) == ("unlawful demands", "Iran", True)


def test_the_reporting_verb_above_a_partial_quote_gives_its_speaker(said) -> None:
    [(_, who, q)] = said('Police spokesman Mark Dunn said the road will reopen on Friday '
                         'and drivers "should expect delays."')
    assert (who, q.cue, q.kind) == ("Mark Dunn", "said", "mixed")
    assert q.text == 'the road will reopen on Friday and drivers "should expect delays.'



def test_a_saying_participle_takes_the_subject_of_the_main_verb(said) -> None:
    [(_, who, q)] = said('The senator, Jane Porter, rejected the plan on Friday, saying it was "dead on arrival."')
    assert (who, q.cue, q.kind) == ("Jane Porter", "saying", "mixed")


def test_according_to_names_the_speaker(said) -> None:
    [(_, who, q)] = said('"The fire started in the kitchen," according to fire chief Tom Walsh.')
    assert (who, q.cue) == ("Tom Walsh", "according to")


def test_a_scare_quote_with_no_speaker_in_sight_has_none(said) -> None:
    [(text, who, q)] = said('The so-called "smart" meters were installed in 2010.')
    assert (text, who, q.partial, q.confidence, q.kind) == ("smart", None, True, 0.0, "scare")


def test_described_as_attributes_a_scare_quote(said) -> None:
    [(_, who, q)] = said('The union leader Carl Brandt described the offer as "insulting" on Monday.')
    assert (who, q.cue, q.partial) == ("Carl Brandt", "described", True)


def test_a_question_attributed_in_a_sentence_of_its_own(said) -> None:
    rows = said('"Will the plant close?" asked union delegate Omar Haddad. "Nobody has told us," he said.')
    assert [who for _, who, _ in rows] == ["Omar Haddad", "Omar Haddad"]


def test_a_coordinated_clause_with_its_own_subject_is_not_the_reporting_verb(said) -> None:
    [(_, who, _)] = said('Governor Paul Rivera called for new elections, but the opposition party Unity '
                         'rejected the plan as "a trick to stay in power."')
    assert who != "Paul Rivera"


def test_she_skips_a_man_named_more_recently(said) -> None:
    rows = said("Senator Ellen Park met Mr. David Ross on Monday.\n\n"
                '"We agreed on the budget," she said.')
    assert [who for _, who, _ in rows] == ["Ellen Park"]


def test_a_quote_after_a_colon_belongs_to_the_subject_introducing_it(said) -> None:
    rows = said("Judge Helen Ward sentenced the men to ten years in prison on Friday.\n\n"
                "The judge had a warning for the defendants:\n\n"
                '"Do not come back to this court."')
    assert [who for _, who, _ in rows] == ["Helen Ward"]


def test_the_company_said_is_the_company_last_named(said) -> None:
    rows = said("Volkswagen reported a loss on Monday.\n\n"
                '"We expect a weak quarter," the company said in a statement.')
    assert [(who, q.speaker_text) for _, who, q in rows] == [("Volkswagen", "the company")]


def test_a_quote_after_reported_speech_belongs_to_the_reporter(said) -> None:
    rows = said("Coach Anna Berg told the local paper she felt let down by the board. "
                '"Loyalty has to go both ways."')
    assert [(who, q.confidence > 0) for _, who, q in rows] == [("Anna Berg", True)]


def test_a_name_after_the_verb_of_an_inverted_cue_is_the_speaker_whatever_follows(said, nlp) -> None:
    text = ('"The market was cheered by the rally on Wall Street," said Kenji Sato, a broker at Nikko Securities '
            'Co. Ltd.\n\nHong Kong share prices were up 1.3 percent in morning trade.')
    [(_, who, q)] = said(text)
    assert (who, q.cue) == ("Kenji Sato", "said")
    doc = nlp(text)
    kinds = [q.kind for q in find_quotes(doc, *find_entities(doc))]
    assert kinds == ["direct"]  # the words after the name are not what the cue reports


def test_a_date_between_an_inverted_cue_and_the_name_does_not_hide_the_name(said) -> None:
    rows = said('Talks with the armed group went on overnight, officials said.\n\n'
                '"Things are looking very positive," said on Tuesday Mike Cox, a spokesman for the state police.')
    assert [who for _, who, _ in rows] == ["Mike Cox"]


def test_a_name_written_after_its_full_title_speaks(said) -> None:
    rows = said('Record numbers sat the exam this year.\n\n"The examination is popular because it is fair," '
                'said Vice Minister of Personnel Yin Weimin.\n\n"More graduates want stable work," '
                'said the head of the Beijing Employment Bureau Zhou Ming.')
    assert [who for _, who, _ in rows] == ["Yin Weimin", "Zhou Ming"]


def test_a_person_after_of_or_to_without_a_title_is_not_the_speaker(said) -> None:
    [(_, who, q)] = said('Senator Henry Gonzalez opened an inquiry into the leak.\n\n'
                         '"This is extremely valuable information," an aide to Gonzalez said on Thursday.')
    assert who is None and q.speaker_text == "an aide"


def test_he_after_an_unnamed_spokesman_is_the_spokesman(said) -> None:
    rows = said('Chief executive Werner Stein declined to comment on the report.\n\n'
                '"I cannot discuss that article," a company spokesman said. '
                '"We are open to cooperation with any partner," he added.')
    assert [who for _, who, _ in rows] == [None, None]


def test_she_after_an_unnamed_woman_is_not_a_person_named_later(said) -> None:
    rows = said('The 38-year-old woman who received the transplant asked the media to let her rest.\n\n'
                '"I feel very well," she told the newspaper.\n\n'
                'The surgeon who led the team, Jean-Michel Dubois, said the operation went well.')
    assert [who for _, who, _ in rows] == [None]


def test_quoted_him_as_saying_is_his_quote_not_the_agency_s(said) -> None:
    rows = said('Cricket official Ravi Menon denied the charges on Friday.\n\n'
                '"They did not even read my report," the Press Trust of India news agency quoted him as saying.')
    assert [who for _, who, _ in rows] == ["Ravi Menon"]


def test_a_title_kept_in_an_alias_is_not_a_name_part(said) -> None:
    rows = said('President Laurent Gbagbo met farmers on Monday.\n\n'
                'Mali President Amadou Toumani Toure said cotton was "symbolic of inequitable trade".')
    [(_, who, _)] = rows
    assert who is not None and who.startswith("Amadou Toumani")  # the tagger may leave "Toure" out of the name


def test_a_report_does_not_run_past_a_quote_that_ends_its_sentence(nlp) -> None:
    doc = nlp('He added that most members had agreed the office "should be strengthened instead of weakened." '
              'Russian Foreign Minister Sergei Lavrov attacked the office on Monday, saying it had an '
              '"unacceptable autonomy" in monitoring elections.')
    mentions, chains = find_entities(doc)
    found = {q.text[:30]: chains[q.speaker_chain].name if q.speaker_chain is not None else None
             for q in find_quotes(doc, mentions, chains) if q.kind == "mixed"}
    assert found.get('it had an "unacceptable autono') == "Sergei Lavrov"


def test_identified_as_a_label_is_no_name_but_a_name_given_as_such_is(said) -> None:
    rows = said('Juror No. 4 spoke first at the news conference.\n\n"We did everything we could," said the white '
                'woman, who was identified as Juror No. 12.\n\nA rider who gave his name as Zhang Wei said: '
                '"The road was closed for hours."')
    assert [who for _, who, _ in rows] == [None, "Zhang Wei"]
