"""What a promise promises: the act its verb governs, and PLOVER's reading of that act.

PLOVER codes a promised act by what is promised (ontology.yaml `recode`): a promised
cooperative act is an AGREE, a promised hostile act a THREATEN whose mode is the content
of the threat ("vowed to crush the rebels", "versprach, Israel anzugreifen", "pledged that
it would arrest the organisers"). A promise verb's own entry is an AGREE; the act it
governs decides (cues `threat_promise_types`).
"""

from __future__ import annotations

from spacy.tokens import Token

from chronist.events.data import Cues, Entry, Lexicon, Ontology
from chronist.events.triggers import lemma_of, match

__all__ = ["promised_reading"]

# How the promised act hangs on the promise verb: an infinitive or a content clause.
PROMISED_ACT_DEPS = frozenset({"xcomp", "ccomp", "oc"})
# Only verbs name the promised act ("versprach, … anzugreifen"); an object noun is a thing
# promised ("pledged a crackdown"), which the gold sets keep as the promise.
ACT_POS = frozenset({"VERB"})


def promised_reading(
    promise: Token, own_type: str, cues: Cues, lexicon: Lexicon, ontology: Ontology
) -> tuple[str, str | None] | None:
    """PLOVER's (type, mode) of the act a promise verb governs, when it is not the
    promise's `own_type` (its AGREE): the THREATEN of a hostile act of the cues'
    `threat_promise_types`. None for anything else (no promise verb, no event verb
    governed, a cooperative act, a build-up, a measure PLOVER only reads as an
    announcement: "promised to impose sanctions")."""
    if lemma_of(promise) not in cues.promise_verbs:
        return None
    for act in promise.children:
        if act.dep_ not in PROMISED_ACT_DEPS or act.pos_ not in ACT_POS:
            continue
        entry = _act_entry(act, lexicon)
        if entry is None or entry.type not in cues.threat_promise_types:
            continue
        reading = ontology.recode(entry.type, entry.mode, "planned")
        if reading is not None and reading[0] != own_type:
            return reading
    return None


def _act_entry(verb: Token, lexicon: Lexicon) -> Entry | None:
    """The lexicon's entry for a governed verb, its frame words read in its own clause."""
    attached = {lemma_of(c) for c in verb.children} | {c.lower_ for c in verb.children}
    context = {lemma_of(t) for t in verb.subtree} | {t.lower_ for t in verb.subtree}
    found = match(lexicon, "verb", [lemma_of(verb)], context, attached)
    return found[0] if found else None
