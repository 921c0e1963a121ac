"""Headlines tell what happened in the simple present ("Haiti recalls envoy as …"): a
present-tense clause after a conjunction in a title line is an act of its own, as a past
clause is in running text; in running text the present clause stays part of its governor's
act. A headline verb the tagger took for a noun that heads a clause ("Students storm
parliament") is a verb. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger

from chronist.document import Event
from chronist.ingest import read_articles, to_document
from chronist.pipeline import default_pipeline

BODY = "\n\nThe foreign ministry said on Monday that it would respond. Officials gave no details."


def events_of_text(text: str) -> list[Event]:
    """A plain text as it is read in: its first line, without a sentence mark, heads it."""
    doc = to_document(next(read_articles(text.encode())), published="2024-06-12", language="en")
    default_pipeline("en")(doc)
    return doc.events


@pytest.mark.parametrize(
    ("headline", "trigger", "kind", "source"),
    [
        ("Haiti recalls ambassador as Dominican Republic steps up deportations of Haitians",
         "steps", "COERCE", "DOM"),
        ("Philippines protests as Chinese ships block supply mission", "block", "COERCE", "CHN"),
    ],
)
def test_a_present_clause_of_a_headline_is_an_act(headline, trigger, kind, source):
    event = by_trigger(events_of_text(headline + BODY))[trigger]
    assert (event.type, event.source.country) == (kind, source)


def test_a_present_clause_in_running_text_is_no_act_of_its_own():
    text = (
        "Haiti recalls envoy" + BODY + " Haiti recalls its ambassador as the Dominican "
        "Republic steps up deportations of Haitians, the minister said."
    )
    assert "steps" not in by_trigger(events_of_text(text))


@pytest.mark.parametrize(
    ("headline", "trigger", "kind", "source"),
    [
        # The tagger reads the headline's verb as a noun that heads the clause.
        ("Students storm parliament in Nairobi over tax bill", "storm", "PROTEST", "KEN"),
        ("Ghana recalls envoy after Togo expels diplomats", "expels", "SANCTION", "TGO"),
    ],
)
def test_a_headline_verb_read_as_a_noun_is_a_verb(headline, trigger, kind, source):
    event = by_trigger(events_of_text(headline + BODY))[trigger]
    assert (event.type, event.source.country) == (kind, source)


def test_a_noun_in_running_text_stays_a_noun():
    text = "Storm hits coast" + BODY + " A storm hit the Kenyan coast on Monday."
    assert "storm" not in by_trigger(events_of_text(text))
