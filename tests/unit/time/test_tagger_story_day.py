"""A part of a day told in the past without a day of its own ("rief am Abend auf", "in the
evening, … urged"), in a paragraph where the story is back at the day of writing, is the
evening of the day gone by that the lead tells, not of the day of writing. Sentences written
for these tests (2026-03-10 is a Tuesday)."""

from __future__ import annotations

import pytest
from dating import analysed

PUBLISHED = "2026-03-10"

LEAD = {
    "de": "Hunderte Fischer haben am Montag den Hafen von Brest blockiert.\n\n"
          "Die Regierung hatte im Februar neue Fangquoten beschlossen.\n\n"
          "Der Verband sprach von Willkür.\n\n",
    "en": "Hundreds of fishermen blocked the port of Brest on Monday.\n\n"
          "The government had set new quotas in February.\n\n"
          "The union spoke of arbitrary rule.\n\n",
}


def _value(doc, expression: str) -> str | None:
    return next(t.value for t in doc.times if t.text == expression)


@pytest.mark.parametrize(
    ("language", "text", "expression", "value"),
    [
        ("de", "Der Minister rief die Fischer am Abend zur Aufgabe auf.", "am Abend",
         "2026-03-09TEV"),
        ("en", "In the evening, the minister urged the fishermen to give up.", "the evening",
         "2026-03-09TEV"),
        # a plan for the evening is today's
        ("de", "Der Minister will die Fischer am Abend empfangen.", "am Abend",
         "2026-03-10TEV"),
    ],
)
def test_tagger_a_daypart_in_a_later_paragraph_is_the_leads_day(language, text, expression,
                                                                 value):
    doc = analysed(f"Überschrift\n\n{LEAD[language]}{text}", language, PUBLISHED)
    assert _value(doc, expression) == value


def test_tagger_a_lead_on_the_day_of_writing_keeps_it():
    text = ("Hunderte Fischer haben am Dienstag den Hafen von Brest blockiert.\n\n"
            "Die Regierung hatte im Februar neue Fangquoten beschlossen.\n\n"
            "Der Verband sprach von Willkür.\n\n"
            "Der Minister rief die Fischer am Abend zur Aufgabe auf.")
    doc = analysed(f"Überschrift\n\n{text}", "de", PUBLISHED)
    assert _value(doc, "am Abend") == "2026-03-10TEV"
