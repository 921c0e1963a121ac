"""Entities from the actor knowledge base, merged with the statistical NER."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from chronist.nlp import load
from chronist.nlp.datafiles import entity_knowledge


@pytest.fixture(scope="session")
def german() -> Language:
    return load("de")


def _doc(nlp: Language, words: list[str], tags: list[str], ents=()) -> Doc:
    doc = Doc(nlp.vocab, words=words, tags=tags)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def _ents(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def test_knowledge_is_in_the_german_pipeline(german: Language) -> None:
    names = german.pipe_names
    assert names.index("chronist_entity_labels") < names.index("chronist_kb_entities")
    assert entity_knowledge("de") is not None
    assert entity_knowledge("xx") is None


@pytest.mark.parametrize(
    ("words", "tags", "ents", "expected"),
    [
        # A known name the model missed is added.
        (["Gestern", "sprach", "Olaf", "Scholz", "in", "Warschau", "."],
         ["ADV", "VVFIN", "NE", "NE", "APPR", "NE", "$."], [],
         [("Olaf Scholz", "PER"), ("Warschau", "LOC")]),
        # A known name replaces a clipped or mislabelled model entity inside it.
        (["Gestern", "sprach", "Olaf", "Scholz", "."],
         ["ADV", "VVFIN", "NE", "NE", "$."], [(2, 3, "LOC")],
         [("Olaf Scholz", "PER")]),
        # A model entity that covers a known name wins.
        (["Die", "Partei", "Bündnis", "Zukunft", "Österreich", "tagte", "."],
         ["ART", "NN", "NN", "NN", "NE", "VVFIN", "$."], [(2, 5, "ORG")],
         [("Bündnis Zukunft Österreich", "ORG")]),
        # A capital that is also an organisation's alias is a place.
        (["Er", "reiste", "nach", "Brüssel", "."],
         ["PPER", "VVFIN", "APPR", "NE", "$."], [], [("Brüssel", "LOC")]),
        # A one-word organisation alias counts only as a proper noun.
        (["Die", "Kommission", "tagte", "."], ["ART", "NN", "VVFIN", "$."], [], []),
        (["Die", "Nato", "tagte", "."], ["ART", "NE", "VVFIN", "$."], [], [("Nato", "ORG")]),
    ],
)
def test_knowledge_merges_with_model_entities(german, words, tags, ents, expected) -> None:
    component = german.get_pipe("chronist_kb_entities")
    doc = component(_doc(german, words, tags, ents))
    assert _ents(doc) == expected


@pytest.mark.parametrize(
    ("words", "tags", "ents", "expected"),
    [
        (["Er", "wohnt", "in", "Tuttlingen", "."], ["PPER", "VVFIN", "APPR", "NE", "$."],
         [(3, 4, "PER")], [("Tuttlingen", "LOC")]),
        (["Sie", "sah", "den", "Hudson", "River", "."],
         ["PPER", "VVFIN", "ART", "NE", "NE", "$."], [(3, 5, "PER")],
         [("Hudson River", "LOC")]),
        # Surname-like endings are not taken for places.
        (["Er", "traf", "Schönberg", "."], ["PPER", "VVFIN", "NE", "$."], [(2, 3, "PER")],
         [("Schönberg", "PER")]),
        # A multi-word name is judged by its head word only.
        (["Er", "traf", "Anna", "Kirchdorf", "."], ["PPER", "VVFIN", "NE", "NE", "$."],
         [(2, 4, "PER")], [("Anna Kirchdorf", "PER")]),
    ],
)
def test_knowledge_relabels_place_names(german, words, tags, ents, expected) -> None:
    component = german.get_pipe("chronist_kb_entities")
    assert _ents(component(_doc(german, words, tags, ents))) == expected
