"""The German pipeline: rules and HanTa on spaCy's German tokenizer, plus our trained
syntax and NER models (src/chronist/nlp/models/de/, see their MODEL_CARD.md).

    tokenizer                spaCy's German rules (abbreviations, "3." kept whole)
    chronist_de_split_compounds  "Nato-Gipfel" -> Nato - Gipfel, as UD (and the syntax model)
    chronist_de_sentences    sentence ends (ordinals, abbreviations, paragraphs)
    chronist_hanta           STTS tags, UPOS, lemmas (HanTa's bundled model)
    tok2vec, morphologizer   UPOS in UD's conventions          } models/de/syntax
    parser                   UD dependencies                   }
    chronist_de_morphology   Konjunktiv I/II, tense, case/number/gender, pronoun lemmas
    chronist_de_roles        parse repairs: roots off whitespace, nsubj/obj by case
    chronist_upos_rules      UPOS in UD's conventions (data/nlp/upos-rules-de.yaml)
    chronist_de_merge_compounds  the parts joined again: one token "Nato-Gipfel"
    ner                      PER/LOC/ORG/OTH/LOCderiv          } models/de/ner
    chronist_entity_labels   -> PER/LOC/ORG/MISC
    chronist_name_shapes     labels/spans from given names, organisation heads, address
    chronist_kb_entities     names the actor knowledge base knows (data/nlp/entity-knowledge-de)
    chronist_de_separable    "weist … zurück" -> lemma "zurückweisen"

The trained models read HanTa's tags and lemmas as input features, so they are loaded
as spaCy pipelines that contain chronist's rule components.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import spacy
from spacy.language import Language

# The imports register the component factories with spaCy.
from chronist.nlp import (  # noqa: F401
    compounds,
    entities,
    hanta,
    knowledge,
    morphology,
    name_shapes,
    roles,
    sentences,
    separable,
    upos,
)

MODELS = Path(__file__).resolve().parent / "models" / "de"
SYNTAX = MODELS / "syntax"
NER = MODELS / "ner"


def build_german(syntax: Path = SYNTAX, ner: Path = NER) -> Language:
    if syntax.is_dir():
        nlp = spacy.load(syntax)
    else:
        warnings.warn(f"no German syntax model at {syntax}: tags and lemmas only", stacklevel=2)
        nlp = spacy.blank("de")
        nlp.add_pipe("chronist_de_sentences")
        nlp.add_pipe("chronist_hanta")
    nlp.add_pipe("chronist_de_morphology")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("chronist_de_roles")
    nlp.add_pipe("chronist_upos_rules", config={"lang": "de"})
    # UD German (the syntax model's training data) splits hyphenated compounds; NER
    # (trained on GermEval) and the later stages read them whole.
    nlp.add_pipe("chronist_de_split_compounds", first=True)
    nlp.add_pipe("chronist_de_merge_compounds")
    if ner.is_dir():
        nlp.add_pipe("ner", source=spacy.load(ner))
        nlp.add_pipe("chronist_entity_labels", config={"lang": "de"})
        nlp.add_pipe("chronist_name_shapes", config={"lang": "de"})
        nlp.add_pipe("chronist_kb_entities", config={"lang": "de"})
    else:
        warnings.warn(f"no German NER model at {ner}: no entities", stacklevel=2)
    nlp.add_pipe("chronist_de_separable")
    return nlp
