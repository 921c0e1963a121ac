"""The mention under construction that every step of the actors stage passes on: a
`Draft`, the entity keys it may link to, and the syntactic head of a character range."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from chronist.actors.mention import MentionKind

# Entity keys: ("country", RUS) ("capital", RUS) ("person", id) ("org", id)
# ("organ", "RUS:foreign_ministry") ("new_person", name) ("new_org", name)
EntityKey = tuple[str, str]

# Sectors of state organs and office holders: a country in a compound is their state
# ("US-Streitkräfte"); for others it is the topic ("Russland-Experte").
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
ORGANISATION_ENTITIES = frozenset({"org", "new_org"})


@dataclass(slots=True)
class Draft:
    """A mention under construction."""

    start: int
    end: int
    kind: MentionKind
    country: str | None = None
    sector: str | None = None
    entity: EntityKey | None = None
    role: str | None = None
    organ: str | None = None
    org: str | None = None
    head: tuple[int, int] | None = None
    former: bool = False
    entity_type: str | None = None
    extra: dict = field(default_factory=dict)

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end

    def is_organisation(self) -> bool:
        """Linked to an organisation, known to the KB or new."""
        return self.entity is not None and self.entity[0] in ORGANISATION_ENTITIES


def parse_root(analysis: Any, start: int, end: int) -> Any:
    """The syntactic head of the words over a character range, or None when the text
    has no parse or the range covers no token."""
    if analysis is None:
        return None
    span = analysis.char_span(start, end, alignment_mode="expand")
    return None if span is None else span.root
