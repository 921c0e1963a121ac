"""Public money given by a state organ: an event the plausibility threshold keeps.

The learned plausibility (plausibility.py) judges aid events by general features, and a
state budget line ("the ministry will spend 4 million dollars on street lamps", "the state
sent the city 3.5 million in shelter funds") looks to it like the many private gifts and
figurative "gives" of running text it was taught to drop. What marks the political act is
grammatical, not learned: a state organ as giver and a sum of money (or goods counted, no
span of time) as the direct object of the giving verb. Such an event is kept whatever its
confidence.
"""

from __future__ import annotations

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from chronist.document import Document, Event
from chronist.events.data import Cues

# Dependency labels of what a giving verb gives (spaCy English and UD): the direct object
# and the first object of "sent the city 3.5 million".
_OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "iobj"})


def public_money(event: Event, doc: Document, cues: Cues) -> bool:
    """Whether `event` gives a counted sum or amount from a state organ (see module doc)."""
    if event.type not in cues.public_money_types or event.source is None:
        return False
    sectors = {m.sector for m in event.source.members} or {event.source.sector}
    if not sectors <= cues.public_money_sectors:
        return False
    verb = _trigger_verb(doc.analysis, event.trigger.start)
    if verb is None:
        return False
    # A time span given ("given the committee six months") is no sum.
    times = [(t.start, t.end) for t in doc.times]
    spans = [
        (q.start, q.end) for q in doc.quantities
        if not any(q.start < end and start < q.end for start, end in times)
    ]  # fmt: skip
    return any(
        _holds_quantity(child, spans) for child in verb.children if child.dep_ in _OBJECT_DEPS
    )


def _trigger_verb(analysis: SpacyDoc, start: int) -> Token | None:
    span = analysis.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span[0]
    return token if token.pos_ in {"VERB", "AUX"} else None


def _holds_quantity(head: Token, spans: list[tuple[int, int]]) -> bool:
    """A quantity of the quantities stage lies inside the object phrase ("a $400,000
    grant", "another 2.5 billion kronur")."""
    first, last = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    return any(first <= start and end <= last for start, end in spans)
