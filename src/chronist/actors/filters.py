"""Mentions that are no actor: names in credit lines ("Reporting by …"), parties to a
court case ("Grants Pass v. Johnson"), names modifying a thing ("EU dairy imports"),
groups named in passing ("a serious blow for farmers")."""

from __future__ import annotations

import re

from chronist.actors.draft import Draft, parse_root
from chronist.actors.kb import KnowledgeBase
from chronist.actors.schema import ContextWords
from chronist.actors.story import Story
from chronist.actors.syntax import CONJUNCT_DEPS, SUBJECT_DEPS, alternation, governing_preposition
from chronist.document import Document


class NonActors:
    def __init__(self, kb: KnowledgeBase, words: ContextWords, story: Story) -> None:
        self.kb = kb
        self.story = story
        self.credit_cues = tuple(words.credit_cues)
        self.thing_heads = words.word_set("thing_heads")
        self.partitives = words.word_set("partitive_prepositions")
        self.quantity_nouns = words.word_set("quantity_nouns", fold=True)
        cases = "|".join(map(re.escape, words.case_citation_markers))
        self._case = re.compile(rf" (?:{cases}) [A-Z]") if cases else None
        self._case_before = re.compile(rf"[A-Z][\w.'-]* (?:{cases}) $") if cases else None
        self.channel_names = words.word_set("channel_names")
        channels = alternation(words.channel_prepositions)
        self._channel = re.compile(rf"(?<![\w-])(?:{channels}) $")
        vessels = alternation(words.vessel_words)
        self._vessel = re.compile(rf"(?<![\w-])(?:{vessels}) [„\"“'‚]?$")

    def vessels(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """ "USS Gerald R. Ford", "der Flugzeugträger Gerald R. Ford", "HMS Queen
        Elizabeth", "der Tanker „Eventin“": a name after a ship prefix or a ship noun
        (context.yaml vessel_words) names the ship, no person, organisation or Land."""
        return [
            d
            for d in drafts
            if not (
                d.kind in ("name", "place", "metonym")
                # "the ship Russia sent": a country is rarely a ship's name
                and not (d.entity and d.entity[0] == "country")
                and self._vessel.search(text, max(0, d.start - 40), d.start)
            )
        ]

    def channels(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """ "schrieb der Regierungschef auf Facebook", "she wrote on X.": a platform after a
        preposition of the channel (context.yaml channel_names, channel_prepositions) is
        where the message appears, no actor."""
        return [
            d
            for d in drafts
            if not (
                d.kind == "name"
                and text[d.start : d.end].rstrip(".") in self.channel_names
                and self._channel.search(text, max(0, d.start - 12), d.start)
            )
        ]

    def case_party(self, draft: Draft) -> bool:
        """ "the Supreme Court ruled in Grants Pass v. Johnson": a name joined to another by
        a citation marker (context.yaml case_citation_markers) names a court case."""
        if self._case is None or draft.kind != "name":
            return False
        return bool(self._case.match(self.story.text, draft.end)) or bool(
            self._case_before.search(self.story.text, max(0, draft.start - 40), draft.start)
        )

    def skip_credits(self, text: str, doc: Document, drafts: list[Draft]) -> list[Draft]:
        """No mentions in credit lines ("Reporting by …; Editing by …", "Mit Material
        von dpa"): their names are authors, not actors."""
        cues = self.credit_cues
        if not cues:
            return drafts
        spans = []
        for start, end in _paragraph_spans(doc):
            lines = text[start:end]
            if any(lines.lstrip().startswith(cue) for cue in cues) and not _clause(
                doc.analysis, start, end
            ):
                spans.append((start, end))
        return [d for d in drafts if not any(s <= d.start < e for s, e in spans)]

    def modifies_thing(self, draft: Draft) -> bool:
        """A name modifying a noun of goods, money, data or territory, through a chain of
        compounds or as a possessor ("EU dairy imports", "Danone shares", "Japan's
        exclusive economic zone"; context.yaml thing_heads): no actor there."""
        if (
            not self.thing_heads
            or self.story.analysis is None
            or draft.kind != "name"
            or not draft.entity
            or draft.entity[0] not in ("country", "org", "new_org")
        ):
            return False
        token = parse_root(self.story.analysis, draft.start, draft.end)
        if token is None:
            return False
        if token.dep_ not in ("compound", "poss", "nmod:poss") or token.head.i < token.i:
            return False
        head = token.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        return head.pos_ == "NOUN" and head.lemma_ in self.thing_heads

    def not_acting(self, draft: Draft) -> bool:
        """A group of organs.yaml `acting_only` governed by a preposition ("a serious
        blow for farmers", "the work of criminals", "für die Landwirte") or a possessor
        ("farmers' groups"): affected or named in passing, no actor. Subjects and
        objects stay ("Landwirte blockierten", "nahm mehrere Schleuser fest"), so do
        conjuncts and partitives ("hundreds of farmers") of them."""
        if draft.kind != "organ" or not draft.organ:
            return False
        organ = self.kb.organs[draft.organ]
        if not (organ.acting_only or organ.subject_only):
            return False
        head = draft.head or (draft.start, draft.end)
        token = parse_root(self.story.analysis, head[0], head[1])
        if organ.subject_only and token is not None:
            while token.dep_ in CONJUNCT_DEPS and token.head is not token:
                token = token.head
            return token.dep_ not in SUBJECT_DEPS
        while token is not None and token.head is not token:
            if token.dep_ in CONJUNCT_DEPS:
                token = token.head
                continue
            if token.dep_ in ("poss", "nmod:poss"):
                return True  # "Dairy farmers' groups plan to protest": the groups act
            preposition, governor = governing_preposition(token)
            if preposition is None:
                return False
            if not (
                preposition.lower_ in self.partitives
                and governor is not None
                and governor.lower_ in self.quantity_nouns
            ):
                return True
            token = governor  # "hundreds of farmers": where the quantity stands
        return False


def drop_overlaps(drafts: list[Draft]) -> list[Draft]:
    """Keep the earlier (then longer) of two overlapping drafts."""
    out: list[Draft] = []
    for draft in drafts:
        if out and draft.start < out[-1].end:
            continue
        out.append(draft)
    return out


def _clause(analysis, start: int, end: int) -> bool:
    """The line holds a finite verb: "Foto: Feuerwehrleute pumpen einen Keller aus" is
    a caption, whose people act; a credit ("Foto: dpa", "Editing by …") has none."""
    span = None if analysis is None else analysis.char_span(start, end, alignment_mode="expand")
    return span is not None and any(
        t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in span
    )


def _paragraph_spans(doc: Document) -> list[tuple[int, int]]:
    if doc.paragraphs:
        return [(p.start, p.end) for p in doc.paragraphs]
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", doc.text)]
