"""The time stage: doc.times, doc.narrative and the inferred publication date."""

from __future__ import annotations

import pytest
import spacy

from chronist.document import Document
from chronist.time import build_stage, infer_published, load_lexicon
from chronist.time.tagger import TimeTagger


@pytest.fixture(scope="session")
def stages():
    return {lang: build_stage(lang) for lang in ("de", "en")}


@pytest.fixture(scope="session")
def blank_de():
    """A parser stand-in that only splits sentences (the stage reads analysis.sents)."""
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp


def test_stage_contract(stages):
    stage = stages["de"]
    assert stage.name == "time"
    assert stage.requires == ("analysis",)
    assert set(stage.assigns) == {"times", "narrative"}


def test_stage_tags_and_builds_the_narrative(stages, blank_de):
    text = "Im Oktober 2023 griff die Hamas an. Die Armee reagierte sofort."
    doc = Document(text=text, language="de", published="2026-03-12",
                   published_source="metadata")
    doc.analysis = blank_de(text)
    assert stages["de"](doc) is doc
    assert [(t.text, t.value) for t in doc.times] == [("Im Oktober 2023", "2023-10")]
    start = text.index("reagierte")
    assert doc.narrative.date_for(start, start + 9) == ("2023-10", "narrative")
    assert doc.published_source == "metadata"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Am 3. Mai 2024 wurde gewählt. Am 5. Mai 2024 trat er zurück. Gestern kam es zu "
         "Protesten.", "2024-05-05"),
        ("Im März 2024 wurde gewählt, im Oktober 2025 trat er zurück.", "2025-10"),
        ("Im Jahr 2025 sank die Zahl.", "2025"),
        ("Am 3. Mai 2024 wurde gewählt. Am 1. Juni 2025 soll erneut gewählt werden.",
         "2024-05-03"),
    ],
)
def test_stage_infers_a_missing_publication_date(stages, text, published):
    doc = Document(text=text, language="de")
    stages["de"](doc)
    assert (doc.published, doc.published_source) == (published, "inferred")


def test_stage_resolves_deictic_words_against_the_inferred_date(stages):
    doc = Document(text="Am 5. Mai 2024 trat er zurück. Gestern kam es zu Protesten.",
                   language="de")
    stages["de"](doc)
    assert {t.text: t.value for t in doc.times}["Gestern"] == "2024-05-04"


def test_stage_leaves_publication_unknown_without_dates(stages):
    doc = Document(text="Gestern kam es zu Protesten.", language="de")
    stages["de"](doc)
    assert (doc.published, doc.published_source) == (None, "unknown")


def test_infer_published_ignores_relative_expressions():
    tagger = TimeTagger(load_lexicon("de"))
    times = tagger.tag("Vor drei Jahren, im Mai 2021, begann es.", None)
    assert infer_published(times).iso() == "2021-05"


@pytest.fixture(scope="session")
def parsed_en():
    """A tiny English parse built by hand: 'said' (past) governs a clause whose verb
    'held' has the auxiliary 'would' (future), which governs 'Friday'."""
    from spacy.tokens import Doc

    nlp = spacy.blank("en")
    words = ["He", "said", "the", "vote", "would", "be", "held", "Friday", "."]
    heads = [1, 1, 3, 6, 6, 6, 1, 6, 1]
    deps = ["nsubj", "ROOT", "det", "nsubjpass", "aux", "auxpass", "ccomp", "npadvmod", "punct"]
    pos = ["PRON", "VERB", "DET", "NOUN", "AUX", "AUX", "VERB", "PROPN", "PUNCT"]
    morphs = ["", "Tense=Past|VerbForm=Fin", "", "", "VerbForm=Fin", "VerbForm=Inf",
              "Tense=Past|VerbForm=Part", "", ""]
    lemmas = ["he", "say", "the", "vote", "would", "be", "hold", "Friday", "."]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs,
               lemmas=lemmas, sent_starts=[True] + [False] * 8)


def test_stage_reads_tense_from_the_governing_verb(stages, parsed_en):
    doc = Document(text=parsed_en.text, language="en", published="2026-03-12",
                   published_source="given")
    doc.analysis = parsed_en
    stages["en"](doc)
    friday = {t.text: t for t in doc.times}["Friday"]
    # "would be held" is future although "said" is past: the next Friday
    assert (friday.value, friday.attributes.get("tense")) == ("2026-03-13", "future")


def _parsed_de(words, heads, deps, pos, morphs, lemmas):
    from spacy.tokens import Doc

    nlp = spacy.blank("de")
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs,
               lemmas=lemmas, sent_starts=starts)


@pytest.fixture(scope="session")
def flashback_de():
    """Hand-made parse: a dated main event, a pluperfect flashback with its own date
    (hung on the auxiliary, as parsers do), an undated sentence and an anaphoric
    "Wochen später"."""
    rows = [
        # word, head, dep, pos, morph, lemma
        ("Am", 1, "case", "ADP", "", "an"),
        ("Dienstag", 2, "obl", "PROPN", "", "Dienstag"),
        ("protestierten", 2, "ROOT", "VERB", "Tense=Past|VerbForm=Fin", "protestieren"),
        ("Bauern", 2, "nsubj", "NOUN", "", "Bauer"),
        (".", 2, "punct", "PUNCT", "", "."),
        ("Im", 6, "case", "ADP", "", "in"),
        ("Februar", 7, "obl", "PROPN", "", "Februar"),
        ("hatte", 10, "aux", "AUX", "Tense=Past|VerbForm=Fin", "haben"),
        ("die", 9, "det", "DET", "", "der"),
        ("Regierung", 10, "nsubj", "NOUN", "", "Regierung"),
        ("gekürzt", 10, "ROOT", "VERB", "VerbForm=Part", "kürzen"),
        (".", 10, "punct", "PUNCT", "", "."),
        ("Die", 13, "det", "DET", "", "der"),
        ("Polizei", 14, "nsubj", "NOUN", "", "Polizei"),
        ("schritt", 14, "ROOT", "VERB", "Tense=Past|VerbForm=Fin", "schreiten"),
        ("ein", 14, "compound:prt", "ADP", "", "ein"),
        (".", 14, "punct", "PUNCT", "", "."),
        ("Wochen", 18, "nmod", "NOUN", "", "Woche"),
        ("später", 19, "advmod", "ADV", "", "später"),
        ("kam", 19, "ROOT", "VERB", "Tense=Past|VerbForm=Fin", "kommen"),
        ("es", 19, "nsubj", "PRON", "", "es"),
        ("heraus", 19, "compound:prt", "ADP", "", "heraus"),
        (".", 19, "punct", "PUNCT", "", "."),
    ]
    return _parsed_de(*map(list, zip(*rows, strict=True)))


def test_stage_keeps_the_story_time_across_a_flashback(stages, flashback_de):
    doc = Document(text=flashback_de.text, language="de", published="2026-03-12",
                   published_source="given")
    doc.analysis = flashback_de
    stages["de"](doc)
    times = {t.text: t for t in doc.times}
    assert times["Im Februar"].value == "2026-02"
    assert times["Am Dienstag"].moves_narrative
    assert not times["Im Februar"].moves_narrative  # a pluperfect clause: a flashback
    # an undated clause after the flashback is back in the story's time ...
    start = doc.text.index("schritt")
    assert doc.narrative.date_for(start, start + 7) == ("2026-03-10", "narrative")
    # ... while an anaphor counts from the last time told, the flashback's
    assert times["Wochen später"].value == "2026-02"


def test_stage_marks_a_wire_dateline_which_dates_no_clause(stages):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = ("Envoy summoned\nANKARA, March 11 (Reuters) - Turkey summoned the envoy on "
            "Tuesday.\nNEW YORK - Markets fell.")
    doc = Document(text=text, language="en", published="2026-03-11", published_source="given")
    doc.analysis = nlp(text)
    stages["en"](doc)
    marked = {t.text: bool(t.attributes.get("dateline")) for t in doc.times}
    assert marked == {"March 11": True, "Tuesday": False}
    start = text.index("summoned the")
    # the filing date is not the clause's date: the nearest other date is
    assert doc.narrative.explicit_for(start, start + 8) == "2026-03-10"
