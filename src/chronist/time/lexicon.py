"""The time rules of one language: `data/time/<lang>.yaml`, validated on load.

The file holds word tables (months, weekdays, seasons, number words, units,
deictic words …) and rules: regular-expression templates in which `{table}`
stands for an alternation of that table's words, captured as a named group
(`{table@name}` captures under another name). Built-in placeholders stand for
digit groups (`{day}`, `{mnum}`, `{year}`, `{year2}`, `{hour}`, `{minute}`,
`{digits}`). Each rule names the `resolve` action that turns its groups into a
value; the engine (`chronist.time.resolve`) knows nothing of any language.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Literal

import regex
import yaml
from pydantic import BaseModel, ConfigDict, model_validator

from chronist.datafiles import validate
from chronist.errors import DataFileError

Resolve = Literal[
    "absolute",
    "relative_unit",
    "deictic_day",
    "weekday",
    "ago",
    "anaphoric",
    "duration",
    "set",
    "clock",
    "daypart",
    "ref",
    "holiday",
    "before_common_era",
    "weekend",
]

# Built-in digit placeholders; the same in every language.
BUILTINS: dict[str, str] = {
    "day": r"(?:0?[1-9]|[12]\d|3[01])",
    "mnum": r"(?:0?[1-9]|1[0-2])",
    "year": r"(?:1[89]\d\d|20\d\d)",
    "year2": r"(?:\d\d)",
    "hour": r"(?:[01]?\d|2[0-3])",
    "minute": r"(?:[0-5]\d)",
    "digits": r"(?:\d{1,3}(?:[.,]\d| 1/2)?)",
    "bc": r"(?:\d{1,4})",
}

_PLACEHOLDER = regex.compile(r"\{([a-z_][a-z0-9_]*)(?:@([a-z_][a-z0-9_]*))?\}")

# Every expression must stand alone: not glued to a word, and not a piece of a
# longer number ("2882015", "1.259", "3.14.2021").
_LEFT = r"(?<!\w)(?<!\d[.,:])"
_RIGHT = r"(?!\w)(?![.,:]\d)"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Table(_Strict):
    case_sensitive: bool = False
    entries: dict[str, int | float | str]


class BareYear(_Strict):
    """When a lone four-digit number counts things instead of naming a year."""

    reject_next_capitalized: bool = False
    allow_next: list[str] = []
    allow_prev: list[str] = []
    """Words before the number that make it a year whatever follows ("bereits 2021 …")."""
    reject_next: list[str] = []
    reject_prev: list[str] = []
    moves_narrative: bool = True
    """Whether a lone year sets the narrative time. In English it is often an attribute
    ("1988 sales", "the 1989 period") rather than the time of what is told."""


class Rule(_Strict):
    id: str
    type: Literal["DATE", "DURATION", "SET", "TIME"]
    pattern: str
    resolve: Resolve
    params: dict[str, int | float | str | bool] = {}


class TimeLexicon(_Strict):
    kind: Literal["time"]
    lang: str
    schema_version: Literal[1]
    tables: dict[str, Table]
    future_markers: list[str] = []
    past_markers: list[str] = []
    future_auxiliaries: list[str] = []
    """Lemmas of auxiliaries that put their verb in the future ("will", "werden" with
    an infinitive), read from the parse when there is one."""
    stative_auxiliaries: list[str] = []
    """Perfect auxiliaries that with the participle of a scheduling verb tell a state, not
    a perfect ("Die Abstimmung ist für Freitag angesetzt": set, ahead)."""
    perfect_auxiliaries: list[str] = []
    """Lemmas of the auxiliaries of the perfect ("haben", "sein", "have"): in the past
    tense with a participle they make a pluperfect, a flashback."""
    possibility_auxiliaries: list[str] = []
    """Lemmas of modal auxiliaries that make their infinitive a possibility ("could",
    "might"): like the future, such a clause looks ahead (counted forward) and its time
    dates no later event.
    (A Konjunktiv II auxiliary with an infinitive, "könnten … beginnen", counts too,
    from its Mood feature.)"""
    support_auxiliaries: list[str] = []
    """Lemmas of auxiliaries that carry only tense and negation ("did not meet"): their
    infinitive is an asserted verb, not a plan."""
    background_relations: list[str] = []
    """Dependency relations of clauses that tell background about a noun (a relative
    clause, a participle, "das im Mai geschlossene Abkommen"): their time
    belongs to them and dates neither the clause they hang on nor a later event."""
    reported_relations: list[str] = []
    """Dependency relations of a clause that tells what someone said ("she said the state
    had drawn a blank", ccomp): its past perfect is the speaker's past shifted back, no
    flashback behind the story's present."""
    adverbial_subordinators: list[str] = []
    """Conjunctions that open a clause of time or cause ("nachdem", "after"): such a clause
    tells no one's words, whatever relation the parser gave it."""
    anterior_subordinators: list[str] = []
    """Conjunctions that open a clause of what happened before the clause above ("after",
    "nachdem"): the day of the clause above is not its day."""
    anterior_prepositions: list[str] = []
    """Prepositions of what happened before the clause they stand in ("closed the border
    after an attack on workers", "nach einem Angriff"): the clause's day is not the day of
    the event noun after one; a day the text tells in the week before is."""
    concessive_prepositions: list[str] = []
    """Prepositions of a phrase telling what the clause happens in spite of ("despite the
    resumption of contacts last year", "trotz der Einigung im Mai"): a time inside it dates
    that happening, not the clause."""
    attribute_prepositions: list[str] = []
    """Prepositions of a noun's attribute that names its time ("der Vertrag von 1920",
    "the treaty of 1920"): that time tells which thing is meant, not when the clause
    happened."""
    purpose_prepositions: list[str] = []
    """Prepositions of the period a noun is for, right after that noun ("Fangquoten für
    2026", "the budget for 2027"): a year there says which thing is meant, not when the
    clause happened."""
    saying_adverbials: list[str] = []
    """Relations of a phrase (a time) the parser hangs on a reported verb though it stands
    between the verb of saying and the reported clause's subject ("said [on Monday] it
    would provide …"): it dates the saying, not the reported act."""
    misread_subjects: list[str] = []
    """Relations the parser gives the subject of a trailing clause of saying when it takes
    the verb for a participle ("…, the French presidency announced on Saturday": the noun
    an adverbial of the main verb, the verb a participle on it): that participle is the
    clause of saying, which dates what it reports, not background about a noun."""
    participle: str | None = None
    """A regular expression for the lemmas of attributive participles where the tagger
    marks them as plain adjectives ("geschlossen", "unterzeichnet", "andauernd"): a time
    hung on one, or standing between an article and one, belongs to it ("den im Dezember
    geschlossenen Vertrag")."""
    adverbial_adjective_tags: list[str] = []
    """Tags of adjectives standing as adverbs or predicates (German ADJD): never an
    attributive participle, whatever their form ("hat am Wochenende erneut Städte
    angegriffen", where the parser hangs the time on "erneut" before the noun)."""
    invitation_verbs: list[str] = []
    """Lemmas of verbs that invite or summon someone to a meeting named after one of
    `invitation_prepositions` ("invited the envoys to talks on Friday"): the
    meeting lies ahead, its day does not date the invitation."""
    invitation_prepositions: list[str] = []
    plan_verbs: list[str] = []
    """Lemmas of verbs of planning, promising and deciding: their bare infinitive ("promised
    to present a plan by the end of June", "beschloss, im März Truppen zu entsenden") lies
    ahead, counted forward from the day of writing, and its time does not date them."""
    scheduling_verbs: list[str] = []
    """Lemmas of verbs whose object is a happening set for later ("planned a march on
    Saturday", "plant am Samstag eine Kundgebung"): a time of their clause lies ahead."""
    forward_prepositions: list[str] = []
    """Words right before a weekday that set something for that day ("für
    Samstag", "for Saturday"): whatever the clause's tense, the nearer of the last and the
    next such day."""
    naming_determiners: list[str] = []
    """Determiners before a date that modifies a noun ("the Dec. 21, 1988, bombing"): such
    a date names a happening and moves no story time."""
    possessive_endings: list[str] = []
    """What follows a weekday that names the day's happening ("Friday's attack"): no day
    something is set for."""
    span_words: list[str] = []
    """First words of an expression that make it the edge of a span ("seit", "bis"):
    such an expression does not move the narrative time."""
    since_words: list[str] = []
    """Words that open a span from a time gone by ("seit Dienstag", "since March"): that
    time lies before the writing, whatever the clause's tense ("Seit Dienstag blockieren
    Bauern die Autobahn" is last Tuesday, not the coming one)."""
    state_verbs: list[str] = []
    """Lemmas of verbs whose perfect tells a state that still holds ("has been on hunger
    strike since March"): dated when it began, unlike a perfect of what happened again
    and again since ("has held drills since 2022")."""
    dateline: str | None = None
    """A regular expression for a wire dateline at a paragraph's start ("ANKARA, March 11
    (Reuters) -"): a date inside it is when the report was filed, not when its first
    sentence's event happened."""
    tense_scope: Literal["clause", "window"] = "clause"
    """Where tense markers count: the whole clause (German: the verb may stand at its
    end) or a few words around the expression (English)."""
    past_tense: Literal["strict", "soft"] = "strict"
    """Whether a past-tense clause rules out a later year for a month or day written
    without one (German narrates in the past), or only weighs against it (English
    news reports plans in the past tense: "said it would be heard in May")."""
    month_year: Literal["narrative", "nearest"] = "narrative"
    """A month or day without a year inside a story: the narrative's year, or the
    nearest year by tense (TimeBank's English convention: counted from the DCT)."""
    untensed_weekday: Literal["past", "nearest"] = "past"
    """A weekday in a clause of no known tense: the last one, or the nearest (German
    news announces in the present: "am Dienstag trifft Deutschland auf …")."""
    present_weekday: Literal["untensed", "coming"] = "untensed"
    """A weekday in a clause in the present indicative, neither reported nor told while the
    story is in an earlier time: like an untensed one, or the coming one (German news tells
    what happened in the past and announces in the present: "am Montag trifft sich der Rat")."""
    bare_year: BareYear = BareYear()
    rules: list[Rule]

    @model_validator(mode="after")
    def _rules_fit_tables(self) -> TimeLexicon:
        problems: list[str] = []
        if self.participle is not None:
            try:
                re.compile(self.participle)
            except re.error as error:
                problems.append(f"participle: bad pattern: {error}")
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                problems.append(f"rule {rule.id}: duplicate id")
            seen.add(rule.id)
            for name, _ in _PLACEHOLDER.findall(rule.pattern):
                if name not in self.tables and name not in BUILTINS:
                    problems.append(f"rule {rule.id}: unknown placeholder {{{name}}}")
        if problems:
            raise ValueError("; ".join(problems))
        return self


def fold(word: str) -> str:
    """A table key as looked up: case-folded, inner whitespace collapsed."""
    return " ".join(word.casefold().split())


def _alternation(table: Table) -> str:
    words = sorted(table.entries, key=len, reverse=True)
    body = "|".join(regex.escape(word).replace(r"\ ", r"\s+") for word in words)
    return f"(?-i:{body})" if table.case_sensitive else f"(?:{body})"


def compile_rule(rule: Rule, lexicon: TimeLexicon) -> regex.Pattern[str]:
    """The rule's template with its placeholders expanded, compiled case-insensitively."""

    def expand(match: regex.Match[str]) -> str:
        name, alias = match.group(1), match.group(2) or match.group(1)
        body = BUILTINS.get(name) or _alternation(lexicon.tables[name])
        return f"(?P<{alias}>{body})"

    # " ?" is an optional space, any other space one or more whitespace characters
    pattern = _PLACEHOLDER.sub(expand, rule.pattern).replace(" ?", r"\s*").replace(" ", r"\s+")
    return regex.compile(f"{_LEFT}(?:{pattern}){_RIGHT}", regex.IGNORECASE | regex.VERSION0)


def group_tables(rule: Rule) -> dict[str, str]:
    """Group name -> table (or built-in) name, for aliased placeholders."""
    return {alias or name: name for name, alias in _PLACEHOLDER.findall(rule.pattern)}


def _parse(text: str, where: str) -> TimeLexicon:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise DataFileError(f"{where}: not valid YAML: {error}") from error
    lexicon = validate(TimeLexicon, data, where)
    _check_patterns(lexicon, where)
    return lexicon


def _check_patterns(lexicon: TimeLexicon, where: str) -> None:
    problems = []
    for rule in lexicon.rules:
        try:
            compile_rule(rule, lexicon)
        except regex.error as error:
            problems.append(f"rule {rule.id}: bad pattern: {error}")
    if problems:
        raise DataFileError(f"{where}: " + "; ".join(problems))


def parse_lexicon(text: str, where: str = "<string>") -> TimeLexicon:
    """Validate a time lexicon given as YAML text (all problems in one DataFileError)."""
    return _parse(text, where)


@cache
def load_lexicon(language: str) -> TimeLexicon:
    """The shipped time lexicon for `language`, loaded once per process."""
    resource = resources.files("chronist").joinpath("data", "time", f"{language}.yaml")
    if not resource.is_file():
        raise DataFileError(f"no time rules for language {language!r}")
    return _parse(resource.read_text(encoding="utf-8"), f"data/time/{language}.yaml")
