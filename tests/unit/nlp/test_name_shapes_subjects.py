"""A proper noun no entity covers that is the subject of a finite verb is a person
(chronist_name_shapes)."""

from __future__ import annotations

import pytest
from name_shape_builders import shaped
from spacy.language import Language

from chronist.nlp import load


@pytest.fixture(scope="session")
def german() -> Language:
    return load("de")


@pytest.mark.parametrize(
    ("words", "tags", "deps", "heads", "ents", "expected"),
    [
        # The subject of a finite verb the model passed over is a person.
        (["Brandauer", "verließ", "den", "Saal", "."],
         ["NE", "VVFIN", "ART", "NN", "$."], ["nsubj", "ROOT", "det", "obj", "punct"],
         [1, 1, 3, 1, 1], [], [("Brandauer", "PER")]),
        # An entity the model found keeps its label.
        (["Lindenau", "liegt", "am", "See", "."],
         ["NE", "VVFIN", "APPRART", "NN", "$."], ["nsubj", "ROOT", "case", "obl", "punct"],
         [1, 1, 3, 1, 1], [(0, 1, "LOC")], [("Lindenau", "LOC")]),
        # Not an abbreviation in capitals, not the object, not a participle's subject.
        (["XYZ", "verließ", "den", "Saal", "."],
         ["NE", "VVFIN", "ART", "NN", "$."], ["nsubj", "ROOT", "det", "obj", "punct"],
         [1, 1, 3, 1, 1], [], []),
        (["Den", "Saal", "verließ", "Brandauer", "."],
         ["ART", "NN", "VVFIN", "NE", "$."], ["det", "obj", "ROOT", "obj", "punct"],
         [1, 2, 2, 2, 2], [], []),
    ],
)
def test_name_shapes_subjects(german, words, tags, deps, heads, ents, expected) -> None:
    assert shaped(german, words, tags, ents, deps, heads) == expected
