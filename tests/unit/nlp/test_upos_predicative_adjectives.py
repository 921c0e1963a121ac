"""The predicative adjective of werden/bleiben/scheinen is ADJ even where the parser
attaches it as an adverbial modifier (data/nlp/upos-rules-de.yaml)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from chronist.nlp.upos import UposRules


@pytest.fixture(scope="session")
def rules() -> UposRules:
    return UposRules("de")


def _doc(words: list[str], tags: list[str], lemmas: list[str], deps: list[str],
         heads: list[int]) -> Doc:
    # the morphologizer's UPOS: an adverbial adjective came out ADV
    pos = [{"PPER": "PRON", "ADJD": "ADV", "ADV": "ADV"}.get(t, "VERB") for t in tags]
    return Doc(spacy.blank("de").vocab, words=words, tags=tags, pos=pos, lemmas=lemmas,
               deps=deps, heads=heads)


@pytest.mark.parametrize(
    ("verb", "lemma", "upos"),
    [
        ("wurde", "werden", "ADJ"),   # "Der Plan wurde bekannt"
        ("blieb", "bleiben", "ADJ"),  # "Der Plan blieb bekannt"
        ("schien", "scheinen", "ADJ"),
        ("lief", "laufen", "ADV"),    # an adverb of manner: "Der Plan lief gut"
    ],
)
def test_upos_predicative_adjective_of_a_copular_verb(
    rules: UposRules, verb: str, lemma: str, upos: str
) -> None:
    doc = _doc(["Er", verb, "bekannt"], ["PPER", "VVFIN", "ADJD"], ["er", lemma, "bekannt"],
               ["nsubj", "ROOT", "advmod"], [1, 1, 1])
    rules(doc)
    assert doc[2].pos_ == upos


def test_upos_predicative_adjective_only_for_the_adjective(rules: UposRules) -> None:
    doc = _doc(["Er", "wurde", "dort", "bekannt"], ["PPER", "VVFIN", "ADV", "ADJD"],
               ["er", "werden", "dort", "bekannt"], ["nsubj", "ROOT", "advmod", "advmod"],
               [1, 1, 1, 1])
    rules(doc)
    assert [t.pos_ for t in doc][2:] == ["ADV", "ADJ"]
