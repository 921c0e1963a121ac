"""Calendar values at a granularity, their TIMEX3 spelling and their arithmetic.

A `CalendarValue` is a point of the calendar known only to some precision:
"2023" (a year), "2023-10" (a month), "2026-W11" (a week), "2021-05-14" (a
day). Relative expressions shift such values ("vier Monate zuvor" = the
reference minus four months, at month precision), so arithmetic works on the
value's representative first day and re-reads it at the wanted granularity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

# Coarse to fine. WE (weekend) sits beside W; SEASON, H and Q between year and month.
GRANULARITIES = ("CE", "DE", "Y", "H", "Q", "SEASON", "M", "W", "WE", "D")
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASONS = ("WI", "SP", "SU", "FA")  # by the month they start in, winter first

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_ISO_YEAR = re.compile(r"^(\d{4})$")


def _rank(granularity: str) -> int:
    return GRANULARITIES.index(granularity)


def season_of(month: int) -> str:
    return SEASONS[(month % 12) // 3]


@dataclass(frozen=True, slots=True)
class CalendarValue:
    """A calendar period: `start` is its first day, `granularity` its size.

    `part` carries what a first day cannot: the half (1-2), quarter (1-4) or
    season code. Seasons keep the year in which they start.
    """

    start: date
    granularity: str
    part: str | int | None = None

    @classmethod
    def of(cls, day: date, granularity: str, part: str | int | None = None) -> CalendarValue:
        """The period of `granularity` that contains `day`."""
        if granularity == "D":
            return cls(day, "D")
        if granularity in ("W", "WE"):
            return cls(day - timedelta(days=day.weekday()), granularity)
        if granularity == "M":
            return cls(day.replace(day=1), "M")
        if granularity == "Q":
            quarter = (day.month - 1) // 3 + 1
            return cls(date(day.year, 3 * quarter - 2, 1), "Q", quarter)
        if granularity == "H":
            half = 1 if day.month <= 6 else 2
            return cls(date(day.year, 6 * half - 5, 1), "H", half)
        if granularity == "SEASON":
            code = part if isinstance(part, str) else season_of(day.month)
            year = day.year - 1 if code == "WI" and day.month <= 2 else day.year
            return cls(date(year, SEASON_START[code], 1), "SEASON", code)
        if granularity == "Y":
            return cls(date(day.year, 1, 1), "Y")
        if granularity == "DE":
            return cls(date(day.year - day.year % 10, 1, 1), "DE")
        if granularity == "CE":
            return cls(date(max(day.year - day.year % 100, 1), 1, 1), "CE")
        raise ValueError(f"unknown granularity {granularity!r}")

    @property
    def year(self) -> int:
        return self.start.year

    def iso(self) -> str:
        """The TIMEX3 value: ISO 8601 at this value's precision."""
        year = self.start.year
        if self.granularity == "D":
            return self.start.isoformat()
        if self.granularity in ("W", "WE"):
            iso_year, week, _ = self.start.isocalendar()
            suffix = "-WE" if self.granularity == "WE" else ""
            return f"{iso_year:04d}-W{week:02d}{suffix}"
        if self.granularity == "M":
            return f"{year:04d}-{self.start.month:02d}"
        if self.granularity == "Q":
            return f"{year:04d}-Q{self.part}"
        if self.granularity == "H":
            return f"{year:04d}-H{self.part}"
        if self.granularity == "SEASON":
            return f"{year:04d}-{self.part}"
        if self.granularity == "Y":
            return f"{year:04d}"
        if self.granularity == "DE":
            return f"{year // 10:03d}"
        return f"{year // 100:02d}"

    def at(self, granularity: str) -> CalendarValue:
        """This value read at another granularity (coarser is exact, finer takes the start)."""
        if granularity == "SEASON" and self.granularity == "SEASON":
            return self
        return CalendarValue.of(self.start, granularity)

    def finer_than(self, granularity: str) -> bool:
        return _rank(self.granularity) > _rank(granularity)

    def shift(self, unit: str, amount: int) -> CalendarValue:
        """Move by `amount` units (D, W, M, Q, Y, DE, CE), keeping the granularity."""
        moved = shift_date(self.start, unit, amount)
        if self.granularity == "SEASON" and isinstance(self.part, str):
            keep = self.part if unit in ("Y", "DE", "CE") else None
            return CalendarValue.of(moved, "SEASON", keep)
        return replace(CalendarValue.of(moved, self.granularity), part=_part_for(moved, self))


def _part_for(day: date, value: CalendarValue) -> str | int | None:
    if value.granularity == "Q":
        return (day.month - 1) // 3 + 1
    if value.granularity == "H":
        return 1 if day.month <= 6 else 2
    return value.part if value.granularity == "SEASON" else None


def shift_date(day: date, unit: str, amount: int) -> date:
    """`day` moved by `amount` calendar units; month ends are clamped (31 Mar - 1M = 28/29 Feb)."""
    if unit == "D":
        return day + timedelta(days=amount)
    if unit in ("W", "WE"):
        return day + timedelta(weeks=amount)
    months = {"M": 1, "Q": 3, "SEASON": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        # hours and minutes do not move a date at day precision
        return day
    total = day.year * 12 + (day.month - 1) + months * amount
    year, month = divmod(total, 12)
    return _clamped(year, month + 1, day.day)


def _clamped(year: int, month: int, day: int) -> date:
    for candidate in (day, 30, 29, 28):
        try:
            return date(year, month, min(day, candidate))
        except ValueError:
            continue
    raise ValueError(f"no such date {year}-{month}")


def make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_iso(value: str | None) -> CalendarValue | None:
    """A calendar value from an ISO date prefix ("2021-05-14…", "2021-05", "2021")."""
    if not value:
        return None
    if match := _ISO_DAY.match(value):
        day = make_date(*(int(g) for g in match.groups()))
        return CalendarValue(day, "D") if day else None
    if match := _ISO_MONTH.match(value):
        year, month = int(match.group(1)), int(match.group(2))
        return CalendarValue(date(year, month, 1), "M") if 1 <= month <= 12 else None
    if match := _ISO_YEAR.match(value):
        return CalendarValue(date(int(match.group(1)), 1, 1), "Y")
    return None


def date_prefix(value: str | None) -> str | None:
    """The calendar part of a TIMEX3 value usable as an event date, or None.

    "2026-03-12T14:00" -> "2026-03-12"; "PRESENT_REF", "XXXX-WXX-1" -> None.
    """
    if not value or not value[:1].isdigit() or "X" in value:
        return None
    return value.split("T", 1)[0] or None
