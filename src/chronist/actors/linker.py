"""The linker: every actor mention in a document, resolved to an entity where possible.

Steps, in order (each reads what the earlier ones found):
1. scan the text for knowledge-base forms; compose nouns with their country
   (`chronist.actors.compose`);
2. find people and organisations the KB lacks (`chronist.actors.names`) and merge
   titles ("Präsident Macron") into the name mention;
3. link surname-only mentions to the full name met elsewhere in the document;
4. resolve role descriptions to the office holder on the document's date ("der
   russische Präsident" -> Putin), bare role/organ nouns to the last qualified mention
   of the same kind ("die Regierung" after "die polnische Regierung"), counterparts
   ("seinem polnischen Amtskollegen") to the same office in another country;
5. resolve unambiguous pronouns; 6. build the output entities.
"""

from __future__ import annotations

import re
from datetime import date

from chronist.actors.compose import Composer, Draft
from chronist.actors.entities import EntityBuilder
from chronist.actors.kb import KnowledgeBase
from chronist.actors.mention import ActorMention
from chronist.actors.names import NameFinder
from chronist.actors.scan import scan
from chronist.actors.schema import ContextWords
from chronist.document import Document, Entity

PERSON_KEYS = ("person", "new_person")


class Linker:
    def __init__(self, kb: KnowledgeBase, words: ContextWords) -> None:
        self.kb = kb
        self.words = words
        self.composer = Composer(kb, words)
        self.names = NameFinder(kb, words)
        self.pronouns_m = frozenset(words.pronouns_m)
        self.pronouns_f = frozenset(words.pronouns_f)

    def link(self, doc: Document) -> tuple[list[Entity], list[ActorMention]]:
        text, day = doc.text, document_day(doc.published)
        hits = scan(text, self.kb.gazetteer)
        drafts = self.composer.compose(text, hits, day, self._home(doc.url))
        drafts = self._merge_titles(text, drafts)
        new = self.names.find(text, doc.analysis, drafts, hits)
        drafts = self._absorb(drafts, new)
        drafts += self._surnames(text, drafts)
        drafts.sort(key=lambda d: (d.start, -d.end))
        drafts = _drop_overlaps(drafts)
        self._resolve_roles(drafts, day)
        drafts += self._pronouns(text, doc.analysis, drafts)
        drafts.sort(key=lambda d: (d.start, -d.end))
        builder = EntityBuilder(self.kb, day)
        return builder.build(text, drafts)

    def _home(self, url: str | None) -> str | None:
        if not url:
            return None
        host = re.sub(r"^[a-z]+://", "", url).split("/")[0].split(":")[0]
        return self.words.home_domains.get(host.rsplit(".", 1)[-1])

    # ------------------------------------------------------------- titles

    def _merge_titles(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """A role noun right before a known person's name is their title."""
        out: list[Draft] = []
        for draft in drafts:
            prev = out[-1] if out else None
            if (
                prev is not None and prev.kind == "role" and draft.entity
                and draft.entity[0] == "person" and prev.entity is None
                and text[prev.end:draft.start].strip() == ""
                and "\n" not in text[prev.end:draft.start]
            ):
                draft.head = (draft.start, draft.end)
                draft.start, draft.role = prev.start, prev.role
                draft.extra["title"] = prev
                out[-1] = draft
                continue
            out.append(draft)
        return out

    def _absorb(self, drafts: list[Draft], new: list[Draft]) -> list[Draft]:
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

    # ------------------------------------------------------------ surnames

    def _surnames(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """Surname-only mentions ("Kowalczyk", "Kowalczyks") of people named in full."""
        taken = [(d.start, d.end) for d in drafts]
        found: list[Draft] = []
        seen: set[str] = set()
        for draft in drafts:
            if not draft.entity or draft.entity[0] not in PERSON_KEYS:
                continue
            head = draft.head or (draft.start, draft.end)
            words = text[head[0]:head[1]].split()
            if len(words) < 2 or words[-1] in seen or not words[-1][:1].isupper():
                continue
            surname = words[-1].rstrip(",.")
            seen.add(surname)
            pattern = re.compile(rf"(?<!\w){re.escape(surname)}(?:s|')?(?!\w)")
            for match in pattern.finditer(text):
                span = (match.start(), match.end())
                if any(s < span[1] and span[0] < e for s, e in taken):
                    continue
                taken.append(span)
                found.append(Draft(span[0], span[1], "name", entity=draft.entity,
                                   country=draft.country, sector=draft.sector,
                                   role=draft.role, entity_type="PERSON"))
        return found

    # -------------------------------------------------------------- roles

    def _resolve_roles(self, drafts: list[Draft], day: date | None) -> None:
        last_organ: dict[str, Draft] = {}
        last_role: dict[str, Draft] = {}
        last_office: Draft | None = None
        for draft in drafts:
            if draft.kind == "organ" and draft.organ:
                self._bare_organ(draft, last_organ)
            if draft.kind == "role" and draft.role:
                self._role(draft, last_role, last_office, day)
            if draft.role and draft.entity and self.kb.roles[draft.role].resolvable:
                last_office = draft

    def _bare_organ(self, draft: Draft, last: dict[str, Draft]) -> None:
        if draft.country is None and draft.entity is None and draft.organ in last:
            previous = last[draft.organ]
            draft.country, draft.entity = previous.country, previous.entity
        if draft.country:
            last[draft.organ] = draft

    def _role(self, draft: Draft, last: dict[str, Draft], office: Draft | None,
              day: date | None) -> None:
        role = self.kb.roles[draft.role]
        if draft.role == "counterpart" and office is not None and draft.country:
            role = self.kb.roles[office.role]
            draft.role = role.id
        where = draft.country or draft.org
        if where and role.resolvable and not draft.former:
            holder = self.kb.holder(role.id, self.kb.actor_country(where)
                                    if where in self.kb.countries else where, day)
            if holder is not None:
                draft.entity = ("person", holder.id)
                draft.entity_type = "PERSON"
        elif where is None and role.resolvable and draft.role in last and not draft.former:
            previous = last[draft.role]
            draft.country, draft.entity = previous.country, previous.entity
        if draft.entity or draft.country:
            last[draft.role] = draft

    # ------------------------------------------------------------ pronouns

    def _pronouns(self, text: str, analysis, drafts: list[Draft]) -> list[Draft]:
        """"he"/"er" when exactly one matching person precedes it in the sentence (or,
        if none does, in the previous sentence)."""
        if analysis is None or not (self.pronouns_m or self.pronouns_f):
            return []
        found: list[Draft] = []
        sents = list(analysis.sents)
        for index, sent in enumerate(sents):
            previous_start = sents[index - 1].start_char if index else sent.start_char
            for token in sent:
                gender = ("m" if token.text in self.pronouns_m else
                          "f" if token.text in self.pronouns_f else None)
                if gender is None:
                    continue
                person = self._antecedent(drafts, sent.start_char, token.idx, gender)
                if person is None and not self._people(drafts, sent.start_char, token.idx):
                    person = self._antecedent(drafts, previous_start, sent.start_char, gender)
                if person is not None:
                    found.append(Draft(token.idx, token.idx + len(token.text), "pronoun",
                                       entity=person.entity, country=person.country,
                                       sector=person.sector, entity_type="PERSON"))
        return found

    @staticmethod
    def _people(drafts: list[Draft], start: int, end: int) -> list[Draft]:
        return [d for d in drafts if d.entity and d.entity[0] in PERSON_KEYS
                and start <= d.start < end]

    def _antecedent(self, drafts: list[Draft], start: int, end: int, gender: str):
        people = self._people(drafts, start, end)
        matching = {d.entity: d for d in people if self._gender(d) in (gender, None)}
        return next(iter(matching.values())) if len(matching) == 1 else None

    def _gender(self, draft: Draft) -> str | None:
        if draft.entity and draft.entity[0] == "person":
            return self.kb.people[draft.entity[1]].gender
        return None


def document_day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        try:
            return date(int(published[:4]), 7, 1)
        except ValueError:
            return None


def _drop_overlaps(drafts: list[Draft]) -> list[Draft]:
    """Keep the earlier (then longer) of two overlapping drafts."""
    out: list[Draft] = []
    for draft in drafts:
        if out and draft.start < out[-1].end:
            continue
        out.append(draft)
    return out
