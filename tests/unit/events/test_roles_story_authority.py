"""An agentless arrest in a story about one country was made by its authorities when the
patient is an undescribed crowd or someone of that country, not when a second country
is named as often. Our own sentences."""

from __future__ import annotations

from event_builders import country_of, event_at


def test_a_named_person_of_the_story_country_was_arrested_by_its_authorities(
    events_of,
) -> None:
    text = (
        "Bolivia's government extended the state of emergency on Monday.\n\n"
        "The Bolivian opposition leader Marco Vaca was detained at his home on Tuesday."
    )
    arrest = event_at(events_of(text, "en"), "detained")
    assert country_of(arrest.source) == "BOL"
    assert country_of(arrest.target) == "BOL"


def test_a_story_between_two_countries_names_no_arresting_state(events_of) -> None:
    text = (
        "Bolivia's government protested to Chile on Monday.\n\n"
        "A Chilean journalist was detained at the border on Tuesday."
    )
    arrests = [e for e in events_of(text, "en") if e.trigger.text == "detained"]
    assert all(country_of(arrest.source) is None for arrest in arrests)
