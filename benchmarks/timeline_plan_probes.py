"""Review r50c's plan/next-day probes through ``build_timeline`` with the real model (issue 10, amend50c).

Each probe is a few short articles (publication day, text) written to test one shape of a plan and the reports
around it: a plan for Monday and Tuesday's undated lead that says it was done (P1), a postponement (P2), a
forecast and the next day's close (P5), a recalled day beside a next-day report (P3) ...  Run it under two
``PYTHONPATH`` trees and ``diff`` the outputs: every changed probe must be read as right, same or wrong.

    PYTHONPATH=src python benchmarks/timeline_plan_probes.py benchmarks/data/timeline_plan_probes_r50c.json
"""

from __future__ import annotations

import json
import sys

from storyline.nlp import annotate_doc, load_model
from storyline.records import Article
from storyline.settings import Settings
from storyline.timeline import build_timeline


def main(path: str) -> None:
    nlp = load_model(Settings().model)
    with open(path, encoding="utf-8") as f:
        probes = json.load(f)
    for name, arts in probes:
        items = []
        for i, (published, text) in enumerate(arts, 1):
            art = Article(external_id=f"{name}-{i}", title=text.split(". ")[0], text=text, id=i, published=published)
            items.append((art, annotate_doc(nlp(text), art)))
        print("##", name)
        for e in build_timeline(items):
            print(f"  {e.date} {e.status:9} arts={e.articles} ev={len(e.evidence)} | {e.text[:110]}")


if __name__ == "__main__":
    main(sys.argv[1])
