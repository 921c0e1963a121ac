"""Find quantities in a text: numbers (digits or words) with scale, unit, modifier and count.

The text is cut into small tokens (digit runs, words, single symbols) that keep their offsets
and whether they touch the previous token ("€5m", "40%"). A quantity is built around each
number token: currency and modifier before it, scale and unit (or a counted noun) after it.
Numbers that are dates, years, clock times, ordinals or labels ("Artikel 5", "F-35") are left
out: the time layer owns dates, and labels count nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypeVar

from chronist.document import Quantity
from chronist.quantities.lexicon import CountCue, Lexicon
from chronist.quantities.numbers import (
    as_number,
    looks_like_date,
    parse_digits,
    parse_number_word,
)

_TOKEN = re.compile(
    r"(?P<num>\d{1,3}(?:[\u00a0\u202f'’]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+(?:[-‐][^\W\d_]+)*)"
    r"|(?P<sym>[^\s\w])"
)
# German also groups thousands with a plain space ("10 000").
_SPACE_GROUPED = re.compile(r"\d{1,3}(?: \d{3})+(?![\d,.]\d)")
_SENTENCE_END = frozenset(".!?;:")
# How far (in tokens) a count cue ("getötet", "killed") may stand from its number.
_CUE_AFTER = 8
_CUE_BEFORE = 6
_OUTCOMES = frozenset({"dead", "injured", "arrested", "hostages", "displaced", "missing"})


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    kind: str
    glued: bool
    """True when no space separates this token from the previous one."""

    @property
    def lower(self) -> str:
        return self.text.lower()


def _is_age(tokens: list[Token], i: int, end: int) -> bool:
    """A bare number set off after a name is an age: "Abdallah, 37," or "Müller (45)"."""
    if i < 2 or end >= len(tokens):
        return False
    before, name, after = tokens[i - 1], tokens[i - 2], tokens[end]
    if name.kind != "word" or not name.text[:1].isupper():
        return False
    if before.text == "(" and after.text == ")":
        return True
    return before.text == "," and after.text in ",." and after.glued


def tokenize(text: str, lexicon: Lexicon) -> list[Token]:
    tokens: list[Token] = []
    position = 0
    previous_end = -1
    while position < len(text):
        match = _match_token(text, position, lexicon)
        if match is None:
            position += 1
            continue
        start, end, kind = match
        tokens.append(Token(start, end, text[start:end], kind, start == previous_end))
        previous_end = end
        position = end
    return tokens


def _match_token(text: str, position: int, lexicon: Lexicon) -> tuple[int, int, str] | None:
    match = _TOKEN.search(text, position)
    if match is None:
        return None
    kind = match.lastgroup or "sym"
    start, end = match.span()
    if kind == "num" and lexicon.decimal_comma:
        spaced = _SPACE_GROUPED.match(text, start)
        if spaced and spaced.end() > end:
            end = spaced.end()
            tail = re.match(r",\d+", text[end:])
            end += tail.end() if tail else 0
    return start, end, kind


E = TypeVar("E")


def match_phrase(
    tokens: list[Token], i: int, table: Mapping[str, E], max_words: int
) -> tuple[E, int] | None:
    """The longest entry of `table` whose form starts at token i; (entry, next index).
    Tokens join with a space when the text has one, so "-Jährige" and "US-Dollar" match
    their forms; a following "." is tried too ("Mio.", "ca.")."""
    best: tuple[E, int] | None = None
    words = 0
    phrase = ""
    for j in range(i, min(len(tokens), i + max_words * 3)):
        token = tokens[j]
        if j > i and not token.glued:
            phrase += " "
            words += 1
        if words >= max_words:
            break
        phrase += token.lower
        if phrase in table:
            best = (table[phrase], j + 1)
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if nxt is not None and nxt.text == "." and nxt.glued and phrase + "." in table:
            best = (table[phrase + "."], j + 2)
    return best


def match_phrase_before(
    tokens: list[Token], end: int, table: Mapping[str, E], max_words: int
) -> tuple[E, int] | None:
    """The longest entry of `table` whose form ends right before token `end`;
    (entry, index of its first token)."""
    best: tuple[E, int] | None = None
    for i in range(max(0, end - max_words * 3), end):
        found = match_phrase(tokens, i, table, max_words)
        if found is not None and found[1] == end:
            return (found[0], i)
    return best


@dataclass(slots=True)
class Draft:
    """A quantity while it is being assembled (token indices, end exclusive)."""

    first: int
    last: int
    value: Decimal
    unit: str | None = None
    modifier: str | None = None
    approximate: bool = False
    counts: str | None = None
    has_scale: bool = False
    number: int = -1
    """Index of the number token itself (after any currency or modifier)."""
    attributes: dict[str, object] = field(default_factory=dict)


class QuantityFinder:
    """Finds quantities in one language's texts; built once per language."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.max_words = lexicon.max_phrase
        self.partitives = dict.fromkeys(lexicon.people_partitives, True)
        # Heads of compounds ("Ukraine-Geflüchteten", "Polizeibeamten"): long forms only,
        # longest first, so short ones ("mann") do not match inside unrelated words.
        self.compound_heads = sorted(
            (form for form in lexicon.people_nouns if len(form) >= 6 and " " not in form),
            key=len, reverse=True,
        )

    def find(self, text: str) -> list[Quantity]:
        tokens = tokenize(text, self.lexicon)
        drafts: list[Draft] = []
        i = 0
        while i < len(tokens):
            if self._continues_label_list(tokens, i):
                i = self._skip_label_list(tokens, i)
                continue
            draft = self._draft_at(tokens, i)
            if draft is None:
                i += 1
                continue
            drafts.append(draft)
            i = draft.last
        self._share_range_units(tokens, drafts)
        self._ages_after_prepositions(tokens, drafts)
        return [self._quantity(text, tokens, draft) for draft in drafts]

    # -- building one quantity ------------------------------------------------------------

    def _draft_at(self, tokens: list[Token], i: int) -> Draft | None:
        compound = self._number_with_unit(tokens[i])
        if compound is not None:  # "zehnjährige", "eight-week"
            value, unit = compound
            return Draft(first=i, last=i + 1, value=value, unit=unit)
        number = self._number_at(tokens, i)
        if number is None:
            return None
        value, approximate, end, is_digits, needs_scale = number
        if not is_digits and i > 0 and tokens[i - 1].lower in self.lexicon.identifier_nouns:
            return None  # "Phase six", "Artikel fünf"
        draft = Draft(first=i, last=end, value=value, approximate=approximate, number=i)
        currency = self._currency_before(tokens, i)
        if currency is not None:
            draft.unit, draft.first = currency
        self._scale_after(tokens, draft, currency is not None)
        if needs_scale and not draft.has_scale:
            return None
        if is_digits and self._is_not_a_quantity(tokens, i, draft):
            return None
        self._unit_after(tokens, draft)
        if is_digits and self._is_year(tokens, i, draft):
            return None
        if is_digits and draft.unit is None and _is_age(tokens, i, draft.last):
            draft.unit = "years"  # "Issam Abdallah, 37," / "Müller (45)"
            return draft
        self._modifier_before(tokens, draft)
        if draft.unit in (None, "people"):
            self._count_from_cues(tokens, draft)
        return draft

    def _number_at(
        self, tokens: list[Token], i: int
    ) -> tuple[Decimal, bool, int, bool, bool] | None:
        """(value, approximate, next index, written in digits, needs a scale)."""
        token = tokens[i]
        if token.kind == "num":
            if looks_like_date(token.text):
                return None
            value = parse_digits(token.text, decimal_comma=self.lexicon.decimal_comma)
            return (value, False, i + 1, True, False) if value is not None else None
        if token.kind != "word" or not self._may_be_number_word(tokens, i):
            return None
        phrase = match_phrase(tokens, i, self.lexicon.number_words, self.max_words)
        if phrase is not None and phrase[1] > i + 1:
            entry, end = phrase  # "tens of thousands"
            return Decimal(str(entry.value)), entry.approximate, end, False, entry.needs_scale
        parsed = parse_number_word(token.text, self.lexicon)
        if parsed is None:
            return None
        entry = self.lexicon.number_words.get(token.lower)
        needs_scale = entry.needs_scale if entry is not None else False
        return parsed[0], parsed[1], i + 1, False, needs_scale

    def _number_with_unit(self, token: Token) -> tuple[Decimal, str] | None:
        """A number word fused with a unit: "zehnjährige", "eight-week", "24-hour" is split
        by the tokenizer, these are not."""
        if token.kind != "word":
            return None
        lower = token.lower
        head, hyphen, tail = lower.rpartition("-")
        if hyphen and head:
            unit = self.lexicon.units.get("-" + tail)
            value = parse_number_word(head, self.lexicon) if unit else None
            if unit is not None and value is not None and not value[1]:
                return value[0], unit.unit
            return None
        for form, unit in self.lexicon.units.items():
            if len(form) < 4 or form.startswith("-") or not lower.endswith(form):
                continue
            value = parse_number_word(lower[: -len(form)], self.lexicon)
            if value is not None and not value[1] and value[0] >= 2:
                return value[0], unit.unit
        return None

    def _may_be_number_word(self, tokens: list[Token], i: int) -> bool:
        """German capitalises nouns: "Acht", "Elf" inside a sentence are not numbers."""
        token = tokens[i]
        if not self.lexicon.capitalised_nouns or token.text[:1].islower():
            return True
        if token.lower.startswith(self.lexicon.capitalised_number_nouns):
            return True  # "Dutzende", "Tausende" are written capitalised
        return i == 0 or tokens[i - 1].text in _SENTENCE_END or tokens[i - 1].text in "„\"»«("

    def _currency_before(self, tokens: list[Token], i: int) -> tuple[str, int] | None:
        found = match_phrase_before(tokens, i, self.lexicon.currency_symbols, 1)
        if found is None:
            return None
        entry, first = found
        if entry.glued_only and not tokens[i].glued:
            return None
        if first > 0 and tokens[first].glued and tokens[first - 1].kind == "word":
            return None  # "XR5": part of a label
        return entry.unit, first

    def _scale_after(self, tokens: list[Token], draft: Draft, has_currency: bool) -> None:
        position = draft.last
        while position < len(tokens):
            found = match_phrase(tokens, position, self.lexicon.scales, self.max_words)
            if found is None:
                break
            entry, end = found
            if entry.glued_only and not tokens[position].glued:
                break
            if entry.needs_currency and not (has_currency or self._unit_at(tokens, end)):
                break
            if entry.glued_only and end < len(tokens) and tokens[end].glued:
                if tokens[end].kind == "word":
                    break  # "5mg", "3km": a unit, not a scale
            draft.value *= Decimal(str(entry.value))
            draft.has_scale = True
            draft.last = position = end

    def _unit_at(self, tokens: list[Token], i: int) -> bool:
        found = match_phrase(tokens, i, self.lexicon.units, self.max_words)
        return found is not None and found[0].unit not in ("m",)

    def _unit_after(self, tokens: list[Token], draft: Draft) -> None:
        position = draft.last
        linked = position < len(tokens) and tokens[position].lower in self.lexicon.partitive_links
        if linked and draft.approximate:
            # "hundreds of millions of dollars", "tens of thousands of pounds"
            found = match_phrase(tokens, position + 1, self.lexicon.units, self.max_words)
            if found is not None and draft.unit is None:
                draft.unit, draft.last = found[0].unit, found[1]
                return
        found = match_phrase(tokens, position, self.lexicon.units, self.max_words)
        if found is not None and not self._unit_is_glued_word(tokens, position, found[1]):
            entry, end = found
            if draft.unit is None:
                draft.unit = entry.unit
            draft.last = end
            return
        if draft.unit is not None:
            return
        self._counted_noun_after(tokens, draft)

    def _unit_is_glued_word(self, tokens: list[Token], start: int, end: int) -> bool:
        """"5mm" or "3tägig": a longer word glued to the digits, not the unit "m"/"t"."""
        return end < len(tokens) and tokens[end].glued and tokens[end].kind == "word"

    def _counted_noun_after(self, tokens: list[Token], draft: Draft) -> None:
        """"30 (unbewaffnete) Zivilisten", "hundreds of people": unit people, maybe counts."""
        position = draft.last
        partitive = match_phrase(tokens, position, self.partitives, self.max_words)
        if partitive is not None:  # "17.000 von ihnen"
            draft.unit, draft.last = "people", partitive[1]
            return
        for skipped in range(3):
            if position >= len(tokens):
                return
            found = match_phrase(tokens, position, self.lexicon.people_nouns, self.max_words)
            if found is None:
                found = self._person_noun(tokens, position)
            if found is not None:
                entry, end = found
                draft.unit = "people"
                draft.counts = entry.counts
                draft.last = end
                return
            if skipped == 2 or not self._may_skip(tokens[position]):
                return
            position += 1

    def _person_noun(self, tokens: list[Token], position: int) -> tuple[CountCue, int] | None:
        """A capitalised noun whose ending ("Ukrainerinnen") or compound head
        ("Ukraine-Geflüchteten", "Polizeibeamten") is a person noun."""
        token = tokens[position]
        if token.kind != "word" or not token.text[:1].isupper():
            return None
        lower = token.lower
        for suffix, entry in self.lexicon.people_suffixes.items():
            if lower.endswith(suffix) and len(lower) - len(suffix) >= 4:
                return entry, position + 1
        head = lower.rsplit("-", 1)[-1]
        if head != lower and head in self.lexicon.people_nouns:
            return self.lexicon.people_nouns[head], position + 1
        for form in self.compound_heads:
            if lower.endswith(form) and len(lower) - len(form) >= 3:
                return self.lexicon.people_nouns[form], position + 1
        return None

    def _may_skip(self, token: Token) -> bool:
        """An adjective (or "of") between a number and its noun."""
        if token.kind != "word":
            return False
        lower = token.lower
        if lower in self.lexicon.partitive_links:
            return True
        if self.lexicon.capitalised_nouns:
            return token.text[:1].islower()
        return lower not in self.lexicon.phrase_stops and lower not in self.lexicon.count_cues

    def _continues_label_list(self, tokens: list[Token], i: int) -> bool:
        """"Sections 21, 24, and 26", "Section 14(1)": numbers after a label noun."""
        if tokens[i].kind != "num" or i == 0:
            return False
        return tokens[i - 1].lower in self.lexicon.identifier_nouns

    def _skip_label_list(self, tokens: list[Token], i: int) -> int:
        i += 1
        while i < len(tokens):
            token = tokens[i]
            if token.kind == "num" or token.text in ",()" or token.lower in ("and", "und", "or",
                                                                             "oder"):
                i += 1
                continue
            break
        return i

    # -- what is not a quantity --------------------------------------------------------

    def _is_not_a_quantity(self, tokens: list[Token], i: int, draft: Draft) -> bool:
        token = tokens[i]
        before = tokens[i - 1] if i > 0 else None
        after = tokens[draft.last] if draft.last < len(tokens) else None
        return (
            self._is_label(tokens, i, draft)
            or self._is_date_part(tokens, i)
            or self._is_clock_time(tokens, i, draft)
            or self._is_ordinal(tokens, i, draft)
            or (before is not None and token.glued and before.text in "/:#§")
            or (after is not None and after.glued and after.text in ":/" and not draft.has_scale
                and draft.last + 1 < len(tokens) and tokens[draft.last + 1].kind == "num")
        )

    def _is_label(self, tokens: list[Token], i: int, draft: Draft) -> bool:
        """"F-35", "G7", "Covid-19", "Artikel 5", "Boeing 737", "5G", "19th"."""
        token = tokens[i]
        if draft.first < i:
            return False  # a currency came first
        before = tokens[i - 1] if i > 0 else None
        if before is not None and token.glued and before.kind == "word":
            return True
        if (before is not None and token.glued and before.text in "-‐" and i > 1
                and tokens[i - 2].kind == "word" and before.glued):
            return True
        after = tokens[draft.last] if draft.last < len(tokens) else None
        if after is not None and after.glued and after.kind == "word" and not draft.has_scale:
            if after.lower in self.lexicon.ordinal_suffixes:
                return True
            if match_phrase(tokens, draft.last, self.lexicon.units, self.max_words) is None:
                return True
        if before is not None and before.kind == "word":
            if before.lower in self.lexicon.identifier_nouns:
                return True
        if before is not None and before.text == "." and i > 1:
            if tokens[i - 2].lower + "." in self.lexicon.identifier_nouns:
                return True
        return False

    def _is_date_part(self, tokens: list[Token], i: int) -> bool:
        """"7. Oktober", "7 October", "October 7", "Oct. 7, 2023"."""
        months = self.lexicon.months
        for j in (i + 1, i + 2):
            if j < len(tokens) and tokens[j].lower in months and tokens[j].kind == "word":
                if j == i + 1 or tokens[i + 1].text == ".":
                    return True
        for j in (i - 1, i - 2, i - 3):
            if j < 0:
                break
            if tokens[j].kind == "word" and (
                tokens[j].lower in months or tokens[j].lower + "." in months
            ):
                return all(t.text in ".," for t in tokens[j + 1 : i]) or (
                    tokens[j + 1 : i] and tokens[j + 1].kind == "num"
                )
        return False

    def _is_clock_time(self, tokens: list[Token], i: int, draft: Draft) -> bool:
        position = draft.last
        if position < len(tokens):
            nxt = tokens[position]
            phrase = nxt.lower
            if position + 1 < len(tokens) and tokens[position + 1].glued:
                phrase += "".join(t.lower for t in tokens[position + 1 : position + 4]
                                  if t.glued)
            for form in self.lexicon.time_words:
                if nxt.lower == form or (phrase.startswith(form) and "." in form):
                    return True
        return False

    def _is_ordinal(self, tokens: list[Token], i: int, draft: Draft) -> bool:
        """German "der 3. Platz", "am 12. Tag": digits, a dot, and an article before."""
        if draft.last >= len(tokens) or draft.has_scale:
            return False
        dot = tokens[draft.last]
        if dot.text != "." or not dot.glued:
            return False
        before = tokens[i - 1].lower if i > 0 else ""
        following = tokens[draft.last + 1] if draft.last + 1 < len(tokens) else None
        if following is None:
            return False
        return before in self.lexicon.ordinal_context or following.text[:1].islower()

    def _is_year(self, tokens: list[Token], i: int, draft: Draft) -> bool:
        """A bare four-digit number from 1000 to 2100 is a year, not a figure; in German a
        noun right after it makes it a count ("1100 Anhänger")."""
        token = tokens[i]
        if draft.unit is not None or draft.has_scale or not re.fullmatch(r"\d{4}", token.text):
            return False
        if self.lexicon.capitalised_nouns and draft.last < len(tokens):
            following = tokens[draft.last]
            if following.kind == "word" and following.text[:1].isupper() and (
                    following.lower not in self.lexicon.months):
                return False
        return 1000 <= draft.value <= 2100

    # -- modifiers and counts ---------------------------------------------------------------

    def _modifier_before(self, tokens: list[Token], draft: Draft) -> None:
        found = match_phrase_before(tokens, draft.first, self.lexicon.modifiers, self.max_words)
        if found is None:
            return
        entry, first = found
        draft.modifier = entry.modifier
        draft.approximate = draft.approximate or entry.approximate
        draft.first = first

    def _count_from_cues(self, tokens: list[Token], draft: Draft) -> None:
        """An outcome word in the same clause ("wurden getötet", "were injured", "death
        toll") says what a head count counts; it wins over a group noun ("soldiers")."""
        if draft.counts in _OUTCOMES:
            return
        if draft.unit is None and not self._is_bare(tokens, draft.last):
            return
        cue = self._nearest_cue(tokens, draft)
        if cue is None or cue.counts is None:
            return
        draft.unit = "people"
        draft.counts = cue.counts

    def _is_bare(self, tokens: list[Token], position: int) -> bool:
        """Nothing countable follows the number: punctuation, a verb, a function word."""
        if position >= len(tokens):
            return True
        token = tokens[position]
        if token.kind != "word":
            return token.text not in "-‐/"
        if token.lower in self.lexicon.count_cues:
            return True
        if self.lexicon.capitalised_nouns:
            return token.text[:1].islower()
        return token.lower in self.lexicon.phrase_stops

    def _nearest_cue(self, tokens: list[Token], draft: Draft) -> CountCue | None:
        best: tuple[int, CountCue] | None = None
        for position in range(draft.last, min(len(tokens), draft.last + _CUE_AFTER)):
            if tokens[position].text in _SENTENCE_END:
                break
            found = match_phrase(tokens, position, self.lexicon.count_cues, self.max_words)
            if found is not None:
                best = (position - draft.last, found[0])
                break
        for position in range(draft.first - 1, max(-1, draft.first - 1 - _CUE_BEFORE), -1):
            if tokens[position].text in _SENTENCE_END:
                break
            found = match_phrase(tokens, position, self.lexicon.count_cues, self.max_words)
            if found is not None:
                distance = draft.first - found[1]
                if best is None or distance < best[0]:
                    best = (distance, found[0])
                break
        return best[1] if best else None

    # -- ages ---------------------------------------------------------------------------

    def _ages_after_prepositions(self, tokens: list[Token], drafts: list[Draft]) -> None:
        """"mit 60 in den Ruhestand", "das Rentenalter von 60 auf 62": a bare whole number of
        an age range after a preposition, in a sentence about age, is an age in years; once
        a text has used a number so, the same bare number elsewhere is that age."""
        if not self.lexicon.age_words:
            return
        candidates = [draft for draft in drafts if self._may_be_age(tokens, draft)]
        ages: set[Decimal] = set()
        for draft in candidates:
            if (tokens[draft.number - 1].lower in self.lexicon.age_prepositions
                    and self._sentence_has_age_word(tokens, draft.number)):
                draft.unit = "years"
                ages.add(draft.value)
        for draft in candidates:
            if draft.unit is None and draft.value in ages:
                draft.unit = "years"

    def _may_be_age(self, tokens: list[Token], draft: Draft) -> bool:
        if draft.unit is not None or draft.number < 1 or tokens[draft.number].kind != "num":
            return False
        if draft.value != draft.value.to_integral_value() or not 14 <= draft.value <= 110:
            return False
        return self._is_bare(tokens, draft.last)

    def _sentence_has_age_word(self, tokens: list[Token], i: int) -> bool:
        for step in (-1, 1):
            position = i
            while 0 <= position < len(tokens) and tokens[position].text not in _SENTENCE_END:
                if tokens[position].lower in self.lexicon.age_words:
                    return True
                position += step
        return False

    # -- ranges and output --------------------------------------------------------------

    def _share_range_units(self, tokens: list[Token], drafts: list[Draft]) -> None:
        """"10 bis 15 Prozent", "between 2 and 3 billion euros": the first number takes the
        second's unit and scale."""
        for left, right in zip(drafts, drafts[1:], strict=False):
            between = tokens[left.last : right.first]
            if left.unit is not None or right.unit is None or len(between) != 1:
                continue
            if between[0].lower not in self.lexicon.range_words:
                continue
            if right.has_scale and not left.has_scale:
                factor = self._scale_factor(tokens, right)
                left.value *= factor
            left.unit = right.unit
            left.counts = left.counts or right.counts

    def _scale_factor(self, tokens: list[Token], draft: Draft) -> Decimal:
        number = self._number_at(tokens, draft.first if tokens[draft.first].kind in ("num", "word")
                                 else draft.first + 1)
        if number is None or number[0] == 0:
            return Decimal(1)
        return draft.value / number[0]

    def _quantity(self, text: str, tokens: list[Token], draft: Draft) -> Quantity:
        start, end = tokens[draft.first].start, tokens[draft.last - 1].end
        attributes: dict[str, object] = {}
        if draft.approximate:
            attributes["approximate"] = True
        if draft.modifier:
            attributes["modifier"] = draft.modifier
        if draft.counts:
            attributes["counts"] = draft.counts
        return Quantity(start, end, text[start:end], as_number(draft.value), draft.unit,
                        attributes)
