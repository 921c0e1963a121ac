"""Narrative time: the date a text is talking about at any point.

News moves through time: "Im Oktober 2023 griff … an. Im August wurden …
verhaftet. Am folgenden Tag …". The model keeps the calendar dates of the text
in order and answers, for a clause, the date it is explicitly given, else the
date the narrative has reached before it, else the publication date.

One `NarrativeClock` rule serves both the tagger (which resolves "im August" against
it) and `NarrativeTime` (which dates events), so the two never disagree. Event dating
starts the clock again at each paragraph: a paragraph that tells no time of its own is
back in the story's present (the publication date), while a bare month still takes its
year from the whole story.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Generic, TypeVar

from chronist.document import DateBasis, TimeExpression
from chronist.time.values import CalendarValue, date_prefix, parse_iso, shift_date

V = TypeVar("V")
# Values finer than a season: a day, a week, a month (TIMEX3 prefixes).
_FINE_VALUE = re.compile(r"^\d{4}-(?:\d{2}|W\d{2})")
_WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})")
# A century ("des 21. Jahrhunderts") names an era: it dates no event.
_CENTURY_VALUE = re.compile(r"^\d{2}$")
# How far before the clause above a clause of "after" looks for its own day.
_WEEK_BEFORE = 7  # days


class NarrativeClock(Generic[V]):
    """The moving reference time. A year (or a coarser period) holds only for a few
    sentences: "eine Frau, die 1936 geboren wurde" must not date a later "am 17. März";
    after that the last month or day told (or the starting value) takes over again.
    Sentences are counted in text order, those that tell no time too."""

    COARSE_SPAN = 2  # sentences

    def __init__(self, start: V | None = None) -> None:
        self._fine = start
        self._coarse: V | None = None
        self._sentence = -1  # number of the last sentence seen
        self._since_coarse = 0  # sentences begun since the coarse reference

    @property
    def fine(self) -> V | None:
        return self._fine

    def at(self, sentence: int) -> V | None:
        self._see(sentence)
        if self._coarse is not None and self._since_coarse <= self.COARSE_SPAN:
            return self._coarse
        return self._fine

    def move(self, value: V, fine: bool, sentence: int) -> None:
        """Move to `value`; `fine` when it is finer than a season (a day, week, month)."""
        self._see(sentence)
        if fine:
            self._fine, self._coarse = value, None
        else:
            self._coarse, self._since_coarse = value, 0

    def _see(self, sentence: int) -> None:
        if sentence != self._sentence:
            # a year told three sentences back holds no more, though none between told a
            # time ("… damals zurück. [four sentences] … hatten erst im März …")
            self._since_coarse += max(1, sentence - self._sentence)
            self._sentence = sentence


@dataclass(frozen=True, slots=True)
class Anchor:
    start: int
    end: int
    value: str
    clause: tuple[int, ...] = ()
    """The governing verb and the verbs above it (see TimeExpression.clause)."""
    background: bool = False
    attached: tuple[int, ...] = ()

    def dates(self, start: int, end: int, event: tuple[int, ...] | None) -> bool:
        """Whether this time can date the clause spanning start:end, whose verb and the
        verbs above it are `event`: a time of the clause itself or of one above it does;
        one in a background clause below or beside it ("who fled in September",
        "das im Mai geschlossene Abkommen", "agrees to raise quotas … from June") only
        when that clause tells about the event's own word ("sanctions imposed in
        October")."""
        if event is None or not self.clause or not self.background:
            return True
        if self.clause[0] in event:
            return True
        if event and start <= event[0] < end:
            return False  # the event is a verb: a clause below it is not its time
        return any(start <= offset < end for offset in self.attached)


class NarrativeTime:
    """Answers `date_for(start, end) -> (value, basis)` for one document."""

    LEAD_PARAGRAPHS = 3
    """Headline, teaser and lead: the paragraphs a story opens with."""

    def __init__(
        self,
        times: Sequence[TimeExpression],
        sentences: Sequence[tuple[int, int]],
        published: str | None,
        paragraphs: Sequence[int] = (),
        clauses: Mapping[int, tuple[int, ...]] | None = None,
        done: Collection[int] = (),
        flashbacks: Collection[int] = (),
        semicolons: Sequence[int] = (),
        hanging: Mapping[int, str] | None = None,
        onsets: Mapping[int, str] | None = None,
        anterior: Collection[int] = (),
        lags: Mapping[int, str] | None = None,
        anterior_nouns: Mapping[int, tuple[int, int]] | None = None,
    ) -> None:
        self.document = date_prefix(published[:10] if published else None)
        written = parse_iso(self.document)
        self._written = written.start if written is not None else None
        # heads of clauses in a past or perfect tense: no day after the writing dates them
        self._done = frozenset(done)
        # heads of clauses in a past perfect ("hatte … vermittelt", "had brokered")
        self._flashbacks = frozenset(flashbacks)
        # heads of clauses that hang on a time ("since 2022, when Pelosi visited Taipei")
        # -> that time's value: what happened then, even where the time is a span's edge
        self._hanging = {head: value for head, v in (hanging or {}).items()
                         if (value := date_prefix(v))}
        # heads of clauses telling a state begun at a time gone by ("has been on strike
        # since March") -> that time: when the state began, the clause's only date
        self._onsets = {head: value for head, v in (onsets or {}).items()
                        if (value := date_prefix(v))}
        # heads of clauses of what happened before the clause above ("after a court
        # refused"): that clause's day is not theirs
        self._anterior = frozenset(anterior)
        # heads of those clauses whose conjunction is measured ("a week after",
        # "zwei Tage nachdem") -> the measure (an ISO duration): how long before the
        # clause above they happened
        self._lags = dict(lags or {})
        # nouns after a preposition of what happened before ("after Lai's stopover") ->
        # the span of their phrase: the clause's day is not theirs either. Only the
        # opening is read so: it tells the news and its cause, which the body then dates
        # ("closes the border after an attack … The workers were shot on Monday").
        starts = sorted(paragraphs)
        opening_end = starts[self.LEAD_PARAGRAPHS] if len(starts) > self.LEAD_PARAGRAPHS \
            else None
        self._anterior_nouns = {
            offset: phrase for offset, phrase in (anterior_nouns or {}).items()
            if opening_end is None or offset < opening_end}
        # a semicolon closes a clause: a time after it tells nothing of the clause before
        self._semicolons = sorted(semicolons)
        self.sentences = sorted(sentences)
        self._sentence_starts = [s for s, _ in self.sentences]
        dated = _dated(times)
        self.anchors = [
            Anchor(t.start, t.end, date_prefix(t.value), t.clause, t.background, t.attached)
            for t in dated
        ]
        # token offset -> the verbs of its clause and the clauses above (from the parse)
        self._clauses = dict(clauses or {})
        self._offsets = sorted(self._clauses)
        # a relative clause or participle tells background, a plan or possibility looks
        # ahead: their times date no later clause
        moving = [a for a, t in zip(self.anchors, dated, strict=True)
                  if t.moves_narrative and not t.background
                  and not t.attributes.get("restates")]
        # A dateline's date is when the report was filed, a span's edge when something
        # began or must end ("the first talks since June"): neither dates a clause.
        # A time told again in brackets ("6 a.m. (2200 GMT Monday)") is the one before it.
        self._explicit = [
            a for a, t in zip(self.anchors, dated, strict=True)
            if not t.attributes.get("dateline") and not t.span_edge
            and not t.attributes.get("restates")
        ]
        # heads of the clauses those times stand in
        self._explicit_heads = frozenset(a.clause[0] for a in self._explicit if a.clause)
        # every time the text has told (span edges and background included) that is no
        # plan after the writing: what a past perfect without a time of its own goes
        # back to
        self._told = [
            a for a, t in zip(self.anchors, dated, strict=True)
            if not t.attributes.get("dateline") and not self._after_writing(a.value)
        ]
        self._told_ends = [a.end for a in self._told]
        self._story_day: str | None = None
        self._references = self._topics_first(
            _references(moving, self.sentences, paragraphs), paragraphs)
        # values the text writes out with their year ("In 2025"): after the writing, it is
        # the writing's date that is wrong (an old page date), not the text
        self._written_out = {a.value for a, t in zip(self.anchors, dated, strict=True)
                             if "anchor" not in t.attributes}

    def _topics_first(
        self, references: list[tuple[int, str]], paragraphs: Sequence[int]
    ) -> list[tuple[int, str]]:
        """A paragraph that opens with what happened and tells its day after ("Baku
        stellte erneut Forderungen. Alijew verlangte am Montag …"): the sentences before
        its first time take that time when it is a day of the last week (the news). So do
        the headline and teaser above a lead that tells that day ("Bundesrat übernimmt
        EU-Sanktionen | … | Der Bundesrat hat am Mittwoch beschlossen …") when the lead
        tells no other day."""
        starts = sorted(paragraphs)
        filled = list(references)
        index = 0
        while index < len(filled):
            if filled[index][1]:
                index += 1
                continue
            end = index
            while end < len(filled) and not filled[end][1]:
                end += 1
            if index == 0:
                # a plan the headline or teaser announces ("police to begin clearing the
                # camp next month") is no day of the news: they still tell the lead's
                end = self._past_plans(filled, starts, end)
            if end < len(filled) and self._recent_day(filled[end][1]):
                paragraph = bisect_right(starts, filled[end][0])
                # the headline and teaser tell the news the lead tells: before the text's
                # first time, paragraphs up to the lead take its day too
                lead = index == 0 and paragraph <= self.LEAD_PARAGRAPHS \
                    and self._one_day(filled, starts, paragraph)
                if lead:
                    self._story_day = filled[end][1]
                for k in range(index, end):
                    if not filled[k][1] and (
                            lead or bisect_right(starts, filled[k][0]) == paragraph):
                        filled[k] = (filled[k][0], filled[end][1])
            index = end
        return filled

    def _past_plans(
        self, references: Sequence[tuple[int, str]], starts: Sequence[int], end: int
    ) -> int:
        """From the headline's first time at `end`: past the plans after the writing told
        above the lead, the index of the first time that is none, when the lead tells it;
        else `end`."""
        index = end
        while index < len(references) and (
                not references[index][1] or self._after_writing(references[index][1])):
            if references[index][1] \
                    and bisect_right(starts, references[index][0]) >= self.LEAD_PARAGRAPHS:
                return end  # a plan the lead tells
            index += 1
        if index == end or index == len(references) \
                or bisect_right(starts, references[index][0]) > self.LEAD_PARAGRAPHS:
            return end
        return index

    def _one_day(
        self, references: Sequence[tuple[int, str]], starts: Sequence[int], paragraph: int
    ) -> bool:
        """Whether the paragraph tells one day gone by only: a lead that tells two ("am
        Montag beschossen, teilte am Dienstag mit") leaves the headline's day open; a day
        ahead ("tritt am Freitag in Kraft") is a plan, not news."""
        days = {value for offset, value in references
                if value and bisect_right(starts, offset) == paragraph
                and (calendar := parse_iso(value)) is not None and calendar.granularity == "D"
                and not self._after_writing(value)}
        return len(days) == 1

    def _recent_day(self, value: str) -> bool:
        day = parse_iso(value)
        return day is not None and day.granularity == "D" and self._written is not None \
            and 0 <= (self._written - day.start).days <= 6

    def sentence_of(self, offset: int) -> tuple[int, int] | None:
        index = bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index][1]:
            return self.sentences[index]
        return None

    def clause_for(self, start: int, end: int) -> tuple[int, ...] | None:
        """The verbs of the clause spanning start:end and of those above it: those of its
        word highest in the parse (the shortest chain); None without a parse."""
        lo, hi = bisect_left(self._offsets, start), bisect_left(self._offsets, end)
        chains = [self._clauses[offset] for offset in self._offsets[lo:hi]]
        return min(chains, key=len) if chains else None

    def explicit_for(self, start: int, end: int) -> str | None:
        """The date written in the clause: inside the span, else the nearest in its
        sentence; neither from a background clause that is not the event's own."""
        return self._explicit_in(start, end, self.clause_for(start, end))

    def _explicit_in(self, start: int, end: int, event: tuple[int, ...] | None) -> str | None:
        """explicit_for, for a clause whose verbs (`event`) are already known."""
        explicit = [a for a in self._explicit if a.dates(start, end, event)]
        inside = [a for a in explicit if a.start >= start and a.end <= end]
        if inside:
            return inside[0].value
        sentence = self.sentence_of(start)
        if sentence is None:
            return None
        near = [a for a in explicit if a.start >= sentence[0] and a.end <= sentence[1]
                and not self._semicolon_between(end, a.start)]
        if not near:
            return None
        return min(near, key=lambda a: _distance(a, start, end)).value

    def _semicolon_between(self, start: int, end: int) -> bool:
        """Whether a semicolon lies between start and end ("Advocates vow to sue; police
        to begin clearing the camp next month": the month is not the vow's)."""
        index = bisect_left(self._semicolons, start)
        return index < len(self._semicolons) and self._semicolons[index] < end

    def reference_at(self, offset: int) -> str | None:
        """The narrative time reached at the start of the sentence holding `offset`."""
        index = bisect_right(self._references, (offset, "\uffff")) - 1
        return (self._references[index][1] or None) if index >= 0 else None

    def date_for(self, start: int, end: int) -> tuple[str | None, DateBasis | None]:
        """The clause's own date, else the story's time, else the day of writing; a
        clause that tells what has happened ("hat seine Teilnahme zugesagt") takes
        neither a plan's day ("am kommenden Freitag") nor a story that went ahead to it.
        What happened before the clause above ("summoned the envoy on Tuesday after a
        court refused") takes, without a time of its own, the day the text tells next
        in the week before that clause's ("The court ruled on Monday")."""
        event = self.clause_for(start, end)
        value, basis = self._date_in(start, end, event)
        if value is not None and self._untimed_anterior(start, event):
            if event and (lag := self._lags.get(event[0])) and (back := _back_by(value, lag)):
                return back, "narrative"  # "a week after the Netherlands expelled …"
            earlier = self._day_before(value, start)
            if earlier is not None:
                return earlier, "narrative"
        if value is not None and self._untimed_anterior_noun(start):
            earlier = self._day_before(value, start, told_as_background=False)
            if earlier is not None:
                return earlier, "narrative"  # "… after Lai's stopover. … last week"
        return value, basis

    def _date_in(
        self, start: int, end: int, event: tuple[int, ...] | None
    ) -> tuple[str | None, DateBasis | None]:
        """date_for, for a clause whose verbs (`event`) are already known."""
        happened = bool(event) and event[0] in self._done
        if event and event[0] in self._hanging and event[0] not in self._explicit_heads:
            return self._hanging[event[0]], "explicit"
        value = self._explicit_in(start, end, event)
        if value is not None and not (happened and self._too_late(value)):
            return value, "explicit"
        if value is None and event and event[0] in self._onsets:
            return self._onsets[event[0]], "explicit"
        if event and event[0] in self._flashbacks and (told := self._told_before(start)):
            # a past perfect without a time of its own goes back behind the story's
            # present, to the last time told ("Im Herbst 2022 hatte … ausgelöst. … war
            # festgenommen worden"; "die USA, die das Abkommen vermittelt hatten")
            return told, "narrative"
        sentence = self.sentence_of(start)
        value = self.reference_at(sentence[0] if sentence else start)
        if value is not None and not (happened and self._too_late(value)):
            return value, "narrative"
        told_done = bool(event) and any(head in self._done for head in event)
        if told_done and self._story_day is not None:
            # what a story whose lead tells one day gone by says happened (or was said
            # then), without a time of its own, happened on that day ("Die Bundesregierung
            # werde … bereitstellen, kündigte sie an" after "am Dienstagabend gestartet");
            # its present is today's
            return self._story_day, "narrative"
        if self.document is not None:
            return self.document, "document"
        return None, None

    def anterior(self, offset: int) -> bool:
        """Whether the word at `offset` stands in a clause of what happened before the
        clause above ("after a court refused") that tells no time of its own."""
        return self._untimed_anterior(offset, self.clause_for(offset, offset + 1))

    def _untimed_anterior(self, offset: int, event: tuple[int, ...] | None) -> bool:
        """Whether `event`, the clause at `offset`, tells what happened before the clause
        above and no time of its own."""
        return bool(event) and event[0] in self._anterior and not self._own_time(offset, event[0])

    def _untimed_anterior_noun(self, offset: int) -> bool:
        """Whether the word at `offset` is a noun after a preposition of what happened
        before ("after the attack") whose phrase tells no time of its own."""
        phrase = self._anterior_nouns.get(offset)
        return phrase is not None and not any(
            phrase[0] <= a.start < phrase[1] for a in self._explicit)

    def _own_time(self, offset: int, head: int) -> bool:
        """Whether the clause headed at `head` in the sentence of `offset` tells a time."""
        if head in self._hanging or head in self._onsets:
            return True
        sentence = self.sentence_of(offset)
        return sentence is not None and any(
            a.clause and a.clause[0] == head and sentence[0] <= a.start < sentence[1]
            for a in self._explicit)

    def _day_before(
        self, value: str, offset: int, told_as_background: bool = True
    ) -> str | None:
        """The first day or week the text tells after the sentence of `offset` that lies
        in the week before `value` begins: what a clause of "after" went back to is told
        in the lines that follow the lead ("after a court refused … The court ruled on
        Monday"). Without `told_as_background`, not a day told in a relative clause or
        participle ("the licence, signed on Tuesday"): that tells of some other thing."""
        later = _days(value)
        sentence = self.sentence_of(offset)
        if later is None or sentence is None:
            return None
        for anchor in self._explicit:
            if anchor.background and not told_as_background:
                continue
            days = _days(anchor.value) if anchor.start >= sentence[1] else None
            if days is not None and days[1] < later[0] \
                    and (later[0] - days[1]).days <= _WEEK_BEFORE:
                return anchor.value
        return None

    def _told_before(self, offset: int) -> str | None:
        """The value of the last time told before `offset`, across paragraphs."""
        index = bisect_right(self._told_ends, offset) - 1
        return self._told[index].value if index >= 0 else None

    def ahead(self, value: str | None) -> bool:
        """Whether `value` begins after the day of writing: what is dated there has not
        happened yet ("reist am Freitag weiter", "is due to speak on Friday")."""
        return value is not None and self._after_writing(value)

    def _too_late(self, value: str) -> bool:
        """A value counted from the writing or the story that lies after the writing."""
        return value not in self._written_out and self._after_writing(value)

    def _after_writing(self, value: str) -> bool:
        """Whether the period `value` begins after the day of writing."""
        if self._written is None:
            return False
        if week := _WEEK_VALUE.match(value):
            try:
                first = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
            except ValueError:
                return False
        elif (calendar := parse_iso(value)) is not None:
            first = calendar.start
        else:
            return False
        return first > self._written


# A measure of time: "P2D", "P1W", "P3M", "P1Y" (whole units only).
_MEASURE = re.compile(r"^P(\d+)([DWMY])$")


def _back_by(value: str, lag: str) -> str | None:
    """`value` moved back by the measure `lag`, at the precision of `value` ("2026-01-28"
    less "P1W" is "2026-01-21"); None when the measure is finer than the value (a day
    less than a month still lies in that month, or the one before) or no measure."""
    measure, calendar = _MEASURE.match(lag), parse_iso(value)
    if measure is None or calendar is None:
        return None
    amount, unit = int(measure.group(1)), measure.group(2)
    if not (calendar.finer_than(unit) or calendar.granularity == unit):
        return None
    moved = shift_date(calendar.start, unit, -amount)
    return CalendarValue.of(moved, calendar.granularity).iso()


def _days(value: str) -> tuple[date, date] | None:
    """The first and last day of a day or week value; None for other values."""
    if week := _WEEK_VALUE.match(value):
        try:
            first = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        except ValueError:
            return None
        return first, first + timedelta(days=6)
    calendar = parse_iso(value)
    if calendar is None or calendar.granularity != "D":
        return None
    return calendar.start, calendar.start


def _dated(times: Sequence[TimeExpression]) -> list[TimeExpression]:
    """The expressions that become anchors, in the anchors' order."""
    return [
        t for t in sorted(times, key=lambda t: t.start)
        if t.type in ("DATE", "TIME") and (value := date_prefix(t.value))
        and not _CENTURY_VALUE.match(value)
    ]


_PARAGRAPH, _SENTENCE, _ANCHOR = -1, 0, 1


def _references(
    anchors: Sequence[Anchor], sentences: Sequence[tuple[int, int]],
    paragraphs: Sequence[int] = (),
) -> list[tuple[int, str]]:
    """(offset, narrative time from there on): the clock read at each sentence start and
    right after each anchor, so a clause between sentences still finds its time; the
    clock starts again at each paragraph."""
    clock: NarrativeClock[str] = NarrativeClock()
    # at one offset a paragraph starts before its sentence, and both before an anchor
    events = sorted([(start, _PARAGRAPH, None) for start in paragraphs]
                    + [(start, _SENTENCE, None) for start, _ in sentences]
                    + [(a.end, _ANCHOR, a) for a in anchors], key=lambda e: (e[0], e[1]))
    sentence = -1  # number of the sentence reached
    references: list[tuple[int, str]] = []
    for offset, kind, anchor in events:
        if kind == _PARAGRAPH:
            # A paragraph that tells no time of its own is back in the story's present
            # ("Moscow dismissed the accusations" after a paragraph of background).
            clock = NarrativeClock()
            continue
        if anchor is None:
            sentence += 1
        else:
            clock.move(anchor.value, bool(_FINE_VALUE.match(anchor.value)), sentence)
        value = clock.at(sentence)
        # "" marks a stretch where the text has told no time yet
        references.append((offset, value or ""))
    return references


def _distance(anchor: Anchor, start: int, end: int) -> int:
    if anchor.end <= start:
        return start - anchor.end
    if anchor.start >= end:
        return anchor.start - end
    return 0
