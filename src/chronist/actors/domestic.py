"""Domestic context: the country a story is about (its dateline, the outlet's country,
the places it names, the country most of its actors belong to), and the organisations
and people the knowledge base lacks that belong to it."""

from __future__ import annotations

import re

from chronist.actors.draft import STATE_SECTORS, Draft
from chronist.actors.schema import ContextWords
from chronist.actors.story import Story

# Share of country-linked mentions that makes a country the document's main one.
DOMINANT_SHARE = 0.35
# …and at least this many times as many as the next one (not an India–Pakistan story).
DOMINANT_LEAD = 1.5
# Sectors of organisations that belong to the country they work in.
DOMESTIC_SECTORS = frozenset({"BUS", "LAB", "MED", "EDU", "NGO", "GOV", "PTY"})
# Sectors of politicians, who like state servants belong to one country.
POLITICAL_SECTORS = frozenset({"OPP", "PTY"})


class Domestic:
    def __init__(self, words: ContextWords, story: Story) -> None:
        self.words = words
        self.story = story

    def home(self, url: str | None) -> str | None:
        if not url:
            return None
        host = re.sub(r"^[a-z]+://", "", url).split("/")[0].split(":")[0]
        return self.words.home_domains.get(host.rsplit(".", 1)[-1])

    def own_outlet(self, url: str | None, drafts: list[Draft]) -> None:
        """An article naming its own outlet ("LTO" on lto.de): a medium of the site's
        country."""
        if not url:
            return
        host = re.sub(r"^[a-z]+://", "", url).split("/")[0].split(":")[0].removeprefix("www.")
        label = host.rsplit(".", 2)[-2] if host.count(".") >= 1 else ""
        for draft in drafts:
            if (
                draft.entity
                and draft.entity[0] == "new_org"
                and label
                and draft.entity[1].casefold() == label.casefold()
            ):
                draft.sector = draft.sector or "MED"
                draft.country = draft.country or self.home(url)

    def home_organisations(self, drafts: list[Draft]) -> None:
        """A company, union, association or medium the KB lacks, named in a text about
        one country, is that country's ("Der Gesamtverband der Versicherer" in a story
        on Bavaria). International and armed groups keep no country."""
        for draft in drafts:
            if (
                draft.entity
                and draft.entity[0] == "new_org"
                and draft.country is None
                and draft.sector in STATE_SECTORS
                and self.story.dateline
            ):
                # "SEOUL - … the Joint Chiefs of Staff said": a state body the KB lacks
                # is the dateline country's.
                draft.country = self.story.dateline
            elif self._dateline_party(draft, drafts):
                draft.country = self.story.dateline
            elif self.story.dominant is None:
                continue
            elif (
                draft.entity
                and draft.entity[0] == "new_org"
                and draft.country is None
                and draft.sector in DOMESTIC_SECTORS
            ):
                draft.country = self.story.dominant
            elif (
                draft.entity
                and draft.entity[0] == "new_person"
                and draft.country is None
                and ("title" in draft.extra or "described" in draft.extra)
                and draft.sector in STATE_SECTORS | POLITICAL_SECTORS
            ):
                # "Police spokeswoman Resila Onyango", "Opposition leader …", "…, the
                # opposition leader," in a story on Kenya: the state servant or
                # politician is the story's country's, and so are his descriptions.
                draft.country = self.story.dominant
                for other in drafts:
                    if other.entity == draft.entity and other.country is None:
                        other.country = self.story.dominant
            elif (
                draft.entity
                and draft.entity[0] == "new_person"
                and draft.country is None
                and draft.sector is None
                and draft.org is None
            ):
                # "Bryan Kohberger, 28, is accused of …" in a story about one country: a
                # private person the text gives no other tie is that country's (PLOVER
                # codes individuals by their country).
                draft.country = self.story.dominant
                for other in drafts:
                    if other.entity == draft.entity and other.country is None:
                        other.country = self.story.dominant

    def _dateline_party(self, draft: Draft, drafts: list[Draft]) -> bool:
        """ "BELMOPAN (AP) - Belize protested to Guatemala … the opposition United
        Democratic Party": a party the KB lacks, in a story between two countries (none
        dominant), is the dateline country's, as its state bodies are; not when its
        sentence names another country ("In Uganda, the Free Homeland Party said")."""
        if not (
            draft.entity
            and draft.entity[0] == "new_org"
            and draft.country is None
            and draft.sector in POLITICAL_SECTORS
            and self.story.dateline
            and self.story.dominant is None
        ):
            return False
        start = self.story.sentence_start(draft.start)
        end = self.story.sentence_end(draft.start)
        named = {
            country
            for other in drafts
            if other is not draft
            and start <= other.start < end
            and (country := self.story.draft_country(other))
        }
        return named <= {self.story.dateline}

    def scene_country(self, drafts: list[Draft]) -> str | None:
        """Where the story happens: the dateline's country, else the one country most of
        the places it names lie in ("in Warschau", "in Polen")."""
        if self.story.dateline:
            return self.story.dateline
        counts: dict[str, int] = {}
        for draft in drafts:
            # "die Antwort aus Bogotá" is the government speaking from its capital
            placed = draft.kind == "place" or draft.extra.get("origin")
            if placed and draft.country:
                counts[draft.country] = counts.get(draft.country, 0) + 1
        return _dominant(counts)

    def dominant_country(self, drafts: list[Draft]) -> str | None:
        # The dateline's place says where the story is, like a mention of the country.
        counts: dict[str, int] = {self.story.dateline: 1} if self.story.dateline else {}
        for draft in drafts:
            # Organisations say little about where a story is ("DW", "Reuters", "Nato"),
            # but a state body says whose state it is ("der Deutsche Wetterdienst").
            if draft.is_organisation() and draft.sector not in STATE_SECTORS:
                continue
            country = self.story.draft_country(draft)
            if country:
                counts[country] = counts.get(country, 0) + 1
        return _dominant(counts)


def _dominant(counts: dict[str, int]) -> str | None:
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    best = max(counts, key=counts.__getitem__)
    total = sum(ranked)
    runner_up = ranked[1] if len(ranked) > 1 else 0
    clear = ranked[0] >= 2 and ranked[0] / total >= DOMINANT_SHARE
    return best if clear and ranked[0] >= DOMINANT_LEAD * runner_up else None
