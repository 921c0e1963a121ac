"""A year that is a noun's attribute ("der Vertrag von 1920", "the treaty of 1920") tells
which thing is meant: it dates that noun, not the verb of the clause around it, while a
year the verb governs or a time noun takes ("im Jahr 2020") still dates the clause.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from chronist.document import Document
from chronist.ingest import read_articles, to_document
from chronist.pipeline import default_pipeline


@pytest.fixture(scope="module")
def analyse():
    def run(text: str, language: str, published: str) -> Document:
        article = next(read_articles(text.encode(), name="test"))
        doc = to_document(article, published=published, language=language)
        default_pipeline(language, skip=("events", "quotes", "quantities"))(doc)
        return doc

    return run


def _date_of(doc: Document, word: str) -> str | None:
    start = doc.text.index(word)
    return doc.narrative.date_for(start, start + len(word))[0]


@pytest.mark.parametrize(
    ("language", "text", "word", "value"),
    [
        ("de", "Die Ministerin warf der Regierung vor, den Vertrag von 1920 zu brechen.",
         "warf", "2026-02-19"),
        ("de", "Der Minister kritisierte am Montag das Abkommen von 1994 scharf.",
         "kritisierte", "2026-02-16"),
        ("en", "The minister accused the government of breaking the treaty of 1920.",
         "accused", "2026-02-19"),
        ("en", "Officials rejected the plan of 2019 on Monday.", "rejected", "2026-02-16"),
        ("en", "A 2013 ruling stripped thousands of their citizenship.", "stripped", "2013"),
        ("de", "Die Stadt hatte im Jahr 2020 einen neuen Rat gewählt.", "gewählt", "2020"),
        ("en", "The city elected a new council in 2020.", "elected", "2020"),
        ("en", "The fighting ended at the end of 2020.", "ended", "2020"),
    ],
)
def test_clauses_a_noun_year_dates_its_noun_not_the_verb(analyse, language, text, word, value):
    doc = analyse(f"Headline\n\n{text}", language, "2026-02-19")
    assert _date_of(doc, word) == value


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("de", "Die Regierung kündigte den Vertrag von 1920.", "Vertrag"),
        ("en", "The opposition criticised the treaty of 1920.", "treaty"),
    ],
)
def test_clauses_a_noun_year_still_dates_its_noun(analyse, language, text, word):
    doc = analyse(f"Headline\n\n{text}", language, "2026-02-19")
    assert _date_of(doc, word) == "1920"
