"""Public money given by a state organ (a sum as the giving verb's object) is kept whatever
the learned plausibility says; other giving is left to the model. Sentences of our own."""

from __future__ import annotations

import pytest

from chronist.document import Document
from chronist.events.data import load_cues
from chronist.events.plausibility import score
from chronist.events.public_money import public_money
from chronist.pipeline import default_pipeline


def _coded(text: str) -> Document:
    doc = Document(text=text, language="en", published="2025-03-04")
    default_pipeline("en")(doc)
    return doc


def _aid(doc: Document):
    return next(e for e in doc.events if e.type == "AID")


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean science ministry said it would spend 4 million dollars on new street lamps.",
        "The Danish government will provide 30 million kroner for the repair of the old harbour.",
        "The state government sent the city of Graz 2 million euros in flood relief last week.",
    ],
)
def test_state_money_is_public_money(text: str) -> None:
    doc = _coded(text)
    assert public_money(_aid(doc), doc, load_cues("en"))


@pytest.mark.parametrize(
    "text",
    [
        # Giving without a sum, and a sum given by a private person.
        "The Chilean science ministry said it would provide support for the observatories.",
        "The billionaire gave 2 million dollars to a hospital in Lyon.",
        "The Czech government gave the negotiators three months to finish the treaty text.",
    ],
)
def test_other_giving_is_left_to_the_model(text: str) -> None:
    doc = _coded(text)
    aid = [e for e in doc.events if e.type == "AID"]
    assert not any(public_money(e, doc, load_cues("en")) for e in aid)


def test_public_money_stays_above_any_threshold() -> None:
    doc = _coded(
        "The Chilean science ministry said it would spend 4 million dollars on new street lamps."
    )
    events = list(doc.events)
    assert not score(events, doc, "en", threshold=1.01)
    kept = score(events, doc, "en", threshold=1.01,
                 kept_by_rule=lambda e: public_money(e, doc, load_cues("en")))  # fmt: skip
    assert [e.type for e in kept] == ["AID"]
