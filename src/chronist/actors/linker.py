"""The linker: every actor mention in a document, resolved to an entity where possible.

`Linker.link` runs the steps in order; each reads what the earlier ones found. Each
mechanism lives in a module of its own:

- `scan`, `compose`: knowledge-base forms in the text, nouns composed with their country
  (compose.py names the composer's own mechanisms);
- `names`, `people`, `titles`: people and organisations the KB lacks, their titles and
  appositions, surname-only mentions of people named in full;
- `organisations`: organisations' titles, countries, and who serves them;
- `roles`, `organs`: role nouns to office holders ("der russische Präsident" -> Putin),
  bare organ nouns to a country ("die Regierung" after "die polnische Regierung"),
  where `setting` says which country a bare noun's context gives;
- `domestic`: the country the story is about (dateline, outlet, places, actors);
- `groups`, `countries`: crowds, age nouns, members; "das Land", "the North";
  `ethnic`: groups of descent as residents ("ethnische Russen" in Kazakhstan);
- `references`, `definites`, `pronouns`, `antecedents`: references back to
  organisations ("der Konzern") and people ("die Ex-Ministerin", "er"); `deals`: a
  party to a deal by its part ("der Käufer");
- `seats`: organisations named by their seat ("a Belgrade-based rights group");
  `close_appositions`: names after a state organ noun ("die Seebehörde MMEA");
- `filters`: mentions that are no actor; `entities`: the output entities.
"""

from __future__ import annotations

from chronist.actors.acronyms import AcronymLinker
from chronist.actors.antecedents import Antecedents
from chronist.actors.close_appositions import merge_close_appositions
from chronist.actors.compose import Composer
from chronist.actors.countries import CountryWords
from chronist.actors.deals import DealParties
from chronist.actors.definites import DefiniteNouns
from chronist.actors.domestic import Domestic
from chronist.actors.draft import Draft
from chronist.actors.entities import EntityBuilder
from chronist.actors.ethnic import EthnicGroups
from chronist.actors.filters import NonActors, drop_overlaps
from chronist.actors.groups import Groups
from chronist.actors.kb import KnowledgeBase
from chronist.actors.mention import ActorMention
from chronist.actors.names import NameFinder
from chronist.actors.organisations import Organisations
from chronist.actors.organs import Organs
from chronist.actors.people import PersonNames
from chronist.actors.pronouns import Pronouns
from chronist.actors.references import OrgReferences
from chronist.actors.roles import Roles
from chronist.actors.scan import scan
from chronist.actors.schema import ContextWords
from chronist.actors.seats import Seats
from chronist.actors.setting import Setting
from chronist.actors.story import Story, document_day
from chronist.actors.titles import Titles
from chronist.document import Document, Entity


class Linker:
    def __init__(self, kb: KnowledgeBase, words: ContextWords) -> None:
        self.kb = kb
        self.story = story = Story(kb)
        self.composer = Composer(kb, words)
        self.names = NameFinder(kb, words)
        self.people = PersonNames(kb, words, self.names)
        self.titles = Titles(kb, words, story)
        self.org_references = OrgReferences(kb, words)
        self.deal_parties = DealParties(words)
        self.organisations = Organisations(kb, words, story, self.titles, self.org_references)
        self.acronyms = AcronymLinker(
            self.organisations.org_by_name, self.names.org_sector, words.list_connectors
        )
        self.antecedents = Antecedents(kb, words, story)
        self.setting = Setting(kb, words, story, self.antecedents)
        self.organs = Organs(kb, words, story, self.setting)
        self.roles = Roles(kb, words, story, self.setting, self.organs)
        self.domestic = Domestic(words, story)
        self.groups = Groups(kb, words, story)
        self.countries = CountryWords(kb, words, story, self.setting)
        self.ethnic = EthnicGroups(words, story)
        self.definites = DefiniteNouns(kb, words, story, self.antecedents)
        self.pronouns = Pronouns(kb, words, story, self.antecedents)
        self.non_actors = NonActors(kb, words, story)
        self.seats = Seats(kb, words)

    def link(self, doc: Document) -> tuple[list[Entity], list[ActorMention]]:
        text, day = doc.text, document_day(doc.published)
        self.story.begin(doc, day)
        drafts = self._names(doc)
        drafts = self._resolve(text, drafts)
        drafts = self._refer_back(text, doc.analysis, drafts)
        return EntityBuilder(self.kb, day).build(text, drafts)

    def _names(self, doc: Document) -> list[Draft]:
        """Names, nouns with their country, titles and appositions."""
        text, analysis, story = doc.text, doc.analysis, self.story
        hits = scan(text, self.kb.gazetteer, compounds=self.kb.lang == "de")
        drafts = self.composer.compose(text, hits, story.day, self.domestic.home(doc.url), analysis)
        self.people.other_bearers(text, analysis, drafts)
        drafts = self.titles.merge_titles(text, drafts)
        drafts = self.non_actors.skip_credits(text, doc, drafts)
        new, replaced = self.names.find(text, analysis, drafts, hits)
        drafts = [d for d in drafts if not any(d is r for r in replaced)]
        datelines = self.composer.datelines  # found by compose() above
        story.dateline = self.composer.dateline  # read by compose() above
        new = [d for d in new if not datelines.names_place(d.start, d.end)]
        drafts = _absorb(drafts, self.non_actors.skip_credits(text, doc, new))
        self.organisations.share_new(drafts)
        self.organisations.quoted_names(text, drafts)
        drafts = self.organisations.merge_titles(text, drafts)
        drafts += self.people.coordinated_people(text, analysis, drafts)
        drafts = self.titles.merge_titles(
            text, self.people.known_given_names(text, self.people.patronymic_names(text, drafts))
        )
        self.titles.role_appositions(text, drafts)
        self.titles.titles_over_places(text, drafts)
        self.domestic.own_outlet(doc.url, drafts)
        self.titles.titled_holders(text, drafts, story.day)
        self.titles.appositions(text, drafts)
        self.titles.party_in_brackets(text, drafts)
        self.people.unify_short_names(text, drafts)
        self.people.relatives(text, drafts)
        drafts = self.organs.organ_names(text, drafts)
        drafts = self.acronyms.link(text, drafts)
        drafts = self.organisations.possessor_countries(text, drafts)
        drafts += self.people.surnames(text, drafts, analysis)
        drafts += self.countries.compass(text, drafts)
        self.countries.namesake_places(text, drafts)
        self.countries.origin_lists(text, drafts)
        drafts += self.seats.find(text, drafts)
        return self.non_actors.channels(text, self.non_actors.vessels(text, drafts))

    def _resolve(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """Organisation references, then each noun's organisation, country and holder."""
        story = self.story
        drafts.sort(key=lambda d: (d.start, -d.end))
        drafts = [d for d in drop_overlaps(drafts) if not self.non_actors.case_party(d)]
        for draft in drafts:
            # "Danone shares closed lower. The company …": no actor itself, but still
            # what a later back-reference refers to; dropped at the end.
            draft.extra["thing_modifier"] = self.non_actors.modifies_thing(draft)
        drafts += self.org_references.find(text, drafts, story.analysis)
        drafts += self.deal_parties.find(text, drafts, story.analysis)
        drafts.sort(key=lambda d: (d.start, -d.end))
        drafts = self.groups.crews(drafts)
        story.drafts = drafts
        self.roles.compound_sectors(text, drafts)
        self.roles.media_people(text, drafts)
        self.organisations.complements(text, drafts)
        self.organisations.described_people(text, drafts)
        self.organisations.possessors(text, drafts)
        story.scene = self.domestic.scene_country(drafts)
        self.roles.ambiguous(drafts)
        story.dominant = self.domestic.dominant_country(drafts)
        self.roles.resolve(drafts)
        merge_close_appositions(text, drafts)
        self.organisations.late_complements()
        self.roles.relational_groups(drafts)
        self.domestic.home_organisations(drafts)
        self.organisations.speakers(text, drafts)
        self.groups.accused(drafts)
        self.groups.members(drafts)
        drafts += self.groups.crowds(text, story.analysis, drafts)
        drafts += self.groups.age_nouns(text, drafts)
        self.ethnic.residents(text, drafts)
        drafts += self.countries.references(text, drafts)
        self.countries.local_governments(text, drafts)
        return drafts

    def _refer_back(self, text: str, analysis, drafts: list[Draft]) -> list[Draft]:
        """Person nouns and pronouns that take up a person named before."""
        # Person nouns with no link yet wait for the pronouns: "gratulierte sie der
        # Ex-Ministerin" needs "sie" resolved to know who the Ex-Ministerin is not.
        open_nouns = [
            d
            for d in drafts
            if not (d.entity or d.country or d.sector) and self.definites.person_noun(d)
        ]
        drafts = [d for d in drafts if d.entity or d.country or d.sector]
        self.definites.titles_ahead(text, analysis, drafts)
        self.definites.headline_titles(drafts)
        drafts += self.pronouns.find(text, analysis, drafts)
        drafts.sort(key=lambda d: (d.start, -d.end))
        self.definites.definite_people(
            text, analysis, sorted(drafts + open_nouns, key=lambda d: (d.start, -d.end))
        )
        drafts += [d for d in open_nouns if d.entity]
        self.definites.demonym_people(text, analysis, drafts)
        drafts.sort(key=lambda d: (d.start, -d.end))
        return [
            d
            for d in drafts
            if not d.extra.get("thing_modifier") and not self.non_actors.not_acting(d)
        ]


def _absorb(drafts: list[Draft], new: list[Draft]) -> list[Draft]:
    """Add new-name drafts; their title roles become part of them and their
    appositions descriptions of them."""
    titles = {id(d.extra["title"]) for d in new if "title" in d.extra}
    kept = [d for d in drafts if id(d) not in titles]
    for draft in new:
        apposition = draft.extra.get("apposition")
        if apposition is not None:
            apposition.kind = "description"
            apposition.entity = draft.entity
            apposition.country = apposition.country or draft.country
            apposition.sector = draft.sector
    return kept + new
