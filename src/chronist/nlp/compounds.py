"""Hyphenated compounds segmented as UD German does, in the syntactic layer only.

UD German writes "Nato-Gipfel" as three words (Nato, -, Gipfel) and the truncated
"Rohstoff-" of "Rohstoff- und Energiepolitik" as two (Rohstoff, -), and our syntax model
(models/de/syntax) was trained on that form; our tokenizer, GermEval (the NER model's
training data) and the stages after NER keep the compound as one token. So
`chronist_de_split_compounds` (before HanTa, tok2vec, morphologizer and parser) splits
each compound at its joiners and each truncated word before its final hyphen
(data/nlp/segmentation-<lang>.yaml) and records it, and
`chronist_de_merge_compounds` (before NER) joins the parts again into one token with the
tag, UPOS and features of its last part (a German compound inflects on its last part; a
capitalised compound after a proper noun is a name, NE/PROPN), the
lemma HanTa gives the whole compound under that tag, and the relation and head of the part
the parser attached outside the compound (the parser, trained on UD GSD and PUD, which
differ here, may head the compound by its first part: "Nato" <-flat- "Gipfel"); a
truncated word is whole again with the tag, UPOS and features of a truncation (STTS TRUNC).
training/evaluate.py switches the merge off, since UD scores the parts.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from chronist.nlp.datafiles import segment_finals, segment_joiners, tagset
from chronist.nlp.hanta import HantaTagger

# doc.user_data key: the (start, end) character offsets of the compounds split in a Doc.
COMPOUNDS = "chronist_split_compounds"
# STTS and UD tags of a proper noun (data/nlp/tagset-de.yaml).
NAME_TAG, NAME_POS = "NE", "PROPN"
# The tagset entry of a truncated word ("Rohstoff-"; data/nlp/tagset-de.yaml).
TRUNCATED = "TRUNC"


def compound_pattern(
    joiners: frozenset[str], finals: frozenset[str] = frozenset()
) -> re.Pattern[str]:
    """Words of two or more parts joined by a joiner, each part opening and closing with a
    letter or digit ("G7-Gipfel", "2:1-Sieg"; not "-Gipfel" or "Bund-/Länder-Kommission"),
    and truncated words: such parts closed by a final ("Ein-", "Nord-Süd-")."""
    part = rf"[^\W_](?:(?:(?!{_one_of(joiners | finals)})\S)*[^\W_])?"
    joined = rf"(?:{_one_of(joiners)}{part})" if joiners else ""
    endings = [rf"{joined}+"] if joiners else []
    if finals:
        endings.append(rf"{joined}*{_one_of(finals)}" if joiners else _one_of(finals))
    return re.compile(rf"{part}(?:{'|'.join(endings)})")


def _one_of(characters: frozenset[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(characters)) + "]"


class CompoundSplitter:
    """Splits each compound token into its parts and joiners (UD's words)."""

    def __init__(self, lang: str = "de") -> None:
        joiners, finals = segment_joiners(lang), segment_finals(lang)
        self.compound = compound_pattern(joiners, finals) if joiners or finals else None
        self.joiner = re.compile(_one_of(joiners | finals)) if joiners or finals else None
        # Every compound has one of these characters; most tokens have none, and the
        # pattern's backtracking over a long word costs more than this test.
        self.joiner_characters = frozenset(joiners | finals)

    def __call__(self, doc: Doc) -> Doc:
        if self.compound is None:
            return doc
        characters = self.joiner_characters
        compounds = [
            t for t in doc
            if not characters.isdisjoint(t.text) and self.compound.fullmatch(t.text)
        ]  # fmt: skip
        if not compounds:
            return doc
        doc.user_data[COMPOUNDS] = [(t.idx, t.idx + len(t)) for t in compounds]
        with doc.retokenize() as retokenizer:
            for token in compounds:
                pieces = self._pieces(token.text)
                # Each piece its own head, as every token before parsing: the parser
                # keeps a head set here (and with it a cycle through the compound).
                heads = [(token, i) for i in range(len(pieces))]
                retokenizer.split(token, pieces, heads=heads)
        return doc

    def _pieces(self, word: str) -> list[str]:
        """"G7-Gipfel" -> ["G7", "-", "Gipfel"]; "Ein-" -> ["Ein", "-"]."""
        pieces: list[str] = []
        start = 0
        for joiner in self.joiner.finditer(word) if self.joiner else ():
            pieces += [word[start:joiner.start()], joiner.group()]
            start = joiner.end()
        return [*pieces, word[start:]] if start < len(word) else pieces


class CompoundMerger:
    """Joins the parts `CompoundSplitter` made back into one token per compound."""

    def __init__(self, lang: str = "de") -> None:
        self.hanta = HantaTagger(lang)
        self.finals = segment_finals(lang)
        self.truncated = tagset(lang).get(TRUNCATED)

    def __call__(self, doc: Doc) -> Doc:
        offsets = doc.user_data.pop(COMPOUNDS, None)
        if not offsets:
            return doc
        spans = [doc.char_span(start, end) for start, end in offsets]
        attrs = [self._attrs(span) for span in spans if span is not None]
        with doc.retokenize() as retokenizer:
            for span, values in zip([s for s in spans if s is not None], attrs, strict=True):
                retokenizer.merge(span, attrs=values)
        return doc

    def _attrs(self, span: Span) -> dict[str, str]:
        """Tag, UPOS, features and lemma of the last part; the relation of the part
        attached outside the compound, whose head the merged token keeps (spaCy's merge)."""
        last = span[-1]
        morph = str(last.morph)
        if last.text in self.finals and self.truncated is not None:
            tag, pos, morph = self.truncated.stts, self.truncated.upos, self.truncated.feats
        elif _continues_name(span):
            tag, pos = NAME_TAG, NAME_POS
        else:
            tag, pos = last.tag_, last.pos_
        lemma = self.hanta.lemma(span.text, tag) or span[:-1].text + last.lemma_
        attrs = {"TAG": tag, "POS": pos, "MORPH": morph, "LEMMA": lemma}
        if span.doc.has_annotation("DEP"):
            attrs["DEP"] = span.root.dep_
        return attrs


def _continues_name(span: Span) -> bool:
    """A capitalised compound right after a proper noun is a double-barrelled name
    ("Anna Schmidt-Hofer"), though its parts are common nouns ("Hofer" NN) for HanTa,
    which tagged the whole word in its sentence context as a name."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (
        before is not None
        and before.tag_ == NAME_TAG
        and before.whitespace_ != ""
        and all(part.text[:1].isupper() for part in span if part.is_alpha)
    )


@Language.factory("chronist_de_split_compounds", default_config={"lang": "de"})
def make_splitter(nlp: Language, name: str, lang: str) -> CompoundSplitter:
    return CompoundSplitter(lang)


@Language.factory("chronist_de_merge_compounds", default_config={"lang": "de"})
def make_merger(nlp: Language, name: str, lang: str) -> CompoundMerger:
    return CompoundMerger(lang)
