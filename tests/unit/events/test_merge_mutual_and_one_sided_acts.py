"""An act of both sides on each other and, in another sentence, one side's act of the
same type on the other are two acts. Our own sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Indien und Pakistan lieferten sich am Montag Artilleriegefechte. Beide Seiten "
               "warfen einander Verstöße gegen die Waffenruhe vor. Indien bestellte am Dienstag "
               "den pakistanischen Botschafter ein."),
        ("en", "India and Pakistan exchanged artillery fire on Monday. Both sides accused each "
               "other of violating the ceasefire. On Tuesday, India summoned the Pakistani "
               "ambassador."),
    ],
)  # fmt: skip
def test_mutual_and_one_sided_acts_stay_two(events_of, language, text) -> None:
    assert len([e for e in events_of(text, language) if e.type == "ACCUSE"]) == 2
