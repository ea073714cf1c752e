"""No test, source comment or benchmark script cites a held-out case (benchmarks/heldout_audit.py).

Each benchmark's held-out half is the benchmark's own (its split function, over the real data); a test that
needs a real case takes it from the dev half.  The second test plants one case of every held-out set, and one dev
case beside each, in a folder laid out like the repository, so the audit is seen to find what it must.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT, needs_shared

pytestmark = needs_shared


@pytest.fixture(scope="module")
def audit():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        return importlib.import_module("heldout_audit")
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


def test_no_test_source_or_benchmark_cites_a_held_out_case(audit):
    found, _ = audit.audit(ROOT, DATA)
    assert found == [], "\n".join(f"{c.path}:{c.line}: {c.held_out}: {c.case}" for c in found)


def test_the_audit_finds_one_case_of_every_held_out_set_and_no_dev_case(audit, tmp_path):
    cases = audit.held_out(DATA)
    ecb_text = sys.modules["ecb_text"]
    topics = {ecb_text.half_of(Path(f"{t}/{t}_1ecb.xml")): t for t in range(2, 0, -1)}  # 1 dev, 2 held out
    quote_id, timeline_id, tb_name, page = (min(s) for s in (cases.quotes, cases.timelines, cases.timebank,
                                                           cases.pages))
    corpus = min(p for p in (DATA / "wikinews-timeline" / "SemEval_Task4_data").iterdir() if p.is_dir())
    lines = [f'"{tb_name}.tml"', f'"{topics["held-out"]}_3ecbplus.xml"', f"wikinews-{quote_id}",
             f'"{timeline_id}_*.tml"', f'"{page}"', f'"{corpus.relative_to(DATA / "wikinews-timeline")}"',
             f'"{topics["dev"]}_3ecbplus.xml"']  # the last is a dev case
    (tmp_path / "tests" / "nlp").mkdir(parents=True)
    (tmp_path / "tests" / "test_x.py").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # in a timex test the ECB+ halves swap (timex_ecbplus holds out the odd topics)
    (tmp_path / "tests" / "nlp" / "test_timex_x.py").write_text(
        f'"{topics["dev"]}_3ecbplus.xml"\n"{topics["held-out"]}_3ecbplus.xml"\n', encoding="utf-8")
    found, _ = audit.audit(tmp_path, DATA)
    by_line = {(c.path, c.line) for c in found}
    assert {("tests/test_x.py", n) for n in range(1, 7)} <= by_line
    assert ("tests/test_x.py", 7) not in by_line
    assert ("tests/nlp/test_timex_x.py", 1) in by_line and ("tests/nlp/test_timex_x.py", 2) not in by_line
    assert {c.held_out for c in found} >= {"TimeBank (odd index)", "ECB+ events/quotes (even topics)",
                                           "ECB+ timex (timex_ecbplus: odd topics)", "extraction pages (split_of)",
                                           "Wikinews attributions (heldout)", "Wikinews timelines (corpus_1-3)"}


def test_a_test_that_reads_a_bundled_data_file_of_held_out_articles_is_a_citation(audit, tmp_path):
    """The demo corpus was corpus_1's text and seven tests read it while the audit only listed them: a bundled
    data file whose records are held-out articles now makes every line that names it a citation; a file of dev
    articles (the trial corpus) does not."""
    cases = audit.held_out(DATA)
    (tmp_path / "data" / "demo").mkdir(parents=True)
    (tmp_path / "tests").mkdir()
    planted = (("held.jsonl", min(cases.timelines)), ("quoted.jsonl", min(cases.quotes)), ("dev.jsonl", "1664"))
    for name, case in planted:
        (tmp_path / "data" / "demo" / name).write_text(f'{{"id": "wikinews-{case}", "text": "x"}}\n', encoding="utf-8")
    assert "1664" not in cases.timelines | cases.quotes  # a trial-corpus article of the dev half
    (tmp_path / "tests" / "test_y.py").write_text('DEMO = "data/demo/held.jsonl"\nQ = "quoted.jsonl"\n'
                                                  'DEV = "data/demo/dev.jsonl"\n', encoding="utf-8")
    found, readers = audit.audit(tmp_path, DATA)
    assert [(c.line, c.case) for c in found] == [(1, "held.jsonl"), (2, "quoted.jsonl")]
    assert "Wikinews timelines (corpus_1-3) through data/demo/held.jsonl" in found[0].held_out
    assert found[1].held_out.startswith("Wikinews attributions (heldout)")
    assert readers == ["tests/test_y.py"]
