"""The `time` stage: tags `doc.times` and builds `doc.narrative`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronist.document import Document
from chronist.time.lexicon import load_lexicon
from chronist.time.narrative import NarrativeTime
from chronist.time.publication import infer_published, published_value
from chronist.time.tagger import TimeTagger, simple_sentences


class TimeStage:
    name = "time"
    requires = ("analysis",)
    assigns = ("times", "narrative")

    def __init__(self, language: str) -> None:
        lexicon = load_lexicon(language)
        self.tagger = TimeTagger(lexicon)
        self.dateline = re.compile(lexicon.dateline) if lexicon.dateline else None
        self.auxiliaries = Auxiliaries(
            frozenset(lexicon.future_auxiliaries), frozenset(lexicon.perfect_auxiliaries))

    def __call__(self, doc: Document) -> Document:
        sentences = _sentences(doc)
        tenses = _tenses(doc)
        governors = _governing_tenses(doc, self.auxiliaries)
        published = published_value(doc.published)
        if published is None:
            # a first pass finds the absolute dates; the latest dates the article
            first = self.tagger.tag(doc.text, None, sentences, tenses, governors)
            inferred = infer_published(first)
            if inferred is not None:
                doc.published = inferred.iso()
                doc.published_source = "inferred"
                published = inferred
        doc.times = self.tagger.tag(doc.text, published, sentences, tenses, governors)
        self._mark_datelines(doc)
        doc.narrative = NarrativeTime(doc.times, sentences, doc.published,
                                      [p.start for p in doc.paragraphs])
        return doc

    def _mark_datelines(self, doc: Document) -> None:
        """`dateline: true` on a date in a wire dateline ("ANKARA, March 11 (Reuters) -"):
        the day the report was filed, which dates no event of the sentence it opens."""
        if self.dateline is None:
            return
        spans = [match.span() for match in self.dateline.finditer(doc.text)]
        for time in doc.times:
            if any(start <= time.start and time.end <= end for start, end in spans):
                time.attributes["dateline"] = True


def _sentences(doc: Document) -> list[tuple[int, int]]:
    """Sentence spans from the NLP analysis when there is one, else a simple splitter."""
    analysis = doc.analysis
    if analysis is not None and hasattr(analysis, "sents"):
        try:
            return [(s.start_char, s.end_char) for s in analysis.sents]
        except ValueError:
            pass  # a Doc without sentence boundaries
    return simple_sentences(doc.text)


def _tenses(doc: Document) -> list[tuple[int, str]]:
    """(offset, tense) of the finite verbs the NLP stage tagged with a Tense feature."""
    if doc.analysis is None:
        return []
    found = []
    for token in doc.analysis:
        if token.pos_ in ("VERB", "AUX"):
            tense = token.morph.get("Tense")
            if tense:
                found.append((token.idx, tense[0]))
    return found


_VERBS = ("VERB", "AUX")
_AUX_DEPS = ("aux", "aux:pass", "auxpass")
_INFINITIVE_TAGS = ("VB", "VVINF", "VAINF", "VMINF")


@dataclass(frozen=True, slots=True)
class Auxiliaries:
    """Lemmas of the auxiliaries that mark the future and the perfect."""

    future: frozenset[str]
    perfect: frozenset[str]


def _governing_tenses(doc: Document, auxiliaries: Auxiliaries) -> dict[int, str]:
    """Token offset -> tense of the verb that governs the token, from a dependency
    parse; empty without one. A future auxiliary ("will", "werden" + infinitive) makes
    its verb future, a past perfect auxiliary with a participle ("hatte … ausgewiesen",
    "had expelled") pluperfect ("Pqp"); otherwise the verb's (or its auxiliary's) Tense
    feature counts."""
    analysis = doc.analysis
    if analysis is None or not hasattr(analysis, "has_annotation") \
            or not analysis.has_annotation("DEP"):
        return {}
    verb_tense: dict[int, str] = {}
    governors = {}
    for token in analysis:
        verb = token
        # Bounded walk: a repaired parse may hold a cycle, which must not hang the stage.
        for _ in range(len(token.sent)):
            if verb.pos_ in _VERBS or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.dep_ in _AUX_DEPS and verb.head.pos_ in _VERBS:
            verb = verb.head  # a phrase the parser hung on the auxiliary: its verb's tense
        if verb.i not in verb_tense:
            verb_tense[verb.i] = _verb_tense(verb, auxiliaries)
        governors[token.idx] = verb_tense[verb.i]
    return governors


def _verb_tense(verb, lexicon: Auxiliaries) -> str:
    auxiliaries = [child for child in verb.children if child.dep_ in _AUX_DEPS]
    # "werden" is future only with an infinitive ("wird reisen", "wird gewählt werden"),
    # not in the passive ("wurde gewählt")
    infinitive = any("Inf" in token.morph.get("VerbForm") or token.tag_ in _INFINITIVE_TAGS
                     for token in [verb, *auxiliaries])
    if any(aux.lemma_.lower() in lexicon.future for aux in auxiliaries) and infinitive:
        return "Fut"
    if "Part" in verb.morph.get("VerbForm") and any(
            aux.lemma_.lower() in lexicon.perfect and "Past" in aux.morph.get("Tense")
            for aux in auxiliaries):
        return "Pqp"
    for token in [verb, *auxiliaries]:
        if tense := token.morph.get("Tense"):
            return tense[0]
    return ""


def build_stage(language: str) -> TimeStage:
    return TimeStage(language)
