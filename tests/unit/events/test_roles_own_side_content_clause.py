"""A promise or announcement whose content clause has the speaker's own side as its doer
("sagte zu, die Bundespolizei werde …", "pledged that the army would …") is aimed at the
other party the clause names, not at the speaker's own body. Our own sentences."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, event_of_type


@pytest.mark.parametrize(
    ("text", "language", "target"),
    [
        ("Bundeskanzler Friedrich Merz sagte zu, die Bundespolizei werde künftig enger mit "
         "dem polnischen Grenzschutz zusammenarbeiten.", "de", {"POL"}),
        ("The Kenyan president promised that the police would work more closely with "
         "Ugandan border guards.", "en", {"UGA"}),
        ("The German chancellor pledged that the Bundeswehr would send more tanks to "
         "Ukraine.", "en", {"UKR"}),
    ],
)
def test_the_own_side_in_the_content_clause_is_no_target(
    events_of, text, language, target
) -> None:
    event = event_of_type(events_of(text, language), "AGREE")
    assert actor_countries(event.target) == target


def test_the_own_side_stays_when_no_other_party_is_named(events_of) -> None:
    # "the army would build new barracks": the speaker's own body is all there is.
    event = event_of_type(
        events_of("The German chancellor pledged that the Bundeswehr would receive more "
                  "money next year.", "en"),
        "AGREE",
    )
    assert actor_countries(event.target) <= {"DEU"}
