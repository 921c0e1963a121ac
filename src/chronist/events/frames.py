"""What role assignment hands to the coder: a trigger, its lexicon entry and argument slots.

Both role assigners (dependency-based in `roles_dep`, morphology/word-order based in
`roles_de` for German without a parser) produce the same `Frame`, so everything after
role assignment (actor lookup, factuality, dates, merging) is shared.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from chronist.events.data import Entry

__all__ = ["HEADING_KINDS", "NO_TARGET_SLOTS", "Frame", "Phrase", "guest_visit"]


# Paragraphs that head a text: an explainer's title is an indirect question, and a title
# tells what happened in the simple present ("Haiti recalls envoy as … steps up …").
HEADING_KINDS = frozenset({"title", "heading"})


# Target "slots" of the lexicon that name no phrase: no target, or explicitly nobody.
NO_TARGET_SLOTS = frozenset({"none", "nobody"})


@dataclass(frozen=True, slots=True)
class Phrase:
    """A noun phrase as token indices into the analysis Doc: [start, end), head."""

    start: int
    end: int
    head: int


@dataclass(slots=True)
class Frame:
    trigger: int
    """Token index of the trigger word (finite verb, participle or noun)."""
    entry: Entry
    slots: dict[str, list[Phrase]] = field(default_factory=dict)
    """Syntactic slot -> the argument's coordinated phrases. Keys: subj, obj, iobj, gen,
    agent (passive von/durch/by), prep:<p>."""
    passive: bool = False
    scope: list[int] = field(default_factory=list)
    """Tokens of the trigger's clause (and its auxiliaries), searched for factuality cues."""
    governors: list[int] = field(default_factory=list)
    """Verbs governing the trigger's clause ("plant, … zu besuchen", "agreed to …")."""
    from_parse: bool = True
    """False when roles came from morphology and word order only."""
    compound: bool = False
    """True when a German compound matched through its head noun."""
    depth: int | None = None
    """Steps from the trigger to the sentence root in the parse (0 = main predicate)."""
    content: Entry | None = None
    """The event noun that is what this threat/demand/offer is about ("mit einem
    Militärschlag"), folded into this frame."""
    co_doers: list[Phrase] = field(default_factory=list)
    """Doers of the same act in an elliptic clause of the same sentence ("France condemned
    the test, as did Spain"): parties beside this act's doer, never its counterpart."""

    def logical(self, slot: str) -> list[Phrase]:
        """Slot contents with the passive undone: subj is the agent, obj the patient."""
        if self.passive and slot == "subj":
            return self.slots.get("agent", [])
        if self.passive and slot == "obj":
            return self.slots.get("subj", [])
        return self.slots.get(slot, [])

    def target_phrases(self) -> list[Phrase]:
        """The phrases of the entry's target slots ("none"/"nobody" name no slot)."""
        return [
            phrase
            for slot in self.entry.targets
            if slot not in NO_TARGET_SLOTS
            for phrase in self.logical(slot)
        ]


def guest_visit(frame: Frame, guest_passives: frozenset[str], lemma: str,
                host_prepositions: frozenset[str]) -> None:
    """"Steinmeier wurde in Jakarta empfangen", "was received in Rabat": the passive of
    receiving a guest (`guest_passives`) with no host named tells the guest's visit to the
    place after a host preposition. The guest (the passive's subject) becomes the doer and
    the place whom they visit; without such a place the frame is left as it is."""
    if not frame.passive or lemma not in guest_passives or "agent" in frame.slots:
        return
    place = next(
        (frame.slots[f"prep:{p}"] for p in sorted(host_prepositions) if f"prep:{p}" in frame.slots),
        None,
    )
    if place is None:
        return
    frame.passive = False
    frame.slots["host"] = place
    frame.entry = replace(frame.entry, mode="visit", targets=("host",))
