"""Diplomatic formulas: declaring diplomats unwelcome is expelling them, as declaring them
persona non grata is; calling another state's act regrettable, or saying it was, is
disapproval. A regret about weather or sport and a player declared fit are no event.
Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


def test_diplomats_declared_unwelcome_are_expelled(events_of) -> None:
    event = by_trigger(events_of("Norway declared three Russian diplomats unwelcome on Friday.",
                                 "en"))["declared"]
    assert (event.type, event.source.country, event.target.country) == ("SANCTION", "NOR", "RUS")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Poland expelled two Belarusian diplomats on Monday. A spokesperson for the "
         "Belarusian foreign ministry called the decision regrettable.", "called"),
        ("Poland expelled two Belarusian diplomats on Monday. Minsk said the decision was "
         "regrettable.", "regrettable"),
    ],
)
def test_an_act_called_regrettable_is_disapproved(events_of, text, trigger) -> None:
    event = by_trigger(events_of(text, "en"))[trigger]
    assert (event.type, event.source.country) == ("ACCUSE", "BLR")


@pytest.mark.parametrize(
    "text",
    [
        "It is regrettable that the match was cancelled because of the rain.",
        "The club declared the new signing fit for Saturday's game.",
    ],
)
def test_regret_about_weather_and_a_fit_player_are_no_event(events_of, text) -> None:
    assert not [e for e in events_of(text, "en") if e.type in {"ACCUSE", "SANCTION"}]
