"""German events lost or mistyped through the full pipeline: a meeting after "bei" is the
occasion of what is agreed there, not its content; "man" in reported speech is the speaker's
own side; a working group or envoy sent abroad is a visit, not troops; tariffs decided, in the
plural or in a hyphenated compound ("EU-Zölle"); lies a speaker ascribes to another actor.
Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        (
            "Bei dem Treffen in Genf vereinbarten die Außenminister Polens und Litauens "
            "am Montag eine engere Zusammenarbeit.",
            "Treffen",
        ),
        (
            "Beim Besuch des polnischen Außenministers in Vilnius vereinbarten beide "
            "Regierungen am Montag gemeinsame Manöver.",
            "Besuch",
        ),
    ],
)
def test_a_meeting_after_bei_is_the_occasion_of_an_agreement(events_of, text, meeting) -> None:
    events = by_trigger(events_of(text, "de"))
    assert events[meeting].type == "CONSULT"
    assert any(e.type == "AGREE" for e in events.values())


def test_a_meeting_agreed_on_stays_the_content(events_of) -> None:
    text = "Polen und Litauen vereinbarten am Montag ein Treffen in Genf."
    assert [e.type for e in events_of(text, "de")] == ["AGREE"]


def test_man_in_reported_speech_is_the_speakers_side(events_of) -> None:
    text = (
        "Die Polizei in Kabul wies die Vorwürfe am Montag zurück. "
        "Man habe selbst zwei Verdächtige festgenommen."
    )
    arrest = by_trigger(events_of(text, "de"))["festgenommen"]
    assert (arrest.type, arrest.source.country) == ("COERCE", "AFG")


@pytest.mark.parametrize(
    ("text", "trigger", "fact"),
    [
        (
            "Die Regierung in Peking entsandte eine Arbeitsgruppe nach Duschanbe.",
            "entsandte",
            "asserted",
        ),
        (
            "Ein Sprecher des chinesischen Außenministeriums kündigte am Montag an, einen "
            "Sondergesandten nach Duschanbe zu entsenden.",
            "entsenden",
            "planned",
        ),
    ],
)
def test_a_working_group_or_envoy_sent_abroad_is_a_visit(events_of, text, trigger, fact) -> None:
    event = by_trigger(events_of(text, "de"))[trigger]
    assert (event.type, event.factuality) == ("CONSULT", fact)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Die EU hat im vergangenen Jahr Zölle auf Dünger aus Russland beschlossen.",
            "beschlossen",
        ),
        (
            "Die Preise für Dünger stiegen nach dem Inkrafttreten höherer EU-Zölle auf "
            "Lieferungen aus Russland.",
            "EU-Zölle",
        ),
    ],
)
def test_tariffs_decided_or_in_force_are_sanctions(events_of, text, trigger) -> None:
    assert by_trigger(events_of(text, "de"))[trigger].type == "SANCTION"


def test_the_customs_authority_imposes_no_tariff(events_of) -> None:
    text = "Der Zoll beschlagnahmte am Flughafen in Frankfurt zwei Kilo Kokain."
    assert not [e for e in events_of(text, "de") if e.type == "SANCTION"]


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        (
            "Die Regierung in Kiew lüge, sagte der russische Außenminister am Montag.",
            "lüge",
            "RUS",
            "UKR",
        ),
    ],
)
def test_lies_a_speaker_ascribes_to_another_actor_accuse_it(
    events_of, text, trigger, source, target
) -> None:
    event = by_trigger(events_of(text, "de"))[trigger]
    assert (event.type, event.source.country, event.target.country) == ("ACCUSE", source, target)


def test_lies_without_a_speaker_are_no_event(events_of) -> None:
    assert events_of("Der Junge log seiner Mutter ins Gesicht.", "de") == []
