"""One event per happening per document: repeated mentions are merged.

A story names its main event in the title, the lead, the body and often again in an
image caption. Two events are the same happening when they have the same type and
factuality, compatible actors (equal, or one side unknown) and compatible dates (equal,
one unknown, or one a prefix of the other, e.g. 2024-03 and 2024-03-05). The merged
event keeps a body mention as its main span (body, title, heading, caption; then the most
informative) and
lists every mention in `attributes["mentions"]`.

A story's opening (title, deck and lead) summarises its main happening and names the
parties as states ("Moscow denies involvement", "Canberra verlangt Erklärung"), where the
body names who acted for them (the embassy, the foreign minister, the army): a mention in
the opening joins one later mention whose parties are the same states.

In English (cue `body_retells_by_same_verb`), past the opening, two sentences telling acts
of one type by verbs of other senses are two acts ("summoned the envoy", later "condemned
the attack"): an English body retells its happening by the same verb or by an event noun.
"""

from __future__ import annotations

from datetime import date

from chronist.document import ActorRef, Document, Event, Paragraph
from chronist.events.actors import identified, same_state

__all__ = ["merge_events", "opening_end", "running_text_start"]


def _key(actor: ActorRef | None) -> str | None:
    if actor is None:
        return None
    if actor.members:
        return "+".join(sorted(filter(None, (_key(m) for m in actor.members))))
    return actor.entity or actor.country or (actor.name or "").lower() or None


def _identity(actor: ActorRef | None) -> str | None:
    """Who an actor is, if known: a bare description ("12 Menschen"), or descriptions
    coordinated ("19 Wohnungen und Geschäftsräume"), is nobody yet."""
    if actor is None or not identified(actor):
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
    return x.startswith(y) or y.startswith(x) or _in_week(x, y) or _in_week(y, x)


def _in_week(week: str, day: str) -> bool:
    """An ISO week ("2023-W17") holds the seven days it spans ("2023-04-26")."""
    if week[4:6] != "-W":
        return False
    try:
        first = date.fromisocalendar(int(week[:4]), int(week[6:8]), 1)
        return 0 <= (date.fromisoformat(day[:10]) - first).days < 7
    except ValueError:
        return False


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


def _one_side_of_mutual(a: Event, b: Event) -> bool:
    """"Beide Regierungen warfen sich gegenseitig vor" and, in another sentence, "Islamabad
    bestellte den Geschäftsträger ein": an act of both sides on each other (no target)
    and one side's act on the other are two acts."""
    for mutual, one in ((a, b), (b, a)):
        if (
            mutual.sentence == one.sentence
            or mutual.source is None
            or len(mutual.source.members) <= 1
            or mutual.target is not None
            or one.source is None
            or one.source.members
        ):
            continue
        doer, target = _countries(one.source), _countries(one.target)
        # one country on another, both among the sides of the mutual act
        if target and not doer & target and len(doer | target) == 2 and (
            doer | target <= _countries(mutual.source)
        ):
            return True
    return False


def _countries(actor: ActorRef | None) -> set[str]:
    """The countries of an actor or of its members."""
    refs = (actor.members or [actor]) if actor is not None else []
    return {r.country for r in refs if r.country}


def _other_wording(a: Event, b: Event, opening: int) -> bool:
    """Two verbs of other senses in two sentences of the body, past the opening, tell two
    acts ("Tokyo lodged a protest …" and later "Tokyo called the launch a provocation"):
    the body retells its own happening by the same verb or an event noun, and the opening
    summarises it in other words."""
    rules = [str(e.attributes.get("rule", "")) for e in (a, b)]
    return (
        a.sentence != b.sentence
        and all(":verb:" in r for r in rules)
        and rules[0] != rules[1]
        and min(a.trigger.start, b.trigger.start) >= opening
    )


def same_happening(
    a: Event, b: Event, again: frozenset[str] = frozenset(), persons: frozenset[str] = frozenset()
) -> bool:
    """`persons`: entity ids of people; two different people are never one actor."""
    return (
        not _new_occurrence(a, b, again)
        and not _distinct_acts(a, b)
        and not _one_side_of_mutual(a, b)
        and a.type == b.type
        and a.factuality == b.factuality
        and _compatible_actor(a.source, b.source, persons)
        and _compatible_actor(a.target, b.target, persons)
        and _compatible_date(a, b)
        and (_shares_actor(a, b) or a.sentence == b.sentence or _anonymous_repeat(a, b))
    )


# Who acts for a state: the country itself (no sector), its government, office holders and
# diplomats (GOV), its armed forces (MIL).
ACTING_SECTORS = frozenset({None, "GOV", "MIL"})
# What ends a sentence, before closing quotes and brackets.
SENTENCE_ENDS = (".", "!", "?")
CLOSERS = "\"'“”‘’»«)"


def opening_end(doc: Document) -> int:
    """Where the story's opening ends: its title and deck lines (no sentence mark at their
    end) and the lead, the first paragraph of running text."""
    lead = _lead(doc)
    return lead.end if lead is not None else 0


def running_text_start(doc: Document) -> int:
    """Where the running text begins: before it stand the title and deck lines, also in a
    plain text that marks no title."""
    lead = _lead(doc)
    return lead.start if lead is not None else 0


def _lead(doc: Document) -> Paragraph | None:
    """The first paragraph of running text (a body paragraph ending in a sentence mark)."""
    for paragraph in sorted(doc.paragraphs, key=lambda p: p.start):
        text = doc.text[paragraph.start : paragraph.end].rstrip().rstrip(CLOSERS)
        if paragraph.kind == "body" and text.endswith(SENTENCE_ENDS):
            return paragraph
    return None


def _states(actor: ActorRef | None) -> frozenset[tuple[str, str | None]]:
    """The states an actor stands for, each with the organ that acted (None: the country
    itself): a country, its government, office holders, diplomats or army; of coordinated
    actors every member's (none if one member is no state's)."""
    refs = (actor.members or [actor]) if actor is not None else []
    if not refs or any(r.members or not r.country or r.sector not in ACTING_SECTORS for r in refs):
        return frozenset()
    return frozenset((r.country, r.sector) for r in refs if r.country)


def _same_states(a: ActorRef | None, b: ActorRef | None) -> bool:
    """One mention names the states, the other some of them or whom they acted through
    ("Iran and U.S." and "Iranian and U.S. negotiators"); where both name an organ, the
    same kind (a state's diplomats summoned are not its army on manoeuvres)."""
    sa, sb = _states(a), _states(b)
    small, large = sorted((sa, sb), key=len)
    return bool(small) and all(
        any(c == c2 and (s is None or s2 is None or s == s2) for c2, s2 in large) for c, s in small
    )


def _role_joins(a: Event, b: Event, role: str, opening: int, persons: frozenset[str]) -> bool:
    x, y = getattr(a, role), getattr(b, role)
    unnamed = [e for e, actor in ((a, x), (b, y)) if _identity(actor) is None]
    if unnamed:
        # A title or lead leaves parties out ("Moscow denies involvement"); a later mention
        # without one may be another act of the same state.
        return len(unnamed) == 2 or all(e.trigger.start < opening for e in unnamed)
    two_people = x.entity in persons and y.entity in persons
    return _compatible_actor(x, y, persons) or (not two_people and _same_states(x, y))


def summarised(a: Event, b: Event, opening: int, persons: frozenset[str] = frozenset()) -> bool:
    """Two mentions of one happening, the states named for whoever acted for them: same
    type, factuality and time, no party of one another state's than the other's, and one
    party the same state's in both. The caller asks it only of a mention in the opening."""
    # An "again" after the opening ("Moldova summoned Russia's ambassador again") says the
    # news the opening told repeats earlier acts, not that it is another one.
    return (
        not _distinct_acts(a, b)
        and not _one_side_of_mutual(a, b)
        and a.type == b.type
        and a.factuality == b.factuality
        and _compatible_date(a, b)
        and all(_role_joins(a, b, role, opening, persons) for role in ("source", "target"))
        and (_same_states(a.source, b.source) or _same_states(a.target, b.target))
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
    events: list[Event],
    again: frozenset[str] = frozenset(),
    persons: frozenset[str] = frozenset(),
    opening: int = 0,
    retold_by_same_verb: bool = False,
) -> list[Event]:
    """`again`: ids of events told as one more occurrence ("erneut", "again"); `persons`:
    entity ids of the document's people; `opening`: where the story's opening ends
    (`opening_end`); `retold_by_same_verb`: the language's cue that a body retells an act
    by its verb, so other verbs past the opening are other acts (`_other_wording`)."""
    merged: list[Event] = []
    # Every mention a merged event holds: none of them may be another act of its sentence.
    held: dict[int, list[Event]] = {}
    # Merged events that took a mention by the opening's states already: an opening names
    # each happening once, so a second one of the same states is another happening.
    joined: set[int] = set()
    for event in sorted(events, key=_richness, reverse=True):
        event.attributes.setdefault("mentions", [_mention(event)])
        # Merged events holding a mention that is another act of this event's sentence.
        apart = {
            id(main) for main in merged if any(_distinct_acts(e, event) for e in held[id(main)])
        }
        # The mention earliest in the text first: a headline repeats the lead.
        matches = [
            main
            for main in merged
            if id(main) not in apart
            and not (
                retold_by_same_verb
                and any(_other_wording(e, event, opening) for e in held[id(main)])
            )
            and any(
                same_happening(named, event, again, persons)
                # A happening joined by its states goes by both namings ("Switzerland"
                # and "the Swiss government"): a later mention may repeat either.
                for named in ([main, *held[id(main)]] if id(main) in joined else [main])
            )
        ]
        by_states = not matches
        if by_states:
            matches = [
                main
                for main in merged
                if id(main) not in joined | apart
                and any(e.trigger.start < opening for e in [*held[id(main)], event])
                and summarised(main, event, opening, persons)
            ]
        if matches:
            main = min(matches, key=lambda m: m.trigger.start)
            if by_states:
                joined.add(id(main))
            _absorb(main, event)
            held[id(main)].append(event)
        else:
            merged.append(event)
            held[id(event)] = [event]
    for event in merged:
        event.attributes["mentions"].sort(key=lambda m: m["trigger"]["start"])
    return sorted(merged, key=lambda e: e.trigger.start)
