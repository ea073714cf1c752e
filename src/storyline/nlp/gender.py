"""Words and first names that say whether a person is a woman or a man.

Pronoun resolution (:mod:`storyline.nlp.quotes.pronouns`) asks whether a 'she' can be a person, and chaining
(:mod:`storyline.nlp.chains`) whether "Mrs Ford" can be the "Gerald Ford" named before; both read these lists.

Example::

    >>> gender_of_name("Betty Ford"), gender_of_name("Gerald Ford"), gender_of_name("Kim Jong Un")
    ('f', 'm', None)
"""

from __future__ import annotations

FEMALE_COURTESY_TITLES = frozenset({"mrs", "ms", "miss", "madam", "madame", "lady", "dame"})
MALE_COURTESY_TITLES = frozenset({"mr", "sir", "lord"})
"""The English courtesy titles among the gendered words below ("Mrs Ford", "Sir Elton John")."""

FEMALE_WORDS = FEMALE_COURTESY_TITLES | frozenset({
    "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "policewoman", "actress",
    "waitress", "mother", "wife", "daughter", "sister", "queen", "princess", "grandmother", "widow", "girl",
    "woman", "aunt", "niece", "girlfriend", "mum", "mom", "duchess", "countess", "baroness", "empress",
})
MALE_WORDS = MALE_COURTESY_TITLES | frozenset({
    "spokesman", "chairman", "congressman", "businessman", "councilman", "policeman",
    "father", "husband", "son", "brother", "king", "prince", "grandfather", "widower", "boy", "man", "uncle",
    "nephew", "boyfriend", "dad", "duke", "baron", "emperor",
})
"""Honorifics and roles that say whether a person is a 'she' or a 'he' (Mrs Palin, spokesman Mark Dunn)."""

FEMALE_FIRST_NAMES = frozenset({
    "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
    "nancy", "lisa", "margaret", "betty", "sandra", "ashley", "dorothy", "kimberly", "emily", "donna", "michelle",
    "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "laura", "sharon", "cynthia", "kathleen",
    "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "samantha", "katherine", "emma",
    "ruth", "christine", "catherine", "debra", "rachel", "carolyn", "janet", "virginia", "maria", "heather",
    "diane", "julie", "joyce", "victoria", "kelly", "christina", "joan", "evelyn", "lauren", "judith", "olivia",
    "martha", "cheryl", "megan", "andrea", "hannah", "jacqueline", "ann", "anne", "alice", "kathryn",
    "gloria", "teresa", "doris", "sara", "janice", "julia", "marie", "madison", "grace", "judy", "theresa",
    "beverly", "denise", "marilyn", "amber", "danielle", "abigail", "brittany", "rose", "diana", "natalie",
    "sophia", "alexis", "lori", "kayla", "jane", "hillary", "condoleezza", "sandy", "maryann", "neelie", "sonia",
    "nicola", "kamala", "ursula", "elena", "irina",
    "natalia", "olga", "ingrid", "marine", "sylvie", "monique", "fatima", "aisha", "yulia", "benazir", "indira",
})
"""Common women's first names: with the honorifics above, the signal that a 'she' can be this person."""

MALE_FIRST_NAMES = frozenset({
    "james", "robert", "john", "michael", "david", "william", "richard", "joseph", "thomas", "charles",
    "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "steve", "paul", "andrew",
    "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan",
    "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon",
    "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry",
    "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan",
    "walter", "noah", "jeremy", "christian", "keith", "roger", "terry", "gerald", "harold", "sean", "austin",
    "carl", "arthur", "lawrence", "dylan", "jesse", "bryan", "billy", "joe", "bruce", "gabriel",
    "logan", "albert", "willie", "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent", "ralph", "eugene",
    "russell", "bobby", "mason", "philip", "louis", "barack", "bill", "tom", "jim", "bob", "mike", "dan", "ken",
    "tony", "ben", "sam", "harry", "rick", "ray", "hugo", "vladimir", "dmitry", "sergei", "alexei", "nicolas",
    "francois", "jacques", "angelo", "giuseppe", "carlos", "luis", "pedro", "miguel", "ahmed", "mohammed",
    "muhammad", "ali", "hassan", "omar", "jean-claude", "gordon", "boris", "nigel", "rupert",
})
"""Common men's first names (see :data:`FEMALE_FIRST_NAMES`)."""


def gender_of_name(name: str) -> str | None:
    """'f' or 'm' when the first word of a full name is a common woman's or man's first name, else None."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0].lower()
    return "f" if first in FEMALE_FIRST_NAMES else "m" if first in MALE_FIRST_NAMES else None


def gender_of_word(word: str) -> str | None:
    """'f' or 'm' when a lower-cased word is one of :data:`FEMALE_WORDS` or :data:`MALE_WORDS`, else None.

    >>> gender_of_word("spokeswoman"), gender_of_word("mr"), gender_of_word("minister")
    ('f', 'm', None)
    """
    return "f" if word in FEMALE_WORDS else "m" if word in MALE_WORDS else None


COURTESY_GENDER = {**dict.fromkeys(FEMALE_COURTESY_TITLES | {"mme", "mlle"}, "f"),
                   **dict.fromkeys(MALE_COURTESY_TITLES | {"herr"}, "m")}
"""Courtesy titles written before a name, folded, and the gender they fix: "Mrs Ford" is no "Gerald Ford".
The English ones of :data:`FEMALE_WORDS` and :data:`MALE_WORDS`, and French and German ones (Mme, Mlle, Herr)."""

PRONOUN_GENDER = {**dict.fromkeys(("he", "him", "his", "himself"), "m"),
                  **dict.fromkeys(("she", "her", "hers", "herself"), "f")}
"""Third-person singular pronouns and the gender they carry (who a he or a she can carry on)."""
