"""Hand-built spaCy Docs and actor mentions for event-coder tests, and coded events by trigger.

Role assignment is tested on Docs whose words, tags, lemmas, morphology (and for English
heads and dependency labels) are given explicitly, so the tests do not depend on what a
statistical model happens to predict.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from chronist.actors.mention import ActorMention
from chronist.document import ActorRef, Document, Event

_VOCABS = {lang: spacy.blank(lang).vocab for lang in ("de", "en")}


def german(spec: str) -> Doc:
    """Tokens "word;POS;TAG;lemma;Morph" separated by spaces (no parse, as from HanTa)."""
    rows = [item.split(";") for item in spec.split()]
    words = [r[0] for r in rows]
    return Doc(
        _VOCABS["de"],
        words=words,
        spaces=_spaces(words),
        pos=[r[1] for r in rows],
        tags=[r[2] for r in rows],
        lemmas=[r[3] for r in rows],
        morphs=[r[4] if len(r) > 4 else "" for r in rows],
        sent_starts=[True] + [False] * (len(rows) - 1),
    )


def english(
    rows: list[tuple[str, str, str, str, int, str]], morphs: dict[int, str] | None = None
) -> Doc:
    """Rows (word, POS, tag, lemma, head index, dep)."""
    words = [r[0] for r in rows]
    morphs = morphs or {}
    return Doc(
        _VOCABS["en"],
        words=words,
        spaces=_spaces(words),
        pos=[r[1] for r in rows],
        tags=[r[2] for r in rows],
        lemmas=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        deps=[r[5] for r in rows],
        morphs=[morphs.get(i, "") for i in range(len(rows))],
        sent_starts=[True] + [False] * (len(rows) - 1),
    )


def _spaces(words: list[str]) -> list[bool]:
    return [i + 1 < len(words) and words[i + 1] not in {".", ",", "'s"} for i in range(len(words))]


def mention(doc: Doc, start: int, end: int, country: str | None, **kw: str | None) -> ActorMention:
    span = doc[start:end]
    return ActorMention(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        entity=kw.get("entity"),
        name=kw.get("name") or span.text,
        type=kw.get("type", "COUNTRY"),
        country=country,
        sector=kw.get("sector"),
        kind=kw.get("kind") or "name",
    )


def document(doc: Doc, mentions: list[ActorMention], language: str) -> Document:
    return Document(text=doc.text, language=language, analysis=doc, actor_mentions=mentions)


def by_trigger(events: list[Event]) -> dict[str, Event]:
    """Coded events keyed by their trigger's text (tests name each trigger once)."""
    return {e.trigger.text: e for e in events}


def actor_countries(actor: ActorRef | None) -> set[str]:
    """The countries of an event's actor or of its members."""
    if actor is None:
        return set()
    return {m.country for m in actor.members or [actor] if m.country}


def event_of_type(events: list[Event], event_type: str) -> Event:
    """The first coded event of a type; the failure lists what was coded instead."""
    found = [e for e in events if e.type == event_type]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


def event_at(events: list[Event], trigger: str) -> Event:
    """The first coded event whose trigger is the word; the failure lists what was coded."""
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


def country_of(actor: ActorRef | None) -> str | None:
    return None if actor is None else actor.country


def acts_of(events: list[Event]) -> set[tuple[str, str | None, str | None]]:
    """Each coded event as (type, source country, target country)."""
    return {(e.type, country_of(e.source), country_of(e.target)) for e in events}


def types_of(events: list[Event]) -> list[str]:
    """The coded events' types, sorted (what a sentence codes, whatever the order)."""
    return sorted(e.type for e in events)


def country_pairs(events: list[Event], event_type: str) -> list[tuple[str | None, str | None]]:
    """(source country, target country) of each coded event of one type."""
    return [
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
        if e.type == event_type
    ]
