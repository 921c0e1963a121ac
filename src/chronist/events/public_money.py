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

from spacy.tokens import Token

from chronist.document import Document, Event
from chronist.events.data import Cues
from chronist.events.plausibility import token_at

# Dependency labels of what a giving verb gives (spaCy English and UD): the direct object
# and the first object of "sent the city 3.5 million".
_OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "iobj"})
# Dependency labels (UD) of a verb's prepositional phrase, for public_money_prepositions.
_OBLIQUE_DEPS = frozenset({"obl", "nmod"})
# Dependency labels of a clause under a verb ("announced plans to spend …", "kündigte an, … zu
# fördern").
_CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})


def public_money(event: Event, doc: Document, cues: Cues) -> bool:
    """Whether `event` gives a counted sum or amount from a state organ (see module doc)."""
    if event.type not in cues.public_money_types or event.source is None:
        return False
    sectors = {m.sector for m in event.source.members} or {event.source.sector}
    if not sectors <= cues.public_money_sectors:
        return False
    verb = token_at(doc.analysis, event.trigger.start)
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return False
    # A time span given ("given the committee six months") is no sum.
    times = [(t.start, t.end) for t in doc.times]
    spans = [
        (q.start, q.end) for q in doc.quantities
        if not any(q.start < end and start < q.end for start, end in times)
    ]  # fmt: skip
    return any(
        _holds_quantity(child, spans)
        for child in _phrases(verb)
        if child.dep_ in _OBJECT_DEPS or _sum_phrase(child, cues.public_money_prepositions)
    )


def _phrases(verb: Token) -> list[Token]:
    """The verb's phrases; for an infinitive clause also its governor's phrases between the
    two, which the parser often hangs on the governor ("kündigte an, 1,5 Millionen Euro …
    bereitzustellen": the sum is the infinitive's object)."""
    phrases = list(verb.children)
    if verb.dep_ in _CLAUSE_DEPS and verb.head.i < verb.i:
        phrases += [c for c in verb.head.children if verb.head.i < c.i < verb.i]
    return phrases


def _sum_phrase(child: Token, prepositions: frozenset[str]) -> bool:
    """A phrase of the verb opened by a preposition of sums ("mit zwei Millionen Euro")."""
    return child.dep_ in _OBLIQUE_DEPS and any(
        c.dep_ == "case" and c.lower_ in prepositions for c in child.children
    )


def _holds_quantity(head: Token, spans: list[tuple[int, int]]) -> bool:
    """A quantity of the quantities stage lies inside the object phrase ("a $400,000
    grant", "another 2.5 billion kronur")."""
    first, last = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    return any(first <= start and end <= last for start, end in spans)
