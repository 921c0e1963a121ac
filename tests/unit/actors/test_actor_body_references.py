"""A bare organ noun after a definite article ("the ministry", "des Ministeriums") takes
up the body named last before it whose name ends in that noun ("Peru's foreign ministry",
"das chilenische Außenministerium"), with its country and sector. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "surface", "country", "sector", "lang"), [
    ("LIMA (Reuters) - Peru summoned Ecuador's ambassador on Monday. Ecuador's foreign "
     "ministry rejected the protest. The ministry said its patrols had stayed in their own "
     "waters.", "ministry", "ECU", "GOV", "en"),
    ("DAKAR (Reuters) - Senegal's Constitutional Council heard the appeal on Monday. The "
     "council will rule next week.", "council", "SEN", "JUD", "en"),
    ("LIMA (dpa) - Peru bestellte am Montag den Botschafter Ecuadors ein. Das "
     "ecuadorianische Außenministerium wies den Protest zurück. Ein Sprecher des "
     "Ministeriums sagte, die Grenze sei nicht verletzt worden.", "Ministeriums", "ECU",
     "GOV", "de"),
])
def test_a_definite_organ_noun_takes_up_the_body_named_before(
    stages, text, surface, country, sector, lang
):
    doc = link(stages, text, lang)
    mentions = found(doc, surface)
    assert mentions and (mentions[-1].country, mentions[-1].sector) == (country, sector), [
        (m.text, m.country, m.sector) for m in doc.actor_mentions
    ]

