"""German plural "die" + quantifier ("Die beiden Länder einigten sich"): the tagger leaves the
article without case and tags quantifier and noun dative, so the subject was read as an
indirect object and a joint act of "the two countries" lost its parties. "die" is never
dative or genitive. Full pipeline, sentences of our own."""

from __future__ import annotations

import pytest


def _sources(events: list, event_type: str) -> list[set[str]]:
    return [
        {m.country for m in (e.source.members or [e.source]) if m.country}
        for e in events
        if e.type == event_type and e.source is not None
    ]


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        ("Kenia und Uganda verhandelten zwei Tage in Nairobi. "
         "Die beiden Länder einigten sich am Ende auf gemeinsame Zölle.",
         "AGREE", {"KEN", "UGA"}),
        ("Vertreter Chinas und Indiens trafen sich in Moskau. "
         "Die beiden Staaten vereinbarten einen Abzug ihrer Truppen aus dem Grenzgebiet.",
         "AGREE", {"CHN", "IND"}),
        ("Chile und Peru berieten am Montag in Lima. "
         "Die beiden Regierungen unterzeichneten eine Absichtserklärung über den Bergbau.",
         "AGREE", {"CHL", "PER"}),
    ],
)  # fmt: skip
def test_plural_article_subject_is_the_doer(
    events_of, text: str, event_type: str, countries: set[str]
) -> None:
    assert countries in _sources(events_of(text, "de"), event_type)


def test_dative_plural_article_stays_indirect_object(events_of) -> None:
    # "den beiden Ländern": a dative, the receivers of the aid, not its givers
    text = "Japan sagte den beiden Ländern am Montag Hilfe beim Wiederaufbau zu."
    assert {"JPN"} in _sources(events_of(text, "de"), "AGREE")
