"""The English weights are a third-party re-upload: check they are the official ones."""

from __future__ import annotations

import pytest
from spacy.language import Language

from chronist.nlp import load

# From explosion/spacy-models meta/en_core_web_sm-3.8.0.json (see models/en/MODEL_CARD.md).
OFFICIAL = {
    "spacy_git_version": "5010fcbd3",
    "tag_acc": 0.972937262,
    "dep_uas": 0.9176955214,
    "dep_las": 0.8991533598,
    "ents_f": 0.8433119744,
    "sents_f": 0.9068156724,
    "speed": 9426.1029865937,
}


@pytest.fixture(scope="session")
def english() -> Language:
    return load("en")


@pytest.mark.parametrize("fact", sorted(OFFICIAL))
def test_english_model_matches_official_meta(english: Language, fact: str) -> None:
    meta = english.meta
    value = meta.get(fact, meta["performance"].get(fact))
    expected = OFFICIAL[fact]
    assert value == (expected if isinstance(expected, str) else pytest.approx(expected, abs=1e-9))


def test_english_model_has_official_label_sets(english: Language) -> None:
    labels = english.meta["labels"]
    assert (len(labels["tagger"]), len(labels["parser"]), len(labels["ner"])) == (50, 45, 18)


# Relations of UD v2 (base labels) that the ClearNLP -> UD renaming may produce.
UD_RELATIONS = {
    "root", "nsubj", "csubj", "aux", "obj", "iobj", "nmod", "advmod", "acl", "compound",
    "det", "cc", "obl", "discourse", "xcomp",
}  # fmt: skip


def test_english_dependency_labels_rename_parser_labels_to_ud(english: Language) -> None:
    from chronist.nlp.datafiles import dependency_labels

    table = dependency_labels("en")
    parser_labels = set(english.get_pipe("parser").labels)
    assert set(table) <= parser_labels
    assert {ud.split(":")[0] for ud in table.values()} <= UD_RELATIONS
    assert table["nsubjpass"] == "nsubj:pass" and table["dobj"] == "obj"
    # Structurally different relations are not renamed: their heads differ in UD.
    assert not {"prep", "pobj", "attr"} & set(table)
