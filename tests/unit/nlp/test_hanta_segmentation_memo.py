"""HanTa's memoised segmentations and the frozen loaded objects leave analyses unchanged."""

from __future__ import annotations

import gc

import pytest
from HanTa.HanoverTagger import HanoverTagger

from chronist.nlp import load
from chronist.nlp.hanta import HANTA_MODEL, hanta_tagger

# Forms written for these tests (tags in HanTa's names): the same lower-cased form in two
# spellings, compounds outside HanTa's lexicon, verbs and a name.
FORMS = [
    ("Die", "ART"), ("die", "ART"), ("Verhandlungsrunden", "NN"),
    ("verhandlungsrunden", "NN"), ("Grenzschutzbeamtinnen", "NN"), ("vertagte", "VV(FIN)"),
    ("zurückgewiesen", "VV(PP)"), ("Schmidtke", "NE"), ("Rheinpegels", "NN"),
]  # fmt: skip


@pytest.fixture(scope="module")
def plain() -> HanoverTagger:
    return HanoverTagger(HANTA_MODEL)


@pytest.mark.parametrize(("form", "tag"), FORMS)
@pytest.mark.parametrize("taglevel", [1, 3])
def test_hanta_segmentation_memo_identical_analysis(
    plain: HanoverTagger, form: str, tag: str, taglevel: int
) -> None:
    tagger = hanta_tagger()
    pos = tagger.tag2int[tag]
    # twice: the second time from the memo, under the other spelling's entry too
    assert tagger._analyze(form, pos, taglevel) == plain._analyze(form, pos, taglevel)
    assert tagger._analyze(form, pos, taglevel) == plain._analyze(form, pos, taglevel)


def test_hanta_segmentation_memo_shared_by_spellings() -> None:
    tagger = hanta_tagger()
    pos = tagger.tag2int["NN"]
    tagger._analyze("Aufsichtsratssitzungen", pos, 1)
    hits = tagger.analyze_viterbi.cache_info().hits
    tagger._analyze("aufsichtsratssitzungen", pos, 3)
    assert tagger.analyze_viterbi.cache_info().hits == hits + 1


def test_hanta_segmentation_memo_loaded_objects_frozen() -> None:
    load("de")
    assert gc.get_freeze_count() > 0
