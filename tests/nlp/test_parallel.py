"""Annotation on a real Dask LocalCluster stores exactly what a one-process run stores."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import storyline
from storyline.cli import app
from storyline.nlp.parallel import dask_available
from storyline.settings import Settings

DEMO = Path(__file__).resolve().parents[2] / "data" / "demo" / "wikinews-airlines.jsonl"

pytestmark = pytest.mark.skipif(not dask_available(), reason="Dask is not installed (pip install -e '.[dev]')")


def _contents(db: Path) -> dict[str, Any]:
    """Everything annotation and linking wrote: per-article annotations, entities, events, stories with timelines."""
    with storyline.open(db) as sl:
        store = sl.store
        return {
            "annotations": {aid: asdict(store.annotation(aid)) for aid in store.article_ids()},
            "entities": [asdict(e) for e in store.entities()],
            "events": [asdict(e) for e in store.events()],
            "stories": [asdict(s) for s in store.stories()],
        }


def _cli(db: Path, *args: str) -> None:
    result = CliRunner().invoke(app, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output


@pytest.mark.slow
def test_two_dask_workers_store_the_same_entities_timexes_quotes_and_stories_as_one_process(tmp_path):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    with storyline.open(one, Settings(n_process=1)) as sl:
        sl.ingest([str(DEMO)])
    _cli(two, "ingest", str(DEMO), "--no-annotate", "--no-link", "-q")
    _cli(two, "annotate", "--workers", "2", "-q")
    _cli(two, "link", "-q")
    a, b = _contents(one), _contents(two)
    assert len(a["annotations"]) == 30 and sum(len(x["timexes"]) for x in a["annotations"].values()) > 30
    assert a["entities"] and a["stories"] and any(x["quotes"] for x in a["annotations"].values())
    for key in ("annotations", "entities", "events", "stories"):
        assert a[key] == b[key], key


def test_a_scheduler_that_does_not_answer_is_one_clear_error(tmp_path):
    from storyline.errors import WorkersError
    from storyline.nlp.parallel import annotate_stream
    from storyline.records import Article

    arts = [Article(external_id="x", title="t", text="Kim met Trump on Tuesday.", id=1)]
    with pytest.raises(WorkersError, match="cannot reach the Dask scheduler tcp://127.0.0.1:9"):
        list(annotate_stream(arts, Settings(scheduler="tcp://127.0.0.1:9")))
