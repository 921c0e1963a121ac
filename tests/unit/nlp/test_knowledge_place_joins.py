"""A place's name made of a name and the words around it ("St. Moritz", "Freiburg im
Breisgau") is one place entity (chronist_kb_entities, entity-places-de.yaml)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from chronist.nlp import load


@pytest.fixture(scope="session")
def german() -> Language:
    return load("de")


def _ents(nlp: Language, words: list[str], tags: list[str], ents) -> list[tuple[str, str]]:
    doc = Doc(nlp.vocab, words=words, tags=tags)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    doc = nlp.get_pipe("chronist_kb_entities")(doc)
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("words", "tags", "ents", "expected"),
    [
        # "St." and the saint's name the model split into a place and a person.
        (["Sie", "wohnt", "in", "St.", "Anton", "."],
         ["PPER", "VVFIN", "APPR", "NE", "NE", "$."], [(3, 4, "LOC"), (4, 5, "PER")],
         [("St. Anton", "LOC")]),
        # The abbreviation written as two tokens, and a name the model missed.
        (["Das", "Hotel", "in", "Sankt", "Wendel", "schließt", "."],
         ["ART", "NN", "APPR", "NE", "NE", "VVFIN", "$."], [],
         [("Sankt Wendel", "LOC")]),
        (["Sie", "fuhr", "nach", "St", ".", "Gallen", "."],
         ["PPER", "VVFIN", "APPR", "NE", "$.", "NE", "$."], [(5, 6, "PER")],
         [("St . Gallen", "LOC")]),
        # A town and its river or region are one name.
        (["Er", "lebt", "in", "Weil", "am", "Rhein", "."],
         ["PPER", "VVFIN", "APPR", "NE", "APPRART", "NE", "$."], [(3, 4, "LOC"), (5, 6, "LOC")],
         [("Weil am Rhein", "LOC")]),
        (["Die", "Messe", "in", "Halle", "an", "der", "Saale", "beginnt", "."],
         ["ART", "NN", "APPR", "NE", "APPR", "ART", "NE", "VVFIN", "$."], [(3, 4, "LOC")],
         [("Halle an der Saale", "LOC")]),
        # A day or a common noun after "am" is no part of the name.
        (["Er", "sprach", "in", "Bonn", "am", "Montag", "."],
         ["PPER", "VVFIN", "APPR", "NE", "APPRART", "NN", "$."], [(3, 4, "LOC")],
         [("Bonn", "LOC")]),
        # A person's name after "am" does not join a place that is no entity's end.
        (["Der", "Preis", "ging", "an", "der", "Spitze", "an", "Jonas", "."],
         ["ART", "NN", "VVFIN", "APPR", "ART", "NN", "APPR", "NE", "$."], [(7, 8, "PER")],
         [("Jonas", "PER")]),
    ],
)
def test_place_names_join_their_parts(german, words, tags, ents, expected) -> None:
    assert _ents(german, words, tags, ents) == expected
