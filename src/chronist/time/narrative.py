"""Narrative time: the date a text is talking about at any point.

News moves through time: "Im Oktober 2023 griff … an. Im August wurden …
verhaftet. Am folgenden Tag …". The model keeps the calendar dates of the text
in order and answers, for a clause, the date it is explicitly given, else the
date the narrative has reached before it, else the publication date.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from chronist.document import DateBasis, TimeExpression
from chronist.time.values import date_prefix


@dataclass(frozen=True, slots=True)
class Anchor:
    start: int
    end: int
    value: str


class NarrativeTime:
    """Answers `date_for(start, end) -> (value, basis)` for one document."""

    def __init__(
        self,
        times: Sequence[TimeExpression],
        sentences: Sequence[tuple[int, int]],
        published: str | None,
    ) -> None:
        self.document = date_prefix(published[:10] if published else None)
        self.sentences = sorted(sentences)
        self.anchors = [
            Anchor(t.start, t.end, value)
            for t in sorted(times, key=lambda t: t.start)
            if t.type in ("DATE", "TIME") and (value := date_prefix(t.value))
        ]
        self._starts = [a.start for a in self.anchors]

    def sentence_of(self, offset: int) -> tuple[int, int] | None:
        index = bisect_right([s for s, _ in self.sentences], offset) - 1
        if index >= 0 and offset < self.sentences[index][1]:
            return self.sentences[index]
        return None

    def explicit_for(self, start: int, end: int) -> str | None:
        """The date written in the clause: inside the span, else the nearest in its sentence."""
        inside = [a for a in self.anchors if a.start >= start and a.end <= end]
        if inside:
            return inside[0].value
        sentence = self.sentence_of(start)
        if sentence is None:
            return None
        near = [a for a in self.anchors if a.start >= sentence[0] and a.end <= sentence[1]]
        if not near:
            return None
        return min(near, key=lambda a: _distance(a, start, end)).value

    def reference_at(self, offset: int) -> str | None:
        """The narrative time reached before `offset` (the last date written before it)."""
        index = bisect_right(self._starts, offset) - 1
        return self.anchors[index].value if index >= 0 else None

    def date_for(self, start: int, end: int) -> tuple[str | None, DateBasis | None]:
        if (value := self.explicit_for(start, end)) is not None:
            return value, "explicit"
        sentence = self.sentence_of(start)
        if (value := self.reference_at(sentence[0] if sentence else start)) is not None:
            return value, "narrative"
        if self.document is not None:
            return self.document, "document"
        return None, None


def _distance(anchor: Anchor, start: int, end: int) -> int:
    if anchor.end <= start:
        return start - anchor.end
    if anchor.start >= end:
        return anchor.start - end
    return 0
