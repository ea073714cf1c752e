"""Entities: list and filter the store-wide entities, their mentions and names.

Example::

    >>> from storyline.store import SqliteStore
    >>> store = SqliteStore(":memory:")
    >>> store.entities(name="Kim"), store.entity_names([1])
    ([], {})
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from storyline.records import Article, Entity, Mention
from storyline.store.articles import read_articles
from storyline.store.base import SqliteBase, chunks, clamp, in_range, like_escape, marks


class EntityStore(SqliteBase):
    """The entities area of the store interface."""

    # -- entities ---------------------------------------------------------------------
    def entities(self, name: str | None = None, type: str | None = None, limit: int | None = None,
                 exact: bool = False, ids: list[int] | None = None) -> list[Entity]:
        """Entities with aliases, article counts and first/last publication dates, most mentioned first.

        ``name`` matches any alias (the name is one): a part of it, or, with
        ``exact``, the whole alias ignoring case.  ``ids`` keeps only those entities.
        An entity no stored mention names any more (its articles were annotated
        again and resolved elsewhere) is left out.
        """
        clauses: list[str] = []
        args: list[Any] = []
        if name:
            op = "= ? COLLATE NOCASE" if exact else "LIKE ? ESCAPE '\\'"
            clauses.append(f"e.id IN (SELECT entity_id FROM entity_aliases WHERE alias {op})")
            args.append(name if exact else f"%{like_escape(name)}%")
        if ids is not None:
            ids = [i for i in ids if in_range(i)]
            clauses.append(f"e.id IN ({','.join('?' * len(ids))})")
            args += ids
        if type:
            clauses.append("e.type = ?")
            args.append(type.upper())
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = (
            "SELECT e.id, e.name, e.type, count(m.id) AS mentions, count(DISTINCT m.article_id) AS articles,"
            " min(a.published) AS first, max(a.published) AS last"
            " FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id LEFT JOIN articles a ON a.id = m.article_id"
            f" {where} GROUP BY e.id HAVING count(m.id) > 0 ORDER BY articles DESC, mentions DESC, e.id"
        )
        if limit:
            sql += f" LIMIT {clamp(limit)}"
        return list(self._entity_rows(sql, args))

    def iter_entities(self) -> Iterator[Entity]:
        """Every entity, as :meth:`entities` orders them, read as iterated (exports: memory stays flat)."""
        yield from self._entity_rows(
            "SELECT e.id, e.name, e.type, count(m.id) AS mentions, count(DISTINCT m.article_id) AS articles,"
            " min(a.published) AS first, max(a.published) AS last FROM entities e"
            " LEFT JOIN mentions m ON m.entity_id = e.id LEFT JOIN articles a ON a.id = m.article_id"
            " GROUP BY e.id HAVING count(m.id) > 0 ORDER BY articles DESC, mentions DESC, e.id", [], stream=True)

    def _entity_rows(self, sql: str, args: list[Any], stream: bool = False) -> Iterator[Entity]:
        """Entities from the rows of ``sql``, their aliases read in one query per 500 entities."""
        rows = self._stream(sql, args) if stream else self.db.execute(sql, args).fetchall()
        for part in chunks(rows):
            aliases: dict[int, list[str]] = {int(r["id"]): [] for r in part}
            for eid, alias in self.db.execute(
                    f"SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN ({marks(part)})"
                    " ORDER BY entity_id, count DESC, alias", list(aliases)):
                aliases[int(eid)].append(alias)
            yield from (Entity(id=r["id"], name=r["name"], type=r["type"], aliases=aliases[int(r["id"])],
                               articles=r["articles"], mentions=r["mentions"], first=r["first"], last=r["last"])
                        for r in part)

    def entity_mentions(self, entity_id: int) -> list[tuple[Article, Mention]]:
        """Every mention of an entity with its article, in publication order (articles read 500 a query)."""
        rows = self.db.execute(
            "SELECT m.*, a.id AS aid FROM mentions m JOIN articles a ON a.id = m.article_id"
            " WHERE m.entity_id = ? ORDER BY a.published, a.id, m.start", (entity_id,)).fetchall()
        arts = read_articles(self.db, (int(r["aid"]) for r in rows))
        return [(arts[int(r["aid"])], Mention(start=r["start"], end=r["end"], text=r["text"], type=r["type"],
                                             chain=r["chain"], entity=r["entity_id"])) for r in rows]

    def entity_article_ids(self, entity_id: int) -> list[int]:
        """Ids of the articles that mention an entity (no article is read)."""
        return [r[0] for r in self.db.execute(
            "SELECT DISTINCT article_id FROM mentions WHERE entity_id = ? ORDER BY article_id", (entity_id,))]

    def entity_names(self, ids: list[int]) -> dict[int, str]:
        """Canonical names of the given entities."""
        out: dict[int, str] = {}
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            out.update((int(r[0]), r[1]) for r in self.db.execute(
                f"SELECT id, name FROM entities WHERE id IN ({','.join('?' * len(part))})", part))
        return out

    def entity_mention_months(self, entity_id: int) -> list[tuple[str, int]]:
        """(YYYY-MM, mentions) of an entity by its articles' publication month, oldest first; undated left out."""
        return [(r[0], int(r[1])) for r in self.db.execute(
            "SELECT substr(a.published, 1, 7) AS month, count(*) FROM mentions m JOIN articles a ON a.id = m.article_id"
            " WHERE m.entity_id = ? AND a.published IS NOT NULL GROUP BY month ORDER BY month", (entity_id,))]

    def entity_counts(self, article_ids: list[int]) -> list[tuple[int, int, int]]:
        """(entity, articles naming it, mentions) over the given articles, one aggregate query per 500 articles."""
        arts: dict[int, int] = {}
        ments: dict[int, int] = {}
        for i in range(0, len(article_ids), 500):
            part = article_ids[i : i + 500]
            for e, a, m in self.db.execute(
                    "SELECT entity_id, count(DISTINCT article_id), count(*) FROM mentions"
                    f" WHERE entity_id IS NOT NULL AND article_id IN ({','.join('?' * len(part))}) GROUP BY entity_id",
                    part):
                arts[e] = arts.get(e, 0) + a
                ments[e] = ments.get(e, 0) + m
        return [(e, arts[e], ments[e]) for e in sorted(arts)]
