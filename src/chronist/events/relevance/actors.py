"""Who the act is between: parties that make an act no political event.

A warning to the general public is advice; meeting one's own supporters is a rally of one
camp; a rescue or emergency service is no political actor; money to a party from its own
country is party funding; the state's answer to a private person's ordinary offence is
crime reporting, and so is what befalls private persons with no other party named.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from spacy.tokens import Doc, Token

from chronist.document import ActorRef
from chronist.events.frames import Frame
from chronist.events.relevance.data import Relevance
from chronist.events.triggers import lemma_of, word_in

# Slots of the clause an act asks or warns about ("urged X to protect civilians": comp_obj).
CONTENT_SLOT_PREFIX = "comp_"


def _to_the_public(doc: Doc, frame: Frame, cues: Relevance) -> bool:
    """"Feuerwehr warnt Bürger", "issued urgent warnings to residents": a warning to the
    general public is advice about a danger, no threat between actors; so is issuing a
    noun of advice ("issued travel alerts", "published new guidance"; "sought guidance"
    asks). With an addressee of its own ("urged the government to respect the will of the
    people") the public in what is asked is no one the act is addressed to."""
    addressed = bool(frame.logical("obj") or frame.logical("iobj"))
    for slot, phrases in frame.slots.items():
        if slot in {"subj", "gen", "agent"} and not (frame.passive and slot == "subj"):
            continue  # the passive subject is whom the act befalls ("residents were urged")
        if addressed and slot.startswith(CONTENT_SLOT_PREFIX):
            continue
        for phrase in phrases:
            if word_in(doc[phrase.head], cues.public_nouns):
                return True
            if slot == "obj" and word_in(doc[phrase.head], cues.advice_nouns) and word_in(
                doc[frame.trigger], cues.issuing_verbs
            ):
                return True
    return False


def _appeal_to_anyone(doc: Doc, frame: Frame, cues: Relevance) -> bool:
    """"urged anyone who can identify those involved to contact the police", "asked
    witnesses to come forward": a request (`appeal_types`) to whoever can help (`appeal_nouns`)
    is an appeal for information, no demand on an actor. (Only requests: "threatened anyone
    who joins with arrest" threatens.)"""
    if frame.entry.type not in cues.appeal_types:
        return False
    for slot, phrases in frame.slots.items():
        if slot in {"subj", "gen", "agent"} and not (frame.passive and slot == "subj"):
            continue
        if any(word_in(doc[p.head], cues.appeal_nouns) for p in phrases):
            return True
    return False


def _own_people(doc: Doc, frame: Frame, cues: Relevance) -> bool:
    """"bei einem Treffen mit seinen Anhängern", "met with his supporters": whom one meets
    is one's own following (a possessive on a noun of `own_people_nouns`), a rally of one
    camp, no consultation between actors. "his counterpart" is not one's own."""
    for slot, phrases in frame.slots.items():
        if slot == "subj" or slot == "gen":
            continue
        for phrase in phrases:
            head = doc[phrase.head]
            words = {lemma_of(head), head.lower_}
            nouns = cues.own_people_nouns
            if not any(_noun_or_compound_of(w, nouns) for w in words):
                continue
            if any(c.i < head.i and word_in(c, cues.possessive_determiners) for c in head.children):
                return True
    return False


def consular_advice(
    doc: Doc,
    frame: Frame,
    source: ActorRef | None,
    mentions_at: Callable[[int], list[Any]],
    cues: Relevance,
) -> bool:
    """"Britons were advised to avoid all but essential travel to Lebanon", "the State
    Department warned Americans to leave Russia": a request or warning (`consular_types`)
    whose patient is ordinary people of a nation (an actor mention of `people_sectors` with
    a country) and whose content is a precaution of their own (`precaution_verbs`, as the
    verb's infinitive or after "against") is advice to nationals, no act between actors,
    when nobody or their own state gives it ("Israel urged Palestinians to leave northern
    Gaza" is a demand of another state and stays)."""
    if frame.entry.type not in cues.consular_types:
        return False
    trigger = doc[frame.trigger]
    if not any(lemma_of(verb) in cues.precaution_verbs for verb in _content_verbs(trigger)):
        return False
    countries = {
        m.country
        for phrase in frame.logical("obj")
        for m in mentions_at(phrase.head)
        if m.sector in cues.people_sectors and m.country
    }
    if not countries:
        return False
    return source is None or source.country is None or {source.country} == countries


def _content_verbs(trigger: Token) -> list[Token]:
    """What a request or warning asks: its infinitive ("urged X to leave") or the gerund
    after "against" ("warned against travelling")."""
    verbs = [c for c in trigger.children if c.dep_ in {"xcomp", "ccomp"}]
    verbs += [
        g
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ == "against"
        for g in c.children
        if g.dep_ == "pcomp"
    ]
    return verbs


def internal_meeting(
    event_type: str,
    source: ActorRef | None,
    target: ActorRef | None,
    is_place: Callable[[ActorRef], bool],
    persons: Collection[str],
    cues: Relevance,
) -> bool:
    """"The cabinet met to discuss the budget", "the minister will meet the police
    leadership": a meeting whose parties are all organs of one state (`state_organ_sectors`)
    of one known country (a place named as the partner is of that country) is the routine
    of its government, no consultation between political actors. With no partner named
    (none, or the bare country) only a body meets within itself ("the cabinet met"); a
    person's visit or trip ("plans to visit") may be abroad. A party of unknown country
    keeps it: the partner may be foreign."""
    if event_type not in cues.internal_consult_types or source is None:
        return False
    if target is not None and not (target.sector or target.entity or target.name):
        target = None  # the bare country: no partner named
    if target is None and any(
        p.entity is None or p.entity in persons for p in source.members or [source]
    ):
        return False
    parties = [m for ref in (source, target) if ref is not None for m in ref.members or [ref]]
    organs = [p for p in parties if not is_place(p)]
    if any(not _state_organ(p, cues) for p in organs):
        return False
    countries = {p.country for p in parties}
    return len(countries) == 1 and None not in countries


def _state_organ(actor: ActorRef, cues: Relevance) -> bool:
    """An organ of a state by its sector; named by a noun alone, by an office's noun."""
    if actor.sector not in cues.state_organ_sectors:
        return False
    last = (actor.name or "").lower().split()[-1:]
    return actor.entity is not None or (bool(last) and last[0] in cues.organ_nouns)


def party_funding(
    event_type: str, source: ActorRef | None, target: ActorRef | None, cues: Relevance
) -> bool:
    """A donor's money, gifts or loans to a party or its politicians (`party_sectors`): party
    funding, no act between political actors, unless the giver is another country
    ("Moscow funded the party")."""
    if event_type not in cues.party_funding_types or target is None:
        return False
    receivers = target.members or [target]
    if not any(r.sector in cues.party_sectors for r in receivers):
        return False
    givers = (source.members or [source]) if source is not None else []
    countries = {r.country for r in receivers if r.country}
    return all(g.country is None or g.country in countries for g in givers)


def press_inquiry(mode: str | None, source: ActorRef | None, cues: Relevance) -> bool:
    """"A Reuters investigation found …", "von AFP überprüft", "von einem Redakteur
    überprüft": an inquiry (`press_modes`) whose doer is the press (a sector of
    `press_sectors`, or a name whose last word ends in one of `media_nouns`) is a
    journalist's work, no political event."""
    if mode not in cues.press_modes or source is None:
        return False
    doers = source.members or [source]
    return all(_press(doer, cues) for doer in doers)


def _press(actor: ActorRef, cues: Relevance) -> bool:
    if actor.sector in cues.press_sectors:
        return True
    last = (actor.name or "").lower().split()[-1:]
    return bool(last) and _noun_or_compound_of(last[0], cues.media_nouns)


def _noun_or_compound_of(word: str, nouns: Collection[str]) -> bool:
    """Is a lower-case word one of `nouns`, or a compound ending in one long enough not to
    hide inside unrelated words ("Parteianhänger", "Nachrichtenagentur")?"""
    return any(word == noun or (len(noun) >= 5 and word.endswith(noun)) for noun in nouns)


def ordinary_crime(
    doc: Doc, frame: Frame, target: ActorRef | None, cues: Relevance
) -> bool:
    """"Prosecutors charged the man with burglary", "wegen Diebstahls verurteilt": the
    state's answer to an ordinary offence of a private person (no sector, or a private one)
    is crime reporting, no political event; a politician's or activist's case stays."""
    if frame.entry.type not in cues.crime_types or target is None:
        return False
    people = target.members or [target]
    if any(p.sector is not None and p.sector not in cues.private_sectors for p in people):
        return False
    for slot, phrases in frame.slots.items():
        if not slot.startswith("prep:") or slot[5:].lower() not in cues.offence_prepositions:
            continue
        if any(word_in(doc[phrase.head], cues.ordinary_offences) for phrase in phrases):
            return True
    return False


def crime_report(
    event_type: str,
    lemma: str,
    parties: list[ActorRef | None],
    persons: Collection[str],
    political: Callable[[ActorRef], bool],
    political_scene: bool,
    cues: Relevance,
) -> bool:
    """"The couple was arrested and sent to jail", "prosecutors charged Maxwell": what
    befalls people in a crime report, with no party (the act's roles and the actors named
    around it) but private persons (`persons`: entities of people; a description without
    entity or sector) and, for the state's answer to a crime, law enforcement. A state, a
    government, a party or a crowd at a protest makes it political; so does a country or a
    protest named around it (`political_scene`: "Belarusian police detained", "in Iranian
    custody": the police stand for their state; "arrested at the rally"), and an attack on
    the police. `lemma`: the trigger's (a charge is one, criticism is not)."""
    if political_scene or not crime_report_act(event_type, lemma, cues):
        return False
    law = cues.law_sectors if event_type in cues.crime_types else frozenset()
    private = law | cues.people_sectors
    return not any(_beyond_private(p, persons, political, private) for p in parties)


def crime_report_act(event_type: str, lemma: str, cues: Relevance) -> bool:
    """Is the act one that befalls people in a crime report (`crime_report`)?"""
    return event_type in cues.crime_report_types or lemma in cues.crime_report_words


def _beyond_private(
    actor: ActorRef | None,
    persons: Collection[str],
    political: Callable[[ActorRef], bool],
    private: frozenset[str],
) -> bool:
    if actor is None:
        return False
    if actor.members:
        return any(_beyond_private(m, persons, political, private) for m in actor.members)
    if actor.sector is None:
        # A private person, or a description of one ("the 22-year-old"); a state has one.
        return actor.entity not in persons and actor.entity is not None and political(actor)
    # Any group of its own but law enforcement and ordinary people ("two teenagers were
    # arrested") is more than a private case ("arrested twenty journalists", "raided the
    # company").
    return actor.sector not in private


def public_service(actor: ActorRef | None, cues: Relevance) -> bool:
    """Is the actor a rescue or emergency service, by the last word of its name (German
    compounds by their head: "Flughafenfeuerwehr")?"""
    if actor is None or not actor.name:
        return False
    name = actor.name.lower()
    last = name.split()[-1]
    return any(
        name == noun or name.endswith(f" {noun}") or (len(noun) >= 6 and last.endswith(noun))
        for noun in cues.service_nouns
    )
