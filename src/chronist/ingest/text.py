"""Plain text -> blocks: paragraphs are separated by blank lines (or, in text with
no blank line at all, by line breaks)."""

from __future__ import annotations

import re

from chronist.ingest.article import Article, Block

_BLANK_LINE = re.compile(r"\n\s*\n")


def _normalise(paragraph: str) -> str:
    return " ".join(paragraph.split())


def parse_text(text: str) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = _BLANK_LINE.split(text) if _BLANK_LINE.search(text) else text.split("\n")
    blocks = [Block(_normalise(p)) for p in parts if p.strip()]
    return Article(blocks=blocks)
