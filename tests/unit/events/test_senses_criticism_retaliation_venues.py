"""Word families and role rules: an attack on words or values is
criticism, threats of retaliation, strikes on military sites, an event noun of purpose, an
envoy's host state, a meeting's venue, a gerund after a preposition, nouns of number. Our
own sentences."""

from __future__ import annotations

import pytest
from event_builders import country_of, event_of_type


def _types(events: list) -> list[str]:
    return [e.type for e in events]


@pytest.mark.parametrize(
    ("text", "language", "event_type"),
    [
        # An attack with a modifier of speech, or on a value or a policy, is criticism.
        ("The Polish opposition leader launched a scathing attack on the government.", "en",
         "ACCUSE"),
        ("The French president called the new law an assault on press freedom.", "en",
         "ACCUSE"),
        ("The Hungarian senator attacked the government's immigration policy.", "en",
         "ACCUSE"),
        ("Der polnische Oppositionsführer startete verbale Attacken gegen die Regierung.",
         "de", "ACCUSE"),
        ("Der ungarische Premier griff die Justiz scharf an.", "de", "ACCUSE"),
        # The violent senses stay.
        ("Turkey's army attacked Kurdish positions in northern Syria.", "en", "ASSAULT"),
        ("Russische Truppen griffen ukrainische Stellungen bei Charkiw an.", "de", "ASSAULT"),
        # Threats of retaliation and readiness to strike.
        ("Russia warned it would retaliate against any NATO deployment in Finland.", "en",
         "THREATEN"),
        ("India said it would not hesitate to strike militant camps in Pakistan.", "en",
         "THREATEN"),
        # Strikes on military sites and forces.
        ("Israeli jets struck Hezbollah weapons depots and launchers in southern Lebanon.",
         "en", "ASSAULT"),
    ],
)
def test_word_families_code_their_type(events_of, text, language, event_type) -> None:
    assert _types(events_of(text, language))[:1] == [event_type]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Samsung is attacking the smartphone market in India with three cheap models.", "en"),
        ("Unbekannte haben in der Nacht in Gelsenkirchen einen Geldautomaten gesprengt.", "de"),
    ],
)
def test_business_and_theft_senses_code_nothing(events_of, text, language) -> None:
    assert not {"ASSAULT"} & set(_types(events_of(text, language)))


@pytest.mark.parametrize(
    ("text", "language", "event_type", "absent"),
    [
        ("Algerien hat seinen Botschafter in Paris zu Konsultationen zurückgerufen.", "de",
         "SANCTION", "CONSULT"),
        ("Algeria recalled its ambassador to Paris for consultations.", "en", "SANCTION",
         "CONSULT"),
    ],
)
def test_an_event_noun_of_purpose_is_no_event_of_its_own(
    events_of, text, language, event_type, absent
) -> None:
    types = _types(events_of(text, language))
    assert event_type in types
    assert absent not in types


def test_an_aid_noun_with_a_possessive_is_still_an_act(events_of) -> None:
    # Only a bare noun after "for" is a purpose; "for its aid" is what was thanked.
    events = events_of("Germany thanked Poland for its aid to Ukraine.", "en")
    assert "SUPPORT" in _types(events)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The U.S. envoy to Malawi applauded the peaceful conduct of the runoff.", "en"),
        ("Der US-Botschafter in Malawi lobte den friedlichen Verlauf der Stichwahl.", "de"),
    ],
)
def test_an_envoy_speaks_to_the_host_state(events_of, text, language) -> None:
    support = event_of_type(events_of(text, language), "SUPPORT")
    assert country_of(support.source) == "USA"
    assert country_of(support.target) == "MWI"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Negotiators from Armenia and Azerbaijan held talks in Geneva.", "en"),
        ("Die Regierungschefs der Afrikanischen Union berieten in Addis Abeba über die Krise.",
         "de"),
    ],
)
def test_a_meeting_place_is_no_party(events_of, text, language) -> None:
    talks = event_of_type(events_of(text, language), "CONSULT")
    assert country_of(talks.target) not in {"CHE", "ETH"}


def test_a_named_partner_stays_the_target_of_a_meeting(events_of) -> None:
    talks = event_of_type(events_of("Scholz traf sich in Paris mit Macron.", "de"), "CONSULT")
    assert country_of(talks.target) == "FRA"


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta stopped short of condemning Myanmar's military government.",
        "Indonesia refrained from criticizing Myanmar's generals over the airstrikes.",
    ],
)
def test_a_gerund_after_a_preposition_has_the_verbs_subject(events_of, text) -> None:
    accusation = event_of_type(events_of(text, "en"), "ACCUSE")
    assert country_of(accusation.source) == "IDN"
    assert country_of(accusation.target) == "MMR"


def test_an_adjective_after_a_noun_of_number_is_one_phrase(events_of) -> None:
    events = events_of("Dutzende politische Gefangene wurden in Belarus freigelassen.", "de")
    release = [e for e in events if e.trigger.text == "freigelassen"]
    assert release, _types(events)
    assert country_of(release[0].target) == "BLR"


@pytest.mark.parametrize(
    ("text", "language", "event_type", "source"),
    [
        # A state or measure taken to a court or the WTO is a legal complaint.
        ("Die EU zog gegen das Exportverbot Indonesiens vor die Welthandelsorganisation.",
         "de", "ACCUSE", None),
        ("The EU took Indonesia to the WTO over its export ban.", "en", "ACCUSE", None),
        # An appeal lodged against a ruling rejects it.
        ("Jakarta legte gegen das Urteil Berufung ein.", "de", "REJECT", "IDN"),
        ("Indonesia appealed the ruling of the trade tribunal.", "en", "REJECT", "IDN"),
        # Letting another state use one's territory or airspace.
        ("Belarus allowed Russia to use its territory for the invasion.", "en", "COOPERATE",
         "BLR"),
    ],
)
def test_legal_and_access_families(events_of, text, language, event_type, source) -> None:
    act = event_of_type(events_of(text, language), event_type)
    if source is not None:
        assert country_of(act.source) == source


def test_a_take_over_stays_a_seizure(events_of) -> None:
    assert "COERCE" in _types(events_of("Rebels took over the Syrian town of Manbij.", "en"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dutzende politische Gefangene sind in Belarus begnadigt worden.", "de"),
        ("Dozens of political prisoners were pardoned in Belarus on Friday.", "en"),
    ],
)
def test_an_agentless_pardon_is_the_states(events_of, text, language) -> None:
    pardon = event_of_type(events_of(text, language), "CONCEDE")
    assert country_of(pardon.source) == "BLR"


def test_military_targets_taken_in_aim_are_an_attack(events_of) -> None:
    events = events_of(
        "Die Ukraine will mit neuen Drohnen Raffinerien im russischen Hinterland ins Visier "
        "nehmen.", "de"
    )
    attack = event_of_type(events, "ASSAULT")
    assert country_of(attack.source) == "UKR"
    assert country_of(attack.target) == "RUS"


def test_a_person_taken_in_aim_is_no_attack(events_of) -> None:
    events = events_of("Die Staatsanwaltschaft nahm den Minister ins Visier.", "de")
    assert "ASSAULT" not in _types(events)


def test_duties_on_goods_from_a_country_hit_that_country(events_of) -> None:
    events = events_of(
        "Die Bundesregierung verzichtet vorerst auf Strafzölle gegen Elektroautos aus China.",
        "de",
    )
    assert country_of(event_of_type(events, "SANCTION").target) == "CHN"


def test_a_gerund_after_other_prepositions_keeps_no_subject(events_of) -> None:
    # Only prepositions of restraint ("short of", "from") pass on the verb's subject.
    events = events_of(
        "Despite not seeking the expansion, the governor said he would sign the budget.", "en"
    )
    assert "REQUEST" not in _types(events)


def test_out_of_is_the_phrasal_verbs_preposition(events_of) -> None:
    retreat = event_of_type(
        events_of("Ethiopian troops pulled out of the Somali town of Baidoa.", "en"), "RETREAT"
    )
    assert country_of(retreat.target) == "SOM"


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        ("Thailand hat 40 Uiguren nach China zurückgeschickt.", "COERCE", "CHN"),
        ("Demonstranten setzten in Dhaka eine Polizeiwache in Brand.", "ASSAULT", "BGD"),
        ("Die kenianische Polizei ging mit Tränengas gegen Demonstranten in Nairobi vor.",
         "ASSAULT", "KEN"),
    ],
)
def test_german_verb_families(events_of, text, event_type, target) -> None:
    assert country_of(event_of_type(events_of(text, "de"), event_type).target) == target


@pytest.mark.parametrize(
    "text",
    [
        "Der Bundesrat schickte den Gesetzentwurf an den Bundestag zurück.",
        "Die Regierung will hart gegen Korruption vorgehen.",
    ],
)
def test_german_other_senses_code_nothing(events_of, text) -> None:
    assert not {"COERCE", "ASSAULT"} & set(_types(events_of(text, "de")))


@pytest.mark.parametrize(
    ("text", "language", "event_type"),
    [
        ("The Sudanese army regained control of the presidential palace in Khartoum.", "en",
         "COERCE"),
        ("Ukrainian forces recaptured control of the town of Kupiansk.", "en", "COERCE"),
        ("Die sudanesische Armee hat den Präsidentenpalast in Khartum zurückerobert.", "de",
         "COERCE"),
        ("Die sudanesische Armee brachte die Stadt Omdurman wieder unter ihre Kontrolle.", "de",
         "COERCE"),
        ("Qatar brokered a prisoner swap between Washington and Tehran.", "en", "AGREE"),
        ("Brasilien schloss sich der gemeinsamen Erklärung zur Ukraine an.", "de", "SUPPORT"),
        ("Seoul suspended a military pact with Pyongyang.", "en", "SANCTION"),
        ("Iraq handed 50 Islamic State suspects to Syria.", "en", "COOPERATE"),
        ("Belgian farmers dumped manure outside the European Parliament.", "en", "PROTEST"),
        ("Belgische Landwirte kippten Mist vor das Europäische Parlament.", "de", "PROTEST"),
        ("Tausende zogen in Tiflis gegen das Agentengesetz auf die Straße.", "de", "PROTEST"),
        ("China flog Hilfsgüter in das Erdbebengebiet in Myanmar.", "de", "AID"),
    ],
)
def test_control_swap_and_handover_families(events_of, text, language, event_type) -> None:
    assert event_type in _types(events_of(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The company regained control of its finances.", "en"),
        ("Die Feuerwehr brachte den Brand unter Kontrolle.", "de"),
    ],
)
def test_other_senses_of_those_families(events_of, text, language) -> None:
    assert "COERCE" not in _types(events_of(text, language))


def test_troops_massed_along_a_border_face_its_state(events_of) -> None:
    events = events_of("Russia massed troops along the Ukrainian border.", "en")
    assert country_of(event_of_type(events, "MOBILIZE").target) == "UKR"


@pytest.mark.parametrize(
    ("text", "language", "event_type"),
    [
        # A diplomatic protest lodged is an accusation, no demonstration.
        ("Peking legte bei der EU formell Protest ein.", "de", "ACCUSE"),
        ("China erhob scharfen Protest gegen die Waffenlieferungen an Taiwan.", "de", "ACCUSE"),
        # A rally broken up is coercion; a prospect held out is a promise.
        ("Police in Minsk broke up the rally by force.", "en", "COERCE"),
        ("Berlin held out the prospect of more Patriot systems for Kyiv.", "en", "AGREE"),
    ],
)
def test_light_verb_families(events_of, text, language, event_type) -> None:
    types = _types(events_of(text, language))
    assert event_type in types
    assert "PROTEST" not in types


@pytest.mark.parametrize(
    ("text", "language", "event_type", "mode"),
    [
        # Cyber attacks however written; hackers attacking websites.
        ("Russia launched a cyber-attack on Poland's railway network.", "en", "COERCE", "cyber"),
        ("Russian hackers attacked Polish government websites.", "en", "COERCE", "cyber"),
        ("Russland verübte einen Cyber-Angriff auf das polnische Bahnnetz.", "de", "COERCE",
         "cyber"),
        # A cell or network raided ("ausgehoben").
        ("Die spanische Polizei hob eine Terrorzelle in Barcelona aus.", "de", "COERCE",
         "seize"),
    ],
)
def test_cyber_attacks_and_raids(events_of, text, language, event_type, mode) -> None:
    act = event_of_type(events_of(text, language), event_type)
    assert act.mode == mode


def test_an_army_base_attacked_stays_an_assault(events_of) -> None:
    assert "ASSAULT" in _types(events_of("Rebels attacked the army base near Goma.", "en"))


@pytest.mark.parametrize(
    "text",
    [
        "Die türkischen Behörden gingen gegen kurdische Medien vor.",
        "Nicaragua ließ 1500 Nichtregierungsorganisationen schließen.",
        "Algerien sperrte seinen Luftraum für marokkanische Flugzeuge.",
        "Belarus zwang ein Ryanair-Flugzeug zur Landung in Minsk.",
        "Die Armee nahm mehrere Oppositionelle in Haft.",
    ],
)
def test_german_coercion_families(events_of, text) -> None:
    assert "COERCE" in _types(events_of(text, "de"))


@pytest.mark.parametrize(
    "text",
    ["Die Stadt will gegen Falschparker vorgehen.", "Der Laden schließt um 20 Uhr."],
)
def test_german_everyday_senses_code_nothing(events_of, text) -> None:
    assert "COERCE" not in _types(events_of(text, "de"))
