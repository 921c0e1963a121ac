"""Mention replacement for the German NER training data (training/augment.py), on
IOB2 sentences of our own."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from script_loader import load_script

TRAINING = Path(__file__).resolve().parents[3] / "training"


@pytest.fixture(scope="module")
def augment() -> ModuleType:
    return load_script(TRAINING / "augment.py", "augment")


def tagged(text: str) -> list[tuple[str, str]]:
    """"Anna/B-PER Kurz/I-PER lacht" -> [(Anna, B-PER), (Kurz, I-PER), (lacht, O)]."""
    out = []
    for item in text.split():
        word, _, tag = item.partition("/")
        out.append((word, tag or "O"))
    return out


def words(sentence: list[tuple[str, str]]) -> str:
    return " ".join(word for word, _ in sentence)


def test_mentions_are_found_with_their_labels(augment: ModuleType) -> None:
    sentence = tagged("Anna/B-PER Kurz/I-PER fährt nach Graz/B-LOC ./O")
    assert list(augment.mentions(sentence)) == [(0, 2, "PER"), (4, 5, "LOC")]


def test_a_mention_gets_a_name_of_its_own_label(augment: ModuleType) -> None:
    names = {"PER": {("Jonas", "Berg")}, "LOC": {("Linz",)}, "ORG": set()}
    swapped = augment.Replacer(names).swap(tagged("Anna/B-PER Kurz/I-PER fährt nach Graz/B-LOC"))
    assert swapped == tagged("Jonas/B-PER Berg/I-PER fährt nach Linz/B-LOC")


def test_a_genitive_mention_gets_the_new_name_with_s(augment: ModuleType) -> None:
    names = {"PER": {("Berg",), ("Bergs",), ("Lind",)}, "LOC": set(), "ORG": set()}
    replacer = augment.Replacer(names)
    # "Bergs" is the genitive of the known "Berg", not a name to put elsewhere.
    assert replacer.pool["PER"] == [("Berg",), ("Lind",)]
    results = {replacer.replacement(("Bergs",), "PER") for _ in range(30)}
    assert results == {("Bergs",), ("Linds",)}


def test_a_new_name_ending_in_a_sibilant_is_not_put_in_a_genitive(augment: ModuleType) -> None:
    names = {"PER": {("Voss",), ("Berg",)}, "LOC": set(), "ORG": set()}
    replacer = augment.Replacer(names)
    results = {replacer.replacement(("Bergs",), "PER") for _ in range(20)}
    assert results == {("Bergs",), None}


def test_an_s_form_of_an_unknown_base_is_kept(augment: ModuleType) -> None:
    names = {"PER": {("Berg",)}, "LOC": set(), "ORG": set()}
    sentence = tagged("Müllers/B-PER Antwort kam spät")
    assert augment.Replacer(names).swap(sentence) == sentence


def test_other_labels_stay(augment: ModuleType) -> None:
    names = {"PER": {("Berg",)}, "LOC": set(), "ORG": set()}
    sentence = tagged("Der Ring/B-OTH lief in Graz/B-LOC")
    assert words(augment.Replacer(names).swap(sentence)) == "Der Ring lief in Graz"


def test_augmented_adds_one_swapped_copy_per_sentence_with_names(augment: ModuleType) -> None:
    sentences = [tagged("Anna/B-PER lacht"), tagged("Es regnet")]
    out = augment.augmented(sentences, copies=1, extra={"PER": {("Jonas",)}})
    assert out[:2] == sentences
    assert len(out) == 3
    assert out[2][0][1] == "B-PER" and out[2][1] == ("lacht", "O")
