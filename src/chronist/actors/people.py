"""People by their names: a second person in a list ("… und Schahin Mustafajew"), a given
name before a KB surname ("Dennis Schröder"), patronymics ("Abdulaziz bin Salman"), short
forms and surname-only mentions of people named in full, and relatives ("Lady
Starmer")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from chronist.actors.draft import Draft
from chronist.actors.kb import KnowledgeBase
from chronist.actors.names import NameFinder
from chronist.actors.schema import ContextWords
from chronist.actors.story import PERSON_KEYS
from chronist.actors.syntax import token_before

# A list conjunction and two capitalised words closing a phrase ("… und Schahin
# Mustafajew.").
COORDINATED_NAME = re.compile(
    r" (\w+) ([A-ZÄÖÜ][\w-]+ [A-ZÄÖÜ][\w-]+)(?=[ \xa0]*(?:[.,;:!?)]|$|[a-zäöü]))"
)


class PersonNames:
    def __init__(self, kb: KnowledgeBase, words: ContextWords, names: NameFinder) -> None:
        self.kb = kb
        self.names = names
        self.connectors = words.word_set("list_connectors")
        self.family_first = words.word_set("family_name_first")
        self.family_names = words.word_set("family_names")
        self.patronymics = words.word_set("patronymics")
        self.honorifics_f = words.word_set("honorifics_f")
        self.honorifics_m = words.word_set("honorifics_m")
        self.article_prepositions = words.word_set("article_prepositions")

    def coordinated_people(self, text: str, analysis, drafts: list[Draft]) -> list[Draft]:
        """ "die Vizeregierungschefs Mher Grigorjan und Schahin Mustafajew": two
        capitalised words joined to a person's name by a list conjunction, the second a
        proper noun and neither a known name, are a second person (NER often stops at
        the first)."""
        if analysis is None:
            return []
        found: list[Draft] = []
        for draft in drafts:
            if not (draft.kind == "name" and draft.entity and draft.entity[0] in PERSON_KEYS):
                continue
            match = COORDINATED_NAME.match(text, draft.end)
            if match is None or match.group(1) not in self.connectors:
                continue
            start, end = match.span(2)
            if any(d.overlaps(start, end) for d in drafts + found) or any(
                self.kb.gazetteer.lookup(word) for word in match.group(2).split()
            ):
                continue
            span = analysis.char_span(start, end, alignment_mode="expand")
            if span is None or span[-1].pos_ != "PROPN":
                continue
            name = match.group(2)
            found.append(
                Draft(
                    start,
                    end,
                    "name",
                    entity=("new_person", name),
                    entity_type="PERSON",
                    head=(start, end),
                )
            )
        return found

    def unify_short_names(self, text: str, drafts: list[Draft]) -> None:
        """A one-word new name that is the surname of a person named in full is them;
        so is the given name of the one person named in full with it ("Sir Keir Starmer
        … Sir Keir")."""
        surnames: dict[str, Draft] = {}
        givens: dict[str, dict] = {}
        for draft in drafts:
            if draft.entity and draft.entity[0] in PERSON_KEYS:
                head = draft.head or (draft.start, draft.end)
                words = text[head[0] : head[1]].split()
                if len(words) >= 2:
                    surname = self._surname(draft, words)
                    surnames.setdefault(surname, draft)
                    if words[0] != surname:
                        givens.setdefault(words[0], {}).setdefault(draft.entity, draft)
        for draft in drafts:
            if draft.entity and draft.entity[0] == "new_person" and " " not in draft.entity[1]:
                given = givens.get(draft.entity[1], {})
                full = (
                    surnames.get(draft.entity[1])
                    or surnames.get(draft.entity[1][:-1])
                    or (next(iter(given.values())) if len(given) == 1 else None)
                )
                if full is not None and full is not draft:
                    draft.entity, draft.role = full.entity, draft.role or full.role
                    draft.country = draft.country or full.country
                    draft.sector = draft.sector or full.sector

    def other_bearers(self, text: str, analysis, drafts: list[Draft]) -> None:
        """ "Dennis Schröder", "Franz Wagner": a one-word KB name (a surname alias of a
        known person, or an organisation like "Wagner") right after a given name that is
        not that person's is a different person the KB lacks."""
        if analysis is None:
            return
        for draft in drafts:
            if (
                draft.kind != "name"
                or not draft.entity
                or draft.entity[0] not in ("person", "org")
                or " " in text[draft.start : draft.end]
            ):
                continue
            first = token_before(analysis, draft.start)
            if first is None or not self._given_name(first) or self._own_name(draft, first.text):
                continue
            name = f"{first.text} {text[draft.start : draft.end]}"
            draft.start, draft.entity, draft.entity_type = first.idx, ("new_person", name), "PERSON"
            draft.country = draft.sector = None

    def _given_name(self, token) -> bool:
        proper = token.pos_ == "PROPN" or token.tag_ in ("NE", "NNP")
        tagged = proper and token.ent_type_ in ("PER", "PERSON")
        return token.text[:1].isupper() and (token.text in self.names.first_names or tagged)

    def _own_name(self, draft: Draft, given: str) -> bool:
        if draft.entity[0] != "person":
            return False
        person = self.kb.people[draft.entity[1]]
        return any(
            given in alias.split()
            for alias in [person.name, *person.aliases.de, *person.aliases.en]
        )

    def surnames(
        self, text: str, drafts: list[Draft], analysis: Doc | None = None
    ) -> list[Draft]:
        """Surname-only mentions ("Kowalczyk", "Kowalczyks") of people named in full."""
        taken = [(d.start, d.end) for d in drafts]
        found: list[Draft] = []
        bearers = self._bearers(text, drafts)
        for surname, same in bearers.items():
            pattern = re.compile(rf"(?<!\w){re.escape(surname)}(?:s|')?(?!\w)")
            for match in pattern.finditer(text):
                span = (match.start(), match.end())
                # Two people of one surname ("Kim Yo Jong", "Kim Jong Un"): the bare
                # surname is the one named last before it, an office holder the KB
                # knows before someone it lacks.
                before = [d for d in same if d.start < span[0]] or same[:1]
                known = [d for d in before if d.entity[0] == "person"]
                draft = (known or before)[-1]
                if surname in self.names.not_names and _common_word_use(text, *span):
                    continue  # "in May", "May 3" after Theresa May: the month
                if self._common_noun_use(analysis, *span):
                    continue  # "im kommenden Sommer" after Katrin Sommer: the season
                if self._other_gender(text, span[0], draft):
                    continue  # "Lady Starmer" after Keir Starmer: his wife
                # A surname that is also an organisation's name ("Anne Spiegel" …
                # "Spiegel sagte") is the person in a text that names them.
                # "Ex-Ministerin Raab": a titled surname is the same case.
                clash = [
                    d
                    for d in drafts
                    if span in ((d.start, d.end), d.head)
                    and d.entity
                    and (d.entity[0] == "org" or self._other_namesake(text, d, draft))
                ]
                for other in clash:
                    other.entity, other.country, other.sector = draft.entity, None, None
                    other.entity_type = "PERSON"
                if clash or any(s < span[1] and span[0] < e for s, e in taken):
                    continue
                taken.append(span)
                found.append(
                    Draft(
                        span[0],
                        span[1],
                        "name",
                        entity=draft.entity,
                        country=draft.country,
                        sector=draft.sector,
                        role=draft.role,
                        entity_type="PERSON",
                    )
                )
        return found

    def _common_noun_use(self, analysis: Doc | None, start: int, end: int) -> bool:
        """A surname that is also a common noun ("Sommer", "Richter") used as that noun:
        the parser makes it a noun (not a proper noun) with a determiner, an adjective or
        a preposition fused with an article of its own ("der Richter", "im kommenden
        Sommer")."""
        # the surname as a word of its own: "das Bach-Archiv" is another rule's case
        span = analysis.char_span(start, end) if analysis else None
        if span is None or len(span) != 1 or span[0].pos_ != "NOUN":
            return False
        return any(
            child.pos_ in ("DET", "ADJ") or child.text in self.article_prepositions
            for child in span[0].children
            if child.i < span[0].i
        )

    def _bearers(self, text: str, drafts: list[Draft]) -> dict[str, list[Draft]]:
        """The people named in full by each surname (or short form) they may be called by."""
        bearers: dict[str, list[Draft]] = {}
        for draft in drafts:
            if not draft.entity or draft.entity[0] not in PERSON_KEYS:
                continue
            head = draft.head or (draft.start, draft.end)
            words = text[head[0] : head[1]].split()
            # One-word names only for people the KB lacks ("der Soldat Andrij"); the KB
            # lists its own short forms as aliases.
            too_short = len(words) < 2 and draft.entity[0] != "new_person"
            surname = self._surname(draft, words).rstrip(",.") if words else ""
            particle, _, rest = surname.partition("-")
            if particle in self.names.particles and rest[:1].isupper():
                # "Yahya al-Sinwar" … "Sinwar", "Al-Sinwar"
                for short in (rest, surname[:1].upper() + surname[1:]):
                    bearers.setdefault(short, []).append(draft)
                continue
            if too_short or not surname[:1].isupper():
                continue
            bearers.setdefault(surname, []).append(draft)
        return bearers

    def relatives(self, text: str, drafts: list[Draft]) -> None:
        """ "Lady Starmer", "Frau Merz": a KB man's surname after a feminine honorific
        (or a woman's after a masculine one) is a relative the KB lacks."""
        for draft in drafts:
            if (
                draft.entity
                and draft.entity[0] == "person"
                and self._other_gender(text, draft.start, draft)
            ):
                honorific = re.findall(r"\S+", text[max(0, draft.start - 10) : draft.start])[-1]
                draft.entity = ("new_person", f"{honorific} {text[draft.start : draft.end]}")
                draft.country = draft.sector = draft.role = None

    def _other_gender(self, text: str, start: int, draft: Draft) -> bool:
        """A gendered honorific before a surname that does not fit the gender of the
        person named in full ("Lady Starmer", "Frau Merz") names a relative."""
        before = re.findall(r"\S+", text[max(0, start - 10) : start])
        if not before:
            return False
        gender = (
            "f"
            if before[-1] in self.honorifics_f
            else "m"
            if before[-1] in self.honorifics_m
            else None
        )
        own = self.kb.people[draft.entity[1]].gender if draft.entity[0] == "person" else None
        return gender is not None and own is not None and own != gender

    def _surname(self, draft: Draft, words: list[str]) -> str:
        """The word a person is later called by: the last one, or the first for a
        family name first ("Lee Jae-myung" -> "Lee", "Kim Jong Un" -> "Kim") and the
        given name of a patronymic name ("Abdulaziz bin Salman" -> "Abdulaziz")."""
        if any(word in self.patronymics for word in words[1:]):
            return words[0]
        if len(words) < 2 or words[0] not in self.family_names:
            return words[-1] if words else ""
        countries = {draft.country}
        if draft.entity and draft.entity[0] == "person":
            person = self.kb.people.get(draft.entity[1])
            countries |= {p.country for p in person.positions} if person else set()
        given = words[1:]
        if countries & self.family_first or len(given) == 2 or "-" in given[0]:
            return words[0]
        return words[-1]

    def patronymic_names(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """ "Prince Abdulaziz bin Salman": a name that opens with a patronymic particle
        right after a person's name continues it. The whole is one name: the person the
        KB knows by it, or a new person; never the given name's person plus the KB's
        "bin Salman" (his brother Mohammed)."""
        drafts = sorted(drafts, key=lambda d: (d.start, -d.end))
        out: list[Draft] = []
        for draft in drafts:
            prev = out[-1] if out else None
            words = text[draft.start : draft.end].split()
            if (
                prev is not None
                and prev.entity
                and prev.entity == draft.entity
                and prev.kind == draft.kind == "name"
                and text[prev.end : draft.start] == " "
            ):
                # "die Europäische Weltraumorganisation Esa": a name and its short
                # form side by side are one mention.
                prev.end = draft.end
                continue
            if (
                prev is None
                or not words
                or words[0] not in self.patronymics
                or text[prev.end : draft.start] != " "
                or not prev.entity
                or prev.entity[0] not in PERSON_KEYS
            ):
                out.append(draft)
                continue
            head = prev.head or (prev.start, prev.end)
            full = f"{text[head[0] : prev.end]} {text[draft.start : draft.end]}"
            if prev.entity != draft.entity:
                known = next(
                    (t.key for t in self.kb.gazetteer.lookup(full) if t.kind == "person"), None
                )
                prev.entity = ("person", known) if known else ("new_person", full)
                prev.entity_type = "PERSON"
                if known:
                    prev.country = prev.sector = None
            prev.end, prev.head = draft.end, (head[0], draft.end)
        return out

    def known_given_names(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """ "Opposition leader Edmundo González": a new name right before a KB person's
        short name that together open the KB person's full name (a Spanish name without
        its second surname, "Edmundo González Urrutia") is that person, one mention."""
        drafts = sorted(drafts, key=lambda d: (d.start, -d.end))
        out: list[Draft] = []
        for draft in drafts:
            prev = out[-1] if out else None
            if (
                prev is None
                or text[prev.end : draft.start] != " "
                or not prev.entity
                or prev.entity[0] != "new_person"
                or not draft.entity
                or draft.entity[0] != "person"
            ):
                out.append(draft)
                continue
            head = prev.head or (prev.start, prev.end)
            words = f"{text[head[0] : prev.end]} {text[draft.start : draft.end]}".split()
            person = self.kb.people.get(draft.entity[1])
            names = [person.name, *person.aliases.de, *person.aliases.en] if person else []
            if not any(name.split()[: len(words)] == words for name in names):
                out.append(draft)
                continue
            prev.entity, prev.entity_type = draft.entity, "PERSON"
            prev.country, prev.sector = draft.country, draft.sector or prev.sector
            prev.end, prev.head = draft.end, (head[0], draft.end)
        return out

    def _other_namesake(self, text: str, short: Draft, full: Draft) -> bool:
        """ "Susanne Raab" … "Raab sagte": a bare surname the KB gives to someone else
        (Dominic Raab) is the person the text names in full, unless the text also names
        the KB person in full."""
        if short.entity[0] != "person" or short.entity == full.entity:
            return False
        person = self.kb.people.get(short.entity[1])
        if person is None:
            return False
        names = [person.name, *person.aliases.de, *person.aliases.en]
        return not any(" " in name and name in text for name in names)


def _common_word_use(text: str, start: int, end: int) -> bool:
    """A surname that is also a month or weekday ("May") used as that word: after a
    lower-case word or a number ("in May", "on 3 May") or before a number ("May 3")."""
    before = re.findall(r"\w+", text[max(0, start - 20) : start])
    after = text[end : end + 3]
    return (
        bool(before)
        and (before[-1][:1].islower() or before[-1].isdigit())
        or bool(re.match(r"\s\d", after))
    )
