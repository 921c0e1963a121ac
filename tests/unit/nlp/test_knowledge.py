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
        # A name right after "in"/"aus" is a place, unless it is a genitive before its noun.
        (["Sie", "zog", "aus", "Quelldorn", "weg", "."],
         ["PPER", "VVFIN", "APPR", "NE", "PTKVZ", "$."], [(3, 4, "PER")],
         [("Quelldorn", "LOC")]),
        (["aus", "Brandts", "Sicht"], ["APPR", "NE", "NN"], [(1, 2, "PER")],
         [("Brandts", "PER")]),
        (["nach", "Brandt", "ist", "es", "gut"], ["APPR", "NE", "VAFIN", "PPER", "ADJD"],
         [(1, 2, "PER")], [("Brandt", "PER")]),
    ],
)
def test_knowledge_relabels_place_names(german, words, tags, ents, expected) -> None:
    component = german.get_pipe("chronist_kb_entities")
    assert _ents(component(_doc(german, words, tags, ents))) == expected


@pytest.mark.parametrize(
    ("words", "heads", "deps", "lemma", "expected"),
    [
        # The subject of a verb of saying is a person, not a place.
        (["Das", "reicht", "nicht", ",", "betonte", "Quelldorn", "."],
         [1, 1, 1, 1, 1, 4, 1], ["nsubj", "ROOT", "advmod", "punct", "parataxis", "nsubj",
                                 "punct"], "betonen", ("Quelldorn", "PER")),
        # The subject of another verb keeps the model's label.
        (["Dann", "wuchs", "Quelldorn", "schnell", "."], [1, 1, 1, 1, 1],
         ["advmod", "ROOT", "nsubj", "advmod", "punct"], "wachsen", ("Quelldorn", "LOC")),
    ],
)
def test_knowledge_relabels_speakers(german, words, heads, deps, lemma, expected) -> None:
    doc = Doc(german.vocab, words=words, heads=heads, deps=deps,
              tags=["NE" if w == "Quelldorn" else "XY" for w in words])
    verb = doc[heads[words.index("Quelldorn")]]
    verb.lemma_ = lemma
    start = words.index("Quelldorn")
    doc.ents = [Span(doc, start, start + 1, label="LOC")]
    component = german.get_pipe("chronist_kb_entities")
    assert _ents(component(doc)) == [expected]


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        # A word no lexicon knows right after a preposition of place is a place.
        (["Sie", "reisten", "nach", "Quorvathi", "."], ["PPER", "VVFIN", "APPR", "NN", "$."],
         [("Quorvathi", "LOC")]),
        # So is one with a place-name ending.
        (["Er", "wohnt", "in", "Quellhofen", "."], ["PPER", "VVFIN", "APPR", "NN", "$."],
         [("Quellhofen", "LOC")]),
        # A plural or mass noun needs no article: the lexicon knows it or its last part.
        (["Er", "ist", "aus", "Sandstein", "."], ["PPER", "VAFIN", "APPR", "NN", "$."], []),
        (["Das", "steckt", "in", "Lastwagenmotoren", "."], ["PDS", "VVFIN", "APPR", "NN", "$."],
         []),
        # Not after an article.
        (["Er", "lebt", "in", "der", "Quorvathi", "."],
         ["PPER", "VVFIN", "APPR", "ART", "NN", "$."], []),
    ],
)
def test_knowledge_adds_unknown_places(german, words, tags, expected) -> None:
    component = german.get_pipe("chronist_kb_entities")
    assert _ents(component(_doc(german, words, tags))) == expected
