"""The text the composer reads, as its mechanisms share it: the parse, the document's
day, the domestic country and the datelines, set per text by `Composer.compose`."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from chronist.actors.datelines import Datelines
from chronist.actors.scan import Hit

# Penn and STTS tags of finite verbs.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VVFIN", "VAFIN", "VMFIN"})


def sport_pattern(words: list[str], score: str | None) -> re.Pattern | None:
    """One pattern for the sport words (whole words) and the score expression."""
    parts = [rf"(?<![\w-]){re.escape(w)}(?![\w-])" for w in words]
    if score:
        parts.append(score)
    return re.compile("|".join(parts)) if parts else None


class Passage:
    """Per-text state: set by `begin`; `home` once the composer has read the datelines."""

    def __init__(self) -> None:
        self.analysis: Any = None
        self.day: date | None = None
        self.home: str | None = None
        self.datelines = Datelines()

    def begin(self, text: str, day: date | None, analysis: Any) -> None:
        self.day = day
        self.analysis = analysis
        self.datelines = Datelines(text)

    def token_at(self, offset: int):
        if self.analysis is None:
            return None
        span = self.analysis.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def finite_at(self, offset: int) -> bool:
        """Whether the word at `offset` is a finite verb (unknown without a parse)."""
        if self.analysis is None:
            return True
        span = self.analysis.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None:
            return True
        token = span[0]
        return token.pos_ in ("VERB", "AUX") and (
            "Fin" in token.morph.get("VerbForm") or token.tag_ in FINITE_TAGS
        )

    def name_follows(self, hit: Hit) -> bool:
        """A proper name right after the noun ("die Präsident Macron …")."""
        if self.analysis is None:
            return False
        span = self.analysis.char_span(hit.start, hit.end, alignment_mode="expand")
        if span is None or span.end >= len(span.doc):
            return False
        return span.doc[span.end].pos_ == "PROPN"

    def in_dateline(self, hit: Hit) -> bool:
        return self.datelines.covers(hit.start, hit.end)

    def in_sport(self, hit: Hit, sport: re.Pattern | None) -> bool:
        """The hit's sentence tells of sport (context.yaml sport_words, or a score "3:1"):
        "Bayern gewann mit 3:1", "Madrid verlor in der Champions League" are clubs, no
        government."""
        if self.analysis is None or sport is None:
            return False
        span = self.analysis.char_span(hit.start, hit.end, alignment_mode="expand")
        if span is None:
            return False
        sentence = span[0].sent
        return sport.search(self.analysis.text, sentence.start_char, sentence.end_char) is not None
