"""The major news wires by their letters: who files a report, which the wire's letters in its copy name.

A leaf table for the parts that must tell a wire from another body with its letters: the annotator keys a wire's
own bare acronym by the wire's full name (:mod:`storyline.nlp.publisher`), and the store writes no evidence
for a wire named as itself (:mod:`storyline.store.resolution`).
"""

from __future__ import annotations

from types import MappingProxyType

WIRES = MappingProxyType({
    "afp": "Agence France-Presse", "ap": "Associated Press", "upi": "United Press International",
    "pa": "Press Association", "pti": "Press Trust of India", "dpa": "Deutsche Presse-Agentur",
    "ansa": "Agenzia Nazionale Stampa Associata", "efe": "Agencia EFE",
    "aap": "Australian Associated Press", "cp": "Canadian Press", "kuna": "Kuwait News Agency",
    "mena": "Middle East News Agency", "irna": "Islamic Republic News Agency",
    "bbc": "British Broadcasting Corporation",
    "kcna": "Korean Central News Agency", "spa": "Saudi Press Agency", "sana": "Syrian Arab News Agency",
    "app": "Associated Press of Pakistan", "bss": "Bangladesh Sangbad Sangstha", "uni": "United News of India",
    "ians": "Indo-Asian News Service", "nna": "National News Agency", "pap": "Polish Press Agency",
    "mti": "Hungarian News Agency",
})
"""The major news wires' acronyms (folded) and full names, as public knowledge.  A wire names itself by its
letters in its own copy ("told AFP", "(AP) --"), and those letters abbreviate other bodies too ("PA" the
Palestinian Authority, "AFP" the Armed Forces of the Philippines): keyed by the full name, the wire's bare
acronym meets the wire written out and never another body.  Letters two wires share are not here: "CNA" is
Taiwan's Central News Agency and Singapore's Channel NewsAsia, "APA" the Austria Presse Agentur and Azerbaijan's
APA, and a record's source says only the letters (review r35i)."""
