"""Hyphenated compounds: split into UD's words for the syntax model, whole afterwards."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from chronist.nlp import load
from chronist.nlp.compounds import COMPOUNDS, CompoundSplitter, compound_pattern


@pytest.fixture(scope="session")
def german() -> Language:
    return load("de")


@pytest.fixture(scope="session")
def splitter() -> CompoundSplitter:
    return CompoundSplitter("de")


def _split(splitter: CompoundSplitter, text: str) -> Doc:
    return splitter(spacy.blank("de")(text))


@pytest.mark.parametrize(
    ("word", "is_compound"),
    [
        ("Nato-Gipfel", True),
        ("G7-Gipfel", True),
        ("2:1-Sieg", True),
        ("Rhein-Main-Donau-Kanal", True),
        ("Ein-", False),
        ("-Gipfel", False),
        ("Bund-/Länder-Gremium", False),
        ("Gipfel", False),
    ],
)
def test_compounds_pattern_takes_words_joined_inside(word: str, is_compound: bool) -> None:
    assert bool(compound_pattern(frozenset("-")).fullmatch(word)) is is_compound


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Der G7-Gipfel beginnt.", ["Der", "G7", "-", "Gipfel", "beginnt", "."]),
        ("Nach dem 2:1-Sieg jubeln sie.", ["Nach", "dem", "2:1", "-", "Sieg", "jubeln", "sie",
                                           "."]),
        (
            "Der Rhein-Main-Donau-Kanal ist lang.",
            ["Der", "Rhein", "-", "Main", "-", "Donau", "-", "Kanal", "ist", "lang", "."],
        ),
        ("Die Ein- und Ausfuhr sinkt.", ["Die", "Ein", "-", "und", "Ausfuhr", "sinkt", "."]),
    ],
)
def test_compounds_split_into_ud_words(
    splitter: CompoundSplitter, text: str, words: list[str]
) -> None:
    doc = _split(splitter, text)
    assert [t.text for t in doc] == words
    assert doc.text == text


def test_compounds_split_records_the_compounds(splitter: CompoundSplitter) -> None:
    doc = _split(splitter, "Die SPD-Spitze und die CDU-Spitze reden.")
    assert doc.user_data[COMPOUNDS] == [(4, 14), (23, 33)]


@pytest.mark.parametrize(
    ("text", "compound"),
    [
        ("EU-Außenminister beraten heute in Brüssel.", "EU-Außenminister"),
        ("Die Minister beraten über den Nato-Gipfel.", "Nato-Gipfel"),
        ("Der 3:0-Erfolg der Mannschaft überraschte alle.", "3:0-Erfolg"),
        ("Sie fahren mit dem ICE-Sprinter-Zug nach Berlin.", "ICE-Sprinter-Zug"),
        ("Die Kanzlerin besuchte Nordrhein-Westfalen im Mai.", "Nordrhein-Westfalen"),
    ],
)
def test_compounds_are_whole_in_the_pipeline(german: Language, text: str, compound: str) -> None:
    doc = german(text)
    assert doc.text == text
    assert COMPOUNDS not in doc.user_data
    token = next(t for t in doc if t.text == compound)
    assert token.idx == text.index(compound)
    assert "-" not in {t.text for t in doc}
    assert token.lemma_.replace("-", "").lower().startswith(compound.split("-")[0].lower())


def test_compounds_merged_token_takes_its_last_part(german: Language) -> None:
    text = "Die Regierung kritisierte den Nato-Gipfel scharf."
    whole = german(text)
    with german.select_pipes(disable=["chronist_de_merge_compounds"]):
        parts = german(text)
    last, compound = parts[6], whole[4]
    assert (parts[4].text, parts[5].text, last.text) == ("Nato", "-", "Gipfel")
    assert (compound.tag_, compound.pos_) == (last.tag_, last.pos_)
    assert str(compound.morph) == str(last.morph)
    outside = parts[4:7].root
    assert compound.dep_ == outside.dep_
    assert compound.head.text == outside.head.text
    assert compound.lemma_ == "Nato-Gipfel"
    assert [t.text for t in compound.sent] == [t.text for t in whole]


def test_compounds_keep_sentence_starts(german: Language) -> None:
    doc = german("UN-Truppen ziehen ab. Die Lage bleibt ruhig am Mittelmeer-Ufer.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["UN-Truppen", "Die"]
    assert doc[-2].text == "Mittelmeer-Ufer"


def test_compounds_keep_entity_spans(german: Language) -> None:
    text = "Der Besuch in Baden-Württemberg dauerte zwei Tage."
    doc = german(text)
    assert "Baden-Württemberg" in {e.text for e in doc.ents}
    ent = next(e for e in doc.ents if e.text == "Baden-Württemberg")
    assert (ent.start_char, ent.end_char) == (14, 31)
    assert len(ent) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Ministerin Anna Schmidt-Hofer eröffnete die Messe.", "Schmidt-Hofer"),
        ("Gestern sprach Lukas Berg-Wagner vor dem Ausschuss.", "Berg-Wagner"),
    ],
)
def test_compounds_after_a_given_name_are_names(german: Language, text: str, name: str) -> None:
    token = next(t for t in german(text) if t.text == name)
    assert (token.tag_, token.pos_) == ("NE", "PROPN")
