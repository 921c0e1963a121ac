"""UPOS conventions (data/nlp/upos-rules-de.yaml) and UD lemmas of closed-class words."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from chronist.nlp import analyse, load
from chronist.nlp.datafiles import upos_rules


@pytest.fixture(scope="session")
def german() -> Language:
    return load("de")


def _doc(nlp: Language, rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """rows: (word, STTS tag, UPOS from the model, dependency, head index)."""
    words, tags, pos, deps, heads = (list(column) for column in zip(*rows, strict=True))
    return Doc(nlp.vocab, words=words, tags=tags, pos=pos, deps=deps, heads=heads)


def test_upos_rules_run_after_the_parser(german: Language) -> None:
    names = german.pipe_names
    assert names.index("chronist_de_roles") < names.index("chronist_upos_rules")
    assert all(rule.tags or rule.words or rule.deps for rule in upos_rules("de"))


@pytest.mark.parametrize(
    ("rows", "word", "upos"),
    [
        # An adverbially used adjective is ADV, a predicative one stays ADJ.
        ([("Sie", "PPER", "PRON", "nsubj", 1), ("sang", "VVFIN", "VERB", "ROOT", 1),
          ("laut", "ADJD", "ADJ", "advmod", 1)], "laut", "ADV"),
        ([("Sie", "PPER", "PRON", "nsubj", 2), ("ist", "VAFIN", "AUX", "cop", 2),
          ("laut", "ADJD", "ADJ", "ROOT", 2)], "laut", "ADJ"),
        # The comparison particle before a noun.
        ([("Er", "PPER", "PRON", "nsubj", 1), ("arbeitet", "VVFIN", "VERB", "ROOT", 1),
          ("als", "APPR", "ADP", "case", 3), ("Lehrer", "NN", "NOUN", "obl", 1)], "als",
         "CCONJ"),
        # "als" opening a clause (KOUS) keeps the morphologizer's tag.
        ([("als", "KOUS", "SCONJ", "mark", 2), ("er", "PPER", "PRON", "nsubj", 2),
          ("kam", "VVFIN", "VERB", "ROOT", 2)], "als", "SCONJ"),
        # A month the model took for a name is a common noun.
        ([("Im", "APPRART", "ADP", "case", 1), ("Oktober", "NN", "PROPN", "ROOT", 1)],
         "Oktober", "NOUN"),
        ([("Der", "ART", "DET", "det", 1), ("Kanzler", "NN", "NOUN", "ROOT", 1)],
         "Kanzler", "NOUN"),
        ([("5", "CARD", "NUM", "nummod", 1), ("%", "$(", "NOUN", "ROOT", 1)], "%", "SYM"),
        # "als"/"wie" opening a clause, whatever HanTa's tag, are subordinators.
        ([("wie", "KOKOM", "CCONJ", "mark", 2), ("sie", "PPER", "PRON", "nsubj", 2),
          ("sagte", "VVFIN", "VERB", "ROOT", 2)], "wie", "SCONJ"),
        # haben/sein/werden and modals: AUX as auxiliary or copula, VERB as main verb.
        ([("Sie", "PPER", "PRON", "nsubj", 1), ("hat", "VAFIN", "AUX", "ROOT", 1),
          ("Geld", "NN", "NOUN", "obj", 1)], "hat", "VERB"),
        ([("Sie", "PPER", "PRON", "nsubj", 2), ("hat", "VAFIN", "VERB", "aux", 2),
          ("gewonnen", "VVPP", "VERB", "ROOT", 2)], "hat", "AUX"),
        ([("Er", "PPER", "PRON", "nsubj", 1), ("will", "VMFIN", "AUX", "ROOT", 1),
          ("Frieden", "NN", "NOUN", "obj", 1)], "will", "VERB"),
        # A participle stays VERB, with a copula too (the event coder reads it as a verb).
        ([("Sie", "PPER", "PRON", "nsubj", 2), ("ist", "VAFIN", "AUX", "cop", 2),
          ("abgeschlossen", "VVPP", "VERB", "ROOT", 2)], "abgeschlossen", "VERB"),
    ],
)
def test_upos_rules_give_ud_conventions(german: Language, rows, word, upos) -> None:
    doc = german.get_pipe("chronist_upos_rules")(_doc(german, rows))
    assert next(t for t in doc if t.text == word).pos_ == upos


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Andere Länder lehnten den Plan ab.", "Andere", "anderer"),
        ("Die Regierung kündigte weitere Sanktionen an.", "weitere", "weiterer"),
        ("Einige Abgeordnete stimmten dagegen.", "Einige", "einige"),
        ("Alle Minister waren anwesend.", "Alle", "alle"),
        ("Mehrere Abgeordnete stimmten dagegen.", "Mehrere", "mehr"),
        ("Viele Menschen flohen aus der Stadt.", "Viele", "viel"),
        ("Er wusste nicht, was sie wollte.", "was", "was"),
        ("Zwei Soldaten wurden verletzt.", "Zwei", "zwei"),
        ("Chinas Regierung wies die Vorwürfe zurück.", "Chinas", "China"),
        ("Die Rede Merkels wurde gelobt.", "Merkels", "Merkel"),
    ],
)
def test_closed_class_lemmas_follow_ud(german: Language, text, word, lemma) -> None:
    doc = analyse(text, "de")
    assert next(t for t in doc if t.text == word).lemma_ == lemma


@pytest.mark.parametrize(
    ("text", "word", "upos"),
    [
        ("Nobody knows when the talks will resume.", "when", "ADV"),
        ("All of them voted against the bill.", "All", "DET"),
        ("He was jailed for insulting the president.", "for", "SCONJ"),
        ("He was jailed for two years.", "for", "ADP"),
        # Runs of punctuation are PUNCT whatever Penn tag the model guessed.
        ("Write to me at <anna@example.org> -- today.", "<", "PUNCT"),
        ("Write to me at <anna@example.org> -- today.", "--", "PUNCT"),
        ("They sell apples, pears, plums etc. at the market.", "etc", "NOUN"),
        ("What kind of deal did they make?", "What", "DET"),
        ("What did they agree?", "What", "PRON"),
        ("lol that was a great game", "lol", "INTJ"),
        ("Prices rose by 5 % in May.", "%", "SYM"),
    ],
)
def test_english_upos_follows_ud(text, word, upos) -> None:
    doc = analyse(text, "en")
    assert next(t for t in doc if t.text == word).pos_ == upos


@pytest.mark.parametrize("language", ["de", "en"])
def test_whitespace_between_lines_is_space(language: str) -> None:
    text = "Die Regierung trat zurück.\n\nNeue Wahlen folgen." if language == "de" else (
        "The government resigned.\n\nNew elections follow.")
    doc = analyse(text, language)
    assert [t.pos_ for t in doc if t.is_space] == ["SPACE"]
