"""The temporal tagger: finds time expressions with the data rules and resolves them.

Matching: every rule runs over the text; overlapping candidates are settled
longest first (ties go to the rule listed first). Resolution runs in text
order so that the narrative reference can move: each resolved calendar date
becomes the reference for the anaphoric and bare expressions after it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import regex

from chronist.document import TimeExpression
from chronist.time.clauses import Clause
from chronist.time.lexicon import Rule, TimeLexicon, compile_rule, fold, group_tables
from chronist.time.narrative import NarrativeClock
from chronist.time.resolve import ACTIONS, Context, Slots
from chronist.time.values import CalendarValue, make_date, shift_date

_WORD = regex.compile(r"[\w€$£§'.]+")
# A sentence ends at . ! ? before a capital, but not after an ordinal ("am 17. März"),
# an initial ("z. B.", "J. Smith") or a common abbreviation; and at every line break.
_ABBREVIATIONS = (
    "Dr|Nr|St|Prof|bzw|ca|vgl|usw|etc|Mio|Mrd|Abs|Art|Jh|Jan|Feb|Aug|Sept|Okt|Nov|Dez|"
    "Mr|Mrs|Ms|Jr|Sr|Inc|Co|Corp|Gen|Sen|Rep|Gov|Lt|Col|Sgt|No|vs"
)
_SENTENCE_END = regex.compile(
    rf"(?<=[.!?…][\"“”»)]?)(?<!\d\.)(?<!\b\w\.)(?<!\b(?:{_ABBREVIATIONS})\.)"
    r"\s+(?=[\"„“»(]?[A-ZÄÖÜ0-9])|\n+"
)


@dataclass(frozen=True, slots=True)
class _Compiled:
    rule: Rule
    index: int
    pattern: regex.Pattern[str]
    groups: dict[str, str]


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    compiled: _Compiled
    match: Any


def simple_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans without a parser: split after . ! ? before a capital, and at line breaks."""
    spans, start = [], 0
    for gap in _SENTENCE_END.finditer(text):
        if gap.start() > start:
            spans.append((start, gap.start()))
        start = gap.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


class TimeTagger:
    """Tags and normalises the time expressions of one language."""

    def __init__(self, lexicon: TimeLexicon) -> None:
        self.lexicon = lexicon
        self.language = lexicon.lang
        self._rules = [
            _Compiled(rule, i, compile_rule(rule, lexicon), group_tables(rule))
            for i, rule in enumerate(lexicon.rules)
        ]
        self._tables = {
            name: {fold(k): v for k, v in table.entries.items()}
            for name, table in lexicon.tables.items()
        }
        self._future = _marker_pattern(lexicon.future_markers)
        self._past = _marker_pattern(lexicon.past_markers)

        year = lexicon.bare_year
        self._allow_next = {fold(w) for w in year.allow_next}
        self._reject_next = {fold(w) for w in year.reject_next}
        self._reject_prev = {fold(w) for w in year.reject_prev}
        self._allow_prev = {fold(w) for w in year.allow_prev}
        self._span_words = {fold(w) for w in lexicon.span_words}
        self._since_words = {fold(w) for w in lexicon.since_words}
        self._forward = {fold(w) for w in lexicon.forward_prepositions}
        self._naming = {fold(w) for w in lexicon.naming_determiners}
        self._possessives = tuple(lexicon.possessive_endings)

    # --- matching -------------------------------------------------------------------
    def candidates(self, text: str) -> list[Candidate]:
        found = []
        for compiled in self._rules:
            for match in compiled.pattern.finditer(text, overlapped=True):
                if match.end() == match.start():
                    continue
                if compiled.rule.params.get("bare_year") and not self._plausible_year(text, match):
                    continue
                found.append(Candidate(match.start(), match.end(), compiled, match))
        return found

    def select(self, candidates: Sequence[Candidate]) -> list[Candidate]:
        """Non-overlapping candidates, longest first, then by rule order."""
        ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), c.compiled.index, c.start))
        starts: list[int] = []  # taken spans, sorted and disjoint
        ends: list[int] = []
        taken: list[Candidate] = []
        for candidate in ranked:
            index = bisect_right(starts, candidate.start)
            if index > 0 and ends[index - 1] > candidate.start:
                continue
            if index < len(starts) and starts[index] < candidate.end:
                continue
            starts.insert(index, candidate.start)
            ends.insert(index, candidate.end)
            taken.append(candidate)
        return sorted(taken, key=lambda c: c.start)

    def _set_for(self, text: str, candidate: Candidate) -> bool:
        """"rief für Samstag zu Protesten auf", "called a strike for Friday": the day
        something is set for may lie ahead even in a past clause ("blamed for Friday's
        attack" does not; "figures for March" name a period, so only weekdays)."""
        if candidate.compiled.rule.resolve != "weekday":
            return False
        possessive = text.startswith(self._possessives, candidate.end)
        return _word_before(text, candidate.start) in self._forward and not possessive

    def _plausible_year(self, text: str, match: Any) -> bool:
        """A lone four-digit number names a year unless its neighbours say it counts something."""
        if match.group(0) != match.group("year"):
            return True  # a preposition such as "seit", "im Jahr" was part of the match
        before = _WORD.findall(text[max(0, match.start() - 24):match.start()])
        if before and fold(before[-1]) in self._reject_prev:
            return False
        if before and fold(before[-1]) in self._allow_prev:
            return True
        prefix = text[max(0, match.start() - 2):match.start()].rstrip()
        if prefix and prefix[-1] in "€$£§#":
            return False
        spaced = text[match.end():match.end() + 1] == " "
        after = _WORD.match(text, match.end() + 1) if spaced else None
        if after is None:
            return True
        word = after.group(0).rstrip(".")
        if fold(word) in self._reject_next:
            return False
        if self.lexicon.bare_year.reject_next_capitalized and word[:1].isupper():
            return fold(word) in self._allow_next
        return True

    # --- resolution -----------------------------------------------------------------
    def slots(self, candidate: Candidate) -> Slots:
        """Captured words looked up in their tables, keyed by table name. An aliased
        group ({month@m0}, context in a lookbehind) is kept under its alias only."""
        values: dict[str, Any] = {}
        for group, text in candidate.match.groupdict().items():
            if text is None:
                continue
            table = candidate.compiled.groups.get(group, group)
            value: Any = text
            if table in self._tables:
                value = self._tables[table].get(fold(text))
                if value is None:
                    continue
            values.setdefault(group if group != table else table, value)
        return Slots(values, dict(candidate.compiled.rule.params))

    def tag(
        self,
        text: str,
        published: CalendarValue | None,
        sentences: Sequence[tuple[int, int]] | None = None,
        tenses: Sequence[tuple[int, str]] = (),
        governors: Mapping[int, str] | None = None,
        clauses: Mapping[int, Clause] | None = None,
        paragraphs: Sequence[int] = (),
        nouns: Collection[int] = (),
        in_phrase: Collection[int] = (),
    ) -> list[TimeExpression]:
        """All time expressions of `text`, resolved against `published` and the narrative.

        `tenses` are (offset, "Past"|"Pres"|"Fut") of the text's verbs when a parser
        has read it; `governors` maps each token offset to the tense of the verb that
        governs it ("Past", "Pres", "Fut"). Without them tense comes from marker words.
        `clauses` (token offset -> its clause, from the parse) tie each time to its verb:
        a time in a clause that looks ahead (a plan, a possibility) is counted forward
        ("promised to present a plan by the end of June"). Such times and those of relative
        clauses and participles (`background`) still move the story's time that resolves
        bare months here (measured: a year in a relative clause, a plan's
        day before a bare past day), but date no later event
        (NarrativeTime). The story's time runs on across `paragraphs` (start offsets): a
        year written in one dates the bare months of the next, until two paragraphs
        have told no time (measured: restarting it at each paragraph lost German and
        English values; event dating restarts at paragraphs in NarrativeTime).
        """
        sentences = sorted(sentences) if sentences is not None else simple_sentences(text)
        sentence_starts = [start for start, _ in sentences]
        # The story's time, and the last time told: a flashback ("Spiegel war zehn Tage
        # nach der Flut aufgebrochen") moves only the latter, which anaphora follow
        # ("Monate später kam das heraus").
        narrative: NarrativeClock[CalendarValue] = NarrativeClock(published)
        told: NarrativeClock[CalendarValue] = NarrativeClock(published)
        selected = self.select(self.candidates(text))
        written = self._written_dates(selected)
        dated: list[tuple[int, CalendarValue]] = []
        times = []
        starts = sorted(paragraphs)
        paragraph, told_in = 0, 0  # the paragraph of the last time; the last that told one
        # the month or day a past perfect went back to, while the story has not moved
        went_back: CalendarValue | None = None
        story_day: CalendarValue | None = None  # the day gone by that the lead tells
        for candidate in selected:
            if starts and (index := bisect_right(starts, candidate.start)) != paragraph:
                if index - told_in > _QUIET_PARAGRAPHS:
                    # paragraphs that told no time lie between: the story is back in the
                    # present (a written year does not carry past them)
                    narrative = NarrativeClock(published)
                    went_back = None
                paragraph = index
            sentence = _sentence_of(candidate.start, sentences, sentence_starts, len(text))
            future, past = self._governed_tense(candidate, governors) if governors \
                else (False, False)
            set_for = self._set_for(text, candidate)
            clause = _clause_of(candidate, clauses) if clauses else None
            if clause is not None and clause.ahead and not set_for:
                future, past = True, False  # a plan or possibility: counted forward
            elif clause is not None and clause.done and not future:
                # a perfect tells what has happened, whatever its auxiliary's present
                # ("sind am Freitag zusammengekommen": last Friday, not the coming one)
                past = True
            if set_for:  # whatever the clause's tense: the nearer of the last and next
                future, past = False, False
            elif not (future or past):
                # no tense from the parse (a present, a modal): marker words decide
                future, past = self._tense(text, candidate, sentence, tenses)
            since = self._since(candidate, text)
            if since:
                future, past = False, True  # a span from a time gone by
            number = bisect_right(sentence_starts, sentence[0]) - 1  # the clocks count sentences
            story_time, told_time = narrative.at(number), told.at(number)
            coming = self._announces(candidate, clause, future or past or bool(set_for)) \
                and not _earlier(story_time, published)
            anaphoric = candidate.compiled.rule.resolve == "anaphoric"
            slots = self.slots(candidate)
            reference = self._anchor(text, candidate, sentence, sentences, written, dated) \
                or (told_time if anaphoric else story_time)
            context = Context(
                document=published,
                reference=reference,
                future=future,
                past=past,
                fine=narrative.fine,
                nearest_weekday=set_for or self.lexicon.untensed_weekday == "nearest",
                soft_past=self.lexicon.past_tense == "soft" and not since,
                narrative_year=self.lexicon.month_year == "narrative",
                coming_weekday=coming,
                done=past and self._told_done(candidate, clause, text, in_phrase),
                named_year=self._named_year(candidate, slots, written)
                or self._year_after(candidate, slots, went_back, published),
                story_day=story_day,
            )
            resolution = ACTIONS[candidate.compiled.rule.resolve](slots, context)
            if resolution is None:
                continue
            time = _expression(text, candidate, resolution)
            if future or past:
                # the clause's tense, for readers of `times` (publication inference,
                # planned events)
                time.attributes["tense"] = "future" if future else "past"
            if clause is not None:
                # a time of day too ("am kommenden Freitag ab 13.45 Uhr") is its clause's
                time.clause, time.attached = clause.chain, clause.attached
                time.background = clause.background
            times.append(time)
            if time.type == "DATE" and resolution.calendar is not None:
                dated.append((candidate.start, resolution.calendar))
            if time.type in ("DATE", "TIME") and resolution.calendar is not None:
                calendar = resolution.calendar
                fine = calendar.finer_than("SEASON")
                time.span_edge = self._span_edge(candidate, text)
                if since:
                    time.attributes["since"] = True
                # the edge of a span ("seit 2018", "bis 2036") does not move the story
                # nor does a decade or century: it names an era, not a time of the story
                time.moves_narrative = not time.span_edge and calendar.finer_than("DE") \
                    and self._moves_narrative(candidate)
                if time.moves_narrative or time.span_edge:
                    # an anaphor ("damals") takes the last time told, a span's edge too
                    # ("seit Anfang 2025 … damals")
                    told.move(calendar, fine, number)
                if self._names_a_noun(text, candidate, nouns) or (
                        clause is not None and clause.background and clause.head in nouns
                ) or (
                        candidate.compiled.rule.params.get("keeps_narrative_in_phrase")
                        and candidate.start in in_phrase):
                    # a date naming a noun's happening ("the Dec. 21, 1988, bombing", "der
                    # Vertrag von 1920": the clause of the noun's attribute) or "damals"
                    # describing someone then ("der damals 16 Jahre alten …") is no time
                    # the story has reached
                    time.moves_narrative = False
                if time.moves_narrative:
                    if self._in_flashback(candidate, governors):
                        time.moves_narrative = False
                        went_back = calendar if calendar.granularity in ("M", "D") \
                            else None
                    else:
                        # the story moves to every date the text tells in its own time
                        narrative.move(calendar, fine, number)
                        told_in = paragraph
                        went_back = None
                        if story_day is None and paragraph <= _LEAD_PARAGRAPHS \
                                and _days_gone_by(calendar, published):
                            story_day = calendar
        return times

    def _written_dates(self, selected: Sequence[Candidate]) -> list[tuple[int, CalendarValue]]:
        """Dates written out with their year, known before any narrative is followed."""
        found = []
        for candidate in selected:
            slots = self.slots(candidate)
            if candidate.compiled.rule.resolve == "absolute" and "year" in slots.values:
                resolution = ACTIONS["absolute"](slots, Context(None, None))
                if resolution is not None and resolution.calendar is not None:
                    found.append((candidate.start, resolution.calendar))
        return found

    def _named_year(
        self, candidate: Candidate, slots: Slots, written: Sequence[tuple[int, CalendarValue]]
    ) -> int | None:
        """The year of the last month written out with its year before a bare month or
        day of the same month ("the July 2021 riots … a long time before July 8")."""
        if candidate.compiled.rule.resolve != "absolute":
            return None
        values = slots.values
        month = values.get("month") or values.get("mnum")
        if month is None or any(key in values for key in (*_YEAR_SLOTS, "direction")):
            return None
        years = [value.start.year for start, value in written
                 if start < candidate.start and value.granularity in ("M", "D")
                 and value.start.month == int(month)]
        return years[-1] if years else None

    @staticmethod
    def _year_after(
        candidate: Candidate, slots: Slots, went_back: CalendarValue | None,
        published: CalendarValue | None,
    ) -> int | None:
        """The year of the month or day a past perfect went back to, for a bare month or
        day later in that year ("hatte im Juni 2024 … vorgelegt. Im Juli zog er sie …
        zurück": the story goes on from there) that lies before the writing; a month
        of another year ("am 7. Oktober 2023 entführt worden … Im August") is not the
        story going on."""
        if went_back is None or published is None \
                or candidate.compiled.rule.resolve != "absolute" or any(
                    key in slots.values for key in (*_YEAR_SLOTS, "direction", "season")):
            return None
        month = slots.values.get("month") or slots.values.get("mnum")
        if month is None:
            return None
        day = slots.values.get("day")
        last = shift_date(went_back.start, went_back.granularity, 1) - timedelta(days=1)
        told = make_date(last.year, int(month), int(day) if day is not None else 1)
        if told is not None and last < told <= published.start:
            return last.year
        return None

    def _anchor(
        self, text: str, candidate: Candidate, sentence: tuple[int, int],
        sentences: Sequence[tuple[int, int]], written: Sequence[tuple[int, CalendarValue]],
        dated: Sequence[tuple[int, CalendarValue]],
    ) -> CalendarValue | None:
        """A better reference than the narrative time for two kinds of anaphora:
        "damals" in a sentence that also writes the date out ("Wie LTO damals berichtete,
        wies das Gericht den Antrag im Dezember 2024 zurück"), and "zehn Tage nach der
        Flut", dated by the last sentence that named the flood next to a date."""
        rule = candidate.compiled.rule
        if rule.resolve != "anaphoric":
            return None
        if rule.params.get("amount") == 0:
            same = [(abs(start - candidate.start), value) for start, value in written
                    if sentence[0] <= start < sentence[1] and start != candidate.start]
            return min(same, key=lambda pair: pair[0])[1] if same else None
        event = candidate.match.groupdict().get("event")
        if not event:
            return None
        return _dated_mention(text, event, candidate.start, sentences, dated)

    def _in_flashback(
        self, candidate: Candidate, governors: Mapping[int, str] | None
    ) -> bool:
        """A date in a pluperfect clause ("Bereits im Februar hatte Litauen …
        ausgewiesen"): the story returns to its own time after it."""
        return bool(governors) and self._governing_tense(candidate, governors) == "Pqp"

    def _names_a_noun(self, text: str, candidate: Candidate, nouns: Collection[int]) -> bool:
        """"the Dec. 21, 1988, bombing", "the August 1988 cease-fire": a date between a
        determiner and a noun (`nouns`: offsets of the parse's nouns) names a happening."""
        if not nouns or _word_before(text, candidate.start) not in self._naming:
            return False
        after = _NEXT_WORD.match(text, candidate.end)
        return after is not None and after.start(1) in nouns

    def _span_edge(self, candidate: Candidate, text: str) -> bool:
        """"seit 2018", "since June": the edge of a span."""
        return _opened_by(candidate, text, self._span_words)

    def _since(self, candidate: Candidate, text: str) -> bool:
        """"seit Dienstag", "since March": a span from a time gone by."""
        return _opened_by(candidate, text, self._since_words)

    def _moves_narrative(self, candidate: Candidate) -> bool:
        """Whether the narrative is now at this expression's time, if it is no span's
        edge: not a comparison nor, where the language says so, a lone year."""
        if candidate.compiled.rule.params.get("keeps_narrative"):
            # a comparison ("up from $4 a year earlier") does not move the story
            return False
        if self.lexicon.bare_year.moves_narrative:
            return True
        bare = candidate.compiled.rule.params.get("bare_year")
        return not (bare and candidate.match.group(0) == candidate.match.group("year"))

    def _announces(self, candidate: Candidate, clause: Clause | None, tensed: bool) -> bool:
        """A weekday in a clause in the present indicative that tells nothing done and
        nobody's words ("am Montag trifft sich der Rat"), where the language announces so."""
        return self.lexicon.present_weekday == "coming" and not tensed \
            and candidate.compiled.rule.resolve == "weekday" and clause is not None \
            and clause.tense == "Pres" and not clause.done and not clause.reported

    def _told_done(self, candidate: Candidate, clause: Clause | None, text: str,
                   in_phrase: Collection[int]) -> bool:
        """The expression dates a verb in the simple past or past perfect that tells what
        happened ("was signed in March"), not a noun's phrase ("a cutback in supplies in
        September"), a background clause ("closing, which is expected in December") nor
        a span's edge ("gave them until November")."""
        if clause is None or not (clause.done and clause.told_past) or clause.background:
            return False
        preposition = _start_of_word_before(text, candidate.start)
        return candidate.start not in in_phrase and preposition not in in_phrase \
            and not self._span_edge(candidate, text)

    @classmethod
    def _governed_tense(
        cls, candidate: Candidate, governors: Mapping[int, str]
    ) -> tuple[bool, bool]:
        """(future, past) from the verb the parse hangs the expression on: "said the vote
        would be held Jan. 14" is future for Jan. 14 though "said" is past."""
        tense = cls._governing_tense(candidate, governors)
        return tense == "Fut", tense in ("Past", "Pqp")

    @staticmethod
    def _governing_tense(candidate: Candidate, governors: Mapping[int, str]) -> str | None:
        for offset in range(candidate.start, candidate.end):
            if offset in governors:
                return governors[offset]
        return None

    def _tense(
        self, text: str, candidate: Candidate, sentence: tuple[int, int],
        tenses: Sequence[tuple[int, str]],
    ) -> tuple[bool, bool]:
        """(future, past) for the expression's clause: marker words ("wird", "will",
        "hatte") in scope, then the parser's verb tenses in the clause."""
        # a clause reaches at most _SCOPE characters (texts without punctuation)
        left = _clause_edge(text, max(sentence[0], candidate.start - _SCOPE), candidate.start,
                            backwards=True)
        right = _clause_edge(text, candidate.end, min(sentence[1], candidate.end + _SCOPE),
                             backwards=False)
        if self.lexicon.tense_scope == "window":
            words = (_WORD.findall(text, left, candidate.start)[-_WORDS_BEFORE:] + ["|"]
                     + _WORD.findall(text, candidate.end, right)[:_WORDS_AFTER])
            scope = " ".join(words)
        else:
            scope = text[left:candidate.start] + " | " + text[candidate.end:right]
        # "war seit Mai im Betrieb und musste repariert werden": when the clause has
        # both, the marker nearest the expression (the "|") decides
        centre = scope.index(" | ") if " | " in scope else scope.index("|")
        future = _nearest(self._future, scope, centre)
        past = _nearest(self._past, scope, centre)
        if future is not None or past is not None:
            is_future = past is None or (future is not None and future <= past)
            return is_future, not is_future
        verbs = {tense for offset, tense in tenses if left <= offset < right}
        if "Fut" in verbs:
            return True, False
        return False, "Past" in verbs


# Slots that give an expression its own year.
_YEAR_SLOTS = ("year", "year2", "year_whole", "year_hundreds")
# How far each granularity reaches (unit, count), to tell where a story's time ends.
_REACH = {"D": ("D", 1), "W": ("W", 1), "WE": ("W", 1), "M": ("M", 1), "Q": ("M", 3),
          "H": ("M", 6), "SEASON": ("M", 3), "Y": ("Y", 1)}
# A story's time that ended this many days before the writing lies in an earlier time.
_EARLIER_DAYS = 6


def _earlier(story: CalendarValue | None, published: CalendarValue | None) -> bool:
    """The story is told at a time that ended more than the last week before the writing
    ("Am 3. März 2023 …"): a present there is the story's, not an announcement."""
    if story is None or published is None or story.granularity not in _REACH:
        return False
    unit, count = _REACH[story.granularity]
    return shift_date(story.start, unit, count) <= published.start - timedelta(days=_EARLIER_DAYS)


def _clause_of(candidate: Candidate, clauses: Mapping[int, Clause]) -> Clause | None:
    """The clause of the expression's first word that the parse knows."""
    for offset in range(candidate.start, candidate.end):
        if offset in clauses:
            return clauses[offset]
    return None


_NEXT_WORD = regex.compile(r",? (\w)")


def _start_of_word_before(text: str, start: int) -> int | None:
    """Where the word right before `start` (one space between) begins."""
    words = list(_WORD.finditer(text, max(0, start - 20), start))
    return words[-1].start() if words and words[-1].end() == start - 1 else None


def _opened_by(candidate: Candidate, text: str, words: Collection[str]) -> bool:
    """One of `words` is first in the expression or right before it."""
    found = _WORD.findall(text, candidate.start, candidate.end)
    return (bool(found) and fold(found[0]) in words) or _word_before(text, candidate.start) in words


def _word_before(text: str, start: int) -> str | None:
    """The word right before `start` (one space between), folded; None after punctuation."""
    before = text[max(0, start - 16):start]
    words = _WORD.findall(before)
    return fold(words[-1]) if words and before.endswith(words[-1] + " ") else None


def _nearest(pattern: regex.Pattern[str] | None, scope: str, centre: int) -> int | None:
    """Distance from `centre` to the nearest match of `pattern` in `scope`, if any."""
    if pattern is None:
        return None
    distances = [min(abs(m.start() - centre), abs(m.end() - centre))
                 for m in pattern.finditer(scope)]
    return min(distances) if distances else None


def _dated_mention(
    text: str, noun: str, before: int, sentences: Sequence[tuple[int, int]],
    dated: Sequence[tuple[int, CalendarValue]],
) -> CalendarValue | None:
    """The date next to the latest earlier mention of `noun` (or a compound sharing it:
    "Flut" ~ "Flutkatastrophe") in a sentence that has a date."""
    stem = noun.casefold()[: max(4, len(noun) - 2)]
    for start, end in reversed([s for s in sentences if s[0] < before]):
        words = [m for m in _WORD.finditer(text, start, min(end, before))
                 if _shares_stem(m.group(0).casefold(), noun.casefold(), stem)]
        here = [(position, value) for position, value in dated if start <= position < end]
        if words and here:
            mention = words[-1].start()
            return min(here, key=lambda pair: abs(pair[0] - mention))[1]
    return None


def _shares_stem(word: str, noun: str, stem: str) -> bool:
    if len(word) < 4:
        return False
    return word.startswith(stem) or noun.startswith(word[: max(4, len(word) - 2)])


def _expression(text: str, candidate: Candidate, resolution: Any) -> TimeExpression:
    rule = candidate.compiled.rule
    attributes: dict[str, Any] = {"rule": rule.id}
    if resolution.mod:
        attributes["mod"] = resolution.mod
    if resolution.anchor:
        attributes["anchor"] = resolution.anchor
    return TimeExpression(candidate.start, candidate.end, text[candidate.start:candidate.end],
                          resolution.type or rule.type, resolution.value, attributes)


def _marker_pattern(markers: Sequence[str]) -> regex.Pattern[str] | None:
    if not markers:
        return None
    words = sorted(markers, key=len, reverse=True)
    body = "|".join(regex.escape(m).replace(r"\ ", r"\s+") for m in words)
    return regex.compile(rf"(?<!\w)(?:{body})(?!\w)", regex.IGNORECASE)


# A written year or month carries into the next paragraphs, but not past this many
# paragraphs that tell no time of their own (measured on the German time gold: after one
# such paragraph 0.966 -> 0.963, after two 0.970, never 0.966; German event dates on news
# pages 0.818 -> 0.879 after two).
_QUIET_PARAGRAPHS = 2

# Headline, teaser and lead: the paragraphs whose day is the story's day.
_LEAD_PARAGRAPHS = 3
# How many days before the writing the lead's day may lie to be the news it reports.
_NEWS_DAYS = 7


def _days_gone_by(calendar: CalendarValue, published: CalendarValue | None) -> bool:
    """Whether `calendar` is a day of the last week before the day of writing."""
    if published is None or calendar.granularity != "D":
        return False
    return 0 < (published.at("D").start - calendar.start).days <= _NEWS_DAYS


# window scope: a marker up to six words back ("will meet Bush on Thursday", "planned to
# leave Nairobi on Thursday"), two after
_WORDS_BEFORE, _WORDS_AFTER = 6, 2
_CLAUSE_MARK = regex.compile(r"[,;:()\"„“”«»–—]")


def _clause_edge(text: str, start: int, end: int, *, backwards: bool) -> int:
    """The clause boundary (punctuation) nearest the expression within start:end."""
    marks = [m.start() for m in _CLAUSE_MARK.finditer(text, start, end)]
    if not marks:
        return start if backwards else end
    return marks[-1] + 1 if backwards else marks[0]


_SCOPE = 300  # characters: how far a clause reaches at most (texts without punctuation)


def _sentence_of(
    offset: int, sentences: Sequence[tuple[int, int]], starts: Sequence[int], length: int
) -> tuple[int, int]:
    index = bisect_right(starts, offset) - 1
    if index >= 0 and offset < sentences[index][1]:
        return sentences[index]
    return 0, length
