"""'was granted access by Russia', 'was given jets by the Netherlands': a passive of a verb
with two objects keeps one; a by-phrase the parser hangs on that retained object is the
verb's doer. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("The Red Cross was granted access to the detainees by Russia.", "granted", "RUS"),
        ("Ukraine was given fighter jets by the Netherlands.", "given", "NLD"),
        ("Armenia was promised armoured vehicles by France.", "promised", "FRA"),
    ],
)
def test_a_by_phrase_on_the_retained_object_is_the_doer(events_of, text, trigger, doer):
    event = by_trigger(events_of(text, "en"))[trigger]
    assert actor_countries(event.source) == {doer}
