"""A past perfect told by one auxiliary for two coordinated participles ("hatten … zunächst
abgelehnt und später eingelenkt", "had objected and later relented") is a past perfect in
both; and where the parser takes a finite perfect auxiliary for the clause's verb, its
participle still makes the clause a past perfect. Sentences written for these tests
(2026-05-13 is a Wednesday)."""

from __future__ import annotations

import pytest
import spacy
from dating import analysed, date_of

from chronist.document import Document
from chronist.time import build_stage


@pytest.mark.parametrize(
    ("text", "language", "word", "date"),
    [
        ("Titel\n\nDer Senat hatte den Haushalt im März gebilligt. Zwei Fraktionen hatten "
         "ihn zunächst abgelehnt und später eingelenkt.", "de", "eingelenkt", "2026-03"),
        ("Title\n\nThe council had approved the budget in March. Two groups had opposed it "
         "at first and relented later.", "en", "relented", "2026-03"),
    ],
)
def test_clauses_a_coordinated_participle_shares_the_past_perfect(
        text: str, language: str, word: str, date: str) -> None:
    doc = analysed(text, language, "2026-05-13")
    assert date_of(doc, word) == date


def _stranded_parse() -> spacy.tokens.Doc:
    """Hand-made parse of two sentences: a day of the story, then a past perfect with its
    own month whose auxiliary 'hatten' the parser took for the root, the participle
    hanging on it as a clause of its own; then an undated sentence."""
    from spacy.tokens import Doc

    rows = [
        # word, head, dep, pos, morph, lemma
        ("Am", 1, "case", "ADP", "", "an"),
        ("Montag", 2, "obl", "PROPN", "", "Montag"),
        ("streikten", 2, "ROOT", "VERB", "Mood=Ind|Tense=Past|VerbForm=Fin", "streiken"),
        ("Lehrer", 2, "nsubj", "NOUN", "", "Lehrer"),
        (".", 2, "punct", "PUNCT", "", "."),
        ("Im", 6, "case", "ADP", "", "in"),
        ("Januar", 7, "obl", "PROPN", "", "Januar"),
        ("hatten", 7, "ROOT", "VERB", "Mood=Ind|Tense=Past|VerbForm=Fin", "haben"),
        ("Eltern", 9, "obl", "NOUN", "", "Eltern"),
        ("protestiert", 7, "advcl", "VERB", "Aspect=Perf|VerbForm=Part", "protestieren"),
        (".", 7, "punct", "PUNCT", "", "."),
        ("Die", 12, "det", "DET", "", "der"),
        ("Gewerkschaft", 13, "nsubj", "NOUN", "", "Gewerkschaft"),
        ("warnte", 13, "ROOT", "VERB", "Mood=Ind|Tense=Past|VerbForm=Fin", "warnen"),
        (".", 13, "punct", "PUNCT", "", "."),
    ]
    words, heads, deps, pos, morphs, lemmas = map(list, zip(*rows, strict=True))
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    return Doc(spacy.blank("de").vocab, words=words, heads=heads, deps=deps, pos=pos,
               morphs=morphs, lemmas=lemmas, sent_starts=starts)


def test_clauses_a_stranded_perfect_auxiliary_still_tells_a_flashback() -> None:
    parse = _stranded_parse()
    doc = Document(text=parse.text, language="de", published="2026-05-13",
                   published_source="given")
    doc.analysis = parse
    build_stage("de")(doc)
    january = {t.text: t for t in doc.times}["Im Januar"]
    assert not january.moves_narrative  # a past perfect: the story stays on Monday
    assert date_of(doc, "warnte") == "2026-05-11"
