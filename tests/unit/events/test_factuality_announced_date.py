"""An announced act coded as PLOVER's AGREE planned is dated by the announcement, not by
the day the announced act is due; an act of its own planned for a day keeps that day."""

import pytest

PUBLISHED = "2026-03-18"  # a Wednesday


def _agree_planned(events: list) -> list:
    return [
        e for e in events
        if e.factuality == "planned"
        and "AGREE" in (e.type, (e.attributes.get("plover_reading") or {}).get("type"))
    ]


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Die Ministerin kündigte am Montag an, der Bund werde die Förderung im kommenden "
         "Jahr um drei Millionen Euro aufstocken.", "de", "2026-03-16"),
        ("Das Ministerium kündigte an, das Land werde von 2028 an jährlich zwei Millionen "
         "Euro für den Hochwasserschutz bereitstellen.", "de", "2026-03-18"),
        ("Am Dienstag sagte der Kanzler, Deutschland werde der Ukraine im Sommer weitere "
         "Luftabwehrsysteme liefern.", "de", "2026-03-17"),
        ("Frankreich werde Polen im nächsten Monat zusätzliche Kampfjets schicken, erklärte "
         "das Verteidigungsministerium.", "de", "2026-03-18"),
        ("The government said it would spend another 3 billion kronur on the coast guard "
         "in 2027.", "en", "2026-03-18"),
        ("Canada's defence minister said Ottawa would deliver more artillery shells to Kyiv "
         "next month.", "en", "2026-03-18"),
    ],
)
def test_announced_act_dated_by_announcement(events_of, text: str, lang: str, date: str) -> None:
    events = _agree_planned(events_of(text, lang, published=PUBLISHED))
    assert events, "no announced act coded"
    assert events[0].date == date


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("The president will travel to Nigeria on Friday for a two-day visit.", "en",
         "2026-03-20"),
        ("Der Außenminister reist am Freitag zu Gesprächen nach Peking.", "de", "2026-03-20"),
    ],
)
def test_own_planned_act_keeps_its_day(events_of, text: str, lang: str, date: str) -> None:
    events = [e for e in events_of(text, lang, published=PUBLISHED) if e.factuality == "planned"]
    assert events and events[0].date == date
