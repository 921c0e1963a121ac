"""Groups named by descent ("ethnische Russen", "Serb protesters", "ethnic Russian
protesters") are private people of the state the story is about, not of their kin
state; citizens named by a state's demonym stay its own. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from linking import actors, linker

link = linker("2026-03-01")

LATVIA_EN = (
    "Latvia tightened its language law on Monday. The Latvian government said the rules "
    "would apply from May. Latvia's parliament passed the law by a wide margin. "
)
LATVIA_DE = (
    "Lettland hat sein Sprachgesetz verschärft. Die lettische Regierung sagte, die Regeln "
    "gälten ab Mai. Das Parlament in Riga stimmte mit großer Mehrheit zu. "
)


@pytest.mark.parametrize(("text", "lang", "surface", "expected"), [
    (LATVIA_EN + "Police said ethnic Russian protesters blocked a road.", "en",
     "Russian protesters", ("LVA", "CVL")),
    (LATVIA_DE + "Rund ein Viertel der Einwohner sind ethnische Russen.", "de", "Russen",
     ("LVA", "CVL")),
    ("Kosovo police closed the border crossing on Monday. The Kosovo government said the "
     "step was temporary. Kosovo's prime minister defended it. Serb protesters blocked "
     "the road to the crossing.", "en", "Serb protesters", ("XKX", "CVL")),
])
def test_groups_of_descent_live_in_the_story_state(stages, text, lang, surface, expected):
    assert actors(link(stages, text, lang)).get(surface) == expected, text


@pytest.mark.parametrize(("text", "lang", "surface", "expected"), [
    (LATVIA_EN + "Russian tourists were turned back at the border.", "en",
     "Russian tourists", ("RUS", "CVL")),
])
def test_citizens_stay_their_state(stages, text, lang, surface, expected):
    assert actors(link(stages, text, lang)).get(surface) == expected, text
