"""German predicate nouns that judge an act told before ("Die Beschlagnahme sei Piraterie,
sagte …", "Das sei eine Schande"): the speaker accuses the act's doer, as with "sprach von
Piraterie" (lexicon_de accuse-judged-acts, cues speaker_judgements). A defeat, a speech or
a noun outside a copula judges nobody's political act. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Indonesien beschlagnahmte am Montag einen Frachter mit russischem Getreide. Die "
         "Beschlagnahme sei Piraterie, sagte das russische Außenministerium.", "Piraterie",
         "RUS", "IDN"),
        ("Russische Truppen griffen in der Nacht ein Krankenhaus in Charkiw an. Der Angriff "
         "sei ein Verbrechen, sagte der ukrainische Außenminister.", "Verbrechen", "UKR", "RUS"),
        ("Frankreich wies drei iranische Diplomaten aus. Die Ausweisung sei eine Schande, "
         "erklärte die iranische Regierung.", "Schande", "IRN", "FRA"),
        ("Die britische Marine beschlagnahmte einen iranischen Tanker. Die Beschlagnahme sei "
         "ein Akt der Piraterie, sagte die iranische Regierung.", "Akt", "IRN", "GBR"),
    ],
)  # fmt: skip
def test_judging_predicate_noun_accuses_doer(
    events_of, text: str, trigger: str, source: str, target: str
) -> None:
    event = by_trigger(events_of(text, "de"))[trigger]
    assert event.type == "ACCUSE"
    assert actor_countries(event.source) == {source}
    assert actor_countries(event.target) == {target}


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein verlor am Samstag mit 0:5 gegen Bochum. Die Niederlage sei eine Schande, "
        "sagte der Trainer.",
        "Der Minister sprach auf dem Parteitag über die Rente. Das sei eine Farce, sagte ein "
        "Zuschauer.",
        "Der Skandal um die Maskenbeschaffung beschäftigt den Bundestag seit Monaten.",
        "Das Verbrechen in der Altstadt beschäftigt die Anwohner seit Wochen.",
    ],
)
def test_judging_noun_without_judged_political_act_accuses_nobody(events_of, text: str) -> None:
    assert not [e for e in events_of(text, "de") if e.type == "ACCUSE"]
