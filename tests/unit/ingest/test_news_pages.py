"""The news-pages benchmark's scoring on a sample of real pages (skips without ../shared)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from script_loader import load_script

BENCHMARK = Path(__file__).resolve().parents[3] / "benchmarks" / "ingest" / "news_pages.py"
SAMPLE_EVERY = 15  # 12 of the 180 pages, German and English


@pytest.fixture(scope="module")
def news_pages() -> ModuleType:
    return load_script(BENCHMARK, "news_pages_benchmark")


@pytest.mark.parametrize(
    ("predicted", "expected", "f1"),
    [
        ("a b c", "a b c", 1.0),
        ("a b", "a b c d", 2 * (1.0 * 0.5) / 1.5),
        ("x y", "a b", 0.0),
    ],
)
def test_news_pages_token_f1(news_pages: ModuleType, predicted: str, expected: str,
                             f1: float) -> None:
    assert news_pages.token_prf(predicted, expected)[2] == pytest.approx(f1)


@pytest.mark.corpus
def test_news_pages_sample_meets_floor(corpora: Path, news_pages: ModuleType) -> None:
    pages = news_pages.load_pages(corpora / "news-pages")[::SAMPLE_EVERY]
    scores = [news_pages.score_page(page) for page in pages]
    summary = news_pages.summarise(scores)
    assert summary["errors"] == 0
    assert summary["date_accuracy"] >= 0.9
    assert summary["body_f1"] >= 0.88
    assert summary["pages_with_credit_leak"] <= 1
    assert summary["paragraphs_with_credit_mark"] <= 1
    assert {s.language for s in scores} == {"de", "en"}


@pytest.mark.corpus
def test_news_pages_paragraph_structure(corpora: Path, news_pages: ModuleType) -> None:
    """On real pages: paragraphs tile document.text, one line each, headings apart."""
    pages = news_pages.load_pages(corpora / "news-pages")[3::SAMPLE_EVERY]
    kinds: set[str] = set()
    for page in pages:
        doc = news_pages.to_document(news_pages.parse_html(news_pages.read_page(page)),
                                     language=page.language)
        texts = news_pages.paragraph_texts(doc)
        assert "\n\n".join(texts) == doc.text
        assert all(text and "\n" not in text and text == text.strip() for text in texts)
        kinds.update(p.kind for p in doc.paragraphs)
    assert {"body", "heading", "caption"} <= kinds
