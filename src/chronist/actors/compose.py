"""From gazetteer hits to actor mentions: nouns get their country from their neighbours.

German and English attach a country to a state organ or role noun in a few fixed ways,
all read from the text between two hits (`qualifiers`):

- adjective:  "das russische Außenministerium", "die iranischen Behörden", "Israeli military"
- genitive:   "Russlands Armee", "Erdoğans Sprecher", "Russia's army"
- compound:   "US-Streitkräfte", "Hamas-Kämpfer", "EU-Außenminister"
- noun modifier (English): "US officials"
- postposed:  "die Armee Russlands", "der Präsident des Iran", "the president of France"
- fixed:      "Kremlchef", "Bundestag" carry their country

`Composer.compose` runs two passes over the hits. Nouns first (`nouns`): a role or organ
noun with its qualifier, unless it says what someone is (`predicates`), is part of a name
or a title (`noun_uses`), or names several people (`plurals`). Then names (`name_mentions`):
people, organisations, places and country words (`country_forms`: name, seat, capital,
demonym; `locatives`: "in Minsk" is a place), and names built around a known word
(`named_bodies`: "Kenya National Commission …", "Tehran Times"). `passage` holds the text's
parse, day, domestic country and datelines; `draft` the `Draft` every step passes on.
"""

from __future__ import annotations

from chronist.actors.country_forms import CountryForms, in_continent_name
from chronist.actors.draft import Draft
from chronist.actors.kb import KnowledgeBase
from chronist.actors.locatives import Locatives
from chronist.actors.name_mentions import NameMentions
from chronist.actors.named_bodies import NamedBodies
from chronist.actors.noun_uses import NounUses
from chronist.actors.nouns import NounMentions
from chronist.actors.passage import Passage
from chronist.actors.plurals import Plurals
from chronist.actors.predicates import Predicates
from chronist.actors.qualifiers import Qualifiers
from chronist.actors.scan import Hit
from chronist.actors.schema import ContextWords


class Composer:
    def __init__(self, kb: KnowledgeBase, words: ContextWords) -> None:
        self.kb = kb
        self.lang = kb.lang
        self.words = words
        self.continent_names = tuple(words.continent_names)
        self.passage = passage = Passage()
        # The country of the first dateline of the text composed last (the linker reads it).
        self.dateline: str | None = None
        locatives = Locatives(kb, words, passage)
        self.nouns = NounMentions(
            kb,
            words,
            passage,
            Qualifiers(kb, words, passage),
            Predicates(kb, words, passage),
            NounUses(kb, words, passage),
            Plurals(kb, words, passage),
        )
        self.names = NameMentions(
            kb,
            words,
            passage,
            locatives,
            CountryForms(kb, words, passage, locatives),
            NamedBodies(kb, words),
        )

    @property
    def datelines(self):
        """The datelines of the text composed last (the linker asks them too)."""
        return self.passage.datelines

    def compose(
        self, text: str, hits: list[Hit], day, home: str | None = None, analysis=None
    ) -> list[Draft]:
        self.passage.begin(text, day, analysis)
        # The domestic country whose "Bundes-" organs the story means: the outlet's
        # domain, else a dateline in one of the home countries ("BERN (sda) -").
        self.dateline = domestic = self.dateline_country()
        if domestic not in self.words.home_domains.values():
            domestic = None
        self.passage.home = home or domestic or self.words.home_default
        if self.lang == "en":
            hits = [h for h in hits if not _inside_lower_compound(text, h)]
        hits = [h for h in hits if not in_continent_name(text, h, self.continent_names)]
        consumed: set[int] = set()
        drafts: list[Draft] = []
        for k, hit in enumerate(hits):
            if k in consumed:
                continue
            noun = self.nouns.target(hit) or self.nouns.national_company(text, hits, k)
            if noun is not None:
                draft = self.nouns.mention(text, hits, k, noun, consumed)
                if draft:
                    drafts.append(draft)
                    consumed.add(k)
                    drafts += self.nouns.coordinated(text, hits, consumed, draft, noun)
        for k in range(len(hits)):
            if k in consumed:
                continue
            draft = self.names.mention(text, hits, k)
            if draft:
                drafts.append(draft)
        return sorted(drafts, key=lambda d: d.start)

    def dateline_country(self) -> str | None:
        """The country of the article's first dateline place ("SEOUL, March 10
        (Reuters) -", "MOSKAU (dpa) -"; of several, "LONDON/DUBAI", the first)."""
        place = self.passage.datelines.first_place()
        if place is None:
            return None
        place = place.split("/")[0].strip(" .")
        for surface in (place, place.title(), place.capitalize()):
            for target in self.kb.gazetteer.lookup(surface):
                if target.kind == "country":
                    return target.key
                if target.kind == "place" and target.country:
                    return target.country
        # "SPLIT, Croatia (AP) —": a town the KB lacks, its country written after it.
        region = self.passage.datelines.first_region()
        for target in self.kb.gazetteer.lookup(region) if region else ():
            if target.kind == "country":
                return target.key
        return None


def _inside_lower_compound(text: str, hit: Hit) -> bool:
    """English "center-right", "think-tank-style": a lower-case word joined by hyphens
    to another lower-case word is part of a modifier, never an actor noun by itself."""
    surface = text[hit.start : hit.end]
    if not surface[:1].islower() or "-" in surface:
        return False
    before = text[max(0, hit.start - 2) : hit.start]
    after = text[hit.end : hit.end + 2]
    return (len(after) == 2 and after[0] in "-‑" and after[1].islower()) or (
        len(before) == 2 and before[1] in "-‑" and before[0].islower()
    )
