"""Run the actor stage on sentences written for the tests (shared by the round files)."""

from __future__ import annotations

from collections.abc import Callable

from chronist.document import Document
from chronist.nlp import analyse

Linker = Callable[..., Document]


def linker(published: str) -> Linker:
    """`link(stages, text, lang="en")` with the test file's own publication date, which
    decides who holds an office."""

    def link(stages, text: str, lang: str = "en", published: str = published) -> Document:
        doc = Document(text=text, language=lang, published=published)
        doc.analysis = analyse(text, lang)
        return stages[lang](doc)

    return link


def found(doc: Document, surface: str) -> list:
    return [m for m in doc.actor_mentions if m.text == surface]


def actors(doc: Document) -> dict[str, tuple]:
    """Each actor mention's text with its (country, sector)."""
    return {m.text: (m.country, m.sector) for m in doc.actor_mentions if m.is_actor}
