"""A German word ending in a derivational suffix is no compound of the frame word its suffix
ends in: "Botschaft", "Gewerkschaft", "Staatsanwaltschaft" end in "haft" but name no custody
(lexicon_de.yaml `suffixes`), while "Untersuchungshaft" is a kind of "Haft". Sentences
written for these tests."""

from __future__ import annotations

import pytest

from chronist.events.triggers import present

HAFT = frozenset({"haft"})
SUFFIXES = frozenset({"schaft"})


@pytest.mark.parametrize("word", ["botschaft", "gewerkschaft", "staatsanwaltschaft"])
def test_a_word_of_the_suffix_is_no_compound_of_its_end(word) -> None:
    assert not present(HAFT, {word}, compounds=True, suffixes=SUFFIXES)


@pytest.mark.parametrize("word", ["haft", "untersuchungshaft", "auslieferungshaft"])
def test_a_compound_of_the_frame_word_still_holds_it(word) -> None:
    assert present(HAFT, {word}, compounds=True, suffixes=SUFFIXES)


@pytest.mark.parametrize(
    "text",
    [
        "Die Botschaft in Tiflis verurteilte die Festnahme des Reporters.",
        "Die ukrainische Präsidentschaft verurteilte die Hinrichtungen im Iran.",
    ],
)
def test_a_condemnation_by_a_body_ending_in_schaft_is_an_accusation(events_of, text) -> None:
    types = {e.type for e in events_of(text, "de")}
    assert "ACCUSE" in types and "COERCE" not in types


def test_an_order_of_a_prosecutor_without_custody_is_no_arrest(events_of) -> None:
    events = events_of("Die Staatsanwaltschaft in Graz ordnete eine Obduktion an.", "de")
    assert "COERCE" not in {e.type for e in events}


def test_a_sentence_to_prison_is_still_custody(events_of) -> None:
    text = "Ein Gericht in Minsk verurteilte den Blogger zu vier Jahren Haft."
    assert "COERCE" in {e.type for e in events_of(text, "de")}
