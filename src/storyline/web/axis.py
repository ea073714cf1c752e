"""Lay out a timeline's entries on a time axis, for a server-drawn SVG.

Each entry covers the days its date really covers (``timeline.dates.span``):
a day is a narrow tick, a month a bar as wide as the month, a year a bar as
wide as the year, so the drawing never claims more precision than the
sources gave.  Marks that would overlap go on separate lanes.  The axis
scales to the story's time range between a minimum and a maximum width; a
wide axis scrolls sideways in the page.

Example::

    >>> lay = layout(["2018-06-12", "2019-05", "2019-06-10"])
    >>> [m["granularity"] for m in lay["marks"]], lay["width"] >= MIN_WIDTH
    (['day', 'month', 'day'], True)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from storyline.timeline.dates import DAY, MONTH, PART, WEEK, YEAR, granularity, span

MIN_WIDTH, MAX_WIDTH = 760, 3200
PAD = 24  # px left and right of the time range
LANE, LANE_GAP, AXIS_H, MAX_LANES = 12, 5, 30, 14
MIN_MARK = 5  # px: a day is drawn at least this wide so it can be seen and clicked
NAMES = {DAY: "day", WEEK: "week", MONTH: "month", PART: "season", YEAR: "year"}
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _ticks(lo: dt.date, hi: dt.date, scale: float) -> list[dict[str, Any]]:
    """Axis ticks at year or month starts (or days for a few weeks), at least ~70 px apart."""
    days = (hi - lo).days
    out: list[dict[str, Any]] = []
    if days > 730:
        step = next(s for s in (1, 2, 5, 10, 25, 50, 100) if s * 365 * scale >= 70 or s == 100)
        for year in range(lo.year + (lo.month > 1 or lo.day > 1), hi.year + 1):
            if year % step == 0:
                out.append({"date": dt.date(year, 1, 1), "label": str(year)})
    elif days > 62:
        step = next(s for s in (1, 2, 3, 6, 12) if s * 30 * scale >= 70 or s == 12)
        y, m = lo.year, lo.month
        while dt.date(y, m, 1) <= hi:
            first = dt.date(y, m, 1)
            if first >= lo and (m - 1) % step == 0:
                out.append({"date": first, "label": f"{_MON[m - 1]} {y}" if m == 1 or not out else _MON[m - 1]})
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    else:
        step = max(1, int(70 / max(scale, 0.01)) + 1)
        d = lo
        while d <= hi:
            out.append({"date": d, "label": f"{d.day} {_MON[d.month - 1]}"})
            d += dt.timedelta(days=step)
    for t in out:
        t["x"] = round(PAD + (t["date"] - lo).days * scale, 1)
        t["date"] = t["date"].isoformat()
    return out


def layout(dates: list[str]) -> dict[str, Any]:
    """Width, height, ticks and one mark per date (same order): x, y, w, h, granularity, first and last day."""
    if not dates:
        return {"width": MIN_WIDTH, "height": AXIS_H, "ticks": [], "marks": []}
    spans = [span(d) for d in dates]
    lo = min(a for a, _ in spans)
    hi = max(b for _, b in spans) + dt.timedelta(days=1)
    days = max(1, (hi - lo).days)
    inner = min(MAX_WIDTH, max(MIN_WIDTH, days * 4)) - 2 * PAD
    scale = inner / days
    lanes: list[float] = []  # right edge of the last mark on each lane
    marks: list[dict[str, Any]] = []
    order = sorted(range(len(dates)), key=lambda i: (spans[i][0], -(spans[i][1] - spans[i][0]).days))
    placed: dict[int, dict[str, Any]] = {}
    for i in order:
        a, b = spans[i]
        x = PAD + (a - lo).days * scale
        w = max(MIN_MARK, ((b - a).days + 1) * scale)
        lane = next((k for k, edge in enumerate(lanes) if edge + 2 <= x), None)
        if lane is None:
            lane = len(lanes) if len(lanes) < MAX_LANES else len(lanes) - 1
            if lane == len(lanes):
                lanes.append(0.0)
        lanes[lane] = max(lanes[lane], x + w)
        placed[i] = {"x": round(x, 1), "w": round(w, 1), "y": AXIS_H + lane * (LANE + LANE_GAP), "h": LANE,
                     "granularity": NAMES[granularity(dates[i])], "first": a.isoformat(), "last": b.isoformat()}
    marks = [placed[i] for i in range(len(dates))]
    height = AXIS_H + max(1, len(lanes)) * (LANE + LANE_GAP) + 6
    return {"width": round(inner + 2 * PAD), "height": height, "ticks": _ticks(lo, hi, scale), "marks": marks}
