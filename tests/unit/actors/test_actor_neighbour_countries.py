"""A neighbour noun ("its neighbour", "dem Nachbarland") names the other country of a
story about two countries, also across paragraphs and after an adjective."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker("2026-04-01")


@pytest.mark.parametrize(("text", "lang", "surface", "entity"), [
    # the other country is named only as a place in the sentence
    ("Chile recalled its envoy from Peru on Monday, accusing its neighbour of spying.",
     "en", "neighbour", "Q419"),
    # named only in an earlier paragraph, and only by demonyms and possessors
    ("Peruvian soldiers crossed the river on Sunday, Chile's army said.\n\n"
     "The Chilean president said his government would not be bullied by its bigger "
     "neighbour.", "en", "neighbour", "Q419"),
    ("Marokko und Algerien streiten seit Jahren über ihre Grenze.\n\n"
     "Algeriens Außenminister warf dem westlichen Nachbarland Provokationen vor.",
     "de", "Nachbarland", "Q1028"),
    ("Chile closed the pass on Monday.\n\nThe Peruvian government criticised the "
     "neighbouring country for the decision.", "en", "neighbouring country", "Q298"),
])
def test_neighbour_is_the_other_country_of_the_story(stages, text, lang, surface, entity):
    mentions = found(link(stages, text, lang), surface)
    assert mentions and mentions[0].entity == entity


def test_neighbour_with_two_other_countries_named_as_often_is_unresolved(stages):
    text = ("Chile, Peru and Bolivia met on Monday.\n\nThe Chilean minister said his "
            "country would help its neighbour.")
    assert all(m.entity not in ("Q419", "Q750") for m in found(link(stages, text), "neighbour"))
