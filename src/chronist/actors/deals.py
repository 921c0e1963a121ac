"""Parties to a deal named by their part in it: "Ningbo Tianrui will Voss übernehmen. …
verlangte von dem Käufer Zusagen", "Acme agreed to buy Delta … the buyer said": a
definite party noun (context.yaml `deal_parties`) is the organisation or person that
was last the active subject of an act that makes one that party."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from chronist.actors.draft import Draft
from chronist.actors.schema import ContextWords
from chronist.actors.syntax import CONTROLLED

# Active subjects only: the passive subject of "übernommen werden" is what is sold.
ACTIVE_SUBJECTS = frozenset({"nsubj", "sb"})
PARTICLES = frozenset({"prt", "compound:prt", "svp"})


class DealParties:
    def __init__(self, words: ContextWords) -> None:
        self.acts = {noun: frozenset(verbs) for noun, verbs in words.deal_parties.items()}
        self.definite = words.word_set("definite")
        nouns = sorted(self.acts, key=len, reverse=True)
        self.pattern = (
            re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, nouns)) + r")(?![\w-])")
            if nouns
            else None
        )

    def find(self, text: str, drafts: list[Draft], analysis: Doc | None) -> list[Draft]:
        """New description drafts for the definite party nouns whose party is known."""
        if self.pattern is None or analysis is None:
            return []
        found: list[Draft] = []
        for match in self.pattern.finditer(text):
            start, end = match.span()
            if not self._definite(text, start) or any(d.overlaps(start, end) for d in drafts):
                continue
            party = self._party(analysis, drafts, start, self.acts[match.group(1)])
            if party is None:
                continue
            found.append(
                Draft(
                    start,
                    end,
                    "description",
                    country=party.country,
                    sector=party.sector,
                    entity=party.entity,
                    entity_type=party.entity_type,
                )
            )
        return found

    def _definite(self, text: str, start: int) -> bool:
        before = re.search(r"([\w-]+) $", text[max(0, start - 20) : start])
        return before is not None and before.group(1) in self.definite

    def _party(
        self, analysis: Doc, drafts: list[Draft], start: int, acts: frozenset[str]
    ) -> Draft | None:
        """The named subject of the last act of `acts` before `start` that has one ("sie
        ließ die KfW die Anteile kaufen" names no buyer), or None."""
        for token in reversed([t for t in analysis if t.idx < start]):
            if _act(token) not in acts:
                continue
            for subject in _doers(token):
                # the subject's phrase: "der chinesische Konzern Ningbo Tianrui"
                left, right = subject.left_edge, subject.right_edge
                party = next(
                    (
                        d
                        for d in drafts
                        if d.entity
                        and d.kind in ("name", "description")
                        and left.idx <= d.start
                        and d.end <= right.idx + len(right)
                    ),
                    None,
                )
                if party is not None:
                    return party
        return None


def _doers(verb: Token) -> list[Token]:
    """Who does the act: the verb's active subject, the subject of the verb it
    complements ("Acme agreed to buy …"), or an English passive's agent ("was acquired
    by Acme")."""
    while verb.dep_ in CONTROLLED and not any(c.dep_ in ACTIVE_SUBJECTS for c in verb.children):
        verb = verb.head
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    return [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS] + agents


def _act(token: Token) -> str:
    """The verb's lemma, with an English particle ("take over")."""
    particle = next((c.text.lower() for c in token.children if c.dep_ in PARTICLES), None)
    if particle is None or token.lang_ == "de":  # German lemmas carry their particle
        return token.lemma_
    return f"{token.lemma_} {particle}"
