"""A headline drops the article: its bare title noun refers ahead to the body's holder
of that office; "as" before a clause's subject is a conjunction, not a predicate; English
portfolio titles ("Environment Secretary"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from chronist.document import Document, Paragraph
from chronist.nlp import analyse


def titled(stages, lang: str, title: str, body: str) -> dict[str, tuple]:
    text = f"{title}\n{body}"
    paragraphs = [Paragraph(0, len(title), "title"), Paragraph(len(title) + 1, len(text))]
    doc = Document(text=text, language=lang, published="2026-03-01", paragraphs=paragraphs)
    doc.analysis = analyse(text, lang)
    stages[lang](doc)
    return {m.text: (m.entity, m.country, m.sector) for m in doc.actor_mentions if m.is_actor}


@pytest.mark.parametrize(("lang", "title", "body", "surface", "person"), [
    ("en", "Bakery chain fined as minister vows tougher checks",
     "A bakery chain was fined on Friday. The Environment Secretary, Lena Hartwell, "
     "said the fine was deserved.", "minister", "Lena Hartwell"),
    # a capitalised title opening the body's first line is no part of a name
    ("en", "Bakery chain fined as minister vows tougher checks",
     "The Environment Secretary, Lena Hartwell, said the fine was deserved.",
     "minister", "Lena Hartwell"),
    ("de", "Ministerin kündigt schärfere Kontrollen an",
     "Die Umweltministerin Greta Halvorsen hat am Freitag neue Kontrollen angekündigt.",
     "Ministerin", "Greta Halvorsen"),
])
def test_headline_title_refers_ahead_to_the_office_holder(stages, lang, title, body, surface,
                                                           person):
    found = titled(stages, lang, title, body)
    named = next((value for text, value in found.items() if text.endswith(person)), None)
    assert surface in found and named is not None, found
    assert found[surface][0] is not None and found[surface][0] == named[0], found


def test_headline_portfolio_title_needs_the_same_portfolio(stages):
    found = titled(stages, "en", "Foreign minister vows to act",
                   "The bakery chain was fined. Economy Minister Lena Hartwell said more.")
    assert found.get("Foreign minister", (None,))[0] is None, found


@pytest.mark.parametrize(("text", "acting"), [
    ("The bakery was fined as the minister vowed tougher checks.", True),
    ("She served as minister until last year.", False),
])
def test_as_before_a_subject_is_a_conjunction(stages, text, acting):
    doc = stages["en"](_plain(text))
    assert any(m.text == "minister" for m in doc.actor_mentions) is acting


@pytest.mark.parametrize(("text", "surface"), [
    ("Britain's environment secretary, Lena Hartwell, visited the plant.",
     "Britain's environment secretary"),
    ("Labor Secretary Lena Hartwell said jobs grew.", "Labor Secretary Lena Hartwell"),
])
def test_english_portfolio_title_is_a_minister(stages, text, surface):
    doc = stages["en"](_plain(text))
    hits = [m for m in doc.actor_mentions if m.text == surface]
    assert hits and hits[0].sector == "GOV", [(m.text, m.sector) for m in doc.actor_mentions]


def _plain(text: str) -> Document:
    doc = Document(text=text, language="en", published="2026-03-01")
    doc.analysis = analyse(text, "en")
    return doc
