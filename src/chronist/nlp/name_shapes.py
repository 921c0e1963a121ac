"""Entity labels and spans repaired from the shape of a name (`data/nlp/entity-names-
<lang>.yaml`), after the statistical NER and before the knowledge-base merge.

The German model was trained on a quarter of GermEval and labels unseen names by
guesswork ("Uta Hagen" a place, "Lee Strasberg Theatre" a place, "Peter" without
"Filzmaier"). What every reader of German knows about the make-up of names decides
instead:

- a name that starts with a given name is a person's: a LOC/ORG entity becomes PER, a
  given name right before an entity joins it as a person, and a person's entity ending
  in a given name takes the proper noun after it ("Peter" + "Filzmaier");
- a name that ends in an organisation's head word (legal form, kind of body) is an
  organisation's, and an entity right before such a word is extended to it ("Carlsen"
  + "Comics");
- after a form of address ("Frau", "Herrn", "Dr.") an unrecognised proper noun is a
  person, and an entity there is one; so is a place's or organisation's entity right
  after a noun for a person's office, trade or role ("Olympiasieger Casartelli");
- the surname of a person named in full is that person where it stands alone;
- a proper noun no entity covers that is the subject of a finite verb is a person
  ("Huber agierte", "Pofalla gehört"): places and organisations that act are the
  knowledge base's, which overrides this label afterwards.

Organisation heads come last, so "Dave Matthews Band" is an organisation although it
starts with a given name. The knowledge base's names still win afterwards.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from chronist.nlp.datafiles import entity_names

# STTS tags of a word that can be (part of) a name: proper noun, common noun (HanTa tags
# unknown surnames NN: "Filzmaier"), foreign word.
NAME_TAGS = frozenset({"NE", "NN", "FM"})
PERSON = "PER"
RELABELLED = frozenset({"LOC", "ORG"})
NAMES = frozenset({"PER", "LOC", "ORG"})
# Proper nouns an entity may run over to reach its organisation head ("Buena" + "Vista
# Winery"); further on the head belongs to something else.
MAX_NAME_BEFORE_HEAD = 2
# STTS finite verbs: full, auxiliary, modal.
FINITE_VERBS = frozenset({"VVFIN", "VAFIN", "VMFIN"})


class NameShapes:
    def __init__(self, lang: str) -> None:
        names = entity_names(lang)
        self.given = names.given if names else frozenset()
        self.org_heads = names.org_heads if names else frozenset()
        self.org_nouns = names.org_nouns if names else ()
        self.address = names.address if names else frozenset()
        self.person_nouns = names.person_nouns if names else ()
        # the bare word first: "Instituts" is "Institut" + genitive -s
        self.head_forms = ("", *names.genitive_endings) if names else ("",)

    def __call__(self, doc: Doc) -> Doc:
        if not (self.given or self.org_heads or self.org_nouns or self.address):
            return doc
        spans = [(e.start, e.end, e.label_) for e in doc.ents]
        spans = self._given_names(doc, spans)
        spans = self._addressed(doc, spans)
        spans = self._organisations(doc, spans)
        spans = _subjects(doc, spans, self.address)
        spans = _surnames(doc, spans)
        doc.ents = [Span(doc, s, e, label=label) for s, e, label in sorted(spans)]
        return doc

    def _is_given(self, token: Token) -> bool:
        # "Erkki-Sven": the first part of a double first name.
        return token.text in self.given or token.text.split("-")[0] in self.given

    def _given_names(
        self, doc: Doc, spans: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        taken = _taken(spans)
        spans = spans + self._lone_given_names(doc, taken)
        taken = _taken(spans)
        out = []
        for start, end, label in spans:
            if label in RELABELLED and end - start > 1 and self._is_given(doc[start]):
                label = PERSON
            if start > 0 and start - 1 not in taken and self._is_given(doc[start - 1]):
                start, label = start - 1, PERSON
            if (label == PERSON and self._is_given(doc[end - 1]) and end < len(doc)
                    and end not in taken and _proper(doc[end])):
                end += 1
            out.append((start, end, label))
        return out

    def _lone_given_names(self, doc: Doc, taken: set[int]) -> list[tuple[int, int, str]]:
        """Given names the model passed over, each run of them one person ("Yvonne",
        "Karl Heinz"); one right before an entity is left to join that entity."""
        found: list[tuple[int, int, str]] = []
        i = 0
        while i < len(doc):
            end = i
            while end < len(doc) and end not in taken and _proper(doc[end]) and self._is_given(
                doc[end]
            ):
                end += 1
            if end > i and end not in taken:
                found.append((i, end, PERSON))
            i = max(end, i + 1)
        return found

    def _addressed(
        self, doc: Doc, spans: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        taken = _taken(spans)
        out = []
        for start, end, label in spans:
            if label in RELABELLED and (
                (start > 0 and doc[start - 1].text in self.address)
                or self._after_person_noun(doc, start)
            ):
                label = PERSON
            out.append((start, end, label))
        for token in doc[:-1]:
            following = doc[token.i + 1]
            if (token.text in self.address and following.i not in taken
                    and _proper(following) and following.tag_ == "NE"):
                out.append((following.i, following.i + 1, PERSON))
        return out

    def _after_person_noun(self, doc: Doc, start: int) -> bool:
        """"der Olympiasieger Casartelli", "der Rapper Ice-T": close apposition to a
        noun for a person. Countries and cities there ("Präsident Frankreichs") are the
        knowledge base's, which overrides this label afterwards."""
        before = doc[start - 1] if start > 0 else None
        return (before is not None and before.tag_ == "NN"
                and before.lower_.endswith(self.person_nouns))

    def _organisations(
        self, doc: Doc, spans: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        taken = _taken(spans)
        out = []
        for start, end, label in spans:
            if label not in NAMES:  # a title of a work ("Profiles of … Band") stays MISC
                out.append((start, end, label))
                continue
            end = self._head_after(doc, end, taken)
            if (doc[end - 1].text in self.org_heads or self._named_compound(doc[end - 1])
                    or self._after_org_noun(doc, start)):
                label = "ORG"
            out.append((start, end, label))
        return out + [(t.i, t.i + 1, "ORG") for t in doc
                      if t.i not in taken and self._named_compound(t)]

    def _head_after(self, doc: Doc, end: int, taken: set[int]) -> int:
        """The end of a name extended to an organisation head after it, over the proper
        nouns between ("Buena" + "Vista Winery"); `end` where there is none."""
        i = end
        while (i < min(len(doc), end + MAX_NAME_BEFORE_HEAD) and i not in taken
               and doc[i].text not in self.org_heads and _proper(doc[i])):
            i += 1
        return i + 1 if i < len(doc) and i not in taken and doc[i].text in self.org_heads else end

    def _named_compound(self, token: Token) -> bool:
        """A compound of a person's name and an organisation head ("Otto-Schott-Gymnasium",
        "des Konrad-Kessler-Instituts"): two name parts or a given name before the head,
        all capitalised; "Rock-Band" is no name."""
        if "-" not in token.text:
            return False  # most tokens: no compound (read for each token of a Doc)
        *name, head = token.text.split("-")
        if not name or not all(_proper_word(part) for part in name):
            return False
        head_known = any(head.removesuffix(e) in self.org_heads for e in self.head_forms)
        return head_known and (len(name) > 1 or name[0] in self.given)

    def _after_org_noun(self, doc: Doc, start: int) -> bool:
        """"des Konzerns Kyocera", "beim Spielzeughersteller Mattel"."""
        before = doc[start - 1] if start > 0 else None
        return (before is not None and before.tag_ == "NN"
                and before.lower_.endswith(self.org_nouns))


def _surnames(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The surname of a person named in full elsewhere in the document is that person
    where it stands alone ("Kessler" before or after "Anna Kessler"): news name a person
    in full once and by the surname after that."""
    surnames = {doc[end - 1].text for start, end, label in spans
                if label == PERSON and end - start > 1 and _proper(doc[end - 1])}
    if not surnames:
        return spans
    taken = _taken(spans)
    out = [(s, e, PERSON if e - s == 1 and doc[s].text in surnames else label)
           for s, e, label in spans]
    return out + [(t.i, t.i + 1, PERSON) for t in doc
                  if t.text in surnames and t.i not in taken and _proper(t)]


def _subjects(
    doc: Doc, spans: list[tuple[int, int, str]], address: frozenset[str]
) -> list[tuple[int, int, str]]:
    """A proper noun the model passed over that is the subject of a finite verb."""
    taken = _taken(spans)
    return spans + [
        (t.i, t.i + 1, PERSON) for t in doc
        if t.i not in taken and t.tag_ == "NE" and t.dep_ == "nsubj"
        and t.head.tag_ in FINITE_VERBS and _word_name(t) and t.text not in address
    ]


def _word_name(token: Token) -> bool:
    """A capitalised word, not an abbreviation in capitals ("GB") nor a number."""
    return _proper_word(token.text) and not token.text.isupper()


def _proper_word(text: str) -> bool:
    """A word of letters only, capitalised."""
    return text[:1].isupper() and text.isalpha()


def _taken(spans: list[tuple[int, int, str]]) -> set[int]:
    return {i for start, end, _ in spans for i in range(start, end)}


def _proper(token: Token) -> bool:
    """A capitalised word that may be part of a name."""
    return _proper_word(token.text) and token.tag_ in NAME_TAGS


@Language.factory("chronist_name_shapes", default_config={"lang": "de"})
def make_name_shapes(nlp: Language, name: str, lang: str) -> NameShapes:
    return NameShapes(lang)

