"""What one article offers the search for who a speaker phrase means: the :class:`Context`.

Built once per article (:meth:`Context.build`), it indexes which tokens lie
inside quote marks (a name inside a quote is never its speaker), which tokens
belong to which entity chain (with the one-word names the tagger left out),
the chains' titles and genders, and which chains typed otherwise act as people.
The searches in :mod:`.pronouns`, :mod:`.descriptions` and :mod:`.documents`
read it; :mod:`.referents` puts them together.  It changes only to learn:
speakers who say 'I' are people (``persons``), what 'it' last meant
(``last_thing``), what a description last named (``described``), which quotes
only name words (``mentioned``).

Example::

    >>> Resolved(chain=None, text="an official", how="unresolved").how
    'unresolved'
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from storyline.nlp.gender import MALE_FIRST_NAMES, gender_of_name, gender_of_word
from storyline.nlp.names import HONORIFICS, ROLE_WORDS, fold, is_role, name_parts
from storyline.nlp.quotes.lexicon import PERSON_NOUNS, SPEAKER_TYPES_PERSON, STRONG_CUES
from storyline.nlp.quotes.spans import ClearEnds, Ranges, paragraphs
from storyline.nlp.quotes.spans import Span as QuoteSpan
from storyline.records import Chain, Mention


@dataclass
class Resolved:
    """A speaker phrase resolved: ``chain`` (or None), the phrase as written, and how; ``body`` is the chain of
    the body a worker noun in the phrase speaks for ("Pentagon officials": the Pentagon), see :mod:`.bodies`."""

    chain: int | None
    text: str
    how: str  # name, pronoun, description, document, office, unresolved
    body: int | None = None


@dataclass
class Context:
    """What one article offers attribution (built once per article by :meth:`build`)."""

    doc: Doc
    text: str  # doc.text, kept once: spaCy rebuilds it on every access
    chains: list[Chain]
    token_chain: dict[int, int]
    quoted: list[tuple[int, int]]  # sorted (open mark, close mark + 1) char ranges
    sents: list[Span]
    sent_starts: list[int]
    paras: list[tuple[int, int]]
    titles: dict[str, set[int]] = field(default_factory=dict)
    authors: list[tuple[int, str, int]] = field(default_factory=list)  # (char, document lemma, chain)
    last_thing: tuple[int, int] | None = None  # (char, chain) of the latest document/organisation speaker
    gender: dict[int, str] = field(default_factory=dict)  # chain -> "f" / "m" when an honorific or role says
    name_parts: dict[str, int] = field(default_factory=dict)  # one word naming exactly one chain (_name_parts)
    persons: set[int] = field(default_factory=set)  # chains typed otherwise that speak as 'I' (see is_person)
    acting: set[int] | None = None  # chains typed otherwise that own his/her things (see is_person)
    described: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # phrase -> (char, chain) it named
    mentioned: set[int] = field(default_factory=set)  # opening marks of quotes that name words, not speech
    quote_ends: dict[int, int] = field(default_factory=dict)  # opening mark -> one past the closing (Span.close_end)
    reporters: list[tuple[int, int]] | None = None  # (token, chain) of papers and reporting subjects, read once
    index: TextIndex | None = None  # where each word and chain stands (see :meth:`indexed`), read on first use

    @classmethod
    def build(cls, doc: Doc, text: str, mentions: list[Mention], chains: list[Chain],
              quoted: list[tuple[int, int]], find_authors: Callable[[Context], list[tuple[int, str, int]]],
              quote_ends: dict[int, int] | None = None) -> Context:
        """Index one article (``quote_ends``: :attr:`quote_ends`).  ``find_authors``
        (:func:`.documents.document_authors`, passed in because it resolves pronouns, which read this context)
        fills :attr:`authors`; it runs before the genders and name parts are known, as it always has (see
        :func:`.referents.build_context`)."""
        token_chain: dict[int, int] = {}
        for m in mentions:
            if m.chain is None:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            for tok in span or []:
                token_chain[tok.i] = m.chain
        titles: dict[str, set[int]] = {}
        for i, ch in enumerate(chains):
            for title in ch.titles:
                words = title.lower().split()
                if words:
                    titles.setdefault(" ".join(words), set()).add(i)
                    titles.setdefault(words[-1], set()).add(i)
        sents = list(doc.sents)
        ctx = cls(doc, text, chains, token_chain, sorted(quoted), sents, [s.start for s in sents], paragraphs(text),
                  titles)
        ctx.quote_ends = quote_ends or {}
        ctx.authors = find_authors(ctx)
        ctx.gender = _genders(text, mentions, chains)
        ctx.name_parts = _name_parts(chains)
        ctx.reporters = None  # read again once asked: the authors' search may have read it before the name parts
        return ctx

    def indexed(self) -> TextIndex:
        """The article's word and chain positions, built the first time a search asks (see :class:`TextIndex`)."""
        if self.index is None:
            self.index = TextIndex.build(self.doc, self.text, self.token_chain, self.quoted)
        return self.index

    def same_lemma_before(self, lemma: str, before: int) -> list[Token]:
        """The tokens before token ``before`` whose lowercased lemma is ``lemma``, in text order."""
        return self._before(self.indexed().by_lemma.get(lemma, []), before)

    def latest_first(self, by: str, key: str, before: int) -> Iterator[Token]:
        """The tokens before token ``before`` whose lowercased lemma (``by="lemma"``) or word (``by="word"``)
        is ``key``, latest first and made one at a time: a search that stops at the latest match costs what it
        reads, not every earlier use of a word the text repeats."""
        positions = (self.indexed().by_lemma if by == "lemma" else self.indexed().by_lower).get(key, [])
        for k in range(bisect.bisect_left(positions, before) - 1, -1, -1):
            yield self.doc[positions[k]]

    def chain_tokens(self, chain: int) -> list[int]:
        """The indices of the tokens a chain's mentions cover (:attr:`token_chain`), in text order."""
        return self.indexed().by_chain.get(chain, [])

    def clear_sentence(self, at: int) -> tuple[int, int]:
        """The stretch around char ``at`` between sentence ends no parse can doubt (:meth:`.spans.ClearEnds.around`),
        from sentence ends found once per article."""
        return self.indexed().clear_ends.around(at)

    def _before(self, positions: list[int], before: int) -> list[Token]:
        return [self.doc[i] for i in positions[: bisect.bisect_left(positions, before)]]

    def in_quote(self, tok: Token) -> bool:
        i = bisect.bisect_right(self.quoted, (tok.idx, 1 << 60)) - 1
        return i >= 0 and self.quoted[i][0] <= tok.idx < self.quoted[i][1]

    def chain_of(self, tok: Token) -> int | None:
        """The chain a token outside quotes belongs to; a capitalised word the entity tagger left out that
        is one word of exactly one person's name ("Jobs said" after "Steve Jobs") counts as that person."""
        if self.in_quote(tok):
            return None
        found = self.token_chain.get(tok.i)
        if found is None and tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper() and not tok.ent_type_:
            found = self.name_parts.get(tok.text)
        return found

    def is_person(self, chain: int) -> bool:
        """A person chain, or one the tagger typed otherwise that the text treats as a person: it speaks of
        itself as 'I' in a quote given to it by name ('"My mum gave me advice," Vilhjalmsdottir said' with
        the name tagged an organisation), or does something to his or her own things ("Tie published her
        first story") or stands beside a noun for one person ("the minister, X,"): organisations say 'we'
        and 'its', so a he/she may refer to it."""
        if self.chains[chain].type in SPEAKER_TYPES_PERSON or chain in self.persons:
            return True
        if self.acting is None:  # read once, the first time a chain of another type is asked about
            self.acting = _acting_as_people(self)
        return chain in self.acting

    def token_at(self, char: int) -> Token | None:
        """The token holding the character at ``char`` (a quote mark, a cue), or None past the text."""
        found = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return found[0] if found is not None and len(found) else None

    def sent_index(self, tok: Token) -> int:
        return bisect.bisect_right(self.sent_starts, tok.i) - 1

    def quote_tokens(self, span: QuoteSpan) -> list[Token]:
        """The tokens of a quote's text (expanded to whole tokens)."""
        return list(self.doc.char_span(span.start, span.end, alignment_mode="expand") or [])

    def before_open(self, span: QuoteSpan, k: int = 1) -> Token | None:
        """The ``k``-th token before a quote's opening mark (1: the one right before it), if any."""
        mark = self.token_at(span.open_at)
        return self.doc[mark.i - k] if mark is not None and mark.i - k >= 0 else None


@dataclass(frozen=True)
class TextIndex:
    """Where each word, lemma and chain stands in one article, and its clear sentence ends.

    The speaker searches look back over the text before a phrase for the same word ("the President" written
    before a name), an earlier use of a description's noun or the last mention of a chain.  Scanning every
    token before the phrase each time costs the text's length per phrase, so a long text (tens of thousands
    of phrases) costs its square; read from these positions, a search costs what it finds.
    """

    by_lemma: dict[str, list[int]]  # lowercased lemma -> token indices, in text order
    by_lower: dict[str, list[int]]  # lowercased word -> token indices, in text order
    by_chain: dict[int, list[int]]  # chain -> indices of the tokens its mentions cover, in text order
    clear_ends: ClearEnds
    quotes: Ranges  # the quotes' (open mark, close mark + 1), to find those a stretch crosses

    @classmethod
    def build(cls, doc: Doc, text: str, token_chain: dict[int, int], quoted: list[tuple[int, int]]) -> TextIndex:
        by_lemma: dict[str, list[int]] = {}
        by_lower: dict[str, list[int]] = {}
        for tok in doc:
            by_lemma.setdefault(tok.lemma_.lower(), []).append(tok.i)
            by_lower.setdefault(tok.lower_, []).append(tok.i)
        by_chain: dict[int, list[int]] = {}
        for i in sorted(token_chain):
            by_chain.setdefault(token_chain[i], []).append(i)
        return cls(by_lemma, by_lower, by_chain, ClearEnds.of(text), Ranges.of(quoted))


def according_to(tok: Token) -> tuple[Token, Token] | None:
    """('to', X's head) of an "according to X" at ``tok``, else None: the one reading of the phrase that both
    the direct quotes (:mod:`.speakers`) and the reported clauses (:mod:`.reported`) start from, each then
    asking of X what it needs."""
    doc = tok.doc
    if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    to = doc[tok.i + 1]
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    return None if obj is None else (to, obj)


def quote_roots(span: QuoteSpan, inside: list[Token]) -> list[Token]:
    """The tokens of a quote (``inside``, :meth:`Context.quote_tokens`) whose head lies outside its marks: where
    the quoted words hang in the sentence."""
    return [t for t in inside if not (span.open_at <= t.head.idx < span.close_at + 1) or t.head.i == t.i]


def _acting_as_people(ctx: Context) -> set[int]:
    """Chains not typed as people that are the subject of a verb whose object is his or her own thing, set in
    apposition to a noun for one person ("The minister, Ulla Toenaes,", "Toenaes, a minister,"), written
    right after a title ("President Thabo Mbeki") or right after a person's name, split off it by the tagger."""
    out: set[int] = set()
    for tok in ctx.doc:
        if tok.dep_ == "appos" and not ctx.in_quote(tok):
            for name, noun in ((tok, tok.head), (tok.head, tok)):
                ch = found if (found := ctx.chain_of(name)) is not None else _name_continued(ctx, name)
                if ch is not None and (noun.lemma_.lower() in PERSON_NOUNS or is_role(noun)) and (
                        noun.tag_ == "NN" or noun.tag_ == "NNP" and ctx.chain_of(noun) is None):
                    out.add(ch)  # (a capitalised title too: "Pa Socheatvong, Phnom Penh's Deputy Governor,")
        prev = tok.nbor(-1) if tok.i else None
        if prev is not None and tok.tag_ == "NNP" and not ctx.in_quote(tok) and (ch := ctx.chain_of(tok)) is not None:
            named = ctx.chain_of(prev)
            if named is None and is_role(prev) and prev.tag_ in ("NN", "NNP") \
                    and (tok.dep_ != "compound" or ctx.chain_of(tok.head) == ch):  # not "deputy ISS program manager"
                out.add(ch)  # "Iran coach Branko Ivankovic", "President Thabo Mbeki" typed otherwise: a title's holder
            elif named is not None and named != ch and prev.tag_ == "NNP" \
                    and ctx.chains[named].type in SPEAKER_TYPES_PERSON:
                out.add(ch)  # "Khurshid Mahmood Kasuri" split in two, 'Kasuri' typed a place: a person's surname
        if tok.i + 2 < len(ctx.doc) and ctx.doc[tok.i + 1].text == "," and (ch := ctx.chain_of(tok)) is not None \
                and _age_after(ctx, tok, ch):
            out.add(ch)  # "Jobs, aged 55, has taken medical leave" with 'Jobs' typed an organisation
        if (ch := _speaking_for_a_firm(ctx, tok)) is not None:
            out.add(ch)  # "Harushige Kobayashi of Yamaichi Securities said", the name typed a work of art
        if tok.lower_ not in ("his", "her") or tok.dep_ != "poss" or ctx.in_quote(tok):
            continue
        owned = tok.head
        verb = owned.head if owned.dep_ in ("dobj", "pobj") else None
        verb = verb.head if verb is not None and verb.dep_ == "prep" else verb
        for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")) if verb is not None else ():
            ch = ctx.chain_of(subj)
            if ch is not None and ctx.chains[ch].type not in SPEAKER_TYPES_PERSON:
                out.add(ch)
    return out


def _name_continued(ctx: Context, tok: Token) -> int | None:
    """The chain of a name the parser split at a small lowercase word it read as a preposition, when ``tok`` is
    the capitalised rest, untyped ("Chanapat na Nakhon, chairman of ...": the chain is 'Chanapat'; the role in
    apposition hangs on 'Nakhon')."""
    prep = tok.head
    if tok.dep_ != "pobj" or tok.pos_ != "PROPN" or tok.ent_type_ or prep.dep_ != "prep" or not prep.is_lower \
            or prep.i != tok.i - 1 or ctx.in_quote(tok):
        return None
    return ctx.chain_of(prep.head) if prep.head.i == prep.i - 1 else None


def _speaking_for_a_firm(ctx: Context, tok: Token) -> int | None:
    """The chain of a name followed by "of" and an organisation's name, as the subject of a verb that reports
    speech ("Harushige Kobayashi of Yamaichi Securities said"): the news habit for an analyst or employee, a
    person whatever type the tagger gave the name (an organisation's own name holds its "of": "Bank of Korea").
    A name typed an organisation or a group stays one: "Jaguar of Ford said" is a unit of a firm speaking."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or ctx.in_quote(tok):
        return None
    firm, name = ctx.chain_of(tok), tok.head.head
    ch = ctx.chain_of(name)
    if firm is None or ch is None or ch == firm or ctx.chains[firm].type != "ORG" \
            or ctx.chains[ch].type in (*SPEAKER_TYPES_PERSON, "ORG", "NORP") or name.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return ch if name.head.lemma_.lower() in STRONG_CUES else None


MAX_AGE = 120


def _age_after(ctx: Context, tok: Token, chain: int) -> bool:
    """A name's last word set off by an age, the news habit for a person ("Jobs, aged 55, has", "Smith, 55,
    said"): a body or a place is not given one.  ``tok`` is outside quotes (it has a chain) and a comma follows it."""
    doc = ctx.doc
    i = tok.i + 1
    aged = doc[i + 1].lower_ == "aged"
    num = doc[i + 1 + aged] if i + 1 + aged < len(doc) else None
    if num is None or not num.text.isdigit() or not 0 < int(num.text) <= MAX_AGE:
        return False
    after = doc[num.i + 1].text if num.i + 1 < len(doc) else ""
    place = ctx.chains[chain].type in ("GPE", "LOC", "NORP")  # ("Ohio, 20, Texas, 38": a count after a place)
    return aged and after in (",", ".", ";") or after == "," and not place


_TITLE_WORDS = ROLE_WORDS | HONORIFICS  # a title kept in a name is no part a speaker goes by


def _name_parts(chains: list[Chain]) -> dict[str, int]:
    """First names and surnames of multi-word person names (names.name_parts: "Maliki" of "Nuri al-Maliki",
    never "Jr.") that belong to one person only; then the whole name of a one-word entity ("Rao"; "Tie",
    typed an organisation), for the same word the tagger left out elsewhere, when no person's name holds
    that word."""
    seen: dict[str, set[int]] = {}
    whole: dict[str, set[int]] = {}
    for i, ch in enumerate(chains):
        if len(ch.name.split()) == 1 and ch.name[:1].isupper() and fold(ch.name) not in _TITLE_WORDS:
            whole.setdefault(ch.name, set()).add(i)
        if ch.type not in SPEAKER_TYPES_PERSON:
            continue
        for name in [ch.name, *ch.aliases]:
            for w in name_parts(name):  # never a title kept in an alias ("President Laurent Gbagbo")
                if len(w) > 2 and w[0].isupper() and fold(w) not in _TITLE_WORDS:
                    seen.setdefault(w, set()).add(i)
    parts = {w: next(iter(c)) for w, c in seen.items() if len(c) == 1}
    return parts | {w: next(iter(c)) for w, c in whole.items() if len(c) == 1 and w not in seen}


FEMININE_SURNAME_ENDINGS = ("ova", "ová", "eva", "skaya")
"""Endings of the feminine form of Russian, Bulgarian and Czech surnames (Kopylova, Dementieva; the man's
is -ov, -ev, -sky): with a first name in -a, as Slavic women's names end (Lilia, Svetlana), a name the
first-name lists miss can still say a 'he' is not this person.  Both, as Romance surnames end so too
("Hector Villanueva", "Antonio Canova")."""


def _genders(text: str, mentions: list[Mention], chains: list[Chain]) -> dict[int, str]:
    """Chain -> 'f'/'m' from an honorific before a mention (Mrs, Mr.) or a gendered title (spokeswoman)."""
    votes: dict[int, set[str]] = {}
    for m in mentions:
        if m.chain is None:
            continue
        before = text[max(0, m.start - 6):m.start].replace(".", " ").split()
        words = set(before[-1:]) if before else set()
        words |= {w for t in chains[m.chain].titles for w in t.lower().split()}
        parts = m.text.split()
        words |= {parts[0].strip(".").lower()} if len(parts) > 1 else set()  # "Queen Elizabeth"; a name of one
        # word is no title: "King told The News she was drawn to her window" (Tishana King)
        genders = {gender_of_word(w.lower()) for w in words}
        if chains[m.chain].type in SPEAKER_TYPES_PERSON and len(parts) >= 2:
            first, last = parts[0].lower(), parts[-1].lower()
            genders.add(gender_of_name(m.text))
            if last.endswith(FEMININE_SURNAME_ENDINGS) and first.endswith("a") and first not in MALE_FIRST_NAMES:
                genders.add("f")  # "Lilia Kopylova", not "Hector Villanueva": a Slavic woman's name
        for g in genders:
            if g:
                votes.setdefault(m.chain, set()).add(g)
    return {ch: next(iter(v)) for ch, v in votes.items() if len(v) == 1}
