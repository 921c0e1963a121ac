"""German announcements ("X kündigte an, … zu …", "X kündigte an, Y werde …"): the announced
act keeps its own type, planned, when the clause names an act of the lexicon; the
announcement is the promise (AGREE, planned) when it names none. Sentences of our own."""

from __future__ import annotations

import pytest


def _coded(events: list) -> list[tuple[str, str, str]]:
    return [(e.type, e.trigger.text, e.factuality) for e in events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Die Regierung in Madrid kündigte an, die Renten zum Jahreswechsel anzuheben.",
         "kündigte"),
        ("Der Innenminister kündigte an, die Polizei werde ihre Kontrollen an der Grenze "
         "verstärken.", "kündigte"),
        ("Die Ministerin hat angekündigt, die Förderung der Sportvereine zu verdoppeln.",
         "angekündigt"),
        ("Die Regierung werde die Mittel für die Forschung verdoppeln, kündigte der Minister an.",
         "kündigte"),
    ],
)  # fmt: skip
def test_announce_clause_without_act_is_a_planned_agree(events_of, text: str, trigger: str) -> None:
    assert ("AGREE", trigger, "planned") in _coded(events_of(text, "de"))


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("Washington kündigte an, neue Strafzölle auf Stahl aus China zu verhängen.", "SANCTION",
         "verhängen"),
        ("Die Bundesregierung kündigte an, der Ukraine weitere Luftabwehrsysteme zu liefern.",
         "AID", "liefern"),
    ],
)  # fmt: skip
def test_announce_named_act_keeps_its_own_type(
    events_of, text: str, kind: str, trigger: str
) -> None:
    coded = _coded(events_of(text, "de"))
    assert (kind, trigger, "planned") in coded
    assert not any(t == "AGREE" for t, _, _ in coded)


@pytest.mark.parametrize(
    "text",
    [
        "Das Unternehmen kündigte an, 500 Stellen abzubauen.",
        "Die Band kündigte an, im Sommer eine neue Platte zu veröffentlichen.",
    ],
)
def test_announce_business_plans_stay_uncoded(events_of, text: str) -> None:
    assert events_of(text, "de") == []
