"""The event coder's data files load, validate and cover PLOVER."""

from __future__ import annotations

import pytest

from chronist.errors import DataFileError
from chronist.events.data import load_cues, load_lexicon, load_ontology, parse_lexicon

PLOVER_TYPES = {
    "AGREE", "ACCUSE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
    "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN",
}  # fmt: skip


def test_data_ontology_has_sixteen_types_with_scores() -> None:
    ontology = load_ontology()
    assert set(ontology.types) == PLOVER_TYPES
    assert ontology.codebook == "PLOVER 0.8"
    assert ontology.intensity("ASSAULT", "aerial") == -9.5
    assert ontology.intensity("ASSAULT", "beat") == ontology.intensity("ASSAULT", None)
    assert all(ontology.intensity(t, None) != 0 for t in PLOVER_TYPES)


@pytest.mark.parametrize("language", ["de", "en"])
def test_data_lexicon_covers_every_type(language: str) -> None:
    lexicon = load_lexicon(language)
    assert len(lexicon) >= 400
    assert {e.type for e in lexicon.entries} == PLOVER_TYPES
    assert {e.type for e in lexicon.entries if e.pos == "noun"} == PLOVER_TYPES


@pytest.mark.parametrize(
    ("language", "lemma", "expected"),
    [("de", "zurückweisen", "REJECT"), ("de", "einbestellen", "ACCUSE"), ("de", "zusagen", "AGREE"),
     ("en", "arrest", "COERCE"), ("en", "visit", "CONSULT")],
)  # fmt: skip
def test_data_lexicon_separable_and_common_verbs(language: str, lemma: str, expected: str) -> None:
    types = {e.type for e in load_lexicon(language).candidates("verb", lemma)}
    assert expected in types


def test_data_lexicon_reports_all_errors_at_once() -> None:
    raw = {
        "kind": "event-lexicon",
        "lang": "de",
        "schema_version": 1,
        "groups": [
            {"id": "g", "type": "ATTACK", "pos": "verb", "lemmas": ["angreifen"]},
            {"id": "h", "type": "ASSAULT", "pos": "noun", "mode": "laser", "lemmas": ["Angriff"]},
        ],
    }
    with pytest.raises(DataFileError) as error:
        parse_lexicon(raw, "de")
    assert "ATTACK" in str(error.value) and "laser" in str(error.value)


def test_data_lexicon_rejects_unknown_keys() -> None:
    raw = {"kind": "event-lexicon", "lang": "de", "schema_version": 1, "groups": [], "extra": 1}
    with pytest.raises(DataFileError):
        parse_lexicon(raw, "de")


@pytest.mark.parametrize("language", ["de", "en"])
def test_data_cues_implicit_sources_use_known_types(language: str) -> None:
    cues = load_cues(language)
    types = {key.split("/")[0] for key in cues.implicit_sources}
    assert types <= PLOVER_TYPES
    assert cues.implicit_sector("COERCE", "arrest") == "COP"
