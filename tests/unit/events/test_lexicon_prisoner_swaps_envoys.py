"""A prisoner swap frees prisoners on both sides (RETREAT release of both, as the gold
conventions say), no cooperation; withdrawing an ambassador is recalling him (SANCTION),
not a retreat of troops. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Der Gefangenenaustausch zwischen Armenien und Aserbaidschan fand am Freitag statt.",
         "de", "Gefangenenaustausch"),
        ("A prisoner exchange between Armenia and Azerbaijan took place on Friday.", "en",
         "exchange"),
    ],
)
def test_a_prisoner_swap_is_a_joint_release(events_of, text, lang, trigger):
    event = by_trigger(events_of(text, lang))[trigger]
    members = {m.country for m in event.source.members}
    assert (event.type, event.mode, members) == ("RETREAT", "release", {"ARM", "AZE"})


def test_withdrawing_an_ambassador_is_a_sanction(events_of):
    text = "Kolumbien zog am Freitag seinen Botschafter aus Israel ab."
    event = by_trigger(events_of(text, "de"))["zog"]
    assert (event.type, event.source.country, event.target.country) == ("SANCTION", "COL", "ISR")
