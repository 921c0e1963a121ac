"""`Article`: what ingestion extracted from one input, before it becomes a Document."""

from __future__ import annotations

from dataclasses import dataclass, field

from chronist.document import ParagraphKind, PublishedSource


@dataclass(slots=True)
class Block:
    text: str
    kind: ParagraphKind = "body"


@dataclass(slots=True)
class Article:
    blocks: list[Block]
    title: str | None = None
    url: str | None = None
    published: str | None = None
    published_source: PublishedSource = "unknown"
    authors: list[str] = field(default_factory=list)
    language: str | None = None
