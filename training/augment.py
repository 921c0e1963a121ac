"""Mention replacement for the German NER training data (no new corpus needed).

A copy of a training sentence gets each PER/LOC/ORG mention swapped for another name of
the same label, drawn from the training set's own entity inventory and from the actor
knowledge base (src/chronist/data/actors/, written by us). The model then has to learn a
name's label from its context and shape instead of memorising the few thousand names
that GermEval's quarter holds.

German marks the genitive of a name with -s ("Merkels Rede"). A mention that is the
-s form of a known name is replaced by the new name with -s; a new name that already
ends in a sibilant would need an apostrophe ("Paris'") and is not used there; a mention
ending in -s whose base form is unknown ("Müllers": genitive or not?) is kept as it is.

Writes training/corpus/de-ner-train-augmented.spacy: GermEval dev 1-1700 + test 1-3100
(the GermEval part of the NER training data, as training/corpora.py splits it) followed by
one copy with its names swapped. Measured as a further training stage (NER model card).

    python training/augment.py [--shared ../shared] [--copies 1]
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterable, Iterator
from pathlib import Path

Sentence = list[tuple[str, str]]  # (word, IOB2 tag)
Name = tuple[str, ...]
SWAPPED = ("PER", "LOC", "ORG")
GENITIVE = "s"
# A name ending in one of these takes an apostrophe, not -s, in the genitive.
SIBILANTS = ("s", "ß", "x", "z", "ce")


def mentions(sentence: Sentence) -> Iterator[tuple[int, int, str]]:
    """(start, end, label) of every entity in an IOB2 sentence."""
    start, label = -1, ""
    for i, (_, tag) in enumerate([*sentence, ("", "O")]):
        if start >= 0 and not tag.startswith("I-"):
            yield start, i, label
            start = -1
        if tag.startswith("B-"):
            start, label = i, tag[2:]


def inventory(sentences: Iterable[Sentence]) -> dict[str, set[Name]]:
    """The names of each swapped label in the sentences."""
    names: dict[str, set[Name]] = {label: set() for label in SWAPPED}
    for sentence in sentences:
        for start, end, label in mentions(sentence):
            if label in names:
                names[label].add(tuple(word for word, _ in sentence[start:end]))
    return names


def genitive_base(name: Name, known: set[Name]) -> Name | None:
    """The known name whose -s genitive `name` is ("Merkels" -> "Merkel"), else None."""
    last = name[-1]
    if not last.endswith(GENITIVE) or len(last) < 3:
        return None
    base = (*name[:-1], last[: -len(GENITIVE)])
    return base if base in known else None


def base_names(names: dict[str, set[Name]]) -> dict[str, list[Name]]:
    """Each label's names without the genitive forms, sorted (reproducible sampling)."""
    known = set().union(*names.values())
    return {
        label: sorted(n for n in group if genitive_base(n, known) is None)
        for label, group in names.items()
    }


class Replacer:
    def __init__(self, names: dict[str, set[Name]], seed: int = 0) -> None:
        self.known = set().union(*names.values())
        self.pool = base_names(names)
        self.random = random.Random(seed)

    def replacement(self, name: Name, label: str) -> Name | None:
        """A new name for the mention `name`, inflected like it; None to keep it."""
        base = genitive_base(name, self.known)
        new = self.random.choice(self.pool[label])
        if base is None:
            return None if name[-1].endswith(GENITIVE) else new
        if new[-1].endswith(SIBILANTS):
            return None
        return (*new[:-1], new[-1] + GENITIVE)

    def swap(self, sentence: Sentence) -> Sentence:
        """The sentence with its PER/LOC/ORG mentions replaced."""
        out: Sentence = []
        previous = 0
        for start, end, label in mentions(sentence):
            if label not in self.pool or not self.pool[label]:
                continue
            new = self.replacement(tuple(w for w, _ in sentence[start:end]), label)
            if new is None:
                continue
            out.extend(sentence[previous:start])
            out.extend((word, ("B-" if i == 0 else "I-") + label) for i, word in enumerate(new))
            previous = end
        out.extend(sentence[previous:])
        return out


def knowledge_names(lang: str = "de") -> dict[str, set[Name]]:
    """Names the actor knowledge base knows, by entity label (as chronist_kb_entities
    labels them: data/nlp/entity-knowledge-<lang>.yaml), without generated genitives
    and compass regions ("Nordsyrien"), split into words as GermEval writes them."""
    import spacy

    from chronist.actors.kb import load_kb
    from chronist.nlp.datafiles import entity_knowledge

    rules: dict[tuple[str, str], str] = {}
    for entry in entity_knowledge(lang) or []:
        rules.setdefault((entry.kind, entry.form), entry.label)
    kb = load_kb(lang)
    prefixes = tuple(kb.morphology.compass_prefixes)
    tokenizer = spacy.blank(lang).tokenizer
    names: dict[str, set[Name]] = {label: set() for label in SWAPPED}
    for surface, targets in sorted(kb.gazetteer.exact.items()):
        labels = [rules[(t.kind, t.form)] for t in targets
                  if (t.kind, t.form) in rules and not t.genitive]
        if not labels or _compass_region(surface, prefixes, kb.gazetteer.exact):
            continue
        names[labels[0]].add(tuple(t.text for t in tokenizer(surface)))
    return names


def _compass_region(surface: str, prefixes: tuple[str, ...], known: dict) -> bool:
    for prefix in prefixes:
        rest = surface[len(prefix):]
        if surface.startswith(prefix) and rest[:1].islower():
            if rest[:1].upper() + rest[1:] in known:
                return True
    return False


def augmented(sentences: list[Sentence], copies: int, seed: int = 0,
              extra: dict[str, set[Name]] | None = None) -> list[Sentence]:
    """The sentences followed by `copies` copies of those with a mention swapped."""
    names = inventory(sentences)
    for label, group in (extra or {}).items():
        names[label] |= group
    replacer = Replacer(names, seed)
    out = list(sentences)
    for _ in range(copies):
        out.extend(replacer.swap(s) for s in sentences if any(mentions(s)))
    return out


def main() -> None:
    import spacy
    from corpora import HERE, germeval_parts, ner_docs, save  # type: ignore[import-not-found]

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    train, _, _ = germeval_parts(args.shared / "corpora")
    swapped = augmented(train, args.copies, extra=knowledge_names())
    save("de-ner-train-augmented", ner_docs(spacy.blank("de"), swapped))


if __name__ == "__main__":
    main()
