"""Things and natural forces as the arguments of an act: no act between actors.

A noun of a thing, quantity or finding as the subject of an act only actors do ("imports
threaten to impair security"); money or goods put into a thing ("investments in clean
energy"); a thing released or approved ("released the figures"); asking for a price with
nobody asked; a natural force or an accident as the doer of a killing ("floods that killed
185", "killed in a train crash", "a storm swept the coast, killing six").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Token

from chronist.events.frames import NO_TARGET_SLOTS, Frame
from chronist.events.relevance.data import Relevance
from chronist.events.relevance.syntax import (
    ADVERBIAL_DEPS,
    OBJECT_DEPS,
    RELATIVE_DEPS,
    RELATIVE_PRONOUN_TAGS,
    SUBJECT_DEPS,
    first_conjunct,
)
from chronist.events.triggers import lemma_of, word_in


def _natural_doer(doc: Doc, frame: Frame, cues: Relevance) -> bool:
    """"Devastating floods that displaced 500,000 and killed 185 people", "Das Hochwasser
    tötete 20 Menschen", "durch das Hochwasser getötet", "killed in the storm": a natural
    force as the doer (the active subject, through a relative pronoun to its noun; the
    passive agent or cause phrase) of a killing or destroying verb is a disaster, no
    attack."""
    if frame.entry.pos != "verb":
        return False
    trigger = doc[frame.trigger]
    heads = [doc[p.head] for p in frame.logical("subj")]
    if frame.passive or not heads:
        heads += [
            doc[p.head]
            for slot, phrases in frame.slots.items()
            if slot.startswith("prep:") and slot[5:] in cues.natural_force_prepositions
            for p in phrases
        ]
    nouns = [_antecedent(h, trigger) for h in heads]
    if any(n is not None and _natural_force(n, cues) for n in nouns):
        return True
    return _disaster_clause(trigger, cues)


def _disaster_clause(trigger: Token, cues: Relevance) -> bool:
    """"A storm swept across the coast, killing six", "suffered its worst plane crash,
    killing all 72", "The bridge collapsed, killing 20": a participle clause with no subject
    of its own tells a result of the clause it hangs on; when that clause's subject or
    object is a natural force or accident, or its verb an accident (`accident_verbs`), the
    killing is the disaster's."""
    if trigger.dep_ not in ADVERBIAL_DEPS or trigger.tag_ != "VBG":
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in trigger.children):
        return False
    verb = trigger.head
    if lemma_of(verb) in cues.accident_verbs:
        return True
    nouns = [c for c in verb.children if c.dep_ in SUBJECT_DEPS | OBJECT_DEPS]
    if verb.dep_ in RELATIVE_DEPS:
        nouns.append(verb.head)  # "a storm swept …" parsed as a clause on "storm"
    return any(_natural_force(n, cues) for n in nouns)


def _antecedent(noun: Token, trigger: Token) -> Token | None:
    """The noun a relative pronoun stands for ("floods that … killed"): the head of the
    relative clause the trigger is in (or a conjunct of), or, where the parser did not
    attach the clause to it ("floods in 2024 that displaced …"), the nearest noun before
    the pronoun; other words are themselves."""
    if noun.tag_ not in RELATIVE_PRONOUN_TAGS:
        return noun
    verb = first_conjunct(trigger)
    if verb.dep_ in RELATIVE_DEPS and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    before = noun.doc[noun.sent.start : noun.i]
    return next((t for t in reversed(before) if t.pos_ in {"NOUN", "PROPN"}), None)


def _natural_force(noun: Token, cues: Relevance) -> bool:
    return _noun_of(noun, cues.natural_forces, shortest_head=4)


def _measure(noun: Token, event_type: str, cues: Relevance) -> bool:
    """A measure ("Sanktionen", "Strafzölle") as the doer of an act it cannot do."""
    return event_type in cues.measure_blind_types and _noun_of(noun, cues.measure_nouns, 5)


def thing_doer(
    doc: Doc, frame: Frame, cues: Relevance, mentions_at: Callable[[int], list[Any]]
) -> bool:
    """An act told of a thing, not of an actor: the active subject of an event verb is a
    noun of a thing, a quantity or a finding (`thing_nouns`) that no actor mention covers
    ("imports threaten to impair security", "an increase supports a conclusion", "wins
    gave the party a majority", "a gift pack, which offers two cans"), or a measure
    (`measure_nouns`: "die Sanktionen trafen die Ölexporte"). Such a verb
    has its other sense (a risk, a finding, an effect); types whose doer may be a thing
    (not in `actor_doer_types`: "the strike destroyed the bridge") stay."""
    entry = frame.entry
    if (
        _thing_partner(doc, frame, cues, mentions_at)
        or _thing_patient(doc, frame, cues, mentions_at)
        or _matter_patient(doc, frame, cues, mentions_at)
        or _thing_object(doc, frame, cues, mentions_at)
        or _bargain(doc, frame, cues)
        or _thing_guest(doc, frame, mentions_at)
    ):
        return True
    if entry.pos != "verb" or frame.passive or entry.type not in cues.actor_doer_types:
        return False
    subjects = frame.slots.get("subj", [])
    if not subjects:
        return False
    # "the pack, which offers two cans": a relative pronoun stands for its noun.
    heads = [_antecedent(doc[p.head], doc[frame.trigger]) for p in subjects]
    return all(
        h is not None
        and h.pos_ == "NOUN"
        and (_thing(h, cues) or _natural_force(h, cues) or _measure(h, entry.type, cues))
        and not any(getattr(m, "kind", None) != "place" for m in mentions_at(h.i))
        for h in heads
    )


# A place is visited, and a country adjective only says whose thing it is ("weitere
# russische Angriffe werden erwartet"): neither makes the guest an actor.
NO_GUEST_KINDS = frozenset({"place", "adjective"})


def _thing_guest(doc: Doc, frame: Frame, mentions_at: Callable[[int], list[Any]]) -> bool:
    """"In Brüssel wird eine Entscheidung erwartet", "Die Nachricht wurde in Berlin mit Sorge
    empfangen": a guest passive read as a visit (frames.guest_visit gave it a `host`) whose
    guest, the passive's subject, no actor mention covers, is a thing expected or received,
    nobody coming to visit ("Der Minister wird in Paris erwartet" stays)."""
    if "host" not in frame.slots:
        return False
    guests = [doc[p.head] for p in frame.slots.get("subj", [])]
    return bool(guests) and not any(
        getattr(m, "kind", None) not in NO_GUEST_KINDS for g in guests for m in mentions_at(g.i)
    )


def _thing_partner(
    doc: Doc, frame: Frame, cues: Relevance, mentions_at: Callable[[int], list[Any]]
) -> bool:
    """Money or goods put into a thing ("investiere zu wenig in den Schutz der
    Infrastruktur", "investments in clean energy"): an economic act (lexicon context of
    `partner_contexts`) whose partner phrase is a common noun that no actor or place
    mention covers is spending or business, no cooperation between actors ("invests in
    Serbia", "investment in the fund" name one)."""
    entry = frame.entry
    if not (set(entry.context) & cues.partner_contexts) or entry.type not in cues.partner_types:
        return False
    phrases = frame.target_phrases()
    return bool(phrases) and all(
        doc[p.head].pos_ == "NOUN"
        and not word_in(doc[p.head], cues.partner_nouns)
        and not any(mentions_at(i) for i in range(p.start, p.end))
        for p in phrases
    )


def _thing_patient(
    doc: Doc, frame: Frame, cues: Relevance, mentions_at: Callable[[int], list[Any]]
) -> bool:
    """A releasing act whose patient is a thing ("chose to release ten floors of office
    space back to the ministry", "the release of the figures"): every target phrase of the
    entry is a common noun of `thing_nouns` or `thing_patients` that no actor mention covers.
    Prisoners, hostages and troops are actors and stay."""
    entry = frame.entry
    if f"{entry.type}/{entry.mode}" not in cues.thing_patient_acts:
        return False
    trigger = doc[frame.trigger]
    if _state_passive(trigger, cues):
        # "Das Medikament ist in der EU zugelassen": the subject of a state passive is
        # the patient, whatever phrase came out as the target.
        subjects = [doc[p.head] for p in frame.slots.get("subj", [])]
        if subjects and all(
            s.pos_ == "NOUN"
            and (_thing(s, cues) or _noun_of(s, cues.thing_patients, 5))
            and not any(getattr(m, "kind", None) != "place" for m in mentions_at(s.i))
            for s in subjects
        ):
            return True
    phrases = frame.target_phrases()
    return bool(phrases) and all(
        doc[p.head].pos_ == "NOUN"
        and (_thing(doc[p.head], cues) or _noun_of(doc[p.head], cues.thing_patients, 5))
        and not any(getattr(m, "kind", None) != "place" for m in mentions_at(p.head))
        for p in phrases
    )


def _thing_object(
    doc: Doc, frame: Frame, cues: Relevance, mentions_at: Callable[[int], list[Any]]
) -> bool:
    """"The county offered three empty buildings to the college": an act of
    `thing_object_acts` (TYPE/lemma) whose every direct object is premises or property
    (`thing_patients`) that no actor mention covers hands over property, no act between
    actors ("offered a ceasefire", "offered to mediate" stay)."""
    trigger = doc[frame.trigger]
    if frame.entry.pos != "verb" or f"{frame.entry.type}/{lemma_of(trigger)}" not in (
        cues.thing_object_acts
    ):
        return False
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "obj"}]
    return bool(objects) and all(
        o.pos_ == "NOUN"
        and _noun_of(o, cues.thing_patients, 5)
        and not any(getattr(m, "kind", None) != "place" for m in mentions_at(o.i))
        for o in objects
    )


def _matter_patient(
    doc: Doc, frame: Frame, cues: Relevance, mentions_at: Callable[[int], list[Any]]
) -> bool:
    """"The ministry recognised the urgency of the problem", "there will be no investigation
    into late declarations": an act whose patient must be an actor (`matter_patient_acts`)
    with every target phrase a common noun with no actor mention or name in its subtree
    recognises a fact or inquires into a matter, no act between actors ("recognised
    Kosovo", "an investigation into the minister's conduct", "into killings by Ethiopian soldiers"
    stay). A content clause is the fact, not an actor's phrase ("recognised the reality that
    Trump had won"; "recognised that France had erred", with no object, knows a fact)."""
    entry = frame.entry
    trigger = doc[frame.trigger]
    keys = {f"{entry.type}/{entry.mode}", f"{entry.type}/{lemma_of(trigger)}"}
    if not keys & cues.matter_patient_acts:
        return False
    if entry.pos == "verb" and not any(c.dep_ == "dobj" for c in trigger.children) and any(
        _content_clause(c) for c in trigger.children
    ):
        return True  # "recognised that France had erred": knowing a fact
    heads = [doc[p.head] for p in frame.target_phrases()] or _modified_patient(trigger)
    return bool(heads) and all(
        h.pos_ == "NOUN" and not _names_actor(h, trigger, mentions_at) for h in heads
    )


def _names_actor(noun: Token, trigger: Token, mentions_at: Callable[[int], list[Any]]) -> bool:
    """Does the noun's phrase name an actor? Not in its content clauses, nor in the act's
    own clause where that describes the noun ("a settlement approved by the regulator")."""
    own = {t.i for t in trigger.subtree} if noun in trigger.ancestors else set()
    return any(
        mentions_at(t.i) or t.ent_type_ for t in _outside_content(noun) if t.i not in own
    )


def _modified_patient(trigger: Token) -> list[Token]:
    """The noun a clause of the act describes as its patient: a participle ("a settlement
    approved by the regulator") or a relative clause with a subject of its own ("a ruling
    the court upheld"); "the council, which approved …" has none."""
    if trigger.dep_ not in RELATIVE_DEPS or trigger.head.pos_ != "NOUN":
        return []
    subjects = [c for c in trigger.children if c.dep_ in SUBJECT_DEPS]
    own_subject = any(c.tag_ not in RELATIVE_PRONOUN_TAGS for c in subjects)
    participle = trigger.tag_ == "VBN" and not subjects
    return [trigger.head] if own_subject or participle else []


def _content_clause(token: Token) -> bool:
    """A clause with a conjunction of its own ("that …", "whether …"): what a fact or a
    question says, not who it is about ("the reality that his rival had won")."""
    return token.dep_ in {"acl", "ccomp"} and any(c.dep_ == "mark" for c in token.children)


def _outside_content(noun: Token) -> list[Token]:
    """The noun's phrase without its content clauses."""
    inside = {t.i for c in noun.children if _content_clause(c) for t in c.subtree}
    return [t for t in noun.subtree if t.i not in inside]


def _state_passive(trigger: Token, cues: Relevance) -> bool:
    """A participle whose auxiliary is the copula of a state passive ("ist zugelassen",
    "is banned")."""
    return "Part" in trigger.morph.get("VerbForm") and any(
        c.dep_ in {"aux", "aux:pass", "auxpass", "cop"} and lemma_of(c) in cues.state_auxiliaries
        for c in trigger.children
    )


def _bargain(doc: Doc, frame: Frame, cues: Relevance) -> bool:
    """Asking for a price or pay with nobody asked ("American tourists seek lower hotel
    prices"): shopping or bargaining, no demand on an actor. An addressee phrase of the
    entry ("from the government") keeps it."""
    entry = frame.entry
    if entry.type not in cues.commerce_acts or entry.pos != "verb":
        return False
    if any(frame.logical(slot) for slot in entry.targets if slot not in NO_TARGET_SLOTS | {"obj"}):
        return False
    objects = frame.logical("obj")
    return bool(objects) and all(
        _noun_of(doc[p.head], cues.commerce_nouns, 5) for p in objects
    )


def _thing(noun: Token, cues: Relevance) -> bool:
    """A noun of a thing ("Stahlimporte", "Sicherheitsgesetz")."""
    return _noun_of(noun, cues.thing_nouns, shortest_head=5)


def _noun_of(noun: Token, kind: frozenset[str], shortest_head: int) -> bool:
    """Is the noun's lemma or word form one of `kind`, or (German) a compound ending in one
    at least `shortest_head` letters long (shorter heads end too many unrelated words)?"""
    words = {lemma_of(noun), noun.lower_}
    if words & kind:
        return True
    return noun.doc.lang_ == "de" and any(
        w.endswith(head) for w in words for head in kind if len(head) >= shortest_head
    )
