"""The pipeline: stages that each read some `Document` fields and assign others.

A stage is any object with `name`, `requires`, `assigns` (tuples of `Document`
attribute names) and `__call__(doc) -> Document`. `Pipeline` checks when it is built
that every stage's requirements are assigned by an earlier stage (or by ingestion),
and at run time that each stage returns the Document it was given.
Stages are built once per process and language and reused for every document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache
from importlib import import_module
from typing import Protocol, runtime_checkable

from chronist.document import Document
from chronist.errors import PipelineError

__all__ = ["Stage", "Pipeline", "STAGE_FACTORIES", "default_pipeline"]

# What ingestion fills before any stage runs.
INGESTED_FIELDS = (
    "text",
    "language",
    "title",
    "url",
    "published",
    "published_source",
    "authors",
    "paragraphs",
)


@runtime_checkable
class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


# Stage name -> "module:factory"; a factory takes the language code and returns a Stage.
# Order is pipeline order: data flows one way, each stage adds its own fields.
STAGE_FACTORIES: dict[str, str] = {
    "nlp": "chronist.nlp:build_stage",
    "actors": "chronist.actors:build_stage",
    "time": "chronist.time:build_stage",
    "quotes": "chronist.quotes:build_stage",
    "quantities": "chronist.quantities:build_stage",
    "events": "chronist.events:build_stage",
}


class Pipeline:
    """An ordered, checked sequence of stages."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        self.stages = list(stages)
        self._check()

    def _check(self) -> None:
        available = set(INGESTED_FIELDS)
        for stage in self.stages:
            missing = [f for f in stage.requires if f not in available]
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} requires {', '.join(missing)}, "
                    "which no earlier stage assigns"
                )
            available.update(stage.assigns)

    @property
    def names(self) -> list[str]:
        return [stage.name for stage in self.stages]

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            result = stage(doc)
            if result is not doc:
                raise PipelineError(
                    f"stage {stage.name!r} did not return the Document it was given"
                )
            doc.stages.append(stage.name)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for doc in docs:
            yield self(doc)


def _factory(spec: str) -> Callable[[str], Stage]:
    module_name, _, attr = spec.partition(":")
    return getattr(import_module(module_name), attr)


@cache
def default_pipeline(language: str, skip: tuple[str, ...] = ()) -> Pipeline:
    """The full pipeline for a language, built once per process and cached."""
    return Pipeline(
        [_factory(spec)(language) for name, spec in STAGE_FACTORIES.items() if name not in skip]
    )
