"""A coup is force against the state's own leaders (ASSAULT): 'putschen', 'Putsch',
'Staatsstreich', 'die Macht ergreifen', 'staged a coup'. A diplomatic coup is a success,
no violence. Sentences of our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In Guinea-Bissau putschten Offiziere am Sonntag gegen den Präsidenten.", "de"),
        ("Der Staatsstreich des Militärs in Gabun erschütterte die Region.", "de"),
        ("Army officers staged a coup in Gabon on Sunday.", "en"),
    ],
)
def test_a_coup_is_an_assault(events_of, text, lang):
    assert [e for e in events_of(text, lang) if e.type == "ASSAULT"]


def test_a_diplomatic_coup_is_no_violence(events_of):
    text = "The summit was a diplomatic coup for the Kenyan president."
    assert not [e for e in events_of(text, "en") if e.type == "ASSAULT"]
