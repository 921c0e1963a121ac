"""The speed-ups of the English model's components give exactly the model's own output."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.language import Language

from chronist.nlp import load
from chronist.nlp.attributes import IndexedAttributeRuler, _single_test, index_attribute_ruler
from chronist.nlp.english import ENGLISH_MODEL, _memoised, speed_up_lemmatizer
from chronist.nlp.ops import SingleThreadBlasOps, use_single_thread_blas

# Sentences written for these tests: contractions and multi-token lemma rules
# ("gonna", "y'all", "let's", "ain't"), expletives ("There are"), irregular verbs.
SENTENCES = [
    "The ministers said they were gonna meet again, and y'all know it.",
    "Let's be clear: there are no talks, and there weren't any last week.",
    "It ain't over, the spokeswoman got told by officials who'd seen the drafts.",
    "Protesters gathered outside the embassies; the police arrested 40 of them.",
    "\n\nHe has been meeting the Prime Minister's advisers since Tuesday.  ",
]


def _analysis(nlp: Language, text: str) -> list[tuple]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_)
        for t in nlp(text)
    ]


@pytest.fixture(scope="module")
def models() -> tuple[Language, Language]:
    plain = spacy.load(ENGLISH_MODEL)
    fast = spacy.load(ENGLISH_MODEL)
    index_attribute_ruler(fast)
    speed_up_lemmatizer(fast)
    use_single_thread_blas(fast)
    return plain, fast


@pytest.mark.parametrize("text", SENTENCES)
def test_speedups_identical_analysis(models: tuple[Language, Language], text: str) -> None:
    plain, fast = models
    assert isinstance(fast.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    # twice: the second time from the memos
    assert _analysis(fast, text) == _analysis(plain, text)
    assert _analysis(fast, text) == _analysis(plain, text)


def test_lemma_memo_is_bounded_and_keeps_lemmas(
    models: tuple[Language, Language], monkeypatch: pytest.MonkeyPatch
) -> None:
    plain, _ = models
    calls: list[str] = []

    def lemmatize(token: object) -> list[str]:
        calls.append(str(token))
        return [str(token).lower()]

    monkeypatch.setattr("chronist.nlp.english.LEMMA_MEMO_SIZE", 3)
    memoised = _memoised(lemmatize)
    tokens = list(plain("Ministers met envoys and ministers met envoys"))
    lemmas = [memoised(t)[0] for t in tokens] + [memoised(t)[0] for t in tokens]
    assert lemmas == [t.text.lower() for t in tokens] * 2
    # a memo of three forms empties when full: more calls than distinct forms, fewer than tokens
    distinct = len({(t.orth, t.pos, t.morph.key) for t in tokens})
    assert distinct < len(calls) <= 2 * len(tokens)


def test_speedups_attribute_ruler_keeps_patterns(models: tuple[Language, Language]) -> None:
    plain, fast = models
    assert fast.get_pipe("attribute_ruler").patterns == plain.get_pipe("attribute_ruler").patterns
    assert fast.pipe_names == plain.pipe_names


@pytest.mark.parametrize(
    ("pattern", "values", "expected"),
    [
        ([{"TAG": "NN"}], ("NN", "law", "nsubj", False), True),
        ([{"TAG": "NN"}], ("NNS", "laws", "nsubj", False), False),
        ([{"TAG": {"IN": ["VBZ", "VBP"]}, "LOWER": "is"}], ("VBZ", "is", "ROOT", False), True),
        ([{"DEP": {"NOT_IN": ["expl"]}}], ("EX", "there", "expl", False), False),
        ([{"IS_SPACE": True}], ("_SP", "\n", "dep", True), True),
    ],
)
def test_speedups_single_token_test(pattern: list, values: tuple, expected: bool) -> None:
    test = _single_test(pattern)
    assert test is not None and test(values) is expected


@pytest.mark.parametrize(
    "pattern",
    [[{"LOWER": "gon"}, {"LOWER": "na"}], [{"LOWER": {"REGEX": "^y'?$"}}], [{"ORTH": "x"}]],
)
def test_speedups_matcher_patterns_not_indexed(pattern: list) -> None:
    assert _single_test(pattern) is None


@pytest.mark.parametrize(("trans1", "trans2"), [(False, False), (True, False), (False, True)])
def test_speedups_gemm_is_a_matrix_product(trans1: bool, trans2: bool) -> None:
    rng = numpy.random.default_rng(0)
    x = rng.random((5, 4), dtype="float32")
    y = rng.random((4, 3), dtype="float32")
    a, b = (x.T.copy() if trans1 else x), (y.T.copy() if trans2 else y)
    out = SingleThreadBlasOps().gemm(a, b, trans1=trans1, trans2=trans2)
    assert numpy.allclose(out, x @ y, atol=1e-5)


@pytest.mark.parametrize("language", ["en", "de"])
def test_speedups_pipeline_models_use_single_thread_blas(language: str) -> None:
    nlp = load(language)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if hasattr(model, "walk"):
            assert all(isinstance(layer.ops, SingleThreadBlasOps) for layer in model.walk())


def _parsed(words: list[str], heads: list[int], deps: list[str], morphs: list[str]):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps, morphs=morphs)


def test_speedups_roles_swap_each_head_by_case() -> None:
    from chronist.nlp.roles import ParseRepairs

    # Two clauses, each with its subject/object swapped by the parser: both are repaired,
    # and a clause whose subject can be nominative is left alone.
    words = ["Den", "Plan", "lehnte", "der", "Rat", "ab", "und", "die", "Frau", "sah", "ihn"]
    heads = [1, 2, 2, 4, 2, 2, 9, 8, 9, 2, 9]
    deps = ["det", "nsubj", "ROOT", "det", "obj", "compound:prt", "cc", "det", "nsubj",
            "conj", "obj"]  # fmt: skip
    morphs = ["", "Case=Acc", "", "", "Case=Nom", "", "", "", "Case=Acc,Nom", "", "Case=Acc"]
    doc = ParseRepairs()(_parsed(words, heads, deps, morphs))
    assert [t.dep_ for t in doc if t.dep_ in {"nsubj", "obj"}] == ["obj", "nsubj", "nsubj", "obj"]
    assert doc[1].dep_ == "obj" and doc[4].dep_ == "nsubj"
