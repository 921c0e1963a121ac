"""Reading news pages for the German time gold set: page id -> chronist Document.

The gold set stores page ids, expression texts, offsets and values; never page
text. Pages are re-read from ../shared/corpora/news-pages through chronist.ingest,
so that offsets point into the same cleaned text the pipeline sees.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from chronist.document import Document
from chronist.ingest import read_articles, to_document

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "news-pages"


def read_page(page: str, corpus: Path = CORPUS) -> Document:
    """The Document of page `country/Publisher_YYYY_MM_DD` as ingestion builds it."""
    data = gzip.decompress((corpus / f"{page}.html.gz").read_bytes())
    article = next(iter(read_articles(data, name=page)))
    return to_document(article)


def locate(text: str, expression: str, start: int, occurrence: int) -> tuple[int, int] | None:
    """Offsets of a gold expression: at its stored start if the text still matches
    there, else its n-th occurrence (ingestion may have changed the text around it)."""
    if text[start:start + len(expression)] == expression:
        return start, start + len(expression)
    position = -1
    for _ in range(occurrence + 1):
        position = text.find(expression, position + 1)
        if position < 0:
            return None
    return position, position + len(expression)
