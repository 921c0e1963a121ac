"""Run `chronist_name_shapes` alone on a hand-made German parse (words, STTS tags, and
optionally dependencies) with the entities the model would have given."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

Entity = tuple[int, int, str]


def shaped(nlp: Language, words: list[str], tags: list[str], ents: list[Entity],
           deps: list[str] | None = None, heads: list[int] | None = None) -> list[tuple[str, str]]:
    """The entities (text, label) after the name-shape rules."""
    doc = Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=heads)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    doc = nlp.get_pipe("chronist_name_shapes")(doc)
    return [(e.text, e.label_) for e in doc.ents]
