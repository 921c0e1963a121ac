"""A state named after "to"/"toward" that hangs on a verb of giving or telling or a word
of attitude (context.yaml addressee_heads), or after "from" that hangs on a noun of
reaction (voice_nouns), is a party to the act, not a place; a destination of motion and
the end of a range stay places. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "name"), [
    ("Norway donated three patrol boats to Ghana last year.", "Ghana"),
    ("The prime minister said he was grateful to Japan for its help.", "Japan"),
    ("Seoul conveyed its concerns to China through diplomatic channels.", "China"),
    ("The plan drew an angry protest from Vietnam.", "Vietnam"),
    ("Poland handed the files to Lithuania on Friday.", "Lithuania"),
])
def test_an_addressee_or_voice_is_a_party(stages, text, name):
    doc = link(stages, text, "en")
    state = found(doc, name)
    assert state and state[0].kind == "name" and state[0].is_actor


@pytest.mark.parametrize(("text", "name"), [
    ("The foreign minister flew to Ghana on Monday.", "Ghana"),
    ("She praised strongmen from Russia to Syria in her speeches.", "Syria"),
    ("Migrants from Eritrea reached Malta by boat.", "Eritrea"),
])
def test_a_destination_or_range_stays_a_place(stages, text, name):
    doc = link(stages, text, "en")
    state = found(doc, name)
    assert not state or state[0].kind == "place"
