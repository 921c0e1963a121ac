"""Resolve actions: from a rule's captured groups to a TIMEX3 value.

Each action receives `Slots` (the captured words already looked up in their
tables, plus the rule's params as defaults) and a `Context` (publication date,
narrative reference, whether the sentence speaks of the future). Deictic
expressions ("gestern", "last week") count from the publication date;
anaphoric ones ("am folgenden Tag", "vier Monate zuvor", "damals") from the
narrative reference; bare months and days take their year from the narrative.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from chronist.time.values import SEASON_START, CalendarValue, make_date, shift_date

# Units that the calendar arithmetic knows, and the next finer unit for fractions.
_FINER = {"CE": ("Y", 100), "DE": ("Y", 10), "Y": ("M", 12), "Q": ("M", 3), "M": ("D", 30),
          "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60)}
_TIME_UNITS = {"H", "MIN", "S"}


@dataclass(slots=True)
class Context:
    document: CalendarValue | None
    reference: CalendarValue | None
    """The narrative time: the last date resolved before the expression (anaphora)."""
    future: bool = False
    past: bool = False
    """The tense of the expression's clause, when the text says it."""
    fine: CalendarValue | None = None
    """The last month or day told (days without a year take their year from it, not
    from a bare year mentioned in passing)."""
    nearest_weekday: bool = False
    """Untensed weekdays: the nearest one (future side counting double), not the last."""
    soft_past: bool = False
    """A past tense only weighs against a later year instead of ruling it out."""
    narrative_year: bool = True
    """Months and days without a year keep the narrative's year (else: the nearest)."""
    coming_weekday: bool = False
    """A weekday in a present clause that announces: the coming one (that day included)."""
    done: bool = False
    """The expression dates a past verb telling what happened ("was signed in March"): a
    bare month after the day of writing is last year's, even where the past is soft."""
    named_year: int | None = None
    """The year with which the text wrote out the same month before ("the July 2021
    riots … before July 8"): a bare month told in the past is that month again; else the
    year a past perfect went back to, for a month later in it ("hatte im Juni 2024 …
    vorgelegt. Im Juli zog er sie zurück")."""
    story_day: CalendarValue | None = None
    """The day gone by that the story's lead tells ("haben am Montag … blockiert" in a
    Tuesday paper): a part of a day told in the past without a day of its own, where the
    story is back at the day of writing, is that day's ("rief am Abend auf")."""

    @property
    def base(self) -> CalendarValue | None:
        base = self.reference or self.document
        if self.future and self.document is not None and base is not None \
                and base.start < self.document.start:
            # a plan is made from the day of writing, not from the story's past
            return self.document
        return base


@dataclass(slots=True)
class Resolution:
    value: str | None
    calendar: CalendarValue | None = None
    """The calendar period, for DATE values the narrative can move to."""
    mod: str | None = None
    anchor: str | None = None
    """"document" or "narrative" when the value was computed from a reference."""
    type: str | None = None
    """Overrides the rule's type (e.g. a deictic day with a day part is a TIME)."""


@dataclass(slots=True)
class Slots:
    """Captured values by table name (lexicon values or digit strings) and params."""

    values: dict[str, Any] = field(default_factory=dict)
    params: dict[str, Any] = field(default_factory=dict)

    def get(self, name: str, default: Any = None) -> Any:
        if name in self.values:
            return self.values[name]
        return self.params.get(name, default)

    def number(self) -> float | str | None:
        """The amount: a number word, digits ("2,5" -> 2.5), or the `amount` param."""
        if (word := self.values.get("number")) is not None:
            return word
        if (digits := self.values.get("digits")) is not None:
            whole, _, fraction = str(digits).partition(" ")
            amount = float(whole.replace(",", ".")) + (0.5 if fraction == "1/2" else 0.0)
            return int(amount) if amount.is_integer() else amount
        return self.params.get("amount")


Action = Callable[[Slots, Context], Resolution | None]


def _year(slots: Slots) -> int | None:
    if (year := slots.values.get("year")) is not None:
        return int(year)
    if (hundreds := slots.values.get("year_hundreds")) is not None \
            and (rest := slots.values.get("year_rest")) is not None:
        return int(hundreds) * 100 + int(rest)  # "nineteen ninety-six"
    if (whole := slots.values.get("year_whole")) is not None:
        return int(whole)
    if (short := slots.values.get("year2")) is not None:
        # two-digit years in news: 00-49 -> 2000s, 50-99 -> 1900s
        value = int(short)
        return 2000 + value if value < 50 else 1900 + value
    return None


def _month(slots: Slots) -> int | None:
    month = slots.values.get("month") or slots.values.get("mnum")
    return int(month) if month is not None else None


def _mod(slots: Slots) -> str | None:
    return slots.get("part") or slots.get("part_adj")


def _year_of(month: int, day: int | None, ctx: Context) -> int | None:
    """The year of a month or day written without one ("im August", "am 14. Mai").

    Inside a year-only reference it is that year. Otherwise: the most recent such
    month or day not after the reference when the clause is in the past, the next
    one when it speaks of the future, and with no tense the nearest one, with the
    future side counting double (news reports more than it announces). A past month
    older than the last weeks that the text wrote out with its year before is that
    month again ("the July 2021 riots … a long time before July 8").
    """
    year = _year_in_story(month, day, ctx)
    if ctx.past and ctx.named_year is not None and year is not None \
            and ctx.document is not None and ctx.named_year != year:
        told = make_date(year, month, day or 1)
        # a month of the last weeks needs no year ("Aug. 2" on 15 August): only an older
        # one is the month the text wrote out before
        if told is not None and (ctx.document.at("D").start - told).days > _RECENT_DAYS:
            return ctx.named_year
    return year


# Days before the writing within which a month or day told without a year is the latest.
_RECENT_DAYS = 62


def _year_in_story(month: int, day: int | None, ctx: Context) -> int | None:
    reference = ctx.base
    if day is not None and ctx.fine is not None and reference is not None \
            and not reference.finer_than("SEASON"):
        reference = ctx.document if ctx.future and ctx.document else ctx.fine
    if reference is None:
        return None
    if ctx.future and ctx.document is not None and reference.granularity == "D" \
            and reference.start > ctx.document.start:
        # a plan is counted from the day of writing, not from another planned day
        # ("payable Jan. 3 to holders of record Nov. 16")
        reference = ctx.document
    if not reference.finer_than("Y") or reference.granularity in ("H", "Q", "SEASON"):
        return _not_after_writing(reference.year, month, day, ctx)
    if ctx.narrative_year and ctx.document is not None and reference != ctx.document:
        return _year_in_narrative(month, day, reference, ctx)
    ref = reference.start
    if day is not None and reference.granularity == "M" and month == ref.month:
        # a day of the month the story is in ("in April … on April 5")
        return ref.year
    if reference.granularity != "D":
        ref = ref.replace(day=15)

    def distance(year: int) -> float:
        if day is None:
            return (year * 12 + month) - (ref.year * 12 + ref.month)
        candidate = make_date(year, month, day)
        return (candidate - ref).days if candidate else float("inf")

    def written_by_then(year: int) -> bool:
        """Whether the month or day lies before the day of writing."""
        if ctx.document is None:
            return False
        candidate = make_date(year, month, day or 1)
        return candidate is not None and candidate <= ctx.document.at("D").start

    def cost(year: int) -> float:
        gap = distance(year)
        if ctx.past and gap > 0 and ctx.document is not None and reference != ctx.document \
                and written_by_then(year):
            # a story told in the past goes on from its time ("In May … In August …" in
            # a September article; "last October … in April" in May), only not beyond
            # the day of writing: of two months as far away, the later (measured on
            # TempEval: weight 2 -> 0.9 or 0.5, value accuracy 0.840 -> 0.842)
            return gap * _STORY_GOES_ON
        if ctx.past and ctx.done and day is None and gap > 0 and not written_by_then(year):
            # "was signed in March" in a January article: what happened is not ahead
            return float("inf")
        if ctx.past and gap > 0 and ctx.soft_past:
            # English reports deadlines in the past tense ("set Nov. 10 as the deadline")
            return abs(gap) * 4
        if (ctx.past and gap > 0) or (ctx.future and gap < 0):
            return float("inf")
        return abs(gap) * (2 if gap > 0 and not ctx.future else 1)

    return min((ref.year - 1, ref.year, ref.year + 1), key=cost)


# Weight of a month or day after the time of a story told in the past, against one as
# far before it (1): the story goes on rather than back.
_STORY_GOES_ON = 0.9


def absolute(slots: Slots, ctx: Context) -> Resolution | None:
    """Calendar dates spelled out: "14. Mai 2021", "Oktober", "Anfang 2025", "1990er"."""
    mod = _mod(slots)
    if (value := _coarse_absolute(slots)) is not None:
        return Resolution(value.iso(), value, mod)
    year, month = _year(slots), _month(slots)
    season = slots.values.get("season")
    anchor = None
    if year is None and "direction" in slots.values and (month or season):
        # "last May", "im vergangenen Frühjahr": counted from the publication date
        start_month = month or SEASON_START[season]
        year = _year_of_directed_month(start_month, int(slots.values["direction"]), ctx)
        if year is None:
            return Resolution(None, mod=mod, anchor="document")
        anchor = "document"
    if year is None:
        start_month = month or (SEASON_START[season] if season else None)
        if start_month is None:
            return None
        day = slots.values.get("day") if month else None
        year = _year_of(start_month, int(day) if day is not None else None, ctx)
        if year is None:
            return Resolution(None, mod=mod, anchor="narrative")
        anchor = "narrative"
    value = _calendar(slots, year, month, season)
    if value is None:
        return None
    return Resolution(value.iso(), value, mod, anchor)


def _not_after_writing(year: int, month: int, day: int | None, ctx: Context) -> int:
    """A past clause cannot tell of a month after the day of writing: "curbs
    imposed in November" in a March article are last November's, even while the story
    is in this year."""
    if not ctx.past or ctx.document is None:
        return year
    written = ctx.document.at("D").start
    candidate = make_date(year, month, day or 1)
    if candidate is not None and candidate > written and year == written.year:
        return year - 1
    return year


def _year_in_narrative(month: int, day: int | None, reference: CalendarValue, ctx: Context) -> int:
    """Inside a story ("Am 4. August … Im September …") a month keeps the narrative's
    year; only a past story cannot run beyond the day of writing."""
    year = reference.year
    if ctx.future or ctx.document is None:
        return year
    written = ctx.document.at("D").start
    candidate = make_date(year, month, day or 1)
    if candidate is None or candidate <= written:
        return year
    if ctx.past:
        return year - 1
    # no tense: the nearer of this and last year's, the future side counting double
    before = make_date(year - 1, month, day or 1)
    ahead = (candidate - written).days * 2
    return year - 1 if before is not None and (written - before).days < ahead else year


def _year_of_directed_month(month: int, direction: int, ctx: Context) -> int | None:
    if ctx.document is None:
        return None
    today = ctx.document.at("D").start
    if direction < 0:
        return today.year if month < today.month else today.year - 1
    if direction > 0:
        return today.year if month > today.month else today.year + 1
    return today.year


def before_common_era(slots: Slots, ctx: Context) -> Resolution | None:
    """"900 v. Chr." -> BC0900 (calendar values cannot hold it, so no narrative move)."""
    return Resolution(f"BC{int(slots.get('bc')):04d}")


def weekend(slots: Slots, ctx: Context) -> Resolution | None:
    """"am Wochenende": the last weekend (this one from Saturday on), the next in future."""
    if ctx.document is None:
        return Resolution(None, anchor="document")
    today = ctx.document.at("D").start
    saturday = today + timedelta(days=5 - today.weekday())
    if ctx.future and today.weekday() < 5:
        day = saturday
    elif today.weekday() >= 5:
        day = today
    else:
        day = saturday - timedelta(days=7)
    value = CalendarValue(CalendarValue.of(day, "W").start, "WE")
    return Resolution(value.iso(), value, anchor="document")


def _coarse_absolute(slots: Slots) -> CalendarValue | None:
    if (decade := slots.values.get("decade")) is not None:
        return CalendarValue(date(int(decade), 1, 1), "DE")
    if (decade := slots.values.get("decade2")) is not None:
        return CalendarValue(date(1900 + int(decade), 1, 1), "DE")
    if (century := slots.values.get("century")) is not None:
        return CalendarValue(date((int(century) - 1) * 100 or 1, 1, 1), "CE")
    return None


def _calendar(
    slots: Slots, year: int, month: int | None, season: str | None
) -> CalendarValue | None:
    granularity = slots.params.get("granularity")
    ordinal = slots.values.get("ordinal")
    if granularity in ("Q", "H") and isinstance(ordinal, int):
        count = 4 if granularity == "Q" else 2
        index = ordinal if ordinal > 0 else count
        if index > count:
            return None
        return CalendarValue(date(year, (index - 1) * (12 // count) + 1, 1), granularity, index)
    if season:
        return CalendarValue(date(year, SEASON_START[season], 1), "SEASON", season)
    if month is None:
        return CalendarValue(date(year, 1, 1), "Y")
    if (day := slots.values.get("day")) is not None:
        start = make_date(year, month, int(day))
        return CalendarValue(start, "D") if start else None
    return CalendarValue(date(year, month, 1), "M")


def relative_unit(slots: Slots, ctx: Context) -> Resolution | None:
    """Deictic periods: "im vergangenen Jahr", "in dieser Woche", "im April des
    vergangenen Jahres", "Ende vergangenen Jahres", "im ersten Quartal"."""
    unit = slots.get("calendar_unit") or slots.get("unit") or "Y"
    direction = int(slots.get("direction", 0) or 0)
    if ctx.document is None:
        return Resolution(None, anchor="document")
    base = ctx.document.at("D").start
    shifted = shift_date(base, unit, direction)
    month, season = _month(slots), slots.values.get("season")
    if unit == "Y" and (month or season or slots.params.get("granularity")):
        granularity = slots.params.get("granularity")
        if granularity in ("Q", "H") and "direction" not in slots.values:
            value = _latest_part(slots, base, granularity)
        else:
            value = _calendar(slots, shifted.year, month, season)
    else:
        value = CalendarValue.of(shifted, "W" if unit == "WE" else unit)
        if unit == "WE":
            value = CalendarValue(value.start, "WE")
    if value is None:
        return None
    mod = _mod(slots) or ("START" if slots.values.get("earlier") else None)
    return Resolution(value.iso(), value, mod, "document")


def _latest_part(slots: Slots, today: date, granularity: str) -> CalendarValue | None:
    """A quarter or half without a year: the most recent one begun by the publication
    date ("the fourth quarter" in January is last year's); "im letzten Quartal" is
    the one before the current."""
    if slots.values.get("ordinal") == -1:
        return CalendarValue.of(shift_date(today, granularity, -1), granularity)
    value = _calendar(slots, today.year, None, None)
    if value is not None and value.start > today:
        value = _calendar(slots, today.year - 1, None, None)
    return value


def deictic_day(slots: Slots, ctx: Context) -> Resolution | None:
    """"gestern", "heute Abend", "last night", "tonight"."""
    offset = slots.get("deictic")
    if offset is None:
        offset = slots.get("direction", 0)
    if ctx.document is None:
        return Resolution(None, anchor="document")
    day = ctx.document.at("D").start + timedelta(days=int(offset))
    value = CalendarValue(day, "D")
    daypart = slots.get("daypart") or slots.get("daypart_adv") or \
        ("NI" if slots.values.get("tonight") else None)
    if daypart:
        return Resolution(f"{day.isoformat()}T{daypart}", value, anchor="document", type="TIME")
    return Resolution(value.iso(), value, anchor="document", type="DATE")


def weekday(slots: Slots, ctx: Context) -> Resolution | None:
    """A weekday relative to the publication date: the most recent one (that day
    itself included), the next one in future context; "last"/"next" exclude it."""
    if ctx.document is None:
        return Resolution(None, anchor="document")
    today = ctx.document.at("D").start
    target = int(slots.get("weekday")) - 1
    direction = int(slots.get("direction", 0) or 0)
    back = (today.weekday() - target) % 7
    ahead = (target - today.weekday()) % 7
    if direction < 0:
        back = back or 7
        if back == 1 and slots.params.get("skips_yesterday"):
            back = 8  # "last Monday" on a Tuesday: the Monday of last week
        day = today - timedelta(days=back)
    elif direction > 0:
        day = today + timedelta(days=ahead or 7)
    elif ctx.future or (ctx.coming_weekday and not ctx.past):
        day = today + timedelta(days=ahead)
    elif ctx.nearest_weekday and not ctx.past and 2 * ahead < back:
        day = today + timedelta(days=ahead)
    else:
        day = today - timedelta(days=back)
    value = CalendarValue(day, "D")
    if daypart := slots.get("daypart"):
        return Resolution(f"{day.isoformat()}T{daypart}", value, anchor="document", type="TIME")
    return Resolution(value.iso(), value, anchor="document")


def _whole_units(amount: float, unit: str, stop: str | None = None) -> tuple[int, str]:
    """2.5 years -> (30, "M"): calendar arithmetic needs whole units (rounded at `stop`)."""
    while not float(amount).is_integer() and unit in _FINER and unit != stop:
        unit, factor = _FINER[unit]
        amount *= factor
    return int(round(amount)), unit


def ago(slots: Slots, ctx: Context) -> Resolution | None:
    """"vor drei Tagen", "two years ago", "in zwei Wochen": from the publication date."""
    unit = slots.get("unit") or slots.get("plural_unit")
    amount = slots.number()
    direction = int(slots.get("direction", -1))
    if amount is None or amount == "X":
        return Resolution("PAST_REF" if direction < 0 else "FUTURE_REF", anchor="document")
    if ctx.document is None:
        return Resolution(None, anchor="document")
    today = ctx.document.at("D").start
    if unit in ("Y", "DE", "CE") and float(amount).is_integer():
        years = int(float(amount)) * {"Y": 1, "DE": 10, "CE": 100}[unit]
        if today.year + direction * years < 1:
            # before the Common Era: ISO year 0 is 1 BC
            return Resolution(f"BC{1 - (today.year + direction * years):04d}", anchor="document")
    if unit in _TIME_UNITS:
        return Resolution(ctx.document.at("D").iso(), ctx.document.at("D"), anchor="document")
    if (same := _same_period_years_away(ctx.reference, unit, amount, direction)) is not None:
        return Resolution(same.iso(), same, anchor="narrative")
    # "vor anderthalb Wochen": move by whole days, keep the precision of the unit said
    count, step = _whole_units(float(amount), unit, stop="D")
    moved = shift_date(today, step, direction * count)
    value = CalendarValue.of(moved, "W" if unit == "WE" else unit)
    return Resolution(value.iso(), value, anchor="document")


def anaphoric(slots: Slots, ctx: Context) -> Resolution | None:
    """"am folgenden Tag", "drei Tage nach der Wahl", "vier Monate zuvor", "damals",
    "the next day": the narrative reference moved (or not) by an amount of units."""
    reference = ctx.reference or ctx.document
    if reference is None:
        return Resolution(None, anchor="narrative")
    direction = slots.get("direction")
    if direction is None:
        direction = slots.get("sequence")
    if direction is None:
        direction = slots.get("anaphor_after") or slots.get("anaphor_before") \
            or slots.get("anaphor_edge") or slots.get("anaphor_preposition") or 0
    amount = slots.number()
    if amount is None:
        amount = 1
    unit = slots.get("calendar_unit") or slots.get("unit") or slots.get("plural_unit") or "D"
    if amount == "X":
        return _vague_offset(reference, unit, int(direction))
    if (int(direction) == 0 or float(amount) == 0) and slots.params.get("remote") \
            and _recent(reference, ctx):
        # "damals" never means the last few weeks: with no earlier date told, the past
        return Resolution("PAST_REF", anchor="narrative")
    if (period := slots.params.get("period")) and reference.finer_than(period):
        # "the year-ago quarter": the narrative's quarter, then moved
        reference = _period_of(reference, period, slots, ctx)
    if int(direction) == 0 or float(amount) == 0:
        if (period := slots.values.get("calendar_unit")) and reference.finer_than(period):
            # "the quarter", "that year": the period of the narrative time
            reference = _period_of(reference, period, slots, ctx)
        return Resolution(reference.iso(), reference, anchor="narrative")
    if (same := _same_period_years_away(reference, unit, amount, int(direction))) is not None:
        return Resolution(same.iso(), same, anchor="narrative")
    count, unit = _whole_units(float(amount), unit)
    if unit in _TIME_UNITS:
        return Resolution(reference.iso(), reference, anchor="narrative")
    moved = shift_date(reference.start, unit, int(direction) * count)
    # the result is no finer than the reference ("2023" + 3 days is still "2023")
    granularity = "W" if unit == "WE" else unit
    if not reference.finer_than(granularity) and reference.granularity != granularity:
        granularity = reference.granularity
    value = CalendarValue.of(moved, granularity)
    return Resolution(value.iso(), value, anchor="narrative")


def _period_of(
    reference: CalendarValue, period: str, slots: Slots, ctx: Context
) -> CalendarValue:
    """The `period` (Q, Y, W…) the narrative time lies in. With the `completed` param a
    report's period ends before it is spoken of: "the quarter" told in the quarter of
    publication is the one before (the running one is "this"/"the current quarter")."""
    value = reference.at("W" if period == "WE" else period)
    if slots.params.get("completed") and ctx.document is not None \
            and value == ctx.document.at(value.granularity):
        value = value.shift(value.granularity, -1)
    return value


_VAGUE_PERIOD = {"MIN": "D", "H": "D", "D": "M", "W": "M", "M": "Y"}


def _same_period_years_away(
    reference: CalendarValue | None, unit: str, amount: Any, direction: int
) -> CalendarValue | None:
    """In a story about a quarter or half-year, "a year earlier" / "vor einem Jahr" is the
    same quarter a year before (results are compared period by period)."""
    if reference is None or reference.granularity not in ("Q", "H") or unit != "Y":
        return None
    if not float(amount).is_integer():
        return None
    return reference.shift("Y", direction * int(float(amount)))


def _vague_offset(reference: CalendarValue, unit: str, direction: int) -> Resolution:
    """"Monate später", "a few days earlier": some units away from the narrative time,
    i.e. in its month or year; further than that only the direction is known."""
    period = _VAGUE_PERIOD.get(unit)
    if period is None:
        return Resolution("PAST_REF" if direction < 0 else "FUTURE_REF", anchor="narrative")
    value = reference.at(period) if reference.finer_than(period) else reference
    return Resolution(value.iso(), value, anchor="narrative")


def _recent(reference: CalendarValue, ctx: Context) -> bool:
    if ctx.document is None:
        return False
    written = ctx.document.at("D").start
    return reference.granularity in ("D", "W", "WE", "M") \
        and abs((written - reference.start).days) <= 14


def easter(year: int) -> date:
    """Easter Sunday (Gregorian), by the anonymous Gregorian algorithm."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = h + m - 7 * ((a + 11 * h + 19 * m) // 433)
    month = (n + 90) // 25
    return date(year, month, (n + month + 19) % 32)


def _feast(code: str, year: int) -> date | None:
    if code.startswith("E"):
        return easter(year) + timedelta(days=int(code[1:]))
    if code.startswith("N"):
        return _nth_weekday(code[1:], year)
    month, day = (int(part) for part in code.split("-"))
    return make_date(year, month, day)


def _nth_weekday(code: str, year: int) -> date | None:
    """"11-4-4": the 4th Thursday (ISO weekday 4) of November; "11-2-1-2": the first
    Tuesday from 2 November on (US Election Day)."""
    month, weekday, nth, *start = (int(part) for part in code.split("-"))
    first = make_date(year, month, start[0] if start else 1)
    if first is None:
        return None
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))


def holiday(slots: Slots, ctx: Context) -> Resolution | None:
    """"an Weihnachten", "zu Ostern 2024": a feast day; without a year the nearest
    one by tense, like a day without a year."""
    code = str(slots.get("holiday"))
    year = _year(slots)
    anchor = None
    if year is None:
        base = ctx.base
        if base is None:
            return Resolution(None, anchor="narrative")
        if not base.finer_than("Y") or base.granularity in ("H", "Q", "SEASON") \
                or (base.granularity == "M" and _feast(code, base.year) is not None
                    and _feast(code, base.year).month == base.start.month):
            # a feast inside the narrative's year or month ("im Dezember … ab Weihnachten")
            year = base.year
        else:
            ref = base.at("D").start
            options = [y for y in (ref.year - 1, ref.year, ref.year + 1) if _feast(code, y)]
            if direction := int(slots.get("direction", 0) or 0):
                # "last Thanksgiving", "next Christmas": the one before or after
                options = [y for y in options if (_feast(code, y) - ref).days * direction > 0]
            year = min(options, key=lambda y: _tense_cost((_feast(code, y) - ref).days, ctx))
        anchor = "narrative"
    day = _feast(code, year)
    if day is None:
        return None
    value = CalendarValue(day, "D")
    return Resolution(value.iso(), value, anchor=anchor)


def _tense_cost(days: int, ctx: Context) -> float:
    if (ctx.past and days > 0) or (ctx.future and days < 0):
        return float("inf")
    return abs(days) * (2 if days > 0 and not ctx.future else 1)


def _duration_code(amount: float | str, unit: str) -> str:
    if amount == "X" and unit in ("DE", "CE"):
        return f"PX{unit}"
    if unit == "DE":
        amount, unit = (amount if amount == "X" else float(amount) * 10), "Y"
    if unit == "CE":
        amount, unit = (amount if amount == "X" else float(amount) * 100), "Y"
    if unit in ("H", "MIN") and isinstance(amount, float) and not amount.is_integer():
        # "eine halbe Stunde" -> PT30M
        amount, unit = amount * 60, "MIN" if unit == "H" else "S"
    if isinstance(amount, float) and amount.is_integer():
        amount = int(amount)
    letter = {"MIN": "M", "S": "S", "H": "H"}.get(unit, unit)
    prefix = "PT" if unit in _TIME_UNITS else "P"
    return f"{prefix}{amount}{letter}"


def duration(slots: Slots, ctx: Context) -> Resolution | None:
    """"zweieinhalb Jahre" -> P2.5Y, "seit Wochen" -> PXW, "24 Stunden" -> PT24H."""
    unit = slots.get("unit") or slots.get("plural_unit") or slots.get("adjective_unit")
    amount = slots.number()
    if amount is None:
        amount = "X"
    return Resolution(_duration_code(amount, unit))


def set_(slots: Slots, ctx: Context) -> Resolution | None:
    """"jeden Montag" -> XXXX-WXX-1, "weekly"/"wöchentlich" -> P1W."""
    day = slots.get("weekday") or slots.get("weekday_adv") or slots.get("weekday_plural")
    if day is not None:
        return Resolution(f"XXXX-WXX-{int(day)}")
    if (adverb := slots.get("set_adverb")) is not None:
        return Resolution(str(adverb))
    unit = slots.get("calendar_unit") or slots.get("plural_unit")
    if unit is None:
        return None
    amount = slots.number() or 1
    return Resolution(_duration_code(amount, "W" if unit == "WE" else unit))


def clock(slots: Slots, ctx: Context) -> Resolution | None:
    """"um 14 Uhr", "14.30 Uhr", "3 p.m.": a time on the narrative day."""
    noon = {"noon": 12, "midnight": 24}.get(str(slots.get("noon", "")).lower())
    hour = noon or int(slots.get("hour") if slots.get("hour") is not None
                       else slots.number() or 0)
    minute = int(slots.get("minute") or 0)
    ampm = slots.get("ampm")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 24:
        return None
    day = _narrative_day(ctx)
    if slots.get("weekday") is not None:
        dated = weekday(slots, ctx)
        day = dated.calendar.start if dated and dated.calendar else day
    elif slots.get("month") is not None and slots.get("day") is not None:
        # "5 p.m. EST Nov. 9": the date names the day
        dated = absolute(slots, ctx)
        if dated is not None and dated.calendar is not None \
                and dated.calendar.granularity == "D":
            day = dated.calendar.start
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return Resolution(f"{prefix}T{hour:02d}:{minute:02d}", anchor="narrative")


def daypart(slots: Slots, ctx: Context) -> Resolution | None:
    """"am Abend", "in the morning": the day part of the narrative day."""
    code = slots.get("daypart") or slots.get("daypart_adv")
    day = _narrative_day(ctx)
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return Resolution(f"{prefix}T{code}", anchor="narrative")


def _narrative_day(ctx: Context) -> date | None:
    reference = ctx.reference or ctx.document
    if ctx.past and ctx.story_day is not None and reference == ctx.document:
        # a later paragraph back at the day of writing still tells the lead's day
        return ctx.story_day.start
    if reference is not None and reference.granularity == "D":
        return reference.start
    return None


def ref(slots: Slots, ctx: Context) -> Resolution | None:
    """"jetzt" -> PRESENT_REF, "kürzlich" -> PAST_REF."""
    return Resolution(str(slots.get("ref")))


ACTIONS: dict[str, Action] = {
    "absolute": absolute,
    "relative_unit": relative_unit,
    "deictic_day": deictic_day,
    "weekday": weekday,
    "ago": ago,
    "anaphoric": anaphoric,
    "duration": duration,
    "set": set_,
    "clock": clock,
    "daypart": daypart,
    "ref": ref,
    "holiday": holiday,
    "before_common_era": before_common_era,
    "weekend": weekend,
}
