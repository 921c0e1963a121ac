"""A longer capitalised name closing on a KB body's one-word alias ("the Truth and
Reconciliation Commission") is a body the KB lacks, not the European Commission.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import linker

from chronist.actors import build_stage

link = linker("2026-11-30")


@pytest.fixture(scope="session")
def stages():
    return {"de": build_stage("de"), "en": build_stage("en")}


def _covering(doc, surface: str, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(surface, start + 1)
    end = start + len(surface)
    return [m for m in doc.actor_mentions if m.is_actor and m.start < end and m.end > start]


@pytest.mark.parametrize(("text", "surface", "sector"), [
    ("The Truth and Reconciliation Commission said it would publish its report.",
     "Truth and Reconciliation Commission", "GOV"),
    ("The Land and Water Commission said it had approved the plan.",
     "Land and Water Commission", "GOV"),
    ("The Commission proposed new tariffs on Chinese cars.", "Commission", "IGO"),
])
def test_a_name_closing_on_a_body_alias(stages, text, surface, sector):
    hits = _covering(link(stages, text), surface)
    assert hits and hits[0].text == surface and hits[0].sector == sector, hits

