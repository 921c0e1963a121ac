"""A meeting or visit someone says will take place is coded as the meeting (CONSULT
planned) and keeps the day its own clause names, while an act a verb of announcing makes
known is dated by the announcement. A time in the possessive of a noun that is not the
event ("this year's election") says which noun is meant: another time of the clause dates
the act. Sentences written for these tests (2026-03-18 is a Wednesday)."""

import pytest

PUBLISHED = "2026-03-18"


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "date"),
    [
        ("The ministry said Foreign Minister Ana Costa would travel to Luanda next week to "
         "discuss the border dispute.", "en", "travel", "2026-W13"),
        ("Egypt's trade minister is due to visit Ankara next month to discuss tariffs, the "
         "ministry said.", "en", "visit", "2026-04"),
    ],
)
def test_planned_meeting_keeps_its_own_day(
        events_of, text: str, lang: str, trigger: str, date: str) -> None:
    events = [e for e in events_of(text, lang, published=PUBLISHED)
              if e.trigger.text == trigger]
    assert events and events[0].type == "CONSULT"
    assert events[0].date == date


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "date"),
    [
        ("Last year the rival fled. Diallo was barred from this year's election by the "
         "electoral commission in January, a ruling the court upheld.", "en", "barred",
         "2026-01"),
        ("Guinea's junta barred Diallo from this year's election in January.", "en", "barred",
         "2026-01"),
    ],
)
def test_possessive_time_of_another_noun_yields_to_the_clause_time(
        events_of, text: str, lang: str, trigger: str, date: str) -> None:
    events = [e for e in events_of(text, lang, published=PUBLISHED)
              if e.trigger.text == trigger]
    assert events and events[0].date == date
