"""An envoy abroad (ambassador, chargé d'affaires) names a country that says nothing of
where the story is: a bare organ noun in the next sentence still takes the one country
of the other actors before it. Sentences written for these tests."""

from __future__ import annotations

from linking import found, linker

link = linker("2026-03-01")


def test_a_summoned_envoy_leaves_the_scene_to_the_summoner(stages):
    text = ("Hamburg, 2. März 2026. Das peruanische Außenministerium bestellte den "
            "Geschäftsträger Boliviens ein. Die Vorwürfe seien eine Beleidigung für die "
            "Polizisten, die im Einsatz verletzt wurden, hieß es.")
    doc = link(stages, text, "de")
    envoy = found(doc, "Geschäftsträger Boliviens") or found(doc, "Geschäftsträger")
    assert envoy and envoy[0].country == "BOL"
    police = found(doc, "Polizisten")
    assert police and police[0].country == "PER"
