"""A title possessed by a named place or body ("Spain's prime minister") is a post the article names, not
someone new: a later "the prime minister" is its holder.  The real model and chains, sentences written for the
test."""

from __future__ import annotations


def test_a_post_of_a_named_country_does_not_bring_in_someone_unnamed(direct_speakers) -> None:
    """'Portugal's prime minister on Friday predicted ... said Antonio Costa. ... "...," the Socialist prime
    minister commented': the post's holder, named in between, not nobody."""
    text = ("Portugal's prime minister on Friday predicted a better year for the economy.\n\n"
            "\"The worst is behind us,\" said Antonio Costa, speaking in Lisbon.\n\n"
            "Costa also told a press conference that wages would rise.\n\n"
            "\"Unemployment will fall again,\" the Socialist prime minister commented.")
    assert direct_speakers(text) == [("Antonio Costa", "Antonio Costa"), ("the Socialist prime minister",
                                                                          "Antonio Costa")]


def test_a_spokesman_of_a_named_body_is_still_someone_unnamed(direct_speakers) -> None:
    """'Siemens's spokesman said ... "...," the spokesman added': a body has many spokesmen; the one brought
    in stays unnamed, not the chief executive named before (unchanged)."""
    text = ("Siemens chief executive Peter Wolf met the unions on Monday. Siemens's spokesman said the talks "
            "went well.\n\n\"We expect a deal soon,\" the spokesman added.")
    assert direct_speakers(text) == [("the spokesman", None)]


def test_a_name_set_beside_a_capitalised_title_is_a_person_whatever_the_tagger_typed(direct_speakers) -> None:
    """'X, Phnom Penh's Deputy Governor, estimated ... "...," he was quoted as saying': the tagger typed the
    name a place or an organisation; the title in apposition says it is a person, whom 'he' means."""
    for name, chain in (("Nakhon Sawan", "Sawan"), ("Phay Siphan", "Phay Siphan")):
        text = (f"{name}, Phnom Penh's Deputy Governor, estimated that the crowd would double during the festival. "
                "\"We have arranged enough buses for everyone,\" he was quoted by a local paper as saying.")
        assert direct_speakers(text) == [("he", chain)]


def test_a_surname_the_tagger_split_off_a_persons_name_is_that_person(direct_speakers) -> None:
    """'Foreign Minister Rashid Mahmood Kasuri' tagged 'Rashid Mahmood' a person and 'Kasuri' a place: the word
    right after a person's name is the surname, so 'Kasuri said ... "...," he said' is his, not the other
    minister's named before."""
    text = ("Addressing reporters with Chinese Foreign Minister Wang Lin, visiting Pakistani Foreign Minister "
            "Rashid Mahmood Kasuri said ties were strong.\n\nKasuri said trade had doubled this year. "
            "\"We see huge opportunities in energy,\" he said.")
    assert direct_speakers(text) == [("he", "Kasuri")]
