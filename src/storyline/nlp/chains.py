"""Within-article chains: every mention of one real thing under one canonical name.

A reader links "US President Donald Trump ... Trump wrote" and "North Korea ...
the DPRK" without thinking; this does it in three passes over the cleaned
mentions of :mod:`storyline.nlp.entities`, in text order:

1. full personal names (two words or more, tagged PERSON) open a person chain,
   one per folded name, so "Kim Jong-un" and "Kim Jong Un" are one and "Kim
   Jong Nam" another; a name that ends another ("Deve Gowda" after "H.D. Deve
   Gowda") joins it;
2. a one-word mention equal to the first or last word of a full name joins that
   person (or, with none named before it, the first one after): "Kim" after "Kim Jong Un", whatever type the
   tagger gave it; with two or more such people named before it, the one in focus there, else the first
   named of them (:mod:`storyline.nlp.focus`: "Hillary Clinton said ... Clinton added" is Hillary, "Kimani
   Gray ... his sister Mahnefah Gray said ... Gray produced a revolver" is Kimani); a courtesy title before
   it must agree with the gender the full name gives ("Mrs Ford" is not "Gerald Ford");
3. everything else joins by country code, folded name or acronym, and a name
   equal to the end of an earlier one of two words or more joins it ("Red
   Sox" after "Boston Red Sox"); "the North" joins the one country named in
   the article whose name starts with that word ("North Korea"), as news
   writes the two Koreas, Sudans or Timor for short.

A chain's type is PERSON when a full personal name opened it, GPE when it is a
country, else the majority of its mentions' tags.

Example::

    >>> # "Donald Trump ... Trump wrote" -> one chain: Chain(name="Donald Trump", aliases=["Donald Trump", "Trump"])
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from storyline.nlp.focus import Focus
from storyline.nlp.gender import COURTESY_GENDER, gender_of_name, gender_of_word
from storyline.nlp.names import (
    NAME_HONORIFICS,
    ROLE_ABBREVIATIONS,
    ROLE_WORDS,
    fold,
    name_parts,
    person_key,
    role_word,
    short_person_key,
    titles_after,
    titles_before,
)
from storyline.nlp.resolve import acronym, chain_keys, country_code, is_acronym, name_key, named_countries
from storyline.nlp.shortenings import PREPOSITIONS, local_forms
from storyline.records import Chain, Mention
from storyline.spelling import SOUND, sound_key, without_capitals_twins


@dataclass
class Candidate:
    """A cleaned mention before chaining: char bounds, token bounds, spaCy's type, the role before it."""

    start: int
    end: int
    text: str
    type: str
    tok_start: int
    tok_end: int
    titled_start: int = -1  # char offset where the titled form ("US President Donald Trump") starts
    titles: list[str] | None = None  # None: not looked for yet
    place: str | None = None  # a wire dateline's capitals ("BEIJING"): the place it names, written "Beijing"

    @property
    def form(self) -> str:
        """The name as keyed and chained: the written text, or the place a dateline's capitals name."""
        return self.place or self.text

    @property
    def words(self) -> int:
        return len(self.text.split())


def add_titles(doc: Doc, cand: Candidate, office: set[int] | None = None) -> None:
    """Record the role written before a candidate; collect office-name tokens ("of State") if asked."""
    first, titles, office_tokens = titles_before(doc, cand.tok_start, cand.tok_end)
    if first < cand.tok_start:
        cand.titled_start = doc[first].idx
    cand.titles = titles
    if office is not None:
        office.update(office_tokens)


@dataclass
class _Draft:
    person: bool
    members: list[int] = field(default_factory=list)
    full: list[int] = field(default_factory=list)  # char offsets of full-name mentions
    forms: list[list[str]] = field(default_factory=list)  # folded words of each full name
    parts: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)  # role words written before its full names (role_word form)
    genders: set[str] = field(default_factory=set)  # 'f' / 'm' its full names say (first name, courtesy, role)

    @property
    def gender(self) -> str | None:
        """'f' or 'm' when every sign its full names give agrees, else None."""
        return next(iter(self.genders)) if len(self.genders) == 1 else None


def _opens_person(c: Candidate, surnames: set[str]) -> bool:
    """A full personal name: tagged PERSON, or a short title-case name whose last word is tagged PERSON alone."""
    if c.type == "PERSON":
        return True
    words = c.text.split()
    return c.type != "NORP" and len(words) <= 3 and words[-1] in surnames and all(w[:1].isupper() for w in words)


def _courtesy(doc: Doc, c: Candidate) -> str | None:
    """The gender a courtesy title right before a mention fixes ("Mrs Ford": 'f'), else None.  Capitalised
    only: "will miss Steve" is a verb."""
    if c.tok_start == 0 or not doc[c.tok_start - 1].text[:1].isupper():
        return None
    return COURTESY_GENDER.get(fold(doc[c.tok_start - 1].text))


def _genders(doc: Doc, c: Candidate) -> set[str]:
    """The genders a full-name mention says: its first name, a courtesy title or a gendered role before it
    ("Betty Ford", "Mrs Betty Ford", "first lady Laura Bush"), or a gendered noun it is written as ("his sister
    Mahnefah Gray", "her wealthy father, ... Chris Anderson"): a family's names share no first name a list knows
    ("Kimani", "Mahnefah"), and the kin word is often all that says who is the "he"."""
    role = fold((c.titles or [""])[0])
    found = {gender_of_name(c.text), _courtesy(doc, c), gender_of_word(role), *_described_as(doc, c)}
    return {g for g in found if g}


def _described_as(doc: Doc, c: Candidate) -> set[str | None]:
    """The genders of the nouns a name is written as: the noun right before it ("his sister Mahnefah Gray") and
    an apposition either way ("Mobutu's son, Major Mobutu Kongolo"; "Chris Anderson, her father")."""
    root = doc[c.tok_start:c.tok_end].root
    nouns = [doc[c.tok_start - 1]] if c.tok_start > 0 else []
    if root.dep_ == "appos":
        nouns.append(root.head)
    nouns += [t for t in root.children if t.dep_ == "appos"]
    return {gender_of_word(t.lower_) for t in nouns if t.pos_ == "NOUN"}


def _person_pass(doc: Doc, cands: list[Candidate], assign: list[int | None], drafts: list[_Draft]) -> None:
    by_key: dict[str, int] = {}
    shorts: dict[str, int] = {}  # "mark heller" -> the draft of "Mark Jay Heller"
    surnames = {c.text for c in cands if c.type == "PERSON" and c.words == 1}
    for i, c in enumerate(cands):
        pk = person_key(c.text) if c.words > 1 and c.type != "NORP" else None
        if pk is None:
            continue
        sk = short_person_key(c.text)
        d = by_key.get(pk, shorts.get(pk, by_key.get(sk or "")))
        if d is None and not _opens_person(c, surnames):
            continue
        if d is None:
            words = fold(c.text).split()
            d = next((j for j, dr in enumerate(drafts) for f in dr.forms if len(f) > len(words)
                      and f[-len(words):] == words), None)
        if d is None:
            d = len(drafts)
            drafts.append(_Draft(person=True))
        by_key[pk] = d
        if sk:
            shorts.setdefault(sk, d)
        assign[i] = d
        drafts[d].members.append(i)
        drafts[d].full.append(c.start)
        drafts[d].forms.append(fold(c.text).split())
        drafts[d].parts.update(name_parts(c.text))
        drafts[d].roles.update(role_word(t) for t in c.titles or ())
        drafts[d].genders.update(_genders(doc, c))


def _fitting_role(doc: Doc, c: Candidate, matches: list[int], drafts: list[_Draft]) -> list[int]:
    """Of the people whose name holds a short form, those its role fits, when it has one: "Defence minister
    Kim" is not "North Korean leader Kim Jong-Il", and "President Bush" is "US President George W. Bush", not
    Laura Bush.

    Only for a word two or more full names of the article share (a surname half a country bears, a family's
    name): the most recent of them is then a guess, and a role word written with the short form (one of
    :data:`~storyline.nlp.names.ROLE_WORDS`, or a word one of them abbreviates: "Colonel" as "Col.") picks the
    people whose full name was written after it, else those named with no role before their full name (who
    may hold any): a person whose full name came after other roles only is ruled out.  Roles given in an
    apposition are not counted, so "Kim Jang-Soo, a former army chief of staff" counts as having no role and
    "Defence minister Kim" joins him.  A short form without a role word, or with another word before it
    ("rival Sharon"), keeps them all; with none left, it joins no one.
    """
    if c.titles is None:
        add_titles(doc, c)
    role = role_word((c.titles or [""])[0])
    if role not in ROLE_WORDS and role not in ROLE_ABBREVIATIONS.values():
        return matches
    return [d for d in matches if role in drafts[d].roles] or [d for d in matches if not drafts[d].roles]


def _short_form_target(doc: Doc, c: Candidate, drafts: list[_Draft], focus: Focus) -> int | None:
    """The person chain a one-word mention refers to, or None.

    With one bearer of the word named in full before it, that one (with none before, the first named after it);
    with two or more ("Bill Clinton" and "Hillary Clinton"; "Kimani Gray" and "his sister Mahnefah Gray"), the
    one in focus at that point (:class:`~storyline.nlp.focus.Focus`).
    """
    if c.type == "NORP" or country_code(c.text, gpe=c.type == "GPE"):
        return None
    if c.type in ("GPE", "LOC", "FAC") and c.tok_start > 0 and doc[c.tok_start - 1].pos_ == "ADP":
        return None  # "in Washington" is the place even with a Mr Washington in the story
    matches = [d for d, dr in enumerate(drafts) if dr.person and c.text in dr.parts]
    if (gender := _courtesy(doc, c)) is not None:  # "Mrs Ford" is not the "Gerald Ford" named before
        # and "Mr Anderson" is the one known to be a man ("her father, ... Chris Anderson") before one of no known
        # gender ("Zoe Anderson", a first name no list holds)
        matches = [d for d in matches if drafts[d].gender in (None, gender)]
        matches = [d for d in matches if drafts[d].gender == gender and drafts[d].full[0] < c.start] or matches
    if len(matches) > 1:
        matches = _fitting_role(doc, c, matches, drafts)
    before = [d for d in matches if drafts[d].full[0] < c.start]
    if len(before) > 1:
        return focus.choose(before, {d: drafts[d].full[0] for d in before}, c.tok_start, c.tok_end)
    if before:
        return before[0]
    after = [(drafts[d].full[0], d) for d in matches]
    return min(after)[1] if after else None


def _named(cands: list[Candidate]) -> set[str]:
    """The countries the article names in words: an acronym or code of one of them stands for it (see
    :func:`~storyline.nlp.resolve.country_code`)."""
    return named_countries((c.form, c.type == "GPE") for c in cands if c.type not in ("PERSON", "NORP"))


def _keys_of(c: Candidate, named: set[str]) -> tuple[list[str], list[str]]:
    """(keys to look up, keys to register) for grouping a non-person mention within the article."""
    if c.type not in ("PERSON", "NORP") and (code := country_code(c.form, gpe=c.type == "GPE", named=named)):
        return [f"gpe:{code}"], [f"gpe:{code}"]
    if is_acronym(c.form):
        letters = c.form.replace(".", "").lower()
        return [f"acr:{letters}", f"ini:{letters}"], [f"acr:{letters}"]
    words = name_key(c.form).split()
    name = f"name:{' '.join(words)}"
    # "Red Sox" after "Boston Red Sox": a later name equal to the end of an earlier one (two words or more) is it,
    # but not the end after a preposition and "the", which names what the earlier one is of (see _owned_ends); a
    # place takes no end after a preposition ("Southern California" after "University of Southern California")
    owned, tails = _owned_ends(c.form), [(i, " ".join(words[i:])) for i in range(1, len(words) - 1)]
    look = [name, "tail:" + " ".join(words)] + (["ptail:" + " ".join(words)] if c.type not in _PLACES else [])
    register = [name, *(f"{'ptail' if words[i - 1] in PREPOSITIONS else 'tail'}:{end}" for i, end in tails
                        if end not in owned)]
    ini = acronym(c.form) if c.type not in ("PERSON", "NORP") else None
    if ini is None:
        return look, register
    return [*look, f"acr:{ini.lower()}"], [*register, f"ini:{ini.lower()}"]


_PLACES = ("GPE", "LOC")
"""Types of a mention that is a place, never the end of an earlier name after a preposition."""


def _owned_ends(form: str) -> set[str]:
    """The ends of a name (as keys) written after a preposition and "the": what the named thing is of.

    "Section 7 of the Endangered Species Act" is a section, "the Endangered Species Act" the act; "the
    International Committee of the Red Cross" is not "the Red Cross"; the tagger's "the Tar Heels and the Purple
    Aces" is two teams.  Without "the", the words after the preposition are the name's own: "Homeland Security"
    after "the Department of Homeland Security" is the department, as "Veterans Affairs" and "Health and Human
    Services" are theirs.

    >>> sorted(_owned_ends("Section 7 of the Endangered Species Act"))
    ['endangered species act']
    >>> _owned_ends("Department of Homeland Security"), _owned_ends("Department of Health and Human Services")
    (set(), set())
    """
    raw = fold(form).split()
    return {name_key(" ".join(raw[i + 2:])) for i in range(len(raw) - 2) if raw[i] in PREPOSITIONS
            and raw[i + 1] == "the"}


COMPASS = frozenset({"North", "South", "East", "West"})


def _compass_countries(cands: list[Candidate]) -> dict[str, str]:
    """Compass word -> the country code of the one country the article names starting with it.

    News calls a country whose name starts with a compass word by that word after "the" once it has named
    it ("... the North's longstanding demand" after "North Korea"; "the South" after "South Korea").  Only
    when the article names one such country per word: with "North Korea" and "North Macedonia" both named,
    or none, "the North" stays a region of its own (England's North, the American South).
    """
    codes: dict[str, set[str]] = {}
    for c in cands:
        first = c.text.split()[0]
        if first in COMPASS and c.words > 1 and c.type == "GPE" and (code := country_code(c.text, gpe=True)):
            codes.setdefault(first, set()).add(code)
    return {word: next(iter(found)) for word, found in codes.items() if len(found) == 1}


def _compass_key(doc: Doc, c: Candidate, countries: dict[str, str]) -> str | None:
    """The country key of "the North" when the article names one country starting with "North" (see above)."""
    if c.text not in countries or c.type not in ("GPE", "LOC", "NORP") or c.tok_start == 0:
        return None
    return f"gpe:{countries[c.text]}" if doc[c.tok_start - 1].lower_ == "the" else None


def _group(doc: Doc, cands: list[Candidate], named: set[str]) -> list[_Draft]:
    assign: list[int | None] = [None] * len(cands)
    countries = _compass_countries(cands)
    drafts: list[_Draft] = []
    _person_pass(doc, cands, assign, drafts)
    focus = Focus.of(doc)
    for i, c in enumerate(cands):
        if assign[i] is None and c.words == 1 and (d := _short_form_target(doc, c, drafts, focus)) is not None:
            assign[i] = d
            drafts[d].members.append(i)
        if (d := assign[i]) is not None and drafts[d].person:
            focus.mention(d, c.tok_start, c.tok_end, drafts[d].gender)
    by_key: dict[str, int] = {}
    for i, c in enumerate(cands):
        if assign[i] is not None:
            continue
        compass = _compass_key(doc, c, countries)
        look, register = ([compass], [compass]) if compass else _keys_of(c, named)
        d = next((by_key[k] for k in look if k in by_key), None)
        if d is None:
            d = len(drafts)
            drafts.append(_Draft(person=False))
        assign[i] = d
        drafts[d].members.append(i)
        for k in register:
            by_key.setdefault(k, d)
    for dr in drafts:
        dr.members.sort()
    drafts.sort(key=lambda dr: dr.members[0])
    return drafts


def _most_common(forms: list[str]) -> str:
    counts = Counter(forms)
    return max(forms, key=lambda f: (counts[f], -forms.index(f)))


def _chain(doc: Doc, dr: _Draft, cands: list[Candidate], named: set[str]) -> Chain:
    members = [cands[i] for i in dr.members]
    # "the North" of North Korea names no entity on its own: not a name, alias or key of the chain
    members = [c for c in members if not (c.words == 1 and c.text in COMPASS)] or members
    forms = [c.form for c in members]
    # "World Cup" after "the 2006 World Cup"; "Homeland Security" after "the House Committee on Homeland Security"
    local = local_forms(forms) if not dr.person else set()
    if dr.person:
        type_ = "PERSON"
        name = _most_common([c.text for c in members if c.words > 1])
    else:
        if any(_keys_of(c, named)[1][0].startswith("gpe:") for c in members):
            type_ = "GPE"
        else:
            types = [c.type for c in members]
            type_ = _most_common(types)
        # "Washington", not "WASHINGTON"; "2006 World Cup", not the "World Cup" it was shortened to
        long = [f for f in without_capitals_twins(forms) if not is_acronym(f) and f not in local]
        name = _most_common(long or forms)
    aliases = [c.text for c in members]
    titles: list[str] = []
    if type_ == "PERSON":
        for c in members:
            if c.titles is None:
                add_titles(doc, c)
            # the titled form's tokens, not doc.text: spaCy joins the whole text anew on each access
            if c.titled_start >= 0 and (titled := doc.char_span(c.titled_start, c.end, alignment_mode="expand")):
                aliases.append(titled.text)
            titles += (c.titles or []) + titles_after(doc, c.tok_start, c.tok_end)
    keys = chain_keys(type_, dict.fromkeys(forms), local)
    if type_ == "PERSON" and not dr.person and (honoured := _honorific_names(doc, members)):
        name = _most_common(honoured)
        keys += [f"{SOUND}{k}" for f in dict.fromkeys(honoured) if (k := sound_key(f))]
        titles = _without_honorific(titles)
    return Chain(name=name, type=type_, aliases=list(dict.fromkeys(aliases)), keys=keys,
                 titles=list(dict.fromkeys(titles)))


def _honorific_names(doc: Doc, members: list[Candidate]) -> list[str]:
    """"Sheikh Hasina" for a person the article names by one word after an honorific that is part of the name.

    In Bengali and Gulf Arab usage "Sheikh Hasina", "Sheikh Mujib", "Sheikh Hamad" is how the person is named
    (:data:`~storyline.nlp.names.NAME_HONORIFICS`), as "Mullah Omar" is, and the article may write no other
    form.  Trimmed as a role, the name was the one word "Hasina", which gives no resolution key, so each article
    was an entity of its own.  The honorific form names the chain and gives it a transliteration key only
    (``snd:``), which the store joins to an entity only with corroborating evidence (a shared role word, the
    entities both articles name): "Sheikh Hamad" is more than one man, so it is no ``per:`` key.  A chain with
    a full name ("Sheikh Hasina Wajed ... Sheikh Hasina") keeps that name and its keys.
    """
    return [f"{doc[c.tok_start - 1].text} {c.text}" for c in members
            if c.tok_start > 0 and fold(doc[c.tok_start - 1].text) in NAME_HONORIFICS and c.words == 1
            and c.text[:1].isupper()]


def _without_honorific(titles: list[str]) -> list[str]:
    """The titles of a chain the honorific names, without it: part of the name, not a role.

    "Prime Minister Sheikh Hasina" gives the titles "sheikh" and "prime minister sheikh"; kept, every "Sheikh X"
    would share a role word with every other, which the store counts as evidence of one person
    (:func:`storyline.store.resolution._spelling_match`).  Here they are "prime minister".
    """
    out = []
    for title in titles:
        words = title.split()
        while words and fold(words[-1]) in NAME_HONORIFICS:
            words.pop()
        if words:
            out.append(" ".join(words))
    return out


def build_chains(doc: Doc, cands: list[Candidate]) -> tuple[list[Mention], list[Chain]]:
    """Group candidates (sorted by position) into chains; mentions carry their chain's type."""
    chains: list[Chain] = []
    mentions: list[Mention | None] = [None] * len(cands)
    named = _named(cands)
    for ci, dr in enumerate(_group(doc, cands, named)):
        chain = _chain(doc, dr, cands, named)
        chain.mentions = list(dr.members)
        chains.append(chain)
        for i in dr.members:
            c = cands[i]
            mentions[i] = Mention(start=c.start, end=c.end, text=c.text, type=chain.type, chain=ci)
    return [m for m in mentions if m is not None], chains
