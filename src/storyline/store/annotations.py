"""Annotations: save an article's mentions, timexes and quotes (resolving chains to entities), read them back.

Example::

    >>> from storyline.records import Annotation, Article
    >>> from storyline.store import SqliteStore
    >>> store = SqliteStore(":memory:")
    >>> aid = store.add_article(Article(external_id="a1", title="t", text="x"))
    >>> store.unannotated(1) == [aid]
    True
    >>> store.save_annotation(Annotation(article_id=aid), 1)
    >>> store.unannotated(1)
    []
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict

from storyline.records import Annotation, Chain, Mention, Quote, Sentence, Timex
from storyline.store.base import chunks, clamp, in_range, marks
from storyline.store.quote_pages import QuotePageStore, raise_if_bad_query
from storyline.store.quote_words import quote_words
from storyline.store.resolution import resolve_chains
from storyline.store.story_uses import forget_uses


class AnnotationStore(QuotePageStore):
    """The annotations area of the store interface (chain resolution writes the entity tables)."""


    def unannotated(self, version: int) -> list[int]:
        """Ids of articles not yet annotated by this annotation version (copies are skipped)."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM articles WHERE annotated < ? AND duplicate_of IS NULL ORDER BY id", (version,)
            )
        ]

    def claim_unannotated(self, version: int, owner: str, limit: int, gone: Callable[[str], bool],
                          lease_s: float = 3600.0) -> list[int]:
        """Claim up to ``limit`` articles to annotate, lowest ids first, for ``owner``; their ids.

        In one write transaction, so two processes never claim the same article.  Claims of
        owners that are ``gone`` (a process that died) or older than ``lease_s`` are void:
        a killed run's articles are taken up by the next one.
        """
        with self.transaction() as db:
            dead = [r[0] for r in db.execute("SELECT DISTINCT owner FROM annotation_claims") if gone(r[0])]
            db.executemany("DELETE FROM annotation_claims WHERE owner = ?", [(o,) for o in dead])
            db.execute("DELETE FROM annotation_claims WHERE claimed_at < ?", (time.time() - lease_s,))
            ids = [int(r[0]) for r in db.execute(
                "SELECT id FROM articles a WHERE annotated < ? AND duplicate_of IS NULL"
                " AND NOT EXISTS (SELECT 1 FROM annotation_claims c WHERE c.article_id = a.id) ORDER BY id LIMIT ?",
                (version, limit))]
            db.executemany("INSERT INTO annotation_claims (article_id, owner, claimed_at) VALUES (?, ?, ?)",
                           [(aid, owner, time.time()) for aid in ids])
        return ids

    def release_claims(self, owner: str) -> None:
        """Give back what ``owner`` claimed and did not annotate (the end of a run, or an interrupt)."""
        with self.transaction() as db:
            db.execute("DELETE FROM annotation_claims WHERE owner = ?", (owner,))

    def note_unannotated(self, article_id: int, reason: str) -> None:
        """Keep why an article could not be annotated; it stays unannotated, so a later run retries it."""
        with self.transaction() as db:
            db.execute("UPDATE articles SET annotation_problem = ? WHERE id = ?", (reason, article_id))

    def save_annotation(self, ann: Annotation, version: int) -> None:
        """Replace an article's annotation in one transaction, resolving its chains to store entities.

        A chain joins the existing entity that shares most of its ``keys`` (see
        ``nlp.resolve`` and ``store.resolution``); otherwise it opens a new entity.
        """
        with self.transaction() as db:
            aid = ann.article_id
            self.lock_entities()
            self._forget_chains(db, aid)
            old_words = [r[0] for r in db.execute("SELECT words FROM quotes WHERE article_id = ?", (aid,))]
            for table in ("mentions", "timexes", "quotes", "annotations"):
                db.execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))
            resolve_chains(db, ann.chains)
            for m in ann.mentions:
                m.entity = ann.chains[m.chain].entity if m.chain is not None else None
            db.executemany(
                "INSERT INTO mentions (article_id, entity_id, chain, start, end, text, type) VALUES (?,?,?,?,?,?,?)",
                [(aid, m.entity, m.chain, m.start, m.end, m.text, m.type) for m in ann.mentions],
            )
            db.executemany(
                "INSERT INTO timexes (article_id, start, end, text, type, value, mod, anchored, signal, signal_start)"
                " VALUES (?,?,?,?,?,?,?,?,?,?)",
                [(aid, t.start, t.end, t.text, t.type, t.value, t.mod, int(t.anchored), t.signal, t.signal_start)
                 for t in ann.timexes],
            )
            for q in ann.quotes:
                q.speaker = ann.chains[q.speaker_chain].entity if q.speaker_chain is not None else None
                q.body = ann.chains[q.body_chain].entity if q.body_chain is not None else None
            db.executemany(
                "INSERT INTO quotes (article_id, start, end, text, speaker_id, speaker_text, cue, confidence, partial,"
                " kind, cue_start, cue_end, words, speaker_body_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (aid, q.start, q.end, q.text, q.speaker, q.speaker_text, q.cue, q.confidence, int(q.partial),
                     q.kind, q.cue_start, q.cue_end, quote_words(q.text), q.body)
                    for q in ann.quotes
                ],
            )
            self.regroup_quotes([*old_words, *(quote_words(q.text) for q in ann.quotes)])
            db.execute(
                "INSERT INTO annotations (article_id, sentences, terms, chains, lead_parse) VALUES (?,?,?,?,?)",
                (
                    aid,
                    json.dumps([[s.start, s.end] for s in ann.sentences]),
                    json.dumps(ann.terms, ensure_ascii=False),
                    json.dumps([asdict(c) for c in ann.chains], ensure_ascii=False),
                    json.dumps(ann.lead_parse, separators=(",", ":")),
                ),
            )
            db.execute("UPDATE articles SET annotated = ?, linked = 0, annotation_problem = ? WHERE id = ?",
                       (version, ann.skipped, aid))
            forget_uses(db, [aid])  # not linked now: its uses stop counting in the burst weights
            db.execute("DELETE FROM annotation_claims WHERE article_id = ?", (aid,))

    @staticmethod
    def _forget_chains(db: sqlite3.Connection, article_id: int) -> None:
        """Take back the alias, type and name counts an earlier annotation of this article added.

        Re-annotating an article must leave the store as if it had been
        annotated once, so ``annotate --redo`` never inflates counts.
        """
        row = db.execute("SELECT chains FROM annotations WHERE article_id = ?", (article_id,)).fetchone()
        touched: set[int] = set()
        for chain in json.loads(row["chains"]) if row else []:
            eid = chain.get("entity")
            if eid is None:
                continue
            touched.add(eid)
            for alias in dict.fromkeys([chain["name"], *chain.get("aliases", [])]):
                db.execute("UPDATE entity_aliases SET count = count - 1 WHERE entity_id = ? AND alias = ?",
                           (eid, alias))
            db.execute("UPDATE entity_types SET count = count - ? WHERE entity_id = ? AND type = ?",
                       (max(1, len(chain.get("mentions", []))), eid, chain["type"]))
            db.execute("UPDATE entity_names SET count = count - 1 WHERE entity_id = ? AND name = ?",
                       (eid, chain["name"]))
        for part in chunks(sorted(touched)):  # only these entities' rows: a whole-table sweep grew with the store
            for table in ("entity_aliases", "entity_types", "entity_names"):
                db.execute(f"DELETE FROM {table} WHERE entity_id IN ({marks(part)}) AND count <= 0", part)

    def annotation(self, article_id: int) -> Annotation:
        """An article's stored annotation, with store-wide entity ids filled in."""
        return self.annotations([article_id])[article_id]

    def annotations(self, article_ids: list[int], before: int | None = None) -> dict[int, Annotation]:
        """The stored annotations of the given articles (empty for one not annotated), four queries per 500.

        An export or a timeline reads many articles' annotations: a page of them costs the
        same few queries, not four per article (on a server each query is a round trip).
        ``before``: only the mentions, timexes and quotes that start before that offset, and no terms
        (what a title made from the lead reads, at a fraction of the cost).
        """
        out = {a: Annotation(article_id=a) for a in article_ids}
        for part in chunks([a for a in out if in_range(a)]):
            args, where = part, f"article_id IN ({marks(part)})"
            spans = where if before is None else f"{where} AND start < {int(before)}"
            for row in self.db.execute(
                    "SELECT annotations.*, articles.annotation_problem AS skipped FROM annotations"
                    f" JOIN articles ON articles.id = annotations.article_id WHERE {where}", args):
                ann = out[int(row["article_id"])]
                ann.skipped = row["skipped"]
                ann.sentences = [Sentence(s, e) for s, e in json.loads(row["sentences"])]
                ann.terms = json.loads(row["terms"]) if before is None else []
                ann.chains = [Chain(**c) for c in json.loads(row["chains"])]
                ann.lead_parse = [(a, b, dep, head, pos) for a, b, dep, head, pos in json.loads(row["lead_parse"])]
            for r in self.db.execute(f"SELECT * FROM mentions WHERE {spans} ORDER BY article_id, start, id", args):
                out[int(r["article_id"])].mentions.append(Mention(
                    start=r["start"], end=r["end"], text=r["text"], type=r["type"], chain=r["chain"],
                    entity=r["entity_id"]))
            for r in self.db.execute(f"SELECT * FROM timexes WHERE {spans} ORDER BY article_id, start, id", args):
                out[int(r["article_id"])].timexes.append(Timex(
                    start=r["start"], end=r["end"], text=r["text"], type=r["type"], value=r["value"], mod=r["mod"],
                    anchored=bool(r["anchored"]), signal=r["signal"], signal_start=r["signal_start"]))
            for r in self.db.execute(f"SELECT * FROM quotes WHERE {spans} ORDER BY article_id, start, id", args):
                out[int(r["article_id"])].quotes.append(self._quote(r))
        return out

    def quotes(self, speaker: int | None = None, query: str | None = None, limit: int = 100,
               articles: list[int] | None = None, kinds: Sequence[str] | None = None,
               role: str = "either") -> list[tuple[int, Quote]]:
        """(article id, quote) pairs, optionally by speaker entity (as the speaker or the body an unnamed speaker
        speaks for, by ``role``: ``quote_pages.QUOTE_ROLES``), FTS query, the articles they are in and kind;
        ``kinds`` None means every kind but ``scare`` (quote marks around a term nobody is said to have spoken)."""
        clauses, args = self._quote_filter(speaker, articles, kinds, role)
        if query:
            found_by, found_args = self._quote_match(query)
            clauses += found_by
            args += found_args
        try:
            rows = self.db.execute(
                f"SELECT q.* FROM quotes q JOIN articles a ON a.id = q.article_id WHERE {' AND '.join(clauses)}"
                " ORDER BY a.published, q.article_id, q.start LIMIT ?", [*args, clamp(limit)]).fetchall()
        except sqlite3.OperationalError as exc:
            raise_if_bad_query(exc, query)
            raise
        return [(int(r["article_id"]), self._quote(r)) for r in rows]

    def quotes_about(self, entity_id: int, limit: int = 100) -> list[tuple[int, Quote]]:
        """(article id, quote) pairs whose text names an entity that did not say them, in publication order."""
        rows = self.db.execute(
            "SELECT q.* FROM quotes q JOIN articles a ON a.id = q.article_id"
            " WHERE (q.speaker_id IS NULL OR q.speaker_id != ?) AND q.id IN (SELECT q2.id FROM mentions m"
            " JOIN quotes q2 ON q2.article_id = m.article_id AND m.start >= q2.start AND m.end <= q2.end"
            " WHERE m.entity_id = ?)"  # driven from the entity's mentions (indexed), not a scan of every quote
            " ORDER BY a.published, q.article_id, q.start LIMIT ?", (entity_id, entity_id, limit)).fetchall()
        return [(int(r["article_id"]), self._quote(r)) for r in rows]

    def chains_of(self, article_ids: list[int]) -> list[Chain]:
        """The entity chains of the given articles (only that column is read), in article order."""
        out: list[Chain] = []
        for i in range(0, len(article_ids), 500):
            part = article_ids[i : i + 500]
            for row in self.db.execute(
                    f"SELECT chains FROM annotations WHERE article_id IN ({','.join('?' * len(part))})"
                    " ORDER BY article_id", part):
                out += [Chain(**c) for c in json.loads(row[0])]
        return out

    def sentences_timexes(self, article_ids: list[int]) -> dict[int, tuple[list[Sentence], list[Timex]]]:
        """Each article's sentence spans and timexes (in text order), two queries per 500 articles.

        What showing a timeline entry's evidence needs, without the rest of the annotation.
        """
        out: dict[int, tuple[list[Sentence], list[Timex]]] = {a: ([], []) for a in article_ids}
        for i in range(0, len(article_ids), 500):
            part = article_ids[i : i + 500]
            marks = ",".join("?" * len(part))
            for aid, sents in self.db.execute(
                    f"SELECT article_id, sentences FROM annotations WHERE article_id IN ({marks})", part):
                out[aid][0].extend(Sentence(s, e) for s, e in json.loads(sents))
            for r in self.db.execute(
                    f"SELECT * FROM timexes WHERE article_id IN ({marks}) ORDER BY article_id, start", part):
                out[r["article_id"]][1].append(Timex(start=r["start"], end=r["end"], text=r["text"], type=r["type"],
                                                     value=r["value"], mod=r["mod"], anchored=bool(r["anchored"])))
        return out
