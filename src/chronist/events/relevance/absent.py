"""Acts said not to be there: under a preposition of absence, a gerund opposed, or in a
schedule nobody gave.

"pushed the reform through without consulting the unions", "left without a meeting": the
gerund or noun after "without" is an act not done. "gave no timetable for the withdrawal",
"has not set a date for the talks": an event noun completing a denied noun of schedule is
what nobody scheduled; neither reports a happening (the giving or refusing is the news).
"""

from __future__ import annotations

from spacy.tokens import Token

from chronist.events.frames import Frame
from chronist.events.relevance.data import Relevance
from chronist.events.relevance.syntax import NEGATION_DEPS, first_conjunct
from chronist.events.triggers import word_in


def _without(trigger: Token, cues: Relevance) -> bool:
    """"without consulting the OBR", "without meeting her counterpart", "without a vote":
    the trigger (or the first conjunct it shares its attachment with) is the gerund
    (English spaCy: pcomp) or object (pobj) of a preposition of absence (tagged ADP or
    SCONJ)."""
    token = first_conjunct(trigger)
    if token.dep_ in {"pcomp", "pobj"} and token.head.lower_ in cues.privative_prepositions:
        return True
    # "advised its citizens against travelling to the area", "voted against sending troops":
    # a gerund after "against" is an act opposed, not done ("protests against the attack":
    # a noun there may well have happened).
    return (
        token.dep_ == "pcomp"
        and token.tag_ == "VBG"
        and token.head.lower_ in cues.opposing_prepositions
    )


def _unscheduled(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"gave no timetable for the withdrawal of the troops", "did not give a timeline for
    the withdrawal", "has not set a date for the next round of talks": an event noun in a
    prepositional phrase (through at most two nouns: "round of talks") of a noun of
    schedule (`schedule_nouns`) that is denied: under "no", or the object of a negated
    verb (the phrase may hang on that verb: "give a timeline for …"). A schedule given
    ("set a date for the talks") makes the act planned, not absent."""
    if frame.entry.pos != "noun" or trigger.pos_ != "NOUN":
        return False
    token = trigger
    for _ in range(3):
        if token.dep_ != "pobj" or token.head.dep_ != "prep":
            return False
        token = token.head.head
        if token.pos_ == "VERB":
            objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
            return any(_denied_schedule(o, cues) for o in objects)
        if word_in(token, cues.schedule_nouns):
            return _denied_schedule(token, cues)
        if token.pos_ != "NOUN":
            return False
    return False


def _denied_schedule(noun: Token, cues: Relevance) -> bool:
    """A noun of schedule under "no", or the object of a negated verb."""
    if not word_in(noun, cues.schedule_nouns):
        return False
    if any(c.i < noun.i and word_in(c, cues.negative_determiners) for c in noun.children):
        return True
    return noun.dep_ in {"dobj", "nsubjpass", "attr"} and any(
        c.dep_ in NEGATION_DEPS for c in noun.head.children
    )
