"""German object relative clauses after a plural antecedent ("die Sanktionen, die Kanada
gegen Kuba verhängte"): the relative pronoun agrees in number with its antecedent, so with a
verb in the singular the pronoun is the object and the other phrase the doer. A singular
antecedent stays ambiguous and keeps the pronoun as subject. Full pipeline, sentences of
our own."""

from __future__ import annotations

import pytest


def _pairs(events: list) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.type, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
    ]


@pytest.mark.parametrize(
    ("text", "event_type", "source"),
    [
        ("Die Sanktionen, die Kanada im März gegen Kuba verhängte, bleiben in Kraft.",
         "SANCTION", "CAN"),
        ("Die Waffen, die Frankreich der Ukraine geliefert hat, kamen am Montag an.",
         "AID", "FRA"),
        ("Der Kreml wies die Vorwürfe zurück, die Estland am Montag erhoben hatte.",
         "ACCUSE", "EST"),
        ("Die Journalisten, die Belarus am Montag freiließ, reisten nach Vilnius.",
         "RETREAT", "BLR"),
    ],
)  # fmt: skip
def test_singular_verb_after_plural_antecedent_has_its_own_doer(
    events_of, text: str, event_type: str, source: str
) -> None:
    assert event_type in {t for t, s, _ in _pairs(events_of(text, "de")) if s == source}


def test_plural_verb_keeps_the_pronoun_as_subject(events_of) -> None:
    # "die Regierungen, die Israel kritisierten": the plural verb agrees with the pronoun
    text = "Die Regierungen Spaniens und Irlands, die Israel kritisierten, beraten heute."
    assert ("ACCUSE", "ISR") not in {(t, s) for t, s, _ in _pairs(events_of(text, "de"))}
