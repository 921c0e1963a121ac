"""Ingestion: raw input (text, HTML, JSON Lines) -> `Document`s.

    read_articles(data)         bytes of one input -> Article per article (or InputError)
    to_document(article, ...)   Article -> Document (text with paragraphs, language, date)
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

from chronist.document import Document, Paragraph
from chronist.errors import InputError
from chronist.ingest.article import Article, Block
from chronist.ingest.decode import MAX_INPUT_BYTES, decode_bytes
from chronist.ingest.detect import InputKind, detect_kind
from chronist.ingest.html import parse_html
from chronist.ingest.language import SUPPORTED, detect_language, require_supported
from chronist.ingest.text import parse_text

__all__ = [
    "Article",
    "Block",
    "InputKind",
    "SUPPORTED",
    "detect_kind",
    "detect_language",
    "parse_record",
    "read_articles",
    "to_document",
]

PARAGRAPH_SEPARATOR = "\n\n"


def parse_record(record: dict, *, where: str = "record") -> Article:
    """One JSON object {"text"|"html", "url", "published", "title"} -> Article."""
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object")
    url = record.get("url")
    if record.get("html"):
        article = parse_html(str(record["html"]), url=url)
    elif record.get("text"):
        article = parse_text(str(record["text"]))
        article.url = url
    else:
        raise InputError(f"{where}: has neither 'text' nor 'html'")
    if record.get("title"):
        article.title = str(record["title"])
    if record.get("published"):
        article.published = str(record["published"])[:10]
        article.published_source = "given"
    if record.get("language"):
        article.language = str(record["language"])
    return article


def read_articles(data: bytes, *, name: str = "input") -> Iterator[Article | InputError]:
    """Every article in one input. A JSONL line that fails yields its error and the
    rest go on; a single text or HTML input raises."""
    # A JSONL dump may be large; each of its articles is small.
    limit = None if _is_jsonl(data) else MAX_INPUT_BYTES
    text = decode_bytes(data, what=name, limit=limit)
    kind = detect_kind(text)
    if kind == "html":
        yield parse_html(text)
    elif kind == "text":
        yield parse_text(text)
    else:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{name}:{number}"
            try:
                yield parse_record(json.loads(line), where=where)
            except json.JSONDecodeError as error:
                yield InputError(f"{where}: not valid JSON ({error.msg})")
            except InputError as error:
                yield type(error)(f"{where}: {error}")


def _is_jsonl(data: bytes) -> bool:
    return data.lstrip()[:1] == b"{"


def to_document(
    article: Article,
    *,
    published: date | str | None = None,
    language: str | None = None,
) -> Document:
    """Join an article's blocks into the Document text, keeping each block as a paragraph."""
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    offset = 0
    for block in article.blocks:
        if parts:
            offset += len(PARAGRAPH_SEPARATOR)
        parts.append(block.text)
        paragraphs.append(Paragraph(offset, offset + len(block.text), block.kind))
        offset += len(block.text)
    text = PARAGRAPH_SEPARATOR.join(parts)
    if not text.strip():
        raise InputError("the input has no text")
    doc = Document(
        text=text,
        language=require_supported(text, language or article.language),
        title=article.title,
        url=article.url,
        published=article.published,
        published_source=article.published_source,
        authors=list(article.authors),
        paragraphs=paragraphs,
    )
    if published is not None:
        doc.published = published.isoformat() if isinstance(published, date) else published
        doc.published_source = "given"
    return doc
