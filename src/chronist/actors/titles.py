"""Titles and appositions: the role nouns around a person's name ("Präsident Macron",
"Micheál Martin, the leader of Fianna Fáil", "Der Landrat des Kreises Ahrweiler, Jürgen
Pföhler", "Hannes Berger (AfD)") are part of that person's mention or describe them."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from difflib import SequenceMatcher

from chronist.actors.draft import Draft
from chronist.actors.kb import KnowledgeBase
from chronist.actors.names import role_organ
from chronist.actors.schema import ContextWords
from chronist.actors.story import PERSON_KEYS, Story
from chronist.actors.syntax import alternation

SURNAME_SIMILARITY = 0.6
# Between a title and a name over places: no sentence or clause punctuation but the
# comma before the name ("Botschafter Kenias in Berlin, ").
PLACES_THEN_COMMA = re.compile(r"[^,.;:()\n\"„“”]{1,60},\s+")


class Titles:
    def __init__(self, kb: KnowledgeBase, words: ContextWords, story: Story) -> None:
        self.kb = kb
        self.story = story
        self.post_links = words.word_set("post_links")
        links = alternation(words.role_complement_links)
        # A title's complement, then a comma before the name ("Der Landrat des Kreises
        # Ahrweiler, Jürgen Pföhler").
        self._role_apposition = re.compile(rf"^(?:\s+(?:{links})\s+[^,.;:()\n]{{1,50}}?)?\s*,\s+$")
        # "Petar Petković, the head of …": a comma and an article before a role noun.
        articles = alternation(words.apposition_articles)
        self._apposition_article = re.compile(rf",\s+(?:{articles})\s+")
        # Between a name and its apposition (a comma, an article, up to two lower-case
        # words), or two coordinated role nouns in it (a join word, an article).
        title_articles = alternation(words.title_apposition_articles)
        joins = alternation(words.title_apposition_joins)
        self._apposition = re.compile(
            rf"^(?:\s*,\s*(?:(?:{title_articles})\s+)?"
            r"(?:[a-zäöü][\w-]*\s+){0,2}"
            rf"|\s+(?:{joins})\s+(?:(?:{articles})\s+)?)$"
        )

    def merge_titles(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """A role noun right before a known person's name is their title."""
        out: list[Draft] = []
        for draft in drafts:
            prev = out[-1] if out else None
            if (
                prev is not None
                and (prev.kind == "role" or role_organ(self.kb, text, prev))
                and draft.entity
                and draft.entity[0] in PERSON_KEYS
                and prev.entity is None
                and text[prev.end : draft.start].strip() == ""
                and "\n" not in text[prev.end : draft.start]
            ):
                draft.head = (draft.start, draft.end)
                draft.start, draft.role = prev.start, prev.role
                draft.extra["title"] = prev
                if draft.entity[0] == "new_person" and draft.country is None:
                    # "die ÖVP-Ministerin Susanne Raab" (a namesake of a KB person):
                    # a new person takes the country and sector of the title.
                    draft.country, draft.sector = prev.country, draft.sector or prev.sector
                out[-1] = draft
                continue
            out.append(draft)
        return out

    def party_title(self, text: str, prev: Draft | None, draft: Draft) -> bool:
        return (
            prev is not None
            and prev.kind == "name"
            and prev.entity is not None
            and prev.entity[0] == "org"
            and self.kb.orgs[prev.entity[1]].sector == "PTY"
            and draft.kind == "name"
            and draft.entity is not None
            and draft.entity[0] in PERSON_KEYS
            and text[prev.end : draft.start] == " "
        )

    def appositions(self, text: str, drafts: list[Draft]) -> None:
        """ "Micheál Martin, the leader of Fianna Fáil", "Bidzina Ivanishvili, Gründer und
        Vorsitzender der Partei": role nouns in apposition describe the person."""
        drafts.sort(key=lambda d: d.start)
        for index, person in enumerate(drafts):
            if self._person_by_apposition(text, person, drafts[index + 1 : index + 2]):
                # "Petar Petković, the head of …" where NER said ORG: a bare name of two
                # or three words with a person's role in apposition is that person
                person.entity = ("new_person", person.entity[1])
                person.entity_type, person.sector = "PERSON", None
            if not (person.entity and person.entity[0] in PERSON_KEYS and person.kind == "name"):
                continue
            end = person.end
            for role in drafts[index + 1 : index + 4]:
                gap = text[end : role.start]
                if (
                    role.kind not in ("role", "description")
                    or role.entity not in (None, person.entity)
                    or not self._apposition.match(gap)
                    or (end == person.end and not gap.lstrip().startswith(","))
                ):
                    # "Tusk und Polens Präsident": "und" continues only an apposition
                    # begun with a comma ("X, Gründer und Vorsitzender der Partei")
                    break
                role.kind, role.entity = "description", person.entity
                role.country = role.country or person.country
                role.sector = person.sector or role.sector
                person.extra.setdefault("described", role)
                end = role.end

    def titles_over_places(self, text: str, drafts: list[Draft]) -> None:
        """ "Der Botschafter Kenias in Berlin, David Mwangi", "Kenya's ambassador to
        Washington, Daniel Otieno": a title of a country, then only the names of places
        and countries (where the post is), a comma and a new person's name: the person
        holds the title and is of its country, not of the place."""
        drafts.sort(key=lambda d: d.start)
        for index, role in enumerate(drafts):
            if not (role.kind == "role" and role.entity is None and role.country):
                continue
            if role.extra.get("plural"):
                continue
            later = index + 1
            while later < len(drafts) and _place_or_country(drafts[later]):
                later += 1
            if later == index + 1 or later == len(drafts):
                continue
            person = drafts[later]
            if not (
                person.kind == "name"
                and person.entity
                and person.entity[0] == "new_person"
                and "title" not in person.extra
                and PLACES_THEN_COMMA.fullmatch(text, role.end, person.start)
                and self._post_words(text, role, drafts[index + 1 : later])
            ):
                continue
            role.kind, role.entity = "description", person.entity
            person.extra["title"] = role
            person.role = person.role or role.role
            person.country, person.sector = role.country, person.sector or role.sector

    def _post_words(self, text: str, role: Draft, places: list[Draft]) -> bool:
        """Only words placing a post (context.yaml post_links: "in", "to") stand
        between the title and the places ("reiste nach Berlin, Jan Roe" is no title)."""
        gap, end = [], role.end
        for place in places:
            gap.append(text[end : place.start])
            end = place.end
        words = re.findall(r"[\w-]+", " ".join(gap))
        return all(word in self.post_links for word in words)

    def _person_by_apposition(self, text: str, draft: Draft, after: list[Draft]) -> bool:
        words = text[draft.start : draft.end].split()
        return bool(
            after
            and draft.kind == "name"
            and draft.entity
            and draft.entity[0] == "new_org"
            and draft.sector is None
            and draft.country is None
            and 2 <= len(words) <= 3
            and all(w[:1].isupper() and w[1:].islower() for w in words)
            and after[0].kind == "role"
            and after[0].entity is None
            and self._apposition_article.fullmatch(text, draft.end, after[0].start)
        )

    def party_in_brackets(self, text: str, drafts: list[Draft]) -> None:
        """ "Hannes Berger (AfD) forderte …", "Senator Jane Roe (D)": a new person with a
        party in brackets after the name is its politician, of the party's country."""
        drafts.sort(key=lambda d: d.start)
        for person, party in zip(drafts, drafts[1:], strict=False):
            if not (
                person.entity
                and person.entity[0] == "new_person"
                and person.kind == "name"
                and not person.country
            ):
                continue
            if not (
                party.entity
                and party.entity[0] == "org"
                and re.fullmatch(r"[ \xa0]*\([ \xa0]*", text[person.end : party.start])
                and re.match(r"[ \xa0]*[),]", text[party.end : party.end + 3])
            ):
                continue
            organisation = self.kb.orgs[party.entity[1]]
            if organisation.sector == "PTY" and organisation.country:
                person.country = organisation.country
                person.sector = person.sector or "PTY"  # "Senator … (Republican)" stays LEG

    def titled_holders(self, text: str, drafts: list[Draft], day: date | None) -> None:
        """ "die georgische Präsidentin Salome Surabitschwili": a name the KB spells
        differently ("Zourabichvili") after the title of an office with one holder is
        that holder when the surnames are close (transliterations differ, people don't)."""
        for draft in drafts:
            title = draft.extra.get("title")
            if not (draft.entity and draft.entity[0] == "new_person" and title and title.role):
                continue
            role = self.kb.roles[title.role]
            where = title.country or title.org
            if not (role.resolvable and where) or title.former:
                continue
            holder = self.kb.holder(role.id, where, day)
            if holder is not None and _same_surname(draft.entity[1], holder):
                draft.entity = ("person", holder.id)

    def role_appositions(self, text: str, drafts: list[Draft]) -> None:
        """ "Der damalige Landrat des Kreises Ahrweiler, Jürgen Pföhler, …": a title
        with its genitive, a comma, then the person's name."""
        drafts.sort(key=lambda d: d.start)
        for index, role in enumerate(drafts[:-1]):
            person, served, owner = drafts[index + 1], None, None
            if (
                person.kind in ("name", "organ")
                and person.entity
                and person.entity[0] in ("org", "new_org", "person", "new_person", "organ")
                and index + 2 < len(drafts)
                and not self._role_apposition.match(text[role.end : person.start])
            ):
                # "Der Vorsitzende der nationalkonservativen PiS, Jarosław Kaczyński":
                # the genitive names an organisation of its own ("Die Sprecherin des
                # russischen Außenministeriums, Maria Sacharowa": a state organ); "der
                # Berater von US-Präsident Trump, Massad Boulos": the person he serves.
                served = person if person.entity[0] in PERSON_KEYS else None
                owner = person if served is None else None
                person = drafts[index + 2]
            if not (
                role.kind == "role"
                and role.entity is None
                # "Speaking to reporters, Sandu said": several people are no one's title
                and not role.extra.get("plural")
                and person.kind == "name"
                and person.entity
                and person.entity[0] in PERSON_KEYS
                and "title" not in person.extra
                and self._role_apposition.match(text[role.end : person.start])
            ):
                continue
            role.kind, role.entity = "description", person.entity
            person.extra["title"] = role
            person.role = person.role or role.role
            # "Der Vorsitzende der Jungen Union, Johannes Winkel": the title's
            # organisation gives its country.
            org = self.kb.orgs.get(role.org) if role.org else None
            person.country = (
                person.country
                or role.country
                or (self.story.draft_country(served) if served is not None else None)
                or (org.country if org is not None else None)
                or (owner.country if owner is not None else None)
            )
            person.sector = person.sector or role.sector
            role.country = role.country or person.country


def _place_or_country(draft: Draft) -> bool:
    """A place or a country named between a title and its holder ("in Berlin", "Kenias")."""
    return draft.kind == "place" or bool(draft.entity and draft.entity[0] == "country")


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def _same_surname(name: str, person) -> bool:
    surname = _fold(name.split()[-1])
    candidates = [person.name, *person.aliases.de, *person.aliases.en]
    return any(
        SequenceMatcher(None, surname, _fold(c.split()[-1])).ratio() >= SURNAME_SIMILARITY
        for c in candidates
        if c.split()
    )
