"""A party noun of exactly two (targets24, issue #5), full pipeline, sentences of our own.

"beide Regierungen", "both governments" (cues `party_nouns` with one of
`pair_quantifiers`) as the target names the two parties told of before, never one country.
When the paragraph names no second state the actor layer takes the bare plural organ as
the speaker's own government ("Frankreich forderte beide Regierungen auf" was FRA>FRA);
the pair named before replaces it, as it already did for an unresolved target. A head
noun whose genitive attribute is such a pair ("Vertreter beider Regierungen") is the pair
too. "alle Parteien", "all parties" keep what the actor layer found (a domestic story's
parties are one country's)."""

from __future__ import annotations

import pytest


def _countries(actor) -> set[str]:
    if actor is None:
        return set()
    return {m.country for m in (actor.members or [actor]) if m.country}


@pytest.mark.parametrize(
    ("text", "language", "kind", "members"),
    [
        ("Armenien warf Aserbaidschan vor, mehrere Dörfer beschossen zu haben.\n\n"
         "Frankreich forderte beide Regierungen auf, die Waffenruhe einzuhalten.",
         "de", "REQUEST", {"ARM", "AZE"}),
        ("Ecuador beschuldigte Peru, Soldaten über die Grenze geschickt zu haben.\n\n"
         "Brasilien kündigte an, Vertreter beider Regierungen zu Gesprächen einzuladen.",
         "de", "CONSULT", {"ECU", "PER"}),
        ("Ethiopia accused Sudan of arming rebels near the border.\n\n"
         "Kenya urged both governments to return to talks.", "en", "REQUEST", {"ETH", "SDN"}),
        ("Ghana accused Togo of sheltering gunmen.\n\n"
         "Nigeria called on both governments to show restraint.", "en", "REQUEST",
         {"GHA", "TGO"}),
    ],
)  # fmt: skip
def test_pair_of_parties_is_the_two_sides(
    events_of, text: str, language: str, kind: str, members: set[str]
) -> None:
    targets = [_countries(e.target) for e in events_of(text, language) if e.type == kind]
    assert members in targets


@pytest.mark.parametrize(
    ("text", "language", "kind", "members"),
    [
        ("Ethiopia accused Sudan of arming rebels near the border.\n\n"
         "Kenya urged the Sudanese government to return to talks.", "en", "REQUEST", {"SDN"}),
        ("Die Opposition warf der kenianischen Regierung Wahlbetrug vor.\n\n"
         "Präsident Ruto forderte alle Parteien auf, das Ergebnis zu respektieren.",
         "de", "REQUEST", {"KEN"}),
    ],
)  # fmt: skip
def test_one_country_and_all_parties_stay(
    events_of, text: str, language: str, kind: str, members: set[str]
) -> None:
    targets = [_countries(e.target) for e in events_of(text, language) if e.type == kind]
    assert members in targets
