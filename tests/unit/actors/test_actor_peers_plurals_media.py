"""A party's member is a person of the party, not the party acting; bare plural
role nouns of offices many hold ("ministers", "journalists") belong to the one country a
story names; a journalist role noun of a news medium is a person of that medium (MED);
groups of private people by pastime. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import linker

link = linker("2025-03-01")


def mentions(doc) -> dict[str, tuple]:
    return {m.text: (m.country, m.sector) for m in doc.actor_mentions if m.is_actor}


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("A Labour peer attacked the housing plan on Monday.", "en", "Labour peer"),
    ("The Tory peer voted against the bill.", "en", "Tory peer"),
    ("Ein Grünen-Abgeordneter lehnte das Gesetz ab.", "de", "Grünen-Abgeordneter"),
])
def test_party_member_is_a_person_not_the_party(stages, text, lang, surface):
    found = mentions(link(stages, text, lang))
    assert surface in found, found
    assert found[surface][1] == "PTY", found
    assert "Labour" not in found and "Tory" not in found, found


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("Norway's fishing fleet is shrinking. Opposition parties said ministers had ignored "
     "the coast.", "en", "ministers", "NOR"),
    ("Kenya freed six detainees on Friday, among them three journalists.", "en",
     "journalists", "KEN"),
    ("In Polen wird gewählt. Die Minister stellten am Montag ihr Programm vor.", "de",
     "Minister", "POL"),
])
def test_bare_plural_role_of_the_only_country(stages, text, lang, surface, country):
    found = mentions(link(stages, text, lang))
    assert found.get(surface, (None,))[0] == country, found


def test_bare_plural_government_role_other_than_ministers_stays_without(stages):
    # only cabinet roles (roles.yaml `cabinet`) take the story's country
    text = "Norway's fishing fleet is shrinking. Leaders praised the fishermen."
    found = mentions(link(stages, text))
    assert found.get("Leaders", (None,))[0] is None, found


def test_bare_plural_role_of_two_countries_stays_without(stages):
    text = "Chile and Peru signed a trade deal. Ministers praised the agreement."
    found = mentions(link(stages, text))
    assert found.get("Ministers", (None,))[0] is None, found


def test_former_plural_role_takes_no_country(stages):
    text = "Norway's fishing fleet is shrinking. Former ministers criticised the plan."
    found = mentions(link(stages, text))
    assert found.get("Former ministers", (None,))[0] is None, found


@pytest.mark.parametrize(("text", "lang", "surface", "sector"), [
    ("The magazine's editor defended the cover.", "en", "editor", "MED"),
    ("The editor of the paper apologised to readers.", "en", "editor", "MED"),
    ("Die Chefredakteurin des Magazins verteidigte den Titel.", "de", "Chefredakteurin", "MED"),
    ("Der Reporter der Zeitung wurde festgenommen.", "de", "Reporter", "MED"),
    ("Two reporters were arrested at the border.", "en", "reporters", "JRN"),
])
def test_journalist_of_a_medium_is_media(stages, text, lang, surface, sector):
    found = mentions(link(stages, text, lang))
    assert found.get(surface, (None, None))[1] == sector, found


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("Cyclists blocked the bridge in Dublin on Saturday.", "en", "Cyclists"),
    ("Pendler protestierten in Wien gegen die Streichung der Züge.", "de", "Pendler"),
])
def test_pastime_groups_are_private_people(stages, text, lang, surface):
    found = mentions(link(stages, text, lang))
    assert found.get(surface, (None, None))[1] == "CVL", found


@pytest.mark.parametrize(("text", "surface"), [
    ("The campaign group Coastal Voices criticised the permit.", "Coastal Voices"),
    ("The pressure group Fair Fares Alliance wrote to the mayor.", "Fair Fares Alliance"),
])
def test_two_word_head_before_a_name(stages, text, surface):
    found = mentions(link(stages, text))
    assert found.get(surface, (None, None))[1] == "NGO", found


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("Belarus freed eleven detainees on Monday. Freed prisoners thanked their families.", "en",
     "Freed prisoners"),
    ("Belarus ließ elf Häftlinge frei. Die freigelassenen Häftlinge dankten ihren "
     "Familien.", "de", "freigelassenen Häftlinge"),
])
def test_freed_prisoners_are_civilians(stages, text, lang, surface):
    found = mentions(link(stages, text, lang))
    assert found.get(surface, (None, None))[1] == "CVL", found


def test_bare_minister_takes_up_the_named_portfolio_minister(stages):
    text = ("Gesundheitsministerin Carla Brenner sprach am Montag in Mainz. Die Opposition "
            "warf der Ministerin Untätigkeit vor.")
    doc = link(stages, text, "de")
    named = [m for m in doc.actor_mentions if m.role == "health_minister"]
    bare = [m for m in doc.actor_mentions if m.text == "Ministerin"]
    assert named and bare, doc.actor_mentions
    assert bare[0].entity == named[0].entity and named[0].entity is not None


def test_plural_role_takes_no_country_from_an_adjective(stages):
    found = mentions(link(stages, "Turkish drones killed six militant leaders.", "en"))
    assert found.get("leaders", (None,))[0] != "TUR", found
    found = mentions(link(stages, "Danish warships escorted the convoy. Journalists filmed.",
                          "en"))
    assert found.get("Journalists", (None,))[0] is None, found
