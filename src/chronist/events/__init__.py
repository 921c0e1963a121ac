"""Events: the PLOVER coder (pipeline stage 6, `events`).

    build_stage(language) -> EventsStage   (assigns doc.events)

Data: `chronist/data/events/` (ontology.yaml, lexicon_<lang>.yaml, cues_<lang>.yaml).
Every event records the codebook version in `attributes["codebook"]` ("PLOVER 0.8").
"""

from __future__ import annotations

from chronist.document import Document
from chronist.events.coder import EventCoder

__all__ = ["EventCoder", "EventsStage", "build_stage"]


class EventsStage:
    name = "events"
    requires = ("analysis", "actor_mentions", "times", "narrative", "quotes", "quantities")
    assigns = ("events",)

    def __init__(self, language: str) -> None:
        self.coder = EventCoder(language)

    def __call__(self, doc: Document) -> Document:
        doc.events = self.coder.code(doc)
        return doc


def build_stage(language: str) -> EventsStage:
    return EventsStage(language)
