"""The words a lead is shortened by: which a title may not end on, which a reader takes for a verb.

A title made from a wire lead (``link.titles``) and the spans it does without (``link.lead_spans``) read the same
closed classes of English words: function words a title would dangle on ("of", "the", "has"), auxiliaries and
the common irregular past forms that make a clause's verb ("was", "held", "said"), pronouns, determiners.  They
live here, with the one test both make of a run of words: whether it holds a verb (:func:`tells`).
"""

from __future__ import annotations

# words a title may not end on: it would read as cut inside a phrase
DANGLING = frozenset({
    "a", "an", "the", "of", "and", "or", "but", "to", "in", "on", "at", "for", "from", "by", "with", "as", "that",
    "which", "who", "its", "his", "her", "their", "this", "these", "those", "into", "over", "after", "while",
    "about", "than", "has", "have", "had", "is", "are", "was", "were", "will", "would", "be", "been", "not",
    "also", "said", "says", "under", "against", "between", "amid", "during", "since", "following", "our",
    "my", "your", "some", "any", "no", "more", "most", "two", "three", "both", "all", "per",
    "could", "can", "may", "might", "must", "should", "shall", "did", "does", "do", "being", "whose", "whether",
    "if", "so", "nor", "yet", "it", "he", "she", "they", "we", "when", "where", "because", "very", "less",
})
# auxiliaries and the common irregular past forms of wire leads: the words :func:`tells` takes for a verb
VERBS = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must",
    "should", "shall", "did", "does", "arose", "awoke", "bore", "beat", "became", "began", "bent", "bled", "blew",
    "broke", "bred", "brought", "built", "burnt", "burst", "bought", "caught", "chose", "clung", "came", "crept",
    "dealt", "dug", "drew", "drank", "drove", "ate", "fell", "fed", "felt", "fought", "found", "fled", "flung",
    "flew", "forbade", "forgot", "forgave", "froze", "got", "gave", "went", "grew", "hung", "heard", "hid", "held",
    "hurt", "kept", "knew", "laid", "led", "leapt", "lent", "lost", "made", "meant", "met", "paid", "quit", "rode",
    "rang", "rose", "ran", "saw", "sought", "sold", "sent", "shook", "shone", "shot", "showed", "shrank", "shut",
    "sang", "sank", "sat", "slept", "slid", "spoke", "sped", "spent", "spun", "spread", "sprang", "stood", "stole",
    "stuck", "struck", "swore", "swept", "swam", "swung", "took", "taught", "tore", "told", "thought", "threw",
    "understood", "woke", "wore", "wept", "won", "wrote", "said", "says", "left", "hit", "cut", "set", "put",
    "split", "shed", "read",
})
PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "you", "this", "its", "his", "her", "their", "there"})
# of those, the ones that are a clause's subject ("everything it can")
SUBJECT_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "you"})
# auxiliaries and modals, which can stand for their verb after its subject ("as fast as they could")
AUXILIARIES = frozenset({"can", "could", "will", "would", "may", "might", "must", "should", "shall", "did", "does",
                         "do", "has", "have", "had", "is", "are", "was", "were"})
SUBORDINATORS = frozenset({"that", "who", "which", "when", "because", "if", "whether", "while", "where"})
POSSESSIVES = frozenset({"its", "his", "her", "their", "our", "my", "your"})
DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "these", "those"})


def verb_like(word: str) -> bool:
    """Whether ``word`` is an auxiliary, a common past form or an -ed form: what a reader takes for a verb."""
    return word in VERBS or (word.endswith("ed") and word.isalpha())


def tells(words: list[tuple[str, int]]) -> bool:
    """Whether the words hold a verb a reader takes for the clause's own: an auxiliary, a common past form, or
    a past form ending in -ed that is not their last word ("A Spanish businessman charged" is a subject still
    waiting for its verb; "police arrested two men" is not)."""
    return tells_each(words)[-1]


def tells_each(words: list[tuple[str, int]]) -> list[bool]:
    """:func:`tells` of every head ``words[:n]`` (n from 0), in one pass over the words.

    >>> tells_each([("Police", 0), ("arrested", 0), ("two", 0), ("men", 0)])
    [False, False, False, True, True]
    """
    low = [w.lower().strip(",;:") for w, _ in words]
    big = len(low) + 9
    # from which head length each word counts as a verb: at once for an auxiliary or a common past form; an
    # -ed form once a word follows it; "plan" of "plan to unify" once its infinitive is there
    counts_from = []
    for i, w in enumerate(low):
        n = big
        if w in VERBS:
            n = i + 1
        elif w.endswith("ed") and w.isalpha() and i and low[i - 1] not in DETERMINERS:
            n = i + 2
        if n == big and w.isalpha() and w.islower() and i + 2 < len(low) and low[i + 1] == "to" \
                and low[i + 2].isalpha():
            n = i + 3
        counts_from.append(n)
    out, soonest = [False], big
    for n in range(1, len(low) + 1):
        i = n - 1
        if low[i] in SUBORDINATORS:  # after "that", "who" ..., the verb must be the subordinate clause's own
            soonest = big
        elif i:
            soonest = min(soonest, counts_from[i])
        out.append(soonest <= n)
    return out
