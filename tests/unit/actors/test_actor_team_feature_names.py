"""In a sentence about sport a country's name is its team, no actor; outside sport it
stays the state. Before a geographic feature noun ("the Taiwan Strait") it is part of a
place name. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import actors, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("lang", "text", "teams"), [
    ("en", "Australia beat India by 95 runs on the last day of the third Test in Perth.",
     ("Australia", "India")),
    ("en", "Ireland lost the rugby match against Wales on Saturday.", ("Ireland", "Wales")),
    ("de", "Spanien gewann das Halbfinale gegen Italien nach Verlängerung.",
     ("Spanien", "Italien")),
])
def test_country_name_in_a_sport_sentence_is_no_actor(stages, lang, text, teams):
    found = actors(link(stages, text, lang))
    assert not any(team in found for team in teams), found


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "Australia accused India of blocking the trade talks.", "Australia"),
    ("de", "Spanien warf Italien vor, die Verhandlungen zu blockieren.", "Spanien"),
])
def test_country_name_outside_sport_stays_an_actor(stages, lang, text, surface):
    assert surface in actors(link(stages, text, lang))


@pytest.mark.parametrize(("text", "name"), [
    ("Two warships sailed through the Taiwan Strait on Sunday.", "Taiwan"),
    ("The ferry crossed the Korea Strait in heavy weather.", "Korea"),
])
def test_country_name_in_a_geographic_feature_name_is_no_actor(stages, text, name):
    assert name not in actors(link(stages, text))
