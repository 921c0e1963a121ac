"""The German gold set on real news pages (skips without ../shared/corpora)."""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from chronist.time import TimeTagger, load_lexicon
from chronist.time.publication import published_value

BENCHMARK = Path(__file__).resolve().parents[3] / "benchmarks" / "time"


@pytest.fixture(scope="session")
def gold_pages(corpora) -> dict[str, list[dict[str, str]]]:
    pages: dict[str, list[dict[str, str]]] = defaultdict(list)
    with (BENCHMARK / "gold-de.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            pages[row["page"]].append(row)
    return pages


@pytest.mark.corpus
def test_corpus_german_gold_values(gold_pages, corpora):
    sys.path.insert(0, str(BENCHMARK))
    from pages import locate, read_page

    tagger = TimeTagger(load_lexicon("de"))
    total = correct = found = 0
    for page, rows in gold_pages.items():
        doc = read_page(page, corpora / "news-pages")
        times = tagger.tag(doc.text, published_value(rows[0]["published"]))
        for row in rows:
            span = locate(doc.text, row["text"], int(row["start"]), int(row["occurrence"]),
                          row["left"], row["right"])
            if span is None:
                continue  # ingestion no longer keeps this text
            total += 1
            hit = [t for t in times if t.start < span[1] and span[0] < t.end]
            found += bool(hit)
            correct += bool(hit) and hit[0].value == row["value"]
    assert total >= 200
    assert found / total >= 0.95
    assert correct / found >= 0.90
