"""A country's own party, opposition, union or association that demands something naming
nobody it asks asks its own state (cues domestic_demander_sectors): PLOVER codes the same
country as the target. A state's own demand, or one in a sentence naming another country,
is not guessed. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "language", "trigger", "country"),
    [
        ("Die Grünen im Bundestag forderten, die Mittel für Schulen deutlich zu erhöhen.", "de",
         "forderten", "DEU"),
        ("Die Gewerkschaft Verdi forderte am Montag höhere Löhne für Pflegekräfte.", "de",
         "forderte", "DEU"),
        ("Die AfD forderte einen sofortigen Stopp der Einbürgerungen.", "de", "forderte",
         "DEU"),
        ("The Labour Party demanded an independent inquiry into the contracts.", "en",
         "demanded", "GBR"),
        ("The Democratic Party urged a full investigation into the shooting.", "en", "urged",
         "USA"),
    ],
)
def test_a_domestic_party_asks_its_own_state(events_of, text, language, trigger, country):
    event = by_trigger(events_of(text, language))[trigger]
    assert (actor_countries(event.source), actor_countries(event.target)) == (
        {country},
        {country},
    )


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        ("Poland demanded compensation.", "en", "demanded"),
        ("Die CDU forderte von China mehr Transparenz.", "de", "forderte"),
        ("The Labour Party demanded that Russia withdraw its troops.", "en", "demanded"),
    ],
)
def test_no_own_target_for_a_state_or_another_country(events_of, text, language, trigger):
    event = by_trigger(events_of(text, language))[trigger]
    assert actor_countries(event.target) != actor_countries(event.source)
