"""Who a bare surname means when two people of one article bear it: the person in focus.

"Bill Clinton campaigned in Ohio. Hillary Clinton said she would run. Clinton added ..." -- a reader takes the
bare "Clinton" for the person the text is about at that point, not simply the one named last in full.  This
module keeps that state as :mod:`storyline.nlp.chains` walks an article's mentions in text order:

- every mention of a person counts, bare ones already given to someone included ("Clinton added" is Hillary's
  mention from then on), and so does a he/his/him or she/her, which carries on the person of its gender (or of
  no known gender) mentioned last ("Michael Smith was charged. He is due in court. Smith's lawyer said");
- a person is *in focus* at a bare mention when, in its sentence or the last one before it that names anybody
  (the lines of a quote in between name nobody: '"...," said Kim.  "I told them ..."  Kim has big plans' is
  the coach who spoke), it was the subject of a clause (or what the subject is of or is called: "Smith's
  lawyer said", "His half-brother, Kim Jong Nam, was killed"), or a pronoun's, or named in any role while
  already in focus ("Two women approached him. They smeared a nerve agent on Kim's face ... Kim died" stays
  Kim Jong Nam); a name in an object or a prepositional phrase does not bring its person into focus ("forces
  under the command of Mobutu's son, Major Mobutu Kongolo, detained Tshisekedi ... Mobutu had named" is the
  president);
- the candidates are walked from the most recently mentioned back, and the first in focus is taken; when none
  is, the bare name is the first of them named in full: writers name the person the story is about first and
  bring relatives and namesakes in as background ("Kimani Gray ... his sister Mahnefah Gray said ... Gray
  produced a revolver");
- a verbless line ("Photo: Hillary Clinton at a rally") puts nobody in focus: only a name in a sentence with a
  finite verb counts;
- a gendered pronoun the bare name's own clause binds ("Clinton told the crowd he had never been prouder of his
  wife") rules out a candidate whose gender the chain knows to be the other, and a pronoun subject reporting the
  clause the bare name stands in ("Gray was unarmed, she said") is somebody else than the name (binding: a
  speaker does not name herself in the third person).

Everything is kept per person and per sentence as the walk goes, so the cost is linear in the article's tokens
and mentions (no search back over earlier mentions).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from storyline.nlp.gender import PRONOUN_GENDER

_SUBJECTS = ("nsubj", "nsubjpass")
_REPORTED = ("ccomp", "parataxis")  # "Gray was unarmed, she said": the clause a speaker reports
_BOUND_REACH = 40  # tokens after a bare subject looked at for the pronouns its clause binds: a clause, not a page
_RECENT = 8  # people remembered for a pronoun to carry on: a pronoun reaches back a few people, not the article


@dataclass
class Focus:
    """The running state of who is in focus, updated mention by mention in text order."""

    doc: Doc
    sentence: list[int] = field(default_factory=list)  # sentence number of each token
    finite: list[bool] = field(default_factory=list)  # whether each sentence has a finite verb
    seen: dict[int, int] = field(default_factory=dict)  # person -> sentence of its latest mention in focus
    recent: list[int] = field(default_factory=list)  # people by latest mention of any kind, most recent first
    genders: dict[int, str | None] = field(default_factory=dict)  # person -> 'f' / 'm' / None
    pronouns: list[Token] = field(default_factory=list)  # gendered pronouns not yet walked past, in text order
    named: tuple[int, int] = (-2, -2)  # the last two sentences that named a person, the latest second
    _next_pronoun: int = 0

    @classmethod
    def of(cls, doc: Doc) -> Focus:
        """The state at the start of ``doc``: sentence numbers, finite sentences, the gendered pronouns."""
        focus = cls(doc)
        if not doc.has_annotation("SENT_START"):  # no parse: one sentence, nobody in focus by role
            focus.sentence, focus.finite = [0] * len(doc), [True]
            return focus
        for n, sent in enumerate(doc.sents):
            focus.sentence.extend([n] * len(sent))
            focus.finite.append(any(_is_finite(t) for t in sent))
        focus.pronouns = [t for t in doc if t.lower_ in PRONOUN_GENDER and t.pos_ == "PRON"]
        return focus

    def mention(self, person: int, start: int, end: int, gender: str | None) -> None:
        """Record a mention of ``person`` (tokens ``start``..``end``), after carrying pronouns up to it."""
        self._walk_to(start)
        self.genders[person] = gender
        here = self.sentence[start]
        self._touch(person, here)
        if not self.finite[here]:
            return  # a caption or a list line names someone without saying anything about them
        if _in_focus_role(self.doc[start:end].root) or self.seen.get(person, -2) >= here - 1:
            self.seen[person] = here  # a person in focus stays so while named in any role ("on Kim's face")

    def choose(self, candidates: list[int], first: dict[int, int], start: int, end: int) -> int:
        """The person a bare name (tokens ``start``..``end``) means, of ``candidates`` all named in full before it.

        ``first`` gives each candidate's first full-name offset.  See the module docstring for the order of
        the tests.
        """
        self._walk_to(start)
        head = self.doc[end - 1]
        bound = _bound_gender(head)
        carrier = next((d for d in self.recent if self.genders.get(d) == bound), None) if bound else None
        if carrier is not None and carrier not in candidates:
            bound = None  # "Hillary Clinton met Barack Obama ... Clinton said he": the he is Obama
        fits = [d for d in candidates if self._agrees(d, head, bound)] or candidates
        here = self.sentence[start]
        since = min(here - 1, self.named[1] if self.named[1] < here else self.named[0])
        for d in self.recent:
            if d in fits and self.seen.get(d, -2) >= since:
                return d
        return min(fits, key=lambda d: first[d])

    def _agrees(self, person: int, head: Token, bound: str | None) -> bool:
        """Whether ``person`` fits the pronouns around the bare name ``head``: a pronoun its own clause binds
        agrees with its gender, and a pronoun subject reporting its clause is somebody else."""
        gender = self.genders.get(person)
        if gender and bound and gender != bound:
            return False
        reporter = _reporting_pronoun(head)
        return reporter is None or self._pronoun_person(reporter) != person

    def _pronoun_person(self, pronoun: Token) -> int | None:
        """The person a pronoun carries on: the most recent one of its gender (or of no known gender)."""
        gender = PRONOUN_GENDER[pronoun.lower_]
        return next((d for d in self.recent if self.genders.get(d) in (None, gender)), None)

    def _walk_to(self, tok: int) -> None:
        """Let every pronoun before token ``tok`` carry on its person."""
        while self._next_pronoun < len(self.pronouns) and self.pronouns[self._next_pronoun].i < tok:
            pronoun = self.pronouns[self._next_pronoun]
            self._next_pronoun += 1
            if (person := self._pronoun_person(pronoun)) is None:
                continue
            here = self.sentence[pronoun.i]
            if pronoun.dep_ in _SUBJECTS:
                self._touch(person, here)
                self.seen[person] = here
            elif self.seen.get(person, -2) >= here - 1:
                self.seen[person] = here

    def _touch(self, person: int, sentence: int) -> None:
        if sentence != self.named[1] and self.finite[sentence]:
            self.named = (self.named[1], sentence)
        if person in self.recent:
            self.recent.remove(person)
        self.recent.insert(0, person)
        del self.recent[_RECENT:]


def _is_finite(tok: Token) -> bool:
    """A verb or auxiliary in a finite form ("said", "was", "will"): the sentence says something."""
    return tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm", [])


def _in_focus_role(head: Token) -> bool:
    """Whether a name (its head word) puts its person in focus: the subject of its clause, or what a subject is
    of or is called ("Smith's lawyer said"; "His half-brother, Kim Jong Nam, was killed").  A name in an object
    or a prepositional phrase ("under the command of Mobutu's son, Major Mobutu Kongolo") is background."""
    while head.dep_ in ("poss", "appos", "compound", "flat") and head.head.i != head.i:
        if head.dep_ in ("appos", "poss") and head.head.dep_ in _SUBJECTS:
            return True
        head = head.head
    return head.dep_ in _SUBJECTS


def _clause_of(tok: Token) -> Token:
    """The verb whose clause a name stands in as subject, else the name itself."""
    return tok.head if tok.dep_ in _SUBJECTS else tok


def _bound_gender(head: Token) -> str | None:
    """The gender of the pronouns a bare subject's clause binds ("Clinton told the crowd he had never been
    prouder of his wife": 'm'), when they all agree; None when the name is no subject or they disagree."""
    if head.dep_ not in _SUBJECTS:
        return None
    verb = head.head
    after = head.doc[head.i + 1:min(head.sent.end, head.i + _BOUND_REACH)]
    found = {PRONOUN_GENDER[t.lower_] for t in after if t.lower_ in PRONOUN_GENDER and verb in t.ancestors}
    return next(iter(found)) if len(found) == 1 else None


def _reporting_pronoun(head: Token) -> Token | None:
    """The pronoun subject of the verb that reports the clause a bare name stands in ("Gray was unarmed, she
    said": 'she'), else None."""
    clause = _clause_of(head)
    if clause.dep_ not in _REPORTED:
        return None
    speaker = next((t for t in clause.head.children if t.dep_ in _SUBJECTS), None)
    if speaker is not None and speaker.lower_ in PRONOUN_GENDER:
        return speaker
    return None
