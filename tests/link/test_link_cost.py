"""What keeps linking cheap on a large store, pinned on real newswire articles in a real SQLite store.

Two costs of ``benchmarks/link_scale.py`` at 7,500-10,000 stored articles: one
commit per linked article (each writes pages all over the feature counts and
indexes) and one story-index query per story consolidation looks at.  Articles
are now linked ``settings.link_articles_per_commit`` to a transaction, and the
neighbour lookups of a batch are counted from one read of the index, giving the
very stories the per-story query gives.  Consolidation counts the linked articles
once, not once per region, and its vectorised pairwise cosines are bit-for-bit
those of the entry-by-entry construction (the store's partitions must not move).
"""

from __future__ import annotations

import json
import math
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from scipy.spatial.distance import squareform

import storyline
from storyline.link.candidates import spans, story_neighbours
from storyline.link.consolidate import (
    _few_similarities,
    _sparse_similarities,
    _story_rows,
    _sums,
    _sums_loop,
    burst_similarities,
    linkage_labels,
    members,
    similarities,
    story_counts,
    story_distances,
    tree_labels,
    vectors,
)
from storyline.link.events import Cluster, day_number, shift
from storyline.link.features import idf, many_idfs, top, weigh, weigh_many
from storyline.link.regions import _all_within, _days, _within, mean_cosine, mean_cosines
from storyline.link.stories import bursty, headline_title, headline_words, story_vector
from storyline.link.sums import running_sums
from storyline.settings import Settings
from storyline.store.schema import MIGRATIONS
from tests.conftest import DATA, own_uses
from tests.store.old_schema import copy_as_of

NEWSWIRE = DATA / "newswire-1997-1998.jsonl"
pytestmark = pytest.mark.skipif(not NEWSWIRE.is_file(), reason="needs ../shared/data/newswire-1997-1998.jsonl")
N = 70  # real dated reports: more than one group of 50, several stories sharing features


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory, nlp) -> tuple[Path, list[int]]:
    """A store of the first N newswire articles, ingested unlinked, then linked once.

    Returns its path and, per "linked" progress event, how many commits the store had made by then."""
    folder = tmp_path_factory.mktemp("cost")
    feed = folder / "feed.jsonl"
    lines = NEWSWIRE.read_text(encoding="utf-8").splitlines()[:N]
    feed.write_text("".join(json.dumps({k: r[k] for k in ("id", "text", "published", "source")}) + "\n"
                            for r in map(json.loads, lines)), encoding="utf-8")
    db = folder / "store.db"
    commits: list[int] = []
    seen: list[int] = []
    with storyline.open(db) as sl:
        sl.ingest([str(feed)], link=False)
        STATEMENTS.clear()

        def trace(sql: str) -> None:
            STATEMENTS.append(sql)
            if sql.strip().upper() == "COMMIT":
                commits.append(1)

        sl.store.db.set_trace_callback(trace)
        sl.link(progress=lambda ev: seen.append(len(commits)) if ev.stage == "link" else None)
        sl.store.db.set_trace_callback(None)
    return db, seen


STATEMENTS: list[str] = []
"""Every SQL statement the store ran while the fixture linked its articles."""


def region_members(db: Path) -> tuple[list, dict[str, int], int]:
    """Every article of the linked store as one region's members, with the store's document frequencies and count."""
    with storyline.open(db) as sl:
        store = sl.store
        group = members(store, sl.settings, [s.id for s in sl.stories()])
        return group, store.document_frequencies(sorted({k for m in group for k in m.raw})), store.linked_originals()


def region_vectors(db: Path) -> tuple[list, dict, Settings]:
    """Every article of the linked store as one region, weighed as consolidation weighs a region."""
    with storyline.open(db) as sl:
        store, settings = sl.store, sl.settings
        group = members(store, settings, [s.id for s in sl.stories()])
        df = store.document_frequencies(sorted({k for m in group for k in m.raw}))
        return group, vectors(group, df, store.linked_originals(), settings), settings


def test_articles_are_linked_a_group_to_a_commit(linked):
    _, seen = linked
    assert len(seen) == N  # a progress event per article, as before
    # one commit per article made N by the last article; a group of 50 makes 2
    assert seen[-1] == math.ceil(N / 50)
    assert seen[0] == 1 and seen[49] == 1 and seen[50] == 2  # reported once its group is committed


def test_neighbours_of_many_stories_at_once_are_those_of_one_query_each(linked):
    db, _ = linked
    with storyline.open(db) as sl:
        store, window = sl.store, sl.settings.story_window_days
        states = [Cluster.from_state(*r) for r in store.story_states([s.id for s in sl.stories()])]
        assert len(states) >= 10
        lookups = [(sorted(st.centroid), shift(st.first, -window) if st.first else None,
                    shift(st.last, window) if st.last else None) for st in states]
        # a since at each story's own last date leaves older stories out: the date filter is exercised
        lookups += [(sorted(st.centroid), st.last, None) for st in states]
        lookups += [(sorted(st.centroid), None, None) for st in states[:5]]
        # an until at its own first day leaves later stories out, before the cut at the limit
        lookups += [(sorted(st.centroid), None, st.first[:10] if st.first else None) for st in states]
        for limit in (3, 31):
            one_each = [store.story_candidates(list(feats), since, limit, until) for feats, since, until in lookups]
            assert story_neighbours(store, lookups, limit) == one_each
        n = len(states)
        wide = [store.story_candidates(list(f), s, 31, u) for f, s, u in lookups[:n]]
        narrow = [store.story_candidates(list(f), s, 31, u) for f, s, u in lookups[n : 2 * n]]
        assert wide != narrow  # some lookups lost stories to the date filter
        assert any(len(c) > 3 for c in wide)  # and the small limit cut some
        firsts = {st.id: st.first for st in states}
        for (_, _, until), found in zip(lookups[2 * n + 5 :], [store.story_candidates(list(f), s, 31, u)
                                                                 for f, s, u in lookups[2 * n + 5 :]], strict=True):
            assert all(not firsts[c] or firsts[c][:10] <= until for c in found)  # type: ignore[operator]
        open_ended = [store.story_candidates(list(f), None, 31) for f, _, _ in lookups[2 * n + 5 :]]
        assert open_ended != [store.story_candidates(list(f), None, 31, u) for f, _, u in lookups[2 * n + 5 :]]


def test_lookups_of_far_apart_times_are_read_apart_and_find_what_one_query_each_finds(linked):
    """Windows that do not meet are read and counted apart (a stale story of years ago and this week's
    each read only their own span of the index), with the same answers as one query per lookup."""
    db, _ = linked
    with storyline.open(db) as sl:
        store, window = sl.store, sl.settings.story_window_days
        states = [Cluster.from_state(*r) for r in store.story_states([s.id for s in sl.stories()])]
        near = [(sorted(st.centroid), shift(st.first, -window) if st.first else None,
                 shift(st.last, window) if st.last else None) for st in states]
        later = [(feats, shift(since, 3 * window), shift(until, 3 * window)) for feats, since, until in near if since]
        earlier = [(feats, since, shift(since, 30)) for feats, since, _ in near if since]  # narrow, inside near's
        lookups = [*later, *near, *earlier]
        groups = spans(lookups)
        assert len(groups) == 2 and sorted(i for g in groups for i in g) == list(range(len(lookups)))
        assert {i for i in groups[1]} == set(range(len(later)))  # the later windows form the second span
        one_each = [store.story_candidates(list(f), since, 31, until) for f, since, until in lookups]
        assert story_neighbours(store, lookups, 31) == one_each
        assert any(one_each[len(later):]) and not any(one_each[: len(later)])  # nothing stored that late


def test_mean_cosines_of_many_pairs_are_the_floats_of_one_pair_at_a_time(linked):
    db, _ = linked
    with storyline.open(db) as sl:
        stories = {r[0]: (r[1].get("c", {}), int(r[1].get("n", 1)))
                   for r in sl.store.story_states([s.id for s in sl.stories()])}
    ids = sorted(stories)
    pairs = [(a, b) for a in ids for b in ids if a != b]
    assert len({len(stories[a][0]) for a in ids}) > 1  # centroids of unequal sizes: the order of products flips
    assert mean_cosines(stories, pairs) == [mean_cosine(stories[a], stories[b]) for a, b in pairs]
    assert mean_cosines(stories, []) == []


def test_few_reports_are_compared_in_python_with_the_floats_of_the_sparse_product(linked):
    """A story of a few reports has its events clustered from cosines taken pair by pair in Python (the
    sparse product's fixed cost was most of it); they are the sparse product's floats, and two reports
    are cut as scipy's tree cuts them."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    group, vecs, settings = region_vectors(linked[0])
    window = settings.event_window_days
    compared = 0
    for lo in range(0, len(group) - 8, 3):  # runs of 2-8 dated reports, discounted as in a story
        for n in range(2, 9):
            own = [vecs[m.aid] for m in group[lo : lo + n]]
            keep = story_counts(own).common(settings.event_story_discount)
            few = [{k: x * keep.get(k, 1.0) for k, x in v.items()} for v in own]
            days = [day_number(m.published) for m in group[lo : lo + n]]
            assert np.array_equal(_few_similarities(few, days, window), _sparse_similarities(few, days, window))
            compared += 1
            if n == 2:
                sims = similarities(few, days, window)
                cosine = float(sims[0, 1])
                for threshold in (0.1, cosine, float(np.nextafter(cosine, 1.0))):
                    tree = linkage(squareform(np.clip(1.0 - sims, 0.0, 1.0) * (1 - np.eye(2)), checks=False),
                                   method="average")
                    labels = fcluster(tree, t=1.0 - threshold, criterion="distance")
                    assert linkage_labels(sims, threshold) == ([0, 0] if labels[0] == labels[1] else [0, 1])
    assert compared > 100


def test_consolidation_counts_the_linked_articles_once_whatever_the_regions(linked):
    """The count of linked articles (the N of the idf) reads every linked article; it was read again
    for each region consolidated, so a batch's reads grew with regions times the store."""
    linked_count = [q for q in STATEMENTS if "FROM articles WHERE linked = 1 AND duplicate_of IS NULL" in q]
    regions = [q for q in STATEMENTS if "FROM events e JOIN event_articles ea" in q]  # story_members: one a region
    assert regions  # a region was consolidated (the old code counted N again inside each: 3 here)...
    assert len(linked_count) == 2  # ...and N was counted once for linking, once for consolidation


def test_similarities_are_exactly_those_of_the_plain_loop(linked):
    """The vectorised construction of the pairwise cosines gives the very same floats as building
    the matrix entry by entry (same columns, same order), so no cut or tie moves."""
    from scipy.sparse import csr_matrix

    vecs = list(region_vectors(linked[0])[1].values())
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for i, vec in enumerate(vecs):
        norm = math.sqrt(sum(x * x for x in vec.values())) or 1.0
        for k, x in vec.items():
            rows.append(i)
            cols.append(vocab.setdefault(k, len(vocab)))
            vals.append(x / norm)
    m = csr_matrix((vals, (rows, cols)), shape=(len(vecs), len(vocab)))
    assert len(vecs) == N
    assert np.array_equal(similarities(vecs), np.asarray((m @ m.T).todense(), dtype=np.float64))


def test_a_store_made_before_the_index_kept_first_days_gets_them_when_it_migrates(linked, tmp_path):
    db, _ = linked
    old = tmp_path / "old.db"
    copy_as_of(db, old, next(i for i, sql in enumerate(MIGRATIONS) if "event_postings ADD COLUMN first" in sql))
    with storyline.open(old) as sl:
        for kind, table in (("story", "stories"), ("event", "events")):
            rows = sl.store.db.execute(f"SELECT p.first, coalesce(substr(c.first, 1, 10), '') FROM {kind}_postings p"
                                       f" JOIN {table} c ON c.id = p.{kind}_id").fetchall()
            assert rows and all(r[0] == r[1] for r in rows)
            assert any(r[0] for r in rows)


def test_placing_reads_each_group_of_articles_at_once(linked):
    """Placing read each article's annotation, document frequencies and linked flag in queries of its own and
    wrote its counts one by one; a group of 50 is now read in one query per kind."""
    placing = STATEMENTS[: next(i for i, q in enumerate(STATEMENTS) if "FROM events e JOIN event_articles ea" in q)]
    per_article = [q for q in placing if "SELECT linked FROM articles WHERE id = ?" in q]
    annotations = [q for q in placing if q.startswith(("SELECT * FROM annotations WHERE", "SELECT annotations.*"))]
    assert not per_article
    assert len(annotations) == math.ceil(N / 50)  # was N


def test_placing_a_group_at_once_weighs_as_one_article_at_a_time(linked, tmp_path):
    """The frequencies of a group read once and counted as its articles are placed are what the store held at
    each article's turn: one article to a transaction (a group of one reads the store after every article)
    gives the same states, index, counts and cached features, byte for byte."""
    db, _ = linked
    copy = tmp_path / "one_by_one.db"
    shutil.copy(db, copy)
    with storyline.open(copy, Settings(link_articles_per_commit=1)) as sl:
        sl.link(rebuild=True)
    tables = {"link_df": "feature, df", "link_features": "article_id, data", "stories": "id, state, first, last",
              "events": "id, state, first, last, story_id", "event_articles": "event_id, article_id",
              "story_postings": "feature, story_id, last, first", "event_postings": "feature, event_id, last, first"}
    with sqlite3.connect(db) as a, sqlite3.connect(copy) as b:
        for table, cols in tables.items():
            rows = [c.execute(f"SELECT {cols} FROM {table} ORDER BY {cols}").fetchall() for c in (a, b)]
            assert rows[0] and rows[0] == rows[1], table


def test_a_stored_story_ends_at_most_the_longest_span_after_it_begins(linked):
    """The read of the story index stops at ``until`` + the store's longest story + 1 day: the same rows as
    the read bounded only below, and a tighter bound would lose some."""
    db, _ = linked
    with storyline.open(db) as sl:
        store = sl.store
        spans_ = [day_number(s.last) - day_number(s.first) for s in sl.stories() if s.first and s.last]  # type: ignore[operator]
        longest = store.longest_story_days()
        assert longest == max(spans_) and longest > 0
        feats = sorted({f for r in store.story_states([s.id for s in sl.stories()]) for f in r[1]["c"]})
        widest = max((s for s in sl.stories() if s.first and s.last),
                     key=lambda s: day_number(s.last) - day_number(s.first))  # type: ignore[operator]
        since, until = widest.first[:10], widest.first[:10]  # type: ignore[index]
        bounded = store.story_postings(feats, since, until, shift(until, longest + 1))
        assert sorted(bounded) == sorted(store.story_postings(feats, since, until)) and bounded
        tight = store.story_postings(feats, since, until, shift(until, 1))  # widest ends after it: it is lost
        assert widest.id in {r[1] for r in bounded} and widest.id not in {r[1] for r in tight}


def test_counts_and_flags_of_many_articles_at_once(linked, tmp_path):
    db, _ = linked
    copy = tmp_path / "counts.db"
    shutil.copy(db, copy)
    with storyline.open(copy) as sl:
        store = sl.store
        before = store.document_frequencies(["e:1", "t:zzz-new"])
        with store.transaction():
            store.count_features({"e:1": 3, "t:zzz-new": 2})
        after = store.document_frequencies(["e:1", "t:zzz-new"])
        assert after == {"e:1": before.get("e:1", 0) + 3, "t:zzz-new": 2}
        ids = [a.id for a in sl.articles()][:5]
        assert store.linked_among([*ids, 10**9]) == {*ids, 10**9}  # all linked; a missing id counts as taken
        with store.transaction():
            store.db.execute("UPDATE articles SET linked = 0 WHERE id = ?", (ids[0],))
        assert store.linked_among(ids) == set(ids[1:])


def test_burst_weights_of_a_region_are_the_floats_of_one_feature_at_a_time(linked):
    """A region's story cosines take the burst weights in C-level passes; they are the very floats of
    ``bursty`` taken article by article over the same uses (any burst power, undated articles among the
    dated ones), so no story cut moves."""
    group, vecs, settings = region_vectors(linked[0])
    plain = [story_vector(vecs[m.aid]) for m in group]
    dated = [day_number(m.published) for m in group]
    assert len(plain) == N and len(set(dated)) > 5
    for power in (1.0, 0.5, 2.0, 0.0):
        for days in (dated, [None if i % 4 == 0 else d for i, d in enumerate(dated)]):
            s = Settings(story_burst_power=power, story_name_spread=0.0)  # the burst weights alone
            seen = own_uses(plain, days)
            burst = [bursty(v, d, seen, s.story_burst_days, power, s.story_burst_reach)
                     for v, d in zip(plain, days, strict=True)]
            loop = _sparse_similarities(burst, days, s.story_window_days)
            if power and None in days:
                mixed = np.array([d is None for d in days])
                mixed = mixed[:, None] != mixed[None, :]
                loop[mixed] = _sparse_similarities(plain, (), None)[mixed]
            assert np.array_equal(_story_rows(plain, days, s, seen).cosines(0, len(plain), 0), loop)
            assert np.array_equal(burst_similarities(plain, days, s, seen), loop)


def test_time_windows_of_many_story_pairs_are_those_of_one_pair_at_a_time(linked):
    db, _ = linked
    with storyline.open(db) as sl:
        info = {r[0]: (r[1].get("c", {}), 1, *_days(r[2], r[3], 0)) for r in sl.store.story_states(
            [s.id for s in sl.stories()], counts=False)}
    info[-1] = ({}, 1, None, None)  # a story holding an undated article: no bound
    pairs = [(a, b) for a in info for b in info if a != b]
    for window in (0, 3, 400):
        assert _all_within(pairs, info, window) == [_within(info[a][2:], info[b][2:], window) for a, b in pairs]
    assert not all(_all_within(pairs, info, 0)) and _all_within([], info, 0) == []


def test_a_region_is_read_from_its_stories_events_not_from_every_article(linked):
    """story_members walked the index of ``duplicate_of`` (every original article of the store) for each
    500 stories, and filtered them by story: a cost that grew with the store.  It now starts from the
    stories' events."""
    db, _ = linked
    with storyline.open(db) as sl:
        statements: list[str] = []
        sl.store.db.set_trace_callback(statements.append)
        assert sl.store.story_members([s.id for s in sl.stories()])
        sl.store.db.set_trace_callback(None)
        query = next(q for q in statements if "FROM events e JOIN event_articles ea" in q)
        plan = [r[3] for r in sl.store.db.execute(f"EXPLAIN QUERY PLAN {query}")]
    assert "events_story" in plan[0] and not any("articles_duplicate_of" in step for step in plan)


def test_placing_reads_the_counts_of_the_story_that_takes_the_article_only(linked, tmp_path):
    """An article is compared with up to ``link_story_candidates`` stories by centroid; their feature counts
    (more keys than the centroid) are read only for the story it joins, and the stories are as before."""
    db, _ = linked
    with storyline.open(db) as sl:
        full = {r[0]: r[1] for r in sl.store.story_states([s.id for s in sl.stories()])}
        bare = {r[0]: r[1] for r in sl.store.story_states(list(full), counts=False)}
    assert any("k" in state for state in full.values())
    assert bare == {sid: {k: v for k, v in state.items() if k != "k"} for sid, state in full.items()}


def _weigh_as_written(raw, df, n_docs, settings, lead):
    """``features.weigh`` as it read before its fast paths: every factor multiplied in, one idf call a feature."""
    weights = {"e": settings.event_entity_weight, "t": settings.event_term_weight, "d": settings.event_date_weight,
               "k": settings.event_key_weight}
    blocks: dict[str, dict[str, float]] = {"e": {}, "t": {}, "d": {}, "k": {}}
    for feat, count in raw.items():
        boost = settings.event_lead_weight if feat in set(lead) else 1.0
        block = {"e": "e", "t": "t", "p": "k", "n": "k", "q": "k"}.get(feat[0], "d")
        blocks[block][feat] = (1.0 + math.log(count)) * idf(feat, df, n_docs) * boost
    out: dict[str, float] = {}
    for name, vec in blocks.items():
        norm = math.sqrt(sum(x * x for x in vec.values()))
        if norm and weights[name]:
            out.update({k: weights[name] * x / norm for k, x in vec.items()})
    total = math.sqrt(sum(x * x for x in out.values()))
    return {k: x / total for k, x in out.items()} if total else {}


def test_a_region_is_weighed_with_the_floats_of_the_formula_as_written(linked):
    """Consolidation weighs a region with its idfs taken at once (``many_idfs``) and a factor of 1.0 left out
    of the products; every weight, and the order of every vector's keys, is that of the formula multiplied
    out feature by feature, with the default weights and with others."""
    group, df, n_docs = region_members(linked[0])
    assert len(group) == N and any(m.lead for m in group)
    for s in (Settings(), Settings(event_lead_weight=2.0, event_term_weight=0.5, event_date_weight=0.0)):
        want = {m.aid: _weigh_as_written(m.raw, df, n_docs, s, m.lead) for m in group}
        got = vectors(group, df, n_docs, s)
        assert [list(v.items()) for v in got.values()] == [list(want[aid].items()) for aid in got]
        assert [list(weigh(m.raw, df, n_docs, s, m.lead).items()) for m in group] == [
            list(want[m.aid].items()) for m in group]
    feats = sorted({k for m in group for k in m.raw})
    assert many_idfs(feats, df, n_docs) == {f: idf(f, df, n_docs) for f in feats}


def test_running_sums_of_real_vectors_are_pythons_left_to_right_sums(linked):
    """One helper sums the runs of the norms (``row_norms``) and of the mean cosines (``mean_cosines``): each
    run's sum is Python's ``sum`` of it, to the bit, whatever the block the runs are cut into."""
    _, vecs, _ = region_vectors(linked[0])
    runs = [[x * x for x in v.values()] for v in vecs.values()] + [[]]
    vals = np.array([x for r in runs for x in r])
    sizes = np.array([len(r) for r in runs])
    assert running_sums(vals, sizes).tolist() == [sum(r) for r in runs]
    for cells in (1, 150, 10_000):  # blocks of one run, of a few, of all
        assert running_sums(vals, sizes, cells).tolist() == [sum(r) for r in runs]


def test_story_linkage_reads_the_triangle_of_the_whole_matrix_to_the_bit(linked):
    """A region's story linkage is fed condensed distances made a block of rows at a time, only the pairs i < j;
    they are those of the whole matrix of cosines (masked for the window, clipped), and so are the stories,
    dated, mixed with undated articles, at any burst power and any block size."""
    group, vecs, _ = region_vectors(linked[0])
    plain = [story_vector(vecs[m.aid]) for m in group]
    dated = [day_number(m.published) for m in group]
    for power in (1.0, 0.5, 0.0):
        s = Settings(story_burst_power=power)
        for days in (dated, [None if i % 3 == 0 else d for i, d in enumerate(dated)]):
            seen = own_uses(plain, days)
            sims = burst_similarities(plain, days, s, seen)
            whole = np.clip(1.0 - sims, 0.0, 1.0)
            np.fill_diagonal(whole, 0.0)
            dist = story_distances(plain, days, s, seen)
            assert np.array_equal(dist, squareform(whole, checks=False))
            labels = tree_labels(dist, s.consolidate_story_threshold, s.consolidate_story_evidence)
            assert labels == linkage_labels(sims, s.consolidate_story_threshold, s.consolidate_story_evidence)
            rows = _story_rows(plain, days, s, seen)  # blocks of one row, of a few, of all: the same cosines
            for step in (1, 7, len(plain)):
                parts = [rows.cosines(lo, min(len(plain), lo + step), 0) for lo in range(0, len(plain), step)]
                assert np.array_equal(np.vstack(parts), sims)


def test_a_region_weighed_at_once_gives_each_articles_vector_to_the_bit(linked):
    """``weigh_many`` (a region's articles in C-level passes) gives, for every article, the vector ``weigh`` gives
    it alone: the same floats, the same key order, an article without features or whose every block weighs 0
    an empty vector, with the default weights and with others (a lead boost, a block weighed 0 or 3)."""
    group, df, n_docs = region_members(linked[0])
    raws = [m.raw for m in group] + [Counter(), Counter({k: c for k, c in group[0].raw.items() if k[0] == "e"})]
    leads = [m.lead for m in group] + [[], group[0].lead]
    for s in (Settings(), Settings(event_lead_weight=2.0, event_term_weight=0.5, event_date_weight=0.0),
              Settings(event_entity_weight=0.0, event_key_weight=3.0)):
        want = [list(weigh(r, df, n_docs, s, lead).items()) for r, lead in zip(raws, leads, strict=True)]
        assert [list(v.items()) for v in weigh_many(raws, leads, df, n_docs, s)] == want
    assert weigh_many([], [], df, n_docs, Settings()) == []
    assert weigh_many([Counter()], [[]], df, n_docs, Settings()) == [{}]


def test_centroids_summed_at_once_are_the_running_sums_of_the_loop(linked):
    """A rewritten story's centroid sums its members' vectors in numpy (``_sums``) from 2,000 entries on: every
    sum is the loop's running sum from 0.0, to the bit, in the loop's key order, for groups of any size."""
    _, vecs, _ = region_vectors(linked[0])
    rows = list(vecs.values())
    for group in (rows[:1], rows[:5], rows, rows * 3, [story_vector(v) for v in rows] * 2):
        want = {}
        for v in group:
            for k, x in v.items():
                want[k] = want.get(k, 0.0) + x
        assert list(_sums(group).items()) == list(want.items()) == list(_sums_loop(group).items())
    assert sum(map(len, rows * 3)) >= 2000  # the numpy path was taken


def test_heaviest_features_and_counts_are_cut_as_the_key_of_weight_and_name_cuts_them(linked):
    """``top`` and ``Cluster.count`` sort by name and then, stably, by weight: the very order a key of (-weight,
    name) gives, ties included, for real vectors and for counts with many ties."""
    _, vecs, _ = region_vectors(linked[0])
    story = Cluster(0)
    want: dict[str, int] = {}
    for v in vecs.values():
        for k in (3, 10, 50, 1000):
            assert top(v, k) == [f for f, _ in sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]
        rounded = {f: round(x, 1) for f, x in v.items()}  # ties by the dozen
        assert top(rounded, 7) == [f for f, _ in sorted(rounded.items(), key=lambda kv: (-kv[1], kv[0]))[:7]]
        story.count(sorted(v), 40)
        for f in sorted(v):
            want[f] = want.get(f, 0) + 1
        if len(want) > 40:
            want = dict(sorted(want.items(), key=lambda kv: (-kv[1], kv[0]))[:40])
        assert list(story.counts.items()) == list(want.items())


def test_a_title_counts_the_words_other_headlines_share_as_the_pairwise_count_does(linked):
    """``headline_title`` counts, per headline, how many other headlines hold each of its words from one count
    per word: the title it picks is the one the pass over every pair of headlines picks, for the real headlines
    of the store and for any subset of them."""
    with storyline.open(linked[0]) as sl:
        heads = [(a.title, a.published) for a in sl.store.articles() if a.title]

    def pairwise(headlines: list[tuple[str, str | None]]) -> str | None:
        words = [headline_words(t) for t, _ in headlines]
        keys = [(-sum(1 for j, other in enumerate(words) if j != i for w in words[i] if w in other)
                 / math.sqrt(len(words[i]) or 1), published or "", title)
                for i, (title, published) in enumerate(headlines)]
        return min(keys)[2] if keys else None

    assert len(heads) == N
    for lo, n in ((0, N), (0, 2), (5, 9), (20, 30), (60, 10), (0, 0)):
        assert headline_title(heads[lo : lo + n]) == pairwise(heads[lo : lo + n])
