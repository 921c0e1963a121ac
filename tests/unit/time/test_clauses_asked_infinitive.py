"""A to-/zu-infinitive after a verb of asking lies ahead like one after a verb of planning
("urged the council to vote in May", "forderte die Regierung auf, bis 2030 auszusteigen"),
also in the passive ("called for the office to be closed in 2029"): its time dates the
act asked for, not the asking. Sentences written for these tests."""

from __future__ import annotations

import pytest
from dating import analysed, date_of


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("en", "The union called for the office to be closed by 2029.", "called"),
        ("en", "The senators urged the council to hold a new vote in 2029.", "urged"),
        ("en", "Farmers asked the ministry to lift the ban by 2029.", "asked"),
        ("de", "Die Grünen forderten die Regierung auf, bis 2029 aus der Kohle auszusteigen.",
         "forderten"),
        ("de", "Der Verband rief die Stadt auf, die Brücke bis 2029 zu sanieren.", "rief"),
    ],
)
def test_clauses_the_time_of_an_act_asked_for_does_not_date_the_asking(language, text, word):
    doc = analysed(f"Headline\n\n{text}", language, "2026-05-20")
    assert date_of(doc, word) == "2026-05-20"


@pytest.mark.parametrize(
    ("language", "text", "word", "value"),
    [
        # the infinitive's own time still dates the act asked for
        ("en", "The union called for the office to be closed by 2029.", "closed", "2029"),
        # an infinitive after other verbs tells what happened
        ("en", "The rebels began to withdraw in March.", "began", "2026-03"),
        ("en", "The office had to be closed in March.", "closed", "2026-03"),
    ],
)
def test_clauses_other_infinitive_times_stay(language, text, word, value):
    doc = analysed(f"Headline\n\n{text}", language, "2026-05-20")
    assert date_of(doc, word) == value
