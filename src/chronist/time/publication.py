"""The publication date when ingestion found none: inferred from the text.

A news text mentions dates up to the day it was written; the latest full
date written out (with its year) is the best estimate. Without one, the
latest month or year written out bounds it from below at that precision.
"""

from __future__ import annotations

from collections.abc import Sequence

from chronist.document import TimeExpression
from chronist.time.values import CalendarValue, parse_iso


def infer_published(times: Sequence[TimeExpression]) -> CalendarValue | None:
    """The latest explicit absolute date of the text, at the finest precision present;
    dates the text speaks of as future ("die Wahl wird am 17. März …") are left out."""
    explicit = [
        value
        for t in times
        if t.type == "DATE" and "anchor" not in t.attributes
        and t.attributes.get("tense") != "future"
        and (value := parse_iso(t.value)) is not None
    ]
    for granularity in ("D", "M", "Y"):
        found = [v for v in explicit if v.granularity == granularity]
        if found:
            return max(found, key=lambda v: v.start)
    return None


def published_value(published: str | None) -> CalendarValue | None:
    """The publication date of a Document (ISO date or datetime) as a calendar value."""
    if not published:
        return None
    return parse_iso(published[:10]) or parse_iso(published[:7]) or parse_iso(published[:4])
