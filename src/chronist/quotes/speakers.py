"""Speakers: the noun phrase next to a speech cue, resolved to an actor where possible.

Works on the spaCy analysis (`doc.analysis`): parts of speech, lemmas and sentences. The
phrase is read off the tokens around the cue ("sagte der Sprecher des Ministeriums",
"Smith said", "laut Scholz"); it is then linked through `doc.actor_mentions` (the actors
layer) when a mention covers it. Pronouns and role nouns without a linked mention fall back
to the nearest preceding person (outside quotes); bare surnames are expanded to the full
name used earlier in the article ("Scholz" -> "Olaf Scholz").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from chronist.quotes.lexicon import QuotesLexicon

_NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
_HEAD_POS = frozenset({"NOUN", "PROPN"})
_SKIPPABLE = frozenset({"ADV", "PART"})
# Prepositions that continue an English role phrase ("a spokesman for the ministry").
_EN_ROLE_LINKS = frozenset({"of", "for", "at"})
# German genitive articles continue a role phrase ("der Sprecher des Ministeriums").
_DE_GENITIVE = frozenset({"des", "der"})
_DEFINITE = frozenset({"der", "die", "das", "the", "den", "dem"})
_TITLE_CHARS = "(["


@dataclass(slots=True)
class SpeakerPhrase:
    start: int
    end: int
    text: str
    pronoun: bool
    named: bool
    """Contains a proper name (PROPN)."""


def is_cue_verb(token: Token, lexicon: QuotesLexicon) -> bool:
    if token.pos_ and token.pos_ not in ("VERB", "AUX"):
        return False
    return token.lower_ in lexicon.cue_verbs or token.lemma_.lower() in lexicon.cue_verbs


def _phrase(tokens: Sequence[Token], lexicon: QuotesLexicon) -> SpeakerPhrase | None:
    while tokens and tokens[-1].pos_ in ("DET", "ADP", "PUNCT"):
        tokens = tokens[:-1]
    while tokens and tokens[0].pos_ in ("ADP", "PUNCT"):
        tokens = tokens[1:]
    if not tokens:
        return None
    if len(tokens) == 1 and tokens[0].lower_ in lexicon.pronouns:
        token = tokens[0]
        return SpeakerPhrase(token.idx, token.idx + len(token), token.text, True, False)
    if not any(t.pos_ in _HEAD_POS for t in tokens):
        return None
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1])
    text = tokens[0].doc.text[start:end]
    return SpeakerPhrase(start, end, text, False, any(t.pos_ == "PROPN" for t in tokens))


def phrase_after(doc: Doc, i: int, limit: int, lexicon: QuotesLexicon) -> SpeakerPhrase | None:
    """The noun phrase starting after token i ("sagte der Minister", "said John Smith")."""
    j = i + 1
    skipped = 0
    while j < limit and doc[j].pos_ in _SKIPPABLE and skipped < 2:
        j += 1
        skipped += 1
    if j >= limit:
        return None
    if doc[j].lower_ in lexicon.pronouns:
        return _phrase([doc[j]], lexicon)
    tokens: list[Token] = []
    while j < limit:
        token = doc[j]
        if token.pos_ in _NP_POS and token.text not in _TITLE_CHARS:
            tokens.append(token)
        elif _continues_phrase(doc, j, limit, tokens, lexicon):
            tokens.append(token)
        else:
            break
        j += 1
    return _phrase(tokens, lexicon)


def _continues_phrase(
    doc: Doc, j: int, limit: int, tokens: list[Token], lexicon: QuotesLexicon
) -> bool:
    """A role noun takes a genitive or "of/for" complement; a name may be hyphenated."""
    if not tokens or j + 1 >= limit:
        return False
    token, following = doc[j], doc[j + 1]
    if token.text in "-‐" and not token.whitespace_ and following.pos_ in _HEAD_POS:
        return True
    if tokens[-1].pos_ != "NOUN" or following.pos_ not in _NP_POS:
        return False
    links = _EN_ROLE_LINKS if lexicon.lang == "en" else _DE_GENITIVE
    return token.lower_ in links


def phrase_before(doc: Doc, i: int, floor: int, lexicon: QuotesLexicon) -> SpeakerPhrase | None:
    """The subject noun phrase ending before token i ("Scholz sagte", "A spokesman for the
    ministry said"); None when the words there sit in a prepositional phrase ("Am Montag")."""
    j = i - 1
    skipped = 0
    while j >= floor and (doc[j].pos_ in _SKIPPABLE or doc[j].pos_ == "AUX") and skipped < 3:
        j -= 1
        skipped += 1
    if j < floor:
        return None
    if doc[j].lower_ in lexicon.pronouns:
        return _phrase([doc[j]], lexicon)
    tokens: list[Token] = []
    while j >= floor:
        token = doc[j]
        if token.pos_ in _NP_POS and token.text not in _TITLE_CHARS:
            tokens.insert(0, token)
        elif tokens and j > floor and _continues_phrase(doc, j, i, [doc[j - 1]], lexicon):
            tokens.insert(0, token)
        else:
            break
        j -= 1
    if j >= floor and doc[j].pos_ == "ADP":
        return None  # "Am Montag sagte …": a time or place, not the speaker
    if j >= floor and doc[j].pos_ == "PUNCT" and doc[j].text == ")":
        return phrase_before(doc, _matching_paren(doc, j, floor), floor, lexicon)
    return _phrase(tokens, lexicon)


def _matching_paren(doc: Doc, j: int, floor: int) -> int:
    """"Scholz (SPD) sagte": skip the bracket back to the name."""
    k = j
    while k > floor and doc[k].text != "(":
        k -= 1
    return k


# -- resolving a phrase to an actor ---------------------------------------------------------


class SpeakerResolver:
    """Turns speaker phrases into `{"entity", "name"}` records for one document."""

    def __init__(self, doc: Doc, actor_mentions: Sequence[Any],
                 quoted: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.mentions = list(actor_mentions)
        self.quoted = sorted(quoted)
        self._quoted_starts = [start for start, _ in self.quoted]
        self._named: list[tuple[int, dict[str, Any]]] = []
        """Named speakers resolved so far, with their offsets (antecedents for pronouns)."""

    def inside_quote(self, start: int, end: int) -> bool:
        k = bisect_right(self._quoted_starts, start) - 1
        return k >= 0 and self.quoted[k][0] <= start and end <= self.quoted[k][1]

    def resolve(self, phrase: SpeakerPhrase, *, before: int) -> dict[str, Any]:
        mention = self._mention(phrase.start, phrase.end)
        if mention is not None and getattr(mention, "entity", None):
            return _record(mention)
        if phrase.pronoun or (mention is not None and _kind(mention) == "pronoun"):
            antecedent = self.nearest_person(min(before, phrase.start))
            return antecedent or {"entity": None, "name": phrase.text}
        if not phrase.named:
            return {"entity": None, "name": _strip_article(phrase.text)}
        name = self._person_in(phrase) or self._full_name(phrase)
        record = {"entity": self._entity_for(name), "name": name}
        self._named.append((phrase.start, record))
        return record

    def _person_in(self, phrase: SpeakerPhrase) -> str | None:
        """"Prime Minister Keir Starmer" -> the person name inside the phrase."""
        for ent in self.doc.ents:
            if ent.label_ == "PER" and phrase.start <= ent.start_char < phrase.end:
                return self._expand(ent)
        return None

    def _mention(self, start: int, end: int) -> Any | None:
        best, best_overlap = None, 0
        for mention in self.mentions:
            overlap = min(end, mention.end) - max(start, mention.start)
            if overlap > best_overlap:
                best, best_overlap = mention, overlap
        return best

    def nearest_person(self, offset: int) -> dict[str, Any] | None:
        """The last person mentioned before `offset` outside quotes."""
        for mention in reversed(self.mentions):
            if mention.start >= offset or self.inside_quote(mention.start, mention.end):
                continue
            if getattr(mention, "type", None) == "PERSON" and _kind(mention) == "name":
                return _record(mention)
        for ent in reversed(list(self.doc.ents)):
            if ent.start_char >= offset or self.inside_quote(ent.start_char, ent.end_char):
                continue
            if ent.label_ == "PER":
                return {"entity": None, "name": self._expand(ent)}
        for start, record in reversed(self._named):
            if start < offset:
                return record
        return self._proper_name_before(offset)

    def _proper_name_before(self, offset: int) -> dict[str, Any] | None:
        """Without entities: the last run of two or more proper nouns ("Olaf Scholz")."""
        tokens = [t for t in self.doc if t.idx < offset]
        k = len(tokens) - 1
        while k > 0:
            if tokens[k].pos_ == "PROPN" and tokens[k - 1].pos_ == "PROPN" and not (
                    self.inside_quote(tokens[k].idx, tokens[k].idx + 1)):
                first = k - 1
                while first > 0 and tokens[first - 1].pos_ == "PROPN":
                    first -= 1
                return {"entity": None, "name": self.doc[tokens[first].i : tokens[k].i + 1].text}
            k -= 1
        return None

    def _expand(self, ent: Span) -> str:
        phrase = SpeakerPhrase(ent.start_char, ent.end_char, ent.text, False, True)
        return self._full_name(phrase)

    def _full_name(self, phrase: SpeakerPhrase) -> str:
        """"Scholz" -> "Olaf Scholz" when the article used the longer name before."""
        names = [t for t in self.doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
                 if t.pos_ == "PROPN"] if self.doc is not None else []
        if not names:
            return _strip_article(phrase.text)
        last = names[-1]
        for token in self.doc:
            if token.idx >= phrase.start:
                break
            if token.text == last.text and token.i > 0 and token.pos_ == "PROPN":
                first = token.i
                while first > 0 and self.doc[first - 1].pos_ == "PROPN":
                    first -= 1
                if first < token.i and token.i - first + 1 > len(names):
                    return self.doc[first : token.i + 1].text
        return self.doc[names[0].i : last.i + 1].text

    def _entity_for(self, name: str) -> str | None:
        surname = name.split()[-1]
        for mention in self.mentions:
            entity = getattr(mention, "entity", None)
            if entity and mention.text.split()[-1:] == [surname]:
                return str(entity)
        return None


def _kind(mention: Any) -> str:
    return str(getattr(mention, "kind", "name"))


def _record(mention: Any) -> dict[str, Any]:
    name = getattr(mention, "name", None) or mention.text
    return {"entity": getattr(mention, "entity", None), "name": name}


def _strip_article(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if first.lower() in _DEFINITE and rest else text
