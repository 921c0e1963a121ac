"""Definite descriptions that refer back to an organisation named before.

"Die Organisation", "der Thinktank", "the group": a generic noun with a definite
singular article, no complement and no name of its own is the organisation of a fitting
sector named last before it ("das ICMPD … die Organisation"). Which nouns fit which
sectors is data (context.yaml `org_references`): a wrong link is worse than none for
event coding, so a noun links only to organisations of the kind it names.
"""

from __future__ import annotations

import re

from chronist.actors.draft import Draft
from chronist.actors.kb import KnowledgeBase
from chronist.actors.schema import ContextWords

# Mentions that make an organisation the text's topic, referred to from afar.
TOPIC = 3
# Dependencies of a word modifying the noun it precedes (UD and spaCy English labels).
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
APPOSITION = re.compile(r"^\s*,\s*\S+\s+(?:[a-zäöü][\w-]*\s+){0,2}$")


class OrgReferences:
    def __init__(self, kb: KnowledgeBase, words: ContextWords) -> None:
        self.kb = kb
        self._analysis = None
        self.sectors = dict(words.org_references)
        self.definite = words.word_set("definite")
        self.complements = words.word_set("complements")
        markers = "|".join(map(re.escape, words.example_markers))
        self._example = re.compile(rf"(?<![\w-])(?:{markers}) $") if markers else None
        nouns = sorted(self.sectors, key=len, reverse=True)
        self.pattern = (
            re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, nouns)) + r")(?![\w-])")
            if nouns
            else None
        )

    def find(self, text: str, drafts: list[Draft], analysis=None) -> list[Draft]:
        """New description drafts; bare organ drafts ("die Behörde") are relinked in
        place."""
        if self.pattern is None:
            return []
        self._analysis = analysis
        found: list[Draft] = []
        for match in self.pattern.finditer(text):
            start, end = match.span()
            taken = [d for d in drafts if d.overlaps(start, end)]
            bare = [
                d
                for d in taken
                if d.kind == "organ"
                and d.country is None
                and d.entity is None
                and (d.head or (d.start, d.end)) == (start, end)
            ]
            if (
                (taken and not bare)
                or not self._definite(text, start)
                or self._described(text, end)
            ):
                continue
            # "The group, which includes … . … the group would remain": a description
            # linked before carries its organisation on.
            org = self._antecedent(text, drafts + found, start, self.sectors[match.group(1)])
            if org is None:
                continue
            if bare:
                target = bare[0]
                target.kind, target.organ = "description", None
            else:
                target = Draft(start, end, "description")
                found.append(target)
            target.entity, target.entity_type = org.entity, org.entity_type or "ORG"
            target.country, target.sector = org.country, self._sector(org)
        return found

    def antecedent_of(
        self, noun: str, text: str, drafts: list[Draft], start: int, analysis=None
    ) -> Draft | None:
        """The organisation a reference noun standing at `start` would refer back to
        ("Konzern" in "ein Konzernsprecher": the company named before), or None."""
        sectors = self.sectors.get(noun)
        if sectors is None:
            return None
        self._analysis = analysis
        return self._antecedent(text, drafts, start, sectors)

    def _definite(self, text: str, start: int) -> bool:
        """A definite article right before the noun, or before at most two lower-case
        attributes ("die internationale Organisation", "the militant group")."""
        words = re.findall(r"[\w-]+", text[max(0, start - 60) : start])
        for word in reversed(words[-3:]):
            if word in self.definite:
                return text[:start].endswith(" ")
            if not word[:1].islower():
                return False
        return False

    def _described(self, text: str, end: int) -> bool:
        """The noun has its own complement or name after it: "die Organisation des
        Gipfels", "die NGO »SOS Balkanroute«", "die Partei Die Linke"."""
        after = text[end : end + 40]
        match = re.match(r" ([\w-]+)", after)
        if re.match(r"['’]s\b", after):
            return False  # "the group's second-largest producer": a possessive
        if after[:2].strip()[:1] in ('"', "„", "»", "«", "“", "'", "(", "‚"):
            return True
        if match is None:
            return False
        word = match.group(1)
        return word in self.complements or word[:1].isupper()

    def _antecedent(
        self, text: str, drafts: list[Draft], start: int, sectors: list[str]
    ) -> Draft | None:
        """The nearest organisation of a fitting sector named in this paragraph or the
        one before; further back only the text's topic, the fitting organisation named
        most often (at least TOPIC times, more than any other). A name modifying a noun
        ("the main UN agency") introduces no referent."""
        earlier = [
            d
            for d in drafts
            if d.end <= start
            and d.is_organisation()
            and (d.kind == "name" or d.kind == "description" and d.entity_type in ("ORG", "GROUP"))
            and self._sector(d) in sectors
            and not self._modifier(d)
            and not self._given_as_example(text, d)
        ]
        if not earlier:
            return None
        near = _paragraph_start(text, _paragraph_start(text, start) - 2)
        close = [d for d in earlier if d.start >= near]
        if close:
            last = max(close, key=lambda d: d.start)
            # "Fine Gael, the other party in …": an apposition describes, not refers.
            return None if APPOSITION.match(text[last.end : start]) else last
        counts: dict = {}
        for draft in earlier:
            counts[draft.entity] = counts.get(draft.entity, 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        if ranked[0] < TOPIC or (len(ranked) > 1 and ranked[1] == ranked[0]):
            return None
        best = max(counts, key=counts.__getitem__)
        return max((d for d in earlier if d.entity == best), key=lambda d: d.start)

    def _given_as_example(self, text: str, draft: Draft) -> bool:
        """ "Billigfliegern wie Ryanair": a name given as an example is no referent."""
        return (
            self._example is not None
            and self._example.search(text, max(0, draft.start - 12), draft.start) is not None
        )

    def _modifier(self, draft: Draft) -> bool:
        """ "the main UN agency", "UN agencies": a name modifying a referring noun after
        it introduces no referent of its own ("Danone shares", "OPEC+ countries" do)."""
        if self._analysis is None:
            return False
        span = self._analysis.char_span(draft.start, draft.end, alignment_mode="expand")
        if span is None:
            return False
        last = span[-1]
        return (
            last.dep_ in MODIFIER_DEPS
            and last.head.i > last.i
            and last.head.pos_ in ("NOUN", "PROPN")
            and self.pattern is not None
            and any(self.pattern.fullmatch(word) for word in (last.head.text, last.head.lemma_))
        )

    def _sector(self, draft: Draft) -> str | None:
        if draft.sector is None and draft.entity[0] == "org":
            return self.kb.orgs[draft.entity[1]].sector
        return draft.sector


def _paragraph_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, max(0, offset)) + 1
