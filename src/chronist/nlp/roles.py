"""Repairs of the German parse that rules do better than our small parser.

1. Paragraph breaks: a whitespace token ("\\n\\n") at the end of a sentence never
   occurs in the treebank, and the parser sometimes makes it the sentence root. The
   root moves to the whitespace token's largest dependent; the whitespace hangs off it.
2. Subject/object by case: German word order is free ("Den Vorschlag lehnte die
   Opposition ab": object first), and a parser trained on 37k words often takes the
   first noun phrase for the subject. The subject of a finite verb is nominative: when
   the parser's subject cannot be nominative and exactly one object of the same verb
   can, the two labels are swapped. Tokens without Case are left alone.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

SUBJECT = "nsubj"
OBJECT = "obj"
ATTACHED_SPACE = "dep"


class ParseRepairs:
    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        self._move_roots_off_whitespace(doc)
        # Subjects and objects by head, in one pass (a swap relabels only the children
        # of one head, so the groups of the other heads stay as they were).
        subjects: dict[int, list[Token]] = {}
        objects: dict[int, list[Token]] = {}
        for token in doc:
            dep = token.dep_
            if dep == SUBJECT:
                subjects.setdefault(token.head.i, []).append(token)
            elif dep == OBJECT:
                objects.setdefault(token.head.i, []).append(token)
        for head, found in sorted(subjects.items()):
            if len(found) == 1 and head in objects:
                _swap_by_case(found[0], objects[head])
        return doc

    @staticmethod
    def _move_roots_off_whitespace(doc: Doc) -> None:
        heads: list[int] = []
        deps: list[str] = []
        changed = False
        for sentence in doc.sents:
            new_root = _root_for(sentence)
            if new_root is None:
                continue
            if not changed:  # read only for the few Docs rooted on whitespace
                heads = [t.head.i for t in doc]
                deps = [t.dep_ for t in doc]
            old = sentence.root.i
            for token in sentence:
                if heads[token.i] == old:
                    heads[token.i] = new_root.i
            heads[new_root.i], deps[new_root.i] = new_root.i, "ROOT"
            heads[old], deps[old] = new_root.i, ATTACHED_SPACE
            changed = True
        if changed:
            array = numpy.zeros((len(doc), 2), dtype="uint64")
            array[:, 0] = numpy.array([h - i for i, h in enumerate(heads)], dtype="int64").astype(
                "uint64"
            )
            array[:, 1] = [doc.vocab.strings.add(d) for d in deps]
            doc.from_array([HEAD, DEP], array)


def _root_for(sentence: Span) -> Token | None:
    """The word that should be the root when the parser rooted the sentence on space."""
    root = sentence.root
    if not root.is_space:
        return None
    words = [c for c in root.children if not c.is_space]
    return max(words, key=lambda c: len(list(c.subtree)), default=None)


def _swap_by_case(subject: Token, objects: list[Token]) -> None:
    cases = subject.morph.get("Case")
    if not cases or "Nom" in cases:
        return
    nominative = [o for o in objects if "Nom" in o.morph.get("Case")]
    if len(nominative) == 1:
        subject.dep_, nominative[0].dep_ = OBJECT, SUBJECT


@Language.factory("chronist_de_roles")
def make_parse_repairs(nlp: Language, name: str) -> ParseRepairs:
    return ParseRepairs()
