"""Quantities: numbers with units in German and English text -> `doc.quantities`.

    build_stage(language)   the pipeline stage (requires text, assigns quantities)
    QuantityFinder          the finder itself, for use without a pipeline

Each quantity carries its value as a number ("4,2 Milliarden Euro" -> 4200000000, EUR),
and in `attributes` `approximate`, `modifier` ("mehr als" -> "more than") and `counts`
(dead, injured, arrested, soldiers, refugees, …) where the text says so.
"""

from __future__ import annotations

from chronist.document import Document
from chronist.quantities.finder import QuantityFinder
from chronist.quantities.lexicon import load_lexicon

__all__ = ["QuantitiesStage", "QuantityFinder", "build_stage"]


class QuantitiesStage:
    name = "quantities"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("quantities",)

    def __init__(self, finder: QuantityFinder) -> None:
        self.finder = finder

    def __call__(self, doc: Document) -> Document:
        doc.quantities = self.finder.find(doc.text)
        return doc


def build_stage(language: str) -> QuantitiesStage:
    return QuantitiesStage(QuantityFinder(load_lexicon(language)))
