"""Factuality and sense errors found on unseen text (issue #5, round 3), on sentences of
our own."""

from __future__ import annotations


def _by_trigger(events: list) -> dict:
    return {e.trigger.text: e for e in events}


def test_negation_does_not_spread_to_a_finite_conjunct(events_of) -> None:
    text = "The president said he would not veto the law and invited union leaders to talks."
    events = _by_trigger(events_of(text, "en"))
    assert events["invited"].factuality == "asserted"
    assert events["veto"].factuality == "negated"


def test_negation_does_not_spread_to_a_conjunct_with_its_own_auxiliary(events_of) -> None:
    text = "Hanoi will not be bullied and would lodge a formal protest with Beijing."
    events = _by_trigger(events_of(text, "en"))
    assert events["lodge"].factuality != "negated"


def test_negation_still_covers_a_bare_conjunct(events_of) -> None:
    text = "Vietnam will not criticize China or expel its diplomats."
    events = _by_trigger(events_of(text, "en"))
    assert events["expel"].factuality == "negated"


def test_a_verb_first_condition_is_possible_and_no_demand(events_of) -> None:
    text = (
        "Sollte Washington neue Zölle verhängen, werde Peking mit Gegenmaßnahmen antworten, "
        "sagte der Minister."
    )
    events = _by_trigger(events_of(text, "de"))
    assert events["verhängen"].type == "SANCTION"
    assert events["verhängen"].factuality == "possible"
    threat = events["antworten"]
    assert (threat.type, threat.factuality) == ("THREATEN", "asserted")
    assert threat.target is not None and threat.target.country == "USA"


def test_an_event_noun_in_a_falls_clause_is_possible(events_of) -> None:
    text = (
        "Falls die EU weitere Sanktionen beschließt, werde Russland mit Gegenmaßnahmen "
        "reagieren."
    )
    events = _by_trigger(events_of(text, "de"))
    assert events["Sanktionen"].factuality == "possible"
    assert "plover_reading" not in events["Sanktionen"].attributes
    assert events["reagieren"].type == "THREATEN"


def test_an_if_clause_is_no_promise_and_the_answer_is_a_threat(events_of) -> None:
    text = "If the EU imposes new sanctions, his government will respond with countermeasures."
    events = events_of(text, "en")
    assert [e.type for e in events if e.trigger.text == "respond"] == ["THREATEN"]
    assert all(e.type != "AGREE" for e in events)


def test_a_wish_to_travel_stays_a_planned_visit(events_of) -> None:
    text = "Im Mai will Bundeskanzler Olaf Scholz nach Peking reisen."
    visit = _by_trigger(events_of(text, "de"))["reisen"]
    assert (visit.type, visit.mode, visit.factuality) == ("CONSULT", "visit", "planned")
    assert visit.attributes["plover_reading"]["type"] == "AGREE"
    assert visit.target is not None and visit.target.country == "CHN"


def test_a_plan_to_deport_stays_a_planned_deportation(events_of) -> None:
    for language, text, trigger in (
        ("en", "Austria plans to deport convicted criminals to Afghanistan.", "deport"),
        ("de", "Deutschland will verurteilte Straftäter nach Syrien zurückführen.", "zurückführen"),
    ):
        event = _by_trigger(events_of(text, language))[trigger]
        assert (event.type, event.mode, event.factuality) == ("COERCE", "deport", "planned")


def test_an_announced_commitment_is_still_a_promise(events_of) -> None:
    text = "Germany announced that it is ready to send humanitarian aid to Sudan."
    types = {e.type for e in events_of(text, "en")}
    assert "AGREE" in types


def test_a_harm_that_awaits_someone_is_no_threat(events_of) -> None:
    text = (
        "Menschenrechtler warnten, in Afghanistan drohten abgeschobenen Flüchtlingen "
        "Haft und Misshandlung."
    )
    assert [e.type for e in events_of(text, "de") if e.type == "THREATEN"] == []
    threat = events_of("Russland drohte der Ukraine mit neuen Angriffen.", "de")
    assert [e.type for e in threat] == ["THREATEN"]


def test_an_event_noun_in_a_lasting_state_is_no_event(events_of) -> None:
    assert events_of("In Jemen leben rund 20 Millionen Menschen von humanitärer Hilfe.", "de") == []
    assert events_of("Frankreich und Spanien verbindet eine enge Partnerschaft.", "de") == []
    assert events_of("Ukraine relies on Western military aid.", "en") == []
    sent = events_of("Germany sent military aid to Ukraine.", "en")
    assert [e.type for e in sent] == ["AID"]


def test_who_cites_a_report_is_not_the_doer_of_what_it_tells(events_of) -> None:
    text = "The US embassy cited reports of abductions of Kenyan activists."
    for event in events_of(text, "en"):
        assert event.source is None or event.source.country != "USA"
        assert event.target is None or event.target.country != "USA"
    text = "Die US-Botschaft verwies auf Berichte über Entführungen kenianischer Aktivisten."
    assert all(e.source is None or e.source.country != "USA" for e in events_of(text, "de"))


def _names(event) -> list[str]:
    return [(actor.name or "").lower() for actor in (event.source, event.target) if actor]


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
    rejection = _by_trigger(events_of(text, "de"))["anerkannt"]
    assert rejection.type == "REJECT"
    assert rejection.target is not None and rejection.target.name == "Premierminister"


def test_an_adjectival_passive_is_the_subjects_own_stance(events_of) -> None:
    event = events_of("Iran is no longer committed to the nuclear deal.", "en")[0]
    assert event.type == "REJECT" and event.source.country == "IRN"
    event = events_of("Iran is committed to the nuclear deal.", "en")[0]
    assert event.source is not None and event.source.country == "IRN"
    assert event.target is None or event.target.country != "IRN"


def test_no_longer_negates(events_of) -> None:
    event = events_of("Russia no longer attacks Ukraine.", "en")[0]
    assert event.factuality == "negated"


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
