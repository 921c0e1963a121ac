"""German "am Montag rund 800 Beschäftigte", "nach Polizeiangaben etwa 3000 Menschen": an
adverb before a number ("rund", "etwa", "knapp") was read into the noun phrase before it,
so a crowd after a time noun was lost with the time and one after a prepositional phrase
became part of it; a protest after the verb lost its doers. The adverb opens the number's
own phrase. Full pipeline, sentences of our own."""

from __future__ import annotations

import pytest


def _sources(events: list, event_type: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.country, e.source.sector)
        for e in events
        if e.type == event_type and e.source is not None
    ]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("SOFIA (dpa) - Die Regierung erhöht die Steuern. In der Innenstadt zogen am Abend "
         "knapp 5000 Menschen zum Parlament.", "BGR"),
        ("ACCRA (dpa) - Die Preise steigen. Nach Angaben der Polizei demonstrierten am Freitag "
         "rund 3000 Menschen in der Hauptstadt.", "GHA"),
        ("Die Bundesregierung will das Werk in Bremen schließen. Kanzler Merz verteidigte den "
         "Plan in Berlin. Vor dem Werkstor versammelten sich am Montag rund 800 Beschäftigte "
         "zu einer Kundgebung.", "DEU"),
    ],
)  # fmt: skip
def test_crowd_after_approximate_number_is_the_doer(events_of, text: str, country: str) -> None:
    assert (country, "CVL") in _sources(events_of(text, "de"), "PROTEST")


def test_number_without_adverb_after_time_noun_unchanged(events_of) -> None:
    # the same clause without the adverb codes the crowd as before
    text = ("SOFIA (dpa) - Die Regierung erhöht die Steuern. In der Innenstadt zogen am Abend "
            "5000 Menschen zum Parlament.")
    assert ("BGR", "CVL") in _sources(events_of(text, "de"), "PROTEST")
