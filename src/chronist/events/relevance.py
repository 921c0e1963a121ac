"""Is a trigger a reported happening at all, whatever its factuality?

Factuality (`factuality.py`) says how a happening is reported: asserted, negated, possible,
planned. Some uses of an event word report no happening in any of these ways, and are
no events:

- a direct question ("Wie viel exportiert Deutschland in das Land?", "Will Iran retaliate?");
- an infinitive that says what someone may or must do in general, after a noun or adjective
  of ability, right or duty ("the state's responsibility to protect citizens", "would be able
  to demand details", "das Recht, zu demonstrieren");
- a relative clause in the simple present that describes its noun ("the constitution, which
  restricts incitement", "die Regierung, die Proteste verbietet");
- a generic or open condition ("wenn Arbeiter Löhne fordern, reagiert der Staat …", "if Iran
  attacks, …", "when asked about …");
- what someone imagines or dreams ("it's silly to imagine that he will attack").

The word lists are per-language data (`data/events/relevance_<lang>.yaml`); the patterns
are syntax.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict
from spacy.tokens import Span, Token

from chronist.datafiles import data_file, load_data_file
from chronist.events.frames import Frame
from chronist.events.triggers import lemma_of

__all__ = ["Relevance", "load_relevance", "reports_happening"]


class RelevanceFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["event-relevance"]
    lang: Literal["de", "en"]
    schema_version: Literal[1]
    question_marks: list[str]
    generic_infinitive_heads: list[str]
    """Nouns and adjectives of ability, right or duty: an infinitive after them says what
    someone may or must do ("the right to protest"), no happening."""
    open_condition_markers: list[str]
    imagining_verbs: list[str]


@dataclass(frozen=True, slots=True)
class Relevance:
    """The word lists, lower-cased."""

    question_marks: frozenset[str]
    generic_infinitive_heads: frozenset[str]
    open_condition_markers: frozenset[str]
    imagining_verbs: frozenset[str]


@cache
def load_relevance(language: str) -> Relevance:
    spec = load_data_file(data_file("events", f"relevance_{language}.yaml"), RelevanceFile)
    values = spec.model_dump(exclude={"kind", "lang", "schema_version"})
    return Relevance(**{k: frozenset(w.lower() for w in v) for k, v in values.items()})

# Dependencies of a clause that modifies a noun (UD: acl, relcl; English spaCy: relcl).
RELATIVE_DEPS = frozenset({"relcl", "acl:relcl", "acl", "rc"})
# Dependencies of an adverbial (conditional/temporal) clause.
ADVERBIAL_DEPS = frozenset({"advcl"})
# Dependencies of an infinitive complementing a noun or adjective.
INFINITIVE_DEPS = frozenset({"acl", "xcomp", "ccomp", "oc"})
RELATIVE_PRONOUN_TAGS = frozenset({"PRELS", "PRELAT", "WDT", "WP", "WP$"})
QUOTE_CLOSERS = frozenset({'"', "'", "”", "’", "»", "«", "“", "‘", ")"})


def reports_happening(sent: Span, frame: Frame, cues: Relevance) -> bool:
    trigger = sent.doc[frame.trigger]
    return not (
        _question(sent, cues)
        or _generic_infinitive(trigger, sent, cues)
        or _habitual_relative(trigger, frame, cues)
        or _open_condition(trigger, frame, cues)
        or any(lemma_of(sent.doc[g]) in cues.imagining_verbs for g in frame.governors)
    )


def _question(sent: Span, cues: Relevance) -> bool:
    """The sentence ends with a question mark (closing quotes aside)."""
    for token in reversed(sent):
        if token.is_space or token.text in QUOTE_CLOSERS:
            continue
        return token.text in cues.question_marks
    return False


def _generic_infinitive(trigger: Token, sent: Span, cues: Relevance) -> bool:
    if "Inf" not in trigger.morph.get("VerbForm") and trigger.tag_ not in {"VVIZU", "VB"}:
        return False
    head = trigger.head
    if (
        trigger.dep_ in INFINITIVE_DEPS
        and head.pos_ in {"NOUN", "ADJ"}
        and lemma_of(head) in cues.generic_infinitive_heads
    ):
        return True
    if trigger.doc.lang_ != "de":
        return False
    # German: the parser often misses the attachment; "die Pflicht, die Bürger zu
    # schützen": a zu-infinitive clause right after such a noun and a comma.
    if not _zu_infinitive(trigger):
        return False
    i = trigger.i - 1
    while i > sent.start and sent.doc[i].text != ",":
        i -= 1
    before = sent.doc[i - 1] if i > sent.start else None
    return bool(
        before is not None
        and sent.doc[i].text == ","
        and before.pos_ in {"NOUN", "ADJ", "ADV"}
        and lemma_of(before) in cues.generic_infinitive_heads
    )


def _zu_infinitive(trigger: Token) -> bool:
    if trigger.tag_ == "VVIZU":
        return True
    previous = trigger.doc[trigger.i - 1] if trigger.i > 0 else None
    return previous is not None and previous.tag_ == "PTKZU"


def _simple_present(trigger: Token, frame: Frame) -> bool:
    """A finite present-tense verb with no auxiliary of tense or voice ("restricts",
    "verbietet"), not "has restricted", "is restricting", "wurde verboten"."""
    morph = trigger.morph
    if "Pres" not in morph.get("Tense") or "Fin" not in morph.get("VerbForm"):
        return False
    if "Sub" in morph.get("Mood"):
        return False
    return not any(child.dep_ in {"aux", "aux:pass", "auxpass"} for child in trigger.children)


def _habitual_relative(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    if trigger.pos_ != "VERB" or trigger.dep_ not in RELATIVE_DEPS:
        return False
    if trigger.head.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return False
    relative = any(
        t.tag_ in RELATIVE_PRONOUN_TAGS for t in trigger.subtree if t.i < trigger.i
    )
    return relative and _simple_present(trigger, frame)


def _open_condition(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """A conditional or "whenever" clause in the present (or a bare participle: "when
    asked"): what happens if or whenever something happens, no report of it."""
    if trigger.dep_ not in ADVERBIAL_DEPS:
        return False
    markers = {lemma_of(c) for c in trigger.children if c.dep_ in {"mark", "advmod"}}
    if not markers & cues.open_condition_markers:
        return False
    if _simple_present(trigger, frame):
        return True
    has_subject = any(c.dep_.startswith("nsubj") for c in trigger.children)
    return trigger.tag_ == "VBN" and not has_subject
