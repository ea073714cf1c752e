"""The wire credit in a dateline ("MEXICO CITY (Reuters) -") is the report's source, not its subject.

Two unrelated wire reports from one agency, through the real ingest, the
spaCy model and linking on a real SQLite file: the agency stays an entity
of the store (its mention is text), but linking does not count it, so it
neither titles the stories nor makes them alike.
"""

from __future__ import annotations

import storyline
from storyline.link.features import article_features, lead_keys

REPORTS = {
    "flu.txt": "Mexico shuts schools over flu\n\nMEXICO CITY (Reuters) - Mexico closed schools across the capital on "
               "Friday as health officials raced to contain a flu outbreak that has killed dozens of people.\n\n"
               "The health ministry said the schools would stay closed until further notice, and urged residents "
               "to avoid cinemas, churches and stadiums.\n",
    "rail.txt": "Strike halts trains in Lyon\n\nLYON, France (Reuters) - A strike by train drivers halted most "
                "regional services around Lyon on Tuesday, stranding thousands of commuters at Part-Dieu station.\n\n"
                "The drivers' union said the walkout over pay would last two days and that talks with the rail "
                "operator had broken down.\n",
}


def test_the_wire_credit_does_not_title_or_join_stories(tmp_path, nlp):
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with storyline.open(tmp_path / "store.db") as sl:
        sl.ingest([str(tmp_path / n) for n in REPORTS], published="2009-04-24")
        arts = sl.store.articles()
        assert all(a.dateline and "(Reuters)" in a.dateline for a in arts)
        reuters = {m.entity for a in arts for m in sl.store.annotations([a.id]).get(a.id).mentions
                   if m.text == "Reuters"}
        assert reuters and None not in reuters  # still an entity of the store
        for a in arts:
            ann = sl.store.annotations([a.id])[a.id]
            assert not reuters & set(article_features(a, ann).entities)
            assert not {f"e:{e}" for e in reuters} & set(lead_keys(a, ann)) and "p:reuters" not in lead_keys(a, ann)
        stories = sl.stories()
        assert len(stories) == 2
        assert not any("Reuters" in s.title for s in stories)
