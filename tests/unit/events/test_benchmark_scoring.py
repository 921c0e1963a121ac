"""The event benchmarks' date rule: a predicted date is right when it lies in the gold period."""

from __future__ import annotations

from pathlib import Path

import pytest

from script_loader import load_script

SCORING = Path(__file__).resolve().parents[3] / "benchmarks" / "events" / "scoring.py"


@pytest.fixture(scope="module")
def date_matches():
    return load_script(SCORING, "events_benchmark_scoring").date_matches


@pytest.mark.parametrize(
    ("predicted", "gold", "right"),
    [
        ("2025-05-14", "2025-05", True),
        ("2025-W20", "2025-05", True),  # 12-18 May
        ("2025-W22", "2025-05", False),  # 26 May - 1 June
        ("2026-02-26", "2026-W09", True),
        ("2025", "2025-05", False),  # coarser than the gold
        ("2024-12-31", "2025", False),
        (None, "2025", False),
    ],
)
def test_benchmark_date_lies_in_the_gold_period(date_matches, predicted, gold, right) -> None:
    assert date_matches(predicted, gold) is right
