"""The role cue lists added for noun doers, analytic genitives, own forces and singular
relative pronouns load per language and hold what the role rules expect."""

from __future__ import annotations

import pytest

from chronist.events.data import load_cues
from chronist.events.relevance import load_relevance

PLOVER_TYPES = {
    "AGREE", "ACCUSE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
    "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN",
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "prepositions"), [("de", {"durch", "seitens"}), ("en", {"by"})]
)
def test_cue_lists_noun_agent_prepositions_are_agent_prepositions(
    language: str, prepositions: set[str]
) -> None:
    cues = load_cues(language)
    assert cues.noun_agent_prepositions == prepositions
    assert cues.noun_agent_prepositions <= cues.agent_prepositions


@pytest.mark.parametrize(
    ("language", "prepositions"), [("de", {"von", "vom", "aus"}), ("en", set())]
)
def test_cue_lists_place_attribute_prepositions_german_only(
    language: str, prepositions: set[str]
) -> None:
    assert load_cues(language).place_attribute_prepositions == prepositions


@pytest.mark.parametrize("language", ["de", "en"])
def test_cue_lists_own_force_types_are_plover_types(language: str) -> None:
    own = load_cues(language).own_force_types
    assert own == {"MOBILIZE"}
    assert own <= PLOVER_TYPES


def test_cue_lists_singular_relatives_are_nominative_relatives() -> None:
    cues = load_cues("de")
    assert cues.singular_relatives == {"der", "das", "welcher", "welches"}
    assert cues.singular_relatives <= cues.nominative_relatives
    assert "die" not in cues.singular_relatives  # plural nominative too


@pytest.mark.parametrize(
    ("language", "field", "word"),
    [
        ("en", "defiance_verbs", "intimidate"),
        ("de", "kind_prepositions", "für"),
        ("de", "speaking_verbs", "berichten"),
    ],
)
def test_cue_lists_relevance_words_load(language: str, field: str, word: str) -> None:
    assert word in getattr(load_relevance(language), field)
