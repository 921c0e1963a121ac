"""The Python API behind `chronist extract`: input in, `Document`s out."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from chronist.document import Document
from chronist.errors import InputError
from chronist.ingest import Article, read_articles, to_document
from chronist.pipeline import default_pipeline


def process_article(
    article: Article, *, published: date | str | None = None, language: str | None = None
) -> Document:
    """Run one ingested article through the full pipeline for its language."""
    doc = to_document(article, published=published, language=language)
    return default_pipeline(doc.language)(doc)


def extract_bytes(
    data: bytes,
    *,
    name: str = "input",
    published: date | str | None = None,
    language: str | None = None,
) -> Iterator[Document | InputError]:
    """Every article in one input (text, HTML or JSONL), processed; a failing
    JSONL line yields its error and the others go on."""
    for item in read_articles(data, name=name):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield process_article(item, published=published, language=language)
        except InputError as error:
            yield error


def extract(
    text: str,
    *,
    published: date | str | None = None,
    language: str | None = None,
) -> Document:
    """Analyse one article given as a string (plain text or HTML)."""
    for item in extract_bytes(text.encode("utf-8"), published=published, language=language):
        if isinstance(item, InputError):
            raise item
        return item
    raise InputError("the input holds no article")
