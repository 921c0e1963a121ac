"""German lemma conventions: words HanTa does not know (data/nlp/lemma-rules-de.yaml),
genitive -s of names, place adjectives, superlatives of quantifiers."""

from __future__ import annotations

import pytest

from chronist.nlp import analyse
from chronist.nlp.datafiles import lemma_rules
from chronist.nlp.hanta import hanta_tagger, known_to_hanta


def _lemma(text: str, word: str) -> str:
    return next(t for t in analyse(text, "de") if t.text == word).lemma_


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        # HanTa does not know the stem and would cut -e / -n / -er off it.
        ("Die Vulkanologie ist eine junge Wissenschaft.", "Vulkanologie", "Vulkanologie"),
        ("Die Delegation reiste auf die Seychellen.", "Seychellen", "Seychellen"),
        ("Die Phönizier gründeten viele Häfen.", "Phönizier", "Phönizier"),
        # Known stems keep HanTa's lemma: plurals and case endings still go.
        ("Die Naturkatastrophen trafen viele Dörfer.", "Naturkatastrophen", "Naturkatastrophe"),
        ("Die Politikern gegebenen Zusagen galten nicht.", "Politikern", "Politiker"),
        ("Die Häuser der Kinder brannten.", "Häuser", "Haus"),
    ],
)
def test_unknown_stem_keeps_form(text: str, word: str, lemma: str) -> None:
    assert _lemma(text, word) == lemma


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Die Münchner Polizei nahm zwei Männer fest.", "Münchner", "Münchner"),
        ("Schweizer Banken melden hohe Gewinne.", "Schweizer", "Schweizer"),
        # An inflecting adjective still loses its ending and its capital.
        ("Neuer Streit belastet die Koalition.", "Neuer", "neu"),
    ],
)
def test_place_adjective_keeps_capital(text: str, word: str, lemma: str) -> None:
    assert _lemma(text, word) == lemma


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        # A name HanTa does not know keeps its -s unless it is a genitive attribute.
        ("Davis sagte, der Plan sei gescheitert.", "Davis", "Davis"),
        ("Putins Regierung wies die Vorwürfe zurück.", "Putins", "Putin"),
        # A name HanTa knows loses the genitive -s also after a vowel.
        ("Die Wirtschaft Europas wächst langsamer.", "Europas", "Europa"),
        ("Die Rede Merkels wurde gelobt.", "Merkels", "Merkel"),
    ],
)
def test_name_genitive_s(text: str, word: str, lemma: str) -> None:
    assert _lemma(text, word) == lemma


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Die meisten Abgeordneten stimmten zu.", "meisten", "meist"),
        ("Die nächste Sitzung findet im Mai statt.", "nächste", "nah"),
    ],
)
def test_superlative_lemmas_follow_ud(text: str, word: str, lemma: str) -> None:
    assert _lemma(text, word) == lemma


def test_lemma_rules_file_loads_both_rules() -> None:
    rules = lemma_rules("de")
    assert "e" in rules["unknown-stem"]["NN"]
    assert rules["keep-case"]["ADJA"] == ("er",)
    assert lemma_rules("en") == {}


def test_known_to_hanta_reads_the_lexicon() -> None:
    hanta_tagger()
    assert known_to_hanta("Merkel")
    assert not known_to_hanta("Davi")
