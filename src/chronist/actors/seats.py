"""Organisations named by their seat ("a Belgrade-based rights group", "a London-based
consultancy"): the noun is an organisation of the seat's country, of the sector its head
noun names (organs.yaml `kind: head`); right after an organisation's new name it
describes that organisation and gives it country and sector ("the Humanitarian Law
Center, a Belgrade-based rights group")."""

from __future__ import annotations

import re

from chronist.actors.draft import Draft
from chronist.actors.kb import KnowledgeBase
from chronist.actors.schema import ContextWords
from chronist.actors.syntax import alternation


class Seats:
    def __init__(self, kb: KnowledgeBase, words: ContextWords) -> None:
        self.kb = kb
        self.heads = {
            noun.casefold(): key
            for key, organ in kb.organs.items()
            if organ.kind == "head" and organ.sector
            for noun in organ.nouns.for_lang(kb.lang)
        }
        # "group", "organisation": nouns that name organisations of several sectors
        # (context.yaml org_references) say nothing of one ("a Pakistan-based militant
        # group" is no company)
        self.ambiguous = {
            noun.casefold() for noun, sectors in words.org_references.items() if len(sectors) > 1
        }
        # ", a " between an organisation's name and its description
        self._apposition = re.compile(
            rf"^,\s+(?:{alternation(words.seat_apposition_articles)})\s+$"
        )
        suffixes = alternation(words.seat_suffixes)
        nouns = alternation(sorted(self.heads, key=len, reverse=True))
        # "a Belgrade-based rights group", "a New York-based energy consultancy"
        self._pattern = (
            re.compile(
                rf"(?<![\w-])((?:[A-Z][\w.']*[ -])*[A-Z][\w.']*)(?:{suffixes})"
                rf"\s+((?:[a-z][\w-]*\s+){{0,2}}?({nouns}))(?![\w-])"
            )
            if words.seat_suffixes and self.heads
            else None
        )

    def find(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """New drafts for the seated nouns; an organisation's new name right before one
        takes its country and sector."""
        if self._pattern is None:
            return []
        found = []
        for match in self._pattern.finditer(text):
            country = self._country(match.group(1))
            start, end = match.span(2)
            noun = match.group(3).casefold()
            if (
                country is None
                or noun in self.ambiguous
                or any(d.overlaps(start, end) for d in drafts)
            ):
                continue
            organ = self.heads[noun]
            sector = self.kb.organs[organ].sector
            draft = Draft(start, end, "organ", country=country, sector=sector, organ=organ)
            draft.entity, draft.entity_type = ("organ", f"{country}:{organ}"), "ORG"
            named = self._named_before(text, drafts, match.start())
            if named is not None:
                named.country, named.sector = named.country or country, sector
                draft.kind, draft.organ, draft.entity = "description", None, named.entity
            found.append(draft)
        return found

    def _country(self, place: str) -> str | None:
        """The country of a place, capital or country name; capitalised words before it
        ("The London-based …") are not part of it."""
        words = place.split()
        for i in range(len(words)):
            for target in self.kb.gazetteer.lookup(" ".join(words[i:])):
                if target.kind == "country" and target.form in ("name", "capital", "seat"):
                    return self.kb.actor_country(target.key)
                if target.kind == "place" and target.country in self.kb.countries:
                    return self.kb.actor_country(target.country)
        return None

    def _named_before(self, text: str, drafts: list[Draft], start: int) -> Draft | None:
        """A new organisation's name right before ", a …" (its apposition)."""
        for draft in drafts:
            if (
                draft.end <= start
                and draft.entity is not None
                and draft.entity[0] == "new_org"
                and self._apposition.match(text[draft.end : start])
            ):
                return draft
        return None
