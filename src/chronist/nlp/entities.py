"""Entity labels normalised to chronist's four: PER, LOC, ORG, MISC.

Each language's source labels (OntoNotes for spaCy's English model, GermEval for our
German one) map through `data/nlp/entity-labels-<lang>.yaml`; dates and numbers are
dropped because the time and quantity stages find those themselves.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from chronist.nlp.datafiles import entity_labels

LABELS = ("PER", "LOC", "ORG", "MISC")
FALLBACK = "MISC"


class EntityLabels:
    def __init__(self, lang: str) -> None:
        self.mapping = entity_labels(lang)

    def normalise(self, label: str) -> str | None:
        # A label missing from the table is still a name of something: keep it as MISC.
        return self.mapping.get(label, FALLBACK)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for ent in doc.ents:
            label = self.normalise(ent.label_)
            if label is not None:
                spans.append(Span(doc, ent.start, ent.end, label=label))
        doc.ents = spans
        return doc


@Language.factory("chronist_entity_labels", default_config={"lang": "en"})
def make_entity_labels(nlp: Language, name: str, lang: str) -> EntityLabels:
    return EntityLabels(lang)
