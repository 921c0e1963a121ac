"""Relevance rules (events/relevance/, ontology identity): natural forces as doers,
questions asked, duties, money put into things, labour relations, idioms, risks and missing
evidence. Sentences are our own; each case has a counterpart that must stay an event."""

from __future__ import annotations

import pytest


def _triggers(events: list) -> dict[str, str]:
    return {e.trigger.text: e.type for e in events}


NO_EVENT = [
    # A natural force kills or destroys: a disaster, no attack (active subject, through a
    # relative pronoun, passive agent, cause phrase).
    ("en", "Floods in Bangladesh killed 40 people last week.", "killed"),
    ("en", "Monsoon rains hit Pakistan in 2022, and the floods that followed displaced "
           "thousands and killed 90 villagers.", "killed"),
    ("en", "In Pakistan, 185 people were killed by the floods, the government said.", "killed"),
    ("de", "In Bayern wurden bei dem Unwetter zwei Menschen getötet.", "getötet"),
    ("de", "Das Hochwasser in Polen tötete 20 Menschen, teilte die Regierung mit.", "tötete"),
    ("de", "In der Türkei wurden durch das Erdbeben 300 Menschen getötet.", "getötet"),
    # A verb of asking with a question: no request.
    ("en", "At the debate, the French senator was asked how she would treat the Chinese "
           "president.", "asked"),
    ("en", "I asked the German minister if he had read the report on Russia.", "asked"),
    ("en", "In the debate, the Japanese party leaders asked each other questions.", "asked"),
    # Recognising a fact is knowing, not recognition.
    ("en", "The American president recognised that the court would rule against him.",
     "recognised"),
    # "verpflichtet sein": a duty, no pledge.
    ("de", "Die Bundesregierung war verpflichtet, die Exporte nach Israel zu verweigern.",
     "verpflichtet"),
    ("de", "Nach dem Gesetz sind Chinesen zur Zusammenarbeit mit dem chinesischen Staat "
           "verpflichtet.", "verpflichtet"),
    # Money put into a thing: spending, no cooperation between actors.
    ("de", "Deutschland investiert zu wenig in den Schutz der Infrastruktur.", "investiert"),
    ("en", "The Chinese government invested billions in clean energy.", "invested"),
    # Idioms: fighting tears, conveying an impression, hailing from somewhere.
    ("de", "Der russische Botschafter kämpfte mit den Tränen.", "kämpfte"),
    ("de", "Die Minister der Ukraine vermitteln den Eindruck von Überlegenheit.", "vermitteln"),
    ("en", "The new Brazilian leadership hails from a movement within the union.", "hails"),
    # Promises of advertising, offers to sell: business.
    ("de", "Der Gouverneur von Florida verzichtete auf Ermittlungen gegen die Trump University, "
           "einen Betrieb mit dem Werbeversprechen, Geheimnisse des Erfolgs zu lehren.",
     "Werbeversprechen"),
    ("de", "Der Arzt veröffentlichte ein Angebot zum Verkauf des Mittels, während der "
           "Gouverneur von Florida ein Gesetz unterstützte.", "Angebot"),
    # An indefinite act completing a noun of risk, or of evidence under "kein", "no".
    ("de", "Die Gefahr eines größeren Krieges zwischen Israel und dem Iran ist gesunken.",
     "Krieges"),
    ("en", "The risk of a wider war between Israel and Iran has fallen, the US general said.",
     "war"),
    # Reserves, shifts, jobs and books do nothing; areas are designated, not expelled;
    # pressure one faces is no demand made.
    ("en", "The American shift could give the United States greater influence over oil "
           "markets.", "give"),
    ("en", "What this book captures about the British prime minister is his optimism.",
     "captures"),
    ("de", "Die Behörden in Stuttgart weisen Parkplätze für die Polizei aus.", "weisen"),
    ("en", "The South African city authorities face pressures to maintain order.", "pressures"),
    # Idioms of "fassen" (no arrest) and travel verbs that carry someone (no visit).
    ("de", "Der US-Präsident Trump fasst Probleme auf eine eigene Weise.", "fasst"),
    ("de", "Die Ukrainerin will auf dem deutschen Arbeitsmarkt Fuß fassen.", "fassen"),
    ("en", "The Namibian president's staff flew him back home from the United States.", "flew"),
    ("de", "Laut der Berliner Polizei liegen keine Erkenntnisse für einen Brandanschlag auf "
           "die Botschaft Russlands vor.", "Brandanschlag"),
    ("en", "Turkish police said there was no evidence of an attack on the Russian embassy.",
     "attack"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "trigger"), NO_EVENT)
def test_no_political_event(events_of, lang: str, text: str, trigger: str) -> None:
    assert trigger not in _triggers(events_of(text, lang))


STILL_EVENT = [
    ("en", "Russian drones killed five people in Kharkiv on Monday.", "killed", "ASSAULT"),
    ("de", "Beim Sturm auf das Kapitol wurden fünf Menschen getötet.", "getötet", "ASSAULT"),
    ("en", "The minister asked Germany to send more tanks.", "asked", "REQUEST"),
    ("en", "The United States recognised Kosovo in 2008.", "recognised", "SUPPORT"),
    ("de", "Die Staaten haben sich verpflichtet, die Ukraine zu unterstützen.", "verpflichtet",
     "AGREE"),
    ("de", "China investiert Milliarden in Serbien.", "investiert", "COOPERATE"),
    ("en", "Japan invested heavily in Indonesia last year.", "invested", "COOPERATE"),
    ("en", "Brazil will invest $1 billion in a fund to protect tropical forests.", "invest",
     "COOPERATE"),
    ("de", "Die Rebellen kämpften gegen die syrische Armee.", "kämpften", "ASSAULT"),
    ("de", "Katar will zwischen Israel und der Hamas vermitteln.", "vermitteln", "CONSULT"),
    ("en", "The German chancellor hailed the agreement with France.", "hailed", "SUPPORT"),
    ("de", "Russland machte der Ukraine ein Angebot für einen Waffenstillstand.", "Angebot",
     "AGREE"),
    ("de", "Das sei eines der Risiken der ukrainischen Offensive.", "Offensive", "ASSAULT"),
    ("de", "Die Schweiz wies zwei russische Diplomaten aus.", "wies", "SANCTION"),
    ("de", "Die türkische Polizei fasste den Attentäter in Istanbul.", "fasste", "COERCE"),
    ("en", "The Namibian president flew to the United States on Monday.", "flew", "CONSULT"),
    ("en", "The United States put pressure on Iran to end the talks.", "pressure", "REQUEST"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "trigger", "expected"), STILL_EVENT)
def test_still_an_event(events_of, lang: str, text: str, trigger: str, expected: str) -> None:
    assert _triggers(events_of(text, lang)).get(trigger) == expected


def test_workers_bargaining_with_employers_is_private(events_of) -> None:
    """Workers and unions (LAB) are political actors for the acts PLOVER codes for them
    (strikes, protests, demands), not for labour relations with employers."""
    text = "Swedish police employees have given in to pressure from criminal family members."
    assert "given" not in _triggers(events_of(text, "en"))
    strike = _triggers(events_of("Swedish workers went on strike against the new law.", "en"))
    assert "PROTEST" in strike.values()


# A negated cooperative act: a refusal (will, would, no longer, a verb of refusing, the
# present) is PLOVER's REJECT; told in the past without one it is the act that did not
# happen, kept with factuality "negated" and REJECT as its PLOVER reading.
NEGATED = [
    ("en", "Russia did not sign the treaty with Ukraine.", "sign", "SUPPORT", "negated"),
    ("en", "Russia has not signed the treaty with Ukraine.", "signed", "SUPPORT", "negated"),
    ("de", "Russland hat den Vertrag mit der Ukraine nicht unterzeichnet.", "unterzeichnet",
     "SUPPORT", "negated"),
    ("de", "Deutschland lieferte keine Waffen an die Ukraine.", "lieferte", "AID", "negated"),
    ("en", "Russia will not sign the treaty with Ukraine.", "sign", "REJECT", "asserted"),
    ("en", "The Iranian government would not bow to pressure from the United States.", "bow",
     "REJECT", "asserted"),
    ("en", "Iran is no longer committed to the nuclear deal with the United States.",
     "committed", "REJECT", "asserted"),
    ("en", "Iran does not accept the proposal of the United States.", "accept", "REJECT",
     "asserted"),
    ("de", "Russland wird den Vertrag mit der Ukraine nicht unterzeichnen.", "unterzeichnen",
     "REJECT", "asserted"),
    ("de", "Russland wollte dem Vorschlag der Ukraine nicht zustimmen.", "zustimmen", "REJECT",
     "asserted"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "trigger", "expected", "fact"), NEGATED)
def test_negated_act_kept_or_refusal(events_of, lang, text, trigger, expected, fact) -> None:
    events = {e.trigger.text: e for e in events_of(text, lang)}
    assert trigger in events
    assert (events[trigger].type, events[trigger].factuality) == (expected, fact)
    if fact == "negated":
        assert events[trigger].attributes["plover_reading"]["type"] == "REJECT"
