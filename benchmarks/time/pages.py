"""Reading news pages for the German time gold set: page id -> chronist Document.

The gold set stores page ids, expression texts, offsets and values; never page
text. Pages are re-read from ../shared/corpora/news-pages through chronist.ingest,
so that offsets point into the same cleaned text the pipeline sees.
"""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

from chronist.document import Document
from chronist.ingest import read_articles, to_document

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "news-pages"


def read_page(page: str, corpus: Path = CORPUS) -> Document:
    """The Document of page `country/Publisher_YYYY_MM_DD` as ingestion builds it."""
    data = gzip.decompress((corpus / f"{page}.html.gz").read_bytes())
    article = next(iter(read_articles(data, name=page)))
    return to_document(article)


def context(text: str, start: int, end: int, words: int = 3) -> tuple[str, str]:
    """Up to `words` words either side of a span, within its line: enough to find the
    expression again if ingestion changes the text around it (no more is stored)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left = " ".join(text[line_start:start].split()[-words:])
    right = " ".join(text[end:line_end].split()[:words])
    return left, right


def locate(
    text: str, expression: str, start: int, occurrence: int, left: str = "", right: str = ""
) -> tuple[int, int] | None:
    """Offsets of a gold expression in the current text: among its occurrences, the one
    whose neighbouring words match the stored context best, nearest the stored start
    (None when no occurrence keeps either neighbour); without context, the stored
    offsets if still right, else the n-th occurrence."""
    positions = []
    position = text.find(expression)
    while position >= 0:
        positions.append(position)
        position = text.find(expression, position + 1)
    if not positions:
        return None
    if left or right:
        def fit(pos: int) -> tuple[int, int]:
            here_left, here_right = context(text, pos, pos + len(expression))
            score = (here_left.endswith(left) if left else True) \
                + (here_right.startswith(right) if right else True)
            return -score, abs(pos - start)

        best = min(positions, key=fit)
        if fit(best)[0] == 0 and left and right:
            return None  # neither neighbour is there any more: ingestion dropped the text
        return best, best + len(expression)
    if text[start:start + len(expression)] == expression:
        return start, start + len(expression)
    if occurrence < len(positions):
        return positions[occurrence], positions[occurrence] + len(expression)
    return None


def paragraph_prints(doc: Document) -> list[str]:
    """A short hash of each paragraph: marks which text the gold set annotated."""
    return [
        hashlib.sha1(doc.text[p.start:p.end].encode("utf-8")).hexdigest()[:12]
        for p in doc.paragraphs
    ]
