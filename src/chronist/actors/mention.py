"""`ActorMention`: one actor mention in a document, for the event coder and quotes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

MentionKind = Literal[
    "name", "metonym", "adjective", "role", "pronoun", "description", "organ", "place"
]


@dataclass(slots=True)
class ActorMention:
    """A span of `Document.text` (character offsets, end exclusive) naming an actor.

    `entity` is the id of the `Entity` in `doc.entities` it belongs to, or None for
    descriptions that name no individual ("die iranischen Behörden" is ISR/GOV but no
    entity). `kind` says how the actor is expressed:

    - name: a proper name ("Wladimir Putin", "Putins", "Hamas", "Russland")
    - metonym: a capital or seat standing for the government ("Moskau warnt", "der Kreml")
    - adjective: a country adjective/demonym ("israelische Kampfflugzeuge", "Russen")
    - role: a role noun resolved or resolvable to a person ("der russische Präsident")
    - pronoun: a pronoun resolved to a person ("er", "sie")
    - description: an apposition or description ("Jonas Berg, Direktor des Instituts…")
    - organ: a state organ ("das russische Außenministerium", "US-Streitkräfte")
    - place: a capital or country used as a location ("in Moskau"); not an actor
    `head_start`/`head_end` delimit the head word when the mention is longer
    ("der russische Präsident Wladimir Putin" -> head "Wladimir Putin").
    """

    start: int
    end: int
    text: str
    entity: str | None
    name: str
    type: str
    country: str | None
    sector: str | None
    kind: MentionKind
    head_start: int | None = None
    head_end: int | None = None
    role: str | None = None
    """Role key (roles.yaml) for role/description mentions."""

    @property
    def is_actor(self) -> bool:
        return self.kind != "place"
