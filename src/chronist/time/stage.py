"""The `time` stage: tags `doc.times` and builds `doc.narrative`."""

from __future__ import annotations

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
        self.tagger = TimeTagger(load_lexicon(language))

    def __call__(self, doc: Document) -> Document:
        sentences = _sentences(doc)
        tenses = _tenses(doc)
        published = published_value(doc.published)
        if published is None:
            # a first pass finds the absolute dates; the latest dates the article
            inferred = infer_published(self.tagger.tag(doc.text, None, sentences, tenses))
            if inferred is not None:
                doc.published = inferred.iso()
                doc.published_source = "inferred"
                published = inferred
        doc.times = self.tagger.tag(doc.text, published, sentences, tenses)
        doc.narrative = NarrativeTime(doc.times, sentences, doc.published)
        return doc


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


def build_stage(language: str) -> TimeStage:
    return TimeStage(language)
