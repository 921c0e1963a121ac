"""tagger_ud outside named entities: a capitalised word (Penn NNP) the entity recogniser did
not take for a name may get UD's common-word class; the words of a found name stay PROPN."""

from __future__ import annotations

import numpy
import pytest
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

from chronist.nlp import load
from chronist.nlp.datafiles import upos_choices
from chronist.nlp.tagger_ud import UdTagger


@pytest.fixture(scope="session")
def tagger() -> UdTagger:
    nlp: Language = load("en")
    return nlp.get_pipe("tagger_ud")


def _scores(tagger: UdTagger, favoured: list[str]) -> numpy.ndarray:
    """Label scores that rank each token's favoured class first, PROPN second."""
    label_pos = [tagger.cfg["labels_pos"].get(label, 0) for label in tagger.labels]
    scores = numpy.zeros((len(favoured), len(label_pos)), dtype="f")
    for i, upos in enumerate(favoured):
        scores[i, label_pos.index(POS_IDS["PROPN"])] = 0.3
        scores[i, label_pos.index(POS_IDS[upos])] = 0.6
    return scores


def _tagged(tagger: UdTagger, ents: list[str], favoured: list[str]) -> list[str]:
    words = ["Friendly", "Service", "Team"]
    doc = Doc(tagger.vocab, words=words, tags=["NNP"] * 3, ents=ents)
    tagger.set_annotations([doc], [_scores(tagger, favoured)])
    return [t.pos_ for t in doc]


def test_capitalised_words_outside_names_take_the_common_class(tagger: UdTagger) -> None:
    assert _tagged(tagger, ["O", "O", "O"], ["ADJ", "NOUN", "NOUN"]) == ["ADJ", "NOUN", "NOUN"]


def test_capitalised_words_outside_names_stay_propn_when_the_tagger_says_so(
    tagger: UdTagger,
) -> None:
    assert _tagged(tagger, ["O", "O", "O"], ["PROPN", "PROPN", "PROPN"]) == ["PROPN"] * 3


def test_nouns_inside_a_found_name_stay_propn(tagger: UdTagger) -> None:
    pos = _tagged(tagger, ["B-ORG", "I-ORG", "I-ORG"], ["NOUN", "NOUN", "NOUN"])
    assert pos == ["PROPN"] * 3


@pytest.mark.parametrize("tag", ["NNP", "NNPS"])
def test_name_tags_keep_propn_inside_names_and_open_up_outside(tag: str) -> None:
    inside, outside = upos_choices("en")[tag], upos_choices("en", outside_names=True)[tag]
    assert inside[0] == "PROPN" and "NOUN" not in inside
    assert set(inside) < set(outside) and "NOUN" in outside


def test_tags_without_outside_classes_choose_the_same_everywhere() -> None:
    inside, outside = upos_choices("en"), upos_choices("en", outside_names=True)
    assert inside.keys() == outside.keys()
    assert outside["IN"] == inside["IN"] and outside["VBD"] == inside["VBD"]


def test_past_participles_stay_verbs() -> None:
    # UD's ADJ for "is committed to" changed the events coded from English news.
    assert "ADJ" not in upos_choices("en", outside_names=True)["VBN"]
