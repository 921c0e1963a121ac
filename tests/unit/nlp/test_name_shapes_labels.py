"""Entity labels and spans from the shape of a name: given names, organisation heads,
forms of address (chronist_name_shapes, data/nlp/entity-names-de.yaml)."""

from __future__ import annotations

import pytest
from name_shape_builders import shaped
from spacy.language import Language

from chronist.nlp import load
from chronist.nlp.datafiles import entity_names


@pytest.fixture(scope="session")
def german() -> Language:
    return load("de")


def test_name_shapes_run_between_the_model_and_the_knowledge_base(german: Language) -> None:
    names = german.pipe_names
    assert names.index("chronist_entity_labels") < names.index("chronist_name_shapes")
    assert names.index("chronist_name_shapes") < names.index("chronist_kb_entities")
    assert entity_names("xx") is None


@pytest.mark.parametrize(
    ("words", "tags", "ents", "expected"),
    [
        # A name that starts with a given name is a person, not a place.
        (["Sie", "lernte", "bei", "Ingrid", "Wassermohn", "."],
         ["PPER", "VVFIN", "APPR", "NE", "NE", "$."], [(3, 5, "LOC")],
         [("Ingrid Wassermohn", "PER")]),
        # The first part of a double first name counts.
        (["Er", "spielte", "mit", "Karl-Heinz", "Quellbrück", "."],
         ["PPER", "VVFIN", "APPR", "NE", "NE", "$."], [(3, 5, "ORG")],
         [("Karl-Heinz Quellbrück", "PER")]),
        # A given name right before a person's entity belongs to it.
        (["Der", "Forscher", "Martin", "Albrecht", "warnt", "."],
         ["ART", "NN", "NE", "NE", "VVFIN", "$."], [(3, 4, "PER")],
         [("Martin Albrecht", "PER")]),
        # A person's entity ending in a given name takes the surname after it.
        (["Das", "schrieb", "Peter", "Kornhuber", "gestern", "."],
         ["PDS", "VVFIN", "NE", "NN", "ADV", "$."], [(2, 3, "PER")],
         [("Peter Kornhuber", "PER")]),
        # A given name the model passed over is a person, a run of them one person.
        (["Sie", "blieb", "mit", "Yvonne", "in", "Lyon", "."],
         ["PPER", "VVFIN", "APPR", "NN", "APPR", "NE", "$."], [(5, 6, "LOC")],
         [("Yvonne", "PER"), ("Lyon", "LOC")]),
        (["Dann", "kamen", "Karl", "Heinz", "Quellbrück", "."],
         ["ADV", "VVFIN", "NE", "NE", "NN", "$."], [],
         [("Karl Heinz Quellbrück", "PER")]),
        # Not a lower-case word or one of another class.
        (["Das", "sah", "Peter", "gestern", "."], ["PDS", "VVFIN", "NE", "ADV", "$."],
         [(2, 3, "PER")], [("Peter", "PER")]),
        # A one-word place keeps its label.
        (["Sie", "wohnt", "in", "Quelldorf", "."], ["PPER", "VVFIN", "APPR", "NE", "$."],
         [(3, 4, "LOC")], [("Quelldorf", "LOC")]),
    ],
)
def test_name_shapes_given_names(german, words, tags, ents, expected) -> None:
    assert shaped(german, words, tags, ents) == expected


@pytest.mark.parametrize(
    ("words", "tags", "ents", "expected"),
    [
        # A name ending in an organisation's head word is an organisation.
        (["Sie", "spielte", "im", "Walnut", "Grove", "Theatre", "."],
         ["PPER", "VVFIN", "APPRART", "NE", "NE", "NE", "$."], [(3, 6, "LOC")],
         [("Walnut Grove Theatre", "ORG")]),
        # An entity right before one is extended to it.
        (["Die", "Brenner", "GmbH", "baut", "."], ["ART", "NE", "NN", "VVFIN", "$."],
         [(1, 2, "PER")], [("Brenner GmbH", "ORG")]),
        # The head word wins over a given name at the start.
        (["Er", "hört", "die", "Anna", "Kessler", "Band", "."],
         ["PPER", "VVFIN", "ART", "NE", "NE", "NN", "$."], [(3, 5, "PER")],
         [("Anna Kessler Band", "ORG")]),
        # A person's or place's entity right after a noun of an organisation's kind.
        (["Er", "gründete", "den", "Spielzeughersteller", "Quellwerk", "."],
         ["PPER", "VVFIN", "ART", "NN", "NE", "$."], [(4, 5, "LOC")],
         [("Quellwerk", "ORG")]),
        (["Die", "Firma", "Kessler", "baut", "."], ["ART", "NN", "NE", "VVFIN", "$."],
         [(2, 3, "PER")], [("Kessler", "ORG")]),
        # The title of a work stays what it is ("Zeitgeist", volume two).
        (["Er", "las", "Zeitgeist", "Band", "zwei", "."],
         ["PPER", "VVFIN", "NE", "NN", "CARD", "$."], [(2, 3, "MISC")],
         [("Zeitgeist", "MISC")]),
    ],
)
def test_name_shapes_organisation_heads(german, words, tags, ents, expected) -> None:
    assert shaped(german, words, tags, ents) == expected


@pytest.mark.parametrize(
    ("words", "tags", "ents", "expected"),
    [
        # After a form of address an unrecognised proper noun is a person ...
        (["Gestern", "sprach", "Frau", "Quellmann", "."],
         ["ADV", "VVFIN", "NN", "NE", "$."], [], [("Quellmann", "PER")]),
        # ... and an entity there is one.
        (["Er", "dankte", "Herrn", "Lindau", "."], ["PPER", "VVFIN", "NN", "NE", "$."],
         [(3, 4, "LOC")], [("Lindau", "PER")]),
        (["Dort", "sprach", "Mrs.", "Quellmann", "."], ["ADV", "VVFIN", "NE", "NE", "$."], [],
         [("Quellmann", "PER")]),
        # A common noun after it is a title, no name ("Frau Ministerin").
        (["Danke", ",", "Frau", "Ministerin", "."], ["VVFIN", "$,", "NN", "NN", "$."], [], []),
    ],
)
def test_name_shapes_forms_of_address(german, words, tags, ents, expected) -> None:
    assert shaped(german, words, tags, ents) == expected


@pytest.mark.parametrize(
    ("words", "tags", "ents", "expected"),
    [
        # The surname of a person named in full is that person where it stands alone ...
        (["Anna", "Kessler", "kam", ".", "Kessler", "sprach", "."],
         ["NE", "NE", "VVFIN", "$.", "NN", "VVFIN", "$."], [(0, 2, "PER")],
         [("Anna Kessler", "PER"), ("Kessler", "PER")]),
        # ... also before the full name and where the model took it for a place.
        (["Kessler", "sprach", ".", "Anna", "Kessler", "ging", "."],
         ["NE", "VVFIN", "$.", "NE", "NE", "VVFIN", "$."], [(0, 1, "LOC"), (3, 5, "PER")],
         [("Kessler", "PER"), ("Anna Kessler", "PER")]),
        # A lower-case word is no surname.
        (["Karl", "Weber", "kam", ".", "weber", "."], ["NE", "NE", "VVFIN", "$.", "ADJD", "$."],
         [(0, 2, "PER")], [("Karl Weber", "PER")]),
    ],
)
def test_name_shapes_surnames(german, words, tags, ents, expected) -> None:
    assert shaped(german, words, tags, ents) == expected
