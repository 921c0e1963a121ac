"""German "stoppt/stellt die Einfuhr ein": stopping imports or exports of another state
("Einfuhr", "Ausfuhr", the native words for import and export) is a sanction, as with
"Import" and "Export". A firm that stops its own deliveries of a product, or a factory
that stops production, sanctions nobody. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("China stoppte die Einfuhr von Meeresfrüchten aus Japan.", "stoppte"),
        ("Russland stellte die Ausfuhr von Weizen nach Georgien ein.", "stellte"),
    ],
)
def test_stopping_imports_or_exports_is_a_sanction(events_of, text: str, trigger: str) -> None:
    assert by_trigger(events_of(text, "de"))[trigger].type == "SANCTION"


@pytest.mark.parametrize(
    "text",
    [
        "Der Autobauer stoppte die Produktion im Werk Zwickau für zwei Wochen.",
        "Die Bäckerei stellte den Verkauf von Brötchen am Sonntag ein.",
    ],
)
def test_stopping_own_business_sanctions_nobody(events_of, text: str) -> None:
    assert not [e for e in events_of(text, "de") if e.type == "SANCTION"]
