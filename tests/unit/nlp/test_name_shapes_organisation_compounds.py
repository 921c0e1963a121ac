"""Organisation names from their head: a person's name compounded with a head
("Otto-Kessler-Gymnasium") and a name reaching its head over further proper nouns
("Blue Ridge Brewery") are organisations (chronist_name_shapes)."""

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
        # A compound of a person's name and an organisation head, also in the genitive.
        (["Sie", "besucht", "das", "Otto-Kessler-Gymnasium", "."],
         ["PPER", "VVFIN", "ART", "NN", "$."], [], [("Otto-Kessler-Gymnasium", "ORG")]),
        (["Forscher", "des", "Lena-Brandt-Instituts", "warnen", "."],
         ["NN", "ART", "NN", "VVFIN", "$."], [(2, 3, "PER")], [("Lena-Brandt-Instituts", "ORG")]),
        (["Die", "Martin-Stiftung", "hilft", "."],
         ["ART", "NN", "VVFIN", "$."], [], [("Martin-Stiftung", "ORG")]),
        # A common noun before the head is no name.
        (["Die", "Rock-Band", "spielte", "."], ["ART", "NN", "VVFIN", "$."], [], []),
        (["Die", "Nachbar-Universität", "lehrt", "."], ["ART", "NN", "VVFIN", "$."], [], []),
        # A name reaches its head over a proper noun between.
        (["Er", "gründete", "die", "Blue", "Ridge", "Brewery", "."],
         ["PPER", "VVFIN", "ART", "NE", "NE", "NE", "$."], [(3, 4, "LOC")],
         [("Blue Ridge Brewery", "ORG")]),
        # A head word further on is not the name's.
        (["Merkel", "lobte", "die", "Bank", "."],
         ["NE", "VVFIN", "ART", "NN", "$."], [(0, 1, "PER")], [("Merkel", "PER")]),
    ],
)
def test_name_shapes_organisation_compounds(german, words, tags, ents, expected) -> None:
    assert shaped(german, words, tags, ents) == expected
