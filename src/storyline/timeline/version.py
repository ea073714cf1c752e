"""The version of the code that builds stories' timelines and titles.

Stored timelines are derived data: a story's entries are rebuilt only when its
articles change (``dirty``), so a release that changes how entries are chosen,
cut, dated, merged or ranked, or how titles are made, would leave every older
story showing the old timeline.  Each saved timeline records this number, and
``storyline link`` rebuilds, once, every timeline saved under another one.

Bump it in any commit that changes what ``storyline.timeline`` or the titles of
``storyline.link`` produce for the same annotations (a change of annotations has
its own ``ANNOTATION_VERSION``, which relinks, and so rebuilds, everything).
"""

TIMELINE_VERSION = 35  # 1: versions kept (stories saved before read as 0, rebuilt once); 2: page stamps, no
# history fill; 3: stamps labelled after a headline or parted by a bar; a date in a relative clause dates that
# clause (an aside), one after "since" or in its clause is a baseline; history told by under a quarter of the
# story's articles, and in an undated story measured from the last day it reports; a day told only by a piece
# that does not read alone waits; a headline and byline above a wire dateline are no part of the lead; 4: an
# undated story's history measured from the last day it reports in its salience too (merge.story_span), a lead
# opening with "Since ..." is its day's news; 5: a year that modifies a noun ("the 2003 invasion") is a baseline
# like a "since" date (background, and no news day of its sentence); a "since" clause is not cut at the dot of a
# number or an initial; 6: an entry's words start after the wire dateline of its paragraph as ingest reads it
# (ingest.lines.dateline_at: a digest's "SEOUL --", "LUANDA, Nov. 28 (Xinhua) -", an AFP diary's "RAMALLAH, West
# Bank:"), and no longer after a sentence's "... Index (PSI) --"; 7: a sentence that goes on a quote an earlier
# sentence opened, with no speaker after it, is no entry; a lead is written in Latin letters (a Chinese sentence
# holding four Latin words is none); 8: a story's
# title is its main event's headline of 80 characters or less, or its most central lead shortened
# (link.titles): no reporting frame, times, brackets, appositions, a phrase break near 80 characters; 9: a date of a
# comparison's baseline ("compared with 118.45 yen on Wednesday", "from 35.22 on Monday") is a baseline like a
# "since" date; a sentence cut at a word inside a name starts at the name's determiner or preposition; a name cut
# off with its relative clause ("… London hotel where ...") does not read alone; a list's heading ("The following
# are ...", "Following is the line-up ...") is no entry, and an article it opens has no lead; 10: the lead
# shortened by its dependency parse (link.titles): a title ends only before whole adjuncts of what it
# keeps, never before its verb or inside a complement; asides set off by commas go when it is too long; 11: an old
# date is what a story is about only when two of its articles at least tell of it (merge.ABOUT_IT_MIN): one
# article's recollection is history, however small the story; a title keeps the phrase of a "be" with no
# attribute past an adverb ("are still in the slump") and of an adjective set after its noun ("similar to ...");
# months or years bounding a period ("from January to September") date a tally over it: background; a title
# opening with a list's heading names the list ("Top scorers of ..." for "Following are the top scorers of ...");
# 12: a period counts only once begun by the article's day (one still to come is a schedule: a plan of its first
# month or year), and none in an undated article; "between 2003 and 2005" bounds a period as "from" does; a list
# heading leaving under two words is a title as it stands, and "iPhone" keeps its small first letter; 13: a list item's
# mark ("-- Exit polls show ...", "- The family of ...") opens no entry; 14: a flash alone in its event (a text
# no longer than a title, storyline.flashes) titles no story that has other members; 15: a title keeps a time
# expression inside a noun phrase ("his first century", "the 2008 Games") or a hyphened word ("July-to-September"),
# a modal after its subject pronoun ("everything it can"), the common noun a name is the complement of ("The body
# of former President ..."); a year is no figure that cuts "with ..."; an infinitive root is no title's verb;
# "X said (that) it/he ..." loses "said it" when the pronoun is the speaker ("X was raising ..."); a phrase before
# the subject, closed by a comma, goes from a title too long with it ("In China's latest move ..., the chief ...");
# 16: "X said (that) it/he ..." keeps its frame again (the frame still goes before a clause with a noun subject,
# as since 8); the phrase before the subject goes when it holds a time or a place or is a participial clause and
# opens with no word of a source, condition or concession, nor before a pronoun subject (which dropped viewpoints,
# sources and hedges holding a place: undone in 18); a time after "her" goes when a noun does not follow it; a
# common noun after an article heads a subject through "of" or "for" ("The spokesman for President ...")
# 17: two dated reports joined by one shared name alone keep half their story cosine (Settings.story_name_spread):
# stories, and so timelines, change
# 18: the phrase before the subject stays (as before 15); a time after "her" goes only when the lead's parse reads
# "her" as an object and the time is a named day ("arrested her Tuesday", not "spent her last week"); a common
# noun before "for" heads the subject in any phrase opened by "the" ("The campaign manager for Senator ..."); a
# trailing ", X said ..." after an opening participial phrase is the main clause, not a frame ("Speaking to
# reporters ..., the minister said ...")
# 19: the name spread of 17 counts a name's share exactly (word x word cross terms too), a term is a word of a name
# only where most of the region's articles carrying it name that entity ("fire" beside a fire department stays the
# kind of happening), and an article's cosine with itself is kept in a region: stories change
# 20: (userfix) a possessive time inside a relative clause ("... added Kim who heads the delegation to last week's
# failed talks") made background; taken out again (amend36c: it fired on restrictive subject clauses, "Police who
# were called to the scene made three arrests at Saturday's match"), so timelines are built as by 19; the number
# stays so a story saved by the release that had the rule is rebuilt
# 21: (storyroot) story burst weights and name partners read from the store's dated articles within
# story_burst_reach days of a region, not from the region's own articles, and the stories near a batch's new
# articles consolidated again: stories change
# 22: (undated37) a consolidation region also holds the stories an article of a touched story could move to,
# and the neighbours' own neighbours: the stories of a feed with undated reports change
# 23: (tl41) two adjacent days merge only when their reports share a word of what happened, not only names, titles
# and a verb of saying ("President Bush said"); a clause placing a happening a day or a few from another ("..., one
# day after Democrats won control of the House") lends its words to no grouping of its sentence; a day's piece cut
# off its subject by an aside with a date of its own shows the subject first ("Mahathir … was rushed to the NHI ...");
# a period a running count covers ("so far this year", "as of the end of October", "in November alone") is background
# 24: (amend41a) the words a cross-day merge may not rest on are those of mentions naming who or where, of the
# reporting frame ("X told a press conference on Tuesday that", "..., the Pentagon said") and capitalised words
# outside an event's name, the sentence's first word before a lower-case one and copy in capitals, no longer a list
# of saying verbs ("Hurricane Katrina hit ..." merges again; two "Prime Minister Tony Blair said on <day> that"
# briefings do not); a day-distance clause ends at "and" opening the sentence's own clause; a subject is shown
# before a piece only across the aside that cut it off, and within the entry's length; a running count needs a
# figure, and a lead dated only by one is background; "Following is the full text of ..." is no list
# 25: (amend41c) a "that" after a date opens a reporting frame only right after the date (or "in a statement") and
# when the words before hold a verb of saying ("The army launched an offensive on Monday that the rebels called a
# massacre" is what happened); copy in Title Case shows no case, like copy in capitals; a running count's figure
# lies outside the sentence's dates ("since 2004" is no count); no subject is shown before a piece opening on
# "and"/"but"; a day-distance clause is cut at "and" only before a verb or a capitalised subject not inside an
# "of" phrase ("the bombing and shooting spree", "the meeting of the president and Congress" stay whole)
# 26: (amend41d) a reporting frame's verb of saying comes from the timeline's own list (its attribution verbs and
# past forms: admitted, wrote, spoke), lower-case, with no word-ending guess ("States", "blasts" are no verbs), and
# up to four words but no who/which may stand between the date and "that" ("said on Tuesday in Beijing that");
# Title Case copy is known by a capitalised In/On/At/For/Of after the first word (not by short lower-case words:
# "President Bush met ..."); a day-distance clause is cut at "and" unless an "of" phrase or two -ing nouns hold
# it; a one-word subject is shown only inside a named mention, and "and" + determiner goes on with the subject;
# only DATE timexes are blanked before a running count's figure is sought ("for 20 days" counts)
# 27: (amend45a, issue 9) two dates joined by a bare hyphen ("the January-October period") bound a period as "from
# January to October" does, so a tally over it is background, not a happening of its first month
# 28: (title48, issue 10) a title too long with the roles names are given ("Philippine shopping mall giant") goes
# without them when only that makes it fit
# 29: (cut48, issue 10) a time the lead's parse reads as part of a noun phrase ("out in the winter break", "the
# planned 2007 budget", "sportsman of the year") stays in the title with its preposition
# 30: (title49, issue 10) a title cut on a bare noun ("bears responsibility", "continue efforts") takes the phrase
# that names it when the title with it fits, with roles and asides gone to make room; never a shorter title
# 31: (comma49, issue 10) a name set off by commas keeps its closing comma when what followed it is cut ("his
# transport minister, Anatoly Zaitsev, | the Interfax news agency reported,"); a quotation the cut leaves open is
# closed; no "apposition" holds the lead's root verb
# 32: (name49, issue 10) a title too long whose subject describes a name set beside it by commas keeps the name
# as its subject ("Danai Tulalampa has died of cancer", not "The first Thai ambassdor to the WTO has died ...")
# 33: (title50, issue 10) a title keeps a noun's span of time when it still fits ("their first medal in 20
# years"), a dropped bracket's possessive clings to the word before it ("The European Union's"), a relative clause
# after a dropped apposition keeps its comma, a name an aside gives the subject may drop its role to fit, and a
# frame stays before a pronoun's clause after the frame's time ("X said | on Monday it will ...")
# 34: (amend50c, issue 10) a plan or forecast merges with the next day's group only through another plan or
# forecast, a report only through a report; the entry's status is read off all its sentences again (status50's
# own-day status reverted: it hid a plan's next-day report that it came true)
# 35: (wording50, issue 10) status.py reads plans off be + to-infinitive ("is to vote"), a schedule participle +
# "for" + the date ("set for Feb. 17"), a time inside "expected ... to", the past perfect of plans ("had hoped to",
# "was last scheduled for": planned whatever the date); a could/might/may counts only in the date's clause, and
# "May" with a capital is the month, never the modal
