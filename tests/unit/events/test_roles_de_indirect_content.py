"""German demands and threats whose content follows as a main clause in reported speech
("verlangte, Armenien müsse …"): its subject is whom the act is aimed at, and what is
demanded is no happening of its own; who suspects an act ("Ermittler vermuten einen Anschlag")
does not do it. Sentences of our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        ("Der Präsident verlangte, Armenien müsse seine Verfassung ändern.", "REQUEST", "ARM"),
        ("Der Kanzler forderte, Russland solle seine Truppen aus der Ukraine abziehen.",
         "REQUEST", "RUS"),
        ("Moskau drohte, man werde die Gaslieferungen an Polen einstellen.", "THREATEN", "POL"),
    ],
)
def test_the_reported_content_names_the_addressee(events_of, text, kind, target) -> None:
    events = events_of(text, "de")
    assert [e.type for e in events] == [kind]
    assert events[0].target is not None and events[0].target.country == target


def test_who_suspects_an_act_is_not_its_doer(events_of) -> None:
    text = "Die Polizei vermutet einen Brandanschlag auf die Bahnstrecke in Brandenburg."
    attack = events_of(text, "de")[0]
    assert attack.type == "ASSAULT"
    assert attack.source is None or "polizei" not in (attack.source.name or "").lower()


def test_the_setting_of_a_demand_is_no_addressee(events_of) -> None:
    text = (
        "Der Präsident verlangte bei einem Treffen mit aserbaidschanischen Veteranen, "
        "Armenien müsse seine Verfassung ändern."
    )
    request = events_of(text, "de")[0]
    assert request.type == "REQUEST" and request.target.country == "ARM"
