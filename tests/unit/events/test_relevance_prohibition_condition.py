"""Sentences of our own: a negated modal of permission (relevance `prohibition_modals`:
"may not", "shall not") says what is forbidden, no happening; an act in a condition or
"once" clause in the present perfect ("once Russia has withdrawn"), in an unreal condition
("if Russia attacked …, … would") or as the object of one ("if they face complaints") has not
happened. A demand with "must not", a told act and a past "when" clause stay."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The treaty says Turkey may not expel Syrian refugees.", "COERCE"),
        ("Israel may not deny UN agencies access to Gaza, the court ruled.", "REJECT"),
        ("Talks can begin once Russia has withdrawn its troops from Ukraine.", "RETREAT"),
        ("The embassy will reopen once Iran has released the British hostages.", "RETREAT"),
        ("If Russia attacked Poland, the United States would respond.", "ASSAULT"),
        ("Ministers will resign if they face accusations from the opposition.", "ACCUSE"),
    ],
)
def test_no_happening(events_of, text: str, type_: str) -> None:
    assert type_ not in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The judge said Russia must not attack Moldova.", "REQUEST"),
        ("Turkey expelled Syrian refugees, the UN said.", "COERCE"),
        ("Russia has withdrawn its troops from Ukraine.", "RETREAT"),
        ("Talks began when Russia withdrew its troops from Ukraine.", "RETREAT"),
        ("Russia attacked Poland, and the United States responded.", "ASSAULT"),
    ],
)
def test_still_an_event(events_of, text: str, type_: str) -> None:
    assert type_ in types_of(events_of(text, "en"))
