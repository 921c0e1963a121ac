"""A negated cooperative act told in the Konjunktiv I perfect ("habe nicht kooperiert") is the
past told in reported speech: the act did not happen (negated, PLOVER's reading REJECT), no
refusal; a Konjunktiv II ("würde nicht unterzeichnen") stays a refusal. Sentences of our own."""

from __future__ import annotations

from event_builders import by_trigger


def test_a_reported_perfect_negation_is_an_act_not_done(events_of) -> None:
    text = "Chile habe bisher nicht mit den peruanischen Behörden kooperiert, sagte der Anwalt."
    event = by_trigger(events_of(text, "de"))["kooperiert"]
    assert (event.type, event.factuality) == ("COOPERATE", "negated")
    assert event.attributes["plover_reading"]["type"] == "REJECT"


def test_a_konjunktiv_ii_negation_stays_a_refusal(events_of) -> None:
    text = "Chile würde nicht mit den peruanischen Behörden kooperieren, sagte der Anwalt."
    assert by_trigger(events_of(text, "de"))["kooperieren"].type == "REJECT"
