"""More frames of wire news and what they are not, through the full pipeline on sentences of
our own: closing others' offices, stepped-up patrols, disapproval conveyed, a blocked consent
and a prevented takeover, a warning not to act, understanding shown; a reporter's question,
and a declined comment (a crowd gathering: test_lexicon_en_crowd_gathering.py)."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("language", "text", "event_type", "trigger"),
    [
        ("en", "Austrian police closed three offices run by Hungary on Monday.", "COERCE",
         "closed"),
        ("en", "Austria stepped up patrols along its southern border.", "MOBILIZE", "stepped"),
        ("en", "France had conveyed its concerns to Russia.", "ACCUSE", "conveyed"),
        ("en", "Beijing lodged stern representations with Tokyo over the visit.", "ACCUSE",
         "lodged"),
        ("en", "Protesters pelted Hungarian police with stones in Budapest.", "ASSAULT",
         "pelted"),
        ("de", "Polen hatte seine Zustimmung zu dem Paket blockiert.", "REJECT", "blockiert"),
        ("de", "Polen hat eingelenkt.", "CONCEDE", "eingelenkt"),
        ("de", "Die Bundesregierung hatte 2019 den Einstieg eines russischen Konzerns verhindert.",
         "REJECT", "verhindert"),
        ("de", "Die Ministerin warnte Polen davor, den Handel zu behindern.", "REQUEST", "warnte"),
        ("de", "Ministerpräsident Stephan Weil zeigte Verständnis für die Fischer.", "SUPPORT",
         "zeigte"),
    ],
)
def test_frame_is_coded(events_of, language, text, event_type, trigger) -> None:
    assert by_trigger(events_of(text, language))[trigger].type == event_type


@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        ("en", "The Danish minister, asked about the vote, declined to weigh in.", "asked"),
        ("en", "The Danish minister, asked about the vote, declined to weigh in.", "declined"),
    ],
)
def test_no_event_is_coded(events_of, language, text, trigger) -> None:
    assert trigger not in by_trigger(events_of(text, language))


def test_the_positive_senses_stay(events_of) -> None:
    """Leaders gathering, a request with 'ask' and the refusal of a plan."""
    events = by_trigger(events_of("EU leaders gathered in Brussels on Thursday.", "en"))
    assert events["gathered"].type == "CONSULT"
    events = by_trigger(events_of("The Danish minister asked Russia to free the sailors.", "en"))
    assert events["asked"].type == "REQUEST"
    events = by_trigger(events_of("Hungary declined to join the Polish plan.", "en"))
    assert events["declined"].type == "REJECT"


@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        ("en", "Prime Minister Sanae Takaichi said that a Chinese attack on Taiwan could prompt a "
         "Japanese military response.", "attack"),
        ("de", "Der Minister sagte, ein chinesischer Angriff auf Taiwan könnte eine militärische "
         "Reaktion Japans auslösen.", "Angriff"),
    ],
)
def test_an_act_supposed_for_the_argument_is_no_happening(events_of, language, text, trigger):
    assert trigger not in by_trigger(events_of(text, language))


def test_a_definite_act_under_a_modal_stays(events_of) -> None:
    text = "The attack on Kyiv could have been prevented, the Ukrainian minister said."
    assert by_trigger(events_of(text, "en"))["attack"].type == "ASSAULT"


def test_a_measure_challenged_in_court_is_a_legal_complaint(events_of) -> None:
    text = "The Polish government said it would challenge the new regulation in court."
    event = by_trigger(events_of(text, "en"))["challenge"]
    assert (event.type, event.factuality) == ("ACCUSE", "planned")
    assert by_trigger(events_of("Brazil challenged the tariffs.", "en"))["challenged"].type == (
        "REJECT"
    )


def test_a_breach_is_a_rejection_only_of_an_agreement(events_of) -> None:
    text = "Die österreichische Regierung sprach von einem Bruch der Waffenruhe durch Serbien."
    assert by_trigger(events_of(text, "de"))["Bruch"].type == "REJECT"
    text = "Die Schweizer Regierung sprach von einem Bruch mit der Tradition."
    assert "Bruch" not in by_trigger(events_of(text, "de"))


@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        ("en", "The EU's special representative for the dialogue between the two sides, Peter "
         "Sorensen, urged Belgrade and Pristina to refrain from unilateral steps.", "dialogue"),
        ("de", "Der EU-Sonderbeauftragte für den Dialog zwischen Belgrad und Pristina, Peter "
         "Sörensen, rief beide Seiten zur Zurückhaltung auf.", "Dialog"),
    ],
)
def test_the_remit_of_an_office_is_no_happening(events_of, language, text, trigger) -> None:
    assert trigger not in by_trigger(events_of(text, language))


def test_the_same_noun_as_an_act_stays(events_of) -> None:
    text = "Serbien und das Kosovo nahmen den Dialog in Brüssel wieder auf."
    assert by_trigger(events_of(text, "de"))["Dialog"].type == "CONSULT"


@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        ("de", "Die polnische Wirtschaftsministerin äußerte Bedenken gegen den Verkauf. In Peking "
         "wies das Handelsministerium die Bedenken zurück.", "wies"),
        ("en", "The Polish economy minister voiced concerns about the sale. In Beijing, the "
         "Chinese commerce ministry dismissed the concerns.", "dismissed"),
    ],
)
def test_rejected_concerns_stand_for_who_voiced_them_not_the_scene(
    events_of, language, text, trigger
) -> None:
    event = by_trigger(events_of(text, language))[trigger]
    assert event.type == "REJECT"
    assert actor_countries(event.target) == {"POL"}


def test_a_participle_clause_hung_on_the_object_has_the_verbs_subject(events_of) -> None:
    text = "Hungarian police on Tuesday closed five offices run by Austria, seizing documents and "
    text += "detaining two employees."
    events = by_trigger(events_of(text, "en"))
    assert actor_countries(events["seizing"].source) == {"HUN"}
    assert actor_countries(events["detaining"].source) == {"HUN"}


@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        ("en", "Hungarian police on Tuesday detained two Austrian employees of the consulate. The "
         "Austrian foreign minister demanded the immediate release of the two detained workers.",
         "demanded"),
        ("de", "Die ungarische Polizei nahm am Dienstag zwei österreichische Mitarbeiter des "
         "Konsulats fest. Der österreichische Außenminister forderte die sofortige Freilassung "
         "der beiden Festgenommenen.", "forderte"),
    ],
)
def test_a_demanded_release_is_asked_of_the_captor(events_of, language, text, trigger) -> None:
    event = by_trigger(events_of(text, language))[trigger]
    assert event.type == "REQUEST"
    assert actor_countries(event.target) == {"HUN"}


def test_a_release_asked_of_someone_by_name_keeps_the_addressee(events_of) -> None:
    text = "Hungarian police detained two Austrian employees of the consulate. Austria urged "
    text += "Slovakia to press for the release of the workers."
    assert actor_countries(by_trigger(events_of(text, "en"))["urged"].target) == {"SVK"}


@pytest.mark.parametrize(
    ("language", "text", "trigger", "event_type"),
    [
        ("en", "The Kremlin ordered warships to the Baltic Sea.", "ordered", "MOBILIZE"),
        ("en", "The Polish government ordered border patrols after the clashes.", "ordered",
         "MOBILIZE"),
        ("de", "Russland beorderte zwei Kriegsschiffe in die Ostsee.", "beorderte", "MOBILIZE"),
        ("en", "The court ordered the Polish government to pay compensation.", "ordered",
         "REQUEST"),
    ],
)
def test_forces_ordered_somewhere_are_mobilized(events_of, language, text, trigger, event_type):
    assert by_trigger(events_of(text, language))[trigger].type == event_type


def test_forces_ordered_in_a_passive_are_the_doers(events_of) -> None:
    text = "Two U.S. officials said a U.S. Navy destroyer had not been ordered to change course."
    event = by_trigger(events_of(text, "en"))["ordered"]
    assert (event.type, event.factuality) == ("MOBILIZE", "negated")
    assert actor_countries(event.source) == {"USA"}


def test_what_a_plan_agreed_on_is_for_is_no_happening_of_its_own(events_of) -> None:
    text = "The Serbian and Kosovar governments agreed in 2023 on a plan to normalize relations."
    events = by_trigger(events_of(text, "en"))
    assert "normalize" not in events
    assert events["agreed"].type == "AGREE"
    text = "Serbia and Kosovo normalized relations in 2023."
    assert by_trigger(events_of(text, "en"))["normalized"].type == "SUPPORT"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Die Kanzlerin hat sich bei der polnischen Regierung für die Freilassung des "
         "Journalisten eingesetzt.", "REQUEST"),
        ("Der bayerische Agrarminister sagte, er habe sich in einem Brief an "
         "Bundesfinanzminister Christian Lindner für einen Kompromiss eingesetzt.", "REQUEST"),
        # (A political body: an unnamed association's advocacy for farmers in a sentence
        # naming no state has no political actor; ontology identity.civilian.)
        ("Der Deutsche Bauernverband setzt sich für die Rechte der Bauern ein.", "SUPPORT"),
    ],
)
def test_lobbying_someone_is_a_request(events_of, text, event_type) -> None:
    assert [e.type for e in events_of(text, "de")] == [event_type]


@pytest.mark.parametrize(
    ("text", "trigger", "event_type"),
    [
        ("Nicaragua's government ordered the opposition newspaper La Prensa to suspend "
         "publication.", "ordered", "COERCE"),
        ("Jakarta forced the UN refugee agency out of the country.", "forced", "SANCTION"),
        ("The Israeli army forced out 1,000 Palestinian refugees from their homes.", "forced",
         "COERCE"),
    ],
)
def test_a_state_silencing_a_paper_or_forcing_someone_out(events_of, text, trigger, event_type):
    assert by_trigger(events_of(text, "en"))[trigger].type == event_type


def test_passing_a_measure_is_adopting_it(events_of) -> None:
    text = "The Polish parliament approved the new budget law on Friday."
    assert by_trigger(events_of(text, "en"))["approved"].type == "AGREE"
    text = "The Polish government approved the French proposal."
    assert by_trigger(events_of(text, "en"))["approved"].type == "SUPPORT"
