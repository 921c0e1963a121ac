"""A line opened by a credit cue ("Foto:", "Photo:") is a credit only when it has no
finite verb; a caption's people act. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("de", "Die Flut traf Passau.\nFoto: Feuerwehrleute pumpen in Passau einen Keller aus.",
     "Feuerwehrleute"),
    ("en", "The flood hit Leeds.\nPhoto: Police officers close a road in Leeds on Monday.",
     "Police"),
])
def test_caption_after_a_credit_cue_keeps_its_actors(stages, lang, text, surface):
    doc = link(stages, text, lang)
    assert any(m.text.startswith(surface) and m.is_actor for m in doc.actor_mentions)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("de", "Die Flut traf Passau.\nFoto: Jonas Brenner/dpa", "Jonas Brenner"),
    ("en", "The flood hit Leeds.\nPhoto: Jonas Brenner/Reuters", "Jonas Brenner"),
])
def test_credit_line_without_a_verb_names_no_actor(stages, lang, text, absent):
    doc = link(stages, text, lang)
    assert not any(absent in m.text for m in doc.actor_mentions)
