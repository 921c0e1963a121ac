"""The only conftest: shared fixtures for all tests."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPORA = SHARED / "corpora"
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def corpora() -> Path:
    """../shared/corpora, or skip: a user's fresh clone has none."""
    if not CORPORA.is_dir():
        pytest.skip("../shared/corpora is not present")
    return CORPORA


@pytest.fixture(scope="session")
def example_html() -> Path:
    return EXAMPLES / "article-de.html"
