"""Direct and indirect speech with speakers.

Direct speech: quoted spans (see `marks`) that are speech rather than a term, title or name.
A span is speech when a cue attaches it to a speaker ("„…“, sagte Scholz", "Smith said: "…""),
when it is a sentence of its own, or when it is long enough that it cannot be a name.
Short quotes without a cue ("Zeitenwende"), quotes after "sogenannt"/"the ship", and quotes
glued to a hyphen („Bild“-Zeitung) are left out.

Indirect speech: German clauses in Konjunktiv I or introduced by "dass" after a speech verb
("Er betonte, die Lage sei ernst"), sentences with "laut X"/"X zufolge"/", so X", and further
Konjunktiv I sentences that continue a report; English reported clauses ("X said (that) …",
"…, X said.", "according to X, …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from chronist.document import Quote
from chronist.quotes.lexicon import QuotesLexicon, SourceCue
from chronist.quotes.marks import QuotedSpan, find_quoted_spans
from chronist.quotes.speakers import (
    SpeakerPhrase,
    SpeakerResolver,
    is_cue_verb,
    phrase_after,
    phrase_before,
)

_WORD = re.compile(r"\w+")
_SENTENCE_FINAL = re.compile(r"[.!?…]\W*$")
# How many tokens after a closing mark an attribution may start ("…," he told reporters).
_TAIL_TOKENS = 10
# A quote this long is speech even without a cue (names and titles are short).
_LONG_QUOTE_WORDS = 7
# A partial quote inside a sentence with a speech verb.
_PARTIAL_QUOTE_WORDS = 3
# A title or name after "sogenannt"/"the ship" is at most this long.
_TITLE_WORDS = 6
# An unattributed quote inherits the previous quote's speaker within this many paragraphs.
_INHERIT_PARAGRAPHS = 2
_MIN_CLAUSE_TOKENS = 3


@dataclass(slots=True)
class Attribution:
    phrase: SpeakerPhrase | None
    attached: bool
    """The cue stands right at the quote (tail, or head ending in ':'/',')."""
    tail: bool = False
    rule: str = ""


@dataclass(slots=True)
class Found:
    start: int
    end: int
    kind: str
    speaker: dict[str, Any] | None
    rule: str
    parts: list[tuple[int, int]] = field(default_factory=list)
    attribution_end: int | None = None


class QuoteFinder:
    def __init__(self, lexicon: QuotesLexicon) -> None:
        self.lexicon = lexicon
        self._covered: list[tuple[int, int]] = []

    def find(
        self,
        text: str,
        analysis: Doc,
        paragraphs: list[tuple[int, int]],
        actor_mentions: Sequence[Any] = (),
    ) -> list[Quote]:
        spans = find_quoted_spans(text, paragraphs, self.lexicon)
        resolver = SpeakerResolver(analysis, actor_mentions, [(s.open, s.close) for s in spans])
        direct = self._direct(text, analysis, paragraphs, spans, resolver)
        indirect = self._indirect(text, analysis, paragraphs, direct, resolver)
        found = sorted(direct + indirect, key=lambda f: f.start)
        return [self._quote(text, f) for f in found]

    # -- direct speech --------------------------------------------------------------------

    def _direct(
        self,
        text: str,
        analysis: Doc,
        paragraphs: list[tuple[int, int]],
        spans: list[QuotedSpan],
        resolver: SpeakerResolver,
    ) -> list[Found]:
        found: list[Found] = []
        for span in spans:
            attribution = self._attribution(analysis, span)
            if not self._is_speech(text, analysis, span, attribution):
                continue
            speaker = None
            if attribution.phrase is not None:
                speaker = resolver.resolve(attribution.phrase, before=span.open)
            parts = [_trim_comma(text, start, end) for start, end in span.parts]
            record = Found(parts[0][0], parts[-1][1], "direct", speaker,
                           attribution.rule or "direct", parts)
            if attribution.tail and attribution.phrase is not None:
                record.attribution_end = attribution.phrase.end
            found.append(record)
        found = self._merge_split(text, found)
        self._inherit(found, paragraphs)
        return found

    def _attribution(self, doc: Doc, span: QuotedSpan) -> Attribution:
        tail = self._tail(doc, span)
        if tail is not None:
            return tail
        return self._head(doc, span)

    def _tail(self, doc: Doc, span: QuotedSpan) -> Attribution | None:
        """"„…“, sagte Scholz", "…," he said", "„…“, so Scholz", "…," according to X."""
        first = _token_at_or_after(doc, span.close + 1)
        if first is None:
            return None
        sentence_end = doc[first].sent.end if doc[first].sent.start < first else first
        if doc[first].sent.start == first and not _continues_after_quote(doc, first):
            return None
        limit = min(sentence_end, first + _TAIL_TOKENS)
        limit = _stop_at_quote(doc, first, limit, self.lexicon)
        for i in range(first, limit):
            token = doc[i]
            cue = self._source_cue(doc, i, limit, after_quote=i <= first + 1)
            if cue is not None:
                return Attribution(cue, True, tail=True, rule="tail-source")
            if is_cue_verb(token, self.lexicon):
                verb_first = all(t.is_punct for t in doc[first:i])
                phrase = self._subject(doc, i, first, limit, verb_first=verb_first)
                return Attribution(phrase, True, tail=True, rule="tail-verb")
        return None

    def _head(self, doc: Doc, span: QuotedSpan) -> Attribution:
        """"Scholz sagte: „…“", "Laut Scholz „…“", or a partial quote whose sentence has a
        speech verb ("forderte die Nachbarn auf, „keinen Millimeter nachzugeben“")."""
        opener = _token_at_or_after(doc, span.open)
        if opener is None:
            return Attribution(None, False)
        sentence = doc[opener].sent
        floor = sentence.start
        if floor == opener:
            previous = _previous_sentence(doc, sentence)
            if previous is None or not previous.text.rstrip().endswith(":"):
                return Attribution(None, False)
            floor, opener = previous.start, previous.end
        attached = opener > floor and doc[opener - 1].text in (":", ",")
        for i in range(opener - 1, floor - 1, -1):
            cue = self._source_cue(doc, i, opener, after_quote=False)
            if cue is not None:
                return Attribution(cue, attached, rule="head-source")
            if is_cue_verb(doc[i], self.lexicon):
                phrase = self._subject(doc, i, floor, opener, verb_first=False)
                return Attribution(phrase, attached, rule="head-verb")
        return Attribution(None, False)

    def _subject(
        self, doc: Doc, verb: int, floor: int, limit: int, *, verb_first: bool
    ) -> SpeakerPhrase | None:
        """The speaker next to a cue verb: German inverts after a quote or adverb ("sagte
        Scholz"), English mostly puts the subject first ("Smith said") but also inverts
        ("said Smith")."""
        if verb_first:
            return phrase_after(doc, verb, limit, self.lexicon) or phrase_before(
                doc, verb, floor, self.lexicon)
        return phrase_before(doc, verb, floor, self.lexicon) or phrase_after(
            doc, verb, limit, self.lexicon)

    def _source_cue(
        self, doc: Doc, i: int, limit: int, *, after_quote: bool
    ) -> SpeakerPhrase | None:
        match = self._cue_at(doc, i, limit)
        if match is None:
            return None
        cue, end = match
        if cue.after_quote_only and not after_quote:
            return None
        if cue.needs_verb:
            verb = next((k for k in range(end, limit) if is_cue_verb(doc[k], self.lexicon)), None)
            if verb is None:
                return None
            return phrase_before(doc, verb, end, self.lexicon) or phrase_after(
                doc, verb, limit, self.lexicon)
        if cue.speaker == "after":
            return phrase_after(doc, end - 1, limit, self.lexicon)
        return phrase_before(doc, i, max(0, i - 8), self.lexicon)

    def _cue_at(self, doc: Doc, i: int, limit: int) -> tuple[SourceCue, int] | None:
        best: tuple[SourceCue, int] | None = None
        for length in range(1, 5):
            if i + length > limit:
                break
            words = tuple(t.lower_ for t in doc[i : i + length])
            cue = self.lexicon.source_cues.get(words)
            if cue is not None:
                best = (cue, i + length)
        return best

    def _is_speech(
        self, text: str, doc: Doc, span: QuotedSpan, attribution: Attribution
    ) -> bool:
        content = text[span.start : span.end]
        words = len(_WORD.findall(content))
        if words == 0:
            return False
        after = text[span.close + 1 : span.close + 2]
        if after in self.lexicon.scare_after:
            return False  # „Bild“-Zeitung
        sentence_like = bool(_SENTENCE_FINAL.search(content.rstrip()))
        if not sentence_like and words <= _TITLE_WORDS and self._title_before(text, span):
            return False
        if attribution.attached and attribution.phrase is not None:
            return True
        if sentence_like and words >= 2:
            return True
        if self.lexicon.lang == "en" and _title_case(content) and not attribution.attached:
            return False
        if words >= _PARTIAL_QUOTE_WORDS and attribution.phrase is not None:
            return True
        return words >= _LONG_QUOTE_WORDS

    def _title_before(self, text: str, span: QuotedSpan) -> bool:
        before = _WORD.findall(text[max(0, span.open - 40) : span.open])
        if not before:
            return False
        last = before[-1].lower()
        hyphenated = re.search(r"([\w-]+)\W*$", text[max(0, span.open - 40) : span.open])
        forms = {last, hyphenated.group(1).lower() if hyphenated else last}
        return bool(forms & self.lexicon.not_speech_before)

    def _merge_split(self, text: str, found: list[Found]) -> list[Found]:
        """"„A“, sagte er, „B“": one quote whose parts are A and B."""
        merged: list[Found] = []
        for record in found:
            previous = merged[-1] if merged else None
            if (
                previous is not None
                and previous.attribution_end is not None
                and _only_attribution_between(text, previous.attribution_end, record.start)
            ):
                previous.parts.extend(record.parts)
                previous.end = record.end
                previous.attribution_end = None
                continue
            merged.append(record)
        return merged

    def _inherit(self, found: list[Found], paragraphs: list[tuple[int, int]]) -> None:
        """A quote without a cue continues the previous speaker's words (the next sentence or
        paragraph of the same statement)."""
        starts = [start for start, _ in paragraphs]
        for previous, record in zip(found, found[1:], strict=False):
            if record.speaker is not None or previous.speaker is None:
                continue
            gap = _paragraph_index(starts, record.start) - _paragraph_index(starts, previous.end)
            if gap <= _INHERIT_PARAGRAPHS:
                record.speaker = previous.speaker
                record.rule = record.rule + "+inherited"

    # -- indirect speech ------------------------------------------------------------------

    def _indirect(
        self,
        text: str,
        doc: Doc,
        paragraphs: list[tuple[int, int]],
        direct: list[Found],
        resolver: SpeakerResolver,
    ) -> list[Found]:
        found: list[Found] = []
        last: Found | None = None
        covered = [(f.start, f.end) for f in direct]
        self._covered = covered
        for sentence in doc.sents:
            if _mostly_quoted(sentence, covered):
                # Reported speech may go on after a direct quote: „…“ Man werde handeln.
                last = next((f for f in direct if f.start < sentence.end_char
                             and f.end > sentence.start_char and f.speaker), None)
                continue
            record = self._reported(doc, sentence, resolver)
            if record is None and last is not None and self._continues_report(sentence, last):
                record = Found(*_clause_span(sentence), "indirect", last.speaker, "continued")
            if record is not None and record.end - record.start > 0:
                found.append(record)
                last = record
            elif not _same_paragraph_gap_ok(paragraphs, last, sentence):
                last = None
        return found

    def _reported(self, doc: Doc, sentence: Span, resolver: SpeakerResolver) -> Found | None:
        for i in range(sentence.start, sentence.end):
            match = self._cue_at(doc, i, sentence.end)
            if match is not None and not match[0].needs_verb:
                record = self._from_source_cue(doc, sentence, i, match, resolver)
                if record is not None:
                    return record
        for i in range(sentence.start, sentence.end):
            if is_cue_verb(doc[i], self.lexicon):
                record = self._from_verb(doc, sentence, i, resolver)
                if record is not None:
                    return record
        return None

    def _from_source_cue(
        self,
        doc: Doc,
        sentence: Span,
        i: int,
        match: tuple[SourceCue, int],
        resolver: SpeakerResolver,
    ) -> Found | None:
        cue, end = match
        after_comma = i > sentence.start and doc[i - 1].text == ","
        if cue.after_quote_only and not after_comma:
            return None
        if cue.speaker == "after":
            phrase = phrase_after(doc, end - 1, sentence.end, self.lexicon)
        else:
            phrase = phrase_before(doc, i, sentence.start, self.lexicon)
        if phrase is None:
            return None
        if after_comma or i > sentence.start + (sentence.end - sentence.start) // 2:
            clause = (sentence.start, i - 1 if after_comma else _phrase_token(doc, phrase, True))
        else:  # "Laut Scholz ist …", "Der Regierung zufolge ist …": the rest of the sentence
            stop = max(end, _phrase_token(doc, phrase, False) + 1)
            if stop < sentence.end and doc[stop].text == ",":
                stop += 1
            clause = (stop, sentence.end)
        return self._clause_record(doc, clause, phrase, resolver, f"indirect-{cue.id}")

    def _from_verb(
        self, doc: Doc, sentence: Span, verb: int, resolver: SpeakerResolver
    ) -> Found | None:
        before = verb > sentence.start and doc[verb - 1].text == ","
        if before:  # "Die Lage sei ernst, sagte Scholz." / "…, the minister said."
            phrase = phrase_after(doc, verb, sentence.end, self.lexicon)
            if phrase is None:
                return None
            clause = (sentence.start, verb - 1)
            if not self._reports(doc, clause, needs_subjunctive=False):
                return None
            return self._clause_record(doc, clause, phrase, resolver, "indirect-verb-after")
        if self.lexicon.lang == "en" and verb + 1 < sentence.end and doc[verb + 1].text == ",":
            return None
        phrase = self._subject(doc, verb, sentence.start, sentence.end, verb_first=False)
        if phrase is None:
            return None
        start = self._clause_start(doc, verb, phrase, sentence.end)
        if start is None:
            return None
        clause = (start, sentence.end)
        complementizer = doc[start - 1].lower_ in self.lexicon.complementizers
        if not self._reports(doc, clause, needs_subjunctive=not complementizer):
            return None
        return self._clause_record(doc, clause, phrase, resolver, "indirect-verb")

    def _clause_start(self, doc: Doc, verb: int, phrase: SpeakerPhrase, end: int) -> int | None:
        """Where the reported clause begins after the verb: after the comma (German), or
        after "that" / the object and prepositional phrases (English)."""
        position = verb + 1
        phrase_end = _phrase_token(doc, phrase, False) + 1
        if phrase.start > doc[verb].idx:
            position = max(position, phrase_end)
        if self.lexicon.lang == "de":
            for k in range(position, min(end, position + 12)):
                if doc[k].text == ",":
                    nxt = k + 1
                    if nxt < end and doc[nxt].lower_ in self.lexicon.complementizers:
                        nxt += 1
                    return nxt
                if doc[k].text in ":;\"„“»«":
                    return None
            return None
        if position < end and doc[position].text in ":\"“'‘":
            return None  # direct speech follows
        for k in range(position, min(end, position + 10)):
            if doc[k].lower_ in self.lexicon.complementizers:
                return k + 1
            if doc[k].text in ",:;\"“”":
                break
        while position < end and doc[position].pos_ in ("ADP", "DET", "ADJ", "NOUN", "PROPN",
                                                         "NUM") and doc[position].pos_ != "PRON":
            if doc[position].pos_ in ("NOUN", "PROPN") and doc[position - 1].pos_ == "VERB":
                position += 1  # "told reporters"
                continue
            if doc[position].pos_ != "ADP":
                break
            position += 1
            while position < end and doc[position].pos_ in ("DET", "ADJ", "NOUN", "PROPN",
                                                             "NUM"):
                position += 1
        return position

    def _reports(self, doc: Doc, clause: tuple[int, int], *, needs_subjunctive: bool) -> bool:
        start, end = clause
        if end - start < _MIN_CLAUSE_TOKENS:
            return False
        verbs = [t for t in doc[start:end] if t.pos_ in ("VERB", "AUX")]
        if not verbs:
            return False
        if self.lexicon.lang == "de" and needs_subjunctive:
            return any(_subjunctive(t) for t in verbs)
        return True

    def _continues_report(self, sentence: Span, last: Found) -> bool:
        """German reported speech runs on in Konjunktiv I: "Man werde handeln."."""
        if self.lexicon.lang != "de" or sentence.start_char - last.end > 400:
            return False
        finite = [t for t in sentence if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get(
            "VerbForm")]
        return bool(finite) and _konjunktiv_i(finite[0])

    def _clause_record(
        self,
        doc: Doc,
        clause: tuple[int, int],
        phrase: SpeakerPhrase,
        resolver: SpeakerResolver,
        rule: str,
    ) -> Found | None:
        start, end = clause
        while end > start and doc[end - 1].pos_ == "PUNCT":
            end -= 1
        while start < end and doc[start].pos_ == "PUNCT":
            start += 1
        if end - start < _MIN_CLAUSE_TOKENS or _overlaps(doc[start:end], self._covered):
            return None
        speaker = resolver.resolve(phrase, before=doc[start].idx)
        return Found(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), "indirect", speaker,
                     rule)

    # -- output ---------------------------------------------------------------------------

    def _quote(self, text: str, found: Found) -> Quote:
        attributes: dict[str, Any] = {"rule": found.rule}
        if len(found.parts) > 1:
            attributes["parts"] = [[start, end] for start, end in found.parts]
        return Quote(found.start, found.end, text[found.start : found.end], found.kind,  # type: ignore[arg-type]
                     found.speaker, attributes)


# -- helpers ------------------------------------------------------------------------------


def _trim_comma(text: str, start: int, end: int) -> tuple[int, int]:
    """English puts the attribution comma inside the marks ("…," he said): not quoted."""
    stripped = text[start:end].rstrip()
    if stripped.endswith(","):
        return start, start + len(stripped) - 1
    return start, end


def _token_at_or_after(doc: Doc, offset: int) -> int | None:
    for token in doc:
        if token.idx >= offset and not token.is_space:
            return token.i
    return None


def _continues_after_quote(doc: Doc, first: int) -> bool:
    """The sentence splitter may cut after "…“" even when ", sagte er" follows."""
    return doc[first].text in (",", ";") or (doc[first].text[:1].islower())


def _stop_at_quote(doc: Doc, first: int, limit: int, lexicon: QuotesLexicon) -> int:
    openers = {mark.open for mark in lexicon.quote_marks}
    for k in range(first + 1, limit):
        if doc[k].text in openers and k > first + 1:
            return k
    return limit


def _previous_sentence(doc: Doc, sentence: Span) -> Span | None:
    if sentence.start == 0:
        return None
    return doc[sentence.start - 1].sent


def _overlaps(span: Span, covered: list[tuple[int, int]]) -> bool:
    """A reported clause that is mostly a direct quote is that quote, not indirect speech."""
    inside = sum(
        max(0, min(span.end_char, end) - max(span.start_char, start)) for start, end in covered
    )
    return inside > 0.5 * (span.end_char - span.start_char)


def _title_case(content: str) -> bool:
    words = [w for w in content.split() if len(w) > 3]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _only_attribution_between(text: str, start: int, end: int) -> bool:
    gap = text[start:end]
    return len(gap) <= 40 and not re.search(r"[.!?]\s", gap) and gap.rstrip().endswith(
        (",", ":", "„", "\"", "“", "»", "«", "‚", "‘", "'"))


def _paragraph_index(starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, offset) - 1


def _mostly_quoted(sentence: Span, covered: list[tuple[int, int]]) -> bool:
    inside = sum(
        max(0, min(sentence.end_char, end) - max(sentence.start_char, start))
        for start, end in covered
    )
    return inside > 0.3 * (sentence.end_char - sentence.start_char)


def _same_paragraph_gap_ok(paragraphs, last, sentence) -> bool:  # type: ignore[no-untyped-def]
    return last is not None and sentence.start_char - last.end < 400


def _subjunctive(token: Token) -> bool:
    return "Sub" in token.morph.get("Mood")


def _konjunktiv_i(token: Token) -> bool:
    return _subjunctive(token) and "Pres" in token.morph.get("Tense")


def _clause_span(sentence: Span) -> tuple[int, int]:
    tokens = [t for t in sentence if not t.is_space]
    while tokens and tokens[-1].pos_ == "PUNCT":
        tokens.pop()
    if not tokens:
        return sentence.start_char, sentence.start_char
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _phrase_token(doc: Doc, phrase: SpeakerPhrase, first: bool) -> int:
    span = doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
    if span is None:
        return 0
    return span.start if first else span.end - 1
