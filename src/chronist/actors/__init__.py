"""Actors: the knowledge base (countries, organisations, state organs, roles, people) and
the linker stage that finds and resolves every actor mention in a document.

`build_stage(language)` returns the "actors" stage; `ActorMention` is its record type.
"""

from __future__ import annotations

from typing import Any

from chronist.actors.mention import ActorMention

__all__ = ["ActorMention", "build_stage"]


def build_stage(language: str) -> Any:
    # Imported lazily: the schema and mention types must not pull in spaCy.
    from chronist.actors.stage import ActorsStage

    return ActorsStage(language)
