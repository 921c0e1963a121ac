"""A country noun ("the country", "das Land") with no country named just before it is
the country the story is about; German "das Land" in a story set in Germany or Austria
may be a Land and stays unlinked unless it acts, and "im Land" is a place. "The country's"
before a bare organ noun makes one mention with it, the organ of that country."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker("2026-04-01")


@pytest.mark.parametrize(("text", "lang", "surface", "entity"), [
    ("Peruvian police arrested twelve people on Monday after Peru's congress removed the "
     "mayor. Protesters blocked the main roads for hours.\n\n"
     "Hotel owners said the unrest had hurt the country's image abroad.",
     "en", "country", "Q419"),
    ("Kolumbiens Regierung hat am Montag den Notstand ausgerufen. Die kolumbianische Armee "
     "schickte Soldaten in die Region.\n\nNach den Regenfällen stehen viele Straßen unter "
     "Wasser. Experten erwarten, dass die Ernte dem Land hohe Verluste beschert.",
     "de", "Land", "Q739"),
])
def test_country_noun_with_no_country_before_is_the_story_country(
    stages, text, lang, surface, entity
):
    mentions = found(link(stages, text, lang), surface)
    assert mentions and mentions[0].entity == entity


@pytest.mark.parametrize("text", [
    # a story set in Germany: "das Land" may be a Land
    "Die bayerische Staatsregierung hat am Montag neue Hilfen beschlossen. Der Bundestag "
    "berät im Mai.\n\nEin Sprecher sagte, die Kosten seien für das Land kaum zu tragen.",
    # "im Land": the place
    "Kolumbiens Regierung hat am Montag den Notstand ausgerufen. Die kolumbianische Armee "
    "will nun im Land mehr Soldaten einsetzen.",
])
def test_land_stays_unlinked_as_a_possible_land_or_a_place(stages, text):
    assert all(m.entity is None or m.entity[:1] != "Q" for m in found(
        link(stages, text, "de"), "Land"))


def test_country_possessor_and_organ_are_one_mention(stages):
    text = ("Peruvian police arrested twelve people on Monday after Peru's congress removed "
            "the mayor. Protesters blocked the main roads.\n\n"
            "A ruling by the country's constitutional court angered them.")
    mentions = found(link(stages, text), "country's constitutional court")
    assert mentions and (mentions[0].country, mentions[0].sector) == ("PER", "JUD")
    assert not found(link(stages, text), "country")
