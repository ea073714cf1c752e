"""Keyset (seek) pagination: a page starts after the last row's sort key, not after N skipped rows.

``LIMIT 50 OFFSET 25000`` makes the database walk and throw away 25,000 rows,
so a deep page costs in proportion to its depth (measured on PostgreSQL:
3.4 ms at 5k stored, 19 ms at 50k, for the page at half the stories).  A page
asked for *after* a position -- the sort key of the last row shown, e.g.
``(last, id)`` for the newest-first story listing -- is an index seek to that
key plus a walk of one page, whatever the depth.  The key ends with the id,
so it is unique and the order total: rows sharing a date or a size are never
skipped or shown twice, and rows added between two page loads do not shift
the pages after them (offset pages would repeat or skip a row for each one).

What a cursor cannot do: a row whose own key changes between two loads (a
story gaining a newer article moves up the newest-first listing) is a moved
row, so the walk may show it twice or not at all; every row whose key stays
put is shown once, in order.

A position travels as an opaque cursor, :func:`encode` of the order's name
and the key values (URL-safe base64 of JSON), so links and scripts cannot
depend on what is inside.  A cursor made for one order is refused by another.

Each page is read as a few *tiers*, each an index range the database can seek
to: for the key ``(size DESC, id)`` after ``(3, 812)``, first ``size = 3 AND
id > 812`` (by id), then ``size < 3`` (by size, id), stopping once the page is
full.  A single ``(a, b) > (?, ?)`` row comparison cannot say a key that mixes
directions, and an ``OR`` of the two is not one range (PostgreSQL then scans
from the start of the index).

Example::

    >>> order = Order("largest", (Col("size", desc=True, kind=int), Col("id", kind=int)))
    >>> token = encode(order, (3, 812))
    >>> decode(order, token)
    (3, 812)
    >>> tiers(order, (3, 812), backward=False)
    [('size = ? AND id > ?', [3, 812], 1), ('size < ?', [3], 0)]
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")
Key = tuple[Any, ...]


class BadCursor(ValueError):
    """A cursor that is not one this listing made (mangled, or from another order)."""


@dataclass(frozen=True)
class Col:
    """One column of a sort key: its SQL expression, direction, and whether it can be NULL.

    A nullable column sorts its NULLs after every value (walking forwards); only
    the first column of a key may be nullable (``published`` for articles).
    """

    expr: str
    desc: bool = False
    nullable: bool = False
    kind: type = str  # what its values are (int for ids and counts): a cursor holding anything else is refused


@dataclass(frozen=True)
class Order:
    """A listing order: its public name (``recent``, ``largest``...) and its unique sort key."""

    name: str
    cols: tuple[Col, ...]

    def select(self) -> str:
        """The key's expressions as extra result columns ``k0, k1...``: a row carries its own position."""
        return ", ".join(f"{c.expr} AS k{i}" for i, c in enumerate(self.cols))


@dataclass
class Page(Generic[T]):
    """One page of a listing and the cursors to the pages beside it.

    ``next``: pass as ``after`` for the following page (None: this is the last);
    ``prev``: pass as ``before`` for the page before (None: this is the first).
    """

    items: list[T] = field(default_factory=list)
    next: str | None = None
    prev: str | None = None


def encode(order: Order, key: Key) -> str:
    """An opaque, URL-safe cursor for the position ``key`` in ``order``."""
    raw = json.dumps([order.name, *key], separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(order: Order, token: str) -> Key:
    """The position a cursor names; :class:`BadCursor` (saying what to do) when it is not one of ``order``'s."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        name, *values = json.loads(raw)
    except (binascii.Error, ValueError, TypeError):
        raise BadCursor(f"cursor {token[:40]!r} is not one this listing made; start again from the first page"
                        ) from None
    if name != order.name:
        raise BadCursor(f"cursor {token[:40]!r} belongs to the {name!r} order, not {order.name!r};"
                        " start again from the first page")
    if len(values) != len(order.cols) or not all(_fits(c, v) for c, v in zip(order.cols, values, strict=True)):
        raise BadCursor(f"cursor {token[:40]!r} is damaged; start again from the first page")
    return tuple(values)


def _fits(col: Col, value: Any) -> bool:
    """Whether a cursor's value can stand in ``col``: its kind, a 64-bit integer, text without NUL."""
    if value is None:
        return col.nullable
    if col.kind is int:  # type(), not isinstance: JSON's true is no id
        return type(value) is int and -(2**63) <= value < 2**63
    return type(value) is str and "\x00" not in value


def _beyond(col: Col, value: Any, backward: bool) -> list[tuple[str, list[Any]]]:
    """Conditions (in walk order) for the rows whose ``col`` comes after ``value``."""
    if value is None:  # NULLs are last: nothing after them, every value before them
        return [(f"{col.expr} IS NOT NULL", [])] if backward else []
    later = [(f"{col.expr} {'>' if col.desc == backward else '<'} ?", [value])]
    return later + ([(f"{col.expr} IS NULL", [])] if col.nullable and not backward else [])


def tiers(order: Order, key: Key | None, backward: bool) -> list[tuple[str, list[Any], int]]:
    """(condition, its arguments, first key column to order by) for each index range, in walk order.

    A range orders by the key columns its condition does not fix with ``=``:
    SQLite sorts when told to order by an expression it holds equal, and
    PostgreSQL sorts when not told to order by a column it holds ``IS NULL``.
    ``key`` None: the whole listing from its start (``backward``: from its end); a condition ``""`` is none.

    >>> tiers(Order("id", (Col("id", kind=int),)), None, backward=False)
    [('', [], 0)]
    """
    cols = order.cols
    if key is None:
        if not cols[0].nullable:
            return [("", [], 0)]
        ends: list[tuple[str, list[Any], int]] = [(f"{cols[0].expr} IS NOT NULL", [], 0),
                                                  (f"{cols[0].expr} IS NULL", [], 0)]
        return ends[::-1] if backward else ends
    out: list[tuple[str, list[Any], int]] = []
    for i in reversed(range(len(cols))):
        same = [f"{c.expr} IS NULL" if v is None else f"{c.expr} = ?" for c, v in zip(cols, key[:i], strict=False)]
        same_args = [v for v in key[:i] if v is not None]
        fixed = next((j for j, v in enumerate(key[:i]) if v is None), i)
        out += [(" AND ".join([*same, cond]), [*same_args, *args], fixed)
                for cond, args in _beyond(cols[i], key[i], backward)]
    return out


def order_by(cols: Sequence[Col], backward: bool) -> str:
    """ORDER BY text for the key columns ``cols`` walked forwards or backwards."""
    return ", ".join(f"{c.expr} {'DESC' if c.desc != backward else 'ASC'}" for c in cols)


def key_of(row: Any, order: Order) -> Key:
    """A row's position: its ``k0, k1...`` columns (see :meth:`Order.select`)."""
    return tuple(row[f"k{i}"] for i in range(len(order.cols)))


def compare(a: Key, b: Key, order: Order) -> int:
    """-1, 0 or 1 as position ``a`` comes before, at or after ``b`` in ``order`` (for rows sorted in Python)."""
    for col, x, y in zip(order.cols, a, b, strict=True):
        if x == y:
            continue
        if x is None or y is None:
            return 1 if x is None else -1
        return (-1 if x < y else 1) * (-1 if col.desc else 1)
    return 0


Seek = Callable[[Key | None, int, bool], list[Any]]
"""(position or None for an end, how many rows, backward) -> rows with their ``k`` columns, in walk order."""


def sql_seek(db: Any, select: str, where: list[str], args: list[Any], order: Order) -> Seek:
    """A :data:`Seek` that reads ``select`` (``SELECT ... FROM ...`` with :meth:`Order.select`'s columns)
    filtered by ``where``, one query per tier until the page is full."""
    def seek(key: Key | None, limit: int, backward: bool) -> list[Any]:
        rows: list[Any] = []
        for cond, cargs, first in tiers(order, key, backward):
            if len(rows) >= limit:
                break
            conds = [c for c in (*where, cond) if c]
            sql = (f"{select}{' WHERE ' + ' AND '.join(conds) if conds else ''}"
                   f" ORDER BY {order_by(order.cols[first:], backward)} LIMIT ?")
            rows += db.execute(sql, [*args, *cargs, limit - len(rows)]).fetchall()
        return rows
    return seek


def chain(parts: list[Seek]) -> Seek:
    """One :data:`Seek` over ``parts`` that split the listing into consecutive ranges of its key, given in
    walk order: each is read in turn (in reverse walking backwards) until the page is full, so a filter
    that is an ``OR`` of index ranges (see ``base.since_parts``) stays one seek per range."""
    if len(parts) == 1:
        return parts[0]

    def seek(key: Key | None, limit: int, backward: bool) -> list[Any]:
        rows: list[Any] = []
        for part in parts[::-1] if backward else parts:
            if len(rows) >= limit:
                break
            rows += part(key, limit - len(rows), backward)
        return rows
    return seek


def list_seek(rows: list[Any], order: Order) -> Seek:
    """A :data:`Seek` over rows already read (a listing narrowed to given ids), sorted here."""
    ranked = sorted(rows, key=functools.cmp_to_key(lambda a, b: compare(key_of(a, order), key_of(b, order), order)))

    def seek(key: Key | None, limit: int, backward: bool) -> list[Any]:
        walk = ranked[::-1] if backward else ranked
        if key is not None:
            ahead = 1 if not backward else -1
            walk = [r for r in walk if compare(key_of(r, order), key, order) == ahead]
        return walk[:limit]
    return seek


def page(seek: Seek, order: Order, limit: int, after: str | None = None, before: str | None = None) -> Page[Any]:
    """The rows of one page, after the ``after`` cursor or before the ``before`` one (neither: the first page).

    A page asked ``after`` a cursor has a page before it (the cursor's row at
    least), so it links back without asking the database; a page asked
    ``before`` a position with fewer than ``limit`` rows before it is the first
    page, full.  Costs one statement per tier reached (rarely more than two),
    plus, for a page read backwards, a one-row seek to tell whether a page follows.
    """
    if after is not None and before is not None:
        raise BadCursor("give after or before, not both")
    limit = max(1, min(int(limit), 2**62))  # limit + 1 rows are read: stay inside a 64-bit LIMIT
    if before is not None:
        rows = seek(decode(order, before), limit + 1, True)
        if len(rows) > limit:
            rows = rows[:limit][::-1]
            return Page(rows, _next(seek, order, rows), encode(order, key_of(rows[0], order)))
    start = decode(order, after) if after is not None else None
    rows = seek(start, limit + 1, False)
    shown = rows[:limit]
    nxt = encode(order, key_of(shown[-1], order)) if len(rows) > limit else None
    return Page(shown, nxt, encode(order, key_of(shown[0], order)) if start is not None and shown else None)


def _next(seek: Seek, order: Order, rows: list[Any]) -> str | None:
    """The ``after`` cursor of the page following ``rows`` (a full page), or None when nothing follows."""
    last = key_of(rows[-1], order)
    return encode(order, last) if seek(last, 1, False) else None
