"""A past participle after its noun with a by-agent is a passive relative clause: the agent
is the doer, the noun the patient, and the noun's words are the participle's frame words.
Sentences of our own."""

from __future__ import annotations

from event_builders import by_trigger


def test_the_agent_of_a_reduced_passive_relative_is_the_doer(events_of) -> None:
    text = "Kenya rejected the sanctions imposed by Washington in March."
    sanction = by_trigger(events_of(text, "en"))["imposed"]
    assert sanction.type == "SANCTION"
    assert sanction.source is not None and sanction.source.country == "USA"


def test_the_noun_of_a_reduced_passive_relative_is_its_patient(events_of) -> None:
    text = "The opposition leader, arrested by Iranian police in May, was freed on Friday."
    arrest = by_trigger(events_of(text, "en"))["arrested"]
    assert arrest.type == "COERCE"
    assert arrest.source is not None and arrest.source.country == "IRN"
    assert arrest.target is not None and "leader" in (arrest.target.name or "")


def test_the_noun_of_a_reduced_passive_relative_gives_its_frame_word(events_of) -> None:
    text = (
        "Georgia summoned the Russian envoy to protest against naval drills held by "
        "Russian warships near Batumi."
    )
    drills = by_trigger(events_of(text, "en"))["held"]
    # One side's exercise is a show of force; a joint one is cooperation.
    assert drills.type == "MOBILIZE" and drills.source.country == "RUS"
    text = "Georgia welcomed the joint drills held by Russian and Armenian troops."
    assert by_trigger(events_of(text, "en"))["held"].type == "COOPERATE"


def test_a_participle_without_an_agent_names_no_doer(events_of) -> None:
    text = "Kenya rejected the sanctions imposed in March."
    sanction = by_trigger(events_of(text, "en")).get("imposed")
    assert sanction is None or sanction.source is None


def test_a_participle_of_patronage_is_a_standing_relation(events_of) -> None:
    text = "The rebels, backed by Rwanda, seized the town of Goma."
    assert "backed" not in by_trigger(events_of(text, "en"))
