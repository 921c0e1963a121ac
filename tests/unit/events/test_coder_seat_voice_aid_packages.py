"""recall24de: an answer in a passive without agent placed in a capital is its government's
("In Kabul wurde … zurückgewiesen"); "Hilfepaket" is a Hilfspaket. Own sentences."""

from __future__ import annotations

import pytest
from event_builders import country_of, types_of


@pytest.mark.parametrize(
    ("text", "etype", "country"),
    [
        ("In Ankara wurden die Anschuldigungen umgehend zurückgewiesen.", "REJECT", "TUR"),
        ("In Washington wurde die Forderung nach einem Truppenabzug abgelehnt.", "REJECT", "USA"),
        ("In Moskau wurde der Angriff scharf verurteilt.", "ACCUSE", "RUS"),
        ("In Warschau wurde der Schritt begrüßt.", "SUPPORT", "POL"),
        ("In Kiew wurde die Lieferung weiterer Luftabwehrsysteme gefordert.", "REQUEST", "UKR"),
    ],
)  # fmt: skip
def test_answer_in_a_capital_is_its_governments(events_of, text: str, etype: str,
                                                 country: str) -> None:
    events = [e for e in events_of(text, "de") if e.type == etype]
    assert events and country_of(events[0].source) == country


@pytest.mark.parametrize(
    "text",
    [
        "In Hamburg wurde der Vorschlag abgelehnt.",  # no capital: nobody named
        "In Köln wurde der Angriff auf die Synagoge verurteilt.",
    ],
)
def test_answer_in_another_city_names_nobody(events_of, text: str) -> None:
    assert types_of(events_of(text, "de")) == []


def test_capital_that_seats_an_organisation_is_not_its_host() -> None:
    from chronist.events.actors import kb_capitals

    capitals = kb_capitals("de")
    assert "TUR" in capitals.values()
    assert "BEL" not in capitals.values()  # Brüssel: also the EU


def test_agent_named_keeps_it(events_of) -> None:
    events = events_of(
        "In Nairobi wurden die Vorwürfe des Oppositionsführers von der Regierung "
        "zurückgewiesen.", "de",
    )
    rejects = [e for e in events if e.type == "REJECT"]
    assert rejects and country_of(rejects[0].source) == "KEN"


@pytest.mark.parametrize(
    "text",
    [
        "Die Niederlande kündigten ein neues Hilfepaket für Moldau an.",
        "Kanada hat ein Militärhilfepaket für die Ukraine angekündigt.",
    ],
)
def test_aid_package_spelt_hilfe(events_of, text: str) -> None:
    assert "AGREE" in types_of(events_of(text, "de"))


def test_capital_is_not_whom_it_answers(events_of) -> None:
    events = events_of("In Teheran wurde der Vorwurf am Montag entschieden zurückgewiesen.", "de")
    rejects = [e for e in events if e.type == "REJECT"]
    assert rejects and country_of(rejects[0].source) == "IRN"
    assert rejects[0].target is None or rejects[0].target.country != "IRN"
