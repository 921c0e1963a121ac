"""The tokenizer's memo starts empty after loading and holds TOKENIZER_CACHE chunks; the
collector is paused only while a document is analysed. Neither changes an analysis."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
import spacy
from spacy.tokens import Doc

from chronist.nlp import TOKENIZER_CACHE, analyse_with, load

# Sentences written for these tests: abbreviations, ordinals, hyphens, quotes, repeats.
SENTENCES = {
    "de": [
        "Der 3. Gipfel der Nato-Partner beginnt am 12. Mai in Wien, sagte Dr. Huber.",
        "„Wir reden weiter“, erklärte die Ministerin z.B. vor den Abgeordneten.\n\nWir reden.",
        "Die Polizei nahm 40 Personen fest; die Demonstranten zogen weiter, die Polizei auch.",
    ],
    "en": [
        "The U.S. envoy didn't meet the minister's team on Jan. 5, officials said.",
        "Protesters marched in the capital.\n\nThe police said 40 were arrested; 40 were freed.",
    ],
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_nlp_tokenizer_cache_starts_empty_and_large(language: str) -> None:
    tokenizer = load(language).tokenizer
    assert tokenizer.max_cache_size == TOKENIZER_CACHE


@pytest.mark.parametrize(
    ("language", "text"), [(lang, text) for lang, texts in SENTENCES.items() for text in texts]
)
def test_nlp_tokenizer_cache_same_tokens_as_fresh_tokenizer(language: str, text: str) -> None:
    nlp = load(language)
    fresh = spacy.blank(language).tokenizer.__class__(
        nlp.vocab,
        rules=nlp.tokenizer.rules,
        prefix_search=nlp.tokenizer.prefix_search,
        suffix_search=nlp.tokenizer.suffix_search,
        infix_finditer=nlp.tokenizer.infix_finditer,
        token_match=nlp.tokenizer.token_match,
        url_match=nlp.tokenizer.url_match,
        faster_heuristics=nlp.tokenizer.faster_heuristics,
    )
    expected = [(t.text, t.whitespace_) for t in fresh(text)]
    # twice: the second time from the memo
    assert [(t.text, t.whitespace_) for t in nlp.tokenizer(text)] == expected
    assert [(t.text, t.whitespace_) for t in nlp.tokenizer(text)] == expected


class _Pipeline:
    """Stands in for a spaCy pipeline (a blank one): records whether the collector was
    enabled while it worked."""

    def __init__(self, fail: bool = False) -> None:
        self.blank = spacy.blank("en")
        self.enabled_inside: list[bool] = []
        self.fail = fail

    def __call__(self, text: str) -> Doc:
        return self._run([text])[0]

    def pipe(self, lines: list[str]) -> Iterator[Doc]:
        return iter(self._run(list(lines)))

    def _run(self, lines: list[str]) -> list[Doc]:
        self.enabled_inside.append(gc.isenabled())
        if self.fail:
            raise RuntimeError("component failed")
        return [self.blank(line) for line in lines]


@pytest.mark.parametrize("text", ["one line only", "a title\n\nand a paragraph\n"])
def test_nlp_collector_paused_during_a_document_and_restored(text: str) -> None:
    pipeline = _Pipeline()
    assert gc.isenabled()
    doc = analyse_with(pipeline, text)  # type: ignore[arg-type]
    assert doc.text == text
    assert pipeline.enabled_inside == [False]
    assert gc.isenabled()


def test_nlp_collector_restored_after_an_error() -> None:
    with pytest.raises(RuntimeError):
        analyse_with(_Pipeline(fail=True), "a line")  # type: ignore[arg-type]
    assert gc.isenabled()


def test_nlp_collector_left_paused_when_caller_paused_it() -> None:
    pipeline = _Pipeline()
    gc.disable()
    try:
        analyse_with(pipeline, "a line")  # type: ignore[arg-type]
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert pipeline.enabled_inside == [False]
