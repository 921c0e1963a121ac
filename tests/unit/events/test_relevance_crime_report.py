"""Sentences of our own: what befalls people in a crime report (an arrest, a sentence, a
killing, a charge or a trial) with no party but private persons and law enforcement in the
act or its paragraph is crime reporting, no political event (relevance
`crime_report_types`, `crime_report_words`, `law_sectors`). A state, a party, a crowd at a
protest or a foreign national makes it political, and so does an attack on the police;
criticism is no case at law."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The couple was arrested and sent to jail.", "COERCE"),
        ("Police arrested the 34-year-old man at his home on Tuesday.", "COERCE"),
        ("Prosecutors charged the woman with poisoning her neighbour.", "ACCUSE"),
        ("The trial of the nurse accused of poisoning two patients opened on Monday.", "ACCUSE"),
        ("He was sentenced to life in prison for the stabbing.", "SANCTION"),
    ],
)
def test_crime_report(events_of, text: str, type_: str) -> None:
    assert type_ not in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Police arrested the opposition leader at his home on Tuesday.", "COERCE"),
        ("Police arrested 40 protesters outside the ministry.", "COERCE"),
        ("Prosecutors charged the two men with spying for China.", "ACCUSE"),
        ("Rioters attacked police officers outside the mosque.", "ASSAULT"),
        ("The mayor criticised the police for their slow response.", "ACCUSE"),
    ],
)
def test_still_political(events_of, text: str, type_: str) -> None:
    assert type_ in types_of(events_of(text, "en"))
