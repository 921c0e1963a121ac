"""Anaphora: a bare definite event noun ("nach dem Gespräch", "after the talks") refers back
to a happening the text has already reported; once an event of its type is coded, it is no
new one.
"""

from __future__ import annotations

from spacy.tokens import Doc

from chronist.events.frames import Frame
from chronist.events.relevance.data import Relevance
from chronist.events.triggers import word_in

# Dependents that leave an event noun bare: its article, its preposition, punctuation.
BARE_DEPS = frozenset({"det", "case", "punct"})


def anaphoric(doc: Doc, frame: Frame, cues: Relevance) -> bool:
    """A definite event noun with no argument of its own ("nach dem Gespräch", "Kritik an
    dem Treffen", "after the talks") refers back to a happening the text has reported:
    once an event of its type is coded, it is no new one."""
    token = doc[frame.trigger]
    if frame.entry.pos != "noun" or token.pos_ != "NOUN":
        return False
    before = [t for t in token.children if t.i < token.i and t.dep_ in {"det", "case"}]
    if token.i > 0:
        before.append(doc[token.i - 1])
    definite = any(word_in(t, cues.definite_articles) for t in before)
    # Its own phrase: any dependent but the article and the preposition ("die Gespräche
    # mit Iran", "dem geplanten Treffen", "the Oman talks" are not bare references).
    own = any(child.dep_ not in BARE_DEPS for child in token.children)
    return definite and not own
