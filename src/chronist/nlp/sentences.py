"""German sentence boundaries by rule: full stops, abbreviations and ordinal numbers.

spaCy's German tokenizer keeps "3." (ordinal) and known abbreviations ("Dr.", "z.B.")
as one token, so a full stop that ends a sentence is usually its own token. The hard
case is a number before a full stop: "am 3. März" is an ordinal, "geschah 2023. Danach"
ends a sentence. We decide from the neighbours and, for a sentence end, split the
number from its full stop so that taggers see the same tokens as in training data.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from chronist.nlp.datafiles import sentence_rules

TERMINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
# Closing quotes and brackets stay with the sentence they close.
CLOSING = frozenset({"“", '"', "”", "‘", "’", "'", "»", "«", ")", "]", "›", "‹"})
CONTINUING = frozenset({",", ";", ":", "-", "–"})
LARGEST_DAY = 31
# A number before a full stop: digits, with thousands or decimal separators ("6.000.",
# "1,5."), which the tokenizer keeps with the stop as it does an ordinal ("3.").
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


class GermanSentencizer:
    """Sets `is_sent_start` on every token of a German Doc."""

    def __init__(self, lang: str = "de") -> None:
        rules = sentence_rules(lang)
        self.final = rules.get("final", frozenset())
        self.months = rules.get("month", frozenset())
        self.ordinal_context = rules.get("ordinal-context", frozenset())

    def __call__(self, doc: Doc) -> Doc:
        self._split_final_numbers(doc)
        if not len(doc):
            return doc
        # All tokens at once: setting `is_sent_start` token by token checks the whole
        # Doc for a parse each time. 1 starts a sentence, -1 does not (spaCy's values).
        values = numpy.full(len(doc), -1, dtype="int64")
        values[sorted(self._starts(doc))] = 1
        doc.from_array([SENT_START], values.astype("uint64"))
        return doc

    def _split_final_numbers(self, doc: Doc) -> None:
        """"2023." before a capitalised word that is not a month: number + full stop."""
        to_split = [t for t in doc if self._is_number_dot(t) and self._number_ends_sentence(t)]
        if not to_split:
            return
        with doc.retokenize() as retokenizer:
            for token in to_split:
                retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 0), (token, 0)])

    @staticmethod
    def _is_number_dot(token: Token) -> bool:
        return (
            len(token) > 1 and token.text.endswith(".")
            and NUMBER.fullmatch(token.text[:-1]) is not None
        )

    def _number_ends_sentence(self, token: Token) -> bool:
        after = _next_word(token)
        if after is None:
            return True
        if not _starts_upper(after) or after.text in self.months:
            return False
        digits = token.text[:-1]
        # A year ("2023.") cannot be an ordinal before a capitalised word in news text.
        if digits.isdigit() and int(digits) > LARGEST_DAY and len(digits) == 4:
            return True
        before = _previous_word(token)
        return before is None or before.text not in self.ordinal_context

    def _starts(self, doc: Doc) -> set[int]:
        starts = {0}
        for token in doc:
            if token.is_space and "\n" in token.text:
                # A paragraph break always ends a sentence.
                starts.add(_skip_space(doc, token.i + 1))
            elif self._ends_sentence(token):
                end = token.i + 1
                while end < len(doc) and doc[end].text in CLOSING:
                    end += 1
                starts.add(_skip_space(doc, end))
        return {i for i in starts if i < len(doc)}

    def _ends_sentence(self, token: Token) -> bool:
        text = token.text
        if text in TERMINAL:
            after = _next_word(token)
            # '„Nein!“, sagte er.': a comma or a lower-case word continues the sentence.
            return after is None or not (
                after.text[:1].islower() or after.text[:1] in CONTINUING
            )
        if len(text) > 1 and text.endswith(".") and not self._is_number_dot(token):
            # German nouns are capitalised, so "u.a. Vorsitzender" goes on; only the
            # abbreviations that close a list ("usw.") can also close a sentence.
            after = _next_word(token)
            return after is None or (text in self.final and _starts_upper(after))
        return False


def _skip_space(doc: Doc, i: int) -> int:
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def _next_word(token: Token) -> Token | None:
    doc = token.doc
    i = _skip_space(doc, token.i + 1)
    while i < len(doc) and doc[i].text in CLOSING:
        i = _skip_space(doc, i + 1)
    return doc[i] if i < len(doc) else None


def _previous_word(token: Token) -> Token | None:
    i = token.i - 1
    while i >= 0 and token.doc[i].is_space:
        i -= 1
    return token.doc[i] if i >= 0 else None


def _starts_upper(token: Token) -> bool:
    first = token.text[:1]
    return first.isupper() or first.isdigit() or first in {"„", "\"", "»", "«", "(", "‚"}


@Language.factory("chronist_de_sentences", default_config={"lang": "de"})
def make_sentencizer(nlp: Language, name: str, lang: str) -> GermanSentencizer:
    return GermanSentencizer(lang)
