"""The document the linker reads, as the steps share it: its text and parse, the
mentions found so far, its sentences, its date and the countries it is set in."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from chronist.actors.draft import Draft
from chronist.actors.kb import KnowledgeBase
from chronist.document import Document

PERSON_KEYS = ("person", "new_person")
# Characters within which a bare noun ("die Armee") refers back to the last qualified one.
NEAR = 600


class Story:
    """Per-document state: set by `begin`, filled in by the linker's steps in order
    (`drafts` once the names are found, `dateline`, `scene`, `dominant`, `genders`)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.text = ""
        self.analysis = None
        self.day: date | None = None
        self.sentence_starts: list[int] = []
        self.title_end = 0
        self.reset()

    def begin(self, doc: Document, day: date | None) -> None:
        self.text = doc.text
        self.analysis = doc.analysis
        self.day = day
        self.sentence_starts = _sentence_starts(doc)
        # Where the headline ends (0 when the text opens with none).
        self.title_end = next(
            (p.end for p in doc.paragraphs if p.kind == "title" and p.start == 0), 0
        )
        self.reset()

    def reset(self) -> None:
        self.drafts: list[Draft] = []
        # The dateline's country; where the story happens; its main country.
        self.dateline: str | None = None
        self.scene: str | None = None
        self.dominant: str | None = None
        # Genders the text gives its people (chronist.actors.antecedents).
        self.genders: dict = {}

    def draft_sector(self, draft: Draft) -> str | None:
        """The draft's sector, or a known person's sector on the document's date."""
        return self.own_or_position(draft, "sector")

    def draft_country(self, draft: Draft) -> str | None:
        """The draft's country, or a known person's country on the document's date."""
        return self.own_or_position(draft, "country")

    def own_or_position(self, draft: Draft, attribute: str) -> str | None:
        own = getattr(draft, attribute)
        if own or not (draft.entity and draft.entity[0] == "person"):
            return own
        position = self.kb.position_on(self.kb.people[draft.entity[1]], self.day)
        return getattr(position, attribute) if position else None

    def countries_between(self, start: int, end: int, draft: Draft) -> set[str]:
        return {
            country
            for other in self.drafts
            if other is not draft
            and other.kind != "place"
            and start <= other.start < end
            and (country := self.draft_country(other))
        }

    def sentence_start(self, offset: int) -> int:
        index = bisect_right(self.sentence_starts, offset) - 1
        return self.sentence_starts[index] if index >= 0 else 0

    def sentence_end(self, offset: int) -> int:
        """Where the sentence holding `offset` ends: the next sentence's start."""
        index = bisect_right(self.sentence_starts, offset)
        return self.sentence_starts[index] if index < len(self.sentence_starts) else len(self.text)


def people(drafts: list[Draft], start: int, end: int) -> list[Draft]:
    """The mentions of people that start between `start` and `end`."""
    return [d for d in drafts if d.entity and d.entity[0] in PERSON_KEYS and start <= d.start < end]


def document_day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        try:
            return date(int(published[:4]), 7, 1)
        except ValueError:
            return None


def _sentence_starts(doc: Document) -> list[int]:
    if doc.analysis is not None:
        return [sent.start_char for sent in doc.analysis.sents]
    return [0] + [m.end() for m in re.finditer(r"[.!?]\s+", doc.text)]
