"""Articles the model cannot read: in another language than its own.

The English model run on a German page finds "Diese" a nationality and "Zeit" an organisation, hears quotes
from "Als Beispiele" and reads "2056 Menschen" as a year; none of it is true, and junk names join unrelated
pages into one story.  Such an article is not parsed: its annotation says why (``skipped``) and holds only what
needs no model, its sentences and its key terms, by spaCy's tokenizer and stop words for its language, so it
still links by its words, its near-duplicates and its publication date.

Example::

    >>> from storyline.records import Article
    >>> art = Article(external_id="x", title="t", id=1, metadata={"language": "de"},
    ...               text="Die Brücke wird gesperrt. Die Brücke ist alt und die Stadt saniert die Brücke.")
    >>> ann = annotate_foreign(art, "en")
    >>> ann.skipped, ann.terms[:2], len(ann.sentences)
    ('language de: the English model does not read it', ['brücke', 'gesperrt'], 2)
"""

from __future__ import annotations

import functools

from spacy.language import Language

from storyline.ingest.language import detect
from storyline.ingest.lines import credit_span
from storyline.nlp.terms import plain_terms
from storyline.records import Annotation, Article, Sentence


def language_of(article: Article) -> str | None:
    """The article's language as ingest stored it (``metadata["language"]``); for an article stored before
    ingest knew languages, the one its text is written in; None when its text has no letter."""
    code = article.metadata.get("language")
    return code if isinstance(code, str) and code else detect(article.text)


def reads(nlp: Language, article: Article) -> bool:
    """Whether the model ``nlp`` reads the article: its language is the model's, or unknown."""
    code = language_of(article)
    return code is None or code == nlp.lang


def annotate_foreign(article: Article, model_lang: str) -> Annotation:
    """The annotation of an article the model does not read: skipped with the reason, sentences and terms only."""
    code = language_of(article) or "?"
    doc = _blank(code)(article.text)
    return Annotation(
        article_id=article.id or 0,
        sentences=[Sentence(s.start_char, s.end_char) for s in doc.sents],
        terms=plain_terms(doc, skip=credit_span(article.text, article.dateline)),
        skipped=f"{_LANGUAGE}{code}: the {_name(model_lang)} model does not read it",
    )


_LANGUAGE = "language "


def unread_language(skipped: str | None) -> str | None:
    """The language code in an ``Annotation.skipped`` reason :func:`annotate_foreign` wrote, else None.

    >>> unread_language("language de: the English model does not read it"), unread_language(None)
    ('de', None)
    """
    if not skipped or not skipped.startswith(_LANGUAGE):
        return None
    return skipped.removeprefix(_LANGUAGE).split(":", 1)[0]


@functools.cache
def _blank(code: str) -> Language:
    """spaCy's tokenizer, stop words and a punctuation sentencizer for a language (its multi-language one when
    spaCy has none for it, or needs a package that is not installed for it, as Japanese does)."""
    import spacy

    try:
        nlp = spacy.blank(code)
        nlp("test")
    except Exception:  # an unknown code, or a tokenizer that needs a package not installed
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


def _name(code: str) -> str:
    """'English' for 'en': the model's language as a reader names it."""
    import pycountry

    lang = pycountry.languages.get(alpha_2=code) if len(code) == 2 else None
    return str(lang.name) if lang else code
