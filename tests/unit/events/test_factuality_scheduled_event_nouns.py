"""German "sollen" on the verb whose subject is the event noun itself tells a schedule,
not a duty laid on anyone (cues schedule_modals): "Ein Treffen soll nächste Woche
stattfinden" is a meeting to come, coded; a state as subject is still obliged. Sentences of our
own."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    "text",
    [
        "Ein Treffen zwischen Putin und Trump soll im Mai in Budapest stattfinden.",
        "Eine zweite Verhandlungsrunde zwischen Kiew und Moskau soll im Mai stattfinden.",
        "Die Gespräche zwischen Serbien und dem Kosovo sollen in Brüssel fortgesetzt werden.",
        "Die Verhandlungen zwischen Armenien und Aserbaidschan sollen im April beginnen.",
    ],
)  # fmt: skip
def test_scheduled_event_noun_is_coded(events_of, text: str) -> None:
    # Its factuality follows the date (planned when a day ahead is named); the modal alone
    # does not make it planned yet.
    assert types_of(events_of(text, "de")) == ["CONSULT"]


def test_state_subject_still_obliged(events_of) -> None:
    assert types_of(events_of("Venezuela müsse seine Gesetze reformieren.", "de")) == []
    text = "Die Regierung in Belgrad solle die Gespräche wieder aufnehmen, forderte die EU."
    assert "REQUEST" in types_of(events_of(text, "de"))
