"""One event per happening per document: repeated mentions are merged.

A story names its main event in the title, the lead, the body and often again in an
image caption. Two events are the same happening when they have the same type and
factuality, compatible actors (equal, or one side unknown) and compatible dates (equal,
one unknown, or one a prefix of the other, e.g. 2024-03 and 2024-03-05). The merged
event keeps a body mention as its main span (body, title, heading, caption; then the most
informative) and
lists every mention in `attributes["mentions"]`.
"""

from __future__ import annotations

from datetime import date

from chronist.document import ActorRef, Event
from chronist.events.actors import identified, same_state

__all__ = ["merge_events"]


def _key(actor: ActorRef | None) -> str | None:
    if actor is None:
        return None
    if actor.members:
        return "+".join(sorted(filter(None, (_key(m) for m in actor.members))))
    return actor.entity or actor.country or (actor.name or "").lower() or None


def _identity(actor: ActorRef | None) -> str | None:
    """Who an actor is, if known: a bare description ("12 Menschen") is nobody yet."""
    if actor is None or not (actor.entity or actor.country or actor.members):
        return None
    return _key(actor)


def _parts(actor: ActorRef | None) -> set[str]:
    """The keys of an actor's members, or its own key."""
    if actor is None:
        return set()
    if actor.members:
        return {k for k in (_key(m) for m in actor.members) if k}
    key = _key(actor)
    return {key} if key else set()


def _compatible_actor(
    a: ActorRef | None, b: ActorRef | None, persons: frozenset[str] = frozenset()
) -> bool:
    ka, kb = _identity(a), _identity(b)
    if ka is None or kb is None or ka == kb:
        return True
    if a is not None and b is not None and a.entity in persons and b.entity in persons:
        # Two different people ("Lang attackiert Klöckner", "Habeck attackiert Klöckner")
        # are two acts, though both speak for one state.
        return False
    if a is not None and b is not None and (a.members or b.members):
        # "Israel and Hamas swap hostages in deal" and "… under a deal, Hamas freed …":
        # one mention may name only some of the parties.
        pa, pb = _parts(a), _parts(b)
        if pa <= pb or pb <= pa:
            return True
    return a is not None and b is not None and same_state(a, b)


BASIS_RANK = {"explicit": 3, "narrative": 2, "document": 1, None: 0}


def _compatible_date(a: Event, b: Event) -> bool:
    x, y = a.date, b.date
    if x is None or y is None:
        return True
    # A date that only falls back to the publication date says little about the event: a
    # headline ("Litauen weist Diplomaten aus") is the news of the day, not a flashback
    # told in the body ("Bereits im Februar hatte Litauen …").
    if "document" in (a.date_basis, b.date_basis):
        # An event noun that only took the day of writing ("the attacks", "the violence")
        # tells no time of its own: it may name a happening the text dated before.
        undated_noun = any(
            e.date_basis == "document" and ":noun:" in str(e.attributes.get("rule", ""))
            for e in (a, b)
        )
        return undated_noun or _near(x, y)
    return x.startswith(y) or y.startswith(x)


NEWS_DAYS = 7


def _near(x: str, y: str) -> bool:
    """Dates within a week of each other; with a month or year only, the same one."""
    if len(x) >= 10 and len(y) >= 10:
        try:
            return abs((date.fromisoformat(x[:10]) - date.fromisoformat(y[:10])).days) <= NEWS_DAYS
        except ValueError:
            return False
    size = min(len(x), len(y), 7)
    return x[:size] == y[:size]


def _shares_actor(a: Event, b: Event) -> bool:
    """Two mentions of one happening name at least one participant the same way."""
    pairs = ((a.source, b.source), (a.target, b.target))
    return any(_key(x) is not None and _key(x) == _key(y) for x, y in pairs) or bool(
        _parts(a.source) & _parts(b.source)
    )


def _new_occurrence(a: Event, b: Event, again: frozenset[str]) -> bool:
    """Is the later of two mentions told as one more occurrence ("he again criticised …")
    after one that is not? Then the earlier is the first time, not the same happening; a
    headline's "again" repeated in the body is still one."""
    first, later = sorted((a, b), key=lambda e: e.trigger.start)
    return later.id in again and first.id not in again


def _distinct_acts(a: Event, b: Event) -> bool:
    """Two verbs of one sentence acting on differently named objects are two acts ("has
    expelled Russia's attaché and ordered the closure of a Russian-owned property")."""
    return (
        a.sentence == b.sentence
        and a.trigger.start != b.trigger.start
        and all(":verb:" in str(e.attributes.get("rule", "")) for e in (a, b))
        and _identity(a.target) is not None
        and _identity(b.target) is not None
        and a.target.name != b.target.name
    )


def same_happening(
    a: Event, b: Event, again: frozenset[str] = frozenset(), persons: frozenset[str] = frozenset()
) -> bool:
    """`persons`: entity ids of people; two different people are never one actor."""
    return (
        not _new_occurrence(a, b, again)
        and not _distinct_acts(a, b)
        and a.type == b.type
        and a.factuality == b.factuality
        and _compatible_actor(a.source, b.source, persons)
        and _compatible_actor(a.target, b.target, persons)
        and _compatible_date(a, b)
        and (_shares_actor(a, b) or a.sentence == b.sentence or _anonymous_repeat(a, b))
    )


def _anonymous_repeat(a: Event, b: Event) -> bool:
    """The same word for an act whose parties nobody identifies ("Two people were
    arrested" in the lead, "a woman and a man were arrested" in the body): one
    happening told twice, as far as the text lets us know."""
    rule = a.attributes.get("rule")
    return (
        rule is not None
        and rule == b.attributes.get("rule")
        and not any(
            x is not None and identified(x) for x in (a.source, a.target, b.source, b.target)
        )
    )


# Which mention of a happening is its main span: the body's sentence, then the title's, a
# heading's, and a caption's last (a caption repeats the body; it is not the report).
PARAGRAPH_RANK = {"body": 3, None: 3, "title": 2, "heading": 1, "caption": 0}


def _richness(event: Event) -> tuple[int, int]:
    filled = sum(x is not None for x in (event.source, event.target, event.location, event.date))
    return PARAGRAPH_RANK.get(event.attributes.get("paragraph"), 3), filled


def _mention(event: Event) -> dict[str, object]:
    return {"sentence": event.sentence.as_dict(), "trigger": event.trigger.as_dict()}


def _better(main: ActorRef | None, other: ActorRef | None) -> ActorRef | None:
    """The main mention's actor, unless only the other mention says who it is."""
    if main is None or (_identity(main) is None and _identity(other) is not None):
        return other
    return main


def _absorb(main: Event, other: Event) -> None:
    main.source = _better(main.source, other.source)
    main.target = _better(main.target, other.target)
    main.location = main.location or other.location
    if other.date and (
        BASIS_RANK[other.date_basis] > BASIS_RANK[main.date_basis]
        or (other.date_basis == main.date_basis and len(other.date) > len(main.date or ""))
    ):
        main.date, main.date_basis = other.date, other.date_basis
    main.reported_by = main.reported_by or other.reported_by
    main.mode = main.mode or other.mode
    for context in other.context:
        if context not in main.context:
            main.context.append(context)
    main.attributes["mentions"].extend(other.attributes["mentions"])
    if main.confidence is not None and other.confidence is not None:
        # Repetition is evidence: each further mention closes a fifth of the gap to 1.
        main.confidence = round(max(main.confidence, other.confidence), 3)
        main.confidence = round(main.confidence + (1 - main.confidence) * 0.2, 3)


def merge_events(
    events: list[Event], again: frozenset[str] = frozenset(), persons: frozenset[str] = frozenset()
) -> list[Event]:
    """`again`: ids of events told as one more occurrence ("erneut", "again"); `persons`:
    entity ids of the document's people."""
    merged: list[Event] = []
    # Every mention a merged event holds: none of them may be another act of its sentence.
    held: dict[int, list[Event]] = {}
    for event in sorted(events, key=_richness, reverse=True):
        event.attributes.setdefault("mentions", [_mention(event)])
        # The mention earliest in the text first: a headline repeats the lead.
        matches = [
            main
            for main in merged
            if same_happening(main, event, again, persons)
            and not any(_distinct_acts(e, event) for e in held[id(main)])
        ]
        if matches:
            main = min(matches, key=lambda m: m.trigger.start)
            _absorb(main, event)
            held[id(main)].append(event)
        else:
            merged.append(event)
            held[id(event)] = [event]
    for event in merged:
        event.attributes["mentions"].sort(key=lambda m: m["trigger"]["start"])
    return sorted(merged, key=lambda e: e.trigger.start)
