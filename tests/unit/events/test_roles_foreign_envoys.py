"""The envoy a state summons or expels is another state's (cues foreign_envoy_lemmas):
a possessive the actor layer read as the doer's own ("Ghana summoned its ambassador"),
or one it could not place ("dessen Botschafterin"), names the other party of the latest
act between the doer's country and one other. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        ("Togo insulted Ghana. Ghana then summoned its ambassador.", "en", "summoned"),
        ("Togo insulted Ghana's president on Monday. Accra expelled its diplomats on "
         "Tuesday.", "en", "expelled"),
        ("Togo beleidigte Ghana. Ghana bestellte daraufhin seine Botschafterin ein.", "de",
         "bestellte"),
        ("Togo beleidigte Ghana. Ghana bestellte daraufhin dessen Botschafterin ein.", "de",
         "bestellte"),
        ("Togo hat den Präsidenten Ghanas beleidigt. Die Regierung in Accra wies daraufhin "
         "seine Diplomaten aus.", "de", "wies"),
    ],
)
def test_a_summoned_or_expelled_envoy_is_the_other_sides(events_of, text, language, trigger):
    event = by_trigger(events_of(text, language))[trigger]
    assert (actor_countries(event.source), actor_countries(event.target)) == ({"GHA"}, {"TGO"})


def test_an_envoy_of_nobody_named_stays_open(events_of):
    event = by_trigger(events_of("Ghana expelled three diplomats on Tuesday.", "en"))["expelled"]
    assert event.target is None or not event.target.country
