"""Reading number strings: digits in German and English conventions, and number words.

German writes "1.259,5" (dot groups thousands, comma marks decimals), English "1,259.5";
both may group with (narrow) no-break spaces or apostrophes ("1 200", "1'200" in Swiss texts).
Values are computed with `Decimal` so that 4,2 Milliarden is exactly 4200000000.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from chronist.quantities.lexicon import Lexicon

_GROUP_SEPARATORS = re.compile(r"[ \u00a0\u202f'’]")
# A group separator is followed by exactly three digits ("1.259", "12,000,000").
_GROUPED = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")
# A date written with dots ("7.10.2023", "07.10.") or a time ("14.30").
_DOTTED_DATE = re.compile(r"^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?$")


def looks_like_date(digits: str) -> bool:
    return bool(_DOTTED_DATE.match(digits))


def parse_digits(digits: str, *, decimal_comma: bool) -> Decimal | None:
    """The value of a digit string, or None when it is not one number (e.g. "1.2.3")."""
    cleaned = _GROUP_SEPARATORS.sub("", digits)
    group, decimal = (".", ",") if decimal_comma else (",", ".")
    if cleaned.count(decimal) > 1:
        return None
    if _GROUPED.match(cleaned) and group in cleaned:
        cleaned = cleaned.replace(group, "")
    elif group in cleaned:
        if decimal in cleaned:
            head, _, tail = cleaned.partition(decimal)
            if not _GROUPED.match(head):
                return None
            cleaned = head.replace(group, "") + "." + tail
            return _decimal(cleaned)
        # "3.5" in a German text or "3,5" in an English one: the other convention's decimal.
        if cleaned.count(group) > 1:
            return None
        cleaned = cleaned.replace(group, ".")
        return _decimal(cleaned)
    return _decimal(cleaned.replace(decimal, "."))


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def parse_number_word(word: str, lexicon: Lexicon) -> tuple[Decimal, bool] | None:
    """(value, approximate) of a number word, including German compounds
    ("dreiundzwanzig", "zweihundert", "zweieinhalb") and English hyphenated tens
    ("twenty-five"); None when the word is not a number."""
    lower = word.lower()
    entry = lexicon.number_words.get(lower)
    if entry is not None:
        return Decimal(str(entry.value)), entry.approximate
    if "-" in lower:
        parts = [_plain_value(part, lexicon) for part in lower.split("-")]
        if len(parts) == 2 and all(p is not None for p in parts):
            tens, units = parts  # "twenty-five"
            if tens is not None and units is not None and tens % 10 == 0 and units < 10:
                return tens + units, False
        return None
    value = _compound(lower, lexicon) if lexicon.compound_number_words else None
    return (value, False) if value is not None else None


def _plain_value(word: str, lexicon: Lexicon) -> Decimal | None:
    entry = lexicon.number_words.get(word)
    if entry is None or entry.approximate:
        return None
    return Decimal(str(entry.value))


# German cardinal compounds are built from these morphemes, left to right.
_MULTIPLIERS = (("tausend", 1000), ("hundert", 100))


def _compound(word: str, lexicon: Lexicon) -> Decimal | None:
    """German compound cardinals: [X]tausend[Y], [X]hundert[Y], Xund<tens>, Xeinhalb."""
    if not word:
        return None
    simple = _plain_value(word, lexicon)
    if simple is not None and word not in ("ein", "eine"):
        return simple
    if word.endswith("einhalb") and len(word) > len("einhalb"):
        head = _compound(word[: -len("einhalb")], lexicon)
        return head + Decimal("0.5") if head is not None else None
    for morpheme, factor in _MULTIPLIERS:
        head, found, tail = word.partition(morpheme)
        if not found:
            continue
        left = _compound(head, lexicon) if head else Decimal(1)
        if head in ("ein",):
            left = Decimal(1)
        right = _compound(tail, lexicon) if tail else Decimal(0)
        if left is None or right is None:
            return None
        return left * factor + right
    units, found, tens = word.partition("und")
    if found and units and tens:
        unit_value = Decimal(1) if units == "ein" else _plain_value(units, lexicon)
        tens_value = _plain_value(tens, lexicon)
        if unit_value is not None and tens_value is not None and unit_value < 10:
            return unit_value + tens_value
    return None


def as_number(value: Decimal) -> int | float:
    """An int when the value is whole, else a float (JSON has no Decimal)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)
