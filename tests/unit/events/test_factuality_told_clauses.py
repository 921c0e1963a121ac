"""An adverbial clause of time or cause in the past tense ("since police crushed …",
"because Togo expelled …"; cues `told_clause_subordinators`) reports what happened: the
plan, future or negation of the clause it hangs on is not its own. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    "text",
    [
        "More than 5,000 Georgians have sought refuge in Armenia since police crushed "
        "anti-government protests in 2019.",
        "Ghana will boycott the summit because Togo expelled its ambassador last month.",
        "Ghana plans to recall its envoy after Togo expelled its ambassador last month.",
        "Ghana did not retaliate after Togo expelled its ambassador.",
    ],
)
def test_a_past_clause_of_time_or_cause_is_asserted(events_of, text):
    events = by_trigger(events_of(text, "en"))
    trigger = "crushed" if "crushed" in events else "expelled"
    assert events[trigger].factuality == "asserted"


@pytest.mark.parametrize(
    ("text", "trigger", "factuality"),
    [
        ("Ghana did not retaliate after Togo expelled its ambassador.", "retaliate",
         "negated"),
        ("Ghana plans to expel the ambassador once Togo arrests the journalists.", "expel",
         "planned"),
        ("Chile will host the talks when Peru signs the treaty.", "host", "planned"),
    ],
)
def test_the_main_clause_keeps_its_own_factuality(events_of, text, trigger, factuality):
    assert by_trigger(events_of(text, "en"))[trigger].factuality == factuality
