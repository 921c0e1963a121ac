"""What is promised or announced still lies ahead (gold convention of the written articles:
the AGREE is planned): a promise of a thing ("versprach rasche Hilfe", "pledged to
deploying"), an announced act recoded as PLOVER's AGREE ("sagte, Spanien werde … liefern"),
while a word of readiness is the agreement itself; an act dated to a day after the writing
has not happened yet. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        ("de", "Die Ministerin versprach den Bauern rasche Hilfe.", "versprach"),
        ("de", "Der Kanzler sicherte Litauen weitere Unterstützung zu.", "sicherte"),
        ("de", "Die Regierung kündigte für die Landwirte neue Hilfen an.", "kündigte"),
        ("en", "Canada committed to sending two frigates to the Baltic.", "committed"),
    ],
)
def test_factuality_a_promise_is_planned(events_of, language, text, trigger):
    event = by_trigger(events_of(text, language))[trigger]
    assert (event.type, event.factuality) == ("AGREE", "planned")


@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        ("de", "Der französische Außenminister sagte, Frankreich werde Polen weiter "
         "unterstützen.", "unterstützen"),
        ("en", "The Spanish foreign minister said Spain would meet its share of the costs.",
         "meet"),
    ],
)
def test_factuality_an_announced_act_read_as_agree_is_planned(events_of, language, text,
                                                              trigger):
    event = by_trigger(events_of(text, language))[trigger]
    assert (event.type, event.factuality) == ("AGREE", "planned")


def test_factuality_readiness_is_the_agreement_itself(events_of) -> None:
    text = "Japan erklärte sich bereit, Vietnam beim Bau neuer Häfen zu unterstützen."
    agree = [e for e in events_of(text, "de") if e.type == "AGREE"]
    assert agree and all(e.factuality == "asserted" for e in agree)


def test_factuality_an_agreement_reached_stays_asserted(events_of) -> None:
    text = "Chile and Peru signed a fisheries agreement on Monday."
    assert by_trigger(events_of(text, "en"))["agreement"].factuality == "asserted"


@pytest.mark.parametrize(
    ("language", "text", "trigger", "factuality"),
    [
        ("de", "Am Freitag reist der Präsident weiter nach Chile.", "reist", "planned"),
        ("en", "The minister is due to meet her Chilean counterpart on Friday.", "meet",
         "planned"),
        ("de", "Am Montag reiste der Präsident weiter nach Chile.", "reiste", "asserted"),
    ],
)
def test_factuality_an_act_dated_after_the_writing_is_planned(
    events_of, language, text, trigger, factuality
):
    # 2024-06-12 is a Wednesday: the Friday is still to come, the Monday gone by.
    event = by_trigger(events_of(text, language, "2024-06-12"))[trigger]
    assert event.factuality == factuality
