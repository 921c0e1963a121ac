"""Which PLOVER type an event word takes in its context, through the full pipeline: troops and
missiles, receptions, diplomatic protests, neutralised fighters, pressure resisted. Sentences of
our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


def test_troops_sent_are_still_a_mobilization(events_of) -> None:
    text = "France sent troops to Estonia in March."
    assert [e.type for e in events_of(text, "en") if e.trigger.text == "sent"] == ["MOBILIZE"]


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("North Korea fired a ballistic missile into the sea on Sunday.", "en", "fired"),
        ("North Korea fires ballistic missiles as U.S., South Korea begin drills.", "en", "fires"),
        ("The United States and South Korea began drills on Monday.", "en", "began"),
        ("Nordkorea feuerte am Sonntag eine ballistische Rakete ins Meer ab.", "de", "feuerte"),
    ],
)
def test_missiles_fired_at_nobody_and_drills_show_force(events_of, text, lang, trigger) -> None:
    event = by_trigger(events_of(text, lang))[trigger]
    assert event.type == "MOBILIZE"
    assert event.target is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian forces fired missiles at Kyiv overnight.", "en"),
        ("Russland feuerte Raketen auf Kiew ab.", "de"),
    ],
)
def test_missiles_fired_at_a_place_stay_an_assault(events_of, text, lang) -> None:
    assert [e.type for e in events_of(text, lang)] == ["ASSAULT"]


def test_a_reception_of_a_person_is_still_a_meeting(events_of) -> None:
    text = "Scholz empfing den französischen Präsidenten in Berlin."
    assert by_trigger(events_of(text, "de"))["empfing"].type == "CONSULT"


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Paris protestiert.", "de", "ACCUSE"),
        ("China protested against the sale.", "en", "ACCUSE"),
        ("Tausende Menschen protestierten in Paris.", "de", "PROTEST"),
        ("Iranians protested in Tehran on Friday.", "en", "PROTEST"),
    ],
)
def test_a_state_protests_diplomatically(events_of, text, lang, kind) -> None:
    assert [e.type for e in events_of(text, lang)] == [kind]


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        (
            "Die malische Armee meldete, sie habe bei einem Gegenangriff Dutzende "
            "Extremisten neutralisiert.",
            "de",
            "neutralisiert",
        ),
        ("The Malian army said it had neutralised dozens of militants.", "en", "neutralised"),
    ],
)
def test_neutralising_fighters_is_an_assault(events_of, text, lang, trigger) -> None:
    assert by_trigger(events_of(text, lang))[trigger].type == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        (
            "Georgia's prime minister said his government would not bow to pressure from the EU.",
            "en",
            "bow",
        ),
        (
            "Die georgische Regierung werde sich dem Druck der EU nicht beugen, sagte der "
            "Regierungschef.",
            "de",
            "beugen",
        ),
    ],
)
def test_who_does_not_bow_to_pressure_rejects_it(events_of, text, lang, trigger) -> None:
    event = by_trigger(events_of(text, lang))[trigger]
    assert event.type == "REJECT"
    assert event.source.country == "GEO"


def test_approving_a_grant_for_someone_is_aid(events_of) -> None:
    text = "The Ohio state legislature approved a $2 million grant for the city of Dayton."
    assert by_trigger(events_of(text, "en"))["approved"].type == "AID"
    text = "The German parliament approved the accession of Sweden."
    assert by_trigger(events_of(text, "en"))["approved"].type == "SUPPORT"
