"""Features of the event plausibility model: language-specific weights, the document's
political density, an actor in the trigger's own phrases and verbless sentences, on texts of
our own."""

from __future__ import annotations

import pytest

from chronist.document import Document
from chronist.events.plausibility import BY_LANGUAGE, document_facts, features, load_model
from chronist.pipeline import default_pipeline

GROUPS = {"GOV": "state", "MIL": "state", "IGO": "igo", "REB": "nonstate", "BUS": "private"}


def _doc(text: str, language: str, monkeypatch: pytest.MonkeyPatch) -> Document:
    monkeypatch.setenv("CHRONIST_PLAUSIBILITY", "0")
    doc = Document(text=text, language=language, published="2024-06-12")
    default_pipeline(language)(doc)
    monkeypatch.delenv("CHRONIST_PLAUSIBILITY")
    return doc


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Bundesregierung kritisierte Russland am Montag scharf."),
        ("en", "The French government criticised Russia sharply on Monday."),
    ],
)
def test_plausibility_english_weights_only_in_english(monkeypatch, language, text) -> None:
    doc = _doc(text, language, monkeypatch)
    model = load_model(language)
    assert model is not None and doc.events
    facts = document_facts(doc, doc.events, model.sector_groups)
    values = features(doc.events[0], doc, facts, model.types, model.sector_groups)
    english = float(language == "en")
    for name in [n for n in values if n.startswith("type=")] + list(BY_LANGUAGE):
        assert values[f"en*{name}"] == values[name] * english
    assert values["en*type=ACCUSE"] == english


def test_plausibility_political_share_counts_state_igo_and_nonstate_sentences(
    monkeypatch,
) -> None:
    text = (
        "Die Bundesregierung kritisierte Russland scharf.\n"
        "Die Vereinten Nationen riefen zur Ruhe auf.\n"
        "Das Wetter blieb am Abend kühl und windig.\n"
        "Ein Bäcker verkaufte am Morgen viele Brötchen."
    )
    doc = _doc(text, "de", monkeypatch)
    facts = document_facts(doc, doc.events, GROUPS)
    assert facts.sentences == 4
    assert facts.state_sentences == pytest.approx(0.25)
    assert facts.political_sentences == pytest.approx(0.5)  # the government and the UN


def _values(text: str, language: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, float]:
    doc = _doc(text, language, monkeypatch)
    model = load_model(language)
    assert model is not None and doc.events, text
    facts = document_facts(doc, doc.events, model.sector_groups)
    return features(doc.events[0], doc, facts, model.types, model.sector_groups)


@pytest.mark.parametrize(
    ("language", "text", "argument"),
    [
        ("en", "Russian troops attacked Ukrainian positions near Kharkiv.", 1.0),
        ("de", "Russische Truppen griffen die Stadt Charkiw an.", 1.0),
        # The actor is the speaker, not in a phrase of the trigger: a blockade threatens (a
        # storm, a natural force, does no act at all).
        ("en", "The blockade threatened the harvest, the Russian president said.", 0.0),
        ("de", "Die Blockade bedrohte die Ernte, sagte der russische Präsident.", 0.0),
    ],
)
def test_plausibility_actor_argument_of_the_trigger(
    monkeypatch, language: str, text: str, argument: float
) -> None:
    assert _values(text, language, monkeypatch)["trigger_actor_argument"] == argument


@pytest.mark.parametrize(
    ("language", "text", "verbless"),
    [
        ("en", "New Russian attacks on Kyiv", 1.0),
        ("de", "Neue russische Angriffe auf Kiew", 1.0),
        ("en", "Russian troops attacked Ukrainian positions near Kharkiv.", 0.0),
        ("de", "Russische Truppen griffen die Stadt Charkiw an.", 0.0),
    ],
)
def test_plausibility_verbless_sentence(
    monkeypatch, language: str, text: str, verbless: float
) -> None:
    assert _values(text, language, monkeypatch)["sentence_verbless"] == verbless
