"""Relations between the actors of events: whose country an actor is, whether two
actors share a party or a country, and the two sides of an act between states."""

from __future__ import annotations

from typing import Any

from chronist.document import ActorRef, Event
from chronist.events.actors import ActorIndex, combine, from_mention, same_actor, same_state

# Sectors of a state's own organs: never a crowd of people.
ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD"})


def state_of_source(actor: ActorRef) -> str | None:
    """The one country of a single actor."""
    return None if actor.members else actor.country


def same_country(a: ActorRef, b: ActorRef) -> bool:
    """Do two actors (members included) name exactly one and the same country?"""
    ca = {m.country for m in a.members or [a] if m.country}
    cb = {m.country for m in b.members or [b] if m.country}
    return len(ca) == 1 and ca == cb


def among_members(target: ActorRef, source: ActorRef) -> bool:
    """Are the target's countries all countries of the joint source's own members?"""
    if not source.members or not all(m.country for m in source.members):
        return False
    countries = countries_of(target)
    return bool(countries) and countries <= {m.country for m in source.members}


def latest_parties(earlier: list[Event]) -> ActorRef | None:
    """The parties the story has told of last: the actor of several countries of the
    latest earlier event that has one, or the two sides of one done by one country to
    another ("Guatemala ordered Belize's patrol out … urged both countries")."""
    for before in reversed(earlier):
        for actor in (before.target, before.source):
            if actor is not None and len({m.country for m in actor.members}) > 1:
                return actor
        if (opposed := opposed_sides(before)) is not None:
            return opposed[1]
    return None


def named_pair(actors: ActorIndex, subject: Any) -> ActorRef | None:
    """"Ägypten und Äthiopien streiten … Die beiden Länder vereinbarten", "the two
    countries would sign": the two countries whose actors the text named last before
    the subject, in its sentence and the one before (places aside: a venue is no side)."""
    doc = subject.doc
    sentence = subject.sent
    start = doc[sentence.start - 1].sent.start_char if sentence.start else sentence.start_char
    refs: list[ActorRef] = []
    for mention in reversed(actors.in_chars(start, subject.idx)):
        if not mention.country or not mention.is_actor or actors.is_place(mention):
            continue
        if not any(same_country(ref, from_mention(mention)) for ref in refs):
            refs.append(from_mention(mention))
        if len(refs) == 2:
            return combine(list(reversed(refs)))
    return None


def opposed_sides(event: Event) -> tuple[frozenset[str], ActorRef] | None:
    """An act of one country's party on another country's: the two countries, and both
    parties as one actor."""
    source, target = event.source, event.target
    if source is None or target is None:
        return None
    sides = {state_of_source(source), state_of_source(target)}
    if None in sides or len(sides) != 2:
        return None
    return frozenset(sides), combine([source, target])


def countries_of(actor: ActorRef | None) -> set[str]:
    """The countries of an actor and its members."""
    if actor is None:
        return set()
    found = {actor.country} if actor.country else set()
    for member in actor.members:
        found |= countries_of(member)
    return found


def countryless(actor: ActorRef) -> bool:
    """Neither the actor nor any of its members says whose it is."""
    return actor.entity is None and not any(m.country for m in actor.members or [actor])


def undescribed(actor: ActorRef) -> bool:
    """A description with nothing that says whose it is ("more than 2,000 people")."""
    return actor.country is None and actor.entity is None and not actor.members


def share_party(a: ActorRef, b: ActorRef) -> bool:
    """Do two actors, or any of their members, stand for the same actor or state?"""
    return any(
        same_actor(x, y) or same_state(x, y) for x in a.members or [a] for y in b.members or [b]
    )
