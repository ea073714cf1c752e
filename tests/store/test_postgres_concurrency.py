"""Two ingests into one PostgreSQL store at the same time: every article stored once, none lost or half-written."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from storyline.records import Annotation, Chain, Mention
from storyline.store import open_store

DEMO = Path(__file__).resolve().parents[2] / "data" / "demo" / "wikinews-apple.jsonl"


def _variants(path: Path, copies: int) -> list[str]:
    """The demo articles, each also with a distinct closing line: many distinct texts, each written twice below."""
    rows = [json.loads(line) for line in DEMO.read_text(encoding="utf-8").splitlines()]
    out = []
    for k in range(copies):
        for r in rows:
            out.append(json.dumps({**r, "id": f"{r['id']}-{k}", "text": f"{r['text']}\n\nUpdate {k} for {r['id']}."}))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return out


@pytest.mark.slow
def test_two_concurrent_ingests_of_the_same_file_store_each_article_exactly_once(tmp_path, pg_url):
    lines = _variants(tmp_path / "in.jsonl", 4)
    cmd = [sys.executable, "-c", "from storyline.cli import main; main()", "--db", pg_url, "ingest",
           str(tmp_path / "in.jsonl"), "--no-annotate", "--no-link", "--json"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    reports = []
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
        reports.append(json.loads(out))
    store = open_store(pg_url)
    stored = store.articles()
    store.close()
    hashes = [a.content_hash for a in stored]
    assert len(hashes) == len(set(hashes))  # the database kept every text once
    # every input is in the store once: as an original or as a copy marked duplicate_of
    assert sorted(a.external_id for a in stored) == sorted(json.loads(x)["id"] for x in lines)
    assert sum(r["stored"] for r in reports) == len(lines)
    assert sum(r["stored"] + r["duplicates"] for r in reports) == 2 * len(lines)
    assert all(r["failed"] == 0 for r in reports)
    assert all(a.text and a.title for a in stored)


def test_a_merge_and_a_writer_placing_a_chain_on_the_merged_entity_both_commit(pg_url):
    """Writer 2 places an "IR" chain on the IR entity and holds its transaction open; writer 1's chain
    "Injured Reserve (IR)" then merges that entity away.  Resolution is one writer at a time, so the merge
    waits, then moves writer 2's mentions too; before, one article failed its foreign key and was lost."""
    first, second = open_store(pg_url), open_store(pg_url)
    texts = ", ".join(f"('{k}', 't', 'IR', 'text', 'h{k}')" for k in "abcd")
    first.db.execute(f"INSERT INTO articles (external_id, title, text, format, content_hash) VALUES {texts}")

    def note(article: int, chain: Chain) -> Annotation:
        return Annotation(article_id=article, mentions=[Mention(0, 2, "IR", "ORG", chain=0)], chains=[chain])

    first.save_annotation(note(1, Chain("Injured Reserve", "ORG", keys=["name:injured reserve"], mentions=[0])), 1)
    first.save_annotation(note(2, Chain("IR", "ORG", keys=["acr:ir"], mentions=[0])), 1)
    placed, failed = threading.Event(), []

    def place() -> None:
        try:
            with second.transaction():
                second.save_annotation(note(3, Chain("IR", "ORG", keys=["acr:ir"], mentions=[0])), 1)
                placed.set()
                time.sleep(1.0)  # still open while writer 1 merges
        except Exception as exc:  # noqa: BLE001 - the failure is what the test reports
            failed.append(exc)
            placed.set()

    writer = threading.Thread(target=place)
    writer.start()
    placed.wait(30)
    bridge = Chain("Injured Reserve (IR)", "ORG", keys=["name:injured reserve", "acr:ir"], mentions=[0])
    first.save_annotation(note(4, bridge), 1)
    writer.join(30)
    assert failed == []
    (kept,) = [r[0] for r in first.db.execute("SELECT id FROM entities")]
    assert [r[0] for r in first.db.execute("SELECT entity_id FROM mentions ORDER BY article_id")] == [kept] * 4
    first.close()
    second.close()


def _partition(url: str) -> list[list[list[str]]]:
    """Each story as the sorted input ids of each of its events: what linking decided, whatever ids it gave."""
    store = open_store(url)
    try:
        ext = {a.id: a.external_id for a in store.articles()}
        by_story: dict[int, list[list[str]]] = {}
        for e in store.events():
            by_story.setdefault(e.story or 0, []).append(sorted(ext[a] for a in e.articles))
        return sorted(sorted(events) for events in by_story.values())
    finally:
        store.close()


@pytest.mark.slow
def test_two_links_at_once_on_postgres_both_succeed_and_partition_as_one_linker(pg_url, pg_url_2):
    """Two ``storyline link`` processes on one annotated store: on PostgreSQL both read the same unlinked
    articles and the same top story id, and the second died on ``stories_pkey`` (exit 4).  Linking is one
    run at a time now; the second finds nothing left, and the stories are those of one linker."""
    from typer.testing import CliRunner

    from storyline.cli import app

    for url in (pg_url, pg_url_2):
        res = CliRunner().invoke(app, ["--db", url, "ingest", str(DEMO), "--no-link", "--json"])
        assert res.exit_code == 0, res.output
    res = CliRunner().invoke(app, ["--db", pg_url_2, "link"])
    assert res.exit_code == 0, res.output
    cmd = [sys.executable, "-c", "from storyline.cli import main; main()", "--db", pg_url, "link"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
    assert _partition(pg_url) == _partition(pg_url_2)
    assert len(_partition(pg_url)) > 1
