"""A year that is a noun's attribute ("der Vertrag von 1920", "the treaty of 1920") tells
which thing is meant: it dates that noun, not the verb of the clause around it, while a
year the verb governs or a time noun takes ("im Jahr 2020") still dates the clause.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from dating import analysed, date_of


@pytest.mark.parametrize(
    ("language", "text", "word", "value"),
    [
        ("de", "Die Ministerin warf der Regierung vor, den Vertrag von 1920 zu brechen.",
         "warf", "2026-02-19"),
        ("de", "Der Minister kritisierte am Montag das Abkommen von 1994 scharf.",
         "kritisierte", "2026-02-16"),
        ("en", "The minister accused the government of breaking the treaty of 1920.",
         "accused", "2026-02-19"),
        ("en", "Officials rejected the plan of 2019 on Monday.", "rejected", "2026-02-16"),
        ("en", "A 2013 ruling stripped thousands of their citizenship.", "stripped", "2013"),
        ("de", "Die Stadt hatte im Jahr 2020 einen neuen Rat gewählt.", "gewählt", "2020"),
        ("en", "The city elected a new council in 2020.", "elected", "2020"),
        ("en", "The fighting ended at the end of 2020.", "ended", "2020"),
    ],
)
def test_clauses_a_noun_year_dates_its_noun_not_the_verb(language, text, word, value):
    doc = analysed(f"Headline\n\n{text}", language, "2026-02-19")
    assert date_of(doc, word) == value


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("de", "Die Regierung kündigte den Vertrag von 1920.", "Vertrag"),
        ("en", "The opposition criticised the treaty of 1920.", "treaty"),
    ],
)
def test_clauses_a_noun_year_still_dates_its_noun(language, text, word):
    doc = analysed(f"Headline\n\n{text}", language, "2026-02-19")
    assert date_of(doc, word) == "1920"


@pytest.mark.parametrize(
    ("language", "text", "word", "value"),
    [
        # nor is it a year the story reached: a bare season after it is this one
        ("de", "Der Vertrag von 1920 regelt die Fischerei. Im Herbst einigten sich beide "
         "Staaten auf neue Quoten.", "einigten", "2025-FA"),
        ("en", "The treaty of 1920 governs fishing. In the autumn both states agreed on new "
         "quotas.", "agreed", "2025-FA"),
    ],
)
def test_clauses_a_noun_year_moves_no_story(language, text, word, value):
    doc = analysed(f"Headline\n\n{text}", language, "2026-02-19")
    assert date_of(doc, word) == value
