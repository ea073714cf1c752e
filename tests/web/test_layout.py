"""The pure parts of the web UI: text cut for marking, the time axis, quote grouping, safe links."""

from __future__ import annotations

from storyline.web.axis import GAP_DAYS, layout
from storyline.web.marks import pieces
from storyline.web.render import safe_url
from storyline.web.views.entity import month_series
from storyline.web.views.quotes import group, quote_key


def test_pieces_keep_every_character_and_nest_names_inside_quotes():
    text = 'Trump said "Kim wrote on Monday" and left.'
    inline = [(0, 5, "mention", 0), (12, 15, "mention", 1), (22, 31, "timex", 0), (13, 20, "mention", 2)]
    out = pieces(text, inline, [(11, 32)])
    assert "".join(p.text for p in out) == text
    assert [(p.text, p.kind) for p in out if p.kind] == [("Trump", "mention"), ("Kim", "mention"),
                                                          ("on Monday", "timex")]  # the overlapping span is dropped
    inside = [p for p in out if p.quote == 0]
    assert "".join(p.text for p in inside) == '"Kim wrote on Monday"'
    assert [p.quote_end for p in inside] == [False] * (len(inside) - 1) + [True]


def test_a_month_is_drawn_as_wide_as_its_days_and_a_day_narrow():
    lay = layout(["2019-05", "2019-05-02", "2019-06-30"])
    month, day, later = lay["marks"]
    assert month["granularity"] == "month" and day["granularity"] == "day"
    assert month["first"] == "2019-05-01" and month["last"] == "2019-05-31"
    assert month["w"] > 5 * day["w"]
    assert month["y"] != day["y"]  # the day inside the month goes on another lane
    assert later["x"] > day["x"] > month["x"] - 0.01


def test_a_long_empty_stretch_is_cut_out_of_the_axis():
    far = layout(["1950", "2019-06-10", "2019-06-11"])
    assert len(far["breaks"]) == 1
    near = layout(["2019-01-01", f"2019-{1 + (GAP_DAYS - 30) // 30:02d}-01"])
    assert near["breaks"] == []
    assert far["marks"][2]["x"] - far["marks"][1]["x"] > 0


def test_months_without_mentions_are_zero_not_missing():
    series = month_series([("1997-11", 3), ("1998-02", 1)])
    assert [(m["month"], m["mentions"]) for m in series] == [("1997-11", 3), ("1997-12", 0), ("1998-01", 0),
                                                              ("1998-02", 1)]


def _row(article, text, source, published, speaker=None):
    return {"article": article, "text": text, "speaker": speaker, "speaker_id": None, "start": 10 * article,
            "source": {"id": article, "title": "", "source": source, "published": published, "url": None}}


def test_one_quote_in_several_outlets_is_one_row_first_run_first():
    rows = [_row(2, "\u201cWe will meet again,\u201d", "APW", "1998-03-02"),
            _row(1, '"we will meet  again"', "AFP", "1998-03-01", speaker="Kim"),
            _row(3, "Something else entirely", "AFP", "1998-03-01")]
    grouped = group(rows)
    assert len(grouped) == 2
    meet = next(g for g in grouped if quote_key(g["text"]) == "we will meet again")
    assert meet["first"]["source"] == "AFP" and [o["source"] for o in meet["outlets"]] == ["AFP", "APW"]
    assert [o["at"] for o in meet["outlets"]] == [10, 20]  # each outlet where it ran the quote
    assert meet["speaker"] == "Kim"


def test_only_web_links_become_links():
    assert safe_url("https://example.org/x") == "https://example.org/x"
    for bad in ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<b>", "vbscript:x", "//evil", "",
                None, "http:///nohost"]:
        assert safe_url(bad) is None, bad
