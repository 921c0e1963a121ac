""""called the decision regrettable": the object of an object predicative adjective, which
the parser may hang on the adjective as a compound, is the verb's object, and a judged
act's doer its target. Our own sentences."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, event_of_type


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Belarus closed its border with Lithuania. Vilnius called the decision illegal.",
         {"BLR"}),
        ("Russia expelled two Dutch diplomats on Monday. The Dutch foreign minister called "
         "the expulsion unacceptable.", {"RUS"}),
        ("Russia expelled two Dutch diplomats on Monday. A spokesperson for the Dutch foreign "
         "ministry called the decision regrettable.", {"RUS"}),
    ],
)
def test_the_object_of_a_predicative_adjective_is_judged(events_of, text, target) -> None:
    event = event_of_type(events_of(text, "en"), "ACCUSE")
    assert actor_countries(event.target) == target
