"""Senses of event words (issue #5, senses): court, trade, speech and metaphor, on our own
sentences."""

from __future__ import annotations

import pytest

from chronist.events.data import load_lexicon


def _types(events: list) -> dict[str, str]:
    return {e.trigger.text: e.type for e in events}


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "expected"),
    [
        # A plea in court answers the charges.
        ("The former Kenyan minister pleaded not guilty to the charges on Monday.", "en",
         "pleaded", "REJECT"),
        ("The former Kenyan minister pleaded guilty to corruption charges on Monday.", "en",
         "pleaded", "CONCEDE"),
        # Activists interrupting a performance protest.
        ("Climate activists disrupted a performance of the play in London on Monday.", "en",
         "disrupted", "PROTEST"),
        # An answer announced to a hostile measure is a threat.
        ("Mexico's government would respond to the U.S. tariffs, the Mexican president said.",
         "en", "respond", "THREATEN"),
        # A phrasal request keeps its preposition after the verb.
        ("Trump first called on Congress to pass legislation.", "en", "called", "REQUEST"),
        # "sich gegen X aussprechen" criticises X, "einen Antrag annehmen" adopts it.
        ("Der AfD-Abgeordnete sprach sich gegen die Politik der Bundesregierung aus.", "de",
         "sprach", "ACCUSE"),
        ("Der Bundestag nahm den Antrag der Koalition an.", "de", "nahm", "AGREE"),
        # Weapons put in position are a show of force; "unter Druck setzen" presses someone.
        ("Der Iran hat ballistische Raketen in Stellung gebracht.", "de", "gebracht",
         "MOBILIZE"),
        ("Trump hat Netanjahu unter Druck gesetzt.", "de", "gesetzt", "REQUEST"),
        # Joining an organisation or an alliance.
        ("Schweden ist der NATO beigetreten.", "de", "beigetreten", "COOPERATE"),
        ("Finland joined the alliance in April.", "en", "joined", "COOPERATE"),
        ("The jailing of the former South African president sparked riots.", "en", "jailing",
         "COERCE"),
        ("The governor of Indiana signed the budget bill into law on Friday.", "en", "signed",
         "AGREE"),
    ],
)  # fmt: skip
def test_the_sense_gives_the_type(events_of, text, lang, trigger, expected) -> None:
    assert _types(events_of(text, lang)).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        # The journalist's question is no request.
        ("Asked to comment, the Israeli army said it does not target journalists.", "en",
         "Asked"),
        # A witness called to court, a lawyer's clients: no request, no support.
        ("On Tuesday the South African prosecution will call a former police general.", "en",
         "call"),
        ("The Serbian lawyer, who has defended clients against war crimes charges, said the "
         "ruling was unclear.", "en", "defended"),
        # Sitting somewhere is no sit-in; a news conference no consultation.
        ("The German president sat in the front row.", "en", "sat"),
        ("The governor of Texas told a news conference that he would sign the budget.", "en",
         "conference"),
        # Speaking of something or to a party is speech, no consultation.
        ("Das russische Verteidigungsministerium sprach von einem schweren Schlag.", "de",
         "sprach"),
        # A "Herausforderung" is no "Forderung".
        ("Die Migration ist eine große Herausforderung für die Bundesregierung.", "de",
         "Herausforderung"),
        # What one needs or is interested in is a state; a candidate sent "ins Rennen" is
        # nominated, not sent anywhere.
        ("In Amerika interessiert sich nur eine kleine Zahl von Wählern für die Kriege im Nahen "
         "Osten und der Ukraine.", "de", "Kriege"),
        ("Die Ukraine braucht die Unterstützung der USA.", "de", "Unterstützung"),
        # Politicians placing themselves; an act asked about in a whether-clause.
        ("Der CDU-Chef brachte sich für die Wahl in Stellung.", "de", "brachte"),
        ("The German minister joined the company in 2019.", "en", "joined"),
        # A verb-first "Sollten …" is a condition: its event noun is no happening and no demand.
        ("Sollten die Kämpfe auf Burundi übergreifen, drohe eine Katastrophe, sagte der deutsche "
         "Außenminister.", "de", "Kämpfe"),
        ("The governor of Texas hasn't yet said whether he will sign the budget bill.", "en",
         "sign"),
        # A trade war or a hybrid war is a figure of speech, no fighting.
        ("China and the United States are locked in a trade war.", "en", "war"),
        ("Russia's foreign ministry said Britain was waging a hybrid war against Russia.", "en",
         "war"),
        ("Die Ministerin wurde von der Bundesregierung als deutsche Kandidatin ins Rennen "
         "geschickt.", "de", "geschickt"),
    ],
)  # fmt: skip
def test_no_event_in_the_other_sense(events_of, text, lang, trigger) -> None:
    assert trigger not in _types(events_of(text, lang))


def test_a_reported_must_is_still_a_demand(events_of) -> None:
    text = "Der deutsche Außenminister sagte, Russland müsse die Truppen abziehen."
    found = events_of(text, "de")
    assert _types(found).get("abziehen") == "REQUEST"


def test_admitting_a_feeling_is_no_concession(events_of) -> None:
    felt = "The Danish prime minister admitted on Monday that he was worried about the report."
    assert [e for e in events_of(felt, "en") if e.type == "CONCEDE"] == []
    mistake = "The Danish prime minister admitted on Monday that his government had erred."
    assert [e.type for e in events_of(mistake, "en") if e.type == "CONCEDE"] == ["CONCEDE"]


def test_offering_guests_something_is_a_sale_not_a_pledge(events_of) -> None:
    sale = "The new Canadian hotel offers guests views of the lake."
    assert [e for e in events_of(sale, "en") if e.type == "AGREE"] == []
    pledge = "The Canadian prime minister offered talks to Ukraine."
    assert [e.type for e in events_of(pledge, "en") if e.type == "AGREE"] == ["AGREE"]


def test_alleged_after_and_in_a_prepositions_object_hedges_a_noun(events_of) -> None:
    hedged = (
        "The panel wrote to the minister about the threat of Russian influence and alleged "
        "secret Russian police stations in Toronto."
    )
    assert [e for e in events_of(hedged, "en") if e.type == "ACCUSE"] == []
    claim = "The Kenyan opposition leader alleged that the government had rigged the vote."
    assert [e.type for e in events_of(claim, "en") if e.type == "ACCUSE"] == ["ACCUSE"]


def test_a_derived_noun_is_no_compound_of_the_event_noun_it_ends_with(events_of) -> None:
    # "Vereinigung" (an association) is derived from "vereinigen", no kind of "Einigung".
    text = "Dem Minister wird vorgeworfen, eine kriminelle Vereinigung gegründet zu haben."
    assert "Vereinigung" not in _types(events_of(text, "de"))
    lexicon = load_lexicon("de")
    assert lexicon.compound_head("vereinigung") is None
    assert lexicon.compound_head("tarifeinigung") == "einigung"


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Die Staatsanwaltschaft wirft dem Bürgermeister Bestechung vor. Ein Anwalt des "
         "Bürgermeisters wies die Vorwürfe zurück.", "de", "wies"),
        ("The Kenyan government accused the company of fraud. The company rejected the "
         "accusations.", "en", "rejected"),
    ],
)  # fmt: skip
def test_answering_a_political_act_told_before_is_political(events_of, text, lang, trigger):
    assert _types(events_of(text, lang)).get(trigger) == "REJECT"


def test_answering_a_private_complaint_stays_private(events_of) -> None:
    assert _types(events_of("Die Firma wies die Beschwerden ihrer Kunden zurück.", "de")) == {}


def test_admitting_a_feeling_in_a_bare_content_clause_is_no_concession(events_of) -> None:
    felt = "The Danish prime minister admitted he was concerned about the newspaper's report."
    assert [e for e in events_of(felt, "en") if e.type == "CONCEDE"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The Japanese prime minister called the launches "an outrageous act".', "ACCUSE"),
        ("The Japanese prime minister called the decision unacceptable.", "ACCUSE"),
        ("The Japanese prime minister called the meeting productive.", None),
    ],
)
def test_calling_an_act_by_a_word_of_outrage_is_an_accusation(events_of, text, expected):
    assert _types(events_of(text, "en")).get("called") == expected
