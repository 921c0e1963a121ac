"""A time the parser hangs on the wrong clause: the day of a saying before the reported
clause's subject ("said on Monday it would …") dates the saying; a year after "für"/"for"
right after a noun ("Quoten für 2026", "the budget for 2027") dates its noun, not the
clause."""

import pytest

PUBLISHED = "2026-03-18"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "lang", "published", "trigger", "date"),
    [
        ("The ministry said on Monday it would provide 2 million dollars for flood defences "
         "next year.", "en", PUBLISHED, "provide", "2026-03-16"),
        ("The minister told reporters on Monday that Japan would send two destroyers to the "
         "region.", "en", PUBLISHED, "send", "2026-03-16"),
        ("Im Herbst hatten sich Norwegen und Russland erst nach langen Verhandlungen auf "
         "Fangquoten für 2026 geeinigt.", "de", "2026-02-19", "geeinigt", "2025"),
        ("Das Parlament in Kiew hat am Dienstag den Haushalt für 2027 verabschiedet.", "de",
         PUBLISHED, "verabschiedet", "2026-03-17"),
        ("Parliament approved the budget for 2027 on Tuesday.", "en", PUBLISHED, "approved",
         "2026-03-17"),
    ],
)
def test_time_dates_its_own_clause(
    events_of, text: str, lang: str, published: str, trigger: str, date: str
) -> None:
    events = [e for e in events_of(text, lang, published=published) if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    assert events[0].date is not None and events[0].date.startswith(date)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The president said he would meet the Chinese premier on Friday.", "2026-03"),
        ("Last week's attack on the convoy killed six soldiers.", "2026-W11"),
    ],
)
def test_time_after_subject_or_on_subject_stays(events_of, text: str, date: str) -> None:
    events = events_of(text, "en", published=PUBLISHED)
    assert events and all((e.date or "").startswith(date) for e in events)
