"""An event noun that is the subject of a verb of occurring under a negation ("Ein Treffen
kam nicht zustande", "the meeting did not take place") or of a verb of falling through
("the deal fell through") did not happen (cues `occurrence_verbs`, `unrealised_verbs`); a
to-infinitive the tagger took for a noun is still what is offered or promised. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        ("de", "Ein Treffen zwischen Scholz und Macron kam nicht zustande.", "Treffen"),
        ("de", "Das geplante Abkommen zwischen Chile und Peru kam am Ende nicht zustande.",
         "Abkommen"),
        ("de", "Das Treffen zwischen Scholz und Macron fand nicht statt.", "Treffen"),
        ("en", "The meeting between the Chilean and Peruvian presidents did not take place.",
         "meeting"),
        ("en", "A ceasefire between Armenia and Azerbaijan never materialised.", "ceasefire"),
        ("en", "The deal between Ghana and Togo fell through last week.", "deal"),
    ],
)
def test_an_event_that_did_not_come_about_is_negated(events_of, language, text, trigger):
    assert by_trigger(events_of(text, language))[trigger].factuality == "negated"


@pytest.mark.parametrize(
    ("language", "text", "trigger", "factuality"),
    [
        ("de", "Das Treffen zwischen Scholz und Macron kam am Montag zustande.", "Treffen",
         "asserted"),
        ("en", "The meeting between the Chilean and Peruvian presidents took place in Lima.",
         "meeting", "asserted"),
        ("en", "The summit between Chile and Peru will take place in May.", "summit",
         "planned"),
        ("en", "The meeting between Chile and Peru happened without incident.", "meeting",
         "asserted"),
    ],
)
def test_an_event_that_came_about_keeps_its_factuality(events_of, language, text, trigger,
                                                       factuality):
    event = by_trigger(events_of(text, language))[trigger]
    assert event.factuality == factuality


def test_an_offered_infinitive_tagged_as_noun_is_planned(events_of):
    text = "Spain, which buys Moroccan fish, offered to host talks between Rabat and Algiers."
    event = by_trigger(events_of(text, "en"))["offered"]
    assert (event.type, event.factuality) == ("AGREE", "planned")
