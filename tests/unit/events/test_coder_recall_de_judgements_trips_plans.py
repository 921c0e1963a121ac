"""German events lost or mistyped through the full pipeline: a climate or campaign of
hostility spoken of, being called another's tool, an onward trip, measures as causes ("die
Sanktionen trafen die Ölexporte": hit, no meeting), and a conviction in court or for a crime
("wegen Betrugs verurteilt": a sentence, not a condemnation). Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    "text",
    [
        "Der polnische Außenminister sprach am Montag von einem Klima der Hetze gegen Polen.",
        "Die litauische Regierung sprach am Montag von einer Welle der Repression in Belarus.",
    ],
)
def test_speaking_of_a_climate_of_hostility_accuses(events_of, text) -> None:
    assert by_trigger(events_of(text, "de"))["sprach"].type == "ACCUSE"


def test_a_sanctions_list_stays_a_sanction(events_of) -> None:
    text = "Die EU hat am Montag drei russische Banken auf die Sanktionsliste gesetzt."
    assert by_trigger(events_of(text, "de"))["gesetzt"].type == "SANCTION"


@pytest.mark.parametrize(
    "text",
    [
        (
            "Das iranische Außenministerium erklärte am Montag, Indonesien habe sich zum "
            "Werkzeug der Vereinigten Staaten machen lassen."
        ),
        (
            "Das iranische Außenministerium wies die Vorwürfe am Montag zurück. Indonesien "
            "habe sich zum Werkzeug der Vereinigten Staaten machen lassen."
        ),
    ],
)
def test_being_called_another_states_tool_is_an_accusation(events_of, text) -> None:
    event = by_trigger(events_of(text, "de"))["machen"]
    assert (event.type, event.source.country, event.target.country) == ("ACCUSE", "IRN", "IDN")


def test_a_literal_tool_is_no_event(events_of) -> None:
    assert events_of("Der Handwerker machte sich ein neues Werkzeug aus Holz.", "de") == []


def test_an_onward_trip_is_a_visit(events_of) -> None:
    text = "Der Außenminister reist heute nach Kairo und soll anschließend nach Amman weiterreisen."
    event = by_trigger(events_of(text, "de"))["weiterreisen"]
    assert (event.type, event.target.country) == ("CONSULT", "JOR")


@pytest.mark.parametrize(
    "text",
    [
        "Die Sanktionen gegen Russland trafen vor allem die Ölexporte des Landes.",
        "Die neuen Strafzölle treffen besonders die Autobauer in Bayern.",
    ],
)
def test_measures_as_causes_meet_nobody(events_of, text) -> None:
    assert not [e for e in events_of(text, "de") if e.type == "CONSULT"]


def test_tariffs_imposed_stay_a_sanction(events_of) -> None:
    text = "Am Donnerstag hat Ecuador Strafzölle von 30 Prozent auf Waren aus Kolumbien verhängt."
    assert by_trigger(events_of(text, "de"))["verhängt"].type == "SANCTION"


def test_meeting_a_person_about_sanctions_is_still_a_meeting(events_of) -> None:
    text = "Merz traf in Berlin den ukrainischen Präsidenten, um über Sanktionen zu sprechen."
    assert by_trigger(events_of(text, "de"))["traf"].type == "CONSULT"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Der frühere Präsident, der im Mai wegen Betrugs verurteilt wurde, trat am Montag "
            "in Ohio auf.",
            "verurteilt",
        ),
        ("Ein Gericht in Moskau verurteilte den Oppositionellen wegen Hochverrats.", "verurteilte"),
    ],
)
def test_convicted_by_a_court_or_of_a_crime_is_a_sentence(events_of, text, trigger) -> None:
    assert by_trigger(events_of(text, "de"))[trigger].type == "SANCTION"


def test_condemning_an_attack_stays_an_accusation(events_of) -> None:
    text = "Die Bundesregierung verurteilte den Angriff auf Kiew am Montag scharf."
    assert by_trigger(events_of(text, "de"))["verurteilte"].type == "ACCUSE"
