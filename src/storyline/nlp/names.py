"""Names as newswire writes them: spans trimmed, titles and roles split off, spellings folded.

News prefixes names with roles ("US President Donald Trump", "State
Department spokeswoman Heather Nauert", "Chairman Kim") and follows them with
appositions ("Adam Mount, a senior fellow at ...").  A reader strips these to
find the name and keeps them as descriptions of the person; this module does
both, on spaCy tokens, with no I/O.

Example::

    >>> fold("Kim Jong-un")
    'kim jong un'
    >>> person_key("Donald J. Trump")
    'donald trump'
    >>> name_parts("Kim Jong-un")
    ('Kim', 'Jong-un')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

from spacy.tokens import Doc, Token

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "messrs", "mme", "mlle", "herr", "sr", "sra"})
"""Courtesy forms: stripped from a name, but not roles worth keeping as titles."""

ROLE_WORDS = frozenset({
    "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "chairman", "chairwoman",
    "chair", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "gov", "governor",
    "mayor", "judge", "justice", "king", "queen", "prince", "princess", "pope", "emperor", "general", "gen",
    "lt", "col", "maj", "capt", "captain", "sgt", "cmdr", "adm", "admiral", "marshal", "cardinal", "bishop",
    "archbishop", "rev", "reverend", "rabbi", "imam", "sheikh", "ayatollah", "emir", "sultan", "dr", "prof",
    "professor", "sir", "dame", "lord", "lady", "ambassador", "deputy", "commissioner", "speaker", "leader",
    "spokesman", "spokeswoman", "spokesperson", "attorney", "detective", "officer", "inspector", "coach",
    "councilor", "councillor",
})
"""Role words that spaCy sometimes leaves inside a PERSON span ("President Trump").

Only used to trim the front of a PERSON span and to spot office names
("Secretary of State"); roles outside a span are found from the parse.
"""

NAME_HONORIFICS = frozenset({"sheikh"})
"""Role words (of :data:`ROLE_WORDS`) that in some naming traditions are part of how a person is named
("Sheikh Hasina" of Bangladesh, "Sheikh Hamad" of Qatar): trimmed from a span like any role, but a person named
by one word after one is called by both (:func:`storyline.nlp.chains._honorific_names`)."""

ROLE_ABBREVIATIONS: Mapping[str, str] = MappingProxyType({
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "capt": "captain",
    "adm": "admiral", "prof": "professor", "rev": "reverend", "sgt": "sergeant", "cmdr": "commander",
    "col": "colonel", "maj": "major", "councillor": "councilor",
})
"""Role words written short (folded, no dot) and the word they stand for: "Sen. Jackson" is "Senator Jackson".

One entry is a spelling variant, not an abbreviation: British "councillor" is compared as American "councilor".
"""


def role_word(title: str) -> str:
    """A one-word role as compared between mentions: folded, dot dropped, written out.

    >>> role_word("Sen."), role_word("minister")
    ('senator', 'minister')
    """
    word = fold(title)
    return ROLE_ABBREVIATIONS.get(word, word)


SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’", "s"})
_DASHES = re.compile(r"[-\u2010\u2011\u2012\u2013\u2014]")
_PARTICLE = re.compile(rf"^(?:al|el){_DASHES.pattern}", re.IGNORECASE)
"""The Arabic article written on a surname ("al-Maliki", "el-Beshir", "Al-Hariri"); not every particle of
:data:`~storyline.nlp.spelling.PARTICLES` ("Ben-Gurion" is no "Gurion")."""
_DROP = re.compile(r"[.'’`\"“”]")


def fold(text: str) -> str:
    """Fold case, accents, hyphens and dots so that spelling variants compare equal.

    >>> fold("Kim Jong-Un")
    'kim jong un'
    >>> fold("U.S.")
    'us'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _DROP.sub("", _DASHES.sub(" ", text.casefold()))
    return " ".join(text.split())


def person_key(name: str) -> str | None:
    """A full personal name, folded, with middle initials dropped; None for a one-word name.

    One word ("Kim", "Trump") never identifies a person across articles.

    >>> person_key("Kim Jong Un") == person_key("Kim Jong-un")
    True
    >>> person_key("Trump") is None
    True
    """
    parts = fold(name).split()
    if len(parts) < 2:
        return None
    kept = [p for i, p in enumerate(parts) if i in (0, len(parts) - 1) or len(p) > 1]
    return " ".join(kept)


def short_person_key(name: str) -> str | None:
    """First and last name of a name written with middle names, for meeting the plain form; else None.

    "Mark Jay Heller" is "Mark Heller" in the next paragraph.  Words are
    counted as written, so a hyphenated given name stays one ("Kim Jong-un"
    has no middle name) and a suffix stays on ("Jr." is not "Sr.").

    >>> short_person_key("Mark Jay Heller"), short_person_key("Kim Jong-un")
    ('mark heller', None)
    """
    words = name.split()
    suffix = [w for w in words[2:] if fold(w) in SUFFIXES][-1:]
    core = [w for w in words if fold(w) not in SUFFIXES]
    if len(core) < 3:
        return None
    return person_key(" ".join([core[0], core[-1], *suffix]))


def name_parts(name: str) -> tuple[str, ...]:
    """The words a later short form may use for this name: the first and the last.

    Western names are shortened to the surname ("Trump"), East Asian names to
    the family name, which comes first ("Kim"); suffixes and initials never are.
    An Arabic surname's article drops in the short form ("Nuri al-Maliki ... Maliki said").

    >>> name_parts("Martin Luther King Jr.")
    ('Martin', 'King')
    >>> name_parts("Bashar al-Assad"), name_parts("Abdullah II"), name_parts("J.R. Smith")
    (('Bashar', 'al-Assad', 'Assad'), ('Abdullah',), ('Smith',))
    """
    words = [w for w in name.split() if fold(w) not in SUFFIXES and len(fold(w)) > 1]
    if len(words) == 1 and len(name.split()) > 1:
        return (words[0],)  # the one word beside initials or a number: "Abdullah II", "J.R. Smith", "S. Amarasekere"
    if len(words) < 2:
        return ()
    last = _PARTICLE.sub("", words[-1])
    return (words[0], words[-1]) if last == words[-1] or not last[:1].isupper() else (words[0], words[-1], last)


def is_role(token: Token) -> bool:
    """True for a role word such as "President", "Chairman", "Mr." (by its folded form)."""
    word = fold(token.text)
    return word in ROLE_WORDS or word in HONORIFICS


def trim_span(doc: Doc, start: int, end: int, person: bool) -> tuple[int, int]:
    """Token bounds of a mention without leading articles, quotes, roles, a trailing possessive or word.

    >>> # "the Korean Peninsula" -> "Korean Peninsula"; "Kim Jong Un’s" -> "Kim Jong Un"
    """
    while start < end and (doc[start].pos_ in ("DET", "PUNCT") or doc[start].is_quote):
        start += 1
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in (".",)
                           or doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in POSSESSIVE
                           or person and doc[end - 1].is_lower and doc[end - 1].pos_ != "PROPN"):  # "Ross doesn"
        end -= 1
    if person:
        while end - start > 1 and (is_role(doc[start]) or _not_a_name_word(doc[start], end - start - 1)):
            start += 1
    return start, end


_NOT_NAME_TAGS = frozenset({"RB", "IN", "VBG"})
"""Tags of a capitalised word that opens a sentence, not a name: "However", "Besides", "Describing"."""


def _not_a_name_word(tok: Token, left: int) -> bool:
    """A capitalised word the tagger ran into a person's name that no name begins with: an adverb, preposition
    or gerund opening the sentence ("However Negroponte", "Besides Shalom", "Describing Gemayel"; inside a
    sentence "Than Aung" is a Burmese name), or an adjective before two words or more ("Jordanian King Abdullah
    II", "Italian Andrea Bargnani"; "Xu Kun" keeps its "Xu", which the tagger calls an adjective too)."""
    if not tok.text[:1].isupper():
        return False
    return tok.tag_ in _NOT_NAME_TAGS and tok.is_sent_start or tok.tag_ == "JJ" and left >= 2


def _run_before(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens directly before a name that modify it: nouns, adjectives, names, 'of'.  A token holding a bracket
    ends the run: a bracket closes another phrase, as a wire's credit glued to its dash does ("WASHINGTON, Nov. 11
    (Xinhua)-- US President George W. Bush": "Xinhua)--" is one token and no part of Bush's role)."""
    sent_start = doc[start].sent.start
    run: list[Token] = []
    i = start - 1
    while i >= sent_start:
        tok = doc[i]
        if any(ch in _BRACKETS for ch in tok.text):
            break
        if tok.ent_type_ in ("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT") and not is_role(tok):
            break
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") or (tok.lower_ == "of" and run) or tok.tag_ == "NNP":
            run.append(tok)
            i -= 1
            continue
        break
    run.reverse()
    while run and run[0].lower_ == "of":
        run.pop(0)
    # keep the part attached to the name through the parse
    attached = {t.i for t in doc[start:end]}
    changed = True
    while changed:
        changed = False
        for tok in run:
            if tok.i not in attached and tok.head.i in attached:
                attached.add(tok.i)
                changed = True
    while run and run[0].i not in attached:
        run.pop(0)
    return run


def titles_before(doc: Doc, start: int, end: int) -> tuple[int, list[str], list[int]]:
    """The role written before a name, as (first token of the titled form, titles, office-name tokens).

    Titles run from the role word alone to the whole modifier, lower-cased:
    "US President Donald Trump" gives ["president", "us president"]; "US
    Secretary of State Mike Pompeo" gives ["secretary", "secretary of state",
    "us secretary of state"], and "State" is reported as part of an office name.
    A run without a role word (a bare place, "the US Pompeo") is no title.
    """
    run = _run_before(doc, start, end)
    roles = [t for t in run if (not t.ent_type_ and t.pos_ in ("NOUN", "PROPN") or is_role(t))
             and sum(c.isalpha() for c in t.text) > 1]
    if not roles:
        return start, [], []
    head = roles[-1]
    core_start = head.i
    while core_start > run[0].i and not doc[core_start - 1].ent_type_ and doc[core_start - 1].lower_ != "of":
        core_start -= 1
    office = [t.i for t in run if t.i > head.i and t.ent_type_ == "ORG" and doc[t.i - 1].lower_ == "of"]
    out = [head.text.lower(), doc[core_start:start].text.lower(), doc[run[0].i:start].text.lower()]
    if head.i + 1 < start and doc[head.i + 1].lower_ == "of":
        out.insert(1, doc[head.i:start].text.lower())
    titles = [t for t in dict.fromkeys(out) if fold(t) not in HONORIFICS]
    return run[0].i, titles, office


def titles_after(doc: Doc, start: int, end: int) -> list[str]:
    """Roles given in an apposition after a name: "Adam Mount, a senior fellow and director of ...".

    >>> # -> ["fellow", "senior fellow", "director"]
    """
    if end >= len(doc) or doc[end].text != ",":  # an apposition follows the name after a comma
        return []
    heads = {t.i for t in doc[start:end]}
    out: list[str] = []
    for tok in doc[start:end]:
        for child in tok.children:
            if child.dep_ != "appos" or child.i in heads or child.pos_ != "NOUN" or child.ent_type_ \
                    or not end < child.i <= end + 6 or any(t.is_punct for t in doc[end + 1:child.i]):
                continue
            for noun in [child, *[c for c in child.children if c.dep_ == "conj" and c.pos_ == "NOUN"]]:
                first = noun.i  # the modifiers written right before the role: "senior", "North Korea"
                while first > end + 1 and doc[first - 1].dep_ in ("amod", "compound", "nmod") \
                        and doc[first - 1].head.i in (noun.i, *range(first, noun.i)):
                    first -= 1
                out += [noun.text.lower(), doc[first:noun.i + 1].text.lower()]
    return list(dict.fromkeys(out))


_BRACKETS = frozenset("()[]{}")

# any subject at all, so a verb that has one is not left without (wider than quotes.lexicon.SUBJECT_DEPS, the
# subjects a speaker may be: a passive clausal subject or an expletive "it" still fills the place)
ANY_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def swallowed_subject(verb: Token) -> list[Token]:
    """The name right before a reporting verb left without a subject that the parser hung in the phrase before
    it ("and in a reaction to the news European Commissioner for Competition Neelie Kroes said", 'Kroes' the
    object of 'for'): English puts the subject there.  Only a word no entity type claims (not "military sources
    in Rome said", "a press release of the Defense Ministry said")."""
    if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ") or any(c.dep_ in ANY_SUBJECT_DEPS for c in verb.children):
        return []
    before = verb.doc[verb.i - 1]
    glued = before.i > 0 and not verb.doc[before.i - 1].whitespace_  # the end of "Tshabalala-Msimang"
    return [before] if before.pos_ == "PROPN" and before.head.i != verb.i and not before.ent_type_ \
        and not glued else []
