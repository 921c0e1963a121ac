"""German subject/object repair: the parser's roles checked against case.

German word order is free ("Den Vorschlag lehnte die Opposition ab": object first),
and a parser trained on 37k words often takes the first noun phrase for the subject.
Case decides: the subject of a finite verb is nominative. When the parser's subject
cannot be nominative and an object of the same verb can, the two labels are swapped.
Only unambiguous evidence is used (tokens without Case are left alone).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

SUBJECT = "nsubj"
OBJECT = "obj"


class CaseRoles:
    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        for head in doc:
            subjects = [c for c in head.children if c.dep_ == SUBJECT]
            objects = [c for c in head.children if c.dep_ == OBJECT]
            if len(subjects) == 1 and objects:
                self._repair(subjects[0], objects)
        return doc

    @staticmethod
    def _repair(subject: Token, objects: list[Token]) -> None:
        cases = subject.morph.get("Case")
        if not cases or "Nom" in cases:
            return
        nominative = [o for o in objects if "Nom" in o.morph.get("Case")]
        if len(nominative) == 1:
            subject.dep_, nominative[0].dep_ = OBJECT, SUBJECT


@Language.factory("chronist_de_roles")
def make_case_roles(nlp: Language, name: str) -> CaseRoles:
    return CaseRoles()
