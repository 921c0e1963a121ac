"""A high commissioner is the envoy between Commonwealth states: summoned or called in, it
is an ACCUSE against the state it represents (lexicon_en summon/call in, cues_en
envoy_nouns). A rare country adjective the tagger takes for a name ("Faroese") still says
whose goods a ban is laid on. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kenya summoned Uganda's high commissioner on Monday to protest against a speech "
         "by a former minister.", "summoned"),
        ("Kenya summoned the Ugandan high commissioner.", "summoned"),
        ("Kenya called in Uganda's high commissioner.", "called"),
    ],
)
def test_a_summoned_high_commissioner_is_the_target(events_of, text, trigger):
    event = by_trigger(events_of(text, "en"))[trigger]
    assert event.type == "ACCUSE"
    assert (actor_countries(event.source), actor_countries(event.target)) == ({"KEN"}, {"UGA"})


def test_a_country_adjective_tagged_as_a_name_names_the_goods_origin(events_of):
    text = "Britain banned imports of Faroese herring in 2019."
    event = by_trigger(events_of(text, "en"))["banned"]
    assert (actor_countries(event.source), actor_countries(event.target)) == ({"GBR"}, {"FRO"})
