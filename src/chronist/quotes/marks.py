"""Quote marks: pair opening and closing marks into quoted spans.

Pairs are found paragraph by paragraph, in the order the lexicon lists the marks. A quote
that runs over several paragraphs repeats its opening mark at the start of each paragraph
and closes only in the last one (the newspaper convention), so an unclosed quote continues
when the next paragraph opens with the same mark. Quotes nested inside a quote ('…' inside
"…") belong to the outer quote and are not paired separately.
"""

from __future__ import annotations

from dataclasses import dataclass

from chronist.quotes.lexicon import QuoteMark, QuotesLexicon

# A quote longer than this without a closing mark is a stray mark, not a quote.
MAX_QUOTE_CHARS = 4000
MAX_PARAGRAPHS = 6


@dataclass(slots=True)
class QuotedSpan:
    """A quote between marks: `open` is the opening mark's index, `close` the closing
    mark's; `parts` are the quoted texts (one per paragraph), end exclusive."""

    open: int
    close: int
    mark: QuoteMark
    parts: list[tuple[int, int]]

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _is_opening(text: str, i: int, mark: QuoteMark) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    if mark.single or mark.open == mark.close:
        before = text[i - 1] if i > 0 else " "
        return not before.isalnum()
    return True


def _is_closing(text: str, j: int, mark: QuoteMark, opening: int) -> bool:
    if j == opening + 1:
        return False
    before = text[j - 1]
    after = text[j + 1] if j + 1 < len(text) else " "
    if mark.single or mark.open == mark.close:
        return not before.isspace() and not after.isalnum()
    return True


def _closing_in(text: str, start: int, end: int, mark: QuoteMark, opening: int) -> int | None:
    j = text.find(mark.close, start, end)
    while j != -1:
        if _is_closing(text, j, mark, opening):
            return j
        j = text.find(mark.close, j + 1, end)
    return None


def find_quoted_spans(
    text: str, paragraphs: list[tuple[int, int]], lexicon: QuotesLexicon
) -> list[QuotedSpan]:
    openers = lexicon.openers
    spans: list[QuotedSpan] = []
    index = 0
    resume = 0
    while index < len(paragraphs):
        start, end = paragraphs[index]
        position = max(start, resume)
        next_index = index + 1
        while position < end:
            found = _next_quote(text, position, end, paragraphs, index, openers)
            if found is None:
                break
            span, last_paragraph = found
            spans.append(span)
            position = span.close + 1
            if last_paragraph != index:
                next_index = last_paragraph
                resume = position
                break
        index = next_index
    return spans


def _next_quote(
    text: str,
    position: int,
    end: int,
    paragraphs: list[tuple[int, int]],
    index: int,
    openers: dict[str, list[QuoteMark]],
) -> tuple[QuotedSpan, int] | None:
    for i in range(position, end):
        for mark in openers.get(text[i], ()):
            if not _is_opening(text, i, mark):
                continue
            found = _close(text, i, end, paragraphs, index, mark)
            if found is not None:
                return found
    return None


def _close(
    text: str,
    opening: int,
    end: int,
    paragraphs: list[tuple[int, int]],
    index: int,
    mark: QuoteMark,
) -> tuple[QuotedSpan, int] | None:
    parts: list[tuple[int, int]] = []
    part_start = opening + 1
    for step in range(MAX_PARAGRAPHS):
        closing = _closing_in(text, part_start, end, mark, opening)
        if closing is not None:
            parts.append((part_start, closing))
            if closing - opening > MAX_QUOTE_CHARS:
                return None
            return QuotedSpan(opening, closing, mark, parts), index + step
        # Unclosed: it continues only if the next paragraph reopens with the same mark.
        if index + step + 1 >= len(paragraphs):
            return None
        next_start, next_end = paragraphs[index + step + 1]
        stripped = text[next_start:next_end].lstrip()
        if not stripped.startswith(mark.open) or text[part_start:end].count(mark.open):
            return None
        parts.append((part_start, end))
        part_start = next_end - len(stripped) + len(mark.open)
        end = next_end
    return None
