"""The trained German components (models/de/): dependency roles and entities."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from chronist.nlp import analyse, load
from chronist.nlp.german import NER, SYNTAX


@pytest.fixture(scope="session")
def german() -> Language:
    return load("de")


def _token(doc: Doc, text: str):
    return next(t for t in doc if t.text == text)


def test_german_models_are_shipped_and_loaded(german: Language) -> None:
    assert SYNTAX.is_dir() and NER.is_dir()
    names = ("parser", "morphologizer", "ner", "chronist_de_morphology", "chronist_de_roles")
    for name in names:
        assert name in german.pipe_names


@pytest.mark.parametrize(
    ("text", "word", "dep", "head"),
    [
        ("Die Regierung kritisierte den Angriff scharf.", "Regierung", "nsubj", "kritisierte"),
        ("Die Regierung kritisierte den Angriff scharf.", "Angriff", "obj", "kritisierte"),
        ("Der Minister traf am Montag seinen Amtskollegen.", "Minister", "nsubj", "traf"),
        ("Der Minister traf am Montag seinen Amtskollegen.", "Amtskollegen", "obj", "traf"),
        ("Den Vorschlag lehnte die Opposition ab.", "Opposition", "nsubj", "lehnte"),
        ("Die Botschaft wurde von Demonstranten angegriffen.", "Botschaft", "nsubj:pass",
         "angegriffen"),
    ],
)
def test_german_dependency_roles(german: Language, text, word, dep, head) -> None:
    token = _token(analyse(text, "de"), word)
    assert (token.dep_, token.head.text) == (dep, head)


@pytest.mark.parametrize(
    "text",
    [
        "Ankara weist Vorwürfe zurück\n\nDas Amt hat den Botschafter einbestellt.\n\nEr kam.",
        "Die Regierung tagte.\n\n\n\nDer Minister schwieg.  Dann sprach er.",
    ],
)
def test_german_sentence_roots_are_words(german: Language, text: str) -> None:
    doc = analyse(text, "de")
    assert doc.text == text
    for sentence in doc.sents:
        assert not sentence.root.is_space
        assert sentence.root.dep_ == "ROOT"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Bundeskanzler Olaf Scholz reiste am Montag nach Paris.", "Olaf Scholz", "PER"),
        ("Bundeskanzler Olaf Scholz reiste am Montag nach Paris.", "Paris", "LOC"),
        ("Die Vereinten Nationen verurteilten den Angriff auf die Ukraine.", "Ukraine", "LOC"),
        ("Ein Sprecher der Europäischen Kommission sagte, man prüfe den Fall.",
         "Europäischen Kommission", "ORG"),
    ],
)
def test_german_entities(german: Language, text, name, label) -> None:
    ents = {ent.text: ent.label_ for ent in analyse(text, "de").ents}
    assert ents.get(name) == label


def test_german_entity_labels_are_normalised(german: Language) -> None:
    doc = analyse("Die russischen Truppen griffen die ukrainische Stadt Charkiw an.", "de")
    assert {ent.label_ for ent in doc.ents} <= {"PER", "LOC", "ORG", "MISC"}
