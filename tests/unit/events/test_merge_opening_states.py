"""A story's opening names the parties of its main happening as states; the body names who
acted for them. One mention in the opening joins one later mention of the same states."""

from __future__ import annotations

from chronist.document import ActorRef, Document, Event, Paragraph, Span
from chronist.events.merge import merge_events, opening_end

OPENING = 100  # the title and lead end here; the body follows


def _actor(
    name: str, country: str, sector: str | None = None, entity: str | None = None
) -> ActorRef:
    return ActorRef(name=name, country=country, entity=entity or f"x:{name}", sector=sector)


def _event(
    start: int,
    source: ActorRef | None,
    target: ActorRef | None,
    kind: str = "REJECT",
    date: str | None = "2025-03-04",
    basis: str = "narrative",
) -> Event:
    return Event(
        id=f"e{start}",
        type=kind,
        source=source,
        target=target,
        factuality="asserted",
        sentence=Span(start, start + 10),
        trigger=Span(start + 2, start + 5, "act"),
        date=date,
        date_basis=basis,
        attributes={"paragraph": "body", "rule": f"r:{kind}"},
    )


RUSSIA = _actor("Moskau", "RUS", "GOV", "Q159")
EMBASSY = _actor("Russian embassy", "RUS", "GOV")


def test_title_state_and_body_embassy_are_one_denial() -> None:
    """ "Moskau bestreitet Beteiligung" (title) and "Die russische Botschaft wies die
    Vorwürfe zurück" (body): Russia denied once, through its embassy."""
    events = [_event(0, RUSSIA, None), _event(300, EMBASSY, _actor("Polen", "POL"))]
    merged = merge_events(events, opening=OPENING)
    assert len(merged) == 1
    assert len(merged[0].attributes["mentions"]) == 2


def test_two_body_mentions_of_states_stay_apart() -> None:
    """Outside the opening a state and its embassy may deny two different things."""
    events = [_event(200, RUSSIA, None), _event(300, EMBASSY, _actor("Polen", "POL"))]
    assert len(merge_events(events, opening=OPENING)) == 2


def test_coordinated_states_and_their_negotiators_are_one_meeting() -> None:
    """ "Iran and U.S. hold talks" and "Iranian and U.S. negotiators held talks"."""
    states = ActorRef(
        name="Iran & U.S.", country=None,
        members=[_actor("Iran", "IRN", None, "Q794"), _actor("U.S.", "USA", None, "Q30")],
    )  # fmt: skip
    negotiators = ActorRef(
        name="negotiators", country=None,
        members=[_actor("Iranian team", "IRN", "GOV"), _actor("U.S. team", "USA", "GOV")],
    )  # fmt: skip
    events = [_event(0, states, None, "CONSULT"), _event(150, negotiators, None, "CONSULT")]
    assert len(merge_events(events, opening=OPENING)) == 1


def test_state_and_its_army_are_one_attack() -> None:
    """ "Russischer Großangriff auf Kiew" and "Das russische Militär griff die Stadt an"."""
    events = [
        _event(0, _actor("Russland", "RUS", "MIL", "Q159"), _actor("Kiew", "UKR"), "ASSAULT"),
        _event(150, _actor("russische Militär", "RUS", "MIL"), _actor("Stadt", "UKR"), "ASSAULT"),
    ]
    assert len(merge_events(events, opening=OPENING)) == 1


def test_attacks_on_different_days_stay_apart() -> None:
    """ "Russia attacks Kyiv" (title, the day) and "Russian forces had attacked Kyiv on 20
    September" (body): two attacks."""
    events = [
        _event(0, RUSSIA, _actor("Kyiv", "UKR"), "ASSAULT", "2025-10-05", "explicit"),
        _event(250, EMBASSY, _actor("Kyiv", "UKR"), "ASSAULT", "2025-09-20", "explicit"),
    ]
    assert len(merge_events(events, opening=OPENING)) == 2


def test_summons_of_different_ambassadors_stay_apart() -> None:
    """ "Moldova summons Russian envoy" and "It also summoned Belarus's ambassador"."""
    moldova, ministry = _actor("Moldova", "MDA", None, "Q217"), _actor("ministry", "MDA", "GOV")
    events = [
        _event(0, moldova, _actor("Russian envoy", "RUS", "GOV"), "ACCUSE"),
        _event(150, ministry, _actor("Russian ambassador", "RUS", "GOV"), "ACCUSE"),
        _event(300, ministry, _actor("Belarusian ambassador", "BLR", "GOV"), "ACCUSE"),
    ]
    merged = merge_events(events, opening=OPENING)
    assert [len(e.attributes["mentions"]) for e in merged] == [2, 1]


def test_summons_and_a_judgement_of_the_army_stay_apart() -> None:
    """ "Moldova summons Russian envoy" (title) and "The ministry called the Russian army's
    drills a provocation": the state's diplomat and its army are different parties."""
    events = [
        _event(0, _actor("Moldova", "MDA", None, "Q217"), _actor("envoy", "RUS", "GOV"), "ACCUSE"),
        _event(200, _actor("ministry", "MDA", "GOV"), _actor("army", "RUS", "MIL"), "ACCUSE"),
    ]
    assert len(merge_events(events, opening=OPENING)) == 2


def test_body_judgement_without_its_target_stays_apart_from_title_summons() -> None:
    """ "Belize summons Guatemalan ambassador" (title) and, in the body, "The prime minister
    called it a grave violation": a later mention that leaves the party out may be
    another act of the same state."""
    events = [
        _event(0, _actor("Belize", "BLZ", None, "Q242"), _actor("envoy", "GTM", "GOV"), "ACCUSE"),
        _event(300, _actor("prime minister", "BLZ", "GOV"), None, "ACCUSE"),
    ]
    assert len(merge_events(events, opening=OPENING)) == 2


def test_opening_mention_joins_one_later_mention_only() -> None:
    """ "Russia attacks Ukraine" (title); the body tells attacks on Kharkiv and on Odesa the
    same day: the title's is one of them, not both."""
    army = _actor("Russian army", "RUS", "MIL")
    events = [
        _event(0, RUSSIA, _actor("Ukraine", "UKR", None, "Q212"), "ASSAULT"),
        _event(200, army, _actor("Kharkiv", "UKR"), "ASSAULT"),
        _event(400, army, _actor("Odesa", "UKR"), "ASSAULT"),
    ]
    assert len(merge_events(events, opening=OPENING)) == 2


def test_two_people_of_one_state_stay_apart() -> None:
    """ "Lang attackiert Klöckner" (title) and "Auch Habeck attackierte Klöckner"."""
    lang, habeck, kloeckner = (_actor(n, "DEU", "GOV") for n in ("Lang", "Habeck", "Klöckner"))
    persons = frozenset(a.entity for a in (lang, habeck, kloeckner) if a.entity)
    events = [_event(0, lang, kloeckner, "ACCUSE"), _event(200, habeck, kloeckner, "ACCUSE")]
    assert len(merge_events(events, persons=persons, opening=OPENING)) == 2


def test_opening_ends_after_title_deck_and_lead() -> None:
    title, deck = "Moskau bestreitet Beteiligung", "Hacker legten Wasserwerke lahm"
    lead, body = "Polen macht Russland verantwortlich.", "Die Botschaft widersprach."
    text = "\n\n".join((title, deck, lead, body))
    starts = [text.index(p) for p in (title, deck, lead, body)]
    parts = zip(starts, (title, deck, lead, body), strict=True)
    doc = Document(
        text=text, language="de", paragraphs=[Paragraph(s, s + len(p)) for s, p in parts]
    )
    assert opening_end(doc) == starts[2] + len(lead)
