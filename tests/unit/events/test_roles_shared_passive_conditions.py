"""General role rules: a passive shared by a coordinated
participle, two participles under one German auxiliary, and a condition set for another
party that makes an announced act a threat. Our own sentences."""

from __future__ import annotations

import pytest
from event_builders import country_of, event_at, event_of_type


def _types(events: list) -> list[str]:
    return [e.type for e in events]


@pytest.mark.parametrize(
    ("text", "language", "trigger", "event_type"),
    [
        ("Der russische Journalist wurde in Paris festgenommen und später nach Moskau "
         "ausgewiesen.", "de", "ausgewiesen", "SANCTION"),
        ("Zwei iranische Agenten wurden in Wien verhaftet und wenig später des Landes "
         "verwiesen.", "de", "verwiesen", "SANCTION"),
    ],
)
def test_a_second_participle_under_one_auxiliary_is_an_act_of_its_own(
    events_of, text, language, trigger, event_type
) -> None:
    act = event_at(events_of(text, language), trigger)
    assert act.type == event_type
    # The passive is shared: the arrested person is the patient, not the doer.
    assert country_of(act.target) in {"RUS", "IRN"}
    assert country_of(act.source) in {"FRA", "AUT"}


def test_an_english_conjunct_shares_the_passive(events_of) -> None:
    events = events_of(
        "The Russian journalist was arrested in Paris and later deported to Moscow.", "en"
    )
    for event in events:
        # Before, "deported" took the journalist as its doer.
        assert country_of(event.source) != "RUS", (event.type, event.trigger.text)
    assert "COERCE" in _types(events)


def test_an_intransitive_conjunct_keeps_its_subject(events_of) -> None:
    retreat = event_of_type(events_of("The Ukrainian troops were attacked and retreated.", "en"),
                     "RETREAT")
    assert country_of(retreat.source) == "UKR"


def test_a_second_infinitive_has_its_own_object_and_preposition(events_of) -> None:
    events = events_of(
        "Die EU will die Zölle gegen China erhöhen und neue Sanktionen gegen Russland "
        "verhängen.", "de"
    )
    targets = {e.trigger.text: country_of(e.target) for e in events}
    assert targets.get("verhängen") == "RUS", targets
    assert targets.get("erhöhen") == "CHN", targets


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Die Regierung in Lima kündigte an, die Botschaft in Chile zu schließen, sollte "
         "Santiago die neuen Zölle nicht zurücknehmen.", "CHL"),
        ("Die peruanische Regierung will die Botschaft in Chile schließen, wenn Santiago die "
         "neuen Zölle nicht zurücknimmt.", "CHL"),
    ],
)
def test_an_act_set_against_a_condition_is_a_threat(events_of, text, target) -> None:
    threat = event_of_type(events_of(text, "de"), "THREATEN")
    assert country_of(threat.source) == "PER"
    assert country_of(threat.target) == target


def test_an_announced_act_without_condition_stays_planned(events_of) -> None:
    events = events_of("Die peruanische Regierung will die Botschaft in Chile schließen.", "de")
    assert "THREATEN" not in _types(events)
