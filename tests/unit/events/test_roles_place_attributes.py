"""German analytic genitive: 'aus mehreren Vierteln von Gaza-Stadt', 'im Hafen von Beira': a
target noun of no country with a place in a von-phrase right after it lies in that place
and is its country's; a doer after 'von' in a passive stays the doer. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Die israelische Armee zog sich am Montag aus mehreren Vierteln von Gaza-Stadt "
         "zurück.", "zog", "ISR", "PSE"),
        ("Deutsche Hilfsgüter sind am Dienstag im Hafen von Beira eingetroffen.",
         "eingetroffen", "DEU", "MOZ"),
        ("Russische Truppen beschossen die Vororte von Charkiw.", "beschossen", "RUS", "UKR"),
    ],
)
def test_a_target_noun_lies_in_the_place_of_its_von_phrase(
    events_of, text, trigger, source, target
):
    event = by_trigger(events_of(text, "de"))[trigger]
    assert (event.source.country, event.target.country) == (source, target)


def test_a_passive_doer_after_von_stays_the_doer(events_of):
    event = by_trigger(events_of(
        "Am Montag wurden zwei Journalisten von Russland ausgewiesen.", "de"))["ausgewiesen"]
    assert event.source.country == "RUS"
