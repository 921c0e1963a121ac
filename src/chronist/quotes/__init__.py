"""Quotes: direct and indirect speech with their speakers -> `doc.quotes`.

    build_stage(language)   the pipeline stage (requires analysis, entities, actor_mentions)
    QuoteFinder             the finder itself, for a spaCy Doc without a pipeline

Each quote: start/end (the quoted words, without the marks; a split quote spans both parts
and lists them in `parts`), `kind` direct|indirect, `speaker` {"entity": id-or-null, "name"}
or null, and the `rule` that found it.
"""

from __future__ import annotations

from chronist.document import Document
from chronist.quotes.finder import QuoteFinder
from chronist.quotes.lexicon import load_quotes_lexicon

__all__ = ["QuoteFinder", "QuotesStage", "build_stage"]


class QuotesStage:
    name = "quotes"
    requires: tuple[str, ...] = ("analysis", "entities", "actor_mentions")
    assigns: tuple[str, ...] = ("quotes",)

    def __init__(self, finder: QuoteFinder) -> None:
        self.finder = finder

    def __call__(self, doc: Document) -> Document:
        paragraphs = [(p.start, p.end) for p in doc.paragraphs] or [(0, len(doc.text))]
        names = {entity.id: entity.name for entity in doc.entities}
        captions = [(p.start, p.end) for p in doc.paragraphs if p.kind == "caption"]
        headings = [(p.start, p.end) for p in doc.paragraphs if p.kind in ("heading", "title")]
        doc.quotes = self.finder.find(doc.text, doc.analysis, paragraphs, doc.actor_mentions,
                                      names, captions, headings)
        return doc


def build_stage(language: str) -> QuotesStage:
    return QuotesStage(QuoteFinder(load_quotes_lexicon(language)))
