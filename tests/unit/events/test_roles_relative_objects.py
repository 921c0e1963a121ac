"""A relative clause with a subject of its own: the noun it modifies is its verb's object
("the treaty (that) X signed", "das Abkommen, das X unterzeichneten"), so the verb's frame
words may stand there; a plural verb has the phrase, not a singular pronoun, as subject.
Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Das Abkommen, das Kenia und Äthiopien unterzeichneten, regelt den Handel.", "de",
         "unterzeichneten"),
        ("The memorandum that Kenya and Ethiopia signed on Friday regulates trade.", "en",
         "signed"),
    ],
)
def test_the_modified_noun_is_the_object(events_of, text, lang, trigger):
    event = by_trigger(events_of(text, lang))[trigger]
    members = {m.country for m in event.source.members}
    assert (event.type, members) == ("AGREE", {"KEN", "ETH"})


def test_a_subject_relative_is_no_object(events_of):
    text = "The drills, which began on Friday near the border, involve 300 soldiers."
    assert "began" not in by_trigger(events_of(text, "en"))
