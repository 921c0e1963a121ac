"""The `Document`: the one object that flows through chronist's pipeline.

Ingestion creates it (text, metadata, paragraphs); every later stage adds its own
records (entities, times, events, quotes, quantities) and never rewrites another
stage's. `to_output()` renders it in the public format `chronist/1`
(see `../shared/spec/document-output.md`).

All offsets are Python string indices into `Document.text`, end exclusive.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "chronist/1"

ParagraphKind = Literal["body", "heading", "caption", "title"]
PublishedSource = Literal["given", "metadata", "inferred", "unknown"]
EntityType = Literal["PERSON", "ORG", "COUNTRY", "PLACE", "GROUP"]
TimeType = Literal["DATE", "DURATION", "SET", "TIME"]
Factuality = Literal["asserted", "negated", "possible", "planned"]
DateBasis = Literal["explicit", "narrative", "document"]
QuoteKind = Literal["direct", "indirect"]


def _drop_none(record: dict[str, Any], keep: tuple[str, ...] = ()) -> dict[str, Any]:
    """Drop optional keys whose value is None, but keep the ones the schema requires."""
    return {k: v for k, v in record.items() if v is not None or k in keep}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return _drop_none({"start": self.start, "end": self.end, "text": self.text})


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of `Document.text`: running text, a heading or an image caption."""

    start: int
    end: int
    kind: ParagraphKind = "body"

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind}


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: EntityType
    country: str | None = None
    sector: str | None = None
    mentions: list[Span] = field(default_factory=list)
    attributes: dict[str, Any] = field(default_factory=dict)
    """Extra facts the linker knows (e.g. `wikidata`, `office`, `kb`); emitted as-is."""

    def as_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "country": self.country,
            "sector": self.sector,
            "mentions": [m.as_dict() for m in self.mentions],
        }
        record.update(self.attributes)
        return record


@dataclass(slots=True)
class TimeExpression:
    start: int
    end: int
    text: str
    type: TimeType
    value: str | None
    attributes: dict[str, Any] = field(default_factory=dict)
    """E.g. `mod` (START/MID/END), `anchor` (document|narrative), `rule` id."""
    moves_narrative: bool = True
    """False for a date the story does not move to: a span's edge ("bis 2027") or a
    flashback ("hatte im Februar … ausgewiesen"). Internal (not in the output)."""
    span_edge: bool = False
    """True for the edge of a span ("seit 2018", "since June", "bis 2027"): it tells when
    something began or must end, not when the clause around it happened. Internal."""
    clause: tuple[int, ...] = ()
    """Offsets of the verb governing the expression and of the verbs of the clauses above
    it, from the parse (empty without one). Internal."""
    background: bool = False
    """The governing clause tells background about a noun (relative clause, participle)
    or looks ahead (a plan, a possibility): its time dates no other clause. Internal."""
    attached: tuple[int, ...] = ()
    """Offsets of the words a background clause hangs on ("sanctions … imposed in
    October"): an event named by one of them takes the clause's time. Internal."""

    def as_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }
        record.update(self.attributes)
        return record


@dataclass(slots=True)
class ActorRef:
    """An event participant: an entity (if linked) or a description with country/sector."""

    name: str | None
    country: str | None
    entity: str | None = None
    sector: str | None = None
    members: list[ActorRef] = field(default_factory=list)
    """Coordinated actors ("Scholz und Tusk") kept together in one event."""

    def as_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "entity": self.entity,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
        }
        if self.members:
            record["members"] = [m.as_dict() for m in self.members]
        return record


@dataclass(slots=True)
class Event:
    id: str
    type: str
    source: ActorRef | None
    target: ActorRef | None
    factuality: Factuality
    sentence: Span
    trigger: Span
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    date: str | None = None
    date_basis: DateBasis | None = None
    location: dict[str, Any] | None = None
    reported_by: dict[str, Any] | None = None
    intensity: float | None = None
    confidence: float | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    """E.g. `mentions` (merged repeats), `size` (dead/injured/arrested), `rule`."""

    def as_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "source": self.source.as_dict() if self.source else None,
            "target": self.target.as_dict() if self.target else None,
            "date": self.date,
            "date_basis": self.date_basis,
            "location": self.location,
            "factuality": self.factuality,
            "reported_by": self.reported_by,
            "intensity": self.intensity,
            "sentence": self.sentence.as_dict(),
            "trigger": self.trigger.as_dict(),
            "confidence": self.confidence,
        }
        record.update(self.attributes)
        return record


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: dict[str, Any] | None
    attributes: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
        }
        record.update(self.attributes)
        return record


@dataclass(slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float | int | None
    unit: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    """E.g. `counts` (what is counted: dead, injured, arrested, …), `approximate`."""

    def as_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "unit": self.unit,
        }
        record.update(self.attributes)
        return record


def text_id(text: str) -> str:
    """A document's id: the sha256 of its cleaned text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Document:
    """One article and everything chronist found in it."""

    text: str
    language: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    published_source: PublishedSource = "unknown"
    authors: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    # Filled by the stages, in pipeline order.
    analysis: Any = None
    """The NLP stage's result (a spaCy `Doc`); only `nlp/` and stages that read it touch it."""
    entities: list[Entity] = field(default_factory=list)
    actor_mentions: list[Any] = field(default_factory=list)
    """Filled by actors: every actor mention (names, metonyms, adjectives like "israelische
    Kampfflugzeuge", role nouns, pronouns) with its resolved entity/country/sector, in text
    order, for the event coder. Internal: not part of the output."""
    times: list[TimeExpression] = field(default_factory=list)
    narrative: Any = None
    """The time stage's narrative-time model: answers "what is the date at this offset?"."""
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    """Names of the stages that have run, in order (provenance)."""

    @property
    def id(self) -> str:
        return text_id(self.text)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        for paragraph in self.paragraphs:
            if paragraph.start <= offset < paragraph.end:
                return paragraph
        return None

    def to_output(self) -> dict[str, Any]:
        """The document as a `chronist/1` JSON object."""
        return {
            "schema": SCHEMA_VERSION,
            "document": {
                "id": self.id,
                "title": self.title,
                "url": self.url,
                "language": self.language,
                "published": self.published,
                "published_source": self.published_source,
                "authors": list(self.authors),
                "paragraphs": [p.as_dict() for p in self.paragraphs],
                "text": self.text,
            },
            "entities": [e.as_dict() for e in self.entities],
            "times": [t.as_dict() for t in self.times],
            "events": [e.as_dict() for e in self.events],
            "quotes": [q.as_dict() for q in self.quotes],
            "quantities": [q.as_dict() for q in self.quantities],
        }
