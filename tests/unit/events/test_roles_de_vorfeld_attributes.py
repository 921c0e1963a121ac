"""German verb second: one constituent stands before a main clause's finite verb, so a
von- or durch-phrase there after the first noun phrase belongs to that noun ('Der Angriff
von Rebellen auf die Stadt wurde von der Regierung verurteilt') and is no doer of the
passive; a doer phrase opening the clause, after the finite verb or in a verb-final
clause stays the doer. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Der Angriff von Rebellen auf die Stadt wurde von der Regierung Malis verurteilt.",
         "verurteilt", "MLI"),
        ("Die Festnahme von drei Journalisten durch die Polizei wurde von Frankreich "
         "kritisiert.", "kritisiert", "FRA"),
    ],
)
def test_a_phrase_inside_the_first_constituent_is_no_passive_doer(
    events_of, text, trigger, doer
):
    event = by_trigger(events_of(text, "de"))[trigger]
    assert event.source.country == doer


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Von der russischen Polizei wurden drei Männer festgenommen.", "festgenommen",
         "RUS"),
        ("Drei Männer wurden am Montag von der russischen Polizei festgenommen.",
         "festgenommen", "RUS"),
        ("Die Zeitung berichtete, dass drei Männer von der russischen Polizei festgenommen "
         "wurden.", "festgenommen", "RUS"),
    ],
)
def test_a_passive_doer_elsewhere_stays(events_of, text, trigger, doer):
    event = by_trigger(events_of(text, "de"))[trigger]
    assert event.source.country == doer
