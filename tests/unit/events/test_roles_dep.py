"""Role assignment from a dependency parse, on hand-built English Docs."""

from __future__ import annotations

import pytest
from event_builders import document, english, mention

from chronist.events import EventCoder

ACTIVE = [
    ("Israeli", "ADJ", "JJ", "israeli", 1, "amod"),
    ("jets", "NOUN", "NNS", "jet", 2, "nsubj"),
    ("bombed", "VERB", "VBD", "bomb", 2, "ROOT"),
    ("Gaza", "PROPN", "NNP", "Gaza", 2, "dobj"),
    (".", "PUNCT", ".", ".", 2, "punct"),
]
PASSIVE = [
    ("Gaza", "PROPN", "NNP", "Gaza", 2, "nsubjpass"),
    ("was", "AUX", "VBD", "be", 2, "auxpass"),
    ("bombed", "VERB", "VBN", "bomb", 2, "ROOT"),
    ("by", "ADP", "IN", "by", 2, "agent"),
    ("Israel", "PROPN", "NNP", "Israel", 3, "pobj"),
    (".", "PUNCT", ".", ".", 2, "punct"),
]
POSSESSIVE = [
    ("Macron", "PROPN", "NNP", "Macron", 2, "poss"),
    ("'s", "PART", "POS", "'s", 0, "case"),
    ("visit", "NOUN", "NN", "visit", 5, "nsubj"),
    ("to", "ADP", "IN", "to", 2, "prep"),
    ("Beijing", "PROPN", "NNP", "Beijing", 3, "pobj"),
    ("ended", "VERB", "VBD", "end", 5, "ROOT"),
    (".", "PUNCT", ".", ".", 5, "punct"),
]
SUPPORT_VERB = [
    ("The", "DET", "DT", "the", 1, "det"),
    ("EU", "PROPN", "NNP", "EU", 2, "nsubj"),
    ("imposed", "VERB", "VBD", "impose", 2, "ROOT"),
    ("sanctions", "NOUN", "NNS", "sanction", 2, "dobj"),
    ("on", "ADP", "IN", "on", 3, "prep"),
    ("Russia", "PROPN", "NNP", "Russia", 4, "pobj"),
    (".", "PUNCT", ".", ".", 2, "punct"),
]
COORDINATED = [
    ("Hungary", "PROPN", "NNP", "Hungary", 3, "nsubj"),
    ("and", "CCONJ", "CC", "and", 0, "cc"),
    ("Romania", "PROPN", "NNP", "Romania", 0, "conj"),
    ("agreed", "VERB", "VBD", "agree", 3, "ROOT"),
    (".", "PUNCT", ".", ".", 3, "punct"),
]
EMBEDDED = [
    ("Russia", "PROPN", "NNP", "Russia", 1, "nsubj"),
    ("threatened", "VERB", "VBD", "threaten", 1, "ROOT"),
    ("to", "PART", "TO", "to", 3, "aux"),
    ("attack", "VERB", "VB", "attack", 1, "xcomp"),
    ("Ukraine", "PROPN", "NNP", "Ukraine", 3, "dobj"),
    (".", "PUNCT", ".", ".", 1, "punct"),
]


def _country(name: str) -> dict[str, str | None]:
    return {"type": "COUNTRY"}


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder("en")


def code(coder: EventCoder, rows: list, mentions: list[tuple]) -> list:
    doc = english(rows)
    built = [mention(doc, start, end, country, **kw) for start, end, country, kw in mentions]
    return coder.code(document(doc, built, "en"))


@pytest.mark.parametrize(
    ("rows", "mentions", "expected"),
    [
        (
            ACTIVE,
            [
                (0, 1, "ISR", {"kind": "adjective", "type": None, "sector": "MIL"}),
                (3, 4, "PSE", {"type": "PLACE"}),
            ],
            ("ASSAULT", "aerial", "ISR", "PSE"),
        ),
        (
            PASSIVE,
            [(0, 1, "PSE", {"type": "PLACE"}), (4, 5, "ISR", {})],
            ("ASSAULT", "aerial", "ISR", "PSE"),
        ),
        (
            POSSESSIVE,
            [(0, 1, "FRA", {"type": "PERSON"}), (4, 5, "CHN", {"type": "PLACE"})],
            ("CONSULT", "visit", "FRA", "CHN"),
        ),
        (
            SUPPORT_VERB,
            [(1, 2, None, {"type": "ORG", "sector": "IGO", "entity": "Q458"}), (5, 6, "RUS", {})],
            ("SANCTION", None, None, "RUS"),
        ),
    ],
    ids=["active", "passive-by", "possessive-nominalisation", "support-verb"],
)
def test_roles_dep_source_and_target(coder, rows, mentions, expected) -> None:
    events = code(coder, rows, mentions)
    event = events[0]
    got = (event.type, event.mode, event.source.country, event.target and event.target.country)
    assert got == expected


def test_roles_dep_support_verb_subject_is_the_source(coder) -> None:
    mentions = [(1, 2, None, {"type": "ORG", "sector": "IGO", "entity": "Q458"}), (5, 6, "RUS", {})]
    assert code(coder, SUPPORT_VERB, mentions)[0].source.entity == "Q458"


def test_roles_dep_coordinated_subjects_are_members(coder) -> None:
    events = code(coder, COORDINATED, [(0, 1, "HUN", {}), (2, 3, "ROU", {})])
    assert len(events) == 1
    assert {m.country for m in events[0].source.members} == {"HUN", "ROU"}


def test_roles_dep_embedded_trigger_yields_to_governing_one(coder) -> None:
    events = code(coder, EMBEDDED, [(0, 1, "RUS", {}), (4, 5, "UKR", {})])
    assert [e.type for e in events] == ["THREATEN"]
