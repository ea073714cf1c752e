"""Words that signal attribution in newswire, by role.

These are general English reporting conventions (the verbs, nouns and
pronouns any style guide lists for attribution), checked against the quotes
annotated in ECB+'s dev (odd) topics and the AFP/APW newswire under ``shared/data``; none names
anything a particular article says.

Example::

    >>> "say" in CUE_LEMMAS and "letter" in DOCUMENT_NOUNS
    True
"""

from __future__ import annotations

from storyline.nlp.gender import FEMALE_WORDS, MALE_WORDS

CUE_LEMMAS = frozenset({
    "say", "tell", "write", "add", "ask", "note", "state", "describe", "insist", "warn", "tweet", "post",
    "explain", "announce", "declare", "claim", "argue", "reply", "respond", "recall", "admit", "acknowledge",
    "confirm", "deny", "suggest", "predict", "complain", "urge", "report", "read", "quote", "call", "comment",
    "remark", "observe", "emphasize", "emphasise", "stress", "contend", "maintain", "concede", "conclude",
    "yell", "shout", "scream", "cry", "chant", "joke", "quip", "boast", "promise", "vow", "pledge", "caution",
    "lament", "hint", "testify", "recount", "assert", "mention", "retort", "counter", "apologize", "apologise",
    "tout", "label", "dub", "term", "brand", "characterize", "characterise", "blast", "criticize", "criticise",
    "praise", "demand", "reiterate", "underline", "underscore", "whisper", "murmur", "exclaim",
    "interject", "continue",
    "advise", "recommend", "concur", "agree", "speak", "summarize", "summarise", "muse", "sigh",
    "lash", "slam", "accuse", "denounce", "condemn", "reject", "hail", "welcome", "answer", "fume", "scoff",
    "gush", "rave", "grumble", "plead", "protest", "assure", "reassure", "remind", "inform",
    "enthuse", "indicate", "forecast", "reveal", "disclose", "allege", "estimate", "point", "laud", "commend",
    "classify",
})
"""Lemmas of verbs that report speech or writing ("said", "told", "wrote", "described ... as", "classified as
... by")."""

WEAK_CUES = frozenset({"point", "indicate", "estimate", "continue", "agree", "speak", "call", "read", "post",
                       "report", "praise", "conclude", "welcome", "hail", "reject", "answer", "classify",
                       "underline", "underscore"})
"""Cue lemmas that also have ordinary senses: they count only right next to a quote."""
STRONG_CUES = CUE_LEMMAS - WEAK_CUES
"""Cue lemmas that report in every sense."""

CLAUSE_CUES = frozenset({"underline", "underscore"})
"""Weak cues whose ordinary sense takes a quoted word as its object ("underlined 'urgent' in red"): next to a
quote is no evidence for them, so they report only with a that-clause ("Amnesty underlined that ...")."""

PARTICLE_CUES = {"point": "out", "read": "out"}
"""Weak cues whose particle leaves only the reporting sense ("pointed out", "read out"): cues anywhere."""

GOING_ON = "go"
"""'go on' reports only as a clause of its own before a quote ("Alley went on, '...'", "She went on: '...'"):
the particle then a comma or colon; otherwise it goes on somewhere ("the case would go on to a council")."""

DOCUMENT_NOUNS = frozenset({
    "letter", "statement", "message", "note", "memo", "email", "e-mail", "release", "report", "communique",
    "communiqué", "declaration", "tweet", "post", "editorial", "document", "notice", "announcement",
    "transcript", "filing", "complaint", "text", "cable", "telegram", "missive", "blog", "policy", "resolution",
    "bill", "circular",
})
"""Things that 'read', 'say' or 'add' something on behalf of their author."""

ACT_NOUNS = frozenset({"resolution", "bill"})
"""Documents a body votes ("the Security Council adopted a resolution"): their author is who adopted them."""

AUTHOR_VERBS = frozenset({
    "send", "write", "pen", "issue", "release", "sign", "draft", "deliver", "dispatch", "publish", "address",
    "compose", "submit", "file", "hand", "put", "adopt", "pass", "approve", "present",
})
"""Verbs whose subject is the author of the document they take as object ("X sent ... a letter")."""

SPOKES_NOUNS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "representative", "official", "source", "aide", "lawyer",
    "attorney", "statement", "spokespeople", "officer", "member", "office",
})
"""Nouns whose 'for/of/from X' names the organisation that speaks through them."""

WORKER_NOUNS = SPOKES_NOUNS - {"statement", "office"}
"""Nouns for people who speak for or work in a body: the body named with one is whom they speak for, not the
speaker (:mod:`.bodies`); a statement or an office is the body's own voice, so it keeps the body as its speaker."""

CLIENT_NOUNS = frozenset({"lawyer", "attorney"})
"""Workers who speak for their clients, not for the place they practise in: "a New York lawyer" is from New York,
not New York's (an official of a place is its state's: "Nairobi officials")."""

SPEECH_NOUNS = frozenset({
    "threat", "warning", "call", "appeal", "plea", "promise", "pledge", "vow", "demand", "claim", "accusation",
    "criticism", "remark", "comment", "assertion", "insistence", "denial", "admission", "description", "words",
})
"""Nouns naming something said: their possessor or 'by/from' object said it ("Al-Qaeda's threats to ...")."""

CLAIM_NOUNS = frozenset({"claim", "accusation", "allegation", "report", "rumour", "rumor", "assertion"})
"""Nouns whose content is someone else's disputed statement: a partial quote under one that names no owner is
nobody's the climb can find above it ("Rahman issued a denial of reports of 'mass graves'": the graves are the
reports' words, not the denier's).  Not every noun of speech: a "threat", "demand" or "call" is as often a
plain thing ("a warning of the threat of 'significant excesses'" is still the warner's)."""

JUDGING_VERBS = frozenset({
    "dismiss", "describe", "brand", "label", "denounce", "condemn", "hail", "praise", "characterise", "characterize",
    "portray", "depict", "paint", "deride", "ridicule", "mock", "slam", "blast", "attack", "criticise", "criticize",
    "pound", "lambast", "castigate", "decry", "reject", "welcome", "tout", "dub", "term", "style"})
"""Verbs of judging or labelling: "X mocked Obama as 'the Messiah'" gives X's own name for a person, where
"cast the actor as 'the Joker'" or "fielded him as a 'false nine'" only gives a person a role.  Asked only when
the object is a person: any verb that puts a thing "as '...'" names it ("ripped the plan as '...'")."""

CASTABLE_NOUNS = frozenset({"youngster", "teenager", "rookie", "newcomer", "veteran", "youth"})
"""Nouns for a person by age or standing, beyond :data:`PERSON_NOUNS`, that news puts in a role ("fielded the
youngster as a 'false nine'"): an object of a plain verb's "as '...'" that is one of them is given a role."""

QUESTION_VERBS = frozenset({"ask", "question", "quiz", "query", "interview"})
"""Verbs whose object is asked to speak: after "'...?' X asked Y", a "he said" is Y's answer."""

VOICING_VERBS = frozenset({"repeat", "echo", "voice", "relay", "convey"})
"""Verbs whose subject says again what a noun of speech names ("repeated Kim's insistence that ..."): the words
under that noun are the subject's as much as its owner's, and the report is the subject's."""

TITLE_SYNONYMS = {"premier": "prime minister", "pm": "prime minister"}
"""Titles news writes two ways: 'the premier' is the person titled 'Prime Minister'."""

ADDRESSEE_CUES = frozenset({"tell", "ask", "inform", "assure", "reassure", "remind", "advise", "urge", "warn"})
"""Cues whose object is the one spoken to ("told Xinhua"), never the speaker."""

OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})
"""Pronouns in object case: what a cue's object is ('describing him as'), never who speaks."""

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
THING_PRONOUNS = frozenset({"it"})
SPEAKER_TYPES_PERSON = frozenset({"PERSON", "PER"})
SPEAKER_TYPES_THING = frozenset({"ORG", "GPE", "NORP", "FAC"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
"""Entity types of places: a place speaks through its state's bodies ("Syria's foreign ministry"), never
through every group located there ("Iran's main opposition group")."""

KIN_NOUNS = frozenset({
    "mother", "father", "wife", "husband", "daughter", "son", "sister", "brother", "grandmother", "grandfather",
    "widow", "widower", "aunt", "uncle", "niece", "nephew", "girlfriend", "boyfriend", "mum", "mom", "dad",
    "parent", "child", "cousin", "fiancee", "fiance",
})
"""Nouns for someone's relative: "the father" is the father of someone named, not that person."""

ORG_NOUNS = frozenset({
    "company", "firm", "group", "agency", "department", "organisation", "organization", "network",
    "airline", "bank", "carrier", "maker", "manufacturer", "retailer", "giant", "club", "team", "party", "union",
    "association", "council", "committee", "commission", "newspaper", "paper", "station", "court", "board",
    "corporation", "business", "operator", "charity", "league", "federation", "institute", "university",
    "army", "military", "navy", "police", "embassy",
    "automaker", "carmaker", "insurer", "reinsurer", "lender", "broadcaster", "bourse", "daily",
})
"""Nouns that, definite ('the company said'), refer back to the organisation last named.  The kinds of
company news names by their trade ('the automaker', 'the insurer', 'the bourse') are here too: a reader
takes them as the company named before, never a country or a person."""

NAMED_GROUP_NOUNS = frozenset({"movement", "faction"})
"""Nouns for a group that name an organisation only with its name before them ("the Hamas movement"): alone
("the movement said") they mean a cause or a camp, not the organisation last named, so they are no
:data:`ORG_NOUNS`."""

NON_STATE_NOUNS = frozenset({
    "company", "firm", "group", "party", "union", "club", "team", "association", "league", "federation",
    "charity", "corporation", "business", "network", "newspaper", "paper", "daily", "station", "airline",
    "carrier", "maker", "manufacturer", "retailer", "giant", "operator", "automaker", "carmaker", "insurer",
    "reinsurer", "lender", "broadcaster", "bourse", "institute", "university", "organisation", "organization",
})
"""Organisation nouns for bodies that are no part of a state (parties, companies, unions, papers): a place
that owns one ("Indonesia's main opposition party", "Japan's biggest carmaker") does not speak through it,
as it does through its police, courts, commissions and ministries."""

MEDIA_NOUNS = frozenset({"daily", "newspaper", "paper"})
"""Body nouns that mean a paper: 'the daily said' is a paper the article let report before, never a company
it only named ('Ford took control of Mazda ... the daily said' is not Ford)."""

OUTLET_NOUNS = frozenset({"television", "tv", "radio", "channel", "magazine", "weekly", "tabloid", "journal",
                          "website"})
"""Nouns for the kind of outlet a named one is, written after its name ("NTV television", "the Russian NTV
television", "Der Spiegel magazine"): with the name before them, the outlet itself speaks, as with
"the Extra Bladet newspaper".  Only after a name: alone they name no body ("television reported")."""

NAMED_KIND_NOUNS = ORG_NOUNS | NAMED_GROUP_NOUNS | OUTLET_NOUNS
"""Nouns for the kind of body an organisation's name before them is ("the Extra Bladet newspaper", "the Hamas
movement", "NTV television"): the phrase is that organisation."""

STATE_NOUNS = frozenset({"government", "administration", "country", "nation", "state", "regime", "kingdom",
                         "republic", "ministry"})
"""Nouns that, definite ('the government said'), refer back to the country (or organisation) last named."""
ARMED_NOUNS = frozenset({"military", "army", "navy", "force"})
"""A state's armed services: with a state word before them ("the Estonian defence forces", "the US military")
they speak for that state, as "the Greek government" does; alone ("the army") they are left to the lookup."""

STATE_ONLY_NOUNS = frozenset({"ministry"})
"""State nouns that never mean an organisation: 'the ministry' named by no chain is a state's, no paper's."""

SPEAKER_NOUNS = frozenset({
    "analyst", "expert", "economist", "executive", "witness", "resident", "investigator", "researcher",
    "scientist", "observer", "diplomat", "minister", "president", "chief", "leader", "director", "manager",
    "chairman", "chairwoman", "secretary", "governor", "mayor", "senator", "professor", "doctor", "insider",
    "strategist", "adviser", "advisor", "negotiator", "prosecutor", "judge", "authority", "people",
    "person", "someone", "organizer", "organiser", "critic", "supporter", "activist", "campaigner",
    "envoy", "ambassador",
}) | ORG_NOUNS | STATE_NOUNS
"""Heads of a description that can be a source ("according to the bank", "according to analysts")."""

OCCUPATION_NOUNS = frozenset({
    "singer", "actor", "musician", "artist", "rapper", "songwriter", "composer", "writer", "author",
    "novelist", "poet", "comedian", "dancer", "athlete", "player", "designer", "chef", "filmmaker", "producer",
    "presenter", "dermatologist", "physician", "surgeon", "lawyer", "attorney", "architect", "entrepreneur",
    "star",
})
"""Occupations that name one person: news and magazines name a singer or a doctor once, then write "the
singer said" (a feature about a celebrity, an expert quoted in a health story).  Only written in lower case:
capitalised, the word is part of a name ("the newspaper The Star reported")."""

PERSON_NOUNS = (SPEAKER_NOUNS - ORG_NOUNS - STATE_NOUNS - {"people", "authority"}
                | SPOKES_NOUNS - {"statement", "source", "spokespeople", "office"} | FEMALE_WORDS | MALE_WORDS
                | OCCUPATION_NOUNS)
"""Nouns that describe one person ("the official", "Nichols' mother"): a he/she after such a subject
refers to that unnamed person, not to someone named earlier."""

CONDITION_MARKS = frozenset({"if", "unless", "provided", "providing"})
"""Words that open a condition ("if they apply", "provided they do so"); 'as long as' is read from its parse."""

CONTENT_PREPS = frozenset({"as", "of", "about", "against", "for", "on", "to", "over"})
"""Prepositions that bring what a verb of saying is about or calls something ("warned against", "accused of",
"described as"); any other ("in a 'good' atmosphere", "with 'social equality'") sets the scene of the act."""

EVIDENCE_NOUNS = frozenset({
    "data", "figure", "study", "research", "survey", "poll", "result", "evidence", "number", "statistic",
    "finding", "trend", "sign", "test", "analysis", "record", "model", "chart", "graph", "index",
})
"""Things that 'show' or 'suggest' without saying anything: never the source of reported speech."""

TIME_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    "tonight", "tomorrow", "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
})
"""Words that date a report ("said Monday") and so are never its speaker."""

INTRO_NOUNS = SPEECH_NOUNS | DOCUMENT_NOUNS | frozenset({
    "farewell", "invitation", "greeting", "toast", "tribute", "reply", "response", "answer", "explanation",
    "reminder", "prediction", "advice", "question", "apology", "thanks", "condolence", "condolences"})
"""Nouns of something said or written that a clause can hand over before the words themselves ('Jobs left this
farewell, "..."', 'extended an invitation to the label, "..."')."""

GIVING_VERBS = AUTHOR_VERBS | frozenset({
    "leave", "extend", "offer", "give", "make", "share", "voice", "express", "pay", "pose", "raise", "add",
    "post", "utter", "read", "tweet"})
"""Verbs whose subject hands over the speech its object names ('left this farewell', 'offered a toast'); an
author's verbs too ('sent a message')."""

NOT_PERSON_TYPES = SPEAKER_TYPES_THING | frozenset({"LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
"""Entity types a 'who' cannot stand for when a noun above them can."""
