"""context.yaml words of a title in apposition to a name (title_apposition_articles,
title_apposition_joins), per language, and the behaviour they drive. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from linking import found, linker

from chronist.actors.loading import load_context

link = linker(published="2026-03-01")


@pytest.mark.parametrize(
    ("lang", "articles", "joins"),
    [
        ("de", ["der", "die", "das", "ein", "eine"], ["und", "sowie"]),
        ("en", ["the", "a", "an"], ["and"]),
    ],
)
def test_apposition_words_per_language(lang, articles, joins):
    words = load_context().languages[lang]
    assert words.title_apposition_articles == articles
    assert words.title_apposition_joins == joins


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        (
            "de",
            "Die Regierung lobte Kadri Tamm, Gründerin und Vorsitzende der Partei.",
            "Vorsitzende",
        ),
        ("de", "Kadri Tamm, die estnische Ministerin, lobte den Plan.", "estnische Ministerin"),
        ("en", "The plan was praised by Kadri Tamm, founder and chair of the party.", "chair"),
        ("en", "Kadri Tamm, an Estonian minister, praised the plan.", "Estonian minister"),
    ],
)
def test_apposition_title_describes_the_person(stages, lang, text, surface):
    """A title after a comma and an article, or joined to one by a join word, is the
    named person's."""
    doc = link(stages, text, lang)
    title, name = found(doc, surface), found(doc, "Kadri Tamm")
    assert title and name
    assert title[0].kind == "description"
    assert title[0].entity is not None and title[0].entity == name[0].entity
