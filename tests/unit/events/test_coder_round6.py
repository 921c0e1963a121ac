"""Role errors grouped by cause over all dev golds (issue #5 round 6), on sentences of
our own."""

from __future__ import annotations

import pytest


def _by_trigger(events: list) -> dict:
    return {e.trigger.text: e for e in events}


def _countries(actor) -> set[str]:
    if actor is None:
        return set()
    return {m.country for m in actor.members or [actor] if m.country}


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "role", "countries"),
    [
        (
            "Senior Austrian and Czech officials agreed on Friday to reopen the border.",
            "en",
            "agreed",
            "source",
            {"AUT", "CZE"},
        ),
        (
            "Italian and Greek warships began a joint naval exercise on Monday.",
            "en",
            "exercise",
            "source",
            {"ITA", "GRC"},
        ),
        (
            "Soldiers in Sudan beat dozens of Chadian and Eritrean refugees.",
            "en",
            "beat",
            "target",
            {"TCD", "ERI"},
        ),
        (
            "Japanische und indische Kriegsschiffe hielten im Juni ein gemeinsames Manöver ab.",
            "de",
            "hielten",
            "source",
            {"JPN", "IND"},
        ),
        (
            "Österreichische und tschechische Regierungsvertreter vereinbarten am Freitag, "
            "dass beide Länder die Grenze öffnen.",
            "de",
            "vereinbarten",
            "source",
            {"AUT", "CZE"},
        ),
    ],
)
def test_coordinated_country_adjectives_on_one_noun_are_two_actors(
    events_of, text, lang, trigger, role, countries
) -> None:
    event = _by_trigger(events_of(text, lang))[trigger]
    assert _countries(getattr(event, role)) == countries


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Die heftige Kritik Roms an Paris nimmt zu.", "Kritik", "ITA", "FRA"),
        ("Die Drohungen Teherans gegen Israel halten an.", "Drohungen", "IRN", "ISR"),
        (
            "Die Zusammenarbeit Norwegens mit Dänemark wird vertieft.",
            "Zusammenarbeit",
            "NOR",
            "DNK",
        ),
    ],
)
def test_a_genitive_name_after_an_event_noun_is_its_doer(
    events_of, text, trigger, source, target
) -> None:
    event = _by_trigger(events_of(text, "de"))[trigger]
    assert _countries(event.source) == {source}
    assert _countries(event.target) == {target}


def test_a_bracketed_short_form_opens_no_clause(events_of) -> None:
    text = (
        "Der Bundesverband der Landwirte (BVL) forderte die Bundesregierung am Montag auf, "
        "die Zölle zu senken."
    )
    event = _by_trigger(events_of(text, "de"))["forderte"]
    assert _countries(event.target) == {"DEU"}
    assert "Bundesregierung" not in (event.source.name if event.source else "")
