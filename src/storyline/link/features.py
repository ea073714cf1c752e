"""What a reader compares to tell whether two articles report one happening.

An article becomes a sparse vector with three blocks: who (store-wide entity
ids from the mentions), what (the key terms of the annotation) and when (the
calendar dates its timexes name, at day, month and year grain, so "July 6,
2018" and "July 2018" overlap but 2005 and 2008 do not).  Weights are TF-IDF
with document frequencies counted over the articles linked *before* this one,
so an article's vector does not depend on how the input was batched; that is
what lets an incremental run and a rebuild agree.

Example::

    >>> f = ArticleFeatures(1, "2019-06-11", {7: 3}, ["letter", "summit"], ["2019-06-10"])
    >>> sorted(raw_features(f))
    ['d:2019-06-10', 'e:7', 'm:2019-06', 't:letter', 't:summit', 'y:2019']
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from storyline.records import Annotation, Article
from storyline.settings import Settings

_CAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")

Vector = dict[str, float]


@dataclass
class ArticleFeatures:
    """The parts of one annotated article that linking reads."""

    article_id: int
    published: str | None  # ISO date (YYYY-MM-DD) or None
    entities: dict[int, int] = field(default_factory=dict)  # store-wide entity id -> mentions
    terms: list[str] = field(default_factory=list)  # key lemmas, most frequent first
    dates: list[str] = field(default_factory=list)  # anchored calendar timex values


def article_features(article: Article, ann: Annotation) -> ArticleFeatures:
    """Collect entity ids, terms and anchored calendar dates of one article.

    >>> from storyline.records import Mention, Timex
    >>> ann = Annotation(1, mentions=[Mention(0, 3, "Kim", "PERSON", entity=4)] * 2, terms=["letter"],
    ...                  timexes=[Timex(0, 1, "x", "DATE", "2018-07-06"), Timex(0, 1, "y", "DATE", "XXXX-07")])
    >>> article_features(Article("a", "t", "Kim", published="2018-07-12T09:00", id=1), ann).dates
    ['2018-07-06']
    """
    ents = Counter(m.entity for m in ann.mentions if m.entity is not None)
    dates = [t.value for t in ann.timexes if t.anchored and t.type == "DATE" and calendar_keys(t.value)]
    published = article.published[:10] if article.published else None
    return ArticleFeatures(article.id or ann.article_id, published, dict(ents), list(ann.terms), dates)


def calendar_keys(value: str) -> list[str]:
    """The day, month and year features a TIMEX3 date value stands for (empty when it names none).

    >>> calendar_keys("2018-07-06"), calendar_keys("2018-W27"), calendar_keys("PRESENT_REF")
    (['d:2018-07-06', 'm:2018-07', 'y:2018'], ['w:2018-W27', 'y:2018'], [])
    """
    m = _CAL_DATE.match(value)
    if m:
        keys = [f"y:{m[1]}"]
        if m[2]:
            keys.insert(0, f"m:{m[1]}-{m[2]}")
        if m[3]:
            keys.insert(0, f"d:{m[1]}-{m[2]}-{m[3]}")
        return keys
    w = _WEEK.match(value)
    return [f"w:{value}", f"y:{w[1]}"] if w else []


def raw_features(f: ArticleFeatures) -> Counter[str]:
    """Feature counts before weighting: ``e:`` entities, ``t:`` terms, date keys."""
    out: Counter[str] = Counter()
    for eid, n in f.entities.items():
        out[f"e:{eid}"] += n
    for rank, term in enumerate(f.terms):
        out[f"t:{term}"] = max(1, len(f.terms) - rank)  # terms come ranked by frequency; keep the order as weight
    for value in f.dates:
        for key in calendar_keys(value):
            out[key] += 1
    return out


def block_of(feature: str) -> str:
    """'e', 't' or 'd' (every date grain is one block)."""
    return feature[0] if feature[0] in "et" else "d"


def weigh(raw: Counter[str], df: dict[str, int], n_docs: int, settings: Settings) -> Vector:
    """TF-IDF within each block, each block scaled to its weight, the whole L2-normalized.

    ``df``/``n_docs`` count the articles already linked plus this one, so a feature
    seen only here gets the highest idf.

    >>> v = weigh(Counter({"e:1": 2, "t:rain": 1}), {"e:1": 1, "t:rain": 1}, 10, Settings())
    >>> round(sum(x * x for x in v.values()), 6)
    1.0
    """
    weights = {"e": settings.event_entity_weight, "t": settings.event_term_weight, "d": settings.event_date_weight}
    blocks: dict[str, Vector] = {"e": {}, "t": {}, "d": {}}
    for feat, count in raw.items():
        idf = math.log((n_docs + 1) / (df.get(feat, 1) + 1)) + 1.0
        blocks[block_of(feat)][feat] = (1.0 + math.log(count)) * idf
    out: Vector = {}
    for name, vec in blocks.items():
        norm = math.sqrt(sum(x * x for x in vec.values()))
        if norm and weights[name]:
            out.update({k: weights[name] * x / norm for k, x in vec.items()})
    total = math.sqrt(sum(x * x for x in out.values()))
    return {k: x / total for k, x in out.items()} if total else {}


def top(vec: Vector, k: int) -> list[str]:
    """The ``k`` heaviest features (ties by name, so the choice is deterministic)."""
    return [f for f, _ in sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two sparse vectors.

    >>> cosine({"a": 1.0, "b": 1.0}, {"a": 2.0})
    0.7071067811865475
    """
    if len(a) > len(b):
        a, b = b, a
    dot = sum(x * b.get(k, 0.0) for k, x in a.items())
    if not dot:
        return 0.0
    na = math.sqrt(sum(x * x for x in a.values()))
    nb = math.sqrt(sum(x * x for x in b.values()))
    return dot / (na * nb)
