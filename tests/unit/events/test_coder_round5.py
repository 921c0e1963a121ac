"""Blind findings of issue #5 (round 5), on sentences of our own."""

from __future__ import annotations

import pytest

from chronist.document import ActorRef, Event, Span
from chronist.events.merge import merge_events


def _by_trigger(events: list) -> dict:
    return {e.trigger.text: e for e in events}


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        (
            "Hamas freed three Israeli hostages on Sunday and Israel released 90 Palestinian "
            "prisoners hours later.",
            "released",
            "ISR",
        ),
        ("Russia expelled two diplomats and Poland closed a Russian consulate.", "closed", "POL"),
    ],
)
def test_a_coordinated_clause_has_its_own_subject(events_of, text, trigger, source) -> None:
    event = _by_trigger(events_of(text, "en"))[trigger]
    assert event.source is not None and event.source.country == source
    assert not event.source.members


def test_a_coordinated_subject_is_no_member_of_the_first_object(events_of) -> None:
    text = "Russia expelled two diplomats and Poland closed a Russian consulate."
    event = _by_trigger(events_of(text, "en"))["expelled"]
    assert event.target is not None and "Poland" not in (event.target.name or "")


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "target"),
    [
        (
            "North Korea fired a ballistic missile on Sunday. Washington condemned the launch.",
            "en",
            "condemned",
            "PRK",
        ),
        (
            "Die georgische Polizei nahm am Samstag drei Oppositionspolitiker fest. "
            "Die EU verurteilte die Festnahmen.",
            "de",
            "verurteilte",
            "GEO",
        ),
        (
            "Frankreich kritisierte die Regierung in Tiflis. Georgien wies die Kritik zurück.",
            "de",
            "wies",
            "FRA",
        ),
    ],
)
def test_an_act_as_target_stands_for_its_doer(events_of, text, lang, trigger, target) -> None:
    event = _by_trigger(events_of(text, lang))[trigger]
    assert event.target is not None and event.target.country == target


def test_an_act_with_no_doer_before_gives_no_target(events_of) -> None:
    event = _by_trigger(events_of("Iran rejected offers of dialogue.", "en"))["rejected"]
    assert event.target is None


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        (
            "Die Polizei nahm in Eriwan 20 Demonstranten fest. Der Kreml begrüßte jeden "
            "Schritt zur Entspannung.",
            "de",
            "begrüßte",
        ),
        (
            "Police in Tbilisi detained 20 protesters. Moscow welcomed any step toward calm.",
            "en",
            "welcomed",
        ),
    ],
)
def test_an_act_noun_without_a_definite_determiner_refers_to_no_earlier_act(
    events_of, text, lang, trigger
) -> None:
    event = _by_trigger(events_of(text, lang))[trigger]
    assert event.target is None


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
    event = _by_trigger(events_of(text, lang))[trigger]
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


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        (
            "The United States and South Korea began joint drills on Monday. "
            "North Korea called the drills a provocation.",
            "en",
            "called",
        ),
        (
            "Die USA und Südkorea begannen am Montag ein Manöver. "
            "Nordkorea bezeichnete das Manöver als Provokation.",
            "de",
            "bezeichnete",
        ),
    ],
)
def test_calling_an_act_a_provocation_accuses_its_doers(events_of, text, lang, trigger) -> None:
    event = _by_trigger(events_of(text, lang))[trigger]
    assert (event.type, event.source.country) == ("ACCUSE", "PRK")
    assert event.target is not None and {m.country for m in event.target.members} == {
        "USA",
        "KOR",
    }


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "fact"),
    [
        (
            "Ukraine pledged to submit a new peace plan by the end of March.",
            "pledged",
            "AGREE",
            "planned",
        ),
        ("Novak said Moscow would meet its share of the cuts.", "meet", "AGREE", "planned"),
        ("Trump has said he would be willing to meet Kim again.", "meet", "AGREE", "possible"),
        ("Hamas is to release 33 hostages over six weeks.", "release", "RETREAT", "planned"),
        (
            "Syria said it is willing to withdraw its troops from Lebanon.",
            "withdraw",
            "AGREE",
            "asserted",
        ),
    ],
)
def test_announced_and_offered_acts_keep_their_factuality(
    events_of, text, trigger, kind, fact
) -> None:
    event = _by_trigger(events_of(text, "en"))[trigger]
    assert (event.type, event.factuality) == (kind, fact)


def test_a_threat_is_never_aimed_at_the_speakers_own_state(events_of) -> None:
    text = (
        "Netanyahu warned that Israel reserved the right to resume fighting if Hamas broke "
        "the deal."
    )
    event = _by_trigger(events_of(text, "en"))["warned"]
    assert (event.type, event.target.country) == ("THREATEN", "PSE")


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Japan urged Pyongyang to stop its launches and return to dialogue.", "en", "dialogue"),
        (
            "Analysts said the timing suggested Pyongyang wanted to show it could strike "
            "U.S. bases.",
            "en",
            "strike",
        ),
        ("Prices fell as Riyadh sought to win back market share.", "en", "sought"),
        (
            "If the sanctions on Russia were eased as part of a peace deal, prices would fall, "
            "an analyst said.",
            "en",
            "sanctions",
        ),
        (
            "Sollten die Kämpfe auf Burundi übergreifen, drohe eine Katastrophe für die Region.",
            "de",
            "drohe",
        ),
        ("Die Signale wurden von einer Bodenstation in Australien empfangen.", "de", "empfangen"),
    ],
)
def test_no_event_is_reported(events_of, text, lang, trigger) -> None:
    assert trigger not in _by_trigger(events_of(text, lang))


def test_a_reception_of_a_person_is_still_a_meeting(events_of) -> None:
    text = "Scholz empfing den französischen Präsidenten in Berlin."
    assert _by_trigger(events_of(text, "de"))["empfing"].type == "CONSULT"


def test_hiess_es_names_no_speaker_but_the_source_of_the_statement(events_of) -> None:
    events = events_of("Die Diplomaten müssten das Land verlassen, hieß es.", "de")
    assert all(e.reported_by is None or e.reported_by.get("name") != "es" for e in events)
    text = (
        "Die Diplomaten müssten das Land verlassen, hieß es in einer Mitteilung der "
        "malischen Regierung."
    )
    event = _by_trigger(events_of(text, "de"))["verlassen"]
    assert event.reported_by is not None and event.reported_by.get("name") != "es"


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
        ("Armenia and Azerbaijan signed a peace treaty in Abu Dhabi.", "en", "signed"),
        (
            "Armenien und Aserbaidschan haben in Abu Dhabi einen Friedensvertrag paraphiert.",
            "de",
            "paraphiert",
        ),
        (
            "Paschinjan und Alijew trafen sich auf Einladung der Emirate in Abu Dhabi.",
            "de",
            "trafen",
        ),
    ],
)
def test_a_joint_act_has_no_place_or_host_as_target(events_of, text, lang, trigger) -> None:
    event = _by_trigger(events_of(text, lang))[trigger]
    assert event.target is None
    assert len(event.source.members) == 2


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "target"),
    [
        ("Germany invested in Kenya.", "en", "invested", "KEN"),
        (
            "Pakistan weigerte sich, Friedenstruppen in den Irak zu entsenden.",
            "de",
            "weigerte",
            "IRQ",
        ),
    ],
)
def test_a_place_in_the_frame_stays_the_target(events_of, text, lang, trigger, target) -> None:
    event = _by_trigger(events_of(text, lang))[trigger]
    assert event.target is not None and event.target.country == target


def test_an_own_commitment_refers_to_no_other_actor(events_of) -> None:
    text = "Kazakhstan pledged to cut output. Iraq also reaffirmed its commitment to the cuts."
    event = _by_trigger(events_of(text, "en"))["reaffirmed"]
    assert event.target is None


def test_a_german_relative_pronoun_is_the_subject_of_its_clause(events_of) -> None:
    text = "Die USA, die das Abkommen vermittelt hatten, riefen beide Seiten zur Zurückhaltung auf."
    event = _by_trigger(events_of(text, "de"))["vermittelt"]
    assert event.source is not None and event.source.country == "USA"


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "target"),
    [
        (
            "Russia has struggled to raise output after a wave of Ukrainian drone attacks "
            "on its refineries.",
            "en",
            "attacks",
            "RUS",
        ),
        (
            "Die ukrainische Armee meldete russische Drohnenangriffe auf ihre Stellungen.",
            "de",
            "Drohnenangriffe",
            "UKR",
        ),
    ],
)
def test_a_possessive_in_the_target_refers_to_the_subject(events_of, text, lang, trigger, target):
    event = _by_trigger(events_of(text, lang))[trigger]
    assert event.target is not None and event.target.country == target


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
    assert _by_trigger(events_of(text, lang))[trigger].type == "ASSAULT"


def _deal(start: int, source: ActorRef, kind: str) -> Event:
    return Event(
        id=f"e{start}",
        type="AGREE",
        source=source,
        target=None,
        factuality="asserted",
        sentence=Span(start, start + 10),
        trigger=Span(start + 2, start + 5, "deal"),
        confidence=0.6,
        attributes={"paragraph": kind},
    )


def test_a_deal_of_two_parties_and_one_of_them_is_one_happening() -> None:
    israel = ActorRef(name="Israel", country="ISR", entity="Q801")
    hamas = ActorRef(name="Hamas", country="PSE", entity="Q38799", sector="REB")
    both = ActorRef(name="Israel & Hamas", country=None, members=[israel, hamas])
    merged = merge_events([_deal(0, both, "title"), _deal(80, hamas, "body")])
    assert len(merged) == 1
    egypt = ActorRef(name="Egypt", country="EGY", entity="Q79")
    assert len(merge_events([_deal(0, both, "title"), _deal(80, egypt, "body")])) == 2


def test_agentless_arrests_in_a_one_country_story_are_its_authorities(events_of) -> None:
    text = (
        "Venezuela's opposition said on Tuesday its leader had gone into hiding. More than "
        "2,000 people have been detained since the election, rights groups said."
    )
    event = _by_trigger(events_of(text, "en"))["detained"]
    assert (event.source.country, event.target.country) == ("VEN", "VEN")


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
    event = _by_trigger(events_of(text, lang))[trigger]
    assert event.type == "REJECT"
    assert event.source.country == "GEO"


def test_a_vow_to_expand_an_arsenal_is_a_planned_agree(events_of) -> None:
    event = _by_trigger(events_of("North Korea vowed to expand its nuclear arsenal.", "en"))
    assert (event["vowed"].type, event["vowed"].factuality) == ("AGREE", "planned")


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("The African Union urged restraint after the clashes.", "en", "urged"),
        ("Die Europäische Union forderte Zurückhaltung.", "de", "forderte"),
    ],
)
def test_what_a_request_asks_for_is_no_target(events_of, text, lang, trigger) -> None:
    event = _by_trigger(events_of(text, lang))[trigger]
    assert event.target is None
