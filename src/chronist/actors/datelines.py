"""Wire datelines: where and by whom a report was filed, never an actor.

The one dateline detector of the actors stage (the composer and the linker both ask it).
A dateline opens a paragraph (or a sentence): a place, optionally a region or a date after
a comma, optionally an agency in parentheses (also before the place), then a dash:
"TIFLIS (dpa) -", "NAIROBI, Kenya (AP) —", "(dpa) KIEW -", "MUSCAT, Feb 11 (Reuters) -",
"Berlin/Ankara – …", "Kiew (dpa) –". Everything in it is a place or a credit.
"""

from __future__ import annotations

import re

# A place in capitals, several joined by "/" ("KIEW/MOSKAU").
_CAPITALS = r"[A-ZÄÖÜ]{2}[A-ZÄÖÜÉ'.]*(?:[ -][A-ZÄÖÜ]{2}[A-ZÄÖÜÉ'.]*)*"
# A full capitals dateline: place, optional region ("NAIROBI, Kenya"), agency, dash.
_SPAN = re.compile(
    r"(?:^|(?<=[.!?\"“”] ))[ \t\xa0]*(?:\([^()\n]{1,30}\)[ \t\xa0]*)?"
    rf"(?P<place>{_CAPITALS}(?:/[A-ZÄÖÜ]{{2}}[A-ZÄÖÜÉ'. -]*)*)"
    r"(?:,[ \xa0]+[A-Z][\w.]*(?:[ \xa0]+[A-Z][\w.]*){0,2})?"
    r"(?:\s*\([^()\n]{1,40}\))?\s*[–—-]\s",
    re.MULTILINE,
)
# The capitals head of a line before an agency, a date or a dash, when the rest does not
# fit the full pattern ("MUSCAT, Feb 11 (Reuters) -").
_HEAD = re.compile(
    r"(?:^|\n)[A-ZÄÖÜ][A-ZÄÖÜÉ'. -]*(?:/[A-ZÄÖÜ][A-ZÄÖÜÉ'. -]*)*"
    r"(?=\s*[(,–—-])"
)
# What follows a place written in ordinary case that opens a paragraph as a dateline.
_AFTER_PLACE = re.compile(r"^(?:/|\s*[–—-]\s|\s*\()")
# The region written after a dateline's place: "Croatia" of "SPLIT, Croatia (AP) —".
_REGION = re.compile(r"[^,]*,[ \xa0]+([A-Z][\w.]*(?:[ \xa0]+[A-Z][\w.]*){0,2})")


class Datelines:
    """The datelines of one text, found once."""

    def __init__(self, text: str = "") -> None:
        self.text = text
        self.spans: list[tuple[int, int, str]] = [
            (m.start(), m.end(), m.group("place").strip()) for m in _SPAN.finditer(text)
        ]

    def covers(self, start: int, end: int) -> bool:
        """start:end lies inside a full dateline."""
        return any(s <= start and end <= e for s, e, _ in self.spans)

    def opens_paragraph(self, start: int, end: int) -> bool:
        """ "Berlin/Ankara – …", "Kiew (dpa) –": a place at a paragraph's start (or after
        another dateline place) followed by "/", a dash or an agency."""
        before = self.text[:start].rstrip(" ")
        at_start = not before or before.endswith(("\n", "/"))
        return at_start and bool(_AFTER_PLACE.match(self.text[end : end + 4]))

    def names_place(self, start: int, end: int) -> bool:
        """A name written in capitals inside a dateline, or spelt like a dateline's place
        elsewhere ("TIFLIS (dpa) -" after a lead sentence), is that place."""
        surface = self.text[start:end]
        if not surface.isupper():
            return False
        if any(
            (s <= start and end <= e) or surface in place.split("/") for s, e, place in self.spans
        ):
            return True
        line_start = self.text.rfind("\n", 0, start) + 1
        head = _HEAD.match(self.text, max(0, line_start - 1) if line_start else 0)
        return bool(head) and end <= head.end()

    def first_region(self, within: int = 400) -> str | None:
        """The region after the first full dateline's place ("Croatia" of "SPLIT,
        Croatia (AP) —"), or None."""
        if not self.spans or self.spans[0][0] >= within:
            return None
        start, end, _ = self.spans[0]
        match = _REGION.match(self.text[start:end])
        return match.group(1) if match else None

    def first_place(self, within: int = 400) -> str | None:
        """The place of the article's first dateline near its top, in capitals as
        written ("SEOUL" of "SEOUL, March 10 (Reuters) -"), or None."""
        if self.spans and self.spans[0][0] < within:
            return self.spans[0][2]
        head = _HEAD.search(self.text[:within])
        place = head.group().strip() if head else ""
        return place if len(place) > 2 and re.sub(r"[ /.'-]", "", place).isalpha() else None
