"""Journalists a statement is made to ("told reporters", "speaking to reporters", "sagte
vor Journalisten") are the press, of no one country; journalists who act or suffer keep
the story's country."""

from __future__ import annotations

import pytest
from linking import actors, linker

link = linker("2026-04-01")


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("KATHMANDU, Nepal (AP) — Nepal's army said on Monday that a guide told reporters "
     "the climb had been hard. Nepal's government agreed.", "en", "reporters"),
    ("Speaking to reporters in Chisinau, Moldova's president said Moldova would stay "
     "neutral.", "en", "reporters"),
    ("BERLIN (dpa) - Der Kanzler sagte vor Journalisten in Berlin, Deutschland werde "
     "helfen.", "de", "Journalisten"),
])
def test_press_addressed_has_no_country(stages, text, lang, surface):
    assert actors(link(stages, text, lang))[surface] == (None, "JRN")


def test_journalists_who_suffer_keep_the_story_country(stages):
    text = ("Moldova's police detained two journalists in Chisinau on Monday. Moldova's "
            "president said the arrests were lawful.")
    assert actors(link(stages, text))["journalists"] == ("MDA", "JRN")
