"""An event noun after a preposition of what happened before ("after the president's
stopover", "nach einem Angriff") in a story's opening tells what happened before its clause:
without a time of its own it takes the day the text tells next in the week before that
clause's day, not the clause's. Sentences written for these tests (2026-03-12 is a
Thursday)."""

from __future__ import annotations

import pytest
from dating import analysed, date_of

PUBLISHED = "2026-03-12"


@pytest.mark.parametrize(
    ("language", "text", "word", "value"),
    [
        ("en", "Warships circled the island on Thursday after the president's stopover in "
         "Hawaii.\n\nThe president passed through Hawaii last week.", "stopover", "2026-W10"),
        ("de", "Litauen schloss am Donnerstag einen Grenzübergang nach einem Angriff auf "
         "Zöllner.\n\nZwei Zöllner waren am Dienstag beschossen worden.", "Angriff",
         "2026-03-10"),
    ],
)
def test_narrative_an_anterior_noun_takes_the_day_told_before(language, text, word, value):
    doc = analysed(f"Headline\n\n{text}", language, PUBLISHED)
    assert date_of(doc, word) == value


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        # a time of its own
        ("Warships circled the island on Thursday after the attack on Monday.\n\n"
         "Guards were shot on Tuesday.", "attack", "2026-03-09"),
        # a day told of some other thing, in a participle, is not its day
        ("Warships circled the island on Thursday after the attack.\n\nThe treaty, signed "
         "on Tuesday, allows patrols.", "attack", PUBLISHED),
        # past the opening, the noun is read as before
        ("Warships circled the island on Thursday.\n\nThe navy said so.\n\nThe crews were "
         "calm.\n\nPatrols resumed on Thursday after the attack.\n\nGuards were shot on "
         "Tuesday.", "attack", PUBLISHED),
    ],
)
def test_narrative_other_dates_of_anterior_nouns_stay(text, word, value):
    doc = analysed(f"Headline\n\n{text}", "en", PUBLISHED)
    assert date_of(doc, word) == value
