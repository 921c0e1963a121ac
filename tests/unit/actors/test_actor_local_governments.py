"""A town or region named with its local-government noun ("die Stadt Dresden", "the city
of Leeds") is its government when it acts, the place otherwise; a country after
"around" is a place. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import actors, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("lang", "text", "surface", "country"), [
    ("de", "Die Stadt Leipzig will im Sommer neue Radwege bauen.", "Stadt Leipzig", "DEU"),
    ("de", "Das Land Brandenburg klagt gegen die neue Regel.", "Land Brandenburg", "DEU"),
    ("en", "The city of Leeds said it would close two libraries.", "city of Leeds", "GBR"),
])
def test_acting_local_government_is_its_government(stages, lang, text, surface, country):
    found = actors(link(stages, text, lang))
    assert found.get(surface) == (country, "GOV"), found


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Stadt Leipzig liegt an der Weißen Elster."),
    ("de", "Sie zog im Mai in die Stadt Leipzig."),
    ("en", "She moved to the city of Leeds in May."),
])
def test_local_government_noun_before_a_place_that_does_not_act_names_the_place(
    stages, lang, text
):
    assert not any(sector == "GOV" for _, sector in actors(link(stages, text, lang)).values())


def test_country_after_around_is_a_place(stages):
    found = actors(link(stages, "Chile held naval drills around Peru on Monday."))
    assert "Peru" not in found and "Chile" in found, found
