"""Person nouns that refer back: a definite title or age noun ("die Ex-Ministerin",
"der 62-Jährige", "der Sprecher"), a German demonym noun ("die Estin"), and a title
opening a text that names its holder only later."""

from __future__ import annotations

import re

from chronist.actors.antecedents import Antecedents, allowed
from chronist.actors.draft import Draft
from chronist.actors.kb import KnowledgeBase
from chronist.actors.roles import after_definite, definite_before, relational_stem
from chronist.actors.schema import ContextWords
from chronist.actors.story import PERSON_KEYS, Story, people
from chronist.actors.syntax import clause_subject_span

# The role of a minister of no named portfolio; a headline's bare "minister" is any
# cabinet member's title (roles.yaml `cabinet`).
GENERIC_MINISTER = "minister"


class DefiniteNouns:
    def __init__(
        self, kb: KnowledgeBase, words: ContextWords, story: Story, antecedents: Antecedents
    ) -> None:
        self.kb = kb
        self.words = words
        self.story = story
        self.antecedents = antecedents
        self.relational_roles = tuple(w.casefold() for w in words.relational_roles)
        self._definite_before = definite_before(words)

    def definite_people(self, text: str, analysis, drafts: list[Draft]) -> None:
        """ "Der frühere Vizekanzler", "die Ex-Ministerin", "der 62-Jährige": a definite
        singular person noun that names no office holder refers back to the person of
        its gender named in its sentence, else in the one before, else to the article's
        protagonist. Nothing when the candidates are several and none stands out, or
        when the noun's own country is not the person's."""
        if analysis is None:
            return
        self.story.genders = self.antecedents.known_genders(drafts)
        for draft in drafts:
            if not self.person_noun(draft) or draft.entity is not None:
                continue
            token = self._definite_singular(text, analysis, draft)
            if token is None:
                continue
            sentence = self.story.sentence_start(draft.start)
            previous = self.story.sentence_start(sentence - 1) if sentence else sentence
            gender = draft.extra.get("gender")
            if self.antecedents.unnamed_person_last(drafts, previous, draft.start, gender):
                continue  # "Ein Milchbauer … sagte der 54-Jährige": the unnamed farmer
            # "gratulierte sie der Ex-Ministerin": not the subject of its own clause.
            blocked = clause_subject_span(token)
            subjects = {
                d.entity
                for d in drafts
                if blocked[0] <= d.start < blocked[1] and d.entity and d.entity[0] in PERSON_KEYS
            }
            candidates = [d for d in drafts if d.entity not in subjects]
            candidates = self._organisation_people(text, drafts, draft, candidates)
            person = self.antecedents.person_before(candidates, draft)
            if person is None or not self._may_be(draft, person):
                continue
            country = self.story.draft_country(person)
            if (
                draft.country
                and country
                and self.kb.actor_country(draft.country) != self.kb.actor_country(country)
            ):
                continue
            draft.entity, draft.entity_type = person.entity, "PERSON"
            draft.country = draft.country or country
            draft.sector = draft.sector or person.sector

    def demonym_people(self, text: str, analysis, drafts: list[Draft]) -> None:
        """ "kündigte die Estin an", "sagte der Franzose": a definite singular demonym
        noun refers back like a title to the person of its gender named before, when
        that person is of the demonym's country (by mention or office held). Only
        forms that cannot be plural ("-in", "der Russe", not "die Russen"; context.yaml
        demonym_feminine_ending, demonym_plural_endings), in a language that has them."""
        feminine = self.words.demonym_feminine_ending
        if analysis is None or not feminine:
            return
        for draft in drafts:
            surface = text[draft.start : draft.end]
            if (
                draft.kind != "adjective"
                or not draft.entity
                or draft.entity[0] != "country"
                or " " in surface
                or not surface[:1].isupper()
            ):
                continue
            if self._definite_singular(text, analysis, draft) is None:
                continue
            country = draft.entity[1]
            if surface.endswith(tuple(self.words.demonym_plural_endings)) and not (
                surface.endswith(feminine)
            ):
                continue  # "die Russen", "den Franzosen": may be several people
            gender = "f" if surface.endswith(feminine) else "m"
            before = re.findall(r"\w+", text[max(0, draft.start - 30) : draft.start])[-2:]
            if gender == "m" and not set(before) & set(self.words.gendered_articles.get("m", ())):
                continue  # "die Ukrainer": the feminine article before "-er" is plural
            draft.extra.setdefault("gender", gender)
            person = self.antecedents.person_before(drafts, draft)
            if person is None or not (
                self.story.draft_country(person) == country
                or (
                    person.entity[0] == "person"
                    and (
                        self.kb.people[person.entity[1]].nationality == country
                        or any(
                            p.country == country
                            for p in self.kb.people[person.entity[1]].positions
                        )
                    )
                )
            ):
                continue
            draft.kind, draft.entity, draft.entity_type = "description", person.entity, "PERSON"
            draft.country, draft.sector = person.country, person.sector

    def titles_ahead(self, text: str, analysis, drafts: list[Draft]) -> None:
        """ "Der Bundesdrogenbeauftragte erklärt, warum er …" opening a text that has
        named no one yet: a definite singular title refers ahead to the text's
        protagonist (the person named most often, at least twice), when gender, country
        and sector fit; its pronouns then follow."""
        if analysis is None:
            return
        self.story.genders = self.antecedents.known_genders(drafts)
        counts: dict = {}
        for other in drafts:
            if other.kind == "name" and other.entity and other.entity[0] in PERSON_KEYS:
                counts[other.entity] = counts.get(other.entity, 0) + 1
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return
        entity = ranked[0][0]
        person = next(d for d in drafts if d.entity == entity and d.kind == "name")
        for draft in drafts:
            if draft.kind != "role" or draft.entity is not None or people(drafts, 0, draft.start):
                continue
            if (
                relational_stem(self.story.text, self.relational_roles, draft) is not None
                or self._definite_singular(text, analysis, draft) is None
            ):
                continue
            gender = draft.extra.get("gender") or ("m" if self.kb.lang == "de" else None)
            country = self.story.draft_country(person)
            if (
                self.antecedents.gender(person) not in allowed(gender)
                or (draft.country and country and draft.country != country)
                or (draft.sector and person.sector and draft.sector != person.sector)
                or not self._office_fits(draft, person, drafts)
                or not self._same_office(draft, person, drafts)
            ):
                continue
            draft.entity, draft.entity_type = entity, "PERSON"
            draft.country = draft.country or country

    def headline_titles(self, drafts: list[Draft]) -> None:
        """ "Water firm fined as minister vows action" over "The Environment Secretary,
        Emma Reynolds, said …": headlines drop the article, so a singular title in the
        headline that names no one refers ahead to the first person of the body who
        holds that office (any cabinet office for a bare "minister"), when the countries
        fit."""
        end = self.story.title_end
        for draft in drafts:
            if draft.start >= end:
                break
            if draft.kind != "role" or draft.entity or draft.former or draft.extra.get("plural"):
                continue
            holder = next((d for d in drafts if d.start >= end and self._holds(d, draft)), None)
            if holder is not None:
                draft.entity, draft.entity_type = holder.entity, "PERSON"
                draft.country = draft.country or self.story.draft_country(holder)

    def _holds(self, person: Draft, title: Draft) -> bool:
        """The person's own title is the headline title's office, in its country."""
        if not (person.entity and person.entity[0] in PERSON_KEYS and person.role):
            return False
        roles = self.kb.roles
        same = person.role == title.role or (
            title.role == GENERIC_MINISTER and roles[person.role].cabinet
        )
        country = self.story.draft_country(person)
        return same and not (title.country and country and title.country != country)

    def _organisation_people(
        self, text: str, drafts: list[Draft], draft: Draft, candidates: list[Draft]
    ) -> list[Draft]:
        """ "Die neue ICMPD-Chefin", "der Verdi-Vorsitzende": a title compound whose first
        part names an organisation of the text refers back only to a person named in a
        sentence that names that organisation too, not to whoever was named last."""
        head = draft.head or (draft.start, draft.end)
        glued = re.search(r"([\w.]+)-$", text[max(0, head[0] - 30) : head[0]])
        if glued is None:
            return candidates
        orgs = {
            d.entity
            for d in drafts
            if d.is_organisation() and text[d.start : d.end] == glued.group(1)
        }
        if not orgs:
            return candidates
        sentences = {
            self.story.sentence_start(d.start)
            for d in drafts
            if d.entity in orgs and d.end <= draft.start
        }
        people = {
            d.entity
            for d in drafts
            if d.entity
            and d.entity[0] in PERSON_KEYS
            and self.story.sentence_start(d.start) in sentences
        }
        return [
            d
            for d in candidates
            if not (d.entity and d.entity[0] in PERSON_KEYS) or d.entity in people
        ]

    def _office_fits(self, draft: Draft, person: Draft, drafts: list[Draft]) -> bool:
        """A local office ("der Landrat", "the mayor") names no one known only by
        offices of a state or Land ("Ministerpräsident Kretschmer"), nor the reverse;
        a person whose offices are unknown fits any."""
        if draft.role is None:
            return True
        offices = {d.role for d in drafts if d.entity == person.entity and d.role}
        if person.entity and person.entity[0] == "person":
            offices |= {p.role for p in self.kb.people[person.entity[1]].positions}
        roles = self.kb.roles
        local = roles[draft.role].local
        return not offices or any(roles[o].local == local for o in offices if o in roles)

    def _same_office(self, draft: Draft, person: Draft, drafts: list[Draft]) -> bool:
        """A title referring ahead names the protagonist only by an office they hold
        (any cabinet office for a bare "minister"): "den Botschafter des Nachbarlandes"
        opening a story whose protagonist is named as that country's prime minister is
        someone else. Only titles the text gives count (the KB may not know a new
        office: "Der Bundesdrogenbeauftragte erklärt …" before a name given without
        it); a person the text gives no title fits any."""
        if draft.role is None:
            return True
        offices = {d.role for d in drafts if d.entity == person.entity and d.role}
        roles = self.kb.roles
        return (
            not offices
            or draft.role in offices
            or (
                draft.role == GENERIC_MINISTER
                and any(roles[o].cabinet for o in offices if o in roles)
            )
        )

    def _may_be(self, draft: Draft, person: Draft) -> bool:
        """A relational role noun ("der Sprecher", "the spokesman", "an aide") names
        someone serving another person: it refers back only to a person once named
        with it ("Kremlsprecher Peskow … der Sprecher"); a local office only to a
        person of a local office."""
        if not self._office_fits(draft, person, self.story.drafts + [person]):
            return False
        stem = relational_stem(self.story.text, self.relational_roles, draft)
        if stem is None:
            return True
        return any(
            stem in self.story.text[other.start : other.end].casefold()
            for other in self.story.drafts + [person]
            if other.entity == person.entity and other.end <= draft.start
        )

    @staticmethod
    def person_noun(draft: Draft) -> bool:
        return draft.kind == "role" or (
            draft.kind == "description" and bool(draft.extra.get("age"))
        )

    def _definite_singular(self, text: str, analysis, draft: Draft):
        """The noun's head token when a definite article precedes the noun and the
        noun may be singular, else None."""
        head = draft.head or (draft.start, draft.end)
        if not after_definite(self._definite_before, text, draft):
            return None
        if draft.extra.get("plural"):
            return None  # "die Nachwuchspolitiker": several people
        span = analysis.char_span(head[0], head[1], alignment_mode="expand")
        if span is None:
            return None
        # An age noun whose article and ending give a gender is singular by form ("die
        # 29-Jährige"; the plural is "die 29-Jährigen"), whatever the tagger says.
        if span[-1].morph.get("Number") == ["Plur"] and not draft.extra.get("gender"):
            return None
        return span[-1]
