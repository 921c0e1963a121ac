"""Blocking keys for cross-article clustering: which stored events a new one is compared with.

Comparing a new event against every event of its type does not scale to millions of
rows. Two reports of one happening have the same PLOVER type, dates a few days apart at
most, and share an actor (a country or an entity, in any role) -- or neither names one.
So every clustered event gets one `event_blocks` row per actor key ("c:ISR", "e:Q801",
or "-" when it has none) and one under "*", with its type and its date as day numbers,
and a new event fetches its candidates by an indexed range query on (type, key, span,
first day). An event with actors looks up its keys and "-"; one without looks up "*",
i.e. every event of its type in reach: a copy of a report whose actor was not resolved
(the paragraph naming it was cut) still meets the original, under the strictest bar.

Dates are ranges (a month, an ISO week, a year). The span bucket keeps the range query
tight: a one-day event is looked up by its day, a week- or month-long one up to 31 days
back. An event dated only by its year meets only month- and year-long events (a day's
report and "in 2024" are no evidence of one happening, and comparing every day-dated event
with a whole year of coarse ones would not stay flat); an undated event meets only
undated ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

ACTORLESS = "-"
ANY = "*"

SPAN_DAY, SPAN_MONTH, SPAN_LONG, SPAN_UNDATED = 0, 1, 2, 3
SPAN_LOOKBACK = {SPAN_DAY: 0, SPAN_MONTH: 31, SPAN_LONG: 366}
"""How many days before its first day a range of each bucket may end (its longest span)."""


def reachable_spans(span: int) -> tuple[int, ...]:
    """The span buckets an event of bucket `span` is compared with."""
    if span == SPAN_DAY:
        return (SPAN_DAY, SPAN_MONTH)
    if span == SPAN_MONTH:
        return (SPAN_DAY, SPAN_MONTH, SPAN_LONG)
    if span == SPAN_LONG:
        return (SPAN_MONTH, SPAN_LONG)
    return (span,)


def day_range(value: str | None) -> tuple[date, date] | None:
    """The first and last day an ISO date prefix can mean (2023 / 2023-10 / 2023-10-07 /
    2026-W11); None for no date or one we cannot read."""
    if not value:
        return None
    try:
        if "-W" in value:
            year, week = value.split("-W")
            first = date.fromisocalendar(int(year), int(week[:2]), 1)
            return first, first + timedelta(days=6)
        parts = value[:10].split("-")
        if len(parts) == 3:
            day = date(int(parts[0]), int(parts[1]), int(parts[2]))
            return day, day
        if len(parts) == 2:
            first = date(int(parts[0]), int(parts[1]), 1)
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - timedelta(days=1)
        year = int(parts[0])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def span_bucket(days: tuple[date, date] | None) -> int:
    if days is None:
        return SPAN_UNDATED
    length = (days[1] - days[0]).days
    if length == 0:
        return SPAN_DAY
    return SPAN_MONTH if length <= SPAN_LOOKBACK[SPAN_MONTH] else SPAN_LONG


def actor_keys(
    source_entity: str | None, source_country: str | None,
    target_entity: str | None, target_country: str | None,
) -> tuple[str, ...]:
    """The event's actor keys, sorted; (ACTORLESS,) when no role has a country or entity."""
    keys = {f"c:{c}" for c in (source_country, target_country) if c}
    keys |= {f"e:{e}" for e in (source_entity, target_entity) if e}
    return tuple(sorted(keys)) or (ACTORLESS,)


@dataclass(frozen=True, slots=True)
class Block:
    """Where an event sits in the blocking index."""

    type: str
    keys: tuple[str, ...]
    span: int
    first: int  # date.toordinal() of the first day (0 when undated)
    last: int

    @property
    def lookup(self) -> tuple[str, ...]:
        """The keys this event's candidates are indexed under."""
        return (ANY,) if self.keys == (ACTORLESS,) else (*self.keys, ACTORLESS)

    def rows(self, uid: str) -> list[dict[str, object]]:
        return [{"uid": uid, "type": self.type, "key": key, "span": self.span,
                 "day_first": self.first, "day_last": self.last}
                for key in (ANY, *self.keys)]


def block_of(
    type_: str, days: tuple[date, date] | None, roles: tuple[tuple[str | None, str | None],
                                                          tuple[str | None, str | None]],
) -> Block:
    (source_entity, source_country), (target_entity, target_country) = roles
    keys = actor_keys(source_entity, source_country, target_entity, target_country)
    if days is None:
        return Block(type_, keys, SPAN_UNDATED, 0, 0)
    return Block(type_, keys, span_bucket(days), days[0].toordinal(), days[1].toordinal())
