"""The quantities lexicon: number words, scales, units, modifiers and count cues per language.

Loaded from `chronist/data/quantities/<lang>.yaml` and validated with pydantic; every problem
in a file is reported at once as one `DataFileError`. The loaded `Lexicon` turns each section
into a lookup table keyed by the lower-cased surface form.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict

from chronist.datafiles import FormsEntry as _Entry
from chronist.datafiles import data_file, load_data_file
from chronist.errors import DataFileError


class NumberWord(_Entry):
    value: float
    approximate: bool = False
    needs_scale: bool = False
    """"ein"/"a" is a number only before a scale word ("eine Million", "a dozen")."""


class Scale(_Entry):
    value: float
    glued_only: bool = False
    """Only written without a space after the digits ("5m", "3k")."""
    needs_currency: bool = False
    """"5m" is five million only next to a currency ("€5m"); alone it is five metres."""


class Unit(_Entry):
    unit: str
    glued_only: bool = False


class Modifier(_Entry):
    modifier: str
    approximate: bool = False


class CountCue(_Entry):
    counts: str | None = None


class QuantitiesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["quantities"]
    lang: str
    schema_version: Literal[1]
    decimal_comma: bool
    capitalised_nouns: bool
    """German capitalises nouns: a capitalised number word inside a sentence ("Acht") is a
    noun, and a lower-case word after a number is no counted noun."""
    compound_number_words: bool
    """Number words written as one word ("dreiundzwanzig")."""
    number_words: list[NumberWord]
    scales: list[Scale]
    units: list[Unit]
    currency_symbols: list[Unit]
    modifiers: list[Modifier]
    people_nouns: list[CountCue]
    count_cues: list[CountCue]
    identifier_nouns: list[_Entry]
    months: list[_Entry]
    time_words: list[_Entry]
    ordinal_context: list[_Entry]
    range_words: list[_Entry]
    people_suffixes: list[CountCue] = []
    """Endings that make a capitalised noun a person noun ("-innen": "Ukrainerinnen")."""
    people_partitives: list[_Entry] = []
    """"17.000 von ihnen": a number counting a group of people named before."""
    age_words: list[_Entry] = []
    """Nouns of age ("Rentenalter", "Ruhestand"): in their sentence "mit 60" is an age."""
    age_prepositions: list[_Entry] = []
    capitalised_number_nouns: list[_Entry] = []
    """Beginnings of number nouns that are capitalised yet count ("Dutzende", "Tausende")."""
    partitive_links: list[_Entry]
    """Words between a number and its counted noun or unit ("hundreds of millions of
    dollars", "Tausende von Menschen")."""
    phrase_stops: list[_Entry] = []
    """Function words that end a noun phrase where nouns are not capitalised: a counted noun
    is not searched past them."""
    ordinal_suffixes: list[_Entry] = []
    """Endings glued to a digit that make it an ordinal ("21st")."""


E = TypeVar("E", bound=_Entry)


def _table(entries: list[E]) -> dict[str, E]:
    """Surface form (lower case) -> entry; later entries never shadow earlier ones."""
    table: dict[str, E] = {}
    for entry in entries:
        for form in entry.forms:
            table.setdefault(form.lower(), entry)
    return table


@dataclass(frozen=True, slots=True)
class Lexicon:
    lang: str
    decimal_comma: bool
    capitalised_nouns: bool
    compound_number_words: bool
    number_words: dict[str, NumberWord]
    scales: dict[str, Scale]
    units: dict[str, Unit]
    currency_symbols: dict[str, Unit]
    modifiers: dict[str, Modifier]
    people_nouns: dict[str, CountCue]
    count_cues: dict[str, CountCue]
    identifier_nouns: frozenset[str]
    months: frozenset[str]
    time_words: frozenset[str]
    ordinal_context: frozenset[str]
    range_words: frozenset[str]
    people_suffixes: dict[str, CountCue]
    people_partitives: frozenset[str]
    age_words: frozenset[str]
    age_prepositions: frozenset[str]
    capitalised_number_nouns: tuple[str, ...]
    partitive_links: frozenset[str]
    phrase_stops: frozenset[str]
    ordinal_suffixes: frozenset[str]

    @property
    def max_phrase(self) -> int:
        """The longest multi-word form in any table, in words (bounds the phrase search)."""
        tables = (self.units, self.modifiers, self.people_nouns, self.count_cues, self.scales)
        return max(len(form.split()) for table in tables for form in table)


def _forms(entries: list[_Entry]) -> frozenset[str]:
    return frozenset(form.lower() for entry in entries for form in entry.forms)


@cache
def load_lexicon(lang: str) -> Lexicon:
    path = data_file("quantities", f"{lang}.yaml")
    if not path.is_file():
        raise DataFileError(f"no quantities lexicon for language {lang!r} ({path})")
    data = load_data_file(path, QuantitiesFile)
    if data.lang != lang:
        raise DataFileError(f"{path}: lang is {data.lang!r}, expected {lang!r}")
    return Lexicon(
        lang=lang,
        decimal_comma=data.decimal_comma,
        capitalised_nouns=data.capitalised_nouns,
        compound_number_words=data.compound_number_words,
        number_words=_table(data.number_words),
        scales=_table(data.scales),
        units=_table(data.units),
        currency_symbols=_table(data.currency_symbols),
        modifiers=_table(data.modifiers),
        people_nouns=_table(data.people_nouns),
        count_cues=_table(data.count_cues),
        identifier_nouns=_forms(data.identifier_nouns),
        months=_forms(data.months),
        time_words=_forms(data.time_words),
        ordinal_context=_forms(data.ordinal_context),
        range_words=_forms(data.range_words),
        people_suffixes=_table(data.people_suffixes),
        people_partitives=_forms(data.people_partitives),
        age_words=_forms(data.age_words),
        age_prepositions=_forms(data.age_prepositions),
        capitalised_number_nouns=tuple(sorted(_forms(data.capitalised_number_nouns))),
        partitive_links=_forms(data.partitive_links),
        phrase_stops=_forms(data.phrase_stops),
        ordinal_suffixes=_forms(data.ordinal_suffixes),
    )
