"""A cooperative act 'between' two sides with no doer named ('talks between A and B were
held', 'zwischen A und B gilt eine Waffenruhe') is done by both sides together: they are
its source, not its target. A mediation between them stays the mediator's. Sentences of
our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "sides"),
    [
        ("Talks between Serbia and Kosovo were held in Brussels on Monday.", "en", "held",
         {"SRB", "XKX"}),
        ("A truce between Armenia and Azerbaijan took effect on Sunday.", "en", "truce",
         {"ARM", "AZE"}),
        ("Ein Vertrag zwischen Peru und Chile wurde am Freitag unterzeichnet.", "de",
         "unterzeichnet", {"PER", "CHL"}),
    ],
)
def test_both_sides_do_a_cooperative_act_between_them(events_of, text, lang, trigger, sides):
    event = by_trigger(events_of(text, lang))[trigger]
    assert actor_countries(event.source) == sides
    assert event.target is None


def test_a_mediation_between_two_sides_stays_the_mediators(events_of):
    text = "Egypt's mediation between Israel and Hamas continued on Tuesday."
    event = by_trigger(events_of(text, "en"))["mediation"]
    assert actor_countries(event.source) == {"EGY"}
