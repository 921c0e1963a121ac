"""A country adjective before a German event noun names the state that acts ("die chinesische
Kritik an Japan"), through the full pipeline on sentences of our own."""

from __future__ import annotations

import pytest


def _roles(events: list, trigger: str) -> tuple[str | None, str | None]:
    event = next(e for e in events if e.trigger.text == trigger)
    return (
        event.source.country if event.source else None,
        event.target.country if event.target else None,
    )


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Die chinesische Kritik an Japan wurde am Montag lauter.", "Kritik", "CHN", "JPN"),
        ("Nach der amerikanischen Hilfe für Kenia stiegen die Kosten.", "Hilfe", "USA", "KEN"),
        ("Seit Beginn des türkischen Angriffskriegs auf Armenien ist die Lage angespannt.",
         "Angriffskriegs", "TUR", "ARM"),
        # The adjective opens the text, which ends in a hyphen: nothing stands before it.
        ("Chinesische Kritik an Japan wächst -", "Kritik", "CHN", "JPN"),
    ],
)  # fmt: skip
def test_adjective_doer_country_adjective_is_the_source(
    events_of, text: str, trigger: str, source: str, target: str
) -> None:
    assert _roles(events_of(text, "de"), trigger) == (source, target)


def test_adjective_doer_stance_adjective_is_no_source(events_of) -> None:
    events = events_of("Die prorussische Kritik an der moldauischen Regierung wächst.", "de")
    assert all(e.source is None or e.source.country != "RUS" for e in events)
