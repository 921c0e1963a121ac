"""A German "Freistaat" (Bayern, Sachsen, Thüringen) is the government of that Land, of
Germany. Sentences written for these tests."""

from __future__ import annotations

from linking import actors, linker

link = linker("2026-04-01")


def test_freistaat_is_a_land_government(stages):
    text = ("MÜNCHEN (dpa) - Der Freistaat will sich mit drei Millionen Euro am Bau der neuen "
            "Halle beteiligen.")
    assert actors(link(stages, text, "de")).get("Freistaat") == ("DEU", "GOV")
