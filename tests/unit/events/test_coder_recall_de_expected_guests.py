"""German "X wird … in <Ort> erwartet": a guest expected at a place is coming to visit
(a planned CONSULT, like the guest passive "wurde in Jakarta empfangen"); a thing expected
there, or expecting anything in the active, is no visit. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "guest", "host"),
    [
        ("Der französische Präsident wird am Montag in Berlin erwartet.", "FRA", "DEU"),
        ("Die polnische Außenministerin werde am Freitag in Vilnius erwartet, teilte "
         "ihr Sprecher mit.", "POL", "LTU"),
    ],
)  # fmt: skip
def test_a_guest_expected_at_a_place_visits(events_of, text, guest, host) -> None:
    event = by_trigger(events_of(text, "de"))["erwartet"]
    assert (event.type, event.factuality) == ("CONSULT", "planned")
    assert actor_countries(event.source) == {guest}
    assert actor_countries(event.target) == {host}


@pytest.mark.parametrize(
    "text",
    [
        "In Brüssel wird bis Freitag eine Entscheidung der Kommission erwartet.",
        "In Kiew werden in der Nacht weitere russische Angriffe erwartet.",
        "Die Regierung erwartet in Deutschland einen Anstieg der Preise.",
        "Die Nachricht wurde in Berlin mit großer Sorge empfangen.",
    ],
)
def test_a_thing_expected_or_received_is_no_visit(events_of, text) -> None:
    assert not [e for e in events_of(text, "de") if e.type == "CONSULT"]
