"""Uses of event words on running text that tell no happening between actors (precision
round 2): a verb of protest that means to show, a meeting with one's own staff, a necessity
nobody voices. Sentences of our own, through the full pipeline."""

from __future__ import annotations

import pytest


def _types(events, type_: str) -> list[str]:
    return [e.type for e in events if e.type == type_]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chile has demonstrated great patience in the border dispute, the minister said.", "en"),
        ("The drought is a serious danger to Kenya, as demonstrated by the harvest of 2023.", "en"),
        ("Die französische Regierung demonstrierte im Streit mit Italien Geschlossenheit.", "de"),
    ],
)
def test_a_protest_verb_with_an_object_means_to_show(events_of, text, lang) -> None:
    assert _types(events_of(text, lang), "PROTEST") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thousands of students demonstrated against the new law in Santiago.", "en"),
        ("Tausende Menschen demonstrierten in Paris gegen die Rentenreform der Regierung.", "de"),
        ("Vor dem Parlament demonstrierten am Abend mehrere Hundert Anhänger der Partei.", "de"),
    ],
)
def test_protesters_still_demonstrate(events_of, text, lang) -> None:
    assert _types(events_of(text, lang), "PROTEST") == ["PROTEST"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Brazilian opposition leader met with his supporters in Recife on Sunday.", "en"),
        ("Der polnische Oppositionsführer sprach bei einem Treffen mit seinen Anhängern.", "de"),
    ],
)
def test_a_meeting_with_ones_own_following_is_no_consultation(events_of, text, lang) -> None:
    assert _types(events_of(text, lang), "CONSULT") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Brazilian president met with his Argentine counterpart on Sunday.", "en"),
        ("Frankreichs Präsident traf sich am Sonntag mit dem spanischen Regierungschef.", "de"),
        ("Der französische Präsident traf sich am Sonntag mit seinen Sicherheitsberatern.", "de"),
    ],
)
def test_a_meeting_with_another_actor_stays(events_of, text, lang) -> None:
    assert _types(events_of(text, lang), "CONSULT") == ["CONSULT"]


def test_a_necessity_nobody_voices_is_no_happening(events_of) -> None:
    text = "To end the crisis, the Peruvian government would have to cooperate with Bolivia."
    assert _types(events_of(text, "en"), "COOPERATE") == []


def test_a_necessity_a_speaker_voices_is_a_demand(events_of) -> None:
    text = "The Chilean foreign minister said that Peru has to withdraw its troops from the border."
    events = events_of(text, "en")
    assert _types(events, "RETREAT") == []
    demand = [e for e in events if e.type == "REQUEST"]
    assert demand and demand[0].target is not None and demand[0].target.country == "PER"


@pytest.mark.parametrize(
    ("text", "lang", "type_"),
    [
        ("Manche befürchten, dass Russland Finnland angreifen könnte.", "de", "ASSAULT"),
        ("Sie hatten Angst, dass die Armee ihre Dörfer bombardieren könnte.", "de", "ASSAULT"),
        ("Officials in Manila fear that China could blockade the island.", "en", "SANCTION"),
    ],
)
def test_an_act_in_a_clause_of_fear_is_no_happening(events_of, text, lang, type_) -> None:
    assert _types(events_of(text, lang), type_) == []


def test_a_confirmed_fear_is_a_happening(events_of) -> None:
    text = (
        "Die Armee bestätigte die schlimmsten Befürchtungen: Der Journalist war von Milizen "
        "in Mali getötet worden."
    )
    assert _types(events_of(text, "de"), "ASSAULT") == ["ASSAULT"]


def test_what_follows_a_colon_is_no_object_of_the_verb(events_of) -> None:
    text = 'Das österreichische Innenministerium hält fest: "Die Zahl der Anzeigen steigt."'
    assert _types(events_of(text, "de"), "COERCE") == []
    held = events_of("Die türkische Polizei hält seit Montag drei Journalisten fest.", "de")
    assert _types(held, "COERCE") == ["COERCE"]


def test_an_act_in_a_clause_opened_by_ob_is_asked_about(events_of) -> None:
    text = (
        "Die Frage, ob die Regierung in Bern im vergangenen Jahr russische Diplomaten "
        "ausgewiesen hat, blieb unbeantwortet."
    )
    assert _types(events_of(text, "de"), "SANCTION") == []


def test_a_rescue_service_warning_the_public_is_no_threat(events_of) -> None:
    text = "Die Feuerwehr in Hamburg warnt die Bürger vor giftigem Rauch."
    assert _types(events_of(text, "de"), "THREATEN") == []


@pytest.mark.parametrize(
    ("text", "lang", "type_"),
    [
        (
            "Whenever workers in Lima strike or demand higher wages, the government sends police.",
            "en",
            "REQUEST",
        ),
        (
            "Analysts asked whether the Kenyan president is likely to meet the opposition leader.",
            "en",
            "CONSULT",
        ),
        (
            "Parliament has the power to force the Peruvian president to release the prisoners.",
            "en",
            "RETREAT",
        ),
    ],
)
def test_an_act_shares_the_clause_it_hangs_on(events_of, text, lang, type_) -> None:
    """An infinitive or conjunct shares its clause's condition, question or generic
    infinitive."""
    assert _types(events_of(text, lang), type_) == []


def test_a_conjunct_shares_the_obligation_of_its_first_verb(events_of) -> None:
    text = "Peru must end the violence and protect the protesters, the Chilean minister said."
    assert _types(events_of(text, "en"), "AID") == []


def test_shooting_against_someone_is_words(events_of) -> None:
    words = events_of("Der US-Präsident schießt seit Tagen gegen den kanadischen Premier.", "de")
    assert _types(words, "ASSAULT") == []
    shots = events_of("Russische Soldaten schossen auf ukrainische Stellungen bei Charkiw.", "de")
    assert _types(shots, "ASSAULT") == ["ASSAULT"]


def test_an_attempted_act_stays_the_act(events_of) -> None:
    text = "An attempt to assassinate the governor of the Peruvian region was thwarted."
    assert _types(events_of(text, "en"), "ASSAULT") == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "lang", "type_"),
    [
        ("The civil war has forced Syrian universities into exile.", "en", "COERCE"),
        ("Der Krieg zwang die ukrainischen Universitäten ins Exil.", "de", "COERCE"),
        ("When cases across India declined to 600, the Kerala government relaxed its rules.",
         "en", "REJECT"),
    ],
)
def test_a_war_or_a_count_as_subject_is_no_doer(events_of, text, lang, type_) -> None:
    assert _types(events_of(text, lang), type_) == []


def test_an_act_on_oneself_is_no_act_between_actors(events_of) -> None:
    text = "The Spanish minister said: don't restrict yourself to the usual summer holidays."
    assert _types(events_of(text, "en"), "COERCE") == []
    police = events_of("The Spanish government restricted the protesters to one square.", "en")
    assert _types(police, "COERCE") == ["COERCE"]


@pytest.mark.parametrize(
    ("text", "lang", "type_"),
    [
        ("The Mexican government vowed to fight corruption in the police.", "en", "ASSAULT"),
        ("Die griechische Regierung will die Waldbrände bekämpfen.", "de", "ASSAULT"),
        ("A woman who may have delivered a baby left the Nairobi hospital.", "en", "AID"),
        ("Kenyan investors breathed a sigh of relief after the vote.", "en", "AID"),
        ("The Canadian immigration ministry gave up ten floors of office space.", "en", "AID"),
    ],
)
def test_senses_without_a_political_act(events_of, text, lang, type_) -> None:
    assert _types(events_of(text, lang), type_) == []


def test_fighting_an_enemy_stays_an_assault(events_of) -> None:
    text = "Kurdish forces fought Islamic State militants near Raqqa."
    assert _types(events_of(text, "en"), "ASSAULT") == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "lang", "type_"),
    [
        ("The Egyptian government condemns any attack on civilians in Sudan.", "en", "ASSAULT"),
        ("Die polnische Regierung verurteilt jede Form von Gewalt gegen Journalisten.", "de",
         "ASSAULT"),
    ],
)
def test_any_act_of_a_kind_is_no_happening(events_of, text, lang, type_) -> None:
    assert _types(events_of(text, lang), type_) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Kenyan government issued urgent warnings to residents as heavy rain continued.",
         "en"),
        ("Die bayerische Regierung warnt die Bürger vor dem Hochwasser an der Donau.", "de"),
    ],
)
def test_a_warning_to_the_public_is_no_threat(events_of, text, lang) -> None:
    assert _types(events_of(text, lang), "THREATEN") == []


def test_a_threat_to_an_actor_stays(events_of) -> None:
    text = "The Chinese government threatened the Philippines with sanctions."
    assert _types(events_of(text, "en"), "THREATEN") == ["THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "The Nigerian president urged the army to protect citizens in the north.",
        "The Kenyan opposition leader told his followers in Mombasa on Monday that the count "
        "was rigged and urged the government to respect the will of the people.",
    ],
)
def test_the_public_in_what_an_actor_is_urged_to_do_is_no_addressee(events_of, text) -> None:
    assert _types(events_of(text, "en"), "REQUEST") == ["REQUEST"]


def test_an_act_below_an_indirect_question_is_asked_about(events_of) -> None:
    text = (
        "The Texas governor has not said whether he will sign a bill that would make it easier "
        "to ban books from libraries."
    )
    assert _types(events_of(text, "en"), "SANCTION") == []
    assert _types(events_of(text, "en"), "THREATEN") == []


@pytest.mark.parametrize(
    ("text", "lang", "type_"),
    [
        ("Auf eine Entschuldigung der Regierung warten die Opfer in Chile bis heute.", "de",
         "CONCEDE"),
        ("Palestinians in Gaza are hoping for a ceasefire between Israel and Hamas.", "en",
         "RETREAT"),
    ],
)
def test_what_is_awaited_has_not_happened(events_of, text, lang, type_) -> None:
    assert _types(events_of(text, lang), type_) == []


def test_a_condition_in_the_present_passive_is_open(events_of) -> None:
    text = "Wenn Waffen an die Ukraine geliefert werden, reagiert Russland mit Drohungen."
    assert _types(events_of(text, "de"), "AID") == []
