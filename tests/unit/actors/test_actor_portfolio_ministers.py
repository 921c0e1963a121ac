"""A definite minister of a portfolio with no role of its own ("der Bergbauminister",
"the mining minister") and no country is of the cabinet of the story's country, else of
the country it is reported from; without an article ("Minister beider Länder") it takes
none this way."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker("2026-04-01")

KENYA = ("Kenya's government raised fuel taxes on Monday. Kenyan police dispersed "
         "protesters in Nairobi.\n\n")


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    (KENYA + "The tourism minister said the parks would stay open.", "en",
     "tourism minister", "KEN"),
    ("Die Regierung in Lima hat den Notstand ausgerufen. Perus Armee schickte Soldaten in "
     "den Süden.\n\nDer Bergbauminister kündigte Hilfen für die Minen an.", "de",
     "Bergbauminister", "PER"),
    # no country dominates, the dateline says where the story is reported from
    ("ACCRA (dpa) - Ein Konzern aus Kanada verliert seine Lizenz, ein zweiter aus China "
     "und ein dritter aus Indien ebenfalls. Der Bergbauminister warf den Firmen Betrug "
     "vor.", "de", "Bergbauminister", "GHA"),
])
def test_definite_portfolio_minister_is_of_the_story_country(stages, text, lang, surface,
                                                              country):
    mentions = found(link(stages, text, lang), surface)
    assert mentions and mentions[0].country == country


@pytest.mark.parametrize(("text", "lang", "surface"), [
    # no article: ministers of both states, not one cabinet's
    ("Die Präsidenten Ghanas und Togos trafen sich am Montag in Lomé. Danach "
     "unterzeichneten Minister beider Länder drei Abkommen.", "de", "Minister"),
])
def test_portfolio_minister_without_article_takes_no_story_country(
    stages, text, lang, surface
):
    mentions = found(link(stages, text, lang), surface)
    assert mentions and all(m.country is None for m in mentions)
