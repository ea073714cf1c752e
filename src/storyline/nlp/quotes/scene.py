"""Whether a quoted fragment inside someone's report is part of it: the scene of a reported act.

A fragment inside a mixed report that the parse finds a cue of its own ("she heard someone say, 'He has a
gun'") is left out of the report and given its own speaker; one that only sets the scene of the act the report
tells of ("provided they do so within a 'set time limit'") is the reporter's words.  :func:`beside_its_cue`
tells the two apart for ``__init__._part_of``, which decides a mixed report's members.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.nlp.quotes.context import Context, quote_roots
from storyline.nlp.quotes.lexicon import CONDITION_MARKS, CONTENT_PREPS, SPEECH_NOUNS
from storyline.nlp.quotes.spans import Span


def beside_its_cue(ctx: Context, span: Span, cue_at: int) -> bool:
    """Whether a quoted fragment hangs on its cue only through an adjunct that sets the scene of the act, not
    what is said ("could assert their right of abode, provided they do so within a 'set time limit'", "would
    respond 'appropriately'", "stated their positions in a 'good' atmosphere"): inside another's report those
    words are the reporter's, the verb no report of its own.  A preposition of content (:data:`CONTENT_PREPS`:
    "warned against", "accused of") brings what is said; so does a condition on an act of saying ("apologizes
    if the fire was connected to '...'"), every conditional alike (:func:`_conditional`), though not on a verb
    that takes a thing for object ("claim residency if they applied within a 'reasonable period'": claiming a
    right says nothing).  Whether the act is done or only put forward ("would testify unless prosecutors
    sought '...'"), the parse does not tell who chose the condition's words (reviews r35b, r35f), so no
    condition is told apart by it.  A whole utterance (:func:`_utterance`: 'responded with "Get out of the car
    now."') is said by the one who acts, whatever joins it to the verb."""
    cue = ctx.token_at(cue_at)
    toks = ctx.quote_tokens(span)
    roots = quote_roots(span, toks)
    if cue is None or not roots or _utterance(toks):
        return False
    tok = roots[0]
    while tok.head.i not in (tok.i, cue.i):
        tok = tok.head
    if tok.head.i != cue.i or tok.i == cue.i:
        return False  # the cue is not above the quote: found by its place, not by the parse
    if tok.dep_ == "advcl":
        return not _conditional(tok) or any(c.dep_ == "dobj" and c.lemma_.lower() not in SPEECH_NOUNS
                                            for c in cue.children)
    if tok.dep_ == "prep":
        return tok.lower_ not in CONTENT_PREPS
    return tok.dep_ in ("advmod", "npadvmod")


def _utterance(toks: list[Token]) -> bool:
    """Whether a quote is a sentence of its own, not a fragment of the writer's: it opens with a capital and
    holds a verb ("Get out of the car now.", "We'll see."), where a fragment is a phrase or a clause in lower
    case ("a 'set time limit'", "'as we will not be able to do it any more'")."""
    words = [t for t in toks if not (t.is_punct or t.is_space or t.is_quote)]
    return bool(words) and words[0].text[:1].isupper() and any(t.pos_ in ("VERB", "AUX") for t in words)


def _conditional(clause: Token) -> bool:
    """Whether an adverbial clause states a condition: 'if', 'unless', 'provided (that)', 'providing', 'as long
    as', 'so long as', or one the parser made a verb of its own ("provided they do so": 'provided' heads it)."""
    if clause.lower_ in CONDITION_MARKS:
        return True
    for c in clause.children:
        if c.dep_ == "mark" and c.lower_ in CONDITION_MARKS:
            return True
        if c.dep_ == "mark" and c.lower_ == "as" and any(a.lower_ == "long" for a in clause.children):
            return True  # 'as long as': the parser hangs 'as long' and 'as' on the clause's verb
    return False
