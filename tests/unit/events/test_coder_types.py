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


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Russia held war games near the border on Monday.", "en", "MOBILIZE"),
        ("Russland hielt am Montag ein großes Manöver an der Grenze ab.", "de", "MOBILIZE"),
        ("French and Egyptian warships launched ten days of war games at sea.", "en", "COOPERATE"),
        ("China held joint military exercises with Russia.", "en", "COOPERATE"),
        ("Deutschland und Frankreich hielten ein gemeinsames Manöver ab.", "de", "COOPERATE"),
    ],
)
def test_an_exercise_of_one_party_alone_shows_force(events_of, text, lang, want) -> None:
    assert [e.type for e in events_of(text, lang)] == [want]


def _roles(event) -> tuple:
    return (
        event.type,
        event.source.country if event.source else None,
        event.target.country if event.target else None,
    )


def test_a_warning_of_what_others_try_accuses_them_and_is_no_happening(events_of) -> None:
    text = "Der deutsche Innenminister warnte, russische Agenten versuchten, die Wahl zu kapern."
    assert [_roles(e) for e in events_of(text, "de")] == [("ACCUSE", "DEU", "RUS")]


def test_a_warning_of_a_state_of_things_is_no_accusation(events_of) -> None:
    assert events_of("Der deutsche Minister warnte, die Preise könnten steigen.", "de") == []


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Kosovo's interior minister said the Serbian offices had been operating illegally.",
            "en",
            ("ACCUSE", "XKX", "SRB"),
        ),
        (
            "Britain's foreign secretary said that Russia had crossed a line.",
            "en",
            ("ACCUSE", "GBR", "RUS"),
        ),
        (
            "Der polnische Außenminister sagte, Russland habe eine rote Linie überschritten.",
            "de",
            ("ACCUSE", "POL", "RUS"),
        ),
    ],
)
def test_conduct_judged_by_a_speaker_is_an_accusation(events_of, text, lang, want) -> None:
    assert [_roles(e) for e in events_of(text, lang)] == [want]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Serbian offices were operating illegally in the north.", "en"),
        ("Russian troops crossed the line of contact near the river.", "en"),
    ],
)
def test_judged_conduct_without_a_speaker_or_a_crossed_front_is_no_event(
    events_of, text, lang
) -> None:
    assert [e for e in events_of(text, lang) if e.type == "ACCUSE"] == []


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Russia began military exercises near the border on Monday. "
            '"Such exercises are a provocation," Moldova\'s president said.',
            "en",
            ("ACCUSE", "MDA", "RUS"),
        ),
        (
            "Die Schweiz hat am Montag neue Sanktionen gegen Russland verhängt. "
            "Das sei ein unfreundlicher Akt, sagte der russische Außenminister.",
            "de",
            ("ACCUSE", "RUS", "CHE"),
        ),
    ],
)
def test_an_act_told_before_judged_by_a_copula_is_an_accusation_of_its_doer(
    events_of, text, lang, want
) -> None:
    assert [_roles(e) for e in events_of(text, lang) if e.type == "ACCUSE"] == [want]


def test_a_judgement_of_nothing_told_before_is_no_accusation(events_of) -> None:
    assert events_of("This is a provocation, he said.", "en") == []


def test_an_act_named_in_the_subjects_of_phrase_is_the_one_judged(events_of) -> None:
    text = (
        "Switzerland imposed new sanctions on Russia on Monday. "
        "The adoption of the sanctions is an unfriendly act, Russia's foreign ministry said."
    )
    accusations = [_roles(e) for e in events_of(text, "en") if e.type == "ACCUSE"]
    assert accusations == [("ACCUSE", "RUS", "CHE")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russian jets violated Estonian airspace on Friday. "
            "Estonia's foreign minister called it a violation of international law.",
            "en",
        ),
        (
            "Russische Kampfjets sind am Freitag in den estnischen Luftraum eingedrungen. "
            "Der estnische Außenminister nannte das eine Provokation.",
            "de",
        ),
    ],
)
def test_a_pronoun_judged_stands_for_the_act_told_before(events_of, text, lang) -> None:
    accusations = [_roles(e) for e in events_of(text, lang) if e.type == "ACCUSE"]
    assert accusations == [("ACCUSE", "EST", "RUS")]


def test_a_note_of_protest_handed_over_is_no_demonstration(events_of) -> None:
    text = (
        "Moldova summoned Russia's ambassador on Wednesday. "
        "The ambassador was handed a note of protest, the ministry said."
    )
    assert "PROTEST" not in {e.type for e in events_of(text, "en")}


def test_people_turned_back_at_a_border_are_no_rejection(events_of) -> None:
    text = (
        "Beim Treffen mit dem polnischen Regierungschef ging es um die deutschen "
        "Zurückweisungen an der Grenze, die in Polen für Ärger sorgen."
    )
    assert "REJECT" not in {e.type for e in events_of(text, "de")}
