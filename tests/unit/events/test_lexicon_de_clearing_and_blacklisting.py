"""German acts a new battery found uncoded or mistyped: the police clearing a blockade or
camp (COERCE, not a withdrawal), the internet switched off (COERCE/censor), force with
heavy weapons "gegen" someone (ASSAULT), "verwehren" as "verweigern" (REJECT), putting a
state on a sanctions or black list (SANCTION), solidarity assured (SUPPORT, not a promise),
the signing of an agreement (AGREE, as the verb), rights violated in a speaker's words
(ACCUSE), a permit revoked (COERCE). Full pipeline, sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import acts_of


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        ("Die Polizei in Madrid räumte am Morgen das Protestcamp vor dem Ministerium.", "COERCE",
         "ESP", None),
        ("Die Regierung Äthiopiens schaltete in der Region Amhara das Internet ab.", "COERCE",
         "ETH", None),
        ("Die Armee Myanmars ging mit Kampfhubschraubern gegen die Rebellen vor.", "ASSAULT",
         "MMR", None),
        ("Litauen verwehrte dem russischen Abgeordneten die Einreise.", "REJECT", "LTU", None),
        ("Kanada setzte drei iranische Generäle auf die schwarze Liste.", "SANCTION", "CAN",
         None),
        ("Japan setzte zwölf russische Firmen auf seine Sanktionsliste.", "SANCTION", "JPN",
         None),
        ("Lettland sicherte Finnland seine volle Solidarität zu.", "SUPPORT", "LVA", "FIN"),
        ("Die Unterzeichnung des Abkommens zwischen Chile und Peru fand in Lima statt.", "AGREE",
         None, None),
        ("Die Regierung Kanadas missachte die Rechte der indigenen Völker, sagte der Sprecher "
         "der Vereinten Nationen.", "ACCUSE", None, "CAN"),
        ("Die Behörden Bahrains widerriefen die Aufenthaltserlaubnis des Aktivisten.", "COERCE",
         "BHR", None),
    ],
)  # fmt: skip
def test_act_coded(events_of, text: str, kind: str, source, target) -> None:
    assert any(
        a[0] == kind and a[1] == source and (target is None or a[2] == target)
        for a in acts_of(events_of(text, "de"))
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Leaving a post or one's own positions stays a retreat.
        ("Der Verteidigungsminister Perus räumte nach dem Skandal seinen Posten.", "RETREAT"),
        # Promised aid stays the promise.
        ("Italien sagte Tunesien weitere Hilfen für die Küstenwache zu.", "AGREE"),
    ],
)  # fmt: skip
def test_other_senses_keep_their_type(events_of, text: str, kind: str) -> None:
    assert kind in {e.type for e in events_of(text, "de")}


@pytest.mark.parametrize(
    "text",
    [
        "Die Partei setzte die Ministerin auf Platz zwei ihrer Landesliste.",
        "Die Gemeinde schaltete die Straßenbeleuchtung nach Mitternacht ab.",
    ],
)
def test_no_state_act(events_of, text: str) -> None:
    assert not any(e.type in {"SANCTION", "COERCE"} for e in events_of(text, "de"))
