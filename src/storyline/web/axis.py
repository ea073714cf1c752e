"""Lay out a timeline's entries on a time axis, for a server-drawn SVG.

Each entry covers the days its date really covers (``timeline.dates.span``):
a day is a narrow tick, a month a bar as wide as the month, a year a bar as
wide as the year, so the drawing never claims more precision than the
sources gave.  Marks that would overlap go on separate lanes.

A story about 2019 that recalls a war of 1950 would leave a linear axis
empty for decades and squeeze every recent entry into a corner, so a long
stretch with no entry (more than :data:`GAP_DAYS`) is cut out of the axis
and drawn as a break; within the pieces one day has the same width
everywhere, so lengths stay comparable.  A wide axis scrolls sideways.

Example::

    >>> lay = layout(["1950", "2019-05", "2019-06-10"])
    >>> [m["granularity"] for m in lay["marks"]], len(lay["breaks"])
    (['year', 'month', 'day'], 1)
    >>> lay["marks"][1]["w"] > lay["marks"][2]["w"]  # a month is drawn wider than a day
    True
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from storyline.timeline.dates import DAY, MONTH, PART, WEEK, YEAR, granularity, span

MIN_WIDTH, MAX_WIDTH = 1000, 4000
PX_PER_ENTRY = 36  # a story with many entries gets a wider axis (it scrolls) rather than a crowded one
PAD = 24  # px left and right of the time range
GAP_DAYS = 240  # an empty stretch longer than this is cut out of the axis
BREAK = 28  # px a cut takes on the axis
LANE, LANE_GAP, AXIS_H, MAX_LANES = 12, 5, 30, 14
MIN_MARK = 5  # px: a day is drawn at least this wide so it can be seen and clicked
NAMES = {DAY: "day", WEEK: "week", MONTH: "month", PART: "season", YEAR: "year"}
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def precision(date: str) -> str:
    """How precise a timeline date is: day, week, month, season or year.

    >>> precision("2019-05"), precision("2018-W27")
    ('month', 'week')
    """
    return NAMES[granularity(date)]


def pieces_of_time(spans: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """The stretches of time the spans cover, joined where less than GAP_DAYS apart (end exclusive)."""
    out: list[tuple[dt.date, dt.date]] = []
    for a, b in sorted(spans):
        b = b + dt.timedelta(days=1)
        if out and (a - out[-1][1]).days <= GAP_DAYS:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _ticks(lo: dt.date, hi: dt.date, scale: float, x0: float) -> list[dict[str, Any]]:
    """Ticks at year or month starts (or days, for a few weeks) within [lo, hi), at least ~70 px apart."""
    days = (hi - lo).days
    dates: list[tuple[dt.date, str]] = []
    if days > 730:
        step = next(s for s in (1, 2, 5, 10, 25, 50, 100) if s * 365 * scale >= 70 or s == 100)
        dates = [(dt.date(y, 1, 1), str(y)) for y in range(lo.year, hi.year + 1) if y % step == 0]
    elif days > 62:
        step = next(s for s in (1, 2, 3, 6, 12) if s * 30 * scale >= 70 or s == 12)
        y, m = lo.year, lo.month
        while dt.date(y, m, 1) < hi:
            if (m - 1) % step == 0:
                dates.append((dt.date(y, m, 1), f"{_MON[m - 1]} {y}" if m == 1 or not dates else _MON[m - 1]))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    else:
        step = max(1, int(70 / max(scale, 0.01)) + 1)
        shown = [lo + dt.timedelta(days=k) for k in range(0, days, step)]
        dates = [(d, f"{d.day} {_MON[d.month - 1]}" + (f" {d.year}" if i == 0 else "")) for i, d in enumerate(shown)]
    return [{"date": d.isoformat(), "label": label, "x": round(x0 + (d - lo).days * scale, 1), "first": i == 0}
            for i, (d, label) in enumerate((d, label) for d, label in dates if lo <= d < hi)]


def _spaced(ticks: list[dict[str, Any]], room: float = 62) -> list[dict[str, Any]]:
    """Ticks whose labels do not run into each other; a piece's first tick wins over the one before it."""
    kept: list[dict[str, Any]] = []
    for t in ticks:
        if kept and t["x"] < kept[-1]["x"] + room:
            if not t["first"] or kept[-1]["first"]:
                continue
            kept.pop()
        kept.append(t)
    return kept


def layout(dates: list[str]) -> dict[str, Any]:
    """Width, height, ticks, breaks and one mark per date (same order): x, y, w, h, granularity, first, last day."""
    if not dates:
        return {"width": MIN_WIDTH, "height": AXIS_H, "ticks": [], "breaks": [], "marks": []}
    spans = [span(d) for d in dates]
    parts = pieces_of_time(spans)
    total = sum((b - a).days for a, b in parts)
    inner = min(MAX_WIDTH, max(MIN_WIDTH, PX_PER_ENTRY * len(dates), BREAK * len(parts) * 3)) - 2 * PAD
    scale = max(0.05, (inner - BREAK * (len(parts) - 1)) / total)
    starts: list[float] = []
    x = float(PAD)
    ticks: list[dict[str, Any]] = []
    breaks: list[float] = []
    for i, (a, b) in enumerate(parts):
        if i:
            breaks.append(round(x + BREAK / 2, 1))
            x += BREAK
        starts.append(x)
        ticks += _ticks(a, b, scale, x)
        x += (b - a).days * scale

    def to_x(day: dt.date) -> float:
        k = max(i for i, (a, _) in enumerate(parts) if a <= day)
        return starts[k] + (day - parts[k][0]).days * scale

    lanes: list[float] = []  # right edge of the last mark on each lane
    placed: dict[int, dict[str, Any]] = {}
    for i in sorted(range(len(dates)), key=lambda i: (spans[i][0], -(spans[i][1] - spans[i][0]).days)):
        a, b = spans[i]
        left = to_x(a)
        w = max(MIN_MARK, ((b - a).days + 1) * scale)
        lane = next((k for k, edge in enumerate(lanes) if edge + 2 <= left), None)
        if lane is None:
            lane = min(len(lanes), MAX_LANES - 1)
            if lane == len(lanes):
                lanes.append(0.0)
        lanes[lane] = max(lanes[lane], left + w)
        placed[i] = {"x": round(left, 1), "w": round(w, 1), "y": AXIS_H + lane * (LANE + LANE_GAP), "h": LANE,
                     "granularity": precision(dates[i]), "first": a.isoformat(), "last": b.isoformat()}
    height = AXIS_H + max(1, len(lanes)) * (LANE + LANE_GAP) + 6
    return {"width": round(x + PAD), "height": height, "ticks": _spaced(ticks), "breaks": breaks,
            "marks": [placed[i] for i in range(len(dates))]}
