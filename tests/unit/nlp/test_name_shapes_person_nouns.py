"""A place's or organisation's entity right after a noun for a person's office, trade or
role is a person's name (chronist_name_shapes, person-nouns in entity-names-de.yaml)."""

from __future__ import annotations

import pytest
from name_shape_builders import shaped
from spacy.language import Language

from chronist.nlp import load


@pytest.fixture(scope="session")
def german() -> Language:
    return load("de")


@pytest.mark.parametrize(
    ("words", "tags", "ents", "expected"),
    [
        # A compound ending in a person noun ("Weltcupsiegerin") names a person ...
        (["Die", "Weltcupsiegerin", "Lindqvist", "gewann", "."],
         ["ART", "NN", "NE", "VVFIN", "$."], [(2, 3, "LOC")], [("Lindqvist", "PER")]),
        (["Der", "Rapper", "Big", "Tarrow", "tritt", "auf", "."],
         ["ART", "NN", "NE", "NE", "VVFIN", "PTKVZ", "$."], [(2, 4, "ORG")],
         [("Big Tarrow", "PER")]),
        # ... and so does an office before a name.
        (["Bürgermeisterin", "Hallstedt", "widersprach", "."],
         ["NN", "NE", "VVFIN", "$."], [(1, 2, "LOC")], [("Hallstedt", "PER")]),
        # A noun for a body or a place before the name changes nothing.
        (["Die", "Gemeinde", "Wolkenried", "wächst", "."],
         ["ART", "NN", "NE", "VVFIN", "$."], [(2, 3, "LOC")], [("Wolkenried", "LOC")]),
        # A person's entity stays one; a person noun before no entity adds none.
        (["Der", "Trainer", "lobte", "Kessing", "."],
         ["ART", "NN", "VVFIN", "NE", "$."], [(3, 4, "PER")], [("Kessing", "PER")]),
    ],
)
def test_name_shapes_person_nouns(german, words, tags, ents, expected) -> None:
    assert shaped(german, words, tags, ents) == expected
