"""A joint act's subject that names both sides ("beide Regierungen", "the two countries") or
people of both ("die Präsidenten der beiden Länder", "delegations from both countries")
stands for the two parties the story told of before. Our own sentences."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, event_of_type


@pytest.mark.parametrize(
    ("text", "language", "kind", "sides"),
    [
        ("Kenia warf Somalia vor, Milizen zu unterstützen. Die Präsidenten der beiden Länder "
         "trafen sich am Montag in Addis Abeba.", "de", "CONSULT", {"KEN", "SOM"}),
        ("Äthiopien und Eritrea verhandelten über die Grenze. Die Unterhändler beider Staaten "
         "einigten sich auf einen Abzug der Truppen.", "de", "AGREE", {"ETH", "ERI"}),
        ("India accused Pakistan of shelling border villages. Delegations from both countries "
         "met in Geneva on Friday.", "en", "CONSULT", {"IND", "PAK"}),
        ("Armenia and Azerbaijan held talks on their border. The two governments later signed "
         "a peace agreement.", "en", "AGREE", {"ARM", "AZE"}),
        ("Thailand accused Cambodia of laying new mines. The foreign ministers of both "
         "countries agreed on a timetable.", "en", "AGREE", {"THA", "KHM"}),
    ],
)
def test_both_sides_as_subject_are_the_parties_told_before(
    events_of, text, language, kind, sides
) -> None:
    event = event_of_type(events_of(text, language), kind)
    assert actor_countries(event.source) == sides


def test_a_subject_without_a_quantifier_keeps_its_own_party(events_of) -> None:
    # "die Präsidenten Kenias": one country's people, not both sides.
    event = event_of_type(
        events_of("Kenia warf Somalia vor, Milizen zu unterstützen. Der Präsident Kenias "
                  "traf sich am Montag mit dem Präsidenten Äthiopiens.", "de"),
        "CONSULT",
    )
    assert "SOM" not in actor_countries(event.source)
