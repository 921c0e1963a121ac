"""Source and target through the full pipeline: reporters and places are not doers, relative
pronouns, coordination and lists, acts named as targets, custody, joint acts, possessives,
agentless arrests and unattributed violence, crowds, police at home, whose thing is hit, 'both
sides', what a request asks for. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


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
    # The bare diplomats are no Russian organ (a state expels foreign ones), so the target
    # may stay open; Poland, the next clause's subject, is never part of it.
    target = event.target
    assert target is None or "Poland" not in (target.name or "")
    assert target is None or all(m.country != "POL" for m in target.members)


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
    event = by_trigger(events_of(text, lang))[trigger]
    assert actor_countries(getattr(event, role)) == countries


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
    event = by_trigger(events_of(text, "de"))[trigger]
    assert actor_countries(event.source) == {source}
    assert actor_countries(event.target) == {target}


def test_a_bracketed_short_form_opens_no_clause(events_of) -> None:
    text = (
        "Der Bundesverband der Landwirte (BVL) forderte die Bundesregierung am Montag auf, "
        "die Zölle zu senken."
    )
    event = by_trigger(events_of(text, "de"))["forderte"]
    assert actor_countries(event.target) == {"DEU"}
    assert "Bundesregierung" not in (event.source.name if event.source else "")


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "target"),
    [
        ("Norway rejected an Austrian proposal for a summit with Sweden.", "en", "rejected", "AUT"),
        (
            "Kenya launched an investigation into killings committed by Ethiopian soldiers.",
            "en",
            "launched",
            "ETH",
        ),
        ("Berlin wies die Forderung von Serbien nach Finanzhilfe zurück.", "de", "wies", "SRB"),
    ],
)
def test_a_target_noun_stands_for_its_own_doer(events_of, text, lang, trigger, target) -> None:
    event = by_trigger(events_of(text, lang))[trigger]
    assert actor_countries(event.target) == {target}


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "source", "target"),
    [
        (
            "Teachers and nurses protested to the Bulgarian government.",
            "en",
            "protested",
            "BGR",
            "BGR",
        ),
        ("Chilean miners rioted for the second day.", "en", "rioted", "CHL", "CHL"),
        (
            "Die Proteste ungarischer Studenten gegen die Regierung halten an.",
            "de",
            "Proteste",
            "HUN",
            "HUN",
        ),
        (
            "Spanische Bauern blockierten am Montag die Straßen rund um Madrid.",
            "de",
            "blockierten",
            "ESP",
            "ESP",
        ),
    ],
)
def test_a_crowd_and_its_addressee_share_a_country(
    events_of, text, lang, trigger, source, target
) -> None:
    event = by_trigger(events_of(text, lang))[trigger]
    assert actor_countries(event.source) == {source}
    assert actor_countries(event.target) == {target}


def test_a_state_that_protests_is_not_its_own_target(events_of) -> None:
    events = events_of("Austria protested on Monday.", "en")
    assert all(actor_countries(e.target) != {"AUT"} for e in events)


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "source"),
    [
        (
            "Two Spanish soldiers were killed by a roadside bomb outside of the Afghan city "
            "of Kandahar.",
            "en",
            "killed",
            "AFG",
        ),
        (
            "Zwei französische Soldaten wurden durch einen Sprengsatz nahe der afghanischen Stadt "
            "Kandahar getötet.",
            "de",
            "getötet",
            "AFG",
        ),
    ],
)
def test_violence_nobody_is_named_for_is_coded_to_the_scene(
    events_of, text, lang, trigger, source
) -> None:
    event = by_trigger(events_of(text, lang))[trigger]
    assert actor_countries(event.source) == {source}
    assert event.attributes.get("implicit_source")


def test_a_place_elsewhere_in_the_clause_is_no_scene_of_an_attack_noun(events_of) -> None:
    text = "Nach dem Angriff auf Polen wurden auf dem Gipfel in Brüssel Sanktionen beschlossen."
    events = [e for e in events_of(text, "de") if e.type == "ASSAULT"]
    assert all(actor_countries(e.source) != {"BEL"} for e in events)


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "target"),
    [
        ("Ägypten bot dem Sudan erneut Soldaten an.", "de", "bot", "SDN"),
        (
            "Marokko hat angeboten, drei seiner Bürger an Spanien auszuliefern.",
            "de",
            "angeboten",
            "ESP",
        ),
    ],
)
def test_the_sources_own_people_are_what_it_gives_not_whom(
    events_of, text, lang, trigger, target
) -> None:
    event = by_trigger(events_of(text, lang))[trigger]
    assert actor_countries(event.target) == {target}


def test_a_gerund_in_an_adjunct_has_the_verbs_subject(events_of) -> None:
    text = "Belarus responded by expelling a Lithuanian diplomat on Friday."
    event = by_trigger(events_of(text, "en"))["expelling"]
    assert actor_countries(event.source) == {"BLR"}
    assert actor_countries(event.target) == {"LTU"}


def test_such_refers_back_to_an_earlier_act(events_of) -> None:
    text = (
        "Japan and Australia began a joint naval exercise on Monday. "
        "Beijing on Tuesday condemned such exercises."
    )
    event = by_trigger(events_of(text, "en"))["condemned"]
    assert actor_countries(event.target) & {"JPN", "AUS"}


def test_a_verb_misjoined_to_a_content_clause_has_the_speakers_subject(events_of) -> None:
    text = (
        "French Farm Minister Annie Genevard said the tariffs were a heavy blow for farmers "
        "and urged Washington to find a solution quickly."
    )
    event = by_trigger(events_of(text, "en"))["urged"]
    assert actor_countries(event.source) == {"FRA"}


def test_a_referring_act_noun_stands_for_the_act_told_most_often(events_of) -> None:
    text = (
        "Latvia expels Russian diplomat. Latvia has expelled a Russian diplomat over spying. "
        "Russia responded by expelling a Latvian diplomat. "
        "Estonia welcomed the expulsion."
    )
    event = by_trigger(events_of(text, "en"))["welcomed"]
    assert actor_countries(event.target) == {"LVA"}


def test_a_speech_act_noun_with_its_own_doer_addresses_the_clauses_subject(events_of) -> None:
    text = "Auf Einladung der Regierung Ghanas reiste der französische Außenminister nach Accra."
    event = by_trigger(events_of(text, "de"))["Einladung"]
    assert actor_countries(event.source) == {"GHA"}
    assert actor_countries(event.target) == {"FRA"}


def test_only_a_gerund_of_means_takes_the_verbs_subject(events_of) -> None:
    text = "Despite not seeking sanctions, the German government criticised Hungary."
    events = by_trigger(events_of(text, "en"))
    assert "seeking" not in events or events["seeking"].source is None


def test_a_list_of_actors_inside_a_phrase_stays_a_list(events_of) -> None:
    text = (
        "The European Union agreed on Monday to provide 50 million euros of aid for Chad and Niger."
    )
    event = by_trigger(events_of(text, "en"))["agreed"]
    assert actor_countries(event.target) == {"TCD", "NER"}


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        (
            "Norwegen, das die Gespräche zwischen Äthiopien und Eritrea vermittelt hatte, rief "
            "beide Seiten zur Zurückhaltung auf.",
            "de",
            "rief",
        ),
        (
            "Norway, which had mediated the talks between Ethiopia and Eritrea, urged both sides "
            "to return to the table.",
            "en",
            "urged",
        ),
    ],
)
def test_both_sides_are_the_parties_named_before(events_of, text, lang, trigger) -> None:
    event = by_trigger(events_of(text, lang))[trigger]
    assert actor_countries(event.target) == {"ETH", "ERI"}


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "target"),
    [
        (
            "Im Mai hatten russische Kampfjets estnisches Gebiet überflogen.",
            "de",
            "überflogen",
            "EST",
        ),
        ("Die EU fror im Juni die Vermögen syrischer Banken ein.", "de", "fror", "SYR"),
        (
            "Russia has struggled to raise output after a wave of Ukrainian drone attacks on its "
            "refineries, traders said.",
            "en",
            "attacks",
            "RUS",
        ),
    ],
)
def test_whose_thing_is_hit_is_the_target(events_of, text, lang, trigger, target) -> None:
    event = by_trigger(events_of(text, lang))[trigger]
    assert actor_countries(event.target) == {target}


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "target"),
    [
        ("Tunisian police arrested 15 on Sunday.", "en", "arrested", "TUN"),
        (
            "Die marokkanische Polizei löste die Kundgebung am Freitag gewaltsam auf.",
            "de",
            "löste",
            "MAR",
        ),
    ],
)
def test_police_act_at_home_on_an_undescribed_patient(
    events_of, text, lang, trigger, target
) -> None:
    event = by_trigger(events_of(text, lang))[trigger]
    assert actor_countries(event.target) == {target}


def test_an_army_abroad_gives_its_patient_no_country_of_its_own(events_of) -> None:
    event = by_trigger(events_of("Russian troops killed 12 people on Sunday.", "en"))["killed"]
    assert actor_countries(event.target) != {"RUS"}


def test_the_of_phrase_of_an_attack_noun_is_whom_it_hits(events_of) -> None:
    text = "Turkey today mounted its long-planned invasion of northern Syria."
    event = by_trigger(events_of(text, "en"))["invasion"]
    assert actor_countries(event.target) == {"SYR"}


def test_a_content_clause_on_a_prepositional_object_names_the_addressee(events_of) -> None:
    text = (
        "Rebels in Darfur insisted on their demand that Chad's government should free all "
        "prisoners."
    )
    event = by_trigger(events_of(text, "en"))["insisted"]
    assert actor_countries(event.target) == {"TCD"}


def test_an_organ_without_a_country_is_no_crowd_of_whom_it_addresses(events_of) -> None:
    text = "Die Kurdenführung kündigte an, alle Kontakte mit den USA zu boykottieren."
    events = events_of(text, "de")
    assert all("USA" not in actor_countries(e.source) for e in events)


def test_a_preposition_bounding_a_number_opens_no_phrase(events_of) -> None:
    event = by_trigger(events_of("Bis zu 200 Kurden demonstrierten am Sonntag in Syrien.", "de"))[
        "demonstrierten"
    ]
    assert event.source is not None and "Kurden" in (event.source.name or "")


def test_a_place_that_is_hit_is_no_scene_of_unattributed_violence(events_of) -> None:
    events = events_of("Über 200 Menschen wurden bei dem Angriff auf Charkiw getötet.", "de")
    assert all("UKR" not in actor_countries(e.source) for e in events)


def test_the_subject_of_a_passive_support_verb_is_the_nouns_patient(events_of) -> None:
    text = "A Belgian national has been put under investigation in France for spying."
    event = by_trigger(events_of(text, "en"))["investigation"]
    assert "BEL" not in actor_countries(event.source)
    assert actor_countries(event.target) == {"BEL"}


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "role", "countries"),
    [
        (
            "Die Angriffe wurden abgewehrt, auch dank der Hilfe anderer Staaten wie "
            "Ägypten, Kanada und Japan.",
            "de", "Hilfe", "source", {"EGY", "CAN", "JPN"},
        ),
        (
            "Sudan received aid from several countries, including Egypt, Canada and Japan.",
            "en", "aid", "source", {"EGY", "CAN", "JPN"},
        ),
    ],
)  # fmt: skip
def test_a_group_named_by_examples_stands_for_its_members(
    events_of, text, lang, trigger, role, countries
) -> None:
    event = by_trigger(events_of(text, lang))[trigger]
    assert actor_countries(getattr(event, role)) == countries


def test_a_group_without_examples_names_nobody(events_of) -> None:
    text = "Die Angriffe wurden abgewehrt, auch dank der Hilfe anderer Staaten wie nie zuvor."
    assert all(not actor_countries(e.source) for e in events_of(text, "de") if e.type == "AID")


@pytest.mark.parametrize(
    ("text", "trigger", "countries"),
    [
        (
            "Im vergangenen Jahr traten Kanada, Japan, die Schweiz und Chile dem Abkommen bei.",
            "traten", {"CAN", "JPN", "CHE", "CHL"},
        ),
        (
            "Am Freitag verurteilten Spanien, Portugal und Italien den Angriff scharf.",
            "verurteilten", {"ESP", "PRT", "ITA"},
        ),
    ],
)  # fmt: skip
def test_a_german_comma_list_closed_by_und_is_one_subject(
    events_of, text, trigger, countries
) -> None:
    event = by_trigger(events_of(text, "de"))[trigger]
    assert actor_countries(event.source) == countries


def test_a_comma_before_a_verb_still_ends_a_clause(events_of) -> None:
    text = "Der Außenminister Spaniens, der Portugal und Italien besuchte, verurteilte den Angriff."
    event = by_trigger(events_of(text, "de"))["verurteilte"]
    assert actor_countries(event.source) == {"ESP"}


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("The new sanctions prompted Iran to expel two British diplomats.", "expel", "IRN"),
        ("Kenyan police used tear gas to disperse the protesters in Nairobi.", "disperse", "KEN"),
    ],
)
def test_the_named_object_of_a_verb_is_its_infinitives_subject(
    events_of, text, trigger, source
) -> None:
    event = by_trigger(events_of(text, "en"))[trigger]
    assert event.source is not None and event.source.country == source


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "source", "target"),
    [
        (
            "Canada imposed tariffs on Chinese steel in 2018. Beijing answered with duties "
            "on Canadian canola. The tariffs were lifted in 2020.",
            "en", "lifted", "CAN", "CHN",
        ),
        (
            "Die EU verhängte 2020 Sanktionen gegen Belarus. Im Jahr 2023 wurden die "
            "Sanktionen aufgehoben.",
            "de", "aufgehoben", None, "BLR",
        ),
    ],
)  # fmt: skip
def test_an_agentless_lifting_of_an_act_told_before_is_by_its_doer(
    events_of, text, lang, trigger, source, target
) -> None:
    event = by_trigger(events_of(text, lang))[trigger]
    assert event.type == "CONCEDE"
    assert event.source is not None and event.source.country == source
    assert event.target is not None and event.target.country == target


def test_an_agentless_lifting_of_nothing_told_names_nobody(events_of) -> None:
    events = events_of("Tariffs were lifted in 2020.", "en")
    assert all(e.source is None for e in events if e.type == "CONCEDE")


def test_an_insertion_naming_examples_does_not_cut_the_clause(events_of) -> None:
    text = (
        "Spitzenvertreter von SPD und FDP, darunter auch Bundeskanzler Olaf Scholz, "
        "gratulierten der neuen Präsidentin."
    )
    event = by_trigger(events_of(text, "de"))["gratulierten"]
    assert event.source is not None and event.source.country == "DEU"


def test_a_society_is_no_custody_of_a_court_sentence(events_of) -> None:
    text = "Die Deutsche Friedensgesellschaft verurteilte den Angriff Russlands scharf."
    event = by_trigger(events_of(text, "de"))["verurteilte"]
    assert event.type == "ACCUSE"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Belarus expels diplomats\n\nMINSK - Belarus on Monday expelled two diplomats, the "
         "foreign ministry said.", "en"),
        ("Belarus weist Diplomaten aus\n\nMinsk. Belarus hat am Montag zwei Diplomaten "
         "ausgewiesen, teilte das Außenministerium mit.", "de"),
    ],
)
def test_a_state_expels_no_organ_of_its_own(events_of, text, lang) -> None:
    expulsions = [e for e in events_of(text, lang) if e.mode == "expel"]
    assert expulsions and all(e.source.country == "BLR" for e in expulsions)
    assert all(e.target is None or e.target.country != "BLR" for e in expulsions)



@pytest.mark.parametrize(
    ("text", "language", "trigger", "expected"),
    [
        ("Der kenianische Präsident hob am Montag die Ausgangssperre auf.", "de", "hob", "KEN"),
        ("The Kenyan president declined to resign on Monday.", "en", "declined", "KEN"),
        ("The Kenyan president declined to resign after Uganda protested.", "en", "declined",
         None),
        ("The Kenyan president declined to resign during his visit to Uganda.", "en",
         "declined", "KEN"),
    ],
    ids=["de-domestic", "en-domestic", "en-other-country-named", "en-place-abroad"],
)
def test_a_domestic_act_concerns_the_actors_own_country(
    events_of, text, language, trigger, expected
) -> None:
    # PLOVER codes an act in a sentence that names one country only as that country's
    # own affair; with another country named, whom it concerns is left to the text.
    event = by_trigger(events_of(text, language))[trigger]
    assert event.source.country == "KEN"
    assert (event.target.country if event.target else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [("Austria protested on Monday.", "protested"),
     ("Iran committed itself to the nuclear deal.", "committed")],
)
def test_an_act_aimed_at_someone_unnamed_is_no_domestic_act(events_of, text, trigger) -> None:
    event = by_trigger(events_of(text, "en"))[trigger]
    assert event.target is None or event.target.country != event.source.country


def test_force_abroad_takes_no_domestic_target(events_of) -> None:
    events = [e for e in events_of("American drones killed eight militant leaders.", "en")
              if e.type == "ASSAULT"]
    assert events and all(e.target is None or e.target.country != "USA" for e in events)


@pytest.mark.parametrize(
    ("text", "language", "trigger", "role", "expected"),
    [
        ("Hundreds of ethnic Hungarians demonstrated in Slovakia on Sunday.", "en",
         "demonstrated", "source", "SVK"),
        ("Soldiers killed two ethnic Armenians in a village in western Georgia.", "en",
         "killed", "target", "GEO"),
        ("An anti-Iran blogger was arrested by police in Turkey.", "en", "arrested", "target",
         "TUR"),
    ],
    ids=["ethnic-crowd", "ethnic-victims", "anti-stance"],
)
def test_a_people_or_stance_named_by_a_country_word_is_no_state(
    events_of, text, language, trigger, role, expected
) -> None:
    # "ethnic Albanians in Serbia" are Serbia's people, an "anti-Syria journalist" no Syrian:
    # the place says whose they are.
    actor = getattr(by_trigger(events_of(text, language))[trigger], role)
    assert actor is not None and actor.country == expected


def test_a_mediator_is_the_doer_and_the_parties_the_target(events_of) -> None:
    event = by_trigger(events_of("Qatar launched a mediation effort between Ethiopia and Eritrea.",
                                 "en"))["effort"]
    assert (event.type, event.source.country) == ("CONSULT", "QAT")
    assert actor_countries(event.target) == {"ETH", "ERI"}


def test_a_group_affiliated_with_another_is_of_its_country(events_of) -> None:
    text = "Some 20,000 workers affiliated with the Greek Workers' Union stopped work on Monday."
    event = next(e for e in events_of(text, "en") if e.type == "PROTEST")
    assert event.source is not None and event.source.country == "GRC"


def test_a_countrys_ally_is_not_that_country(events_of) -> None:
    text = "Kurdish guerrillas killed the deputy chief of Syria's militia ally in northern Iraq."
    event = by_trigger(events_of(text, "en"))["killed"]
    assert event.target is not None and event.target.country == "IRQ"


def test_the_scene_told_in_a_when_clause_is_where_violence_happened(events_of) -> None:
    text = ("Two gunmen killed nine people on Sunday when they opened fire in a market in "
            "Peshawar.")
    event = by_trigger(events_of(text, "en"))["killed"]
    assert event.target is not None and event.target.country == "PAK"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der israelische Student Ben Levi wurde im Oktober 2023 von der Hamas entführt. Zwei "
         "Jahre später wurde er freigelassen.", "de"),
        ("Hamas abducted three Israeli farmers in October. The hostages were released on Sunday.",
         "en"),
    ],
)  # fmt: skip
def test_an_agentless_release_is_done_by_the_captor_to_the_captive(events_of, text, lang) -> None:
    released = [e for e in events_of(text, lang) if e.type == "RETREAT"]
    assert len(released) == 1
    assert released[0].source is not None and released[0].source.country == "PSE"
    assert released[0].target is not None and released[0].target.country == "ISR"


def test_an_agentless_release_without_a_capture_told_is_no_captors(events_of) -> None:
    text = "Hamas attacked an Israeli town in October. Two Israeli soldiers were released."
    for event in events_of(text, "en"):
        if event.type == "RETREAT":
            assert event.source is None or event.source.country != "PSE"


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "source"),
    [
        ("Dem Bürgermeister wird vorgeworfen, Geld unterschlagen zu haben, teilte die Berliner "
         "Staatsanwaltschaft mit.", "de", "vorgeworfen", "DEU"),
        ("The mayor is accused of fraud, the German police said.", "en", "accused", "DEU"),
    ],
)  # fmt: skip
def test_who_reports_an_agentless_accusation_makes_it(events_of, text, lang, trigger, source):
    event = by_trigger(events_of(text, lang))[trigger]
    assert event.source is not None and event.source.country == source


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Armenien und Aserbaidschan verhandelten am Montag in Jerewan. Man habe zudem "
         "vereinbart, die Gespräche im Mai fortzusetzen, hieß es.", "de", "vereinbart"),
        ("Armenien und Aserbaidschan verhandelten am Montag in Jerewan. Beide Seiten "
         "vereinbarten, die Gespräche im Mai fortzusetzen.", "de", "vereinbarten"),
    ],
)  # fmt: skip
def test_man_or_both_sides_in_a_joint_act_are_the_parties_told_before(
    events_of, text, lang, trigger
) -> None:
    event = by_trigger(events_of(text, lang))[trigger]
    assert event.source is not None
    assert sorted(m.country for m in event.source.members) == ["ARM", "AZE"]


def test_man_without_a_joint_act_told_before_is_nobody(events_of) -> None:
    text = "Man habe vereinbart, die Gespräche fortzusetzen."
    assert "vereinbart" not in by_trigger(events_of(text, "de"))
