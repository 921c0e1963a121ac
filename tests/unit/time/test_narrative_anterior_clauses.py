"""A clause of "after" / "nachdem" tells what happened before the clause above: without a
time of its own it takes the day the text tells next in the week before that clause's day
("summoned the envoy on Thursday after a court refused … The court ruled on Tuesday"),
not the day of the clause above. Sentences written for these tests (2026-03-12 is a
Thursday)."""

from __future__ import annotations

import pytest
from dating import analysed, date_of

PUBLISHED = "2026-03-12"


@pytest.mark.parametrize(
    ("language", "text", "word", "value"),
    [
        ("en", "The ministry summoned the ambassador on Thursday after a court refused to "
         "hand over the suspect.\n\nThe court ruled on Tuesday that the man could stay.",
         "refused", "2026-03-10"),
        ("de", "Das Außenministerium bestellte am Donnerstag den Botschafter ein, nachdem "
         "ein Gericht die Auslieferung abgelehnt hatte.\n\nDas Gericht hatte am Dienstag "
         "entschieden, dass der Mann bleiben darf.", "abgelehnt", "2026-03-10"),
        ("en", "Warships circled the island on Thursday, days after the president made a "
         "stop in Hawaii.\n\nThe president passed through Hawaii last week.", "made",
         "2026-W10"),
    ],
)
def test_narrative_an_anterior_clause_takes_the_day_told_before(language, text, word,
                                                                  value):
    doc = analysed(f"Headline\n\n{text}", language, PUBLISHED)
    assert date_of(doc, word) == value


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        # no earlier day told: the clause above still dates it
        ("The ministry summoned the ambassador on Thursday after a court refused to hand "
         "him over.", "refused", PUBLISHED),
        # a time of its own
        ("The ministry summoned the ambassador on Thursday after a court refused on Monday "
         "to hand him over.\n\nThe court ruled on Tuesday.", "refused", "2026-03-09"),
        # a day more than a week before is another happening
        ("The ministry summoned the ambassador on Thursday after a court refused to hand "
         "him over.\n\nThe court had ruled on 20 February.", "refused", PUBLISHED),
        # the clause above keeps its day
        ("The ministry summoned the ambassador on Thursday after a court refused to hand "
         "him over.\n\nThe court ruled on Tuesday.", "summoned", PUBLISHED),
    ],
)
def test_narrative_other_dates_of_anterior_clauses_stay(text, word, value):
    doc = analysed(f"Headline\n\n{text}", "en", PUBLISHED)
    assert date_of(doc, word) == value


@pytest.mark.parametrize(
    ("language", "text", "word", "value"),
    [
        ("en", "Moscow ordered two Dutch diplomats to leave on Thursday, a week after the "
         "Netherlands expelled two Russian envoys.", "expelled", "2026-03-05"),
        ("en", "Warsaw closed a border crossing on Tuesday, two days after soldiers fired "
         "shots at its guards.", "fired", "2026-03-08"),
        ("de", "Moskau hat am Donnerstag zwei niederländische Diplomaten ausgewiesen, eine "
         "Woche nachdem die Niederlande zwei russische Gesandte ausgewiesen hatten.",
         "hatten", "2026-03-05"),
        # a measure finer than the day of the clause above moves nothing
        ("en", "Moscow ordered two Dutch diplomats to leave in February, a week after the "
         "Netherlands expelled two Russian envoys.", "expelled", "2026-02"),
    ],
)
def test_narrative_a_measured_anterior_clause_lies_that_long_before(language, text, word,
                                                                     value):
    """ "a week after X" / "eine Woche nachdem X": X lies a week before the clause above."""
    doc = analysed(f"Headline\n\n{text}", language, PUBLISHED)
    assert date_of(doc, word) == value
