"""A generic noun for a happening as a judged target ("called the incident reckless",
"verurteilte den Vorfall", "begrüßte das Vorgehen") stands for whoever did the act told
before, not for the speaker's own country. Our own sentences."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, event_at


@pytest.mark.parametrize(
    ("text", "language", "trigger", "doer"),
    [
        ("Guatemalan soldiers fired at a Belizean patrol boat on the Sarstoon river. Belize's "
         "prime minister called the incident reckless.", "en", "called", {"GTM"}),
        ("Russische Kampfjets drangen in den estnischen Luftraum ein. Die estnische Regierung "
         "verurteilte den Vorfall scharf.", "de", "verurteilte", {"RUS"}),
        ("Die malaysische Küstenwache beschlagnahmte einen iranischen Tanker. Die US-Botschaft "
         "begrüßte das Vorgehen.", "de", "begrüßte", {"MYS"}),
    ],
)
def test_a_generic_happening_noun_targets_the_earlier_doer(
    events_of, text, language, trigger, doer
) -> None:
    assert actor_countries(event_at(events_of(text, language), trigger).target) == doer
