"""The `actors` pipeline stage: doc.entities and doc.actor_mentions."""

from __future__ import annotations

from chronist.actors.kb import load_kb
from chronist.actors.linker import Linker
from chronist.actors.loading import load_context
from chronist.document import Document
from chronist.errors import UnsupportedLanguageError


class ActorsStage:
    name = "actors"
    requires = ("analysis",)
    assigns = ("entities", "actor_mentions")

    def __init__(self, language: str) -> None:
        context = load_context()
        if language not in context.languages:
            raise UnsupportedLanguageError(f"no actor knowledge for language {language!r}")
        self.language = language
        self.linker = Linker(load_kb(language), context.languages[language])

    def __call__(self, doc: Document) -> Document:
        doc.entities, doc.actor_mentions = self.linker.link(doc)
        return doc
