"""An acronym its article spells out in words the tagger took for no name: "bovine spongiform encephalopathy (BSE)".

A bare acronym chain is keyed by its letters alone (``acr:bse``), so the store puts it in whatever entity once
wrote those letters out: the newswire's mad cow reports' "BSE" joined the Bombay Stock Exchange, Seoul's
"Composite Index (CI)" Cape Town's Children's Institute.  Yet the article said what its letters stand for, in
the words before the brackets, which the tagger did not take as a name (lower case, an index, a disease).  When
those words' initials spell the letters, the chain is keyed by them as a written-out name too, and the store's
rule for two written-out names (an acronym alone never joins two that cannot be one) keeps it apart from other
bodies with the same letters.

>>> defined("on the Bombay Stock Exchange (", "BSE"), defined("the Seven-Party Alliance (", "SPA")
('Bombay Stock Exchange', 'Seven-Party Alliance')
>>> defined("disease as bovine spongiform encephalopathy (", "BSE"), defined("said on Tuesday (", "BSE")
('bovine spongiform encephalopathy', None)
"""

from __future__ import annotations

import re

from storyline.nlp.resolve import add_keys, name_key, named_by_acronyms
from storyline.records import Chain, Mention
from storyline.spelling import LINKING, SHORT

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_BREAK = re.compile(r"[;:!?]|(?<=\w\w)\.(?=\s)")
"""Where the words that spell a name out stop: a clause's or a sentence's end (not the full stop of "U.S.", nor
that of a word names write short: "St. Lawrence", "Mt. Elgon", :func:`_clause_end`)."""
_LAST_WORD = re.compile(r"([^\W\d_]+)$")
_LIST_END = re.compile(r"\s(?:and|&)\s", re.IGNORECASE)
"""A list's last link: a comma before it is inside a name ("Chemical, Biological, Radiological and Explosives")."""


def defined(before: str, letters: str) -> str | None:
    """The words ending ``before`` (text up to an opening bracket) whose initials spell ``letters``, if any.

    Hyphenated parts count each ("Seven-Party"); linking words count or not ("of", "the").  The words run
    up to the bracket within one phrase (:func:`_phrase`): "Senator John McCain, (JM)" or "ASUNCION, Paraguay
    (AP)" defines nothing, "Chemical, Biological, Radiological and Explosives (CBRE)" does.

    >>> defined("Senator John McCain, (", "JM"), defined("ASUNCION, Paraguay (", "AP")
    (None, None)
    >>> defined("won by Kenyatta. National Union (", "KNU"), defined("in Goma. Democratic Republic of Congo (", "DRC")
    (None, 'Democratic Republic of Congo')
    >>> defined("the SAF's Chemical, Biological, Radiological and Explosives (", "CBRE")
    'Chemical Biological Radiological and Explosives'
    >>> defined("the SysAdmin, Audit, Network, Security (", "SANS")
    'SysAdmin Audit Network Security'
    >>> defined('the bill granting "permanent normal trade relations" (', "PNTR")
    'permanent normal trade relations'
    """
    if not before.rstrip().endswith("("):
        return None
    want = letters.replace(".", "").upper()
    words = _WORD.findall(_phrase(_clause_end(before[-(12 * len(want) + 40):])))
    for k in range(1, min(len(words), 2 * len(want) + 2) + 1):
        tail = words[-k:]
        if tail[0].casefold() in LINKING:
            continue
        if _initials(tail, skip=True) == want or _initials(tail, skip=False) == want:
            return " ".join(tail)
    return None


def _clause_end(text: str) -> str:
    """What follows the last clause or sentence end in ``text``; the full stop of a word names write short
    (``spelling.SHORT``: "the St. Lawrence Seaway Development Corporation", "the Federal Reserve Bank of St.
    Louis") ends nothing.

    >>> _clause_end("won. The St. Lawrence Seaway Development Corporation (")
    ' The St. Lawrence Seaway Development Corporation ('
    """
    cut = 0
    for m in _BREAK.finditer(text):
        word = _LAST_WORD.search(text, 0, m.start()) if m.group() == "." else None
        if word is None or word.group(1).casefold() not in SHORT:
            cut = m.end()
    return text[cut:]


def _phrase(text: str) -> str:
    """The end of ``text`` a name may span: back over commas only inside a series, one that closes with "and"
    ("Educational, Scientific and Cultural") or of three or more single words ("SysAdmin, Audit, Network,
    Security"); never over a comma right before the bracket ("McCain, (") or the one of a two-part apposition,
    a place and its country ("ASUNCION, Paraguay (")."""
    *heads, kept = text.split(",")
    if kept.strip() == "(":
        return kept
    series = len(heads) >= 2 and all(len(_WORD.findall(h)) == 1 for h in heads[-2:])
    while heads and (series or _LIST_END.search(kept)):
        kept = f"{heads.pop()},{kept}"
    return kept


def _initials(words: list[str], skip: bool) -> str:
    return "".join(p[0] for w in words if not (skip and w.casefold() in LINKING) for p in w.split("-") if p).upper()


def key_definitions(text: str, mentions: list[Mention], chains: list[Chain],
                    credit: tuple[int, int] = (0, 0)) -> None:
    """Key each chain named only by acronyms and written out by none by the words its article spells its
    letters out in (:func:`defined`), before a mention of it in brackets.

    A mention inside the dateline's credit (``credit``, :func:`storyline.ingest.lines.credit_span`) is the
    wire that filed the report, and the words before it the place: "ASUNCION, Paraguay (AP)" defines nothing.
    """
    bracketed: dict[int, list[Mention]] = {}  # one pass over the mentions, however many chains a long text has
    for m in mentions:
        if m.chain is not None and text[m.end:m.end + 1] == ")" and not credit[0] <= m.start < credit[1]:
            bracketed.setdefault(m.chain, []).append(m)
    for i, chain in enumerate(chains):
        if not named_by_acronyms(chain) or any(k.startswith("name:") for k in chain.keys):
            continue
        for m in bracketed.get(i, []):  # a mention in brackets, after the words that spell it out
            if words := defined(text[max(0, m.start - 200):m.start], m.text):
                add_keys(chain, [f"name:{name_key(words)}"])
                break
