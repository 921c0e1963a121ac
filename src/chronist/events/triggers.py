"""Matching tokens against the predicate lexicon."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from chronist.events.data import Entry, Lexicon

__all__ = ["lemma_of", "match"]

REFLEXIVE_LEMMAS = frozenset({"sich", "itself", "themselves", "himself", "herself"})


def lemma_of(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


def trigger_pos(token: Token) -> str | None:
    """'verb' or 'noun' for a token that can trigger an event, else None."""
    if token.pos_ == "VERB":
        return "verb"
    if token.pos_ == "NOUN":
        return "noun"
    return None


def match(
    lexicon: Lexicon,
    pos: str,
    lemmas: Iterable[str],
    context: set[str],
    attached: set[str],
) -> tuple[Entry, bool] | None:
    """The most specific entry for one of `lemmas` whose frame words are present.

    `context` holds the lower-cased lemmas and word forms of the clause, `attached` those of
    the trigger's own dependents. Returns the entry and whether it matched through a
    German compound's head noun.
    """
    reflexive = bool(context & REFLEXIVE_LEMMAS)
    # German compounds carry their head's meaning: "Wirtschaftshilfe" is a "Hilfe".
    compounds = lexicon.language == "de"
    for lemma in lemmas:
        entry = _first_fitting(
            lexicon.candidates(pos, lemma), context, attached, reflexive, compounds
        )
        if entry:
            return entry, False
    if pos == "noun" and compounds:
        for lemma in lemmas:
            head = lexicon.compound_head(lemma)
            if head:
                candidates = lexicon.candidates(pos, head)
                entry = _first_fitting(candidates, context, attached, reflexive, compounds)
                if entry:
                    return entry, True
    return None


def _present(words: frozenset[str], context: set[str], compounds: bool) -> bool:
    if words & context:
        return True
    return compounds and any(c.endswith(w) for c in context for w in words if len(w) >= 4)


def _first_fitting(
    candidates: list[Entry],
    context: set[str],
    attached: set[str],
    reflexive: bool,
    compounds: bool,
) -> Entry | None:
    for entry in candidates:
        if entry.with_all and not all(w in attached for w in entry.with_all):
            continue
        if entry.with_any and not _present(entry.with_any, context, compounds):
            continue
        if entry.without and _present(entry.without, context, compounds):
            continue
        if entry.reflexive and not reflexive:
            continue
        return entry
    return None
