"""The store's schema as an ordered list of migrations.

``PRAGMA user_version`` records how many migrations a database file has
seen; opening a file applies the missing ones in order, each in its own
transaction.  Migrations are append-only: to change the schema, add a new
entry at the end, never edit an old one, so every existing store upgrades
the same way.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: articles, full-text index, annotations, entities, events, stories, timelines
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        external_id TEXT NOT NULL,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        description TEXT,
        published TEXT,
        published_from TEXT,
        source TEXT,
        url TEXT,
        dateline TEXT,
        format TEXT NOT NULL,
        metadata TEXT NOT NULL DEFAULT '{}',
        removed TEXT NOT NULL DEFAULT '[]',
        content_hash TEXT NOT NULL UNIQUE,
        duplicate_of INTEGER REFERENCES articles(id),
        minhash BLOB,
        annotated INTEGER NOT NULL DEFAULT 0,
        linked INTEGER NOT NULL DEFAULT 0,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_source ON articles(source);
    CREATE INDEX articles_external ON articles(external_id);
    CREATE INDEX articles_annotated ON articles(annotated);

    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='id', tokenize='porter unicode61'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;

    CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL
    );
    CREATE TABLE entity_keys (
        key TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        PRIMARY KEY (key, entity_id)
    );
    CREATE TABLE entity_aliases (
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        alias TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (entity_id, alias)
    );
    CREATE TABLE entity_types (
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        type TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (entity_id, type)
    );

    CREATE TABLE annotations (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id),
        sentences TEXT NOT NULL DEFAULT '[]',
        terms TEXT NOT NULL DEFAULT '[]',
        chains TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        entity_id INTEGER REFERENCES entities(id),
        chain INTEGER,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        type TEXT NOT NULL
    );
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE TABLE timexes (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        type TEXT NOT NULL,
        value TEXT NOT NULL,
        mod TEXT,
        anchored INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX timexes_article ON timexes(article_id);
    CREATE INDEX timexes_value ON timexes(value);
    CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        speaker_id INTEGER REFERENCES entities(id),
        speaker_text TEXT,
        cue TEXT,
        confidence REAL NOT NULL DEFAULT 0,
        partial INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX quotes_article ON quotes(article_id);
    CREATE INDEX quotes_speaker ON quotes(speaker_id);
    CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id');
    CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
    END;
    CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END;

    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        first TEXT,
        last TEXT,
        story_id INTEGER REFERENCES stories(id),
        state TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE event_articles (
        event_id INTEGER NOT NULL REFERENCES events(id),
        article_id INTEGER NOT NULL UNIQUE REFERENCES articles(id),
        PRIMARY KEY (event_id, article_id)
    );
    CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        first TEXT,
        last TEXT,
        state TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE timeline_entries (
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories(id),
        date TEXT NOT NULL,
        text TEXT NOT NULL,
        salience REAL NOT NULL DEFAULT 0,
        articles TEXT NOT NULL DEFAULT '[]',
        evidence TEXT NOT NULL DEFAULT '[]',
        entities TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX timeline_story ON timeline_entries(story_id);
    """,
    # 2: linking state: document frequencies and inverted indexes from features to events and stories
    """
    CREATE TABLE link_df (
        feature TEXT PRIMARY KEY,
        df INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;
    CREATE TABLE event_postings (
        feature TEXT NOT NULL,
        event_id INTEGER NOT NULL REFERENCES events(id),
        last TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (feature, event_id)
    ) WITHOUT ROWID;
    CREATE INDEX event_postings_last ON event_postings(feature, last);
    CREATE INDEX event_postings_event ON event_postings(event_id);
    CREATE TABLE story_postings (
        feature TEXT NOT NULL,
        story_id INTEGER NOT NULL REFERENCES stories(id),
        last TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (feature, story_id)
    ) WITHOUT ROWID;
    CREATE INDEX story_postings_last ON story_postings(feature, last);
    CREATE INDEX story_postings_story ON story_postings(story_id);
    CREATE INDEX events_story ON events(story_id);
    CREATE INDEX articles_linked ON articles(linked);
    """,
    # 3: near-duplicate LSH bands, so a lookup is a few indexed reads, not an index rebuilt per run
    """
    CREATE TABLE minhash_bands (
        band INTEGER NOT NULL,
        key INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        PRIMARY KEY (band, key, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX minhash_bands_article ON minhash_bands(article_id);
    """,
    # 4: the signal of a timex: TIMEX3 extents leave out the preposition ("on Monday" -> "Monday"),
    # which is kept apart so readers still see "since April" and "by April" as different things
    """
    ALTER TABLE timexes ADD COLUMN signal TEXT;
    ALTER TABLE timexes ADD COLUMN signal_start INTEGER;
    """,
    # 5: attribution kind (direct/indirect/mixed/scare) and the cue's character span;
    # quotes stored before this were all quoted speech, so they read as 'direct'
    """
    ALTER TABLE quotes ADD COLUMN kind TEXT NOT NULL DEFAULT 'direct';
    ALTER TABLE quotes ADD COLUMN cue_start INTEGER;
    ALTER TABLE quotes ADD COLUMN cue_end INTEGER;
    CREATE INDEX quotes_kind ON quotes(kind);
    """,
    # 6: order-free consolidation: cached link features per article, id lineage of events/stories,
    # the store size at which each story was last consolidated
    """
    CREATE TABLE link_features (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id),
        data TEXT NOT NULL
    );
    CREATE TABLE link_lineage (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('event', 'story')),
        old_id INTEGER NOT NULL,
        relation TEXT NOT NULL CHECK (relation IN ('merged_into', 'split_from')),
        new_id INTEGER NOT NULL,
        at TEXT NOT NULL,
        why TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX link_lineage_old ON link_lineage(kind, old_id);
    CREATE INDEX link_lineage_new ON link_lineage(kind, new_id);
    ALTER TABLE stories ADD COLUMN settled INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX stories_settled ON stories(settled);
    """,
    # 7: work state that must survive a crash: stories whose title/timeline are stale
    # ("dirty", set in the linking transaction, cleared when the timeline is written), why an article
    # could not be annotated, and which process is annotating which article (so two never do the same)
    """
    ALTER TABLE stories ADD COLUMN dirty INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX stories_dirty ON stories(dirty) WHERE dirty > 0;
    ALTER TABLE articles ADD COLUMN annotation_problem TEXT;
    CREATE TABLE annotation_claims (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id),
        owner TEXT NOT NULL,
        claimed_at REAL NOT NULL
    );
    """,
    # 8: timeline entry status (happened / planned / expected / recalled)
    """
    ALTER TABLE timeline_entries ADD COLUMN status TEXT NOT NULL DEFAULT 'happened';
    """,
    # 9: linking state written as packed bytes (store/linkstate.py; JSON states still read), so the
    # article count of an event or story gets a column of its own for the checks and listings
    """
    ALTER TABLE events ADD COLUMN size INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE stories ADD COLUMN size INTEGER NOT NULL DEFAULT 0;
    UPDATE events SET size = coalesce(json_extract(state, '$.n'), 0);
    UPDATE stories SET size = coalesce(json_extract(state, '$.n'), 0);
    """,
    # 10: an index on the copies' pointer to their original: articles.duplicate_of references articles,
    # and without it SQLite's foreign-key check scanned every article on each insert (ingest grew with the store)
    """
    CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
    """,
    # 11: stories listed a page at a time, newest or largest first (an index walk, not a sort
    # of every story)
    """
    CREATE INDEX stories_recent ON stories(coalesce(last, ''), id);
    CREATE INDEX stories_size ON stories(size DESC, id);
    """,
    # 12: articles listed a page at a time by cursor, seeking to (published, id): the old
    # index held the date only, so PostgreSQL sorted every article of a date to find the id (SQLite's
    # index already ends with the rowid; for it the new index is the same)
    """
    DROP INDEX articles_published;
    CREATE INDEX articles_published ON articles(published, id);
    """,
    # 13: quotes.words, a digest of a quote's folded words, and quote_groups, each group's first
    # copy (store/quote_pages.py): the quotes page walks quote_groups' date index a page at a time instead of
    # reading and grouping every quote per request.  Rows stored before it are filled from Python when the
    # store migrates (fill_quote_groups: the digest is Python's casefold).
    """
    ALTER TABLE quotes ADD COLUMN words TEXT;
    CREATE INDEX quotes_words ON quotes(words);
    CREATE TABLE quote_groups (
        words TEXT PRIMARY KEY,
        quote_id INTEGER NOT NULL,
        article_id INTEGER NOT NULL,
        published TEXT
    );
    CREATE INDEX quote_groups_order ON quote_groups(published, article_id, quote_id);
    """,
    # 14: the day of the first article on each index row too, so a neighbour lookup takes a window on both
    # sides (last on/after since, first on/before until) before it cuts at its limit: an old story's
    # neighbours are no longer crowded out by the later stories that share its features
    """
    ALTER TABLE event_postings ADD COLUMN first TEXT NOT NULL DEFAULT '';
    ALTER TABLE story_postings ADD COLUMN first TEXT NOT NULL DEFAULT '';
    UPDATE event_postings SET first = coalesce(
        (SELECT substr(first, 1, 10) FROM events WHERE events.id = event_postings.event_id), '');
    UPDATE story_postings SET first = coalesce(
        (SELECT substr(first, 1, 10) FROM stories WHERE stories.id = story_postings.story_id), '');
    """,
    # 15: how many articles named each entity by each full name (a chain's own name, not its aliases, which
    # include "Kim" and titled forms), so an entity is called by the name most used, whatever came first
    # (store/resolution.py); an older store starts from the name it has
    """
    CREATE TABLE entity_names (
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        name TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (entity_id, name)
    );
    INSERT INTO entity_names (entity_id, name, count) SELECT id, name, 1 FROM entities;
    """,
    # 16: the hash of the input an article was read from (the page, the record), unique, so the same input
    # read again after an upgrade that cleans it otherwise is a duplicate, not a second copy; older
    # articles have none and are found by their content hash alone
    """
    ALTER TABLE articles ADD COLUMN input_hash TEXT;
    CREATE UNIQUE INDEX articles_input ON articles(input_hash);
    """,
    # 17: mentions indexed by entity and article together, so the entities listing ranks by articles and
    # mentions from the index alone (no table row read); it serves every lookup by entity the old one did
    """
    CREATE INDEX mentions_by_entity ON mentions(entity_id, article_id);
    DROP INDEX mentions_entity;
    """,
    # 18: which version of the timeline code built each story's stored timeline and title, so an upgrade that
    # changes how timelines are made rebuilds them at the next `storyline link` (0: built before versions were kept)
    """
    ALTER TABLE stories ADD COLUMN timeline_version INTEGER NOT NULL DEFAULT 0;
    """,
    # 19: the dependency parse of the lead a title opens in the text, kept by the nlp stage for the title link makes
    # of it (records.Annotation.lead_parse); an older annotation has none until it is annotated again
    """
    ALTER TABLE annotations ADD COLUMN lead_parse TEXT NOT NULL DEFAULT '[]';
    """,
    # 20: where a merged entity id went: resolution merges two entities when a later chain shows they are one
    # (store/entity_merge.py), and an old id (in a link, a script, an export) must still lead to the survivor;
    # kept apart from link_lineage, which a relink forgets, since entity ids outlive every relink; a merge
    # moves and deletes an entity's keys by entity_id, which the (key, entity_id) key cannot find
    """
    CREATE TABLE entity_lineage (
        id INTEGER PRIMARY KEY,
        old_id INTEGER NOT NULL,
        relation TEXT NOT NULL CHECK (relation IN ('merged_into')),
        new_id INTEGER NOT NULL,
        at TEXT NOT NULL,
        why TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX entity_lineage_old ON entity_lineage(old_id);
    CREATE INDEX entity_lineage_new ON entity_lineage(new_id);
    CREATE INDEX entity_keys_entity ON entity_keys(entity_id);
    """,
    # 21: the event and story each article was in before a full relink (re-annotation, entity merges not
    # carried, ``link --rebuild``): kept until the relink ends, when the rebuilt events and stories take
    # back the ids most of their articles had (link/relink_ids.py); a relink cut short resumes with it
    """
    CREATE TABLE link_previous (
        article_id INTEGER NOT NULL PRIMARY KEY,
        event_id INTEGER NOT NULL,
        story_id INTEGER
    );
    CREATE INDEX link_previous_event ON link_previous(event_id);
    CREATE INDEX link_previous_story ON link_previous(story_id);
    """,
    # 22: the highest event and story id ever handed out or shown (``store.links``): a relink's temporary ids,
    # which readers may have seen, and old ids none of whose articles came back are gone from every other
    # table at its end, and a new story must never take one of them
    """
    CREATE TABLE link_ids (
        kind TEXT NOT NULL PRIMARY KEY CHECK (kind IN ('event', 'story')),
        top_id INTEGER NOT NULL
    );
    """,
    # 23: the body a speaker speaks for, named or not ("Pentagon officials said": no speaker entity, body the
    # Pentagon; "Pentagon spokesman John Kirby": Kirby, body the Pentagon;
    # records.Quote.body), indexed so that `quotes --speaker` finds a body's quotes by id as it finds a speaker's;
    # quotes stored before have none until their article is annotated again
    """
    ALTER TABLE quotes ADD COLUMN speaker_body_id INTEGER REFERENCES entities(id);
    CREATE INDEX quotes_speaker_body ON quotes(speaker_body_id);
    """,
    # 24: the dated uses of each story feature (store/story_uses.py): per feature and day how many linked
    # dated originals name it, and which article added which, written with the articles' link features, so
    # that consolidation reads a feature's uses around a region by one index range instead of decoding every
    # stored article within story_burst_reach days (a cost that grew with the store); filled here from the
    # link features already stored (e:/t: keys of "r", the day of "p"; day 1 is 0001-01-01)
    """
    CREATE TABLE story_use_articles (
        article_id INTEGER NOT NULL REFERENCES articles(id),
        feature TEXT NOT NULL,
        day INTEGER NOT NULL,
        PRIMARY KEY (article_id, feature)
    ) WITHOUT ROWID;
    CREATE INDEX story_use_articles_feature ON story_use_articles(feature, day);
    CREATE TABLE story_uses (
        feature TEXT NOT NULL,
        day INTEGER NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (feature, day)
    ) WITHOUT ROWID;
    INSERT INTO story_use_articles (article_id, feature, day)
        SELECT a.id, j.key, CAST(julianday(substr(json_extract(lf.data, '$.p'), 1, 10)) - 1721424.5 AS INTEGER)
        FROM articles a JOIN link_features lf ON lf.article_id = a.id, json_each(lf.data, '$.r') j
        WHERE a.linked = 1 AND a.duplicate_of IS NULL AND a.published IS NOT NULL
          AND json_extract(lf.data, '$.p') IS NOT NULL AND substr(j.key, 1, 1) IN ('e', 't');
    INSERT INTO story_uses (feature, day, n)
        SELECT feature, day, count(*) FROM story_use_articles GROUP BY feature, day;
    """,
]
