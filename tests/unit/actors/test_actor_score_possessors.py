"""The actor scorer judges a possessor and the noun or titled person after it as one
mention when one predicted mention covers both (the gold header: "Polens Präsident Karol
Nawrocki" is one mention, annotated as the name). Sentences written for this test."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from script_loader import load_script

SCORER = Path(__file__).resolve().parents[3] / "benchmarks" / "actors" / "score.py"


@pytest.fixture(scope="module")
def scorer():
    return load_script(SCORER, "chronist_actors_score_possessors")


def _gold(scorer, text: str, surface: str, entity=None, country=None, sector=None):
    start = text.index(surface)
    return scorer.Gold(start, start + len(surface), surface, entity, country, sector)


def _predicted(text: str, surface: str, entity=None, country=None, sector=None):
    start = text.index(surface)
    return SimpleNamespace(start=start, end=start + len(surface), entity=entity,
                           country=country, sector=sector)


TEXT = "Litauens Außenminister Darius Ramanauskas sagte, Lettlands Regierung schweige."


def test_possessor_before_a_titled_name_is_merged(scorer):
    golds = [_gold(scorer, TEXT, "Litauens", "Q37"),
             _gold(scorer, TEXT, "Darius Ramanauskas", "chronist:darius-ramanauskas")]
    predicted = [_predicted(TEXT, "Litauens Außenminister Darius Ramanauskas",
                            "chronist:darius-ramanauskas", "LTU", "GOV")]
    kept, merged = scorer.merge_possessors(TEXT, golds, predicted)
    assert merged == 1 and [g.text for g in kept] == ["Darius Ramanauskas"]


def test_possessor_stays_when_the_mention_is_another_person(scorer):
    golds = [_gold(scorer, TEXT, "Litauens", "Q37"),
             _gold(scorer, TEXT, "Darius Ramanauskas", "chronist:darius-ramanauskas")]
    predicted = [_predicted(TEXT, "Litauens Außenminister Darius Ramanauskas",
                            "chronist:someone-else", "LTU", "GOV")]
    kept, merged = scorer.merge_possessors(TEXT, golds, predicted)
    assert merged == 0 and len(kept) == 2


def test_possessor_before_an_unnamed_noun_is_merged(scorer):
    golds = [_gold(scorer, TEXT, "Lettlands", "Q211"),
             _gold(scorer, TEXT, "Regierung", None, "LVA", "GOV")]
    predicted = [_predicted(TEXT, "Lettlands Regierung", None, "LVA", "GOV")]
    kept, merged = scorer.merge_possessors(TEXT, golds, predicted)
    assert merged == 1 and [g.text for g in kept] == ["Regierung"]
