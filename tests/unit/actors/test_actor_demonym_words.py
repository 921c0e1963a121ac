"""context.yaml words the linker reads for demonym nouns and appositions, per language,
and the behaviour they drive. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import found, linker

from chronist.actors.loading import load_context

link = linker(published="2026-03-01")


@pytest.mark.parametrize(
    ("lang", "feminine", "plural"),
    [("de", "in", ["innen", "n"]), ("en", None, [])],
)
def test_demonym_words_endings_per_language(lang, feminine, plural):
    words = load_context().languages[lang]
    assert words.demonym_feminine_ending == feminine
    assert words.demonym_plural_endings == plural


@pytest.mark.parametrize(("lang", "articles"), [("de", ["der", "die"]), ("en", ["the"])])
def test_demonym_words_apposition_articles_per_language(lang, articles):
    assert load_context().languages[lang].apposition_articles == articles


@pytest.mark.parametrize(
    ("text", "surface", "refers"),
    [
        ("Die estnische Ministerin Kadri Tamm lobte den Plan. Er sei gut, sagte die Estin.",
         "Estin", True),
        ("Die estnische Ministerin Kadri Tamm lobte den Plan. Er sei gut, sagten die Esten.",
         "Esten", False),
    ],
)
def test_demonym_words_singular_refers_back_plural_not(stages, text, surface, refers):
    hits = found(link(stages, text, "de"), surface)
    person = [m for m in hits if m.type == "PERSON"]
    assert bool(person) is refers
