"""Role and organ nouns as mentions: a noun with the qualifier that says whose it is
("das russische Außenministerium", "US-Streitkräfte", "der Präsident des Iran"), a
country adjective coordinated with it ("Iranian and U.S. negotiators"), a company noun
after a country adjective ("ein chinesischer Staatskonzern"); unless the noun only
modifies another, says what someone is, or is part of a name or a title."""

from __future__ import annotations

import re

from chronist.actors.draft import STATE_SECTORS, Draft
from chronist.actors.kb import KnowledgeBase, Target
from chronist.actors.noun_uses import NounUses
from chronist.actors.passage import Passage
from chronist.actors.plurals import Plurals
from chronist.actors.predicates import Predicates
from chronist.actors.qualifiers import (
    Qualifier,
    Qualifiers,
    abbreviation_prefix,
    compound_modifier,
)
from chronist.actors.scan import Hit
from chronist.actors.schema import ContextWords

NOUN_PRIORITY = ("organ", "role")


class NounMentions:
    def __init__(
        self,
        kb: KnowledgeBase,
        words: ContextWords,
        passage: Passage,
        qualifiers: Qualifiers,
        predicates: Predicates,
        uses: NounUses,
        plurals: Plurals,
    ) -> None:
        self.kb = kb
        self.passage = passage
        self.qualifiers = qualifiers
        self.predicates = predicates
        self.uses = uses
        self.plurals = plurals
        self.connectors = words.word_set("list_connectors")
        self.former = words.word_set("former", fold=True)
        self.feminine = tuple(kb.morphology.feminine_endings)
        self.lang = kb.lang
        self.stateless_peoples = tuple(
            w.casefold() if kb.lang == "de" else w for w in words.stateless_peoples
        )
        self.adjective_endings = frozenset(kb.morphology.adjective_endings)
        # the crewed craft among the military's nouns (ships and aircraft, not soldiers)
        self.crewed_craft = words.word_set("crewed_craft", fold=True)

    def target(self, hit: Hit) -> Target | None:
        # A name reading wins over a noun reading ("Wagner" group vs a role noun).
        if hit.of_kind("person", "org", "country", "place"):
            return None
        for kind in NOUN_PRIORITY:
            for target in self._home_first(hit.of_kind(kind), self.passage.home):
                if kind == "organ" and self.kb.organs[target.key].kind == "head":
                    continue
                return target
        return None

    def national_company(self, text: str, hits: list[Hit], k: int) -> Target | None:
        """ "eines chinesischen Staatskonzerns", "Chinesischer Konzern will …": a company
        head noun right after a country adjective, with no name after it, is a company
        of that country (with a name, "der chinesische Konzern Ningbo Tianrui", the name
        is the mention)."""
        hit = hits[k]
        head = next(
            (
                t
                for t in hit.of_kind("organ")
                if self.kb.organs[t.key].kind == "head" and self.kb.organs[t.key].sector == "BUS"
            ),
            None,
        )
        if (
            head is None
            or k == 0
            or text[hits[k - 1].end : hit.start] != " "
            or not any(t.kind == "country" and t.form == "adj" for t in hits[k - 1].targets)
        ):
            return None
        return None if self.passage.name_follows(hit) else head

    @staticmethod
    def _home_first(targets, country: str | None) -> list[Target]:
        """Of the readings of a noun that differ by domestic country ("Bundesrat": the
        Länder chamber in Germany and Austria, the government in Switzerland), the one
        of `country` first."""
        return sorted(targets, key=lambda t: bool(t.homes) and country not in t.homes)

    def mention(
        self, text: str, hits: list[Hit], k: int, noun: Target, consumed: set[int]
    ) -> Draft | None:
        hit = hits[k]
        modifier = (
            noun.kind == "organ" and noun.form == "noun" and self.qualifiers.modifier_use(hit)
        ) or (noun.kind == "role" and noun.form == "noun" and self.qualifiers.adjective_use(hit))
        if compound_modifier(text, hit) or modifier:
            return None  # "Armee-Trucks", "military targets": it modifies another noun
        if self._craft_of_named_force(text, hits, k, noun):
            return None  # "a U.S. Navy destroyer": the force's name is the one mention
        if noun.kind == "organ" and self.uses.thing_reading(text, hit, noun):
            return None  # "in sozialen Medien", "on social media": a channel, no actor
        qualifier, noun = self._qualify(text, hits, k, noun, consumed)
        if (
            self.lang == "en"
            and qualifier is not None
            and qualifier.postposed
            and noun.kind == "organ"
            and self.kb.organs[noun.key].kind == "adjective"
        ):
            # "the invasion of Ukraine", "strikes of Iran's nuclear sites": after an act
            # of force "of" names what it is done to; who does it stands before it
            # ("Russia's invasion", "Russian strikes")
            return None
        start, end = hit.start, hit.end
        left = hits[qualifier.hit_index].start if qualifier and not qualifier.postposed else start
        if self._says_what_someone_is(text, hit, noun, qualifier, left):
            return None
        if noun.kind == "role" and self.uses.postpositive(text, hit):
            # "the UN undersecretary general": the title is the longer one, not the
            # military rank; an organisation before it still says whose official it is.
            return self._longer_title(hits, qualifier, start, end)
        if (
            (noun.kind == "role" and self.kb.roles[noun.key].sector is None)
            or (noun.kind == "organ" and qualifier is not None and qualifier.country)
        ) and self.qualifiers.shared_genitive(text, hits, qualifier):
            # "Vertreter Armeniens und Aserbaidschans", "delegates of Armenia and
            # Azerbaijan": a noun of no sector of its own serving several countries adds
            # nothing to them; "die Regierungen Indonesiens und Malaysias", "the navies of
            # India and France" are several countries' organs, none the first one's
            # alone: the countries act.
            return None
        if qualifier is not None and not qualifier.postposed:
            # A postposed genitive ("der Präsident des Iran") stays a mention of its own.
            consumed.add(qualifier.hit_index)
            other = hits[qualifier.hit_index]
            start, end = min(start, other.start), max(end, other.end)
        draft = self._draft(noun, qualifier, start, end)
        if draft is None:
            return None
        draft.head = (hit.start, hit.end)
        if qualifier is None and noun.kind == "organ":
            start = self._people_organ(text, hit, noun, draft)
        if self.feminine and text[hit.start : hit.end].endswith(self.feminine):
            draft.extra["gender"] = "f"  # "Präsidentin": never resolved to a man
        plural = self.plurals.plural_role(text, hit, noun)
        former = self._is_former(text, start, hit.start)
        draft.former = former or plural
        if plural and not former:
            draft.extra["plural"] = True  # several people, no office holder to resolve
        return draft

    def _craft_of_named_force(self, text: str, hits: list[Hit], k: int, noun: Target) -> bool:
        """English "a U.S. Navy destroyer", "Royal Air Force warplanes": a crewed craft
        (organs.yaml military, lower case) right after the capitalised word of a force,
        which the names pass makes a named force ("U.S. Navy"): the craft acts for it
        and adds no mention of its own."""
        if self.lang != "en" or k == 0 or noun.kind != "organ" or noun.key != "military":
            return False
        hit, prev = hits[k], hits[k - 1]
        return (
            text[prev.end : hit.start] == " "
            and text[hit.start : hit.start + 1].islower()
            and text[prev.start : prev.start + 1].isupper()
            and any(t.kind == "organ" and t.key == "military" for t in prev.targets)
            and text[hit.start : hit.end].casefold() in self.crewed_craft
        )

    def _people_organ(self, text: str, hit: Hit, noun: Target, draft: Draft) -> int:
        """ "kurdische Kämpfer", "Kurdish fighters": after the adjective of a stateless
        people the noun names its `people_organ` (rebels, of where they fight); the
        mention takes the adjective in. Returns the draft's start."""
        organ = self.kb.organs[noun.key]
        before = re.search(r"([\w-]+) $", text[max(0, hit.start - 40) : hit.start])
        if organ.people_organ is None or before is None:
            return draft.start
        word = before.group(1).casefold() if self.lang == "de" else before.group(1)
        if not any(
            word == stem
            or (
                self.lang == "de"
                and word.startswith(stem)
                and word[len(stem) :] in self.adjective_endings
            )
            for stem in self.stateless_peoples
        ):
            return draft.start
        people = self.kb.organs[organ.people_organ]
        draft.organ, draft.sector, draft.entity_type = people.id, people.sector, people.type
        draft.start = hit.start - len(before.group(0))
        return draft.start

    def _qualify(
        self, text: str, hits: list[Hit], k: int, noun: Target, consumed: set[int]
    ) -> tuple[Qualifier | None, Target]:
        """The noun's qualifier, left of it, in its compound or right of it, and the
        reading of the noun that the qualifier's country picks."""
        hit = hits[k]
        qualifier = self.qualifiers.left(text, hits, k, consumed)
        if qualifier is None and hit.prefix_country:
            qualifier = Qualifier(k, country=hit.prefix_country, compound=True)
        if qualifier is None:
            # "die Polizei in Minsk" is Belarus's; "strikes in Pakistan" hit Pakistan;
            # "die Machthaber in Teheran" rule from there.
            located = (
                noun.kind == "organ"
                and self.kb.organs[noun.key].kind != "adjective"
                and (not self.kb.organs[noun.key].abroad)
            ) or (noun.kind == "role" and self.kb.roles[noun.key].seated)
            qualifier = self.qualifiers.right(text, hits, k, organ=located)
            if (
                noun.kind == "role"
                and self.kb.roles[noun.key].seated
                and qualifier is not None
                and qualifier.place
            ):
                qualifier = None  # "world leaders in Davos": rulers rule from a capital
        if (
            qualifier is not None
            and qualifier.compound
            and not self._state_noun(noun)
            and (not abbreviation_prefix(text, hits, qualifier, k))
        ):
            # "Russland-Experte", "Russlandkorrespondent": the country is the topic; a
            # short form works as an adjective ("US-Journalist" is an American one).
            qualifier = None
        if noun.homes and qualifier is not None and qualifier.country:
            # "der Schweizer Bundesrat" in a German story: the country word picks the
            # reading of its own country.
            noun = next(
                (t for t in self._home_first(hit.of_kind(noun.kind), qualifier.country) if t.homes),
                noun,
            )
        return qualifier, noun

    def _says_what_someone_is(
        self, text: str, hit: Hit, noun: Target, qualifier: Qualifier | None, left: int
    ) -> bool:
        """A predicate, a group a pronoun is said to be, or part of a name or a title
        (`left`: where the noun phrase with its qualifier opens)."""
        if noun.kind == "role" and (
            (
                self.predicates.before(text, min(left, hit.start))
                and not self.predicates.clause_subject(hit)
            )
            or self.predicates.after(text, hit.end)
            or self.predicates.copular(hit)
        ):
            return True  # "als Berater", "zum Präsidenten gewählt": says what someone is
        if (
            noun.kind == "organ"
            and qualifier is None
            and self.kb.organs[noun.key].type == "GROUP"
            and self.predicates.pronoun_is_group(hit)
        ):
            return True  # "Wir sind keine Extremisten", "they are not terrorists"
        if noun.kind == "role" and qualifier is None and self.uses.inside_name(text, hit):
            return True  # "the Military Advocate General's Corps": part of a name
        # "Blair's book On Leadership": the title of a work
        return noun.kind == "organ" and qualifier is None and self.uses.in_work_title(text, hit)

    def _draft(
        self, noun: Target, qualifier: Qualifier | None, start: int, end: int
    ) -> Draft | None:
        """The mention of an organ or role noun: whose it is (the home country for a
        domestic, federal or otherwise shared noun, else its own, else its qualifier's) and
        its sector."""
        home = noun.home or self.passage.home in noun.homes
        country = (self.passage.home if home else noun.country) or (
            qualifier.country if qualifier else None
        )
        if (home or noun.shared or noun.homes) and qualifier is not None and qualifier.country:
            # "die österreichische Bundesregierung", "der Schweizer Bundesrat": the
            # country word names whose federal organ it is, over the home default.
            country = qualifier.country
        org = noun.org or (qualifier.org if qualifier else None)
        if noun.kind == "organ":
            return self._organ_draft(noun, country, org, start, end)
        return self._role_draft(noun, qualifier, country, org, start, end)

    def _organ_draft(
        self, noun: Target, country: str | None, org: str | None, start: int, end: int
    ) -> Draft | None:
        organ = self.kb.organs[noun.key]
        if organ.kind == "adjective":
            if country is None:
                return None  # "Drohnen" alone is no actor
            return Draft(
                start,
                end,
                "adjective",
                country=country,
                sector=organ.sector,
                entity=("country", country),
                organ=organ.id,
            )
        draft = Draft(
            start,
            end,
            "organ",
            country=country,
            sector=organ.sector,
            organ=organ.id,
            entity_type=organ.type,
        )
        if org and not country:
            draft.entity = ("org", org)
            draft.sector = organ.sector or self.kb.orgs[org].sector
            draft.country = self.kb.orgs[org].country
        elif country:
            draft.entity = ("organ", f"{country}:{organ.id}")
        return draft

    def _role_draft(
        self,
        noun: Target,
        qualifier: Qualifier | None,
        country: str | None,
        org: str | None,
        start: int,
        end: int,
    ) -> Draft:
        role = self.kb.roles[noun.key]
        draft = Draft(
            start, end, "role", country=country, sector=role.sector, role=role.id, org=org
        )
        if qualifier is not None and qualifier.seat and role.sector in (None, "BUS"):
            draft.sector = "GOV"  # "der Chef des Kanzleramts": the seat's government
        if org and not country:
            # "EU-Außenminister", "Hamas-Führer": the organisation's sector; "Reuters
            # reporter": the role's own sector, and no country (a reporter of a British
            # agency need not be British).
            organisation = self.kb.orgs[org]
            if (
                role.sector in (None, "GOV")
                or organisation.sector == "PTY"
                or (organisation.type == "GROUP")
            ):
                # "CDU-Chef", "SPD-Vorsitzende": a party's officer acts for the party;
                # "M23-Kommandeure", "Hamas-Sprecher": an armed group's for the group.
                draft.sector = organisation.sector
                draft.country = organisation.country
        if qualifier and qualifier.person:
            draft.extra["of_person"] = qualifier.person
        if qualifier and qualifier.place:
            draft.extra["regional"] = True  # "der sächsische Ministerpräsident"
        return draft

    def coordinated(
        self, text: str, hits: list[Hit], consumed: set[int], draft: Draft, noun: Target
    ) -> list[Draft]:
        """ "Iranian and U.S. negotiators", "russische und ukrainische Soldaten": a country
        adjective coordinated with the one that qualifies the noun qualifies it too; a
        mention of its own with its own country."""
        head = draft.head or (draft.start, draft.end)
        if draft.country is None or draft.start >= head[0]:
            return []
        match = re.search(r"(\S+) $", text[max(0, draft.start - 12) : draft.start])
        if match is None or match.group(1) not in self.connectors:
            return []
        before = draft.start - len(match.group(0))
        for index, hit in enumerate(hits):
            if hit.end != before - 1 or index in consumed:
                continue
            qualifier = self.qualifiers.of_hit(hit, index, adjective=True)
            if qualifier is None or qualifier.country is None:
                return []
            made = self._draft(noun, qualifier, hit.start, hit.end)
            if made is None:
                return []
            consumed.add(index)
            made.head = (hit.start, hit.end)
            return [made]
        return []

    def _state_noun(self, noun: Target) -> bool:
        sector = (
            self.kb.organs[noun.key].sector
            if noun.kind == "organ"
            else self.kb.roles[noun.key].sector
        )
        return sector in STATE_SECTORS

    def _longer_title(
        self, hits: list[Hit], qualifier: Qualifier | None, start: int, end: int
    ) -> Draft | None:
        if qualifier is None or qualifier.org is None:
            return None
        org = self.kb.orgs[qualifier.org]
        return Draft(start, end, "description", country=org.country, sector=org.sector, org=org.id)

    def _is_former(self, text: str, start: int, head: int) -> bool:
        """ "der frühere Präsident", "Ireland's next president", "Ex-Kanzler"."""
        words = re.findall(r"[\w]+", text[max(0, start - 30) : start])[-2:]
        words += re.findall(r"[\w]+", text[start:head])
        if text[max(0, start - 3) : start].endswith("Ex-") or text[start : start + 3] == "Ex-":
            return True
        return any(w.casefold() in self.former for w in words)
