"""The `time` stage: tags `doc.times` and builds `doc.narrative`."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping

from spacy.tokens import Token

from chronist.document import Document
from chronist.time.clauses import Clause, ClauseLexicon, clauses
from chronist.time.clauses import tenses as clause_tenses
from chronist.time.lexicon import load_lexicon
from chronist.time.narrative import NarrativeTime
from chronist.time.publication import infer_published, published_value
from chronist.time.tagger import TimeTagger, simple_sentences
from chronist.time.values import parse_iso


class TimeStage:
    name = "time"
    requires = ("analysis",)
    assigns = ("times", "narrative")

    def __init__(self, language: str) -> None:
        lexicon = load_lexicon(language)
        self.tagger = TimeTagger(lexicon)
        self.dateline = re.compile(lexicon.dateline) if lexicon.dateline else None
        participle = re.compile(lexicon.participle) if lexicon.participle else None
        self.state_verbs = frozenset(lexicon.state_verbs)
        self.anterior_prepositions = frozenset(lexicon.anterior_prepositions)
        self.clause_lexicon = ClauseLexicon(
            future=frozenset(lexicon.future_auxiliaries),
            perfect=frozenset(lexicon.perfect_auxiliaries),
            stative=frozenset(lexicon.stative_auxiliaries),
            possibility=frozenset(lexicon.possibility_auxiliaries),
            support=frozenset(lexicon.support_auxiliaries),
            background=frozenset(lexicon.background_relations),
            participle=participle,
            adverbial_tags=frozenset(lexicon.adverbial_adjective_tags),
            invitation_verbs=frozenset(lexicon.invitation_verbs),
            invitation_prepositions=frozenset(lexicon.invitation_prepositions),
            plans=frozenset(lexicon.plan_verbs),
            reported=frozenset(lexicon.reported_relations),
            subordinators=frozenset(lexicon.adverbial_subordinators),
            anterior=frozenset(lexicon.anterior_subordinators),
            misread_subjects=frozenset(lexicon.misread_subjects),
            saying_adverbials=frozenset(lexicon.saying_adverbials),
            purposes=frozenset(lexicon.purpose_prepositions),
            concessive=frozenset(lexicon.concessive_prepositions),
            attributes=frozenset(lexicon.attribute_prepositions),
            scheduling=frozenset(lexicon.scheduling_verbs))

    def __call__(self, doc: Document) -> Document:
        sentences = _sentences(doc)
        tenses = _tenses(doc)
        found = clauses(doc.analysis, self.clause_lexicon)
        governors = clause_tenses(found)
        paragraphs = [p.start for p in doc.paragraphs]
        published = published_value(doc.published)
        if published is None:
            # a first pass finds the absolute dates; the latest dates the article
            first = self.tagger.tag(doc.text, None, sentences, tenses, governors)
            inferred = infer_published(first)
            if inferred is not None:
                doc.published = inferred.iso()
                doc.published_source = "inferred"
                published = inferred
        analysis = doc.analysis if doc.analysis is not None else ()
        nouns = {t.idx for t in analysis if t.pos_ == "NOUN"}
        # words inside a phrase: hung on a noun, adjective or number, not on a verb
        in_phrase = {t.idx for t in analysis
                     if t.head.i != t.i and t.head.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")}
        doc.times = self.tagger.tag(doc.text, published, sentences, tenses, governors, found,
                                    paragraphs, nouns, in_phrase)
        self._mark_datelines(doc)
        _mark_restatements(doc)
        doc.narrative = NarrativeTime(doc.times, sentences, doc.published, paragraphs,
                                      {offset: c.chain for offset, c in found.items()},
                                      {c.head for c in found.values() if c.done},
                                      {c.head for c in found.values() if c.flashback},
                                      [i for i, c in enumerate(doc.text) if c == ";"],
                                      _hanging(doc, found.values()),
                                      _onsets(doc, found, self.state_verbs),
                                      {c.head for c in found.values() if c.anterior},
                                      _lags(doc, found.values(), self.clause_lexicon.anterior),
                                      _anterior_nouns(doc, self.anterior_prepositions))
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


def _hanging(doc: Document, found: Iterable[Clause]) -> dict[int, str]:
    """Heads of clauses that hang on a time -> its value: a relative clause tells what
    happened at that time ("since 2022, when Pelosi visited Taipei"; "am Montag, als …")."""
    dated = [t for t in doc.times if t.type in ("DATE", "TIME") and t.value]
    hanging = {}
    for clause in found:
        if clause.attached and clause.head not in hanging:
            word = clause.attached[0]
            time = next((t for t in dated if t.start <= word < t.end), None)
            if time is not None:
                hanging[clause.head] = str(time.value)
    return hanging


def _lags(doc: Document, found: Iterable[Clause], conjunctions: Collection[str]) -> dict[int, str]:
    """Heads of clauses of "after" whose conjunction a measure of time stands right before
    ("a week after the Netherlands expelled …", "zwei Tage, nachdem …") -> that measure."""
    if not conjunctions:
        return {}
    words = "|".join(map(re.escape, conjunctions))
    follows = re.compile(rf"[\s,]*(?:{words})\b", re.IGNORECASE)
    heads = {c.head for c in found if c.anterior}
    return {
        t.clause[0]: str(t.value) for t in doc.times
        if t.type == "DURATION" and t.value and t.clause and t.clause[0] in heads
        and follows.match(doc.text, t.end)
    }


def _anterior_nouns(doc: Document, prepositions: Collection[str]) -> dict[int, tuple[int, int]]:
    """Nouns after a preposition of what happened before ("after Lai's stopover", "nach
    einem Angriff auf Arbeiter") -> the span of their phrase, where a time of their own
    would stand."""
    if doc.analysis is None or not prepositions:
        return {}
    return {
        token.idx: (token.left_edge.idx, token.right_edge.idx + len(token.right_edge))
        for token in doc.analysis
        if token.pos_ == "NOUN" and any(
            word.lower_ in prepositions and word.i < token.i for word in _prepositions(token))
    }


def _prepositions(noun: Token) -> list[Token]:
    """The preposition a noun's phrase opens with: its head where the parse hangs the
    noun on it ("after" -pobj-> "stopover"), else its case marker ("nach" <-case- "Angriff")."""
    if noun.dep_ == "pobj":
        return [noun.head]
    return [child for child in noun.children if child.dep_ == "case"]


def _onsets(
    doc: Document, found: Mapping[int, Clause], state_verbs: Collection[str]
) -> dict[int, str]:
    """Heads of clauses that tell a state begun at a time gone by and holding still ("has
    been on hunger strike since March", "Seit Dienstag blockieren Bauern die Autobahn")
    -> that time's value. The time hangs on the clause's verb, not on a noun ("the first
    talks since June"); a perfect that is no state nor progressive tells what has
    happened again and again since ("has held drills since 2022": the day of writing),
    unless it counts from a day: what has happened since then began that day ("seit
    Donnerstag sind zwölf Menschen ums Leben gekommen": Thursday, when the fighting began)."""
    if doc.analysis is None:
        return {}
    onsets: dict[int, str] = {}
    for time in doc.times:
        if not time.attributes.get("since") or time.type not in ("DATE", "TIME") \
                or not time.value or not time.clause:
            continue
        span = doc.analysis.char_span(time.start, time.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.head.i != root.i and root.head.i not in range(span.start, span.end) \
                and root.head.pos_ == "ADP":
            root = root.head  # "since March": the preposition outside the expression
        head = root.head
        clause = found.get(head.idx)
        if head.i == root.i or head.pos_ not in ("VERB", "AUX") or clause is None \
                or clause.head != time.clause[0]:
            continue
        holding = not clause.done or head.lemma_.lower() in state_verbs \
            or "Prog" in head.morph.get("Aspect") or _a_day(time.value)
        if holding:
            onsets.setdefault(clause.head, str(time.value))
    return onsets


def _a_day(value: str) -> bool:
    calendar = parse_iso(value)
    return calendar is not None and calendar.granularity == "D"


# Brackets that may hold a time told again in another zone or form ("6 a.m. (2200 GMT
# Monday)"): punctuation, the same in every language.
_BRACKETS = {"(": ")", "[": "]"}


def _mark_restatements(doc: Document) -> None:
    """`restates: true` on a time in brackets right after another time ("by 6 a.m. (2200
    GMT Monday)", "um 8 Uhr (7 Uhr MEZ)"): the same moment told again, in another zone or
    form, which dates no event of its own."""
    ends = {t.end for t in doc.times}
    text = doc.text
    for time in doc.times:
        opening = max(text.rfind(bracket, 0, time.start) for bracket in _BRACKETS)
        inside = text[opening:time.start]
        if opening < 0 or "\n" in inside:
            continue
        closing = _BRACKETS[text[opening]]
        line_end = text.find("\n", time.end)
        after = text[time.end:line_end] if line_end >= 0 else text[time.end:]
        if closing in inside or closing not in after:
            continue
        if len(text[:opening].rstrip()) in ends:
            time.attributes["restates"] = True


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
