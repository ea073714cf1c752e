"""What a reader compares to tell whether two articles report one happening.

An article becomes a sparse vector with three blocks: who (store-wide entity
ids from the mentions), what (the key terms of the annotation) and when (the
calendar dates its timexes name, at day, month and year grain, so "July 6,
2018" and "July 2018" overlap but 2005 and 2008 do not).  Weights are TF-IDF
with document frequencies counted over the linked articles; consolidation
weighs a story's articles again with the frequencies of the store as it is
at the end of a batch, so the final vectors do not depend on arrival order.

Example::

    >>> f = ArticleFeatures(1, "2019-06-11", {7: 3}, ["letter", "summit"], ["2019-06-10"])
    >>> sorted(raw_features(f))
    ['d:2019-06-10', 'e:7', 'm:2019-06', 't:letter', 't:summit', 'y:2019']
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter

import numpy as np

from storyline.ingest.lines import credit_span, ends_sentence
from storyline.link.sums import running_sums, vocab_columns
from storyline.records import Annotation, Article
from storyline.settings import Settings

_CAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
# mention types that are names: a weekday, a month or a title ("Minister") is none of them
NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
# a quote this many words long is worth matching across reports: two reports quoting one sentence
QUOTE_WORDS = 6
# a count and the noun it counts: "26 pirates", "6.1 magnitude", "40 - year"
_COUNT = re.compile(r"(?<![\d.,:])(\d+(?:\.\d+)?)\s*(?:-\s*)?([a-z]{3,})")
_WORD = re.compile(r"[a-z]+")

Vector = dict[str, float]


@dataclass
class ArticleFeatures:
    """The parts of one annotated article that linking reads."""

    article_id: int
    published: str | None  # ISO date (YYYY-MM-DD) or None
    entities: dict[int, int] = field(default_factory=dict)  # store-wide entity id -> mentions
    terms: list[str] = field(default_factory=list)  # key lemmas, most frequent first
    dates: list[str] = field(default_factory=list)  # anchored calendar timex values
    lead: list[str] = field(default_factory=list)  # raw feature keys the title and lead name (see lead_keys)


def article_features(article: Article, ann: Annotation, lead_sentences: int = 3) -> ArticleFeatures:
    """Collect entity ids, terms and anchored calendar dates of one article.

    >>> from storyline.records import Mention, Timex
    >>> ann = Annotation(1, mentions=[Mention(0, 3, "Kim", "PERSON", entity=4)] * 2, terms=["letter"],
    ...                  timexes=[Timex(0, 1, "x", "DATE", "2018-07-06"), Timex(0, 1, "y", "DATE", "XXXX-07")])
    >>> article_features(Article("a", "t", "Kim", published="2018-07-12T09:00", id=1), ann).dates
    ['2018-07-06']
    """
    credit = credit_span(article.text, article.dateline)
    ents = Counter(m.entity for m in ann.mentions if m.entity is not None and not _inside(m.start, m.end, credit))
    dates = [t.value for t in ann.timexes if t.anchored and t.type == "DATE" and calendar_keys(t.value)]
    published = article.published[:10] if article.published else None
    return ArticleFeatures(article.id or ann.article_id, published, dict(ents), list(ann.terms), dates,
                           lead_keys(article, ann, lead_sentences, credit))


def _inside(start: int, end: int, span: tuple[int, int]) -> bool:
    return span[0] <= start and end <= span[1] and span[0] < span[1]


def lead_keys(article: Article, ann: Annotation, sentences: int = 3,
              credit: tuple[int, int] | None = None) -> list[str]:
    """Feature keys the title and the first ``sentences`` sentences name: the happening itself.

    News puts who, what, where and when in the headline and lead; later
    paragraphs recall background, often an earlier similar happening.  Besides
    the entity, term and date keys found there, the lead gives the words of the
    names it mentions as written (``p:``; only mentions of a name type, so a
    weekday, a month or a title is no name) and counts with their noun (``n:``:
    death tolls, magnitudes, ages).  A long quote anywhere in the article gives
    ``q:`` (its first words): two reports quoting one sentence report one happening.

    >>> from storyline.records import Mention, Sentence
    >>> text = "Police arrested 26 pirates near Aden on Monday. Old story."
    >>> ann = Annotation(1, mentions=[Mention(32, 36, "Aden", "GPE", entity=5)], terms=["pirate", "story"],
    ...                  sentences=[Sentence(0, 47), Sentence(48, 58)])
    >>> lead_keys(Article("a", "Navy foils attack", text), ann, sentences=1)
    ['e:5', 'n:26 pirate', 'p:aden', 't:pirate']
    """
    end = lead_end(article.text, ann, sentences)
    lead = f"{article.title}\n{article.text[:end]}"
    credit = credit_span(article.text, article.dateline) if credit is None else credit  # the caller may have it already
    mentions = [m for m in ann.mentions if m.start < end and not _inside(m.start, m.end, credit)]
    keys = {entity_feature(m.entity) for m in mentions if m.entity is not None}
    dated = [t.value for t in ann.timexes if t.anchored and t.type == "DATE" and t.start < end]
    keys |= {k for value in dated for k in calendar_keys(value)}
    stems = {w[:i] for w in set(_WORD.findall(lead.lower())) for i in range(1, len(w) + 1)}  # a term may be a stem
    keys |= {f"t:{t}" for t in ann.terms if t in stems}
    names = [m.text for m in mentions if m.type in NAME_TYPES]
    keys |= {f"p:{w.lower()}" for name in names for w in _NAME_WORD.findall(name)}
    keys |= quote_keys(ann)
    keys |= {f"n:{num} {noun.removesuffix('s')}" for num, noun in _COUNT.findall(lead)}
    return sorted(keys)


def lead_end(text: str, ann: Annotation, sentences: int) -> int:
    """Where the first ``sentences`` sentences of the body end: a headline or dateline line (no closing
    punctuation) the text opens with is not one of them, since the title is read apart.

    >>> from storyline.records import Sentence
    >>> text = "Patch released\\n\\nMicrosoft fixed a flaw. It was exploited. More follows."
    >>> ann = Annotation(1, sentences=[Sentence(0, 14), Sentence(16, 39), Sentence(40, 57), Sentence(58, 71)])
    >>> text[:lead_end(text, ann, 2)]
    'Patch released\\n\\nMicrosoft fixed a flaw. It was exploited.'
    """
    counted, end = 0, 0
    for s in ann.sentences:
        if counted >= sentences:
            break
        end = s.end
        if ends_sentence(text[s.start:s.end]):
            counted += 1
    return end


def quote_keys(ann: Annotation) -> set[str]:
    """``q:`` keys of the article's quotes of at least ``QUOTE_WORDS`` words: their first words.

    >>> from storyline.records import Quote
    >>> sorted(quote_keys(Annotation(1, quotes=[Quote(0, 9, "We will rebuild this town, stone by stone"),
    ...                                          Quote(0, 9, "No comment")])))
    ['q:we will rebuild this town stone']
    """
    out = set()
    for q in ann.quotes:
        words = _WORD.findall(q.text.lower())
        if len(words) >= QUOTE_WORDS:
            out.add("q:" + " ".join(words[:QUOTE_WORDS]))
    return out


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


def entity_feature(entity_id: int) -> str:
    """The feature naming a store entity: one home, since an entity merge renames it (``link.entity_rename``)."""
    return f"e:{entity_id}"


def raw_features(f: ArticleFeatures) -> Counter[str]:
    """Feature counts before weighting: ``e:`` entities, ``t:`` terms, date keys."""
    out: Counter[str] = Counter()
    for eid, n in f.entities.items():
        out[entity_feature(eid)] += n
    for rank, term in enumerate(f.terms):
        out[f"t:{term}"] = max(1, len(f.terms) - rank)  # terms come ranked by frequency; keep the order as weight
    for value in f.dates:
        for key in calendar_keys(value):
            out[key] += 1
    return out


def event_features(f: ArticleFeatures) -> Counter[str]:
    """:func:`raw_features` plus the lead's names as written and counts (``p:``, ``n:``).

    >>> sorted(event_features(ArticleFeatures(1, None, {7: 1}, lead=["e:7", "n:26 pirate"])))
    ['e:7', 'n:26 pirate']
    """
    out = raw_features(f)
    for key in f.lead:
        if key[0] in "pnq":
            out[key] += 1
    return out


def idf(feature: str, df: dict[str, int], n_docs: int) -> float:
    """Inverse document frequency of a feature, as :func:`weigh` uses it.

    >>> round(idf("e:1", {"e:1": 4}, 9), 4)
    1.6931
    """
    return many_idfs((feature,), df, n_docs)[feature]


def many_idfs(features: Iterable[str], df: dict[str, int], n_docs: int) -> dict[str, float]:
    """:func:`idf` of many features, the very same floats, without a call per feature (consolidation weighs
    some 20,000 features a region).

    >>> many_idfs(["e:1", "t:x"], {"e:1": 4}, 9) == {"e:1": idf("e:1", {"e:1": 4}, 9), "t:x": idf("t:x", {}, 9)}
    True
    """
    n, log, get = n_docs + 1, math.log, df.get
    return {f: log(n / (get(f, 1) + 1)) + 1.0 for f in features}


def weigh(raw: Counter[str], df: dict[str, int], n_docs: int, settings: Settings,
          lead: Iterable[str] = ()) -> Vector:
    """TF-IDF within each block, each block scaled to its weight, the whole L2-normalized.

    ``df``/``n_docs`` count the articles already linked plus this one, so a feature
    seen only here gets the highest idf.  Features in ``lead`` weigh
    ``settings.event_lead_weight`` times more (the happening, not the background).
    Consolidation weighs a region's articles at once (:func:`weigh_many`, the same floats).

    >>> v = weigh(Counter({"e:1": 2, "t:rain": 1}), {"e:1": 1, "t:rain": 1}, 10, Settings())
    >>> round(sum(x * x for x in v.values()), 6)
    1.0
    """
    weights = {"e": settings.event_entity_weight, "t": settings.event_term_weight, "d": settings.event_date_weight,
               "k": settings.event_key_weight}
    blocks: dict[str, Vector] = {"e": {}, "t": {}, "d": {}, "k": {}}
    # the block lookup and idf inlined, the loop's names local: consolidation weighs thousands of articles a region,
    # and the calls were most of it; every weight is computed as before, the same floats (a factor of 1.0, the
    # default lead and block weights, is left out: x * 1.0 is x)
    by_first = {first: blocks[block] for first, block in _BLOCK_OF_FIRST.items()}
    dates = blocks["d"]
    idfs = many_idfs(raw, df, n_docs)
    boost_lead, log = settings.event_lead_weight, math.log
    if boost_lead == 1.0:
        for feat, count in raw.items():
            by_first.get(feat[0], dates)[feat] = (1.0 + log(count)) * idfs[feat]
    else:
        lead = set(lead)
        for feat, count in raw.items():
            boost = boost_lead if feat in lead else 1.0
            by_first.get(feat[0], dates)[feat] = (1.0 + log(count)) * idfs[feat] * boost
    out: Vector = {}
    for name, vec in blocks.items():
        norm = math.sqrt(sum(map(operator.mul, vec.values(), vec.values())))  # the running sum of x * x
        w = weights[name]
        if norm and w:
            out.update({k: x / norm for k, x in vec.items()} if w == 1.0 else {k: w * x / norm for k, x in vec.items()})
    total = math.sqrt(sum(map(operator.mul, out.values(), out.values())))
    return {k: x / total for k, x in out.items()} if total else {}


_BLOCK_OF_FIRST = {"e": "e", "t": "t", "p": "k", "n": "k", "q": "k"}
"""A feature's block by its first letter: entities 'e', terms 't', 'k' for names as written, counts and quotes;
any other letter is the date block 'd' (every date grain is one block)."""


def weigh_many(raws: Sequence[Counter[str]], leads: Sequence[Iterable[str]], df: dict[str, int], n_docs: int,
               settings: Settings) -> list[Vector]:
    """:func:`weigh` of many articles with the same frequencies, the very same floats in the same key order,
    in C-level passes over all their entries (consolidation weighs thousands of articles a region, and the
    loop of :func:`weigh` was most of it).

    Every float is made by the operations :func:`weigh` takes, in its order: ``1.0 + log(count)`` by Python's
    ``math.log`` (once per distinct count), times the idf (:func:`many_idfs`), times the lead boost; each
    block's norm the square root of its squares summed left to right (:func:`~storyline.link.sums.running_sums`);
    each weight divided by it (the block weight multiplied in first); then the same over the blocks kept, in
    the block order e, t, d, k, each block's features in the article's order.

    >>> raws = [Counter({"e:1": 2, "t:rain": 1, "y:2019": 1, "p:Ann": 1}), Counter(), Counter({"t:rain": 3})]
    >>> leads, df, s = [["t:rain"], [], []], {"e:1": 1, "t:rain": 4}, Settings(event_lead_weight=2.0)
    >>> weigh_many(raws, leads, df, 10, s) == [weigh(r, df, 10, s, lead) for r, lead in zip(raws, leads)]
    True
    """
    n = len(raws)
    keys = list(chain.from_iterable(raws))
    if not keys:
        return [{} for _ in raws]
    vocab, col = vocab_columns(keys)
    idfs = many_idfs(vocab, df, n_docs)
    block = np.fromiter((_BLOCK_ORDER[_BLOCK_OF_FIRST.get(k[0], "d")] for k in vocab), dtype=np.int64,
                        count=len(vocab))[col]
    counts = np.fromiter(chain.from_iterable(r.values() for r in raws), dtype=np.int64, count=len(keys))
    distinct, at = np.unique(counts, return_inverse=True)
    tf = np.array([1.0 + math.log(c) for c in distinct.tolist()], dtype=np.float64)[at.ravel()]
    x = tf * np.fromiter(map(idfs.__getitem__, vocab), dtype=np.float64, count=len(vocab))[col]
    boost_lead = settings.event_lead_weight
    if boost_lead != 1.0:
        in_lead = np.fromiter(chain.from_iterable(map(set(lead).__contains__, raw) for raw, lead in
                                                  zip(raws, leads, strict=True)), dtype=bool, count=len(keys))
        x = x * np.where(in_lead, boost_lead, 1.0)
    sizes = np.fromiter(map(len, raws), dtype=np.int64, count=n)
    code = np.repeat(np.arange(n, dtype=np.int64) * 4, sizes) + block  # (article, block): weigh's out order
    order = np.argsort(code, kind="stable")
    x, code = x[order], code[order]
    norms = np.sqrt(running_sums(x * x, np.bincount(code, minlength=4 * n)))[code]
    weights = np.array([settings.event_entity_weight, settings.event_term_weight, settings.event_date_weight,
                        settings.event_key_weight], dtype=np.float64)[code % 4]
    with np.errstate(divide="ignore", invalid="ignore"):
        x = np.where(weights == 1.0, x / norms, weights * x / norms)
    kept = (norms != 0.0) & (weights != 0.0)
    order, x, art = order[kept], x[kept], code[kept] // 4
    per_article = np.bincount(art, minlength=n)
    totals = np.sqrt(running_sums(x * x, per_article))
    with np.errstate(divide="ignore", invalid="ignore"):
        x = x / totals[art]
    names = itemgetter(*order.tolist())(keys) if len(order) > 1 else tuple(keys[i] for i in order.tolist())
    vals = x.tolist()
    out: list[Vector] = []
    at_entry = 0
    for size, total in zip(per_article.tolist(), totals.tolist(), strict=True):
        end = at_entry + size
        out.append(dict(zip(names[at_entry:end], vals[at_entry:end], strict=True)) if total else {})
        at_entry = end
    return out


_BLOCK_ORDER = {"e": 0, "t": 1, "d": 2, "k": 3}
"""The blocks in the order :func:`weigh` joins them."""


def top(vec: Mapping[str, float], k: int) -> list[str]:
    """The ``k`` heaviest features (ties by name, so the choice is deterministic).

    Sorted by name, then by weight from the heaviest: a stable sort keeps equal weights in name order, the
    order a key of (-weight, name) gives, in two C-level sorts without a Python key per feature (a story's
    centroid and counts are sorted each time an article joins).

    >>> top({"t:b": 0.5, "t:a": 0.5, "e:1": 0.9, "t:c": 0.1}, 3)
    ['e:1', 't:a', 't:b']
    """
    return sorted(sorted(vec), key=vec.__getitem__, reverse=True)[:k]


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two sparse vectors.

    >>> cosine({"a": 1.0, "b": 1.0}, {"a": 2.0})
    0.7071067811865475
    """
    if len(a) > len(b):
        a, b = b, a
    dot = sum([x * b[k] for k, x in a.items() if k in b])
    if not dot:
        return 0.0
    na = math.sqrt(sum(map(operator.mul, a.values(), a.values())))  # the same running sum, without a generator
    nb = math.sqrt(sum(map(operator.mul, b.values(), b.values())))
    return dot / (na * nb)
