"""Loading and validating the NLP stage's data files (src/chronist/data/nlp/*.yaml).

Every file has a header (`kind`, `lang`, `schema_version`) and a list of `entries`
with a stable `id`. A pydantic model with `extra="forbid"` checks the whole file and
all problems are reported together in one `DataFileError`, so a maintainer fixes a
broken file in one pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, model_validator

from chronist.datafiles import load_data_file as load_model

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "nlp"

UdCase = Literal["Nom", "Acc", "Dat", "Gen"]
UdGender = Literal["Masc", "Fem", "Neut"]
UdNumber = Literal["Sing", "Plur"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Entry(Strict):
    id: str


E = TypeVar("E", bound=Entry)


class DataFile(Strict):
    kind: str
    lang: str
    schema_version: Literal[1]
    entries: list

    @model_validator(mode="after")
    def _unique_ids(self) -> DataFile:
        seen: set[str] = set()
        duplicates = [e.id for e in self.entries if e.id in seen or seen.add(e.id)]
        if duplicates:
            raise ValueError(f"duplicate entry ids: {', '.join(sorted(set(duplicates)))}")
        return self


# --- entity labels -------------------------------------------------------------------


class EntityLabelEntry(Entry):
    """A source label (spaCy/OntoNotes or GermEval) and what chronist calls it."""

    target: Literal["PER", "LOC", "ORG", "MISC"] | None
    """None drops the entity (dates, numbers: other stages handle those)."""


class EntityLabelFile(DataFile):
    kind: Literal["entity-labels"]
    entries: list[EntityLabelEntry]


class TrimEntry(Entry):
    words: list[str]


class TrimFile(DataFile):
    kind: Literal["entity-trim"]
    entries: list[TrimEntry]


class KnowledgeEntry(Entry):
    """Names of one kind in the actor knowledge base that are entities of `label`."""

    kind: Literal["country", "org", "person", "place"]
    form: Literal["name", "capital"]
    label: Literal["PER", "LOC", "ORG"]
    proper_tags: list[str] = []
    """If set, a one-word match must carry one of these fine tags (a proper noun)."""


class KnowledgeFile(DataFile):
    kind: Literal["entity-knowledge"]
    entries: list[KnowledgeEntry]


class PlaceFormEntry(Entry):
    """Endings of one-word place names, head words of multi-word ones, and words that
    put the name right after them in a place ("in", "aus")."""

    suffixes: list[str] = []
    words: list[str] = []
    before: list[str] = []
    unknown_before: list[str] = []
    # Parts of a place's name around another name: "St." before it ("St. Moritz"),
    # "am"/"im" between a town and its river or region ("Freiburg im Breisgau").
    prefixes: list[str] = []
    joiners: list[str] = []


class PlaceFormFile(DataFile):
    kind: Literal["entity-places"]
    entries: list[PlaceFormEntry]


class NameShapeEntry(Entry):
    """Words that give a name its kind: given names (a person), last words of
    organisation names, forms of address before a person's name."""

    given_names: list[str] = []
    organisation_heads: list[str] = []
    organisation_nouns: list[str] = []
    address: list[str] = []
    person_nouns: list[str] = []
    genitive_endings: list[str] = []


class NameShapeFile(DataFile):
    kind: Literal["entity-names"]
    entries: list[NameShapeEntry]


@dataclass(frozen=True, slots=True)
class NameWords:
    given: frozenset[str]
    org_heads: frozenset[str]
    org_nouns: tuple[str, ...]
    address: frozenset[str]
    person_nouns: tuple[str, ...]
    genitive_endings: tuple[str, ...]


class SpeakerVerbEntry(Entry):
    """Lemmas of verbs of saying: their subject is someone who speaks."""

    verbs: list[str]


class SpeakerVerbFile(DataFile):
    kind: Literal["entity-speakers"]
    entries: list[SpeakerVerbEntry]


# --- lemmas of unknown words -------------------------------------------------------------


class LemmaRuleEntry(Entry):
    """Where HanTa's lemma loses the form (rules after HanTa, before the trained models).

    `unknown-stem`: a word with one of `tags` (STTS) whose stem HanTa does not know and
    from which it cut one of `endings` keeps its form. `keep-case`: a capitalised word
    with one of `tags` that ends in one of `endings` and whose HanTa lemma is its form in
    lower case keeps its form (an indeclinable place adjective, "Münchner")."""

    rule: Literal["unknown-stem", "keep-case"]
    tags: list[str]
    endings: list[str]


class LemmaRuleFile(DataFile):
    kind: Literal["lemma-rules"]
    entries: list[LemmaRuleEntry]


class TagRuleEntry(Entry):
    """A weak past tense HanTa took for an attributive participle (rule after HanTa, before
    the trained models read its tags): a word tagged `from_tag` that is the participle HanTa
    gives as its lemma plus one of `endings`, right after a word tagged one of
    `subject_tags` (not one of `count_words`), in a stretch between two `boundary_tags`
    without any of `finite_tags`, is the finite verb `to_tag` ("Die Polizei verhaftete
    Demonstranten"), if HanTa's analysis as `to_tag` has a stem tagged `stem_tag` (a verb
    stem it knows: not "ersten"). A participle beginning with `plain_prefix` is the past
    only if HanTa also reads the form as `to_tag` ("gefährdete", not "gewählte"). Not when
    a word tagged one of `opener_tags` before it in the stretch is followed by one tagged
    `preposition_tags` (over `inner_tags`): the article of a noun whose participle has its
    own phrase ("die von Komatsu produzierten Fahrzeuge")."""

    from_tag: str
    to_tag: str
    endings: list[str]
    stem_tag: str
    subject_tags: list[str]
    count_words: list[str] = []
    finite_tags: list[str]
    boundary_tags: list[str]
    opener_tags: list[str]
    preposition_tags: list[str]
    inner_tags: list[str]
    plain_prefix: str = ""


class TagRuleFile(DataFile):
    kind: Literal["tag-rules"]
    entries: list[TagRuleEntry]


# --- STTS -> UPOS ----------------------------------------------------------------------


class TagEntry(Entry):
    """A HanTa tag (id) -> STTS tag, UPOS and fixed UD features."""

    stts: str
    upos: str
    feats: str = ""


class TagFile(DataFile):
    kind: Literal["tagset"]
    entries: list[TagEntry]


class UposRule(Entry):
    """Tokens matching every listed condition get `upos` (after the morphologizer)."""

    tags: list[str] = []
    words: list[str] = []
    deps: list[str] = []
    child_tags: list[str] = []
    """A child with one of these fine tags (and, if given, one of `child_deps`)."""
    child_deps: list[str] = []
    head_lemmas: list[str] = []
    """The lemma of the token's head is one of these."""
    pattern: str = ""
    """A regular expression the whole form must match (for runs of punctuation)."""
    upos: Literal[
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
        "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
    ]

    @model_validator(mode="after")
    def _has_condition(self) -> UposRule:
        if not (self.tags or self.words or self.deps or self.child_tags or self.child_deps
                or self.head_lemmas or self.pattern):
            raise ValueError(f"rule {self.id} has no condition")
        return self


class UposRuleFile(DataFile):
    kind: Literal["upos-rules"]
    entries: list[UposRule]


Upos = Literal[
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
    "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
]


class UposChoiceEntry(Entry):
    """A fine tag (id) and the Universal POS classes a trained tagger may give it;
    `outside_names`: the classes it may also give a token outside every named entity."""

    upos: list[Upos]
    outside_names: list[Upos] = []


class UposChoiceFile(DataFile):
    kind: Literal["upos-choices"]
    entries: list[UposChoiceEntry]


# --- dependency labels ----------------------------------------------------------------


class DependencyLabelEntry(Entry):
    """A parser label (id) and the Universal Dependencies label of the same relation."""

    ud: str


class DependencyLabelFile(DataFile):
    kind: Literal["dependency-labels"]
    entries: list[DependencyLabelEntry]


# --- sentence splitting -------------------------------------------------------------


class SentenceEntry(Entry):
    """A word class that decides whether a full stop ends a sentence."""

    role: Literal["final", "month", "ordinal-context"]
    """final: an abbreviation that may also end a sentence ("usw.");
    month: a word after an ordinal number ("3. März");
    ordinal-context: a word before "3." that makes it an ordinal ("am 3.", "der 20.")."""
    words: list[str]


class SentenceFile(DataFile):
    kind: Literal["sentence-rules"]
    entries: list[SentenceEntry]


# --- word segmentation --------------------------------------------------------------


class SegmentEntry(Entry):
    """Characters at which UD splits a word that our tokenizer keeps whole."""

    joiners: list[str] = []
    """single characters between two parts of a word ("-" in "Nato-Gipfel")"""
    finals: list[str] = []
    """single characters that close a truncated word, a word of their own in UD
    ("-" in "Rohstoff- und Energiepolitik" = Rohstoff, -, und, Energiepolitik)"""

    @model_validator(mode="after")
    def _single_characters(self) -> SegmentEntry:
        if any(len(c) != 1 for c in (*self.joiners, *self.finals)):
            raise ValueError("every joiner and final is one character")
        return self


class SegmentFile(DataFile):
    kind: Literal["segmentation"]
    entries: list[SegmentEntry]


# --- morphology ---------------------------------------------------------------------


class Reading(Strict):
    case: list[UdCase]
    gender: list[UdGender] = ["Masc", "Fem", "Neut"]
    number: UdNumber


class DeterminerEntry(Entry):
    """Inflected determiner or pronoun forms that share their readings."""

    upos: Literal["DET", "PRON"]
    forms: list[str]
    readings: list[Reading]


class PrepositionEntry(Entry):
    """Prepositions (and fused preposition+article forms) and the cases they govern."""

    forms: list[str]
    case: list[UdCase]
    fused: Reading | None = None


class SubjunctiveEntry(Entry):
    """Konjunktiv II stems ("wär" of sein): stem + ending is Mood=Sub|Tense=Past."""

    lemma: str
    stems: list[str]
    endings: list[str]


class SubjunctiveOneEntry(Entry):
    """Irregular Konjunktiv I forms that the stem+e rule does not produce ("sei")."""

    lemma: str
    forms: list[str]


class IndicativeEntry(Entry):
    """Irregular indicative forms with their tense ("ist", "war", "kann")."""

    lemma: str
    tense: Literal["Pres", "Past"]
    forms: list[str]


class VowelChange(Strict):
    """A stem vowel and the vowel a strong verb's present (du/er forms) turns it into."""

    stem: str
    present: str


class LemmaEntry(Entry):
    """Closed-class forms (matched case-insensitively) with the given tags -> lemma."""

    tags: list[str]
    forms: list[str]
    lemma: str


class MorphologyFile(Strict):
    kind: Literal["morphology"]
    lang: str
    schema_version: Literal[1]
    determiners: list[DeterminerEntry]
    prepositions: list[PrepositionEntry]
    subjunctive_two: list[SubjunctiveEntry]
    subjunctive_one: list[SubjunctiveOneEntry]
    indicative: list[IndicativeEntry]
    present_vowel_changes: list[VowelChange]
    lemmas: list[LemmaEntry]

    @model_validator(mode="after")
    def _unique_ids(self) -> MorphologyFile:
        ids = [
            e.id
            for group in (
                self.determiners,
                self.prepositions,
                self.subjunctive_two,
                self.subjunctive_one,
                self.indicative,
                self.lemmas,
            )
            for e in group
        ]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate entry ids: {', '.join(duplicates)}")
        return self


@cache
def entity_labels(lang: str) -> dict[str, str | None]:
    data = load_model(DATA_DIR / f"entity-labels-{lang}.yaml", EntityLabelFile)
    return {e.id: e.target for e in data.entries}


@cache
def entity_trim(lang: str) -> frozenset[str]:
    """Lower-cased words that are cut from the start of an entity span."""
    data = load_model(DATA_DIR / f"entity-trim-{lang}.yaml", TrimFile)
    return frozenset(w.lower() for e in data.entries for w in e.words)


def entity_knowledge(lang: str) -> list[KnowledgeEntry] | None:
    """The knowledge-base entity rules of `lang`, or None where there are none."""
    path = DATA_DIR / f"entity-knowledge-{lang}.yaml"
    return load_model(path, KnowledgeFile).entries if path.exists() else None


def entity_places(lang: str) -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """(lower-cased place-name suffixes, place head words, lower-cased words before a
    place) of `lang`; empty if none."""
    path = DATA_DIR / f"entity-places-{lang}.yaml"
    if not path.exists():
        return (), frozenset(), frozenset()
    entries = load_model(path, PlaceFormFile).entries
    suffixes = tuple(sorted({s.lower() for e in entries for s in e.suffixes}))
    before = frozenset(w.lower() for e in entries for w in e.before)
    return suffixes, frozenset(w for e in entries for w in e.words), before


def entity_unknown_place_before(lang: str) -> frozenset[str]:
    """Lower-cased prepositions after which a word no lexicon knows is a place."""
    path = DATA_DIR / f"entity-places-{lang}.yaml"
    if not path.exists():
        return frozenset()
    entries = load_model(path, PlaceFormFile).entries
    return frozenset(w.lower() for e in entries for w in e.unknown_before)


def entity_place_joins(lang: str) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """(words before a name that make it a place's, lower-cased word sequences that join
    a place to the name after it) of `lang`; empty if none."""
    path = DATA_DIR / f"entity-places-{lang}.yaml"
    if not path.exists():
        return frozenset(), ()
    entries = load_model(path, PlaceFormFile).entries
    joiners = {tuple(j.lower().split()) for e in entries for j in e.joiners}
    return frozenset(w for e in entries for w in e.prefixes), tuple(sorted(joiners))


def entity_names(lang: str) -> NameWords | None:
    """Given names, organisation head words and kind nouns, forms of address of `lang`
    (data/nlp/entity-names-<lang>.yaml), or None where there is no file."""
    path = DATA_DIR / f"entity-names-{lang}.yaml"
    if not path.exists():
        return None
    entries = load_model(path, NameShapeFile).entries
    return NameWords(
        given=frozenset(w for e in entries for w in e.given_names),
        org_heads=frozenset(w for e in entries for w in e.organisation_heads),
        # Lower-cased endings: the kind noun may close a compound ("Spielzeughersteller").
        org_nouns=tuple(sorted({w.lower() for e in entries for w in e.organisation_nouns})),
        address=frozenset(w for e in entries for w in e.address),
        # Lower-cased endings, as for organisation nouns ("Olympiasieger").
        person_nouns=tuple(sorted({w.lower() for e in entries for w in e.person_nouns})),
        genitive_endings=tuple(w for e in entries for w in e.genitive_endings),
    )


def entity_speaker_verbs(lang: str) -> frozenset[str]:
    """Lemmas of `lang`'s verbs of saying (data/nlp/entity-speakers-<lang>.yaml)."""
    path = DATA_DIR / f"entity-speakers-{lang}.yaml"
    if not path.exists():
        return frozenset()
    return frozenset(v for e in load_model(path, SpeakerVerbFile).entries for v in e.verbs)


@cache
def tagset(lang: str) -> dict[str, TagEntry]:
    data = load_model(DATA_DIR / f"tagset-{lang}.yaml", TagFile)
    return {e.id: e for e in data.entries}


@cache
def lemma_rules(lang: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """rule -> STTS tag -> endings (data/nlp/lemma-rules-<lang>.yaml); empty if the
    language has no such file."""
    path = DATA_DIR / f"lemma-rules-{lang}.yaml"
    if not path.exists():
        return {}
    rules: dict[str, dict[str, set[str]]] = {}
    for entry in load_model(path, LemmaRuleFile).entries:
        for tag in entry.tags:
            rules.setdefault(entry.rule, {}).setdefault(tag, set()).update(entry.endings)
    return {
        rule: {tag: tuple(sorted(endings)) for tag, endings in by_tag.items()}
        for rule, by_tag in rules.items()
    }


@cache
def tag_rules(lang: str) -> tuple[TagRuleEntry, ...]:
    """Tag corrections after HanTa (data/nlp/tag-rules-<lang>.yaml); empty without it."""
    path = DATA_DIR / f"tag-rules-{lang}.yaml"
    return tuple(load_model(path, TagRuleFile).entries) if path.exists() else ()


@cache
def upos_rules(lang: str) -> list[UposRule]:
    return load_model(DATA_DIR / f"upos-rules-{lang}.yaml", UposRuleFile).entries


@cache
def upos_choices(lang: str, outside_names: bool = False) -> dict[str, tuple[str, ...]]:
    """Fine tag -> the UPOS classes the UD tagger may choose among (unlisted: no choice);
    with `outside_names`, those for a token outside every named entity."""
    data = load_model(DATA_DIR / f"upos-choices-{lang}.yaml", UposChoiceFile)
    return {
        e.id: tuple(e.upos) + (tuple(e.outside_names) if outside_names else ())
        for e in data.entries
    }


@cache
def dependency_labels(lang: str) -> dict[str, str]:
    """Parser label -> UD label for the labels that differ only in name (for scoring)."""
    data = load_model(DATA_DIR / f"dependency-labels-{lang}.yaml", DependencyLabelFile)
    return {e.id: e.ud for e in data.entries}


@cache
def sentence_rules(lang: str) -> dict[str, frozenset[str]]:
    data = load_model(DATA_DIR / f"sentence-rules-{lang}.yaml", SentenceFile)
    rules: dict[str, set[str]] = {}
    for entry in data.entries:
        rules.setdefault(entry.role, set()).update(entry.words)
    return {role: frozenset(words) for role, words in rules.items()}


def segment_joiners(lang: str) -> frozenset[str]:
    """The characters at which UD splits a word of `lang` (data/nlp/segmentation-<lang>.yaml);
    empty if the language has no such file."""
    return frozenset(j for e in _segmentation(lang) for j in e.joiners)


def segment_finals(lang: str) -> frozenset[str]:
    """The characters that UD splits off the end of a truncated word of `lang`
    (data/nlp/segmentation-<lang>.yaml); empty if the language has no such file."""
    return frozenset(f for e in _segmentation(lang) for f in e.finals)


@cache
def _segmentation(lang: str) -> tuple[SegmentEntry, ...]:
    path = DATA_DIR / f"segmentation-{lang}.yaml"
    return tuple(load_model(path, SegmentFile).entries) if path.exists() else ()


@cache
def morphology(lang: str) -> MorphologyFile:
    return load_model(DATA_DIR / f"morphology-{lang}.yaml", MorphologyFile)
