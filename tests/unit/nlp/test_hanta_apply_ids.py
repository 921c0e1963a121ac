"""HantaTagger writes tag, UPOS, lemma and features as ids made once per tag set entry
(and memoises final lemmas): the tokens carry exactly what setting the strings gives."""

from __future__ import annotations

import pytest
import spacy

from chronist.nlp.hanta import HantaTagger

# Sentences written for these tests: quotes and dashes (punctuation HanTa does not
# know), names outside its lexicon, capitalised function words, numbers, spaces.
SENTENCES = [
    "„Wir bleiben“, sagte die Bürgermeisterin von Quelmsdorf – und ging.",
    "Zwei Minister der Grülpartei trafen sich am 4. März  in Brömmelstadt.",
    "Die Wasserwerke erhöhten die Preise; Sie hätten das wissen müssen.",
    "Der FC Ölmbach gewann 3:1 gegen den SV Trabelfunk",
]


def _by_strings(tagger: HantaTagger, doc) -> list[tuple[str, str, str, str]]:  # noqa: ANN001
    """What the tokens should read: HanTa's analysis set through the string setters."""
    out = []
    words = [t for t in doc if not t.is_space]
    tagged = dict(zip(words, tagger._tag_words(tuple(t.text for t in words)), strict=True))
    for token in doc:
        if token.is_space:
            entry, lemma = tagger.space, token.text
        else:
            _, hanta_lemma, tag = tagged[token]
            entry = tagger.tags.get(tag) or tagger.tags["UNKNOWN"]
            if token.is_punct and entry.upos != "PUNCT":
                entry = tagger.tags["$("]
            lemma = tagger._final_lemma(token.text, hanta_lemma, tag, entry)
        reference = spacy.blank("de").make_doc(token.text)[0]
        reference.set_morph(entry.feats or None)
        out.append((entry.stts, entry.upos, lemma, str(reference.morph)))
    return out


@pytest.fixture(scope="module")
def tagger() -> HantaTagger:
    return HantaTagger("de")


@pytest.mark.parametrize("text", SENTENCES)
def test_tokens_as_set_by_strings(tagger: HantaTagger, text: str) -> None:
    # Twice: the second pass reads the memoised ids and lemmas.
    for _ in range(2):
        doc = tagger(spacy.blank("de")(text))  # a new vocab each time
        got = [(t.tag_, t.pos_, t.lemma_, str(t.morph)) for t in doc]
        assert got == _by_strings(tagger, doc)
        assert any(t.morph for t in doc)  # features written, not only cleared
        assert all(t.tag_ and t.pos_ and t.lemma_ for t in doc)


def test_morph_belongs_to_the_docs_vocab(tagger: HantaTagger) -> None:
    first = tagger(spacy.blank("de")("Die Regierung trat zurück."))
    second = spacy.blank("de")("Die Regierung trat zurück.")
    tagger(second)
    assert [str(t.morph) for t in first] == [str(t.morph) for t in second]
    assert all(t.morph.vocab is second.vocab for t in second)
