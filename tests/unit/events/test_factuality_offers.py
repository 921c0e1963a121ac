"""What is offered still lies ahead, like what is promised (cues `offer_verbs`; gold
convention of the written articles: an offer of help or mediation is planned). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        ("en", "Norway offered to host a new round of talks between Serbia and Kosovo.",
         "offered"),
        ("en", "Austria offered Slovenia help with the flood repairs.", "offered"),
        ("de", "Die Schweiz bot an, Gespräche zwischen Armenien und Aserbaidschan "
         "auszurichten.", "bot"),
        ("de", "Polen bot Litauen Hilfe bei der Sicherung der Grenze an.", "bot"),
    ],
)
def test_an_offer_is_planned(events_of, language, text, trigger):
    event = by_trigger(events_of(text, language))[trigger]
    assert (event.type, event.factuality) == ("AGREE", "planned")


@pytest.mark.parametrize(
    ("language", "text", "trigger", "factuality"),
    [
        ("en", "Norway hosted a new round of talks between Serbia and Kosovo.", "hosted",
         "asserted"),
        ("en", "Austria refused Slovenia's offer of help.", "refused", "asserted"),
        ("en", "Turkey did not offer to mediate between Armenia and Azerbaijan.", "offer",
         "negated"),
        ("de", "Ungarn lehnte das Angebot Österreichs ab.", "lehnte", "asserted"),
    ],
)
def test_acts_beside_offers_keep_their_factuality(events_of, language, text, trigger,
                                                  factuality):
    assert by_trigger(events_of(text, language))[trigger].factuality == factuality


def test_an_offer_in_the_simple_present_is_no_planned_offer(events_of):
    # What something has on offer is a standing property, not an offer made at a time.
    text = "While the island offers quiet beaches, the Maldives government offers tax breaks."
    offers = [e for e in events_of(text, "en") if e.trigger.text == "offers"]
    assert all(e.factuality != "planned" for e in offers)
