"""Shared by the time tests: a document run through every stage but events, and the date
the narrative gives a word of it."""

from __future__ import annotations

from chronist.document import Document
from chronist.ingest import read_articles, to_document
from chronist.pipeline import default_pipeline


def analysed(text: str, language: str, published: str) -> Document:
    """The document after every stage but events (headline, blank line, paragraphs
    separated by blank lines)."""
    article = next(read_articles(text.encode(), name="test"))
    doc = to_document(article, published=published, language=language)
    default_pipeline(language, skip=("events", "quotes", "quantities"))(doc)
    return doc


def date_of(doc: Document, word: str) -> str | None:
    start = doc.text.index(word)
    return doc.narrative.date_for(start, start + len(word))[0]
