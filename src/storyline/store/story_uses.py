"""The dated uses of each story feature, kept as the articles are linked: what consolidation's burst weights count.

A pair's story score weighs each shared feature by its share of uses near the pair's days among its uses within
``story_burst_reach`` days (:func:`~storyline.link.stories.bursty`), and a term's name partner by how many of
its articles there also name the entity (:func:`~storyline.link.name_spread.name_partners`).  Reading those
uses by decoding the cached link features of every stored article within the reach made each consolidation
region cost the whole store on a store spanning under ``2 * story_burst_reach`` days, so linking slowed as
the store grew.  Two tables keep them instead, written in the transaction that writes an article's link
features or takes its link away:

- ``story_uses`` (feature, day, n): how many counted articles of that day name the feature; a region reads
  each of its features' days with one index range, however many articles a day holds;
- ``story_use_articles`` (article, feature, day): which features each counted article added, so that an
  article's uses can be taken back exactly, and two features' articles in a span can be intersected (the
  name partners).

A counted article is a linked original (``linked = 1``, no ``duplicate_of``) with a publication date and cached
link features: the articles ``UsesReader`` decoded before (``store.dated_originals``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from storyline.store.base import SqliteBase, chunks, marks
from storyline.story_features import day_number, is_story_feature


def story_keys(data: Mapping[str, Any]) -> list[str]:
    """The story features (:func:`~storyline.story_features.is_story_feature`) of one article's cached link
    features, sorted.

    >>> story_keys({"r": {"t:riot": 2, "e:4": 1, "d:2019-03": 1}, "p": "2019-03-02"})
    ['e:4', 't:riot']
    """
    return sorted(filter(is_story_feature, data["r"]))


def forget_uses(db: Any, article_ids: Sequence[int]) -> None:
    """Take back the uses these articles added (their link went away).  Call inside a transaction."""
    for part in chunks(sorted(set(article_ids))):
        gone = [(-int(r[2]), r[0], int(r[1])) for r in db.execute(
            f"SELECT feature, day, count(*) FROM story_use_articles WHERE article_id IN ({marks(part)})"
            " GROUP BY feature, day", part)]
        if gone:
            _add(db, gone)
            db.execute(f"DELETE FROM story_use_articles WHERE article_id IN ({marks(part)})", part)


def _add(db: Any, rows: Iterable[tuple[int, str, int]]) -> None:
    """Add (n, feature, day) to the counts, dropping the rows that reach 0."""
    rows = sorted(rows, key=lambda r: (r[1], r[2]))  # one order for every writer: PostgreSQL's row locks
    db.executemany("INSERT INTO story_uses (feature, day, n) VALUES (?, ?, ?)"
                   " ON CONFLICT (feature, day) DO UPDATE SET n = story_uses.n + excluded.n",
                   [(f, d, n) for n, f, d in rows])
    if any(n < 0 for n, _, _ in rows):
        db.executemany("DELETE FROM story_uses WHERE feature = ? AND day = ? AND n <= 0",
                       [(f, d) for n, f, d in rows if n < 0])


class StoryUsesStore(SqliteBase):
    """Keeps and reads the story feature uses (module docstring)."""

    def sync_story_uses(self, article_ids: Sequence[int], features: Mapping[int, Mapping[str, Any]] | None = None
                        ) -> None:
        """Make the uses of these articles what their stored state says now: the story features of those that
        count (a linked original with a date and cached features) on their day, and none for the others.
        ``features``: their cached link features when the caller has them at hand (just written), else read.
        Only the difference is written: a relink that leaves an article's features as they were rewrites
        nothing, and the counts of its features' days are not locked.  Call inside the transaction that changed
        them."""
        ids = sorted(set(article_ids))
        want: set[tuple[int, str, int]] = set()
        have: set[tuple[int, str, int]] = set()
        for part in chunks(ids):
            for aid, data in self.db.execute(
                    f"SELECT a.id, {'NULL' if features is not None else 'lf.data'} FROM articles a"
                    " JOIN link_features lf ON lf.article_id = a.id"
                    f" WHERE a.id IN ({marks(part)}) AND a.linked = 1 AND a.duplicate_of IS NULL"
                    " AND a.published IS NOT NULL", part):
                feats = features[int(aid)] if features is not None else json.loads(data)
                if (day := day_number(feats.get("p"))) is not None:
                    want.update((int(aid), k, day) for k in story_keys(feats))
            have.update((int(a), f, int(d)) for a, f, d in self.db.execute(
                f"SELECT article_id, feature, day FROM story_use_articles WHERE article_id IN ({marks(part)})", part))
        gone, added = sorted(have - want), sorted(want - have)
        if gone:
            self.db.executemany("DELETE FROM story_use_articles WHERE article_id = ? AND feature = ?",
                                [(a, f) for a, f, _ in gone])
        if added:
            self.db.executemany("INSERT INTO story_use_articles (article_id, feature, day) VALUES (?, ?, ?)", added)
        change = Counter((f, d) for _, f, d in added)
        change.subtract(Counter((f, d) for _, f, d in gone))
        if moved := [(n, f, d) for (f, d), n in change.items() if n]:
            _add(self.db, moved)

    def story_use_days(self, features: Sequence[str], low: int, high: int) -> dict[str, list[tuple[int, int]]]:
        """Per feature, the (day, articles) of its counted uses from day ``low`` to ``high``, by day; features
        with none are left out.  One index range per feature."""
        out: dict[str, list[tuple[int, int]]] = {}
        for part in chunks(sorted(set(features))):
            for f, d, n in self.db.execute(
                    f"SELECT feature, day, n FROM story_uses WHERE feature IN ({marks(part)})"
                    " AND day >= ? AND day <= ? ORDER BY feature, day", [*part, low, high]):
                out.setdefault(f, []).append((int(d), int(n)))
        return out

    def story_uses_together(self, pairs: Sequence[tuple[str, str]], low: int, high: int) -> dict[tuple[str, str], int]:
        """For each (feature, other), how many counted articles from day ``low`` to ``high`` name both: the
        first feature's articles there, each looked up under the second (give the rarer one first)."""
        out: dict[tuple[str, str], int] = {}
        for a, b in pairs:
            row = self.db.execute(
                "SELECT count(*) FROM story_use_articles x JOIN story_use_articles y"
                " ON y.article_id = x.article_id AND y.feature = ?"
                " WHERE x.feature = ? AND x.day >= ? AND x.day <= ?", (b, a, low, high)).fetchone()
            out[a, b] = int(row[0])
        return out
