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

Speakers are resolved last, in text order, so that "he"/"er" can look back at the speakers
before it and an unattributed quote can continue the previous speaker's words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
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
    is_weak_verb,
    phrase_after,
    phrase_before,
)

_WORD = re.compile(r"\w+")
_SENTENCE_FINAL = re.compile(r"[.!?…]\W*$")
# How many tokens after a closing mark an attribution may start ("…," he told reporters).
_TAIL_TOKENS = 10
# A quote this long is speech even without a cue (names and titles are short).
_LONG_QUOTE_WORDS = 7
# A partial quote inside a sentence with a speech verb; shorter ones are scare quotes.
_PARTIAL_QUOTE_WORDS = 4
# A quote that is a sentence of its own.
_SENTENCE_QUOTE_WORDS = 3
# A title or name after "sogenannt"/"the ship" is at most this long.
_TITLE_WORDS = 6
# An unattributed quote continues the previous speaker within this many paragraphs.
_INHERIT_PARAGRAPHS = 2
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "sb"})
# Relations of a time or manner modifier to its verb (ClearNLP and UD labels).
_VERB_MODIFIERS = frozenset({"npadvmod", "tmod", "obl:tmod", "advmod"})
# Links from a name to the noun it names: apposition, multi-word names, German noun kernels.
_NAME_LINKS = frozenset({"appos", "flat", "flat:name", "compound", "nk", "pnc"})
_MIN_CLAUSE_TOKENS = 3
_TAIL_OPENERS = frozenset(",;:–—-(")
# A headline's source after a colon is a short name ("…’: TD Economics").
_HEADLINE_SOURCE_TOKENS = 5
# The finite verb of an English reported clause comes within this many tokens.
_SUBJECT_TOKENS = 20


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
    phrase: SpeakerPhrase | None
    rule: str
    parts: list[tuple[int, int]] = field(default_factory=list)
    inherit: bool = False
    """Without a phrase: continue the previous speaker (the same statement goes on)."""
    attribution_end: int | None = None
    speaker: dict[str, Any] | None = None


class QuoteFinder:
    def __init__(self, lexicon: QuotesLexicon) -> None:
        self.lexicon = lexicon
        self._mentions: list[tuple[int, int]] = []
        self._asides: list[tuple[int, int]] = []
        self._text = ""
        self._quoted: list[tuple[int, int]] = []
        self._ents: list[Span] = []
        self._sentences: Sentences | None = None  # type: ignore[assignment]

    def find(
        self,
        text: str,
        analysis: Doc,
        paragraphs: list[tuple[int, int]],
        actor_mentions: Sequence[Any] = (),
        entity_names: dict[str, str] | None = None,
        captions: Sequence[tuple[int, int]] = (),
        headings: Sequence[tuple[int, int]] = (),
    ) -> list[Quote]:
        spans = find_quoted_spans(text, paragraphs, self.lexicon)
        # `Doc.text` rebuilds the string on every access; the Document's text is the same.
        self._text = text
        self._quoted = [(s.open, s.close) for s in spans]
        self._sentences = Sentences(analysis)
        self._ents = list(analysis.ents)
        self._asides = sorted(list(captions) + list(headings))
        self._mentions = sorted((m.start, m.end) for m in actor_mentions
                                if getattr(m, "kind", "name") != "place")
        direct = self._direct(text, analysis, spans)
        indirect = self._indirect(analysis, paragraphs, direct)
        found = sorted(direct + indirect, key=lambda f: f.start)
        resolver = SpeakerResolver(analysis, actor_mentions, [(s.open, s.close) for s in spans],
                                   self.lexicon, entity_names, captions)
        self._resolve(found, resolver, [start for start, _ in paragraphs])
        return [self._quote(text, f) for f in found]

    def _resolve(self, found: list[Found], resolver: SpeakerResolver, starts: list[int]) -> None:
        previous: Found | None = None
        for record in found:
            if record.phrase is not None:
                record.speaker = resolver.resolve(record.phrase, before=record.start)
            elif record.inherit and previous is not None and previous.speaker is not None:
                gap = _paragraph_index(starts, record.start) - _paragraph_index(
                    starts, previous.end)
                if gap <= _INHERIT_PARAGRAPHS:
                    record.speaker = previous.speaker
                    record.rule += "+inherited"
                    shift = self._new_subject(resolver, previous.end, record.start,
                                              " ".join(str(previous.speaker.get(key) or "")
                                                       for key in ("name", "text")))
                    if shift is not None:
                        record.speaker = resolver.resolve(shift, before=record.start)
                        record.rule += "+subject"
            previous = record

    def _new_subject(
        self, resolver: SpeakerResolver, start: int, end: int, current: str
    ) -> SpeakerPhrase | None:
        """The first person named as a sentence subject, outside quotes, between the last
        quote and an unattributed one ("… nimmt der Islamexperte Guido Steinberg Bezug: …
        „…“"): the narrative has turned to that person, who is now the one quoted."""
        for ent in self._ents:
            if not start <= ent.start_char < end or ent.label_ != "PER":
                continue
            if resolver.inside_quote(ent.start_char, ent.end_char):
                continue
            if ent.start > 0 and ent.doc[ent.start - 1].pos_ == "DET":
                continue  # "the Bill has …": a name does not take an article
            names = [t for t in ent if t.pos_ == "PROPN"]
            if names and names[-1].text in current:
                continue  # the current speaker again ("Güvercin sieht Parallelen")
            if names and any(_is_subject(t) for t in names):
                first, last = names[0], names[-1]
                return SpeakerPhrase(first.idx, last.idx + len(last),
                                     ent.doc[first.i : last.i + 1].text, False, True)
        return None

    # -- direct speech --------------------------------------------------------------------

    def _direct(self, text: str, doc: Doc, spans: list[QuotedSpan]) -> list[Found]:
        found: list[Found] = []
        starts = [token.idx for token in doc]
        for span in spans:
            attribution = self._attribution(doc, starts, span)
            if not self._is_speech(text, span, attribution, self._reported_sentence(
                    doc, starts, span)):
                continue
            parts = [_trim_comma(text, start, end) for start, end in span.parts]
            record = Found(parts[0][0], parts[-1][1], "direct", attribution.phrase,
                           attribution.rule or "direct", parts,
                           inherit=attribution.phrase is None)
            if attribution.tail and attribution.phrase is not None:
                record.attribution_end = attribution.phrase.end
            found.append(record)
        return self._merge_split(text, found)

    def _attribution(self, doc: Doc, starts: list[int], span: QuotedSpan) -> Attribution:
        attribution = self._find_attribution(doc, starts, span)
        phrase = attribution.phrase
        if phrase is not None and any(o < phrase.start and phrase.end <= c + 1
                                      for o, c in self._quoted):
            attribution.phrase = None  # a phrase inside another quote speaks no quote
        return attribution

    def _find_attribution(self, doc: Doc, starts: list[int], span: QuotedSpan) -> Attribution:
        tail = self._tail(doc, starts, span)
        if tail is not None:
            return tail
        head = self._head(doc, starts, span)
        if head.phrase is not None or head.attached:
            return head
        return self._previous_sentence(doc, starts, span) or head

    def _tail(self, doc: Doc, starts: list[int], span: QuotedSpan) -> Attribution | None:
        """"„…“, sagte Scholz", "…," he said", "„…“, so Scholz", "…," according to X."""
        first = _token_at_or_after(starts, span.close + 1)
        if first is None or first >= len(doc):
            return None
        if "\n" in self._text[span.close : doc[first].idx]:
            return None  # the next paragraph is not the attribution
        content_ends = _SENTENCE_FINAL.search(self._text[span.parts[-1][0] : span.close]) or (
            self._text[span.close - 1 : span.close] == ",")
        if not content_ends and doc[first].text not in _TAIL_OPENERS:
            return None  # the sentence goes on: "… „so what“ attitude and said"
        sentence = self._sentences.of(first)
        source = self._headline_source(doc, first, _segment_end(doc, first))
        if source is not None:
            return Attribution(source, True, tail=True, rule="tail-colon")
        if sentence.start == first and not _continues_after_quote(doc, first):
            return None
        limit = _stop_at_quote(doc, first, min(sentence.end, first + _TAIL_TOKENS), self.lexicon)
        for i in range(first, limit):
            token = doc[i]
            first_word = all(t.is_punct for t in doc[first:i])
            if (first_word and token.pos_ in ("CCONJ", "SCONJ")) or (
                    i > first and token.text in ".!?"):
                return None  # ", but he conceded …": another clause
            cue = self._source_cue(doc, i, limit, after_quote=i <= first + 1)
            if cue is not None:
                return Attribution(cue, True, tail=True, rule="tail-source")
            if is_cue_verb(token, self.lexicon):
                verb_first = all(t.is_punct for t in doc[first:i])
                phrase = self._subject(doc, i, first, limit, verb_first=verb_first)
                return Attribution(phrase, True, tail=True, rule="tail-verb")
            if first_word and self._reflexive_frame(doc, i, limit):
                # „…“, zeigt sich Gilgeous-Alexander selbstbewusst / freut sich die Ministerin
                phrase = phrase_after(doc, i + 1, limit, self.lexicon)
                if phrase is not None and not phrase.pronoun:
                    return Attribution(phrase, True, tail=True, rule="tail-reflexive")
        return None

    def _reflexive_frame(self, doc: Doc, i: int, limit: int) -> bool:
        """A finite verb with its reflexive right after a quote and its comma."""
        return (i + 1 < limit and doc[i].pos_ in ("VERB", "AUX")
                and doc[i - 1].text == "," and doc[i + 1].lower_ in self.lexicon.tail_reflexives)

    def _headline_source(self, doc: Doc, first: int, end: int) -> SpeakerPhrase | None:
        """"‘Ends recession debate’: CPA Canada": a headline quote, a colon, its source."""
        if doc[first].text != ":":
            return None
        tokens = [t for t in doc[first + 1 : end] if not t.is_space]
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        if not tokens or len(tokens) > _HEADLINE_SOURCE_TOKENS or "\n" in self._text[
                doc[first].idx : tokens[-1].idx]:
            return None
        if not all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ") or t.text in "-'’" for t in tokens):
            return None
        start, stop = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        return SpeakerPhrase(start, stop, self._text[start:stop], False,
                             any(t.pos_ == "PROPN" for t in tokens))

    def _head(self, doc: Doc, starts: list[int], span: QuotedSpan) -> Attribution:
        """"Scholz sagte: „…“", "Laut Scholz „…“", "Geoff Yu vom Vermögensverwalter BNY: „…“",
        or a partial quote whose sentence has a speech verb ("forderte die Nachbarn auf,
        „keinen Millimeter nachzugeben“")."""
        opener = _token_at_or_after(starts, span.open)
        if opener is None:
            return Attribution(None, False)
        sentence = self._sentences.of(opener)
        floor = _paragraph_floor(doc, sentence.start, opener)
        if floor == opener:
            previous = self._sentences.before(sentence)
            if previous is None or not previous.text.rstrip().endswith(":"):
                return Attribution(None, False)
            floor, opener = previous.start, previous.end
        colon = opener > floor and doc[opener - 1].text == ":"
        attached = colon or (opener > floor and doc[opener - 1].text == ",")
        for i in range(opener - 1, floor - 1, -1):
            cue = self._source_cue(doc, i, opener, after_quote=False)
            if cue is not None:
                return Attribution(cue, attached, rule="head-source")
            if is_cue_verb(doc[i], self.lexicon):
                phrase = self._subject(doc, i, floor, opener, verb_first=False)
                return Attribution(phrase, attached, rule="head-verb")
        if colon:  # a colon introduces speech even without a verb
            phrase = self._clause_subject(doc, floor, opener)
            if phrase is None or not phrase.named:
                phrase = self._first_name(doc, floor, opener) or phrase
            return Attribution(phrase, True, rule="head-colon")
        return Attribution(None, False)

    def _clause_subject(self, doc: Doc, start: int, end: int) -> SpeakerPhrase | None:
        """The subject of the first finite verb between start and end."""
        for k in range(start, end):
            if doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm"):
                return phrase_before(doc, k, start, self.lexicon) or phrase_after(
                    doc, k, end, self.lexicon)
        return None

    def _first_name(self, doc: Doc, start: int, end: int) -> SpeakerPhrase | None:
        """The first person name before a colon ("Geoff Yu vom Verwalter BNY: „…“")."""
        for ent in self._ents:
            # A PER without a proper noun is a tagging slip on a common noun ("Bildungspolitik").
            if ent.label_ == "PER" and doc[start].idx <= ent.start_char < doc[end - 1].idx and (
                    any(t.pos_ == "PROPN" for t in ent)):
                return SpeakerPhrase(ent.start_char, ent.end_char, ent.text, False, True)
        for i in range(start, end - 1):
            if doc[i].pos_ == "PROPN" and doc[i + 1].pos_ in ("PROPN", "NOUN", "ADJ") and doc[
                    i + 1].text[:1].isupper() and "-" not in doc[i].text:
                return SpeakerPhrase(doc[i].idx, doc[i + 1].idx + len(doc[i + 1]),
                                     doc[i : i + 2].text, False, True)
        for i in range(start, end):  # a single name after a role: "der Soldat Andrij"
            if doc[i].pos_ == "PROPN" and i > start and self.lexicon.is_role(doc[i - 1].text):
                return SpeakerPhrase(doc[i].idx, doc[i].idx + len(doc[i]), doc[i].text, False,
                                     True)
        return None

    def _previous_sentence(
        self, doc: Doc, starts: list[int], span: QuotedSpan
    ) -> Attribution | None:
        """"Boos-John kritisiert den Auftritt. „…“": the quote is the previous sentence's
        speaker's (same paragraph, speech verb with a subject)."""
        opener = _token_at_or_after(starts, span.open)
        if opener is None or self._sentences.of(opener).start != opener:
            return None
        previous = self._sentences.before(self._sentences.of(opener))
        if previous is None or "\n" in self._text[previous.end_char : doc[opener].idx]:
            return None
        for i in range(previous.start, previous.end):
            if is_cue_verb(doc[i], self.lexicon) and doc[i].pos_ == "VERB":
                phrase = self._subject(doc, i, previous.start, previous.end, verb_first=False)
                if phrase is not None and not phrase.pronoun:
                    return Attribution(phrase, False, rule="previous-sentence")
        if any(t.text in "„“\"»«”" for t in previous):
            return None
        # "… führt der Geheimdienstexperte Hänni darauf zurück. „…“": the person just named
        name = self._first_name(doc, previous.start, previous.end)
        return Attribution(name, False, rule="previous-name") if name is not None else None

    def _subject(
        self, doc: Doc, verb: int, floor: int, limit: int, *, verb_first: bool
    ) -> SpeakerPhrase | None:
        """The speaker next to a cue verb: German inverts after a quote or adverb ("sagte
        Scholz"), English mostly puts the subject first ("Smith said") but also inverts
        ("said Smith")."""
        if self.lexicon.lang == "de" and verb > floor and doc[verb - 1].text == "," and (
                _clause_before(doc, verb - 1, floor)):
            verb_first = True  # "Die Lage sei ernst, erklärte eine Sprecherin"
        if verb_first:
            return phrase_after(doc, verb, limit, self.lexicon) or phrase_before(
                doc, verb, floor, self.lexicon)
        if verb > floor and doc[verb - 1].text == "," and (
                doc[verb].tag_ == "VBG" or "Ger" in doc[verb].morph.get("VerbForm")):
            # "…, declaring that …", "…, adding that …": the main clause's subject
            return self._clause_subject(doc, floor, verb)
        auxiliary = _auxiliary_before(doc, verb, floor)
        if auxiliary is not None:  # "hatte er … betont": the subject follows the auxiliary
            phrase = phrase_after(doc, auxiliary, verb, self.lexicon)
            if phrase is not None:
                return phrase
        if verb > floor and doc[verb - 1].pos_ == "CCONJ":
            # "Mpofu adopted a stance and said …": the subject of the first verb
            previous = next((k for k in range(verb - 2, floor - 1, -1)
                             if doc[k].pos_ in ("VERB", "AUX")
                             and "Fin" in doc[k].morph.get("VerbForm")), None)
            if previous is not None:
                return phrase_before(doc, previous, floor, self.lexicon)
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
            if cue.skip_preposition and end < limit and doc[end].pos_ == "ADP":
                end += 1
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

    def _reported_sentence(self, doc: Doc, starts: list[int], span: QuotedSpan) -> bool:
        """The quote's sentence is reported speech: a subjunctive outside the quote
        ("Die Landesregierung verkenne „die besonderen Belastungen“")."""
        if self.lexicon.lang != "de":
            return False
        opener = _token_at_or_after(starts, span.open)
        if opener is None:
            return False
        sentence = self._sentences.of(opener)
        return any(
            _subjunctive(t) and "Fin" in t.morph.get("VerbForm")
            and not span.open <= t.idx <= span.close
            for t in sentence
        )

    def _is_speech(
        self, text: str, span: QuotedSpan, attribution: Attribution, reported: bool = False
    ) -> bool:
        content = text[span.start : span.end]
        words = len(_WORD.findall(content))
        if words == 0:
            return False
        if text[span.close + 1 : span.close + 2] in self.lexicon.scare_after:
            return False  # „Bild“-Zeitung
        sentence_like = bool(_SENTENCE_FINAL.search(content.rstrip()))
        if not sentence_like and words <= _TITLE_WORDS and self._title_before(text, span):
            return False
        colon_or_tail = attribution.tail or attribution.rule == "head-colon" or (
            text[:span.open].rstrip().endswith(":"))
        if attribution.attached and (attribution.phrase is not None or sentence_like
                                     or attribution.rule == "head-colon"):
            # After a comma ("Er rate, „wenig nutzbringende Irritationen“, …") a short
            # quote is a partial one and needs the length of a phrase.
            return colon_or_tail or sentence_like or words >= _PARTIAL_QUOTE_WORDS
        if self.lexicon.lang == "en" and _title_case(content):
            return False  # 'Fox News Live.': a title, even with its full stop
        if sentence_like and words >= _SENTENCE_QUOTE_WORDS:
            return True
        if reported and words >= _PARTIAL_QUOTE_WORDS:
            return True
        if words >= _PARTIAL_QUOTE_WORDS and attribution.phrase is not None:
            return True
        return words >= _LONG_QUOTE_WORDS

    def _title_before(self, text: str, span: QuotedSpan) -> bool:
        window = text[max(0, span.open - 40) : span.open]
        before = _WORD.findall(window)
        if not before:
            return False
        hyphenated = re.search(r"([\w-]+)\W*$", window)
        forms = {before[-1].lower(), hyphenated.group(1).lower() if hyphenated else ""}
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

    # -- indirect speech ------------------------------------------------------------------

    def _indirect(
        self, doc: Doc, paragraphs: list[tuple[int, int]], direct: list[Found]
    ) -> list[Found]:
        found: list[Found] = []
        last: Found | None = None
        previous: Found | None = None
        covered = [(f.start, f.end) for f in direct]
        starts = [start for start, _ in paragraphs]
        for sentence in _segments(doc):
            quoted_here = next((f for f in direct if f.start < sentence.end_char
                                and f.end > sentence.start_char), None)
            if _mostly_quoted(sentence, covered):
                # Reported speech may go on after a direct quote: „…“ Man werde handeln.
                last = previous = quoted_here
                continue
            record = self._reported(doc, sentence, covered)
            adjacent = last is not None and last is previous and last.kind == "indirect"
            if record is None and last is not None and not self._in_aside(sentence) and (
                    self._continues_report(sentence, last, starts, adjacent=adjacent)):
                clause = _clause_span(sentence)
                if not _overlaps_chars(clause, covered):
                    record = Found(*clause, "indirect", last.phrase, "continued",
                                   inherit=last.phrase is None)
            if record is not None and record.end > record.start:
                found.append(record)
                last = record
            elif quoted_here is not None:
                last = quoted_here
            else:
                # "Bondarew kritisiert die Regierung. Diese wolle …": a speech verb without
                # a clause names the source of the reported sentences that follow.
                last = self._source_anchor(doc, sentence) or last
            previous = record
        return found

    def _in_aside(self, sentence: Span) -> bool:
        """Headings and captions do not continue the report around them."""
        return any(start <= sentence.start_char < end for start, end in self._asides)

    def _source_anchor(self, doc: Doc, sentence: Span) -> Found | None:
        for token in sentence:
            if is_cue_verb(token, self.lexicon) and token.pos_ == "VERB":
                phrase = self._subject(doc, token.i, sentence.start, sentence.end,
                                       verb_first=False)
                if phrase is not None:
                    return Found(sentence.start_char, sentence.end_char, "anchor", phrase,
                                 "anchor")
        return None

    def _reported(self, doc: Doc, sentence: Span, covered: list[tuple[int, int]]) -> Found | None:
        for i in range(sentence.start, sentence.end):
            match = self._cue_at(doc, i, sentence.end)
            if match is not None and not match[0].needs_verb:
                record = self._from_source_cue(doc, sentence, i, match, covered)
                if record is not None:
                    return record
        for i in range(sentence.start, sentence.end):
            if is_cue_verb(doc[i], self.lexicon):
                record = self._from_verb(doc, sentence, i, covered)
                if record is not None:
                    return record
        return None

    def _from_source_cue(
        self,
        doc: Doc,
        sentence: Span,
        i: int,
        match: tuple[SourceCue, int],
        covered: list[tuple[int, int]],
    ) -> Found | None:
        cue, end = match
        after_comma = i > sentence.start and doc[i - 1].text == ","
        if cue.after_quote_only and not after_comma:
            return None
        if cue.speaker == "after":
            skip = cue.skip_preposition and end < sentence.end and doc[end].pos_ == "ADP"
            phrase = phrase_after(doc, end - 1 + int(skip), sentence.end, self.lexicon)
        else:
            phrase = phrase_before(doc, i, sentence.start, self.lexicon)
        if phrase is None:
            return None
        phrase = self._extend(doc, phrase)
        cue_first = _phrase_token(doc, phrase, True) if cue.speaker == "before" else i
        after_phrase = _phrase_token(doc, phrase, False) + 1
        if after_comma and _finite_follows(doc, after_phrase, sentence.end):
            # "…, nach Angaben der Opposition wurden 62 Menschen verletzt": the cue opens
            # the next main clause, which is what the source says.
            clause = (after_phrase, _clause_end(doc, after_phrase, sentence.end))
            return self._clause_record(doc, clause, phrase, covered, f"indirect-{cue.id}")
        if after_comma:  # "…, so ein Sprecher." / "…, according to the ministry."
            if i - 2 >= sentence.start and _is_closing_mark(doc[i - 2].text):
                return None  # „…“, so der Arzt: the cue attributes the direct quote
            clause = (sentence.start, i - 1)
        elif cue_first > sentence.start + 1:
            # "Die Partei hatte sich laut dem Papier Gedanken gemacht": the whole sentence
            clause = (sentence.start, sentence.end)
        else:  # "Laut Scholz ist …", "Der Regierung zufolge ist …": the rest of the sentence
            stop = max(end, after_phrase)
            if stop < sentence.end and doc[stop].text == ",":
                stop += 1
            clause = (stop, sentence.end)
        return self._clause_record(doc, clause, phrase, covered, f"indirect-{cue.id}")

    def _from_verb(
        self, doc: Doc, sentence: Span, verb: int, covered: list[tuple[int, int]]
    ) -> Found | None:
        if self.lexicon.lang == "en" and not _finite_or_perfect(doc, verb):
            return None  # "alleged secret stations", "it can be revealed"
        before = verb > sentence.start and doc[verb - 1].text == "," and not _gerund(doc[verb])
        if before:  # "Die Lage sei ernst, sagte Scholz." / "…, said the minister."
            record = self._inverted_after_clause(doc, sentence, verb, covered)
            if record is not None:
                return record
        if self.lexicon.lang == "en" and verb + 1 < sentence.end and doc[verb + 1].text == ",":
            return None  # "X said, adding …": no clause follows the verb
        phrase = self._subject(doc, verb, sentence.start, sentence.end, verb_first=False)
        if phrase is None:
            return None
        first = _phrase_token(doc, phrase, True)
        if first > sentence.start and self._is_as_cue(doc[first - 1]):
            # "Wie die Bundesagentur mitteilt, werden …", "As the minister said, …"
            comma = next((k for k in range(verb + 1, sentence.end) if doc[k].text == ","), None)
            if comma is None:
                return None
            return self._clause_record(doc, (comma + 1, sentence.end), phrase, covered,
                                       "indirect-as")
        if (self.lexicon.lang == "en" and first > sentence.start and doc[first - 1].text == ","
                and phrase.start < doc[verb].idx
                and not _more_follows(doc, phrase, sentence, after=verb)):
            # "…, the minister said." / "…, TNO said.": the clause before the comma
            clause = (sentence.start, first - 1)
            if is_weak_verb(doc[verb], self.lexicon) or not self._reports(
                    doc, clause, needs_subjunctive=False):
                return None
            return self._clause_record(doc, clause, phrase, covered, "indirect-verb-after")
        start = self._clause_start(doc, verb, phrase, sentence.end)
        if start is None:
            return None
        clause = (start, _clause_end(doc, start, sentence.end))
        complementizer = doc[start - 1].lower_ in self.lexicon.complementizers
        if self.lexicon.lang == "en":
            if is_weak_verb(doc[verb], self.lexicon) and not complementizer:
                return None
            if not _starts_clause(doc, start, sentence.end, after_that=complementizer):
                return None
            needs_subjunctive = False
        else:
            # "Amnesty erklärte, in Syrien drohten Rückkehrern Folter": right after a
            # strong speech verb and its comma, a clause is reported in any mood
            announced = (doc[start - 1].text == "," and start - 2 == verb
                         and not is_weak_verb(doc[verb], self.lexicon)
                         and _main_clause_opening(doc[start]))
            needs_subjunctive = not (complementizer or announced)
        if not self._reports(doc, clause, needs_subjunctive=needs_subjunctive):
            return None
        return self._clause_record(doc, clause, phrase, covered, "indirect-verb")

    def _inverted_after_clause(
        self, doc: Doc, sentence: Span, verb: int, covered: list[tuple[int, int]]
    ) -> Found | None:
        if any(t.head.i == verb and t.dep_ in _SUBJECTS for t in doc[sentence.start : verb]):
            return None  # "Die Präsidentin, die …, rief die Bürger auf": no inversion
        phrase = phrase_after(doc, verb, sentence.end, self.lexicon)
        if phrase is None:
            return None
        clause = (sentence.start, verb - 1)
        subjunctive_before = self.lexicon.lang == "de" and any(
            _subjunctive(t) for t in doc[clause[0] : clause[1]])
        if _more_follows(doc, phrase, sentence) and not subjunctive_before:
            return None
        weak = is_weak_verb(doc[verb], self.lexicon)
        if self.lexicon.lang == "en" and weak:
            return None
        if not self._reports(doc, clause, needs_subjunctive=weak):
            return None
        return self._clause_record(doc, clause, phrase, covered, "indirect-verb-after")

    def _extend(self, doc: Doc, phrase: SpeakerPhrase) -> SpeakerPhrase:
        """"nach Angaben der Organisation Reporter ohne Grenzen": an actor mention that
        starts in the phrase and runs on (over "ohne") belongs to it."""
        end = phrase.end
        for start, stop in self._mentions:
            if phrase.start <= start < phrase.end < stop:
                end = max(end, stop)
        if end == phrase.end:
            return phrase
        return SpeakerPhrase(phrase.start, end, self._text[phrase.start : end], phrase.pronoun,
                             phrase.named)

    def _is_as_cue(self, token: Token) -> bool:
        cue = self.lexicon.source_cues.get((token.lower_,))
        return cue is not None and cue.needs_verb

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
            if doc[k].text in ",:;\"“”" or doc[k].pos_ in ("VERB", "AUX"):
                break  # a "that" further on belongs to the reported clause itself
        addressee = doc[verb].lower_ in self.lexicon.addressee_verbs
        start = _skip_objects(doc, position, end, addressee=addressee)
        while start < end and (doc[start].lower_ in self.lexicon.not_speaker
                               or _modifies_verb(doc[start], verb)):
            start += 1  # "said Monday (that) …", "said late Tuesday he …"
        if start > verb + 1 and start < end and doc[start].tag_ == "VBG":
            return None  # "said before pointing out …": no reported clause
        return start

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

    def _continues_report(
        self, sentence: Span, last: Found, starts: list[int], *, adjacent: bool
    ) -> bool:
        """German reported speech runs on in Konjunktiv I ("Man werde handeln."), within
        the next paragraphs; right after a report also in Konjunktiv II ("Zudem würden …")."""
        if self.lexicon.lang != "de":
            return False
        gap = _paragraph_index(starts, sentence.start_char) - _paragraph_index(starts, last.end)
        if gap > _INHERIT_PARAGRAPHS:
            return False
        finite = [t for t in sentence if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get(
            "VerbForm")]
        if any(_konjunktiv_i(t) for t in finite):
            return True
        return adjacent and bool(finite) and _subjunctive(finite[0])

    def _clause_record(
        self,
        doc: Doc,
        clause: tuple[int, int],
        phrase: SpeakerPhrase,
        covered: list[tuple[int, int]],
        rule: str,
    ) -> Found | None:
        start, end = clause
        while end > start and doc[end - 1].pos_ in ("PUNCT", "SPACE"):
            end -= 1
        while start < end and doc[start].pos_ in ("PUNCT", "SPACE"):
            start += 1
        if end - start < _MIN_CLAUSE_TOKENS:
            return None
        span = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
        if _overlaps_chars(span, covered) or _cuts_quote(span, covered):
            return None  # mostly a direct quote, or cut across one: counted as that quote
        return Found(span[0], span[1], "indirect", phrase, rule)

    # -- output ---------------------------------------------------------------------------

    def _quote(self, text: str, found: Found) -> Quote:
        attributes: dict[str, Any] = {"rule": found.rule}
        if len(found.parts) > 1:
            attributes["parts"] = [[start, end] for start, end in found.parts]
        return Quote(found.start, found.end, text[found.start : found.end],
                     "direct" if found.kind == "direct" else "indirect",
                     found.speaker, attributes)


# -- helpers ------------------------------------------------------------------------------


def _trim_comma(text: str, start: int, end: int) -> tuple[int, int]:
    """English puts the attribution comma inside the marks ("…," he said): not quoted."""
    stripped = text[start:end].rstrip()
    if stripped.endswith(","):
        return start, start + len(stripped) - 1
    return start, end


def _token_at_or_after(starts: list[int], offset: int) -> int | None:
    k = bisect_right(starts, offset - 1)
    return k if k < len(starts) else None


def _continues_after_quote(doc: Doc, first: int) -> bool:
    """The sentence splitter may cut after "…“" even when ", sagte er" follows."""
    return doc[first].text in (",", ";") or (doc[first].text[:1].islower())


def _stop_at_quote(doc: Doc, first: int, limit: int, lexicon: QuotesLexicon) -> int:
    openers = {mark.open for mark in lexicon.quote_marks}
    for k in range(first + 1, limit):
        if doc[k].text in openers and k > first + 1:
            return k
    return limit


def _segments(doc: Doc) -> list[Span]:
    """Sentences, also cut at paragraph breaks (a caption without a full stop runs into
    the next paragraph otherwise)."""
    segments: list[Span] = []
    for sentence in Sentences(doc).spans:
        start = sentence.start
        for token in sentence:
            if token.is_space and "\n" in token.text and token.i > start:
                segments.append(doc[start : token.i + 1])
                start = token.i + 1
        if start < sentence.end:
            segments.append(doc[start : sentence.end])
    return segments


def _segment_end(doc: Doc, i: int) -> int:
    """The end of i's paragraph (first newline token after i), at most a sentence on."""
    for k in range(i, min(len(doc), i + 40)):
        if doc[k].is_space and "\n" in doc[k].text:
            return k
    return min(len(doc), i + 40)


def _paragraph_floor(doc: Doc, floor: int, i: int) -> int:
    """The first token of i's paragraph, if the sentence starts before it."""
    for k in range(i - 1, floor - 1, -1):
        if doc[k].is_space and "\n" in doc[k].text:
            return k + 1
    return floor


class Sentences:
    """Sentence lookup by token index. `Token.sent` walks all of `doc.sents` on every call
    (quadratic on long articles); this computes the sentences once."""

    def __init__(self, doc: Doc) -> None:
        self.spans = list(doc.sents)
        self.starts = [span.start for span in self.spans]

    def of(self, i: int) -> Span:
        return self.spans[max(0, bisect_right(self.starts, i) - 1)]

    def before(self, sentence: Span) -> Span | None:
        k = bisect_right(self.starts, sentence.start) - 1
        return self.spans[k - 1] if k > 0 else None


def _overlaps_chars(span: tuple[int, int], covered: list[tuple[int, int]]) -> bool:
    """A reported clause that is mostly a direct quote is that quote, not indirect speech."""
    start, end = span
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in covered)
    return inside > 0.5 * (end - start)


def _cuts_quote(span: tuple[int, int], covered: list[tuple[int, int]]) -> bool:
    start, end = span
    return any(s < end and start < e and not (start <= s and e <= end) for s, e in covered)


def _title_case(content: str) -> bool:
    words = [w for w in content.split() if len(w) > 3]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _only_attribution_between(text: str, start: int, end: int) -> bool:
    """Only punctuation between the attribution and the next part ("…“, sagte er, „…")."""
    gap = text[start:end]
    return len(gap) <= 10 and not re.search(r"\w|[.!?]", gap)


def _is_subject(token: Token) -> bool:
    """The token is a clause's subject or a name in apposition to one ("der Islamexperte
    Guido Steinberg")."""
    for _ in range(3):
        if token.dep_ in _SUBJECTS:
            return True
        if token.dep_ not in _NAME_LINKS or token.head is token:
            return False
        token = token.head
    return False


def _paragraph_index(starts: list[int], offset: int) -> int:
    return bisect_right(starts, offset) - 1


def _clause_end(doc: Doc, start: int, end: int) -> int:
    """A reported clause stops at a paragraph break the sentence splitter missed, and at a
    colon that introduces direct speech ("…, es brauche mehr: „…“")."""
    for k in range(start, end):
        if "\n" in doc[k].text or "\n" in doc[k].whitespace_:
            return k + 1
        if doc[k].text == ":":
            return k
    return end


def _more_follows(doc: Doc, phrase: SpeakerPhrase, sentence: Span, after: int = -1) -> bool:
    """After "…, sagte X" only adverbials may follow, not a colon and a quote or a clause
    ("…, erklärte er gegenüber der Welt: „…“")."""
    end = max(_phrase_token(doc, phrase, False), after) + 1
    for token in doc[end : sentence.end]:
        if token.lower_ in ("as", "while", "when", "before", "after") or token.text == ",":
            return False  # "…, the agency said as it released its data", "…, he said, which"
        if token.text in ":„“\"»«" or token.pos_ in ("VERB", "AUX"):
            return True
    return False


def _is_closing_mark(text: str) -> bool:
    return text in ("“", "”", "\"", "«", "»", "’", "'")


def _mostly_quoted(sentence: Span, covered: list[tuple[int, int]]) -> bool:
    inside = sum(
        max(0, min(sentence.end_char, end) - max(sentence.start_char, start))
        for start, end in covered
    )
    return inside > 0.5 * (sentence.end_char - sentence.start_char)


def _skip_objects(doc: Doc, position: int, end: int, *, addressee: bool) -> int:
    """English "said on Monday (that)", "told reporters": skip the addressee and
    prepositional phrases between the verb and the reported clause."""
    while position < end:
        token = doc[position]
        if addressee and token.pos_ in ("NOUN", "PROPN") and doc[position - 1].pos_ == "VERB":
            position += 1  # "told reporters"
            continue
        if token.pos_ != "ADP":
            break
        position += 1
        while position < end and doc[position].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
            position += 1
    return position


def _starts_clause(doc: Doc, start: int, end: int, *, after_that: bool = False) -> bool:
    """A reported clause starts with its subject (not "to"/"for"), and its finite verb
    comes early, before any comma ("a policy of X for Y, which has …" is an object)."""
    while start < end and doc[start].is_punct:
        start += 1  # "say that “honest” describes …"
    if start >= end:
        return False
    token = doc[start]
    if not (token.pos_ in ("DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM", "ADV") or _gerund(token)):
        return False
    for k in range(start, min(end, start + _SUBJECT_TOKENS)):
        if doc[k].text in ",;:" and not after_that:
            return False  # after "that" a comma may close an apposition of the subject
        if doc[k].tag_ in ("WP", "WDT") and not after_that:
            return False  # "the arrests of two men who ran …": an object with a relative clause
        if doc[k].pos_ in ("VERB", "AUX") and k > start and (
                "Fin" in doc[k].morph.get("VerbForm") or doc[k].tag_ == "MD"):
            # "the critical role she played": a noun, then a pronoun subject of a
            # relative clause; the object of the verb, not a reported clause
            return not (k - 1 > start and doc[k - 1].pos_ == "PRON"
                        and doc[k - 2].pos_ == "NOUN" and not after_that)
    return False


def _gerund(token: Token) -> bool:
    return token.tag_ == "VBG"


def _finite_or_perfect(doc: Doc, verb: int) -> bool:
    """"said", "has said", "is saying", not the participle of "it can be revealed"."""
    token = doc[verb]
    if token.tag_ != "VBN":
        return True
    return any(doc[k].lemma_ == "have" for k in range(max(0, verb - 3), verb))


def _clause_before(doc: Doc, comma: int, floor: int) -> bool:
    """A finite verb between the previous comma and this one: a clause, not a name with
    an apposition ("Luke Bartholomew vom Verwalter X, erwartet")."""
    for k in range(comma - 1, floor - 1, -1):
        if doc[k].text == ",":
            break
        if doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm"):
            return True
    return False


def _auxiliary_before(doc: Doc, verb: int, floor: int) -> int | None:
    """The finite auxiliary of a German verb-final participle ("hatte … betont")."""
    if "Part" not in doc[verb].morph.get("VerbForm") or doc.lang_ != "de":
        return None
    for k in range(verb - 1, max(floor - 1, verb - 12), -1):
        if doc[k].text in ",;:":
            return None
        if doc[k].pos_ == "AUX" and "Fin" in doc[k].morph.get("VerbForm"):
            return k
    return None


def _modifies_verb(token: Token, verb: int) -> bool:
    """Whether `token` belongs to a modifier of the speech verb itself ("late Tuesday" in
    "said late Tuesday he …"), not to the clause it reports."""
    while token.head.i != token.i:
        if token.head.i == verb:
            return token.dep_ in _VERB_MODIFIERS
        token = token.head
    return False


def _main_clause_opening(token: Token) -> bool:
    """The first word of a declarative main clause: not a question word ("was wirklich
    hilft"), a subordinator, a verb or a quotation mark (direct speech follows)."""
    return token.pos_ not in ("VERB", "AUX", "SCONJ", "PUNCT") and (
        "Int" not in token.morph.get("PronType"))


def _finite_follows(doc: Doc, k: int, end: int) -> bool:
    """A finite verb right after a cue phrase: the cue stands first in a main clause."""
    return k < end and doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm")


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
