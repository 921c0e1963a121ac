"""Truncated words ("Ein- und Ausfuhr"): two UD words for the syntax model, one token
with the tag of a truncation afterwards."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from chronist.nlp import load
from chronist.nlp.compounds import CompoundSplitter, compound_pattern


@pytest.fixture(scope="session")
def german() -> Language:
    return load("de")


@pytest.mark.parametrize(
    ("word", "matches"),
    [("Ein-", True), ("Nord-Süd-", True), ("G7-", True), ("-", False), ("-Gipfel", False),
     ("Bund-/", False)],
)
def test_truncated_words_pattern(word: str, matches: bool) -> None:
    pattern = compound_pattern(frozenset("-"), frozenset("-"))
    assert bool(pattern.fullmatch(word)) is matches


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Klein- oder Großbetriebe", ["Klein", "-", "oder", "Großbetriebe"]),
        ("Nord-Süd- und Ost-West-Achse",
         ["Nord", "-", "Süd", "-", "und", "Ost", "-", "West", "-", "Achse"]),
        ("ein - Strich", ["ein", "-", "Strich"]),
    ],
)
def test_truncated_words_split_into_ud_words(text: str, words: list[str]) -> None:
    doc = CompoundSplitter("de")(spacy.blank("de")(text))
    assert [t.text for t in doc] == words
    assert doc.text == text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Regierung senkt die Lohn- und Nebenkosten der Firmen.", "Lohn-"),
        ("Der Streit um Wasser- oder Stromleitungen dauert an.", "Wasser-"),
        ("Sie sprach mit Staats- und Regierungschefs aus der Region.", "Staats-"),
    ],
)
def test_truncated_words_are_whole_in_the_pipeline(
    german: Language, text: str, word: str
) -> None:
    doc = german(text)
    token = next(t for t in doc if t.text == word)
    assert token.idx == text.index(word)
    assert (token.tag_, token.pos_, str(token.morph)) == ("TRUNC", "X", "Hyph=Yes")
    assert token.lemma_ == word[:-1] or token.lemma_ == word.rstrip("s-")
    assert "-" not in {t.text for t in doc}


def test_truncated_words_let_the_parser_see_the_coordination(german: Language) -> None:
    text = "Die Regierung senkt die Lohn- und Nebenkosten der Firmen."
    with german.select_pipes(disable=["chronist_de_merge_compounds"]):
        parts = german(text)
    words = [t.text for t in parts]
    first = parts[words.index("Lohn")]
    assert parts[first.i + 1].pos_ == "PUNCT"
    assert first.pos_ == "NOUN"
