"""German verbs of public funding with a sum: "fördert … mit zwei Millionen Euro", "stockt die
Förderung … auf", "beteiligt sich mit drei Millionen Euro an …", "billigte Hilfen für …" are
AID; without a sum or a fund they are no aid. Full pipeline, sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import acts_of


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Die Regierung Ghanas fördert die neue Klinik in Kumasi mit vier Millionen Dollar.",
         ("AID", "GHA", None)),
        ("Japan fördert die Ukraine mit weiteren 300 Millionen Dollar.", ("AID", "JPN", "UKR")),
        ("Die Regierung Kanadas stockt ihre Hilfe für Haiti um 20 Millionen Dollar auf.",
         ("AID", "CAN", "HTI")),
        ("Die Niederlande beteiligen sich mit 15 Millionen Euro am Wiederaufbau in Libyen.",
         ("AID", "NLD", None)),
        ("Das Parlament Schwedens billigte am Montag Hilfen für die Ukraine.",
         ("AID", "SWE", "UKR")),
    ],
)  # fmt: skip
def test_funding_with_a_sum_is_aid(events_of, text: str, act: tuple) -> None:
    assert any(a[0] == act[0] and a[1] == act[1] and (act[2] is None or a[2] == act[2])
               for a in acts_of(events_of(text, "de")))  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Der Trainer fördert junge Spieler mit viel Geduld.",
        "Die Schülerinnen beteiligen sich an dem Wettbewerb.",
    ],
)
def test_no_aid_without_a_sum(events_of, text: str) -> None:
    assert not any(e.type == "AID" for e in events_of(text, "de"))


@pytest.mark.parametrize(
    "text",
    [
        "Das Wirtschaftsministerium in Schwerin kündigte an, in den kommenden zwei Jahren "
        "3,2 Millionen Euro für neue Radwege bereitzustellen.",
        "Die Regierung Islands werde die neue Sternwarte mit drei Millionen Euro fördern, "
        "sagte die Ministerin.",
        "Die Regierung Österreichs stockt die Förderung der Musikschulen um zwei Millionen "
        "Euro auf.",
    ],
)
def test_german_public_money_is_public(text: str) -> None:
    from chronist.document import Document
    from chronist.events.data import load_cues
    from chronist.events.public_money import public_money
    from chronist.pipeline import default_pipeline

    doc = Document(text=text, language="de", published="2025-03-04")
    default_pipeline("de")(doc)
    aid = [e for e in doc.events if e.type == "AID"]
    assert aid and all(public_money(e, doc, load_cues("de")) for e in aid)
