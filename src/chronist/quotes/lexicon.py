"""The quotes lexicon: quote marks, speech verbs, source cues and not-speech markers.

Loaded from `chronist/data/quotes/<lang>.yaml`, validated with pydantic (all errors at once
as `DataFileError`, through the shared loader in `chronist.quantities.lexicon`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from chronist.datafiles import FormsEntry as _Entry
from chronist.datafiles import data_file, load_data_file
from chronist.errors import DataFileError


class QuoteMark(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    open: str
    close: str
    single: bool = False
    """Single marks double as apostrophes: they only open at a word start and close at a
    word end."""


class SourceCue(_Entry):
    speaker: Literal["before", "after"]
    """Where the source stands: "laut X" (after), "X zufolge" (before)."""
    after_quote_only: bool = False
    """"so X" names a speaker only right after a quote or reported clause."""
    needs_verb: bool = False
    """"wie X sagte", "as X said": a cue only together with a speech verb."""
    skip_preposition: bool = False
    """"heißt es aus der Behörde": the source follows a preposition."""


class QuotesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["quotes"]
    lang: str
    schema_version: Literal[1]
    single_name_antecedents: bool
    quote_marks: list[QuoteMark]
    cue_verbs: list[_Entry]
    weak_verbs: list[_Entry]
    """Opinion and description verbs ("glauben", "describe"): they report speech only with a
    "dass"/"that" clause or a subjunctive, not on their own."""
    source_cues: list[SourceCue]
    not_speaker: list[_Entry]
    """Words that head no speaker phrase ("Anfang März", "Monday")."""
    role_nouns: list[_Entry]
    """Person nouns: a definite one ("der Minister", "the spokesman") refers back to a person."""
    role_suffixes: list[_Entry]
    clause_particles: list[_Entry]
    name_titles: list[_Entry]
    """Titles dropped from a speaker's name ("Sir Keir Starmer" -> "Keir Starmer")."""
    pronouns: list[_Entry]
    addressee_verbs: list[_Entry]
    complementizers: list[_Entry]
    not_speech_before: list[_Entry]
    scare_after: list[_Entry]
    organisation_nouns: list[_Entry] = []
    """Nouns for an organisation or its papers ("the bank", "the report", "das Institut"):
    as a speaker they refer back to the organisation named last."""
    tail_reflexives: list[_Entry] = []
    """„…“, zeigt sich X zuversichtlich: a reflexive verb right after a quote attributes it."""
    role_links: list[_Entry]
    """Words that continue a role phrase: "der Sprecher des Ministeriums", "a spokesman for
    the ministry"."""
    definite_articles: list[_Entry]
    """A definite article before a role noun ("der Minister") refers to one known person."""
    group_pronouns: list[_Entry]
    """Pronouns for groups and organisations ("wir", "they"): they continue the previous
    speaker."""
    verb_reflexives: list[_Entry]
    """Words between a speech verb and its subject that are not the speaker ("zeigt sich die
    Sprecherin", "sieht es Geoff Yu")."""
    agent_prepositions: list[_Entry]
    """Prepositions that introduce the agent of a passive verb ("von", "by")."""
    plural_articles: list[_Entry] = []
    plural_endings: list[_Entry] = []
    """A plural article with a plural ending ("die Experten") marks a group: the tagger's
    number is unreliable for rare nouns ("Endokrinologe": Plur)."""
    group_endings: list[_Entry] = []
    """Endings of a role noun that is no single person: plurals ("ministers", "die
    Ministerinnen") and genitives ("des Ministers")."""


def _forms(entries: list[_Entry]) -> frozenset[str]:
    return frozenset(form.lower() for entry in entries for form in entry.forms)


@dataclass(frozen=True, slots=True)
class QuotesLexicon:
    lang: str
    single_name_antecedents: bool
    quote_marks: tuple[QuoteMark, ...]
    cue_verbs: frozenset[str]
    weak_verbs: frozenset[str]
    source_cues: dict[tuple[str, ...], SourceCue]
    """Cue words as a tuple of lower-cased words ("according", "to") -> entry."""
    pronouns: frozenset[str]
    addressee_verbs: frozenset[str]
    complementizers: frozenset[str]
    not_speech_before: frozenset[str]
    scare_after: frozenset[str]
    not_speaker: frozenset[str]
    name_titles: frozenset[str]
    role_nouns: frozenset[str]
    role_suffixes: frozenset[str]
    clause_particles: frozenset[str]
    organisation_nouns: frozenset[str] = frozenset()
    tail_reflexives: frozenset[str] = frozenset()
    role_links: frozenset[str] = frozenset()
    definite_articles: frozenset[str] = frozenset()
    group_pronouns: frozenset[str] = frozenset()
    verb_reflexives: frozenset[str] = frozenset()
    agent_prepositions: frozenset[str] = frozenset()
    plural_articles: frozenset[str] = frozenset()
    plural_endings: tuple[str, ...] = ()
    group_endings: tuple[str, ...] = ()

    def strip_article(self, text: str) -> str:
        """"der Sprecher" -> "Sprecher": a speaker's name without its leading article."""
        first, _, rest = text.partition(" ")
        return rest if first.lower() in self.definite_articles and rest else text

    def is_role(self, word: str) -> bool:
        """A person noun, alone or as the last part of a compound ("AfD-Chef")."""
        lower = word.lower()
        last = lower.rsplit("-", 1)[-1]
        return last in self.role_nouns or any(
            lower.endswith(role) and len(lower) - len(role) >= 3 for role in self.role_nouns
            if len(role) >= 5) or any(
            lower.endswith(suffix) and len(lower) - len(suffix) >= 4
            for suffix in self.role_suffixes)

    @property
    def openers(self) -> dict[str, list[QuoteMark]]:
        table: dict[str, list[QuoteMark]] = {}
        for mark in self.quote_marks:
            table.setdefault(mark.open, []).append(mark)
        return table


@cache
def load_quotes_lexicon(lang: str) -> QuotesLexicon:
    path = data_file("quotes", f"{lang}.yaml")
    if not path.is_file():
        raise DataFileError(f"no quotes lexicon for language {lang!r} ({path})")
    data = load_data_file(path, QuotesFile)
    if data.lang != lang:
        raise DataFileError(f"{path}: lang is {data.lang!r}, expected {lang!r}")
    cues = {
        tuple(form.lower().split()): entry for entry in data.source_cues for form in entry.forms
    }
    return QuotesLexicon(
        lang=lang,
        single_name_antecedents=data.single_name_antecedents,
        quote_marks=tuple(data.quote_marks),
        cue_verbs=_forms(data.cue_verbs) | _forms(data.weak_verbs),
        weak_verbs=_forms(data.weak_verbs),
        source_cues=cues,
        pronouns=_forms(data.pronouns),
        addressee_verbs=_forms(data.addressee_verbs),
        complementizers=_forms(data.complementizers),
        not_speech_before=_forms(data.not_speech_before),
        scare_after=_forms(data.scare_after),
        not_speaker=_forms(data.not_speaker),
        name_titles=_forms(data.name_titles),
        role_nouns=_forms(data.role_nouns),
        role_suffixes=_forms(data.role_suffixes),
        clause_particles=_forms(data.clause_particles),
        organisation_nouns=_forms(data.organisation_nouns),
        tail_reflexives=_forms(data.tail_reflexives),
        role_links=_forms(data.role_links),
        definite_articles=_forms(data.definite_articles),
        group_pronouns=_forms(data.group_pronouns),
        verb_reflexives=_forms(data.verb_reflexives),
        agent_prepositions=_forms(data.agent_prepositions),
        plural_articles=_forms(data.plural_articles),
        plural_endings=tuple(sorted(_forms(data.plural_endings))),
        group_endings=tuple(sorted(_forms(data.group_endings))),
    )
