"""chronist's fast HanTa searches give exactly HanTa's tags, lemmas and probabilities."""

from __future__ import annotations

import inspect

import pytest
from HanTa.HanoverTagger import HanoverTagger

from chronist.nlp.hanta import HANTA_MODEL, hanta_tagger
from chronist.nlp.hanta_fast import FastHanta

# Sentences written for these tests: invented words and names outside HanTa's lexicon,
# long compounds, numbers, punctuation and quotes, one-word sentences.
SENTENCES = [
    "Die Wasserstoffspeicherbetreiberin Kvelmora kündigte am 3. Mai 2031 Preiserhöhungen an.",
    "Der Bürgerbeteiligungsausschussvorsitzende wies die Vorwürfe gestern zurück.",
    "„Wir verhandeln weiter“, sagte Zumbrak-Ölterbeck (58) – und ging.",
    "Rund 1.250 Menschen, darunter 17 Kinder, flohen über die Grenze; 3,5 Prozent mehr als 2029.",
    "Schlemmsperrverordnungen gelten ab sofort für sämtliche Glimbelbetriebe!",
    "Warum?",
    "Nein.",
    "Trabelfunk",
    "...",
    "Die SPD-Fraktion und der FC Ölmbach stimmten dem UN-Beschluss Nr. 4711 zu.",
    "Er hätte die Gespräche abgebrochen, wenn sie nicht eingelenkt hätten.",
    "ÜBERRASCHUNG IN BRÜSSEL: Kommissionspräsidentin lehnt Krümmelsteuer ab",
]
# A 200-word sentence: clauses joined by commas, as in long legal or list-like text.
LONG = (
    ", ".join(
        f"der {n}. Antrag der Quorbelgenossenschaft wurde von {n * 3} Abgeordneten abgelehnt"
        for n in range(1, 21)
    )
    + "."
).split()


@pytest.fixture(scope="module")
def taggers() -> tuple[HanoverTagger, HanoverTagger]:
    plain = HanoverTagger(HANTA_MODEL)
    fast = HanoverTagger(HANTA_MODEL)
    searches = FastHanta.for_model(fast)
    assert searches is not None
    searches.install()
    return plain, fast


def _words(sentence: str) -> list[str]:
    return sentence.replace(",", " ,").replace("“", " “ ").replace("„", "„ ").split()


@pytest.mark.parametrize("sentence", SENTENCES)
def test_hanta_fast_tag_sent_identical(
    taggers: tuple[HanoverTagger, HanoverTagger], sentence: str
) -> None:
    plain, fast = taggers
    words = _words(sentence)
    for taglevel in (0, 1, 3):
        assert fast.tag_sent(words, taglevel=taglevel) == plain.tag_sent(words, taglevel=taglevel)


def test_hanta_fast_long_sentence_identical(taggers: tuple[HanoverTagger, HanoverTagger]) -> None:
    plain, fast = taggers
    assert len(LONG) == 200
    assert fast.tag_sent(LONG) == plain.tag_sent(LONG)


@pytest.mark.parametrize(
    "word",
    [
        "Kvelmora",
        "wasserstoffspeicherbetreiberin",
        "glimbelbetriebe",
        "zurückgewiesen",
        "1.250",
        "4711",
        "x",
        "ab",
        "–",
        "uno-sicherheitsratsresolution",
    ],
)
def test_hanta_fast_word_analyses_identical(
    taggers: tuple[HanoverTagger, HanoverTagger], word: str
) -> None:
    plain, fast = taggers
    # Exact floats (repr) and the order of equally likely tags.
    assert repr(fast.analyze_forward(word)) == repr(plain.analyze_forward(word))
    for tag, _ in plain.analyze_forward(word):
        assert fast.analyze_viterbi(word, -tag) == plain.analyze_viterbi(word, -tag)
        assert fast._analyze(word, tag, taglevel=3) == plain._analyze(word, tag, taglevel=3)


def test_hanta_fast_empty_form_unknown(taggers: tuple[HanoverTagger, HanoverTagger]) -> None:
    plain, fast = taggers
    assert fast.analyze_forward("") == plain.analyze_forward("")


def test_hanta_fast_declines_a_model_it_cannot_read() -> None:
    tagger = HanoverTagger(HANTA_MODEL)
    # Word tags listed in another order for one state: the sentence search could not
    # visit them in HanTa's order, so HanTa runs as it is.
    state, row = next(iter(tagger.LP_trans_word.items()))
    tagger.LP_trans_word[state] = dict(reversed(row.items()))
    assert FastHanta.for_model(tagger) is None


def test_hanta_fast_installed_in_the_pipeline_tagger() -> None:
    tagger = hanta_tagger()
    assert isinstance(getattr(tagger.tag_sent_viterbi, "__self__", None), FastHanta)
    # analyze_viterbi is memoised around the fast search (chronist.nlp.hanta), which the
    # shipped table of analyses answers first (chronist.nlp.hanta_table)
    fast_viterbi = inspect.unwrap(tagger.analyze_viterbi)
    assert isinstance(getattr(fast_viterbi, "__self__", None), FastHanta)
