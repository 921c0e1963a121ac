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
    event = _by_trigger(events_of(text, lang))[trigger]
    assert _countries(event.target) == {target}


def test_two_verbs_acting_on_different_objects_are_two_acts(events_of) -> None:
    text = (
        "Canada has expelled Iran's military attaché and ordered the closure of an "
        "Iranian-owned bank in Ottawa."
    )
    events = [e for e in events_of(text, "en") if e.type == "SANCTION"]
    assert len(events) == 2
    assert all(_countries(e.target) == {"IRN"} for e in events)


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
    event = _by_trigger(events_of(text, lang))[trigger]
    assert _countries(event.source) == {source}
    assert _countries(event.target) == {target}


def test_a_state_that_protests_is_not_its_own_target(events_of) -> None:
    events = events_of("Austria protested on Monday.", "en")
    assert all(_countries(e.target) != {"AUT"} for e in events)


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
    event = _by_trigger(events_of(text, lang))[trigger]
    assert _countries(event.source) == {source}
    assert event.attributes.get("implicit_source")


def test_a_place_elsewhere_in_the_clause_is_no_scene_of_an_attack_noun(events_of) -> None:
    text = "Nach dem Angriff auf Polen wurden auf dem Gipfel in Brüssel Sanktionen beschlossen."
    events = [e for e in events_of(text, "de") if e.type == "ASSAULT"]
    assert all(_countries(e.source) != {"BEL"} for e in events)


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
    event = _by_trigger(events_of(text, lang))[trigger]
    assert _countries(event.target) == {target}


def test_a_gerund_in_an_adjunct_has_the_verbs_subject(events_of) -> None:
    text = "Belarus responded by expelling a Lithuanian diplomat on Friday."
    event = _by_trigger(events_of(text, "en"))["expelling"]
    assert _countries(event.source) == {"BLR"}
    assert _countries(event.target) == {"LTU"}


def test_such_refers_back_to_an_earlier_act(events_of) -> None:
    text = (
        "Japan and Australia began a joint naval exercise on Monday. "
        "Beijing on Tuesday condemned such exercises."
    )
    event = _by_trigger(events_of(text, "en"))["condemned"]
    assert _countries(event.target) & {"JPN", "AUS"}


def test_a_verb_misjoined_to_a_content_clause_has_the_speakers_subject(events_of) -> None:
    text = (
        "French Farm Minister Annie Genevard said the tariffs were a heavy blow for farmers "
        "and urged Washington to find a solution quickly."
    )
    event = _by_trigger(events_of(text, "en"))["urged"]
    assert _countries(event.source) == {"FRA"}


def test_a_referring_act_noun_stands_for_the_act_told_most_often(events_of) -> None:
    text = (
        "Latvia expels Russian diplomat. Latvia has expelled a Russian diplomat over spying. "
        "Russia responded by expelling a Latvian diplomat. "
        "Estonia welcomed the expulsion."
    )
    event = _by_trigger(events_of(text, "en"))["welcomed"]
    assert _countries(event.target) == {"LVA"}


def test_a_speech_act_noun_with_its_own_doer_addresses_the_clauses_subject(events_of) -> None:
    text = "Auf Einladung der Regierung Ghanas reiste der französische Außenminister nach Accra."
    event = _by_trigger(events_of(text, "de"))["Einladung"]
    assert _countries(event.source) == {"GHA"}
    assert _countries(event.target) == {"FRA"}


def test_only_a_gerund_of_means_takes_the_verbs_subject(events_of) -> None:
    text = "Despite not seeking sanctions, the German government criticised Hungary."
    events = _by_trigger(events_of(text, "en"))
    assert "seeking" not in events or events["seeking"].source is None


def test_a_list_of_actors_inside_a_phrase_stays_a_list(events_of) -> None:
    text = (
        "The European Union agreed on Monday to provide 50 million euros of aid for Chad and Niger."
    )
    event = _by_trigger(events_of(text, "en"))["agreed"]
    assert _countries(event.target) == {"TCD", "NER"}


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
    event = _by_trigger(events_of(text, lang))[trigger]
    assert _countries(event.target) == {"ETH", "ERI"}


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
    event = _by_trigger(events_of(text, lang))[trigger]
    assert _countries(event.target) == {target}


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
    event = _by_trigger(events_of(text, lang))[trigger]
    assert _countries(event.target) == {target}


def test_an_army_abroad_gives_its_patient_no_country_of_its_own(events_of) -> None:
    event = _by_trigger(events_of("Russian troops killed 12 people on Sunday.", "en"))["killed"]
    assert _countries(event.target) != {"RUS"}


def test_the_of_phrase_of_an_attack_noun_is_whom_it_hits(events_of) -> None:
    text = "Turkey today mounted its long-planned invasion of northern Syria."
    event = _by_trigger(events_of(text, "en"))["invasion"]
    assert _countries(event.target) == {"SYR"}


def test_a_content_clause_on_a_prepositional_object_names_the_addressee(events_of) -> None:
    text = (
        "Rebels in Darfur insisted on their demand that Chad's government should free all "
        "prisoners."
    )
    event = _by_trigger(events_of(text, "en"))["insisted"]
    assert _countries(event.target) == {"TCD"}


def test_an_organ_without_a_country_is_no_crowd_of_whom_it_addresses(events_of) -> None:
    text = "Die Kurdenführung kündigte an, alle Kontakte mit den USA zu boykottieren."
    events = events_of(text, "de")
    assert all("USA" not in _countries(e.source) for e in events)


def test_a_preposition_bounding_a_number_opens_no_phrase(events_of) -> None:
    event = _by_trigger(events_of("Bis zu 200 Kurden demonstrierten am Sonntag in Syrien.", "de"))[
        "demonstrierten"
    ]
    assert event.source is not None and "Kurden" in (event.source.name or "")


def test_a_place_that_is_hit_is_no_scene_of_unattributed_violence(events_of) -> None:
    events = events_of("Über 200 Menschen wurden bei dem Angriff auf Charkiw getötet.", "de")
    assert all("UKR" not in _countries(e.source) for e in events)


def test_the_subject_of_a_passive_support_verb_is_the_nouns_patient(events_of) -> None:
    text = "A Belgian national has been put under investigation in France for spying."
    event = _by_trigger(events_of(text, "en"))["investigation"]
    assert "BEL" not in _countries(event.source)
    assert _countries(event.target) == {"BEL"}
