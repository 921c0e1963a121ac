"""Named entities from the actor knowledge base, merged with the statistical NER.

Our German NER model was trained on a quarter of GermEval and misses or mislabels many
names the actor knowledge base knows (countries, capitals, cities, organisations,
people). `data/nlp/entity-knowledge-<lang>.yaml` says which kinds of KB names are
entities of which label; this component finds them (longest match, left to right, on
token texts) and merges them with the model's entities:

- a KB name replaces model entities inside its span (a mislabelled or clipped name:
  "Fritz Rudolf" -> "Fritz Rudolf Körper" when the KB knows him);
- a model entity that covers or crosses a KB name wins ("Bündnis Zukunft Österreich");
- a KB name where the model found nothing is added.

Before that, a PER entity that is a place name by its form or position (`data/nlp/
entity-places-<lang>.yaml`: "Pfaffenhofen", "Hudson River", "aus Passau") is relabelled
LOC, and a LOC entity that is the subject of a verb of saying (`data/nlp/entity-speakers-
<lang>.yaml`: "betonte Thierse") PER, and a word no lexicon knows right after a
preposition of place ("nach Kratie") is added as a place.

Chosen on GermEval dev 1701-2200 against "the model always wins" and "the KB always
wins" (see the NLP model card).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from chronist.nlp.datafiles import (
    KnowledgeEntry,
    entity_knowledge,
    entity_place_joins,
    entity_places,
    entity_speaker_verbs,
    entity_unknown_place_before,
)
from chronist.nlp.hanta import known_to_hanta
from chronist.nlp.morphology import PRENOMINAL_GENITIVE_NEXT

# HanTa tags a capitalised word it does not know NN (or NE).
UNKNOWN_PLACE_TAGS = frozenset({"NN", "NE"})
# The shortest noun taken as the last part of a compound ("Stein", "Motor").
MIN_NOUN = 4


@dataclass(frozen=True, slots=True)
class Name:
    words: tuple[str, ...]
    label: str
    proper_tags: frozenset[str]


def _kb_names(lang: str) -> dict[tuple[str, str], KnowledgeEntry]:
    """(target kind, form) -> the first rule that covers it."""
    rules: dict[tuple[str, str], KnowledgeEntry] = {}
    for entry in entity_knowledge(lang) or []:
        rules.setdefault((entry.kind, entry.form), entry)
    return rules


class KnowledgeEntities:
    def __init__(self, nlp: Language, lang: str) -> None:
        # Imported here: the actor knowledge base is only needed once a pipeline is built.
        from chronist.actors.kb import load_kb

        self.place_suffixes, self.place_heads, self.place_before = entity_places(lang)
        self.speaker_verbs = entity_speaker_verbs(lang)
        self.unknown_place_before = entity_unknown_place_before(lang)
        self.place_prefixes, self.place_joiners = entity_place_joins(lang)
        rules = _kb_names(lang)
        order = {key: i for i, key in enumerate(rules)}
        chosen: dict[str, tuple[int, KnowledgeEntry]] = {}
        for surface, targets in load_kb(lang).gazetteer.exact.items():
            for target in targets:
                key = (target.kind, target.form)
                if key in rules and (surface not in chosen or order[key] < chosen[surface][0]):
                    chosen[surface] = (order[key], rules[key])
        # Tokenised as the documents are, so that "Côte d'Ivoire" matches token by token.
        self.names: dict[str, list[Name]] = defaultdict(list)
        surfaces = sorted(chosen)
        for surface, doc in zip(surfaces, nlp.tokenizer.pipe(surfaces), strict=True):
            words = tuple(t.text for t in doc)
            entry = chosen[surface][1]
            if words:
                self.names[words[0]].append(Name(words, entry.label, frozenset(entry.proper_tags)))
        for candidates in self.names.values():
            candidates.sort(key=lambda n: -len(n.words))

    def matches(self, doc: Doc) -> list[Span]:
        spans: list[Span] = []
        # The token texts once: most tokens start no name, and a Token per lookup costs.
        texts = [t.text for t in doc]
        i = 0
        while i < len(texts):
            name = self._match_at(doc, texts, i) if texts[i] in self.names else None
            if name is None:
                i += 1
                continue
            spans.append(Span(doc, i, i + len(name.words), label=name.label))
            i += len(name.words)
        return spans

    def join_places(self, doc: Doc) -> None:
        """A place's name made of a name and the words around it is one place: "St." or
        "Sankt" before a name ("St. Moritz", which the model splits into a place "St."
        and a person "Moritz"), a river or region after a town ("Freiburg im Breisgau")."""
        if not (self.place_prefixes or self.place_joiners):
            return
        ents = list(doc.ents)
        for start, end in self._joined_places(doc, ents):
            place = Span(doc, start, end, label="LOC")
            # An entity that runs past the joined place keeps its own reading.
            if all(_inside(e, place) or not _overlap(e, place) for e in ents):
                ents = [e for e in ents if not _overlap(e, place)] + [place]
        doc.ents = sorted(ents, key=lambda s: s.start)

    def _joined_places(self, doc: Doc, ents: list[Span]) -> list[tuple[int, int]]:
        starts = {e.start: e.end for e in ents}
        joined = []
        for t in doc:
            if t.text in self.place_prefixes:
                after = t.i + 2 if t.i + 1 < len(doc) and doc[t.i + 1].text == "." else t.i + 1
                end = _name_end(doc, after, starts)
                if end:
                    joined.append((t.i, end))
        for e in ents:
            if e.label_ != "LOC":
                continue
            for words in self.place_joiners:
                after = e.end + len(words)
                if tuple(t.lower_ for t in doc[e.end:after]) == words:
                    end = _name_end(doc, after, starts)
                    if end:
                        joined.append((e.start, end))
        return joined

    def relabel_places(self, doc: Doc) -> None:
        """PER entities that are place names by their form ("Pfaffenhofen",
        "Hudson River") or their place ("aus Passau") become LOC."""
        if not (self.place_suffixes or self.place_heads or self.place_before):
            return
        spans = []
        for ent in doc.ents:
            last = ent[-1].text
            if ent.label_ == "PER" and (
                last in self.place_heads
                or (len(ent) == 1 and last.lower().endswith(self.place_suffixes))
                or self._after_place_word(ent)
            ):
                ent = Span(doc, ent.start, ent.end, label="LOC")
            spans.append(ent)
        doc.ents = spans

    def relabel_speakers(self, doc: Doc) -> None:
        """A LOC entity that is the subject of a verb of saying ("betonte Thierse") is a
        person: names of places that speak for a state (countries, capitals) come from
        the knowledge base, which overrides this label afterwards."""
        if not self.speaker_verbs:
            return
        spans = []
        for ent in doc.ents:
            root = ent.root
            if (ent.label_ == "LOC" and root.dep_ == "nsubj"
                    and root.head.lemma_ in self.speaker_verbs):
                ent = Span(doc, ent.start, ent.end, label="PER")
            spans.append(ent)
        doc.ents = spans

    def add_unknown_places(self, doc: Doc) -> None:
        """A capitalised word right after a preposition of place, without an article,
        that no lexicon knows (neither whole nor by its last part: "nach Kratie", "in
        Holungen") or that has a place-name ending ("in Pfaffenhofen") is a village or
        town the model never saw: a place. A common noun there needs an article unless it
        is a plural or mass noun, which the lexicon knows ("in Teilen", "aus Sandstein")."""
        if not self.unknown_place_before:
            return
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        added = [
            Span(doc, t.i, t.i + 1, label="LOC")
            for t in doc[1:]
            if t.i not in taken and doc[t.i - 1].lower_ in self.unknown_place_before
            and t.tag_ in UNKNOWN_PLACE_TAGS and t.is_alpha and t.text[:1].isupper()
            and (t.lower_.endswith(self.place_suffixes) or not _known_word(t.text))
        ]
        if added:
            doc.ents = sorted([*doc.ents, *added], key=lambda s: s.start)

    def _after_place_word(self, ent: Span) -> bool:
        """"in Passau", "aus Cambridge"; not a genitive before its noun ("aus Müllers
        Sicht"), whose noun the preposition governs."""
        doc = ent.doc
        if ent.start == 0 or doc[ent.start - 1].lower_ not in self.place_before:
            return False
        return ent.end == len(doc) or doc[ent.end].tag_ not in PRENOMINAL_GENITIVE_NEXT

    def _match_at(self, doc: Doc, texts: list[str], i: int) -> Name | None:
        for name in self.names.get(texts[i], ()):
            end = i + len(name.words)
            if end > len(texts) or tuple(texts[i:end]) != name.words:
                continue
            if len(name.words) == 1 and name.proper_tags and doc[i].tag_ not in name.proper_tags:
                continue
            return name
        return None

    def __call__(self, doc: Doc) -> Doc:
        self.join_places(doc)
        self.relabel_places(doc)
        self.relabel_speakers(doc)
        self.add_unknown_places(doc)
        known = self.matches(doc)
        if not known:
            return doc
        kept = [e for e in doc.ents if not any(_inside(e, k) for k in known)]
        added = [k for k in known if not any(_overlap(k, e) for e in kept)]
        doc.ents = sorted([*kept, *added], key=lambda s: s.start)
        return doc


def _known_word(word: str) -> bool:
    """HanTa knows the word or the word ends in a noun it knows (a compound:
    "Kraftfahrzeugmotoren")."""
    return any(known_to_hanta(word[i:]) for i in range(max(1, len(word) - MIN_NOUN + 1)))


def _name_end(doc: Doc, i: int, starts: dict[int, int]) -> int | None:
    """End of the name at token i: an entity starting there, or one capitalised proper
    noun; None if there is none."""
    if i >= len(doc):
        return None
    if i in starts:
        return starts[i]
    token = doc[i]
    return i + 1 if token.tag_ == "NE" and token.text[:1].isupper() else None


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


@Language.factory("chronist_kb_entities", default_config={"lang": "de"})
def make_kb_entities(nlp: Language, name: str, lang: str) -> KnowledgeEntities:
    return KnowledgeEntities(nlp, lang)
