"""NLP stage: read each article for who (entities), when (timexes) and who said what (quotes)."""

from storyline.nlp.pipeline import ANNOTATION_VERSION, annotate, annotate_doc, load_model

__all__ = ["ANNOTATION_VERSION", "annotate", "annotate_doc", "load_model"]
