"""A group called foreign ("foreign investors", "ausländische Investoren") is not the
story country's and of no country the text names: no actor. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from linking import actors, linker

link = linker("2026-04-01")


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("LIMA (Reuters) - Peru's government said on Monday that foreign mining companies must "
     "pay a new levy.", "en", "companies"),
    ("LIMA (dpa) - Perus Regierung will ausländische Investoren stärker besteuern.", "de",
     "Investoren"),
])
def test_foreign_group_is_not_the_story_countrys(stages, text, lang, surface):
    found = actors(link(stages, text, lang))
    assert not any(surface in key for key in found), found


def test_group_of_the_story_country_keeps_it(stages):
    text = "LIMA (Reuters) - Peru's government said mining companies must pay a new levy."
    found = actors(link(stages, text, "en"))
    assert any(value == ("PER", "BUS") for value in found.values()), found


def test_foreign_in_a_state_organ_is_part_of_its_name(stages):
    text = "The foreign intelligence service said it had warned the government."
    assert [m for m in link(stages, text).actor_mentions if m.text == "intelligence service"]
