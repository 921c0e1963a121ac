"""A story's main country counts its state bodies ("das Bundeslandwirtschaftsministerium",
"der Deutsche Wetterdienst") as mentions of that country, while other organisations
(agencies, companies, alliances) say little about where a story is. Group nouns with no
country word of their own take the main country. Sentences written for these tests."""

from __future__ import annotations

from linking import actors, linker

link = linker("2026-03-01")


def test_state_bodies_make_the_main_country(stages):
    text = (
        "Obstbauern erwarten eine schlechte Ernte. Das Bundeslandwirtschaftsministerium"
        " kündigte Hilfen an. Die USA erheben Zölle. Der Deutsche Wetterdienst erwartet"
        " weiteren Frost."
    )
    assert actors(link(stages, text, "de")).get("Obstbauern") == ("DEU", "CVL")


def test_other_organisations_do_not(stages):
    text = (
        "Obstbauern erwarten eine schlechte Ernte. Volkswagen baut Stellen ab."
        " Auch Volkswagen kauft weniger Obst."
    )
    assert actors(link(stages, text, "de")).get("Obstbauern") == (None, "CVL")
