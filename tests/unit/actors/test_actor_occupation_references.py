"""A private person's occupation noun with a definite article ("der Komponist", "the
veteran guide") stands for the person named just before. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "surface", "lang"), [
    ("Die Oper von Friedrich Amsel wurde in Leipzig uraufgeführt. Der Komponist saß im "
     "Publikum.", "Komponist", "de"),
    ("Martha Quill wrote the score for the new ballet. The composer said the town had "
     "inspired it.", "composer", "en"),
    ("Tenzing Dorje reached the summit on Monday. The guide said the weather had held.",
     "guide", "en"),
])
def test_an_occupation_noun_takes_up_the_person_named_before(stages, text, surface, lang):
    doc = link(stages, text, lang)
    named = doc.actor_mentions[0].entity
    mentions = found(doc, surface)
    assert mentions and mentions[-1].entity == named, text
