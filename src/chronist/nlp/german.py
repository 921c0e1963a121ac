"""The German pipeline: rules and HanTa on spaCy's German tokenizer.

    tokenizer           spaCy's German rules (abbreviations, "3." kept whole)
    chronist_de_sentences   sentence ends (ordinals, abbreviations, paragraphs)
    chronist_hanta      STTS tags, UPOS, lemmas (HanTa's bundled model)
    chronist_de_morphology  Konjunktiv I/II, tense, case/number/gender
    chronist_de_separable   "weist … zurück" -> lemma "zurückweisen"
"""

from __future__ import annotations

import spacy
from spacy.language import Language

# The imports register the component factories with spaCy.
from chronist.nlp import entities, hanta, morphology, sentences, separable  # noqa: F401


def build_german() -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("chronist_de_sentences")
    nlp.add_pipe("chronist_hanta")
    nlp.add_pipe("chronist_de_morphology")
    nlp.add_pipe("chronist_de_separable")
    return nlp
