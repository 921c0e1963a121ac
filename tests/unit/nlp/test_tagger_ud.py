"""The English UD tagger (tagger_ud): UPOS in UD conventions, nothing else changed."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from chronist.nlp import load
from chronist.nlp.datafiles import upos_choices

SENTENCES = [
    "The envoy came in after the talks had broken down.",
    "That is what the minister told reporters in Brussels on Monday.",
    "Before leaving, she thanked everyone who had helped the Red Cross.",
    "All of them want to go to Paris, but nobody has a visa.",
    "The president, who was elected in 2020, has been criticised by the opposition.",
]


@pytest.fixture(scope="session")
def english() -> Language:
    return load("en")


def _both(nlp: Language, text: str) -> tuple[Doc, Doc]:
    with nlp.select_pipes(disable=["tagger_ud"]):
        without = nlp(text)
    return nlp(text), without


def test_tagger_ud_runs_after_the_model_before_chronist_rules(english: Language) -> None:
    names = english.pipe_names
    assert names.index("ner") < names.index("tagger_ud") < names.index("chronist_upos_rules")


@pytest.mark.parametrize("text", SENTENCES)
def test_tagger_ud_changes_pos_only(english: Language, text: str) -> None:
    with_ud, without = _both(english, text)
    for a, b in zip(with_ud, without, strict=True):
        assert (a.tag_, a.lemma_, str(a.morph), a.dep_, a.head.i, a.ent_iob_, a.ent_type_) == (
            b.tag_, b.lemma_, str(b.morph), b.dep_, b.head.i, b.ent_iob_, b.ent_type_,
        )  # fmt: skip


@pytest.mark.parametrize("text", SENTENCES)
def test_tagger_ud_chooses_only_among_the_classes_of_the_penn_tag(
    english: Language, text: str
) -> None:
    with_ud, without = _both(english, text)
    for a, b in zip(with_ud, without, strict=True):
        choices = upos_choices("en", outside_names=not a.ent_type_)
        if a.tag_ in choices:
            assert a.pos_ in choices[a.tag_] or a.pos_ == b.pos_, a.text
        else:  # plural nouns, numbers, pronouns keep their class
            assert a.pos_ == b.pos_, a.text


def test_tagger_ud_gives_ud_class_of_a_verb_particle(english: Language) -> None:
    # UD English: "in" of "come in" (no object) is an adverb; the Penn tag mapping says ADP.
    with_ud, without = _both(english, "Then the guests came in.")
    came_in = [t for t in with_ud if t.lower_ == "in"][0]
    assert came_in.pos_ == "ADV"
    assert without[came_in.i].pos_ == "ADP"


def test_upos_choices_file_lists_penn_tags_of_the_model(english: Language) -> None:
    tags = set(english.get_pipe("tagger").labels)
    choices = upos_choices("en")
    assert set(choices) <= tags
    assert not {"CD", "NNS"} & set(choices)
    # inside a found name a proper noun stays a proper noun
    assert all(choices[tag][0] == "PROPN" and "NOUN" not in choices[tag] for tag in ("NNP", "NNPS"))
