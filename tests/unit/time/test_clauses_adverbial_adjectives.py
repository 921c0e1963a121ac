"""An adjective standing as an adverb (German ADJD: "erneut", "gezielt", "verstärkt") has a
participle's form but is never an attributive participle: a time the parser hangs on it
before a noun dates the clause, not a background phrase of that noun. Sentences written
for these tests (2026-03-18 is a Wednesday)."""

from __future__ import annotations

import pytest
from dating import analysed, date_of

PUBLISHED = "2026-03-18"


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("Russland hat nach Angaben Kiews am Wochenende erneut Städte im Osten der "
         "Ukraine angegriffen.", "angegriffen", "2026-W11-WE"),
        ("Die Polizei hat am Montag gezielt Wohnungen von Aktivisten durchsucht.",
         "durchsucht", "2026-03-16"),
        # an inflected attributive participle keeps its own time
        ("Das im Mai geschlossene Abkommen wurde am Montag gebrochen.", "gebrochen",
         "2026-03-16"),
    ],
)
def test_clauses_a_time_on_an_adverbial_adjective_dates_the_clause(text, word, value):
    doc = analysed(f"Überschrift\n\n{text}", "de", PUBLISHED)
    assert date_of(doc, word) == value
