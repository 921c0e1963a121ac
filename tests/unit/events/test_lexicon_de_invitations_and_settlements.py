"""German acts a battery of our own sentences found uncoded or mistyped: an invitation to
talks, a meeting or a visit (CONSULT, not a request), a dispute settled ("legten ihren
Streit bei", AGREE), a denial "in Abrede stellen" (REJECT), an agreement broken (REJECT, no
AGREE on "Vereinbarung"), a state forbidding or limiting exports or imports (SANCTION, not
domestic repression), refugees and local staff taken in, help "mit Munition" and relief
goods brought in (AID), a joint declaration signed (AGREE). Full pipeline, sentences of our
own."""

from __future__ import annotations

import pytest
from event_builders import acts_of


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        ("Ghana lud die Präsidentin Liberias zu einem Staatsbesuch nach Accra ein.", "CONSULT",
         "GHA", "LBR"),
        ("Norwegen hat Vertreter Kolumbiens zu Gesprächen nach Oslo eingeladen.", "CONSULT",
         "NOR", "COL"),
        ("Peru und Ecuador legten ihren Grenzstreit bei.", "AGREE", None, None),
        ("Die Regierung Serbiens stellte jede Beteiligung an dem Angriff in Abrede.", "REJECT",
         "SRB", None),
        ("Die USA verboten die Ausfuhr von Hochleistungschips nach China.", "SANCTION", "USA",
         "CHN"),
        ("China beschränkte die Ausfuhr seltener Erden in die USA.", "SANCTION", "CHN", "USA"),
        ("Kanada nahm 300 afghanische Ortskräfte auf.", "AID", "CAN", None),
        ("Die USA unterstützen die Ukraine mit Munition.", "AID", "USA", "UKR"),
    ],
)  # fmt: skip
def test_act_coded(events_of, text: str, kind: str, source, target) -> None:
    assert any(
        a[0] == kind and (source is None or a[1] == source) and (target is None or a[2] == target)
        for a in acts_of(events_of(text, "de"))
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Die Regierung Sudans und die Rebellen unterzeichneten in Dschidda eine "
         "Grundsatzerklärung.", "AGREE"),
        ("Das Welternährungsprogramm brachte Hilfsgüter in den Gazastreifen.", "AID"),
        # An invitation to something else than a meeting stays a request.
        ("Vietnam lud ausländische Firmen ein, in den Ausbau der Häfen zu investieren.",
         "REQUEST"),
    ],
)  # fmt: skip
def test_type(events_of, text: str, kind: str) -> None:
    assert kind in {e.type for e in events_of(text, "de")}


def test_broken_agreement_is_no_agreement(events_of) -> None:
    types = {e.type for e in events_of("Der Iran habe die Vereinbarung gebrochen, sagte der "
                                       "Außenminister Frankreichs.", "de")}
    assert "REJECT" in types and "AGREE" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Der Autokonzern beschränkte den Export seiner Modelle nach Europa.",
        "Die Stadt verbot den Export von Abfall.",
    ],
)
def test_no_trade_sanction_without_a_state(events_of, text: str) -> None:
    assert not [e for e in events_of(text, "de") if e.type == "SANCTION"]
