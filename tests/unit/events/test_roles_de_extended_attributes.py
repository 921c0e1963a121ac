"""German extended attributes: an article, prepositional phrases, then the participle or
adjective that governs them and the noun ("die [von der EU gegen Belarus verhängten]
Sanktionen"). The article's noun phrase ends at the noun; the attribute's von-phrase is the
noun's doer and its other phrases are the noun's own. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "recipient"),
    [
        ("Die von Kanada gegen Nicaragua verhängten Sanktionen gelten seit Montag.",
         "Sanktionen", "CAN", "NIC"),
        ("Die von Aserbaidschan abgefeuerten Granaten trafen ein Haus in Armenien.",
         "trafen", "AZE", "ARM"),
    ],
)
def test_the_attribute_names_the_doer(events_of, text, trigger, doer, recipient):
    event = by_trigger(events_of(text, "de"))[trigger]
    assert (event.source.country, event.target.country) == (doer, recipient)
