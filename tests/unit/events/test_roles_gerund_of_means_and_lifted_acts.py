"""Recall of English acts the parse hides or leaves without a target (sentences of our own):
a gerund of means the parser read as an adjective ("responded by halting imports"), a
finite verb read as a participle on a noun of its subject ("dozens of relatives of the
victims protested"), a bare verb coordinated with a participle adjunct ("…, waving flags
and demanding …"), and a concession that undoes its own doer's act told before ("banned …
and lifted the ban")."""

from __future__ import annotations

import pytest

from chronist.api import extract


def _events(text: str, trigger: str) -> list:
    doc = extract(text, language="en", published="2026-03-04")
    return [e for e in doc.events if e.trigger.text == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Beijing responded by halting imports of Australian wine.", "halting", "CHN"),
        ("Tokyo reacted by halting aid to Myanmar.", "halting", "JPN"),
        ("Moscow reacted by telling its tourists to avoid Latvia and by halting imports of "
         "Latvian fish.", "halting", "RUS"),
    ],
)
def test_gerund_of_means_read_as_adjective_is_an_act(text: str, trigger: str, source: str) -> None:
    events = _events(text, trigger)
    assert [e.type for e in events] == ["SANCTION"]
    assert events[0].source is not None and events[0].source.country == source


def test_participle_describing_a_noun_stays_no_act() -> None:
    # "the halting progress": an adjective before its noun, no preposition of means.
    assert not _events("The halting talks in Geneva frustrated the mediators.", "halting")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The EU banned imports of Icelandic cod in 2010 and lifted the ban two years "
         "later.", "ISL"),
        ("China imposed tariffs on Australian barley in 2020. Beijing lifted the tariffs "
         "last year.", "AUS"),
    ],
)  # fmt: skip
def test_lifting_own_act_targets_its_target(text: str, target: str) -> None:
    events = _events(text, "lifted")
    assert [e.type for e in events] == ["CONCEDE"]
    assert events[0].target is not None and events[0].target.country == target


def test_lifting_another_partys_act_takes_no_target_from_it() -> None:
    text = "China imposed tariffs on Australian barley in 2020. Washington lifted the tariffs."
    events = _events(text, "lifted")
    assert all(e.target is None or e.target.country != "AUS" for e in events)


def test_finite_verb_read_as_participle_has_its_subject() -> None:
    text = ("In Tuzla, dozens of relatives of the victims protested on Friday in front of "
            "the town hall, holding photographs of the dead.")
    events = _events(text, "protested")
    assert [e.type for e in events] == ["PROTEST"]
    assert events[0].source is not None and "dozens" in events[0].source.name.lower()


def test_headline_participle_of_an_act_on_a_patient_stays_passive() -> None:
    events = _events("Dozens of soldiers killed in ambush near Kandahar", "killed")
    assert all(e.source is None or "soldiers" not in (e.source.name or "") for e in events)


def test_verb_coordinated_with_participle_adjunct_is_an_act() -> None:
    text = ("Hundreds of exiles rallied outside the Cuban Embassy in Madrid on Monday, "
            "waving flags and demanding the release of political prisoners.")
    assert [e.type for e in _events(text, "demanding")] == ["REQUEST"]


def test_same_type_participles_stay_one_act() -> None:
    text = "Troops shelled the town on Monday, killing five people and wounding dozens."
    assert not _events(text, "wounding")


def test_headline_verb_read_as_noun_with_apposition_object() -> None:
    text = ("Mali summons French ambassador over drone strike\n\n"
            "The foreign ministry in Bamako said the strike had killed four civilians.")
    doc = extract(text, language="en", published="2026-03-04")
    events = [e for e in doc.events if e.trigger.text == "summons"]
    assert len(events) == 1
    assert events[0].source is not None and events[0].source.country == "MLI"
    assert events[0].target is not None and events[0].target.country == "FRA"
