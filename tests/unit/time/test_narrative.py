"""Narrative time: the date of a clause (explicit, narrative or document)."""

from __future__ import annotations

import pytest

from chronist.document import TimeExpression
from chronist.time import NarrativeTime
from chronist.time.tagger import simple_sentences

TEXT = (
    "Im Oktober 2023 griff die Hamas Israel an. "
    "Die Armee reagierte mit Luftangriffen. "
    "Am 14. Mai 2021 war ein Vertrag unterzeichnet worden. "
    "Seit Wochen wird verhandelt."
)


def _time(text: str, expression: str, kind: str, value: str | None) -> TimeExpression:
    start = text.index(expression)
    return TimeExpression(start, start + len(expression), expression, kind, value)


@pytest.fixture(scope="module")
def narrative() -> NarrativeTime:
    times = [
        _time(TEXT, "Im Oktober 2023", "DATE", "2023-10"),
        _time(TEXT, "Am 14. Mai 2021", "DATE", "2021-05-14"),
        _time(TEXT, "Seit Wochen", "DURATION", "PXW"),
    ]
    return NarrativeTime(times, simple_sentences(TEXT), "2026-03-12")


@pytest.mark.parametrize(
    ("word", "value", "basis"),
    [
        ("griff", "2023-10", "explicit"),
        ("reagierte", "2023-10", "narrative"),
        ("unterzeichnet", "2021-05-14", "explicit"),
        # a duration dates nothing: the narrative carries on from 14 May 2021
        ("verhandelt", "2021-05-14", "narrative"),
    ],
)
def test_narrative_date_for(narrative, word, value, basis):
    start = TEXT.index(word)
    assert narrative.date_for(start, start + len(word)) == (value, basis)


def test_narrative_falls_back_to_the_document_date():
    text = "Die Regierung trat zurück. Später kam es zu Protesten."
    narrative = NarrativeTime([], simple_sentences(text), "2026-03-12T08:00:00+01:00")
    assert narrative.date_for(4, 13) == ("2026-03-12", "document")


def test_narrative_without_any_date_is_unknown():
    text = "Die Regierung trat zurück."
    assert NarrativeTime([], simple_sentences(text), None).date_for(0, 3) == (None, None)


def test_narrative_prefers_the_date_inside_the_span():
    text = "Am 3. Mai 2024 wurde gewählt, am 5. Mai 2024 trat er zurück."
    times = [_time(text, "Am 3. Mai 2024", "DATE", "2024-05-03"),
             _time(text, "am 5. Mai 2024", "DATE", "2024-05-05")]
    narrative = NarrativeTime(times, simple_sentences(text), None)
    start = text.index("trat")
    assert narrative.date_for(start, start + 4) == ("2024-05-05", "explicit")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2026-03-12T14:00", "2026-03-12"), ("PRESENT_REF", None), ("XXXX-WXX-1", None)],
)
def test_narrative_uses_calendar_values_only(value, expected):
    text = "Um 14 Uhr begann die Sitzung."
    times = [_time(text, "Um 14 Uhr", "TIME", value)]
    narrative = NarrativeTime(times, simple_sentences(text), None)
    assert narrative.date_for(10, 15)[0] == expected


def test_narrative_skips_dates_the_story_does_not_move_to():
    text = ("Am 3. März trat er zurück. Er bleibt bis 2027 im Amt. "
            "Die Opposition jubelte.")
    until = _time(text, "bis 2027", "DATE", "2027")
    until.moves_narrative = False  # the tagger's verdict on a span's edge
    times = [_time(text, "Am 3. März", "DATE", "2026-03-03"), until]
    narrative = NarrativeTime(times, simple_sentences(text), "2026-03-12")
    start = text.index("jubelte")
    assert narrative.date_for(start, start + 7) == ("2026-03-03", "narrative")


def test_narrative_year_holds_for_two_sentences_only():
    text = ("Am 3. März trat er zurück. 1998 war er gewählt worden. Er galt als Reformer. "
            "Die Partei lobte ihn. Die Opposition jubelte.")
    times = [_time(text, "Am 3. März", "DATE", "2026-03-03"),
             _time(text, "1998", "DATE", "1998")]
    narrative = NarrativeTime(times, simple_sentences(text), "2026-03-12")

    def date_of(word: str) -> str | None:
        start = text.index(word)
        return narrative.date_for(start, start + len(word))[0]

    assert date_of("galt") == "1998"
    assert date_of("jubelte") == "2026-03-03"  # a year is no lasting story time


def test_narrative_starts_again_at_each_paragraph():
    text = ("Im Mai 2024 wies London einen Diplomaten aus. Moskau reagierte prompt.\n\n"
            "Moskau wies die Vorwürfe zurück.")
    times = [_time(text, "Im Mai 2024", "DATE", "2024-05")]
    paragraphs = [0, text.index("Moskau wies")]
    narrative = NarrativeTime(times, simple_sentences(text), "2026-03-12", paragraphs)

    def date_of(word: str) -> tuple[str | None, str | None]:
        start = text.index(word)
        return narrative.date_for(start, start + len(word))

    assert date_of("reagierte") == ("2024-05", "narrative")
    assert date_of("Vorwürfe") == ("2026-03-12", "document")


def test_narrative_a_span_edge_dates_no_clause():
    text = "Sie führten die ersten Gespräche seit Juni."
    since = _time(text, "seit Juni", "DATE", "2025-06")
    since.span_edge = True
    narrative = NarrativeTime([since], simple_sentences(text), "2026-03-12")
    start = text.index("Gespräche")
    assert narrative.date_for(start, start + 9) == ("2026-03-12", "document")
