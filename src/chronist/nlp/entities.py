"""Entity labels normalised to chronist's four: PER, LOC, ORG, MISC.

Each language's source labels (OntoNotes for spaCy's English model, GermEval for our
German one) map through `data/nlp/entity-labels-<lang>.yaml`; dates and numbers are
dropped because the time and quantity stages find those themselves.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from chronist.nlp.datafiles import entity_labels, entity_trim

LABELS = ("PER", "LOC", "ORG", "MISC")
FALLBACK = "MISC"
# Determiners (Penn DT, STTS ART) before a name and possessive endings after it.
LEADING_TAGS = frozenset({"DT", "ART", "PDT"})
TRAILING_TAGS = frozenset({"POS"})
TRAILING_TEXT = frozenset({"'", "'s", "’", "’s"})


class EntityLabels:
    def __init__(self, lang: str) -> None:
        self.mapping = entity_labels(lang)
        self.trim_words = entity_trim(lang)

    def normalise(self, label: str) -> str | None:
        # A label missing from the table is still a name of something: keep it as MISC.
        return self.mapping.get(label, FALLBACK)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for ent in doc.ents:
            label = self.normalise(ent.label_)
            start, end = self.trim(ent)
            if label is not None and start < end:
                spans.append(Span(doc, start, end, label=label))
        doc.ents = spans
        return doc

    def trim(self, ent: Span) -> tuple[int, int]:
        """Token bounds of the name inside an entity span ("the EU's" -> "EU")."""
        doc, start, end = ent.doc, ent.start, ent.end
        while start < end and (
            doc[start].tag_ in LEADING_TAGS or doc[start].lower_ in self.trim_words
        ):
            start += 1
        while end > start and (
            doc[end - 1].tag_ in TRAILING_TAGS or doc[end - 1].text in TRAILING_TEXT
        ):
            end -= 1
        return start, end


@Language.factory("chronist_entity_labels", default_config={"lang": "en"})
def make_entity_labels(nlp: Language, name: str, lang: str) -> EntityLabels:
    return EntityLabels(lang)
