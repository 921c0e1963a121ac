"""The NLP backbone: API, German phenomena, entity labels, offsets, no network."""

from __future__ import annotations

import socket

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from chronist.document import Document
from chronist.errors import UnsupportedLanguageError
from chronist.nlp import analyse, build_stage, load
from chronist.nlp.entities import EntityLabels


@pytest.fixture(scope="session")
def german() -> Language:
    return load("de")


@pytest.fixture(scope="session")
def english() -> Language:
    return load("en")


def _token(doc: Doc, text: str):
    return next(t for t in doc if t.text == text)


def test_load_caches_one_pipeline_per_language(german: Language, english: Language) -> None:
    assert load("de") is german
    assert load("en") is english


def test_load_rejects_unsupported_language() -> None:
    with pytest.raises(UnsupportedLanguageError):
        load("fr")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Der Außenminister  reiste am 3. März nach Kiew.\n\nDort traf er Selenskyj."),
        ("en", "The minister  travelled to Kyiv on March 3.\n\nThere he met Zelensky."),
    ],
)
def test_analyse_offsets_match_input(german: Language, english: Language, language, text) -> None:
    doc = analyse(text, language)
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token)] == token.text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Litauen weist Diplomaten aus\n\nVilnius. Die Regierung hat drei Diplomaten "
               "ausgewiesen\nDie Polizei nahm vier Personen fest"),
        ("en", "Turkey summons Swedish envoy over protest\n\nANKARA, March 11 (Reuters) - "
               "Turkey summoned the envoy\nPolice detained two men"),
    ],
)
def test_analyse_ends_every_sentence_at_a_line_break(
    german: Language, english: Language, language, text
) -> None:
    # titles and captions end without a full stop; no sentence may run across them
    doc = analyse(text, language)
    assert doc.text == text
    assert all("\n" not in sentence.text.strip() for sentence in doc.sents)
    assert any(sentence.text.startswith("Police") or sentence.text.startswith("Die Polizei")
               for sentence in doc.sents)


@pytest.mark.parametrize("language", ["de", "en"])
def test_build_stage_assigns_analysis(german: Language, english: Language, language) -> None:
    stage = build_stage(language)
    assert stage.name == "nlp"
    assert (stage.requires, stage.assigns) == (("text", "language"), ("analysis",))
    doc = Document(text="Berlin ist groß. Paris auch.", language=language)
    assert stage(doc) is doc
    assert isinstance(doc.analysis, Doc) and doc.analysis.text == doc.text


@pytest.mark.parametrize(
    ("text", "verb", "lemma"),
    [
        ("Die Regierung weist die Vorwürfe entschieden zurück.", "weist", "zurückweisen"),
        ("Der Minister sagte seine Teilnahme am Gipfel zu.", "sagte", "zusagen"),
        ("Russland zieht seine Truppen aus der Region ab.", "zieht", "abziehen"),
        ("Die Regierung weist die Vorwürfe, die sie erhoben hat, zurück.", "weist", "zurückweisen"),
        ("Sie erklärte, dass sie die Vorwürfe zurückweise.", "erklärte", "erklären"),
    ],
)
def test_german_separable_particle_joins_lemma(german: Language, text, verb, lemma) -> None:
    assert _token(analyse(text, "de"), verb).lemma_ == lemma


@pytest.mark.parametrize(
    ("text", "verb", "mood", "tense"),
    [
        ("Der Sprecher sagte, die Regierung habe keine Kenntnis.", "habe", "Sub", "Pres"),
        ("Er sagte, der Angriff sei ein Fehler gewesen.", "sei", "Sub", "Pres"),
        ("Sie erklärte, man werde die Sanktionen verschärfen.", "werde", "Sub", "Pres"),
        ("Der Minister sagte, das Land könne nicht warten.", "könne", "Sub", "Pres"),
        ("Sie betonte, die Regierung fordere einen Waffenstillstand.", "fordere", "Sub", "Pres"),
        ("Ohne Hilfe wäre die Stadt gefallen.", "wäre", "Sub", "Past"),
        ("Die Armee würde sich zurückziehen.", "würde", "Sub", "Past"),
        ("Das Parlament hätte zustimmen müssen.", "hätte", "Sub", "Past"),
        ("Die Gespräche könnten scheitern.", "könnten", "Sub", "Past"),
        ("Ich habe keine Zeit.", "habe", "Ind", "Pres"),
        ("Die Regierung hat die Sanktionen verschärft.", "hat", "Ind", "Pres"),
        ("Der Präsident sagte nichts.", "sagte", "Ind", "Past"),
        ("Die Truppen kamen am Morgen.", "kamen", "Ind", "Past"),
        # A strong past whose root ends in -t is told from the present by its vowel.
        ("Der Minister trat am Montag zurück.", "trat", "Ind", "Past"),
        ("Die Ministerin tritt am Montag zurück.", "tritt", "Ind", "Pres"),
        ("Die Botschaft erhielt eine Protestnote.", "erhielt", "Ind", "Past"),
        ("Die Botschaft erhält eine Protestnote.", "erhält", "Ind", "Pres"),
        ("Der Konzern bot den Piloten mehr Geld an.", "bot", "Ind", "Past"),
        ("Das Verbot galt für alle Parteien.", "galt", "Ind", "Past"),
        ("Das Verbot gilt für alle Parteien.", "gilt", "Ind", "Pres"),
        # A particle standing apart leaves the root and its ending to tell the tense.
        ("Die Ministerin kündige Gespräche an, hieß es.", "kündige", "Sub", "Pres"),
    ],
)
def test_german_mood_and_tense(german: Language, text, verb, mood, tense) -> None:
    token = _token(analyse(text, "de"), verb)
    assert token.morph.get("Mood") == [mood]
    assert token.morph.get("Tense") == [tense]


@pytest.mark.parametrize(
    ("text", "word", "case", "number"),
    [
        ("Er sprach mit dem Präsidenten.", "Präsidenten", ["Dat"], ["Sing"]),
        ("Sie kritisierte den Angriff scharf.", "Angriff", ["Acc"], ["Sing"]),
        ("Das Treffen des Ministers fand statt.", "Ministers", ["Gen"], ["Sing"]),
        ("Er sprach mit den Soldaten.", "Soldaten", ["Dat"], ["Plur"]),
        ("Er kritisierte den Soldaten.", "Soldaten", ["Acc", "Dat"], None),
        ("Die Regierung verurteilte die Angriffe.", "Angriffe", ["Acc", "Nom"], ["Plur"]),
        ("Sie reisten zur Konferenz.", "Konferenz", ["Dat"], ["Sing"]),
        ("Er hat ihn gestern getroffen.", "ihn", ["Acc"], ["Sing"]),
    ],
)
def test_german_case_and_number(german: Language, text, word, case, number) -> None:
    token = _token(analyse(text, "de"), word)
    assert token.morph.get("Case") == case
    if number is not None:  # "den Soldaten": Acc Sing or Dat Plur, both stay open
        assert token.morph.get("Number") == number


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Am 3. März kam es zum Streit. Danach reiste er ab.", 2),
        ("Das geschah 2023. Danach kam der Frieden.", 2),
        ("Dr. Müller, u.a. Vorsitzender, sprach. Er ging.", 2),
        ("„Nein!“, sagte er. Sie schwieg.", 2),
        ("Der 20. Jahrestag wurde gefeiert.\n\nNeue Zeile", 2),
    ],
)
def test_german_sentences(german: Language, text, sentences) -> None:
    assert len(list(analyse(text, "de").sents)) == sentences


@pytest.mark.parametrize(
    ("lang", "label", "target"),
    [
        ("en", "PERSON", "PER"),
        ("en", "GPE", "LOC"),
        ("en", "FAC", "LOC"),
        ("en", "NORP", "MISC"),
        ("en", "ORG", "ORG"),
        ("en", "DATE", None),
        ("en", "CARDINAL", None),
        ("de", "LOCderiv", "MISC"),
        ("de", "OTH", "MISC"),
    ],
)
def test_entity_label_normalisation(lang, label, target) -> None:
    assert EntityLabels(lang).normalise(label) == target


def test_english_entities_use_chronist_labels(english: Language) -> None:
    doc = analyse("Chancellor Olaf Scholz met French officials in Paris on Monday.", "en")
    labels = {ent.text: ent.label_ for ent in doc.ents}
    assert labels.get("Paris") == "LOC"
    assert set(labels.values()) <= {"PER", "LOC", "ORG", "MISC"}


def test_english_passive_and_tense(english: Language) -> None:
    doc = analyse("The embassy was attacked by protesters.", "en")
    deps = {t.text: t.dep_ for t in doc}
    assert deps["embassy"] == "nsubjpass" and deps["was"] == "auxpass"
    assert _token(doc, "was").morph.get("Tense") == ["Past"]


def test_nothing_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    load.cache_clear()
    try:
        for language in ("de", "en"):
            assert len(analyse("Berlin und Paris verhandeln.", language)) > 0
    finally:
        load.cache_clear()
