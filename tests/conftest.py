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


@pytest.fixture(scope="session")
def events_of():
    """`events_of(text, language, published=...)`: the events the full pipeline codes
    in a text of our own."""
    from chronist.document import Document
    from chronist.pipeline import default_pipeline

    def analyse(text: str, language: str, published: str = "2024-06-12") -> list:
        doc = Document(text=text, language=language, published=published)
        default_pipeline(language)(doc)
        return doc.events

    return analyse


@pytest.fixture(scope="session")
def stages():
    """The actor linking stage per language (`stages["de"]`), built once."""
    from chronist.actors import build_stage

    return {"en": build_stage("en"), "de": build_stage("de")}
