"""Links: events, stories, their linking state and postings, and story timelines.

Written by ``storyline.link`` (state, postings, membership) and
``storyline.timeline`` (timelines); read by the CLI, API and exports.

Example::

    >>> from storyline.store import SqliteStore
    >>> store = SqliteStore(":memory:")
    >>> store.events(), store.stories(with_timeline=False), store.story(1), store.timeline(1)
    ([], [], None, [])
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from typing import Any

from storyline.flashes import FLASH_READ, is_flash
from storyline.records import Event, Evidence, Lineage, MemberTitle, Story, TimelineEntry
from storyline.store.base import (
    PAGE,
    chunks,
    clamp,
    in_range,
    marks,
    since_clause,
    since_parts,
    unused_id,
    utc_now,
)
from storyline.store.keyset import Col, Order, Page, chain, list_seek, order_by, page, sql_seek
from storyline.store.linkstate import decode_state, encode_state
from storyline.store.relink import TABLES as _TABLES
from storyline.store.relink import RelinkStore
from storyline.store.story_filters import narrowing
from storyline.store.story_uses import StoryUsesStore

_STORY_COLS = "s.id, s.title, s.first, s.last, s.size"  # never the linking state: a listing does not decode it

STORY_KEYS = {
    "id": Order("id", (Col("s.id", kind=int),)),
    # the index stories_recent, walked backwards
    "recent": Order("recent", (Col("coalesce(s.last, '')", desc=True), Col("s.id", desc=True, kind=int))),
    "largest": Order("largest", (Col("s.size", desc=True, kind=int), Col("s.id", kind=int))),  # stories_size
}
"""How a story listing can be ordered, as sort keys: :meth:`LinkStore.story_page` seeks them by cursor."""

STORY_ORDERS = {name: order_by(keys.cols, False) for name, keys in STORY_KEYS.items()}
"""The same orders as SQL for :meth:`LinkStore.stories`; :data:`_ROW_KEYS` says them in Python."""

_ROW_KEYS: dict[str, tuple[Callable[[Any], Any], bool]] = {
    "id": (lambda r: r["id"], False),
    "recent": (lambda r: (r["last"] or "", r["id"]), True),
    "largest": (lambda r: (-r["size"], r["id"]), False),
}


_LAST = "coalesce(s.last, '')"
"""A story's latest article date as the index ``stories_recent`` holds it."""


def _story_filter(since: str | None, until: str | None) -> tuple[str, list[Any]]:
    """WHERE clause keeping stories whose date range overlaps ``since``..``until`` (ISO prefixes, inclusive)."""
    clauses, args = _story_clauses(since, until)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", args


def _story_clauses(since: str | None, until: str | None) -> tuple[list[str], list[Any]]:
    """:func:`_story_filter`'s conditions as a list (to add more)."""
    clauses, since_args = since_clause(_LAST, since)
    args: list[Any] = list(since_args)
    if until:
        clauses.append("s.first IS NOT NULL AND substr(s.first, 1, ?) <= ?")
        args += [len(until), until]
    return clauses, args


class LinkStore(RelinkStore, StoryUsesStore):
    """The events, stories and timelines area of the store interface."""

    def events(self, story: int | None = None) -> list[Event]:
        """Every event in id order, or only those of one story (``story``: its id)."""
        return list(self.iter_events(story))

    def iter_events(self, story: int | None = None) -> Iterator[Event]:
        """:meth:`events` a page at a time: two queries per page of events (exports: memory stays flat)."""
        where, args = ("story_id = ? AND", [story]) if story is not None else ("", [])
        last = 0
        while True:
            rows = self.db.execute(f"SELECT id, title, first, last, story_id FROM events WHERE {where} id > ?"
                                   " ORDER BY id LIMIT ?", [*args, last, PAGE]).fetchall()
            if not rows:
                return
            arts: dict[int, list[int]] = {int(r[0]): [] for r in rows}
            for e, a in self.db.execute("SELECT event_id, article_id FROM event_articles WHERE event_id IN"
                                        f" ({marks(rows)}) ORDER BY event_id, article_id", list(arts)):
                arts[int(e)].append(int(a))
            yield from (Event(id=r["id"], articles=arts[int(r["id"])], title=r["title"], first=r["first"],
                              last=r["last"], story=r["story_id"]) for r in rows)
            last = int(rows[-1][0])

    def stories(self, with_timeline: bool = True, ids: list[int] | None = None, order: str = "id",
                limit: int | None = None, offset: int = 0, since: str | None = None,
                until: str | None = None) -> list[Story]:
        """Stories (all, or those of ``ids``) in ``order``, a page of them with ``limit``/``offset``.

        ``order``: ``id``; ``recent`` (latest article first, as the web listing
        shows them); ``largest`` (most original articles first, copies not
        counted: ``size``, as ``storyline stories`` shows them).  Each is an index
        walk, so a page costs the same at any store size.
        ``since``/``until`` keep stories whose articles' dates overlap the range
        (ISO prefixes, inclusive).  ``with_timeline=False`` leaves ``timeline`` empty.
        """
        if order not in STORY_ORDERS:
            raise ValueError(f"unknown story order {order!r}; choose one of {', '.join(STORY_ORDERS)}")
        where, args = _story_filter(since, until)
        if ids is None:
            sql = f"SELECT {_STORY_COLS} FROM stories s {where} ORDER BY {STORY_ORDERS[order]}"
            if limit is not None:
                sql += " LIMIT ? OFFSET ?"
                args += [clamp(limit), clamp(offset)]
            return self._stories(self.db.execute(sql, args).fetchall(), with_timeline)
        clauses, args = _story_clauses(since, until)
        rows = self._story_rows(f"SELECT {_STORY_COLS} FROM stories s", clauses, args, ids)
        key, backwards = _ROW_KEYS[order]  # sort the rows, then read events and counts of the page only
        rows.sort(key=key, reverse=backwards)
        return self._stories(rows[offset : None if limit is None else offset + limit], with_timeline)

    def story_page(self, order: str = "recent", limit: int = 50, after: str | None = None,
                   before: str | None = None, since: str | None = None, until: str | None = None,
                   ids: list[int] | None = None, with_timeline: bool = False, entity: int | None = None,
                   source: str | None = None) -> Page[Story]:
        """One page of :meth:`stories` by cursor: the page after ``after`` or before ``before`` (neither: the first).

        The cursors (``Page.next``/``Page.prev``) name the last/first story's
        sort key with its id, so a page is an index seek at any depth (see
        ``store/keyset.py``) and stories added between two page loads shift no
        page.  A bad cursor raises ``keyset.BadCursor``.  Filters as :meth:`stories`,
        and ``entity`` (one of the story's articles names it) and ``source`` (one
        of them comes from it): a frequent one is checked on the index walk, a
        rare one read (``store/story_filters.py``).
        """
        if order not in STORY_KEYS:
            raise ValueError(f"unknown story order {order!r}; choose one of {', '.join(STORY_KEYS)}")
        keys = STORY_KEYS[order]
        walk_since = since if order == "recent" else None  # a since on the walked index: a seek per range
        where, args = _story_clauses(None if walk_since else since, until)
        narrow = narrowing(self.db, entity, source, self.stories_of_articles)
        where, args = [*where, *narrow.where], [*args, *narrow.args]
        if narrow.ids is not None:
            ids = narrow.ids if ids is None else sorted(set(ids) & set(narrow.ids))
        select = f"SELECT {_STORY_COLS}, {keys.select()} FROM stories s"
        if ids is None:
            parts = since_parts(_LAST, walk_since)[::-1]  # newest first
            seek = chain([sql_seek(self.db, select, [*where, *conds], [*args, *cargs], keys)
                          for conds, cargs in parts])
        else:  # a narrowed listing (entity, source): its rows are read and sorted here, as stories() does
            conds, cargs = since_clause(_LAST, walk_since)
            seek = list_seek(self._story_rows(select, [*where, *conds], [*args, *cargs], ids), keys)
        found = page(seek, keys, limit, after, before)
        return Page(self._stories(found.items, with_timeline), found.next, found.prev)

    def _story_rows(self, select: str, clauses: list[str], args: list[Any], ids: list[int]) -> list[Any]:
        """The rows of ``select`` (over ``stories s``) for the given story ids that meet ``clauses``."""
        return [r for part in chunks([i for i in dict.fromkeys(ids) if in_range(i)]) for r in self.db.execute(
            f"{select} WHERE {' AND '.join([*clauses, f's.id IN ({marks(part)})'])}", [*args, *part])]

    def count_stories(self, since: str | None = None, until: str | None = None, ids: list[int] | None = None) -> int:
        """How many stories :meth:`stories` lists with these filters (a listing's page count)."""
        where, args = _story_filter(since, until)
        if ids is None:
            return int(self.db.execute(f"SELECT count(*) FROM stories s {where}", args).fetchone()[0])
        return sum(int(self.db.execute(
            f"SELECT count(*) FROM stories s {where} {'AND' if where else 'WHERE'} s.id IN ({marks(part)})",
            [*args, *part]).fetchone()[0]) for part in chunks([i for i in dict.fromkeys(ids) if in_range(i)]))

    def iter_stories(self, with_timeline: bool = True) -> Iterator[Story]:
        """Every story in id order, a page at a time (three queries a page): exports keep memory flat."""
        last = 0
        while True:
            rows = self.db.execute(f"SELECT {_STORY_COLS} FROM stories s WHERE s.id > ? ORDER BY s.id LIMIT ?",
                                   (last, PAGE)).fetchall()
            if not rows:
                return
            yield from self._stories(rows, with_timeline)
            last = int(rows[-1][0])

    def _stories(self, rows: list[Any], with_timeline: bool) -> list[Story]:
        """Stories from their rows with events, article counts (and timelines) read a few queries per 500.

        A story's count is of its original articles, copies not counted: the number the ``largest`` order
        sorts by (``size``), so a listing's counts and its order agree."""
        events: dict[int, list[int]] = {}
        counts: dict[int, int] = {}
        ids = [int(r["id"]) for r in rows]
        for part in chunks(ids):
            for e in self.db.execute(
                    f"SELECT story_id, id FROM events WHERE story_id IN ({marks(part)}) ORDER BY id", part):
                events.setdefault(int(e[0]), []).append(int(e[1]))
            counts.update((int(c[0]), int(c[1])) for c in self.db.execute(  # originals, as ``largest`` counts
                "SELECT e.story_id, count(*) FROM event_articles ea JOIN events e ON e.id = ea.event_id"
                " JOIN articles a ON a.id = ea.article_id"
                f" WHERE e.story_id IN ({marks(part)}) AND a.duplicate_of IS NULL GROUP BY e.story_id", part))
        timelines = self.timelines(ids) if with_timeline else {}
        return [Story(id=r["id"], title=r["title"], events=events.get(int(r["id"]), []), first=r["first"],
                      last=r["last"], articles=counts.get(int(r["id"]), 0),
                      timeline=timelines.get(int(r["id"]), [])) for r in rows]

    def story(self, story_id: int) -> Story | None:
        """One story with its events and timeline, or None when there is no such story."""
        if not in_range(story_id):
            return None
        row = self.db.execute(f"SELECT {_STORY_COLS} FROM stories s WHERE s.id = ?", (story_id,)).fetchone()
        return self._stories([row], True)[0] if row else None

    # -- linking state (events, stories): written by storyline.link -----------------------
    def links_to_do(self) -> list[tuple[int, int | None, int | None]]:
        """(article id, original if a copy, event it already sits in) of every article waiting to be linked.

        Annotated originals and copies (which are not annotated) in id order, the order they arrived.
        """
        return [
            (int(r[0]), r[1], r[2])
            for r in self.db.execute(
                "SELECT a.id, a.duplicate_of, ea.event_id FROM articles a"
                " LEFT JOIN event_articles ea ON ea.article_id = a.id"
                " WHERE a.linked = 0 AND (a.annotated > 0 OR a.duplicate_of IS NOT NULL) ORDER BY a.id"
            )
        ]

    def linked_originals(self) -> int:
        """How many original (non-copy) articles are linked: the N of the linking IDF."""
        return int(self.db.execute(
            "SELECT count(*) FROM articles WHERE linked = 1 AND duplicate_of IS NULL").fetchone()[0])

    def document_frequencies(self, features: list[str]) -> dict[str, int]:
        """Linked articles per feature, for the features asked about."""
        out: dict[str, int] = {}
        for i in range(0, len(features), 500):
            part = features[i : i + 500]
            out.update((r[0], int(r[1])) for r in self.db.execute(
                f"SELECT feature, df FROM link_df WHERE feature IN ({','.join('?' * len(part))})", part))
        return out

    def count_features(self, features: list[str] | Mapping[str, int]) -> None:
        """Add one article to the document frequency of each feature (or, given a mapping, that many)."""
        counts = features if isinstance(features, Mapping) else dict.fromkeys(features, 1)
        self.db.executemany(
            "INSERT INTO link_df (feature, df) VALUES (?, ?)"
            " ON CONFLICT(feature) DO UPDATE SET df = df + excluded.df",
            sorted(counts.items()))

    def _candidates(self, kind: str, features: list[str], since: str | None, limit: int,
                    until: str | None = None) -> list[int]:
        if not features:
            return []
        hits, args = self._postings_query(kind, f"{kind}_id AS cid", features, since, until)
        return [int(r[0]) for r in self.db.execute(
            f"SELECT cid, count(*) AS n FROM ({hits}) AS hits GROUP BY cid ORDER BY n DESC, cid LIMIT ?",
            [*args, limit])]

    @staticmethod
    def _postings_query(kind: str, cols: str, features: list[str], since: str | None, until: str | None,
                        before: str | None = None) -> tuple[str, list[Any]]:
        """The index rows of ``features`` whose event or story has an article in [``since``, ``until``]
        (its ``last`` on/after ``since``, the day of its ``first`` on/before ``until``) or is undated.

        ``before``: a bound the caller knows every such row's ``last`` lies under (see
        :meth:`story_postings`); it changes no answer, it only ends the index range walked."""
        rows = f"SELECT {cols} FROM {kind}_postings WHERE feature IN ({marks(features)})"
        args: list[Any] = list(features)
        if since:  # two index ranges (recent, undated); an OR would scan every posting of the feature
            dated = f"{rows} AND last >= ? AND first <= ?" if until else f"{rows} AND last >= ?"
            if before:
                dated += " AND last < ?"
            return (f"{dated} UNION ALL {rows} AND last = ''",
                    [*features, since, *([until] if until else []), *([before] if before else []), *features])
        if until:  # '' (undated) sorts first
            return f"{rows} AND first <= ?", [*features, until]
        return rows, args

    def event_candidates(self, features: list[str], since: str | None = None, limit: int = 50,
                         until: str | None = None) -> list[int]:
        """Events that share most of ``features`` among their indexed ones, with an article in [``since``,
        ``until``] (either bound None: open)."""
        return self._candidates("event", features, since, limit, until)

    def story_candidates(self, features: list[str], since: str | None = None, limit: int = 50,
                         until: str | None = None) -> list[int]:
        """Stories that share most of ``features``, with an article in [``since``, ``until``] (either bound
        None: open).  The window applies before the cut at ``limit``: a story outside it takes no place."""
        return self._candidates("story", features, since, limit, until)

    def story_postings(self, features: list[str], since: str | None = None, until: str | None = None,
                       before: str | None = None) -> list[tuple[str, int, str, str]]:
        """(feature, story id, last, first) of the story index rows of ``features`` whose story has an
        article in [``since``, ``until``] or is undated (``last`` and ``first`` ''): what
        :meth:`story_candidates` counts, read once so that many lookups can be counted together
        (``link.candidates.shared_features``).

        ``before`` (with ``since``): an upper bound, exclusive, on the ``last`` of every row read.  A story
        begun on/before ``until`` ends at most :meth:`longest_story_days` later, so the day after that
        bounds the rows exactly, and the read no longer walks the index rows of every later story (a
        stale story of years ago walked the whole present's)."""
        out: list[tuple[str, int, str, str]] = []
        for part in chunks(features):
            rows, args = self._postings_query("story", "feature, story_id, last, first", part, since, until, before)
            out += [(r[0], int(r[1]), r[2], r[3]) for r in self.db.execute(rows, args)]
        return out

    def longest_story_days(self) -> int:
        """The most days between the first and the last article of any dated story (0 with none)."""
        longest = 0
        for first, last in self.db.execute("SELECT first, last FROM stories WHERE first IS NOT NULL"
                                           " AND last IS NOT NULL AND first != '' AND last != ''"):
            longest = max(longest, (date.fromisoformat(last[:10]) - date.fromisoformat(first[:10])).days)
        return longest

    def event_states(self, ids: list[int]) -> list[tuple[int, dict[str, Any], str | None, str | None, int | None]]:
        """(id, linking state, first, last, story id) of the given events, in id order (read in chunks: a
        store's bound on query parameters holds for any number)."""
        rows = [r for part in chunks(sorted(set(ids))) for r in self.db.execute(
            f"SELECT id, state, first, last, story_id FROM events WHERE id IN ({marks(part)}) ORDER BY id", part)]
        return [(int(r[0]), decode_state(r[1]), r[2], r[3], r[4]) for r in rows]

    def story_states(self, ids: list[int], counts: bool = True
                     ) -> list[tuple[int, dict[str, Any], str | None, str | None]]:
        """(id, linking state, first, last) of the given stories; ``counts=False``: states without their
        feature counts (``linkstate.decode_state``), for comparing centroids."""
        rows = [r for part in chunks(sorted(set(ids))) for r in self.db.execute(
            f"SELECT id, state, first, last FROM stories WHERE id IN ({marks(part)}) ORDER BY id", part)]
        return [(int(r[0]), decode_state(r[1], counts), r[2], r[3]) for r in rows]

    def _save_state(self, kind: str, cid: int | None, state: dict[str, Any], first: str | None,
                    last: str | None, postings: list[str]) -> int:
        table = _TABLES[kind]
        blob, size = encode_state(state), int(state.get("n", 0))
        day = (first or "")[:10]  # the index keeps the first day: an until bound is a date
        if cid is None:  # never reuse an id the lineage still names (SQLite would reuse a deleted max id)
            # and above every id handed out before, or kept by a relink under way (given back at its end)
            cid = max(unused_id(self.db, table, "link_lineage", kind), self._top_id(kind) + 1)
            self._reserve(kind, cid)
            self.db.execute(f"INSERT INTO {table} (id, state, size, first, last) VALUES (?,?,?,?,?)",
                            (cid, blob, size, first, last))
            self.db.executemany(f"INSERT INTO {kind}_postings (feature, {kind}_id, last, first) VALUES (?,?,?,?)",
                                [(f, cid, last or "", day) for f in postings])
            return cid
        self.db.execute(f"UPDATE {table} SET state = ?, size = ?, first = ?, last = ? WHERE id = ?",
                        (blob, size, first, last, cid))
        self._update_postings(kind, cid, postings, last or "", day)
        return cid

    def _update_postings(self, kind: str, cid: int, postings: list[str], last: str, first: str) -> None:
        """Make the index rows of one event or story say ``postings`` (all with ``last`` and ``first``).

        Only what changed is written: a story that takes one more article keeps most of its
        heaviest features, and rewriting all of them (two indexes each) was a tenth of linking.
        """
        old = {r[0]: (r[1], r[2]) for r in self.db.execute(
            f"SELECT feature, last, first FROM {kind}_postings WHERE {kind}_id = ?", (cid,))}
        new = set(postings)
        gone = sorted(set(old) - new)
        if gone:
            self.db.executemany(f"DELETE FROM {kind}_postings WHERE feature = ? AND {kind}_id = ?",
                                [(f, cid) for f in gone])
        moved = sorted(f for f in new & set(old) if old[f] != (last, first))
        if moved:
            self.db.executemany(f"UPDATE {kind}_postings SET last = ?, first = ? WHERE feature = ? AND {kind}_id = ?",
                                [(last, first, f, cid) for f in moved])
        added = [f for f in postings if f not in old]
        if added:
            self.db.executemany(f"INSERT INTO {kind}_postings (feature, {kind}_id, last, first) VALUES (?,?,?,?)",
                                [(f, cid, last, first) for f in added])

    def save_event_state(self, event_id: int | None, state: dict[str, Any], first: str | None, last: str | None,
                         postings: list[str], story_id: int | None) -> int:
        """Create (``event_id`` None) or update an event's state and index; returns its id.

        Call inside a transaction."""
        eid = self._save_state("event", event_id, state, first, last, postings)
        self.db.execute("UPDATE events SET story_id = ? WHERE id = ?", (story_id, eid))
        return eid

    def save_story_state(self, story_id: int | None, state: dict[str, Any], first: str | None, last: str | None,
                         postings: list[str]) -> int:
        """Create or update a story's state and index, marking it dirty; returns its id.  Call inside a transaction."""
        sid = self._save_state("story", story_id, state, first, last, postings)
        self.mark_dirty([sid])
        return sid

    def mark_dirty(self, story_ids: list[int]) -> None:
        """Note, in the linking transaction, that these stories' titles and timelines are stale.

        ``dirty`` is a generation counter: a timeline built from generation n
        clears it only if no article joined meanwhile (see ``save_timeline``), so
        a crash or a concurrent linker never leaves a stale timeline looking fresh.
        """
        self.db.executemany("UPDATE stories SET dirty = dirty + 1 WHERE id = ?", [(s,) for s in story_ids])

    def dirty_stories(self) -> list[tuple[int, int]]:
        """(story id, dirty generation) of every story whose title and timeline must be rebuilt."""
        return [(int(r[0]), int(r[1])) for r in self.db.execute(
            "SELECT id, dirty FROM stories WHERE dirty > 0 ORDER BY id")]

    def linked_among(self, article_ids: list[int]) -> set[int]:
        """Those of the articles linked already (or gone): :meth:`is_linked` of many, one query per 500."""
        unlinked: set[int] = set()
        for part in chunks(sorted(set(article_ids))):
            unlinked.update(int(r[0]) for r in self.db.execute(
                f"SELECT id FROM articles WHERE id IN ({marks(part)}) AND linked = 0", part))
        return set(article_ids) - unlinked

    def is_linked(self, article_id: int) -> bool:
        """Whether an article was linked already (by another process, since the to-do list was read)."""
        row = self.db.execute("SELECT linked FROM articles WHERE id = ?", (article_id,)).fetchone()
        return bool(row is None or row[0])

    def delete_story(self, story_id: int) -> None:
        """Remove an emptied story (its events moved elsewhere) with its index and timeline."""
        self.db.execute("UPDATE events SET story_id = NULL WHERE story_id = ?", (story_id,))
        for table in ("story_postings", "timeline_entries"):
            self.db.execute(f"DELETE FROM {table} WHERE story_id = ?", (story_id,))
        self.db.execute("DELETE FROM stories WHERE id = ?", (story_id,))

    def story_event_ids(self, story_id: int) -> list[int]:
        return [int(r[0]) for r in self.db.execute("SELECT id FROM events WHERE story_id = ? ORDER BY id", (story_id,))]

    def merge_events(self, into: int, other: int) -> None:
        """Move every article of event ``other`` into ``into`` and drop ``other`` with its index.

        Call inside a transaction; ``into``'s state is saved separately (``save_event_state``)."""
        self.db.execute("UPDATE event_articles SET event_id = ? WHERE event_id = ?", (into, other))
        self.db.execute("DELETE FROM event_postings WHERE event_id = ?", (other,))
        self.db.execute("DELETE FROM events WHERE id = ?", (other,))

    def event_of(self, article_id: int) -> int | None:
        row = self.db.execute("SELECT event_id FROM event_articles WHERE article_id = ?", (article_id,)).fetchone()
        return int(row[0]) if row else None

    def events_of(self, article_ids: list[int]) -> dict[int, int]:
        """The event of each of the given articles that is in one (article id -> event id), one read a chunk."""
        out: dict[int, int] = {}
        for part in chunks(sorted(set(article_ids))):
            out.update((int(r[0]), int(r[1])) for r in self.db.execute(
                f"SELECT article_id, event_id FROM event_articles WHERE article_id IN ({marks(part)})", part))
        return out

    def add_to_event(self, event_id: int, article_id: int) -> None:
        """Put an article in an event and mark it linked.  Call inside a transaction."""
        self.db.execute("INSERT OR REPLACE INTO event_articles (event_id, article_id) VALUES (?, ?)",
                        (event_id, article_id))
        self.db.execute("UPDATE articles SET linked = 1 WHERE id = ?", (article_id,))

    def event_dates(self, event_id: int) -> tuple[str | None, str | None]:
        """First and last publication date of an event's articles."""
        row = self.db.execute(
            "SELECT min(substr(a.published, 1, 10)), max(substr(a.published, 1, 10)) FROM event_articles ea"
            " JOIN articles a ON a.id = ea.article_id WHERE ea.event_id = ?", (event_id,)).fetchone()
        return row[0], row[1]

    def member_titles(self, story_ids: list[int]) -> dict[int, list[MemberTitle]]:
        """Per story, its articles' titles (:class:`~storyline.records.MemberTitle`); an event's are its story's
        rows with its id.  A flash (:func:`storyline.flashes.is_flash`) is told from the text's first
        characters (one past what a flash can hold), so no member's whole text is read."""
        out: dict[int, list[MemberTitle]] = {i: [] for i in story_ids}
        for part in chunks(story_ids):
            for cid, title, published, metadata, aid, eid, head, dateline in self.db.execute(
                    "SELECT e.story_id, a.title, a.published, a.metadata, a.id, ea.event_id,"
                    f" substr(a.text, 1, {FLASH_READ + 1}), a.dateline FROM event_articles ea"
                    " JOIN events e ON e.id = ea.event_id JOIN articles a ON a.id = ea.article_id"
                    f" WHERE e.story_id IN ({marks(part)})", part):
                if title:  # the metadata is parsed only when it can say where the title came from
                    made = "title_from" in metadata and json.loads(metadata).get("title_from") == "first sentence"
                    flash = is_flash(head, dateline)  # one character past FLASH_READ: too long
                    out[int(cid)].append(MemberTitle(title, published, not made, int(aid), int(eid), flash))
        return out

    def set_title(self, kind: str, cid: int, title: str) -> None:
        """Set the title of an event (``kind`` 'event') or a story ('story')."""
        table = _TABLES[kind]
        self.db.execute(f"UPDATE {table} SET title = ? WHERE id = ?", (title, cid))

    def timeline(self, story_id: int) -> list[TimelineEntry]:
        """A story's stored timeline in display order (empty: no such story, or none built yet)."""
        return self.timelines([story_id])[story_id]

    def timelines(self, story_ids: list[int]) -> dict[int, list[TimelineEntry]]:
        """The stored timelines of the given stories (one query per 500), each in display order."""
        out: dict[int, list[TimelineEntry]] = {s: [] for s in story_ids}
        for part in chunks([s for s in story_ids if in_range(s)]):
            for r in self.db.execute(f"SELECT * FROM timeline_entries WHERE story_id IN ({marks(part)})"
                                     " ORDER BY story_id, id", part):
                out[int(r["story_id"])].append(TimelineEntry(
                    date=r["date"], text=r["text"], salience=r["salience"], articles=json.loads(r["articles"]),
                    evidence=[Evidence(*e) for e in json.loads(r["evidence"])], entities=json.loads(r["entities"]),
                    status=r["status"]))
        return out

    def save_timeline(self, story_id: int, entries: list[TimelineEntry], generation: int | None = None,
                      version: int = 0) -> None:
        """Replace a story's timeline in one transaction; entries keep the order given (display order).

        With ``generation`` (from ``dirty_stories``) the story is marked clean in the same
        transaction, unless it changed again meanwhile.  A story merged away meanwhile is skipped.
        ``version`` is the timeline code's version that built the entries (see ``stale_timelines``).
        """
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone() is None:
                return
            db.execute("DELETE FROM timeline_entries WHERE story_id = ?", (story_id,))
            db.executemany(
                "INSERT INTO timeline_entries (story_id, date, text, salience, articles, evidence, entities, status)"
                " VALUES (?,?,?,?,?,?,?,?)",
                [(story_id, e.date, e.text, e.salience, json.dumps(e.articles),
                  json.dumps([[v.article, v.start, v.end] for v in e.evidence]), json.dumps(e.entities), e.status)
                 for e in entries],
            )
            db.execute("UPDATE stories SET timeline_version = ? WHERE id = ?", (version, story_id))
            if generation is not None:
                db.execute("UPDATE stories SET dirty = 0 WHERE id = ? AND dirty = ?", (story_id, generation))

    def timeline_state(self, story_id: int) -> tuple[bool, int]:
        """Of one story: whether its timeline waits for ``storyline link`` (dirty), and the code version that built it.

        One row read, for a page or command about one story (``dirty_stories`` and ``stale_timelines`` list them all).
        """
        row = self.db.execute("SELECT dirty, timeline_version FROM stories WHERE id = ?", (story_id,)).fetchone()
        return (bool(row[0]), int(row[1])) if row else (False, 0)

    def stale_timelines(self, version: int) -> list[int]:
        """Ids of the stories whose stored timeline was built by another version of the timeline code.

        After an upgrade that changes how timelines are made, these are rebuilt
        by the next ``storyline link`` even though none of their articles changed.
        """
        return [int(r[0]) for r in self.db.execute(
            "SELECT id FROM stories WHERE timeline_version <> ? ORDER BY id", (version,))]

    def story_article_ids(self, story_id: int) -> list[int]:
        """Ids of every article in a story's events (one indexed query, whatever the size of the store)."""
        return [int(r[0]) for r in self.db.execute(
            "SELECT ea.article_id FROM event_articles ea JOIN events e ON e.id = ea.event_id"
            " WHERE e.story_id = ? ORDER BY ea.article_id", (story_id,))]

    def stories_of_articles(self, article_ids: list[int]) -> list[int]:
        """Ids of the stories holding any of the given articles (through their events), in id order."""
        out: set[int] = set()
        for i in range(0, len(article_ids), 500):
            part = article_ids[i : i + 500]
            out.update(int(r[0]) for r in self.db.execute(
                "SELECT DISTINCT e.story_id FROM event_articles ea JOIN events e ON e.id = ea.event_id"
                f" WHERE e.story_id IS NOT NULL AND ea.article_id IN ({','.join('?' * len(part))})", part))
        return sorted(out)

    # -- consolidation: cached features, membership moves, lineage -------------------------
    def save_link_features(self, article_id: int, data: dict[str, Any]) -> None:
        """Keep what linking read of an article (feature counts, lead keys, date), so consolidation
        can weigh it again without re-reading the annotation.  Call inside a transaction."""
        self.save_many_link_features({article_id: data})

    def save_many_link_features(self, data: Mapping[int, dict[str, Any]]) -> None:
        """:meth:`save_link_features` of many articles (article id -> data) at once."""
        self.db.executemany("INSERT INTO link_features (article_id, data) VALUES (?, ?)"
                            " ON CONFLICT(article_id) DO UPDATE SET data = excluded.data",
                            [(aid, json.dumps(d, separators=(",", ":"))) for aid, d in data.items()])
        self.sync_story_uses(list(data), data)  # the features counted in the burst uses are these now

    def link_features(self, article_ids: list[int]) -> dict[int, dict[str, Any]]:
        """The cached link features (:meth:`save_link_features`) of those of the articles that have them."""
        out: dict[int, dict[str, Any]] = {}
        for part in chunks(sorted(set(article_ids))):
            out.update((int(r[0]), json.loads(r[1])) for r in self.db.execute(
                f"SELECT article_id, data FROM link_features WHERE article_id IN ({marks(part)})", part))
        return out

    def dated_originals(self, since: str, before: str) -> list[tuple[int, str]]:
        """(id, published) of every linked original article published on or after ``since`` and before
        ``before`` (ISO dates), in id order: the store's articles around a consolidation region, read by the
        publication-date index."""
        return [(int(r[0]), r[1]) for r in self.db.execute(
            "SELECT id, published FROM articles WHERE published >= ? AND published < ? AND linked = 1"
            " AND duplicate_of IS NULL ORDER BY id", (since, before))]

    def drop_unused_features(self, features: list[str]) -> None:
        """Forget the document frequency of those features no linked article counts any more."""
        for part in chunks(sorted(set(features))):
            self.db.execute(f"DELETE FROM link_df WHERE feature IN ({marks(part)}) AND df <= 0", part)

    def replace_states(self, kind: str, states: Mapping[int, dict[str, Any]]) -> None:
        """Write the linking state of events or stories (``kind`` 'event' or 'story') whose size and dates
        stay as they are (a feature renamed).  Call inside a transaction."""
        table = _TABLES[kind]
        self.db.executemany(f"UPDATE {table} SET state = ? WHERE id = ?",
                            [(encode_state(state), cid) for cid, state in sorted(states.items())])

    def rename_postings(self, gone: str, kept: str) -> None:
        """Index every event and story posted under feature ``gone`` under ``kept`` instead (kept's rows,
        if any, stay as they are).  Call inside a transaction."""
        for kind in ("event", "story"):
            self.db.execute(f"INSERT OR IGNORE INTO {kind}_postings (feature, {kind}_id, last, first)"
                            f" SELECT ?, {kind}_id, last, first FROM {kind}_postings WHERE feature = ?", (kept, gone))
            self.db.execute(f"DELETE FROM {kind}_postings WHERE feature = ?", (gone,))

    def story_members(self, story_ids: list[int]) -> list[tuple[int, int, int, str, dict[str, Any] | None]]:
        """(article id, event id, story id, content hash, cached link features or None) of every
        original article in the given stories, in content-hash order (copies are left out)."""
        out: list[tuple[int, int, int, str, dict[str, Any] | None]] = []
        for i in range(0, len(story_ids), 500):
            part = story_ids[i : i + 500]
            out += [(int(r[0]), int(r[1]), int(r[2]), r[3], json.loads(r[4]) if r[4] else None)
                    for r in self.db.execute(
                        "SELECT ea.article_id, ea.event_id, e.story_id, a.content_hash, lf.data"
                        " FROM events e JOIN event_articles ea ON ea.event_id = e.id"
                        " JOIN articles a ON a.id = ea.article_id"
                        " LEFT JOIN link_features lf ON lf.article_id = ea.article_id"
                        # '+': not by the index of duplicate_of, which walked every original article of the
                        # store for each 500 stories, but from the stories' events (events_story)
                        f" WHERE e.story_id IN ({','.join('?' * len(part))}) AND +a.duplicate_of IS NULL", part)]
        return sorted(out, key=lambda m: m[3])

    def copies_in_events(self, event_ids: list[int]) -> list[tuple[int, int]]:
        """(copy id, original id) of every copy sitting in the given events."""
        out: list[tuple[int, int]] = []
        for i in range(0, len(event_ids), 500):
            part = event_ids[i : i + 500]
            out += [(int(r[0]), int(r[1])) for r in self.db.execute(
                "SELECT a.id, a.duplicate_of FROM event_articles ea JOIN articles a ON a.id = ea.article_id"
                f" WHERE ea.event_id IN ({','.join('?' * len(part))}) AND a.duplicate_of IS NOT NULL", part)]
        return out

    def move_to_event(self, event_id: int, article_ids: list[int]) -> None:
        """Put already linked articles in another event.  Call inside a transaction."""
        self.db.executemany("UPDATE event_articles SET event_id = ? WHERE article_id = ?",
                            [(event_id, a) for a in article_ids])

    def delete_event(self, event_id: int) -> None:
        """Remove an emptied event with its index.  Call inside a transaction."""
        self.db.execute("DELETE FROM event_postings WHERE event_id = ?", (event_id,))
        self.db.execute("DELETE FROM events WHERE id = ?", (event_id,))

    def add_lineage(self, rows: list[Lineage]) -> None:
        """Record where merged or split ids went.  Call inside a transaction."""
        at = utc_now()
        self.db.executemany("INSERT INTO link_lineage (kind, old_id, relation, new_id, at, why) VALUES (?,?,?,?,?,?)",
                            [(r.kind, r.old_id, r.relation, r.new_id, at, r.why) for r in rows])

    def lineage(self, kind: str, cid: int | None = None) -> list[Lineage]:
        """Lineage rows naming an event, story or (``kind`` 'entity') entity id (as old or new id), oldest
        first; all rows of ``kind`` when ``cid`` is None.  Entity merges (resolution's) have a table of their
        own, which a relink leaves alone."""
        args: list[Any]
        if kind == "entity":
            where, args = ("", []) if cid is None else ("WHERE old_id = ? OR new_id = ?", [cid, cid])
            sql = f"SELECT 'entity' AS kind, old_id, relation, new_id, at, why FROM entity_lineage {where} ORDER BY id"
        else:
            where, args = ("WHERE kind = ?", [kind]) if cid is None else (
                "WHERE kind = ? AND (old_id = ? OR new_id = ?)", [kind, cid, cid])
            sql = f"SELECT * FROM link_lineage {where} ORDER BY id"
        return [Lineage(r["kind"], r["old_id"], r["relation"], r["new_id"], r["at"], r["why"])
                for r in self.db.execute(sql, args)]

    def stale_stories(self, n_docs: int, factor: float) -> list[int]:
        """Stories last consolidated when the store held fewer than ``n_docs / factor`` linked articles:
        their document frequencies have drifted, so consolidation looks at them again."""
        return [int(r[0]) for r in self.db.execute(
            "SELECT id FROM stories WHERE settled * ? < ? ORDER BY id", (factor, n_docs))]

    def mark_settled(self, story_ids: list[int], n_docs: int) -> None:
        """Record that these stories were consolidated with ``n_docs`` linked articles in the store."""
        self.db.executemany("UPDATE stories SET settled = ? WHERE id = ?", [(n_docs, s) for s in story_ids])
