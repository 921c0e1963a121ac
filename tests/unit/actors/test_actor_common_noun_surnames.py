"""A surname that is also a common noun ("Sommer", "Winter", "Richter") used as that noun
after a determiner, an adjective or a preposition fused with an article ("im kommenden
Sommer", "der harte Winter") is not the person named in full before; used as a name
("sagte Sommer") it is. Sentences written for these tests."""

from __future__ import annotations

from linking import linker

link = linker("2026-03-01")


def _linked(doc, surface: str, entity: str | None) -> list:
    return [m for m in doc.actor_mentions if m.text == surface and m.entity == entity]


def test_a_season_is_not_the_person_of_that_surname(stages):
    text = ("Die Meeresbiologin Greta Sommer leitet die Messungen vor Rügen. "
            "Im kommenden Sommer will das Team zurückkehren, sagte Sommer.")
    doc = link(stages, text, "de")
    person = [m for m in doc.actor_mentions if "Greta Sommer" in m.text]
    assert person
    same = [m for m in doc.actor_mentions if m.text == "Sommer" and m.entity == person[0].entity]
    assert len(same) == 1  # "sagte Sommer", not "Im kommenden Sommer"
    assert same[0].start > text.index("sagte")


def test_a_winter_with_an_article_is_no_person(stages):
    text = "Der Ökonom Paul Winter warnte vor Engpässen. Der harte Winter treibt die Preise."
    doc = link(stages, text, "de")
    assert not [m for m in doc.actor_mentions if m.text == "Winter"]
