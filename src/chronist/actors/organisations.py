"""Organisations: a quoted name after a group noun ("die NGO „SOS Balkanroute“"), a
group noun as a name's title ("die Nachrichtenagentur Reuters"), a possessor country
("Ireland's Kerry Group"), and the people and groups that serve an organisation ("ein
Sprecher der Polizei", "the group's legal director", "ein Konzernsprecher")."""

from __future__ import annotations

import re

from chronist.actors.draft import STATE_SECTORS, Draft
from chronist.actors.kb import KnowledgeBase
from chronist.actors.references import OrgReferences
from chronist.actors.roles import relational_stem
from chronist.actors.schema import ContextWords
from chronist.actors.story import Story
from chronist.actors.syntax import SUBJECT_DEPS, lower_word_before
from chronist.actors.titles import Titles

# "the group's legal director": a possessive and at most two lower-case modifiers
ORG_POSSESSOR_GAP = re.compile(r"['’]s(?:\s+[a-z][\w-]*){0,2}\s+")
# A quoted name right after a noun: opening quote, a capitalised name of up to six
# words, closing quote ("NGO „SOS Balkanroute“", "group 'Last Stand'").
QUOTED_NAME = re.compile(r"[ \xa0]+[\"„“«»‚‘']([A-ZÄÖÜ][\w.&-]*(?: [\w.&-]+){0,5})[\"“”«»‘’']")
# Between a possessor country and its organisation: "Ireland's ", "Irlands " (the
# German genitive is part of the country's form).
POSSESSOR_GAP = re.compile(r"^(?:['’]s)?\s$")


class Organisations:
    def __init__(
        self,
        kb: KnowledgeBase,
        words: ContextWords,
        story: Story,
        titles: Titles,
        org_references: OrgReferences,
    ) -> None:
        self.kb = kb
        self.story = story
        self.titles = titles
        self.org_references = org_references
        self.relational_roles = tuple(w.casefold() for w in words.relational_roles)
        links = (
            "|".join(map(re.escape, sorted(words.organisation_links, key=len, reverse=True)))
            or "(?!)"
        )
        self._organisation_link = re.compile(rf"\s+(?:{links})\s+")
        links = (
            "|".join(map(re.escape, sorted(words.role_complement_links, key=len, reverse=True)))
            or "(?!)"
        )
        self._person_link = re.compile(rf"\s+(?:{links})\s+")
        self._late_links: list[tuple[Draft, Draft]] = []

    def org_by_name(self, surface: str) -> str | None:
        return next((t.key for t in self.kb.gazetteer.lookup(surface) if t.kind == "org"), None)

    def quoted_names(self, text: str, drafts: list[Draft]) -> None:
        """ "der österreichischen NGO „SOS Balkanroute“", "the campaign group 'Last
        Stand'": an organisation head noun right before a quoted capitalised name says
        what the name is; one mention, the name its head."""
        for draft in drafts:
            if (
                draft.kind != "organ"
                or not draft.organ
                or draft.entity
                and (draft.entity[0] != "organ")
            ):
                continue
            quoted = QUOTED_NAME.match(text, draft.end)
            if quoted is None or any(
                d is not draft and d.overlaps(*quoted.span(1)) and d.kind != "place" for d in drafts
            ):
                continue
            name = quoted.group(1)
            known = self.org_by_name(name)
            draft.head = quoted.span(1)
            draft.end, draft.kind, draft.organ = quoted.end(), "name", None
            if known is not None:
                draft.entity, draft.entity_type = ("org", known), None
                draft.country = self.kb.orgs[known].country
                draft.sector = self.kb.orgs[known].sector
            else:
                draft.entity, draft.entity_type = ("new_org", name), "ORG"

    def merge_titles(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """ "das Augsburger Rüstungsunternehmen Renk", "die Nachrichtenagentur Reuters",
        "die Terrormiliz Hamas": a group noun right before an organisation's name says
        what it is; one mention, the name its head. A state noun before a name is no
        title ("die Regierung Merz")."""
        drafts.sort(key=lambda d: d.start)
        out: list[Draft] = []
        for draft in drafts:
            prev = out[-1] if out else None
            if self.titles.party_title(text, prev, draft):
                # "der Demokrat Bernie Sanders", "die Grüne Anne Spiegel": the party
                # is the person's title, no mention of its own.
                draft.head = draft.head or (draft.start, draft.end)
                draft.start = prev.start
                draft.extra.setdefault("party", prev.entity)
                out[-1] = draft
                continue
            if (
                prev is not None
                and prev.kind == "organ"
                and draft.kind == "name"
                and draft.is_organisation()
                and prev.sector not in STATE_SECTORS
                and text[prev.end : draft.start] == " "
            ):
                draft.head = draft.head or (draft.start, draft.end)
                draft.start = prev.start
                draft.country = draft.country or prev.country
                draft.sector = draft.sector or prev.sector
                out[-1] = draft
                continue
            out.append(draft)
        return out

    @staticmethod
    def share_new(drafts: list[Draft]) -> None:
        """A new organisation is one actor wherever its name stands: the country and
        sector one mention's context gives ("der chinesische Industriekonzern Ningbo
        Tianrui") hold for its mentions before and after ("an Ningbo Tianrui gehen"),
        also where NER took the bare name for a person's."""
        known: dict[str, Draft] = {}
        for draft in drafts:
            if draft.entity and draft.entity[0] == "new_org" and (draft.country or draft.sector):
                known.setdefault(draft.entity[1], draft)
        for draft in drafts:
            source = (
                known.get(draft.entity[1])
                if draft.entity and (draft.entity[0] in ("new_org", "new_person"))
                else None
            )
            if source is None or source is draft:
                continue
            if draft.entity[0] == "new_person":
                if draft.country or draft.sector or draft.role:
                    continue  # a titled person of the same name
                # the name NER took for a person's where nothing said what it is
                draft.entity, draft.entity_type = source.entity, "ORG"
            draft.country = draft.country or source.country
            draft.sector = draft.sector or source.sector

    def possessor_countries(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """ "Ireland's Kerry Group", "Irlands Kerry Group": a country possessing an
        organisation the KB lacks is its country; one mention, like "Sweden's Civil
        Contingencies Agency"."""
        drafts.sort(key=lambda d: d.start)
        out: list[Draft] = []
        for draft in drafts:
            prev = out[-1] if out else None
            if (
                prev is not None
                and draft.kind == "name"
                and draft.entity
                and draft.entity[0] == "new_org"
                and draft.country is None
                and prev.entity
                and prev.entity[0] == "country"
                and prev.kind in ("name", "metonym")
                and POSSESSOR_GAP.match(text[prev.end : draft.start])
            ):
                draft.head = draft.head or (draft.start, draft.end)
                draft.start, draft.country = prev.start, prev.country
                out[-1] = draft
                continue
            out.append(draft)
        return out

    def complements(self, text: str, drafts: list[Draft]) -> None:
        """ "Soldaten der ruandischen Armee", "ein Sprecher der Polizei", "soldiers from
        the Rwandan army": a role or group noun with no country, entity or organisation
        of its own, followed by an organisation or organ after a link word (context.yaml
        organisation_links), belongs to it: its country; a spokesperson or a noun of no
        sector of its own ("Kämpfer der Hamas") takes its sector too."""
        self._late_links: list[tuple[Draft, Draft]] = []
        for draft, nxt in zip(drafts, drafts[1:], strict=False):
            if (
                not (draft.entity or draft.country or draft.org)
                and nxt.entity
                and nxt.entity[0] in ("person", "new_person")
                and self._person_link.fullmatch(text, draft.end, nxt.start)
            ):
                if draft.kind == "role" and relational_stem(
                    self.story.text, self.relational_roles, draft
                ):
                    # "ein Sprecher von Ministerin Katherina Reiche", "a spokesman for
                    # the president": whom the person serves, their country and sector
                    draft.country = self.story.draft_country(nxt) or draft.country
                    draft.sector = self.story.own_or_position(nxt, "sector") or draft.sector
                    continue
                if draft.kind == "organ" and (country := self.story.draft_country(nxt)):
                    # "die Regierung von Präsident X", "the army of President X": the
                    # leader's state; the organ keeps its own sector
                    self._link_country(draft, country)
                    continue
            if (
                draft.kind not in ("role", "organ")
                or draft.entity
                or draft.country
                or draft.org
                or not (nxt.is_organisation() or nxt.kind == "organ")
                or not self._organisation_link.fullmatch(text, draft.end, nxt.start)
            ):
                continue
            members = self.kb.organs[draft.organ].member_of if draft.organ else []
            if members and draft.sector is None and nxt.sector not in members:
                continue  # "die Anzahl der Mitgliedsstaaten der Organisation" (a think tank)
            if (
                draft.sector is None
                or relational_stem(self.story.text, self.relational_roles, draft) is not None
            ):
                draft.sector = nxt.sector or draft.sector
            country = self.organisation_country(nxt)
            if country:
                self._link_country(draft, country)
            else:
                self._late_links.append((draft, nxt))

    def described_people(self, text: str, drafts: list[Draft]) -> None:
        """ "Tomasz Nowak, ein Sprecher der polnischen Grenzwache", "Maria Santos, a
        spokeswoman for the Philippine coast guard": a new person of no country whose
        apposition serves an organisation or organ (the complement rule above) is of that
        body's country; a serving role or a role of no sector of its own gives the
        person the body's sector too ("head of the Australian Federal Police")."""
        for draft, nxt in zip(drafts, drafts[1:], strict=False):
            if not (
                draft.kind == "description"
                and draft.entity
                and draft.entity[0] == "new_person"
                and (nxt.is_organisation() or nxt.kind == "organ")
                and self._organisation_link.fullmatch(text, draft.end, nxt.start)
            ):
                continue
            country = self.organisation_country(nxt)
            if not country or draft.country not in (None, country):
                continue
            serving = relational_stem(self.story.text, self.relational_roles, draft)
            sector = self.organisation_sector(nxt) if serving or not draft.sector else None
            for person in drafts:
                if person.entity == draft.entity and person.country in (None, country):
                    person.country = country
                    person.sector = sector or person.sector

    def possessors(self, text: str, drafts: list[Draft]) -> None:
        """ "the group's legal director", "Amnesty's director", "the company's spokesman": a
        role noun of no sector of its own, or a serving one, after an organisation's
        possessive serves that organisation (its country and sector)."""
        for before, draft in zip(drafts, drafts[1:], strict=False):
            if (
                draft.kind != "role"
                or draft.sector
                and relational_stem(self.story.text, self.relational_roles, draft) is None
                or draft.country
                or draft.entity
                or not before.is_organisation()
                or not ORG_POSSESSOR_GAP.fullmatch(text, before.end, draft.start)
            ):
                continue
            self._serve_organisation(draft, before)

    def _serve_organisation(self, draft: Draft, org: Draft) -> None:
        """The draft serves the organisation `org` names: its country and sector."""
        draft.country = self.organisation_country(org)
        draft.sector = self.organisation_sector(org)

    def organisation_country(self, draft: Draft) -> str | None:
        """The country of the organisation or organ a mention names: the mention's own,
        else the knowledge base's."""
        known = self._known(draft)
        return draft.country or (known.country if known else None)

    def organisation_sector(self, draft: Draft) -> str | None:
        known = self._known(draft)
        return draft.sector or (known.sector if known else None)

    def _known(self, draft: Draft):
        """The knowledge base's organisation a mention names, if any."""
        if draft.entity and draft.entity[0] == "org":
            return self.kb.orgs.get(draft.entity[1])
        return None

    def late_complements(self) -> None:
        """Organs that took their country from the scene after the complements were
        read give it to the nouns linked to them ("Ein Sprecher des Staatssekretariats"
        in a Swiss story)."""
        for draft, nxt in self._late_links:
            if nxt.country and not (draft.country or draft.entity):
                self._link_country(draft, nxt.country)

    @staticmethod
    def _link_country(draft: Draft, country: str) -> None:
        draft.country = country
        if draft.kind == "organ" and draft.organ and draft.sector:
            draft.entity = ("organ", f"{country}:{draft.organ}")

    def speakers(self, text: str, drafts: list[Draft]) -> None:
        """ "ein VC-Sprecher", "ein Konzernsprecher": a relational role compound whose
        first part names an organisation (its name or acronym, or a reference noun such
        as "Konzern" for the organisation named before) serves that organisation."""
        for draft in drafts:
            if draft.kind != "role" or draft.entity or draft.country or draft.org:
                continue
            head = draft.head or (draft.start, draft.end)
            glued = re.search(r"[\w-]+-$", text[max(0, head[0] - 30) : head[0]])
            word = (glued.group(0) if glued else "") + text[head[0] : head[1]]
            stem = next(
                (
                    r
                    for r in self.relational_roles
                    if word.casefold().endswith(r) and len(word) > len(r) + 1
                ),
                None,
            )
            if stem is None:
                if not word.casefold().startswith(tuple(self.relational_roles)):
                    continue
                org = self._apart_speaker(text, draft, drafts)
                if org is None:
                    self._bare_speaker(draft)  # "ein Sprecher", "a spokesman"
                else:
                    self._serve_organisation(draft, org)
                continue
            prefix = word[: len(word) - len(stem)].rstrip("-")
            org = next(
                (
                    other
                    for other in reversed(drafts)
                    if other.end <= draft.start
                    and other.is_organisation()
                    and text[other.start : other.end] == prefix
                ),
                None,
            )
            if org is None:
                noun = next(
                    (
                        n
                        for n in (prefix, prefix.removesuffix("s"))
                        if n in self.org_references.sectors
                    ),
                    None,
                )
                org = noun and self.org_references.antecedent_of(
                    noun, text, drafts, draft.start, self.story.analysis
                )
            if org:
                self._serve_organisation(draft, org)

    def _apart_speaker(self, text: str, draft: Draft, drafts: list[Draft]) -> Draft | None:
        """ "a Boeing spokesman", "a company spokeswoman": English writes the compound
        apart. The organisation named right before the role noun, or the one a reference
        noun right before it ("company") refers back to, or None."""
        if draft.head and draft.head[0] != draft.start:
            return None
        org = next(
            (o for o in drafts if o.is_organisation() and o.end + 1 == draft.start),
            None,
        )
        if org is not None:
            return org if text[org.end] == " " else None
        before = lower_word_before(text, draft.start)
        if before is None or before[1] not in self.org_references.sectors:
            return None
        start, noun = before
        return self.org_references.antecedent_of(noun, text, drafts, start, self.story.analysis)

    def _bare_speaker(self, draft: Draft) -> None:
        """ "In Peking wies das Handelsministerium die Bedenken zurück. …, sagte ein
        Sprecher": a bare spokesperson of the state speaks for the state organ that is
        the subject of the sentence before, in the same paragraph."""
        if draft.sector not in STATE_SECTORS or self.story.analysis is None:
            return
        start = self.story.sentence_start(draft.start)
        if start == 0 or "\n" in self.story.text[max(0, start - 2) : start]:
            return
        before = self.story.sentence_start(start - 1)
        for token in (
            self.story.analysis.char_span(before, start - 1, alignment_mode="expand") or []
        ):
            if token.dep_ not in SUBJECT_DEPS:
                continue
            organ = next(
                (
                    d
                    for d in self.story.drafts
                    if d.kind == "organ"
                    and d.country
                    and d.sector in STATE_SECTORS
                    and d.start <= token.idx < d.end
                ),
                None,
            )
            if organ is not None:
                draft.country, draft.sector = organ.country, organ.sector
                return
