"""German factuality: a modal in the past indicative ("musste zurücktreten", "konnte die
Täter festnehmen") narrates the act as done, while Konjunktiv II ("müsste", "könnte") and
the present ("muss", "kann") keep duty and possibility; an attributive "mutmaßlich" or
"angeblich" hedges its own noun ("zwei mutmaßliche Agenten"), not the act, unless it
qualifies the trigger itself ("der mutmaßliche Anschlag"). Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "event_type"),
    [
        ("Der Innenminister musste nach dem Misstrauensvotum zurücktreten.", "zurücktreten",
         "RETREAT"),
        ("Die Armee musste sich aus der umkämpften Stadt zurückziehen.", "zurückziehen",
         "RETREAT"),
    ],
)  # fmt: skip
def test_a_past_indicative_must_tells_a_done_act(
    events_of, text: str, trigger: str, event_type: str
) -> None:
    event = by_trigger(events_of(text, "de"))[trigger]
    assert (event.type, event.factuality) == (event_type, "asserted")


def test_a_past_indicative_can_tells_a_done_act(events_of) -> None:
    text = "Die Polizei konnte die Entführer am Abend in Lyon festnehmen."
    assert by_trigger(events_of(text, "de"))["festnehmen"].factuality == "asserted"


def test_konjunktiv_ii_can_stays_possible(events_of) -> None:
    text = "Die Armee könnte die Stadt schon in wenigen Tagen angreifen."
    assert by_trigger(events_of(text, "de"))["angreifen"].factuality == "possible"


def test_a_present_must_said_by_someone_stays_a_demand(events_of) -> None:
    text = "Die Regierung muss zurücktreten, forderte die Opposition."
    events = events_of(text, "de")
    assert "zurücktreten" not in by_trigger(events)
    assert by_trigger(events)["forderte"].type == "REQUEST"


def test_konjunktiv_ii_must_is_no_done_act(events_of) -> None:
    text = "Der Innenminister müsste nach dem Misstrauensvotum eigentlich zurücktreten."
    assert "zurücktreten" not in by_trigger(events_of(text, "de"))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Die Polizei nahm in Hamburg zwei mutmaßliche Agenten fest.", "nahm"),
        ("Ein Gericht verurteilte die Reporterin wegen angeblicher Spionage zu acht Jahren Haft.",
         "verurteilte"),
    ],
)  # fmt: skip
def test_a_hedged_participant_leaves_the_act_asserted(events_of, text: str, trigger: str) -> None:
    assert by_trigger(events_of(text, "de"))[trigger].factuality == "asserted"


def test_a_hedge_on_the_event_noun_keeps_it_possible(events_of) -> None:
    text = "Nach dem mutmaßlichen Anschlag auf die Pipeline verurteilte Norwegen Russland."
    assert by_trigger(events_of(text, "de"))["Anschlag"].factuality == "possible"
