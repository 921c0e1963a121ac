"""People and organisations the knowledge base does not know.

A run of proper-noun tokens is a person when the text says so: NER labels it PER, it
starts with a common given name, a role noun stands before it as a title ("Litauens
Verteidigungsministerin Anna Kowalczyk"), an honorific does ("Frau Berg"), or an
apposition follows it ("Jonas Berg, Direktor des Instituts für Ostseestudien in Riga").
The title or apposition also gives the person's country and sector. Unknown people are
never dropped: they become entities with a `chronist:` id. English NER ORG spans that
the knowledge base lacks become organisations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from chronist.actors.compose import Draft
from chronist.actors.kb import KnowledgeBase
from chronist.actors.scan import Hit
from chronist.actors.schema import ContextWords

CLAUSE_END = re.compile(r"[.;:!?\n()\[\]\"„“”]")
PERSON_LABELS = frozenset({"PER", "PERSON"})
ORG_LABELS = frozenset({"ORG"})
MAX_NAME_TOKENS = 4
APPOSITION_GAP = re.compile(r"^\s*,\s*(?:(?:der|die|das|ein|eine|the|a|an)\s+)?$")


@dataclass(slots=True)
class NameRun:
    start: int
    end: int
    tokens: list  # spaCy tokens
    label: str | None  # NER label if any


class NameFinder:
    def __init__(self, kb: KnowledgeBase, words: ContextWords) -> None:
        self.kb = kb
        self.lang = kb.lang
        self.first_names = kb.first_names | frozenset(words.first_names)
        self.particles = frozenset(words.name_particles)
        self.honorifics = frozenset(w.rstrip(".") for w in words.honorifics)
        self.not_names = frozenset(words.not_names)
        self.org_heads = {
            (noun.casefold() if self.lang == "en" else noun): organ.sector
            for organ in kb.organs.values()
            if organ.kind == "head"
            for noun in organ.nouns.for_lang(self.lang)
        }

    # ----------------------------------------------------------- name runs

    def runs(self, analysis, covered: list[Draft]) -> Iterable[NameRun]:
        if analysis is None:
            return []
        taken = sorted((d.start, d.end) for d in covered)
        found: list[NameRun] = []
        current: list = []
        for token in analysis:
            if self._name_token(token, taken) or (
                current and token.text in self.particles and self._next_is_name(token, taken)
            ):
                if current and (token.sent.start != current[0].sent.start or "\n" in
                                analysis.text[current[-1].idx:token.idx]):
                    found.append(self._run(current))
                    current = []
                current.append(token)
                continue
            if current:
                found.append(self._run(current))
                current = []
        if current:
            found.append(self._run(current))
        return [run for run in found if run is not None]

    def _run(self, tokens: list) -> NameRun | None:
        while tokens and tokens[0].text in self.not_names:
            tokens = tokens[1:]
        while tokens and tokens[-1].text in self.particles:
            tokens = tokens[:-1]
        if not tokens or len(tokens) > MAX_NAME_TOKENS:
            return None
        labels = [t.ent_type_ for t in tokens if t.ent_type_]
        return NameRun(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), tokens,
                       labels[0] if labels else None)

    def _name_token(self, token, taken: list[tuple[int, int]]) -> bool:
        text = token.text
        if not text[:1].isupper() or not any(c.islower() for c in text) or len(text) < 2:
            return False
        if _covered(token.idx, token.idx + len(text), taken):
            return False
        proper = token.pos_ == "PROPN" or token.tag_ in ("NE", "NNP", "NNPS")
        return proper or token.ent_type_ in PERSON_LABELS or text in self.first_names

    def _next_is_name(self, token, taken) -> bool:
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return nxt is not None and (
            self._name_token(nxt, taken) or (nxt.text in self.particles and token.i + 2 <
                                             len(token.doc))
        )

    # ------------------------------------------------------------- decision

    def find(self, text: str, analysis, drafts: list[Draft], hits: list[Hit]) -> list[Draft]:
        """New person/organisation drafts; role drafts used as titles are merged in."""
        new: list[Draft] = []
        for run in self.runs(analysis, drafts):
            draft = self._decide(text, run, drafts, hits)
            if draft is not None:
                new.append(draft)
        return new

    def _decide(self, text: str, run: NameRun, drafts: list[Draft], hits: list[Hit]):
        name = text[run.start:run.end]
        title = _draft_before(text, run.start, drafts, kinds=("role",))
        honorific = self._honorific_before(text, run.start)
        apposition = _draft_after(text, run.end, drafts, kinds=("role",))
        first = run.tokens[0].text in self.first_names and len(run.tokens) >= 2
        if self.lang == "de" and len(run.tokens) == 1 and name.endswith("s") and title is None:
            return None  # a bare genitive ("Merkels") of a person met elsewhere
        is_person = (run.label in PERSON_LABELS or first or title is not None
                     or honorific or apposition is not None)
        if is_person:
            return self._person(text, run, name, title, apposition, drafts, hits)
        if run.label in ORG_LABELS and len(run.tokens) >= 1:
            return Draft(run.start, run.end, "name", entity=("new_org", name),
                         sector=self._org_sector(name), entity_type="ORG")
        return None

    def _person(self, text, run, name, title, apposition, drafts, hits) -> Draft:
        draft = Draft(run.start, run.end, "name", entity=("new_person", name),
                      entity_type="PERSON", head=(run.start, run.end))
        if title is not None:
            draft.start, draft.country, draft.sector = title.start, title.country, title.sector
            draft.role = title.role
            draft.extra["title"] = title
        if apposition is not None:
            country, sector = self._describe(text, apposition, drafts, hits)
            draft.country = draft.country or country or apposition.country
            draft.sector = draft.sector or sector or apposition.sector
            draft.role = draft.role or apposition.role
            draft.extra["apposition"] = apposition
        return draft

    def _describe(self, text: str, apposition: Draft, drafts: list[Draft], hits: list[Hit]):
        """Country and sector from the apposition clause ("…, Direktor des Instituts für
        Ostseestudien in Riga"): the organisation's head noun gives the sector, a
        country, capital or adjective in the clause the country."""
        match = CLAUSE_END.search(text, apposition.end)
        end = match.start() if match else len(text)
        country = sector = None
        for hit in hits:
            if apposition.end <= hit.start < end:
                surface = text[hit.start:hit.end]
                key = surface.casefold() if self.lang == "en" else surface
                sector = sector or self.org_heads.get(key) or self._head_sector(hit)
        for draft in drafts:
            if apposition.end <= draft.start < end and draft.country and country is None:
                country = draft.country
        return country, sector

    def _head_sector(self, hit: Hit) -> str | None:
        for target in hit.of_kind("organ"):
            organ = self.kb.organs[target.key]
            if organ.kind == "head":
                return organ.sector
        return None

    def _org_sector(self, name: str) -> str | None:
        words = name.split()
        for word in words:
            key = word.casefold() if self.lang == "en" else word
            if key in self.org_heads:
                return self.org_heads[key]
        return None

    def _honorific_before(self, text: str, start: int) -> bool:
        words = re.findall(r"\w+", text[max(0, start - 8):start])
        return bool(words) and words[-1] in self.honorifics and text[:start].endswith(
            (" ", ". "))


def _covered(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in taken)


def _draft_before(text: str, start: int, drafts: list[Draft], kinds) -> Draft | None:
    for draft in drafts:
        if draft.kind in kinds and draft.end <= start and text[draft.end:start].strip() == "":
            if "\n" not in text[draft.end:start] and draft.entity is None:
                return draft
    return None


def _draft_after(text: str, end: int, drafts: list[Draft], kinds) -> Draft | None:
    for draft in drafts:
        if draft.kind in kinds and draft.start >= end and APPOSITION_GAP.match(
            text[end:draft.start]
        ):
            return draft
    return None
