"""A text stored without a publication date, ingested again with one: the stored article takes the date.

The empty-timeline note tells the user to re-ingest with ``--published``; the text's content hash makes that a
duplicate, so without this the advice did nothing.  Runs the real `storyline` entry point and the real model.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import SEED_A, needs_shared

BIN = Path(sys.executable).with_name("storyline")

TEXT = ("Council votes to close the old bridge\n\n"
        "The city council voted on Tuesday to close the old river bridge to traffic, the mayor said. "
        "Engineers found cracks in two of its piers last week. Repairs will begin next month.\n")


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN), "--db", str(db), *args], capture_output=True, text=True, timeout=300)


def test_reingest_with_published_dates_the_stored_article_and_its_timeline(tmp_path):
    page, db = tmp_path / "bridge.txt", tmp_path / "store.db"
    page.write_text(TEXT, encoding="utf-8")
    assert run(db, "ingest", str(page), "-q").returncode == 0
    assert json.loads(run(db, "timeline", "1", "--json").stdout)["entries"] == []
    assert "re-ingest with --published" in " ".join(run(db, "timeline", "1").stdout.split())

    again = run(db, "ingest", str(page), "--published", "2024-03-14", "--json")
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert (report["stored"], report["duplicates"], report["dated"], report["annotated"]) == (0, 0, 1, 1)
    shown = json.loads(run(db, "show", "1", "--json").stdout)
    assert (shown["published"], shown["published_from"]) == ("2024-03-14", "option")
    # the relative dates are read against the new date: Tuesday of that week, the month after
    values = {t["text"]: t["value"] for t in shown["annotation"]["timexes"]}
    assert values["Tuesday"] == "2024-03-12" and values["next month"] == "2024-04"
    entries = json.loads(run(db, "timeline", "1", "--json").stdout)["entries"]
    assert "2024-03-12" in {e["date"] for e in entries}

    # a stored date is never overwritten by a later ingest of the same text
    third = json.loads(run(db, "ingest", str(page), "--published", "2025-01-01", "--json").stdout)
    assert (third["dated"], third["duplicates"]) == (0, 1)
    assert json.loads(run(db, "show", "1", "--json").stdout)["published"] == "2024-03-14"


@needs_shared
def test_reingest_with_published_and_source_gives_an_undated_seed_both(tmp_path):
    """README's ``ingest page.txt --published DATE --source OUTLET`` on a seed stored undated took the date and
    dropped the outlet without a word (the article and its timeline's evidence said "unknown outlet")."""
    db = tmp_path / "store.db"
    assert run(db, "ingest", str(SEED_A), "--no-annotate", "-q").returncode == 0
    again = run(db, "ingest", str(SEED_A), "--published", "2018-07-12", "--source", "Korea Herald", "--no-annotate",
                "--json")
    assert again.returncode == 0 and json.loads(again.stdout)["dated"] == 1, again.stderr
    shown = json.loads(run(db, "show", "1", "--json").stdout)
    assert (shown["published"], shown["source"]) == ("2018-07-12", "Korea Herald")
    listed = json.loads(run(db, "articles", "--source", "Korea Herald", "--json").stdout)["articles"]
    assert [a["id"] for a in listed] == [1]


def test_ingest_json_names_the_stored_article_a_run_gave_its_date(tmp_path):
    """`ingest --json` counted `"dated": 1` but listed only new articles in `ids`: a script could not tell which
    stored article took the date.  `dated_ids` names it; the new article of the same run stays in `ids`."""
    first, second, db = tmp_path / "bridge.txt", tmp_path / "ferry.txt", tmp_path / "store.db"
    first.write_text(TEXT, encoding="utf-8")
    second.write_text(TEXT.replace("bridge", "ferry pier"), encoding="utf-8")
    assert run(db, "ingest", str(first), "-q", "--no-annotate", "--no-link").returncode == 0  # article 1, undated
    again = run(db, "ingest", str(second), str(first), "--published", "2024-03-14", "--json", "--no-annotate",
                "--no-link")
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert (report["stored"], report["dated"]) == (1, 1)
    assert report["ids"] == [2] and report["dated_ids"] == [1]
    assert "dated_ids" in " ".join(run(db, "ingest", "--help").stdout.split())


def test_a_typed_published_date_after_today_is_a_usage_error_before_anything_is_read(tmp_path):
    """An input's own date after the moment of reading is refused with a note; the typed `--published 2099-01-01`
    was stored silently (and no later ingest overwrites a stored date).  It is now refused as the input's would
    be, exit 2 and nothing stored; tomorrow, within a time zone's day of slack, is still taken."""
    page, db = tmp_path / "bridge.txt", tmp_path / "store.db"
    page.write_text(TEXT, encoding="utf-8")
    late = run(db, "ingest", str(page), "--published", "2099-01-01", "--no-annotate", "--no-link")
    assert late.returncode == 2, late.stderr
    assert "2099-01-01 lies after today" in " ".join(late.stderr.split())
    assert not db.exists()
    tomorrow = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).date().isoformat()
    taken = run(db, "ingest", str(page), "--published", tomorrow, "--json", "--no-annotate", "--no-link")
    assert taken.returncode == 0, taken.stderr
    assert json.loads(taken.stdout)["stored"] == 1
    assert json.loads(run(db, "show", "1", "--json").stdout)["published"] == tomorrow


def test_an_article_stored_undated_and_dated_in_one_run_is_in_ids_only(tmp_path):
    """(review r40d) The same text twice in one run, the second with a date: stored undated, then dated; it was in
    both ``ids`` and ``dated_ids``, so a script adding them counted it twice."""
    db, dump = tmp_path / "store.db", tmp_path / "wire.jsonl"
    dump.write_text("\n".join(json.dumps({"id": f"r{i}", "title": "Bridge opens", "text": TEXT, **extra})
                              for i, extra in enumerate(({}, {"published": "2019-06-04"}))) + "\n", encoding="utf-8")
    report = json.loads(run(db, "ingest", str(dump), "--json", "--no-annotate", "--no-link").stdout)
    assert (report["stored"], report["dated"], report["ids"], report["dated_ids"]) == (1, 1, [1], [])


def test_a_published_date_is_stored_in_its_extended_form(tmp_path):
    """(review r40d) "20180712" and "2018-W28-4" parse as ISO dates and were stored as typed, which code reading
    dates as text does not read."""
    page = tmp_path / "bridge.txt"
    page.write_text(TEXT, encoding="utf-8")
    for n, typed in enumerate(("20180712", "2018-W28-4")):
        db = tmp_path / f"s{n}.db"
        assert run(db, "ingest", str(page), "--published", typed, "--no-annotate", "--no-link").returncode == 0
        assert json.loads(run(db, "show", "1", "--json").stdout)["published"] == "2018-07-12", typed


def test_the_python_api_holds_a_typed_date_to_the_moment_of_reading(tmp_path):
    """(review r40d) Only the CLI refused a future --published; ``Storyline.ingest(published=...)`` stored it."""
    import storyline

    page = tmp_path / "bridge.txt"
    page.write_text(TEXT, encoding="utf-8")
    with storyline.open(tmp_path / "store.db") as sl:
        report = sl.ingest([str(page)], published="2099-01-01", annotate=False, link=False)
        assert report.stored == 1 and "lies after the moment it was read" in report.notes[0].reason
        assert sl.article(report.ids[0]).published is None
