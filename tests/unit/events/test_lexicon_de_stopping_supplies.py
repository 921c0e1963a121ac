"""German "einstellen" of supplies, exports or payments is stopping them, as "stoppen"
(SANCTION, discontinue); hiring staff, ending production or an investigation is not. A
company stopping deliveries to its customers is no political act. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


def test_a_state_stopping_supplies_is_a_sanction(events_of) -> None:
    event = by_trigger(events_of("Russland stellte die Gaslieferungen an Polen ein.", "de"))[
        "stellte"
    ]
    assert (event.type, event.mode) == ("SANCTION", "discontinue")
    assert event.target is not None and event.target.country == "POL"


@pytest.mark.parametrize(
    "text",
    [
        "Die Firma stellte im Mai zwanzig neue Mitarbeiter ein.",
        "Die Bahn stellte die Lieferungen an ihre Kunden ein.",
        "Das Werk stellte die Produktion von Autoteilen ein.",
    ],
)
def test_other_senses_of_einstellen_are_no_sanction(events_of, text: str) -> None:
    assert all(e.type != "SANCTION" for e in events_of(text, "de"))
