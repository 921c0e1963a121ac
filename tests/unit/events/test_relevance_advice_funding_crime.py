"""Sentences of our own: advice to the general public is no request
(relevance `advice_types`, `public_nouns`), and a donor's money to a party or its
politicians of its own country is party funding, no aid (`party_funding_types`,
`party_sectors`); the state's answer to a private person's ordinary offence is crime
reporting (`crime_types`, `ordinary_offences`). A foreign state funding a party, requests to
governments and an opposition politician's conviction stay."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("lang", "text", "type_"),
    [
        ("en", "Residents were urged to stay indoors during the storm.", "REQUEST"),
        ("en", "The police advised drivers to avoid the motorway on Friday.", "REQUEST"),
        ("en", "The health agency urged people to wash their hands often.", "REQUEST"),
        (
            "de",
            "Die Polizei forderte die Anwohner auf, die Fenster geschlossen zu halten.",
            "REQUEST",
        ),
        ("en", "The businessman has given a million pounds to the Labour Party.", "AID"),
        ("en", "John Smith donated 50,000 dollars to the Republican Party.", "AID"),
        ("en", "British prosecutors charged a local man with burglary on Monday.", "ACCUSE"),
        ("en", "A French court jailed the man for fraud.", "COERCE"),
        ("de", "Ein Berliner Gericht verurteilte den Mann wegen Diebstahls.", "SANCTION"),
    ],
)
def test_no_political_act(events_of, lang: str, text: str, type_: str) -> None:
    assert type_ not in types_of(events_of(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "type_"),
    [
        ("en", "Germany urged Russia to withdraw its troops from the border.", "REQUEST"),
        ("en", "The opposition called on the government to resign.", "REQUEST"),
        ("en", "The United States sent weapons to Ukraine.", "AID"),
        ("en", "Russia funded the far-right party in France.", "AID"),
        ("en", "A Moscow court jailed the opposition leader for fraud.", "COERCE"),
    ],
)
def test_still_an_act(events_of, lang: str, text: str, type_: str) -> None:
    assert type_ in types_of(events_of(text, lang))
