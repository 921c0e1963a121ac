"""An agentless charge in a story about one country ("X, 28, is accused of killing …") is
made by that country's authorities, as its agentless arrests are. Our own sentences."""

from __future__ import annotations

from event_builders import actor_countries, event_at


def test_an_agentless_charge_in_a_one_country_story_is_its_authorities(events_of) -> None:
    events = events_of("Police in Idaho arrested a 28-year-old man on Friday. Bryan Miller, "
                       "28, is accused of killing four students in Boise.", "en")
    assert actor_countries(event_at(events, "accused").source) == {"USA"}


def test_a_named_accuser_is_kept(events_of) -> None:
    # An agent the actor layer does not know still did it: no authorities stand in.
    events = events_of("Police in Idaho arrested a 28-year-old man. The man was accused by "
                       "his neighbours of setting fire to a church in Boise.", "en")
    charges = [e for e in events if e.trigger.text == "accused"]
    assert all("USA" not in actor_countries(e.source) for e in charges)
