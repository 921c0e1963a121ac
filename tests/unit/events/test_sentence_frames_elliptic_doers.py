"""German ellipsis of a second doer ("Frankreich verurteilte den Test, Spanien ebenso"): a
phrase after a comma closed by an adverb of sameness (cues_de `elliptic_adverbs`) repeats the
act with a doer of its own, and is no target of the first act. Full pipeline, sentences of
our own."""

from __future__ import annotations

import pytest
from event_builders import acts_of


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Schweden verurteilte am Montag den Raketentest Nordkoreas, Norwegen ebenso.",
         ("ACCUSE", "SWE", "PRK"), ("ACCUSE", "NOR", "PRK")),
        ("Die Niederlande verhängten Sanktionen gegen Belarus, Belgien ebenfalls.",
         ("SANCTION", "NLD", "BLR"), ("SANCTION", "BEL", "BLR")),
        ("Portugal lehnte den Plan der Kommission ab, die Slowakei gleichfalls.",
         ("REJECT", "PRT", None), ("REJECT", "SVK", None)),
    ],
)  # fmt: skip
def test_elliptic_phrase_is_a_second_doer(
    events_of, text: str, first: tuple, second: tuple
) -> None:
    acts = acts_of(events_of(text, "de"))
    assert first in acts
    assert second in acts


@pytest.mark.parametrize(
    "text",
    [
        # no comma: the adverb only modifies the clause
        "Die Regierung Chiles verurteilte den Anschlag in Lima ebenso.",
        # a comparison, not an elliptic clause
        "Peru verurteilte den Anschlag ebenso scharf wie Chile.",
    ],
)
def test_no_second_doer_without_an_elliptic_clause(events_of, text: str) -> None:
    assert {t for t, _, _ in acts_of(events_of(text, "de"))} <= {"ACCUSE"}
    assert len(events_of(text, "de")) == 1


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Chile recalled its ambassador from Caracas, as did Peru.",
         ("SANCTION", "CHL", "VEN"), ("SANCTION", "PER", "VEN")),
        ("Finland denounced the shelling of Kharkiv, and so did Estonia.",
         ("ACCUSE", "FIN", "UKR"), ("ACCUSE", "EST", "UKR")),
    ],
)  # fmt: skip
def test_opening_words_start_an_elliptic_clause(
    events_of, text: str, first: tuple, second: tuple
) -> None:
    """"…, as did Peru", "…, and so did Estonia" (cues `elliptic_openers`): the phrase
    after them repeats the act as its doer, no target of the first act, and the first
    act's doer is no target of the repeated one."""
    acts = acts_of(events_of(text, "en"))
    assert first in acts
    assert second in acts


def test_coordinated_elliptic_doers_act_together(events_of) -> None:
    text = "Austria imposed new sanctions on Belarus, as have Hungary and Slovakia."
    events = events_of(text, "en")
    repeated = [e for e in events if e.trigger.text == "have"]
    assert len(repeated) == 1
    assert {m.country for m in repeated[0].source.members} == {"HUN", "SVK"}


@pytest.mark.parametrize(
    "text",
    [
        # a comparison of manner with a clause of its own
        "Chile condemned the attack as sharply as it did in May.",
        # the negated ellipsis says the second doer did not act
        "Chile did not condemn the attack, nor did Peru.",
    ],
)
def test_no_second_doer_without_an_english_elliptic_clause(events_of, text: str) -> None:
    assert not any(e.trigger.text == "did" for e in events_of(text, "en"))
