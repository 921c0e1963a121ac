"""An event's sentence stays inside its paragraph; merged repeats keep the body's span."""

from __future__ import annotations

import pytest

from chronist.document import ActorRef, Document, Event, Paragraph, Span
from chronist.events.merge import merge_events
from chronist.pipeline import default_pipeline

# A title without a full stop, then the body: a sentence splitter may run them together.
TITLE = "Russland greift Kiew an"
BODY = "Am Montag griff Russland die Ukraine mit Raketen an. Es gab viele Verletzte."
TITLE_EN = "Russia attacks Kyiv"
BODY_EN = "On Monday Russia attacked Ukraine with missiles. Many people were injured."


@pytest.mark.parametrize(
    ("language", "title", "body"), [("de", TITLE, BODY), ("en", TITLE_EN, BODY_EN)]
)
def test_paragraphs_event_sentence_never_crosses_a_paragraph_edge(language, title, body) -> None:
    text = f"{title}\n\n{body}"
    start = len(title) + 2
    paragraphs = [Paragraph(0, len(title), "title"), Paragraph(start, len(text), "body")]
    doc = Document(text=text, language=language, published="2024-06-12", paragraphs=paragraphs)
    default_pipeline(language)(doc)
    assert doc.events
    for event in doc.events:
        for mention in event.attributes["mentions"]:
            sentence = mention["sentence"]
            inside = [
                p for p in paragraphs if p.start <= sentence["start"] and sentence["end"] <= p.end
            ]
            assert inside, (sentence, text[sentence["start"] : sentence["end"]])


def _event(start: int, kind: str, target: str | None) -> Event:
    return Event(
        id=f"e{start}",
        type="ACCUSE",
        source=ActorRef(name="Deutschland", country="DEU"),
        target=ActorRef(name=target, country=target) if target else None,
        factuality="asserted",
        sentence=Span(start, start + 20),
        trigger=Span(start + 2, start + 5, "rügt"),
        attributes={"paragraph": kind},
    )


def test_paragraphs_merged_event_keeps_the_body_sentence_as_its_main_span() -> None:
    # The caption names more (a target) than the body; the body is still the report.
    merged = merge_events([_event(0, "caption", "TUR"), _event(100, "body", None)])
    assert len(merged) == 1
    assert merged[0].sentence.start == 100
    assert merged[0].target is not None and merged[0].target.country == "TUR"
    assert len(merged[0].attributes["mentions"]) == 2
