"""A country referred to by an epithet of its kind ("the island nation", "the mountain
kingdom's", "das Königreich"), and a possessive opening a sentence ("Its foreign
ministry") that takes up the subject of the sentence before. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from linking import actors, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "lang", "surface", "expected"), [
    ("Tonga seized a fishing boat on Monday. Officials said the island nation would press "
     "charges.", "en", "island nation", ("TON", None)),
    ("Bhutan recalled its envoy from New Delhi, the mountain kingdom's government said.",
     "en", "mountain kingdom's government", ("BTN", "GOV")),
    ("Bahrain arrested two men. The kingdom accused Iran of training them.", "en",
     "kingdom", ("BHR", None)),
    ("Fiji has long fought poachers. Last year it sank two boats, which drew a protest "
     "from China. Since then, the Pacific nation has bought patrol boats from Japan.",
     "en", "Pacific nation", ("FJI", None)),
    ("Bahrain nahm zwei Männer fest. Das Königreich warf Iran vor, sie ausgebildet zu "
     "haben.", "de", "Königreich", ("BHR", None)),
])
def test_country_epithets(stages, text, lang, surface, expected):
    assert actors(link(stages, text, lang)).get(surface) == expected, text


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("Turkey rejected the objections, the Turkish foreign ministry said.\n\nThe government "
     "in Tripoli said it had not been consulted. Its foreign ministry called on Ankara to "
     "suspend the deal.", "foreign ministry", ("LBY", "GOV")),
])
def test_sentence_opening_possessive_takes_up_previous_subject(stages, text, surface, expected):
    assert actors(link(stages, text, "en")).get(surface) == expected, text
