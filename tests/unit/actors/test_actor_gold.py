"""Regression check on part of the dev gold set (real pages from ../shared; skipped
without them). The full figures come from benchmarks/actors/score.py."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from script_loader import load_script

SCORER = Path(__file__).resolve().parents[3] / "benchmarks" / "actors" / "score.py"
# One page per language keeps the test fast; the benchmark scores all of them.
PAGES = ("de/DW_2024_01_30.html.gz", "be/PoliticoEu_2025_10_23.html.gz")
FLOOR = 0.85


@pytest.fixture(scope="session")
def scorer():
    return load_script(SCORER, "chronist_actors_score")


@pytest.mark.corpus
def test_actor_gold_precision_and_recall(corpora: Path, scorer):
    gold = yaml.safe_load(scorer.GOLD.read_text(encoding="utf-8"))
    total = scorer.Tally()
    for page in (p for p in gold["pages"] if p["file"] in PAGES):
        doc = scorer.load_document(corpora / "news-pages", page)
        for paragraph in page["paragraphs"]:
            base = scorer.locate(doc, paragraph)
            assert base is not None, paragraph["locate"]
            end = scorer.paragraph_end(doc, base)
            golds = scorer.gold_mentions(doc, base, end, paragraph)
            total.add(scorer.score_paragraph(doc, base, end, golds))
    figures = total.figures()
    assert figures["precision"] >= FLOOR and figures["recall"] >= FLOOR, (figures, total.errors)
