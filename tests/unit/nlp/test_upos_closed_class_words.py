"""Closed-class words whose UPOS UD German fixes (data/nlp/upos-rules-de.yaml)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from chronist.nlp import load


@pytest.fixture(scope="session")
def german() -> Language:
    return load("de")


@pytest.mark.parametrize(
    ("text", "word", "upos"),
    [
        ("Der Minister empfing den Botschafter und dessen Frau.", "dessen", "PRON"),
        ("Die Staaten, deren Regierungen zustimmten, unterschrieben.", "deren", "PRON"),
        ("Die Firmen, mit denen wir sprachen, sind zufrieden.", "denen", "PRON"),
        ("Es regnete stark, sodass das Spiel ausfiel.", "sodass", "SCONJ"),
    ],
)
def test_upos_closed_class_words(german: Language, text: str, word: str, upos: str) -> None:
    token = next(t for t in german(text) if t.text == word)
    assert token.pos_ == upos
