"""A number with thousands or decimal separators before a full stop ends a sentence as a
plain number does ("2023."), unless an ordinal's context says otherwise."""

from __future__ import annotations

import pytest
from spacy.language import Language

from chronist.nlp import load


@pytest.fixture(scope="session")
def german() -> Language:
    return load("de")


@pytest.mark.parametrize(
    ("text", "number", "sentences"),
    [
        ("Gekommen waren rund 4.500. Danach leerte sich der Platz.", "4.500", 2),
        ("Die Quote lag zuletzt bei 7,25. Niemand hatte das erwartet.", "7,25", 2),
        ("Die Zahl der Helfer wuchs auf 12.000.", "12.000", 1),
    ],
)
def test_sentences_split_a_grouped_number_from_its_stop(
    german: Language, text: str, number: str, sentences: int
) -> None:
    doc = german(text)
    words = [t.text for t in doc]
    assert words[words.index(number) + 1] == "."
    assert len(list(doc.sents)) == sentences


def test_sentences_keep_a_grouped_ordinal(german: Language) -> None:
    doc = german("Der 1.000. Besucher bekam einen Preis.")
    assert "1.000." in [t.text for t in doc]
    assert len(list(doc.sents)) == 1
