"""Source and target through the full pipeline: reporters and places are not doers, relative
pronouns, coordination, acts named as targets, custody, joint acts, possessives, agentless
arrests, what a request asks for. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


def _names(event) -> list[str]:
    return [(actor.name or "").lower() for actor in (event.source, event.target) if actor]


def test_who_cites_a_report_is_not_the_doer_of_what_it_tells(events_of) -> None:
    text = "The US embassy cited reports of abductions of Kenyan activists."
    for event in events_of(text, "en"):
        assert event.source is None or event.source.country != "USA"
        assert event.target is None or event.target.country != "USA"
    text = "Die US-Botschaft verwies auf Berichte über Entführungen kenianischer Aktivisten."
    assert all(e.source is None or e.source.country != "USA" for e in events_of(text, "de"))


def test_a_body_after_a_preposition_of_place_is_where_not_who(events_of) -> None:
    text = "Several people were injured at the protests outside the parliament in Tbilisi."
    events = events_of(text, "en")
    assert events and all("parliament" not in " ".join(_names(e)) for e in events)
    text = "Bei den Protesten vor dem Parlament in Tiflis wurden mehrere Menschen verletzt."
    events = events_of(text, "de")
    assert events and all("parlament" not in " ".join(_names(e)) for e in events)


def test_a_body_without_a_preposition_of_place_still_acts(events_of) -> None:
    events = events_of("The Georgian parliament condemned the attack on Kyiv.", "en")
    assert [e.source.country for e in events if e.type == "ACCUSE"] == ["GEO"]


def test_a_relative_pronoun_stands_for_the_phrase_before_its_clause(events_of) -> None:
    text = (
        "Der Premierminister, der von der Opposition nicht mehr anerkannt wird, "
        "rief zu Kundgebungen auf."
    )
    rejection = by_trigger(events_of(text, "de"))["anerkannt"]
    assert rejection.type == "REJECT"
    assert rejection.target is not None and rejection.target.name == "Premierminister"


def test_who_receives_an_event_noun_is_its_recipient_never_its_source(events_of) -> None:
    for language, text in (
        ("en", "Sudan received humanitarian aid from Germany."),
        ("de", "Der Sudan erhielt humanitäre Hilfe aus Deutschland."),
    ):
        aid = events_of(text, language)[0]
        assert aid.type == "AID"
        assert (aid.source.country, aid.target.country) == ("DEU", "SDN")
    aid = events_of("Die Ukraine bekam neue Waffenlieferungen.", "de")[0]
    assert aid.source is None and aid.target.country == "UKR"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Bei einer Kundgebung vor dem Rathaus in Minsk nahm die belarussische Polizei "
            "zwölf Menschen fest.",
            "de",
        ),
        (
            "During a rally outside the town hall in Minsk, Belarusian police detained "
            "twelve people.",
            "en",
        ),
    ],
)
def test_the_subject_of_an_arrest_does_not_do_the_protest(events_of, text, lang) -> None:
    events = events_of(text, lang)
    arrests = [e for e in events if e.type == "COERCE"]
    assert arrests and arrests[0].source.country == "BLR"
    assert arrests[0].source.sector == "COP"
    for protest in (e for e in events if e.type == "PROTEST"):
        assert protest.source is None or protest.source.sector != "COP"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Bloggerin sitzt seit März in iranischer Haft.", "de"),
        ("The blogger has been held in Iranian custody since March.", "en"),
    ],
)
def test_a_country_adjective_on_custody_is_the_jailer(events_of, text, lang) -> None:
    events = [e for e in events_of(text, lang) if e.type == "COERCE"]
    assert len(events) == 1
    assert events[0].source is not None and events[0].source.country == "IRN"
    assert events[0].target is not None and events[0].target.country != "IRN"
    assert "blogger" in events[0].target.name.lower()


def test_who_is_complained_about_is_the_target(events_of) -> None:
    text = "Lebanon complained to the United Nations over two Israeli air raids."
    complaints = [e for e in events_of(text, "en") if e.trigger.text == "complained"]
    assert complaints and complaints[0].target.country == "ISR"


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
    event = by_trigger(events_of(text, "en"))[trigger]
    assert event.source is not None and event.source.country == source
    assert not event.source.members


def test_a_coordinated_subject_is_no_member_of_the_first_object(events_of) -> None:
    text = "Russia expelled two diplomats and Poland closed a Russian consulate."
    event = by_trigger(events_of(text, "en"))["expelled"]
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
    event = by_trigger(events_of(text, lang))[trigger]
    assert event.target is not None and event.target.country == target


def test_an_act_with_no_doer_before_gives_no_target(events_of) -> None:
    event = by_trigger(events_of("Iran rejected offers of dialogue.", "en"))["rejected"]
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
    event = by_trigger(events_of(text, lang))[trigger]
    assert event.target is None


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
    event = by_trigger(events_of(text, lang))[trigger]
    assert (event.type, event.source.country) == ("ACCUSE", "PRK")
    assert event.target is not None and {m.country for m in event.target.members} == {
        "USA",
        "KOR",
    }


def test_a_threat_is_never_aimed_at_the_speakers_own_state(events_of) -> None:
    text = (
        "Netanyahu warned that Israel reserved the right to resume fighting if Hamas broke "
        "the deal."
    )
    event = by_trigger(events_of(text, "en"))["warned"]
    assert (event.type, event.target.country) == ("THREATEN", "PSE")


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
    event = by_trigger(events_of(text, lang))[trigger]
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
    event = by_trigger(events_of(text, lang))[trigger]
    assert event.target is not None and event.target.country == target


def test_an_own_commitment_refers_to_no_other_actor(events_of) -> None:
    text = "Kazakhstan pledged to cut output. Iraq also reaffirmed its commitment to the cuts."
    event = by_trigger(events_of(text, "en"))["reaffirmed"]
    assert event.target is None


def test_a_german_relative_pronoun_is_the_subject_of_its_clause(events_of) -> None:
    text = "Die USA, die das Abkommen vermittelt hatten, riefen beide Seiten zur Zurückhaltung auf."
    event = by_trigger(events_of(text, "de"))["vermittelt"]
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
    event = by_trigger(events_of(text, lang))[trigger]
    assert event.target is not None and event.target.country == target


def test_agentless_arrests_in_a_one_country_story_are_its_authorities(events_of) -> None:
    text = (
        "Venezuela's opposition said on Tuesday its leader had gone into hiding. More than "
        "2,000 people have been detained since the election, rights groups said."
    )
    event = by_trigger(events_of(text, "en"))["detained"]
    assert (event.source.country, event.target.country) == ("VEN", "VEN")


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("The African Union urged restraint after the clashes.", "en", "urged"),
        ("Die Europäische Union forderte Zurückhaltung.", "de", "forderte"),
    ],
)
def test_what_a_request_asks_for_is_no_target(events_of, text, lang, trigger) -> None:
    event = by_trigger(events_of(text, lang))[trigger]
    assert event.target is None
