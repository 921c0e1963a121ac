"""Speakers: the noun phrase next to a speech cue, resolved to an actor where possible.

Works on the spaCy analysis (`doc.analysis`): parts of speech, lemmas and sentences. The
phrase is read off the tokens around the cue ("sagte der Sprecher des Ministeriums",
"Smith said", "laut Scholz"). Its person name, if any, is taken from the phrase (a PER
entity, or a run of proper nouns when the language has no entity recogniser) without titles
("Hamburgs Polizeipräsident Falk Schnabel" -> "Falk Schnabel") and completed from the first
mention in the article ("Scholz" -> "Olaf Scholz", "Sir Keir" -> "Keir Starmer"). The actor
layer (`doc.actor_mentions`) supplies the entity id when one of its mentions covers the name
or, for descriptions ("die Regierung"), the phrase. Pronouns go to the nearest preceding
person or speaker outside quotes; plural pronouns to the previous speaker.
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
_BRACKETS = "()[]"
# Names longer than this (in tokens) are names of organisations, not people.
_MAX_NAME_TOKENS = 4
# How far back (tokens) a preposition may govern a coordinated list of names.
_PP_WINDOW = 8
# An apposition between the speaker and the verb is at most this long (tokens).
_MAX_APPOSITION = 40



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


def is_weak_verb(token: Token, lexicon: QuotesLexicon) -> bool:
    return token.lower_ in lexicon.weak_verbs or token.lemma_.lower() in lexicon.weak_verbs


def _phrase(tokens: Sequence[Token], lexicon: QuotesLexicon) -> SpeakerPhrase | None:
    tokens = [t for t in tokens if not t.is_space]
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
    if any(t.lower_ in lexicon.not_speaker for t in tokens):
        return None  # "erklärte Anfang März", "said on Monday"
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1])
    text = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text
    return SpeakerPhrase(start, end, text, False, any(t.pos_ == "PROPN" for t in tokens))


def phrase_after(doc: Doc, i: int, limit: int, lexicon: QuotesLexicon) -> SpeakerPhrase | None:
    """The noun phrase starting after token i ("sagte der Minister", "said John Smith")."""
    j = i + 1
    skipped = 0
    while j < limit and skipped < 2 and (
            doc[j].pos_ in _SKIPPABLE or doc[j].lower_ in lexicon.verb_reflexives):
        j += 1
        skipped += 1
    if j >= limit:
        return None
    if doc[j].lower_ in lexicon.pronouns:
        return _phrase([doc[j]], lexicon)
    tokens: list[Token] = []
    while j < limit:
        token = doc[j]
        if (token.pos_ in _NP_POS or _possessive(token)) and token.text not in _BRACKETS:
            tokens.append(token)
        elif _continues_phrase(doc, j, limit, tokens, lexicon):
            tokens.append(token)
        elif _joins_roles(doc, j, limit, tokens):
            tokens.append(token)
        elif tokens and not doc[j - 1].whitespace_ and token.text not in _BRACKETS + ",.:;":
            tokens.append(token)  # "Editor-in-Chief"
        else:
            break
        j += 1
    name = _apposed_name(doc, j, limit)
    if name is not None and tokens and (not any(t.pos_ == "PROPN" for t in tokens)
                                        or lexicon.is_role(tokens[-1].text)):
        # "die Landesvorsitzende der Familienunternehmen, Colette Boos-John,";
        # "said CPA Canada's chief economist, David-Alexandre Brassard."
        return name
    return _phrase(tokens, lexicon)


def _apposed_name(doc: Doc, j: int, limit: int) -> SpeakerPhrase | None:
    if j >= limit or doc[j].text != ",":
        return None
    k = j + 1
    while k < limit and (doc[k].pos_ == "PROPN" or (
            not doc[k - 1].whitespace_ and doc[k].text[:1].isupper())):
        k += 1
    if k - j - 1 < 2 or k >= limit or doc[k].text not in ",.":
        return None
    start, end = doc[j + 1].idx, doc[k - 1].idx + len(doc[k - 1])
    return SpeakerPhrase(start, end, doc[j + 1 : k].text, False, True)


def _possessive(token: Token) -> bool:
    """"her campaign", "seine Partei": a possessive pronoun works as a determiner."""
    return token.pos_ in ("PRON", "DET") and "Yes" in token.morph.get("Poss")


def _joins_roles(doc: Doc, j: int, limit: int, tokens: list[Token]) -> bool:
    """"NBC-Kommentator und NBA-Champion Dwyane Wade": roles joined before the name."""
    return (
        bool(tokens)
        and doc[j].pos_ == "CCONJ"
        and j + 1 < limit
        and doc[j + 1].pos_ in _NP_POS
        and all(t.pos_ != "PROPN" for t in tokens)
    )


def _continues_phrase(
    doc: Doc, j: int, limit: int, tokens: list[Token], lexicon: QuotesLexicon
) -> bool:
    """A role noun takes a genitive or "of/for" complement; a name may be hyphenated."""
    if not tokens or j + 1 >= limit:
        return False
    token, following = doc[j], doc[j + 1]
    if token.text in "-‐" and not token.whitespace_ and following.pos_ in _HEAD_POS:
        return True
    if tokens[-1].pos_ not in _HEAD_POS or following.pos_ not in _NP_POS:
        return False
    return token.lower_ in lexicon.role_links


def phrase_before(doc: Doc, i: int, floor: int, lexicon: QuotesLexicon) -> SpeakerPhrase | None:
    """The subject noun phrase ending before token i ("Scholz sagte", "A spokesman for the
    ministry said"); None when the words there sit in a prepositional phrase ("Am Montag")."""
    j = i - 1
    skipped = 0
    while j >= floor and (doc[j].pos_ in _SKIPPABLE or doc[j].pos_ == "AUX"
                          or doc[j].lower_ in lexicon.clause_particles) and skipped < 3:
        j -= 1
        skipped += 1
    if j >= floor and doc[j].text == ")":
        j = _matching_paren(doc, j, floor) - 1  # "Scholz (SPD) sagte"
    if j > floor and doc[j].text == ",":
        j = _skip_apposition(doc, j, floor)  # "Luke Bartholomew vom Verwalter X, erwartet"
    if j < floor:
        return None
    if doc[j].lower_ in lexicon.pronouns:
        return _phrase([doc[j]], lexicon)
    tokens: list[Token] = []
    while j >= floor:
        token = doc[j]
        if token.pos_ in _NP_POS and token.text not in _BRACKETS:
            tokens.insert(0, token)
        elif tokens and not token.whitespace_ and token.text not in _BRACKETS + ",":
            tokens.insert(0, token)  # "Editor-in-Chief": one word split by the tokenizer
        elif tokens and j > floor and _continues_phrase(doc, j, i, [doc[j - 1]], lexicon):
            tokens.insert(0, token)
        else:
            break
        j -= 1
    if j > floor and doc[j].pos_ == "ADP" and doc[j - 1].pos_ == "NUM" and tokens:
        return _phrase(tokens, lexicon)  # "3 in 10 independents say": the counted group
    if j >= floor and doc[j].pos_ == "ADP" and doc[j].lower_ not in lexicon.role_links:
        # "Konstantin Veit vom Vermögensverwalter Pimco betont": the speaker stands before
        # the prepositional phrase; "Am Montag sagte …": a time, not the speaker.
        if j > floor and doc[j - 1].pos_ in _HEAD_POS:
            return _phrase_ending_at(doc, j - 1, floor, lexicon)
        return None
    return _phrase(tokens, lexicon)


def _phrase_ending_at(
    doc: Doc, j: int, floor: int, lexicon: QuotesLexicon, depth: int = 0
) -> SpeakerPhrase | None:
    """"Lauren Nel [from Natural Justice] [in Cape Town] says": up to three prepositional
    phrases between the speaker and the verb."""
    tokens: list[Token] = []
    while j >= floor and doc[j].pos_ in _NP_POS and doc[j].text not in _BRACKETS:
        tokens.insert(0, doc[j])
        j -= 1
    if j >= floor and doc[j].pos_ == "ADP":
        if depth < 2 and j > floor and doc[j - 1].pos_ in _HEAD_POS:
            return _phrase_ending_at(doc, j - 1, floor, lexicon, depth + 1)
        return None
    return _phrase(tokens, lexicon)


def _skip_apposition(doc: Doc, comma: int, floor: int) -> int:
    """"Nick Kaufman, a lawyer who served …, said": step back over the apposition to the
    name before it; a pure name in the apposition ("Minister X, Tom Alweendo, said") is
    kept. Without a second comma the phrase ends at the comma itself."""
    k = comma - 1
    while k > floor and doc[k].text != "," and comma - k < _MAX_APPOSITION and doc[
            k].text not in ".;:":
        k -= 1
    if k > floor and doc[k].text == "," and doc[k - 1].text == ")":
        return _matching_paren(doc, k - 1, floor) - 1  # "Die Gemeinschaft (IGGÖ), die …,"
    if not (k > floor and doc[k].text == "," and doc[k - 1].pos_ in _HEAD_POS):
        return comma - 1
    apposition = doc[k + 1 : comma]
    if all(t.pos_ == "PROPN" or t.text in "-‐" for t in apposition):
        return comma - 1
    return k - 1


def _matching_paren(doc: Doc, j: int, floor: int) -> int:
    k = j
    while k > floor and doc[k].text != "(":
        k -= 1
    return k


# -- names ----------------------------------------------------------------------------------


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha or "-" in token.text and token.text[
        :1].isupper()


class Names:
    """Person names in one document: runs of proper nouns (a first name and what follows)."""

    def __init__(self, doc: Doc, lexicon: QuotesLexicon,
                 not_people: Sequence[tuple[int, int]] = ()) -> None:
        self.doc = doc
        self.lexicon = lexicon
        # `Doc.ents` is rebuilt on every access: keep the list. A PER entity that the actor
        # layer knows as a country, place or organisation ("Kiew") is not a person.
        self.ents = [ent for ent in doc.ents if ent.label_ != "PER" or (
            self._plausible_person(ent) and not any(
                start < ent.end_char and ent.start_char < end for start, end in not_people))]
        self.has_ner = any(ent.label_ == "PER" for ent in self.ents)
        self._runs: list[tuple[int, str]] | None = None

    def _plausible_person(self, ent: Span) -> bool:
        """A recogniser's PER that is a month ("May"), a broken word ("Roman-") or a run of
        common nouns is not taken as a person."""
        if ent.text.endswith("-") or not any(t.pos_ == "PROPN" for t in ent):
            return False
        following = self.doc[ent.end] if ent.end < len(self.doc) else None
        if following is not None and ent.text.endswith("s") and self.lexicon.is_role(
                following.text):
            return False  # "Thüringens AfD-Chef": a genitive place before a role
        return not (len(ent) == 1 and ent[0].lower_ in self.lexicon.not_speaker)

    def in_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The (first token, end token) of the person name inside a character span."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        people = [ent for ent in self.ents
                  if ent.label_ == "PER" and start <= ent.start_char < end]
        if people:  # "Harris senior adviser David Plouffe": the last name is the speaker
            return self._strip(people[-1].start, people[-1].end)
        propn = [t.i for t in span if t.pos_ == "PROPN"]
        if not propn:
            return None
        last = propn[-1]
        end_token = last + 1
        # German tags many surnames as nouns: "Falk/PROPN Schnabel/NOUN".
        while end_token < span.end and _capitalised(self.doc[end_token]):
            end_token += 1
        first = last
        while first > span.start and self.doc[first - 1].pos_ == "PROPN":
            first -= 1
        if self.lexicon.is_role(self.doc[end_token - 1].text):
            return None  # "Thüringens AfD-Chef": a role, not a name
        return self._strip(first, end_token)

    def _strip(self, first: int, end: int) -> tuple[int, int] | None:
        """Drop titles and leading role compounds ("Ex-Grünen-Chefin Ricarda Lang")."""
        while first < end - 1 and (
            self.doc[first].lower_ in self.lexicon.name_titles
            or self.lexicon.is_role(self.doc[first].text)
            or ("-" in self.doc[first].text and end - first > 2)
        ):
            first += 1
        if end - first > _MAX_NAME_TOKENS:
            return None
        return first, end

    def is_person(self, name: str) -> bool:
        """Without NER a person name has a first name and a surname ("Adrian Hänni");
        "Komba", "NRW" name organisations."""
        words = name.split()
        if self.has_ner:
            return any(ent.label_ == "PER" and ent.text.endswith(words[-1])
                       for ent in self.ents)
        return len(words) >= 2 and not any(w.isupper() and len(w) > 1 for w in words)

    def text(self, first: int, end: int) -> str:
        return self.doc[first:end].text

    def full(self, first: int, end: int) -> str:
        """The longest earlier form of the same name: "Scholz" -> "Olaf Scholz",
        "Sir Keir" -> "Keir Starmer"."""
        words = [t.text for t in self.doc[first:end]]
        for token in self.doc[:first]:
            if token.text not in words:
                continue
            run = self._run_around(token.i)
            if run is None:
                continue
            candidate = [t.text for t in self.doc[run[0] : run[1]]]
            if len(candidate) > len(words) and _contains(candidate, words):
                return self.doc[run[0] : run[1]].text  # as written: "Zuma-Sambudla"
        return self.doc[first:end].text

    def _run_around(self, i: int) -> tuple[int, int] | None:
        start, end = i, i + 1
        while start > 0 and self.doc[start - 1].pos_ == "PROPN" and i - start < 3:
            start -= 1
        while end < len(self.doc) and end - start < _MAX_NAME_TOKENS:
            if self._inner_hyphen(end):
                end += 2  # "Lee Jae-myung": the tokenizer splits the given name at "-"
                continue
            if not (self.doc[end].pos_ == "PROPN" or (
                    _capitalised(self.doc[end]) and self.doc[end - 1].pos_ == "PROPN")
                    ) or self.doc[end].pos_ in ("VERB", "AUX", "ADP", "DET"):
                break
            end += 1
        return self._strip(start, end)

    def _inner_hyphen(self, i: int) -> bool:
        """A hyphen written inside a name, with no space on either side."""
        return (self.doc[i].text == "-" and i + 1 < len(self.doc) and i > 0
                and not self.doc[i - 1].whitespace_ and not self.doc[i].whitespace_
                and self.doc[i + 1].is_alpha)

    def runs_before(self, offset: int) -> list[tuple[int, str]]:
        """Two-token name runs starting before `offset` (for documents without NER)."""
        if self._runs is None:
            self._runs = self._all_runs()
        return [(start, name) for start, name in self._runs if start < offset]

    def _all_runs(self) -> list[tuple[int, str]]:
        runs: list[tuple[int, str]] = []
        i = 0
        tokens = self.doc
        while i < len(tokens):
            if tokens[i].pos_ == "PROPN" and i + 1 < len(tokens) and (
                tokens[i + 1].pos_ == "PROPN" or _capitalised(tokens[i + 1])
            ) and tokens[i + 1].pos_ != "VERB":
                found = self.in_span(tokens[i].idx, tokens[i + 1].idx + len(tokens[i + 1]))
                if found is not None and found[1] - found[0] >= 2:
                    runs.append((tokens[i].idx, self.text(*found)))
                i += 2
                continue
            i += 1
        return runs


# -- resolving a phrase to an actor ---------------------------------------------------------


class SpeakerResolver:
    """Turns speaker phrases into `{"entity", "name"}` records for one document; call
    `resolve` in text order (pronouns look back at the speakers resolved before)."""

    def __init__(self, doc: Doc, actor_mentions: Sequence[Any],
                 quoted: list[tuple[int, int]], lexicon: QuotesLexicon,
                 entity_names: dict[str, str] | None = None,
                 captions: Sequence[tuple[int, int]] = ()) -> None:
        self.doc = doc
        self.captions = sorted(captions)
        self._caption_starts = [start for start, _ in self.captions]
        self.lexicon = lexicon
        self.entity_names = entity_names or {}
        self.mentions = [m for m in actor_mentions if _kind(m) != "place"]
        self.quoted = sorted(quoted)
        self._quoted_starts = [start for start, _ in self.quoted]
        not_people = [(m.start, m.end) for m in actor_mentions
                      if getattr(m, "type", "PERSON") not in ("PERSON", None)
                      and _kind(m) != "pronoun"]
        self.names = Names(doc, lexicon, not_people)
        self._people: list[tuple[int, dict[str, Any]]] | None = None
        self._sentence_starts = [sentence.start_char for sentence in doc.sents]
        self._persons: list[tuple[int, dict[str, Any]]] = []
        self._speakers: list[tuple[int, dict[str, Any]]] = []

    def inside_quote(self, start: int, end: int) -> bool:
        k = bisect_right(self._quoted_starts, start) - 1
        return k >= 0 and self.quoted[k][0] <= start and end <= self.quoted[k][1]

    def resolve(self, phrase: SpeakerPhrase, *, before: int) -> dict[str, Any]:
        if phrase.pronoun:
            record = self._antecedent(phrase, min(before, phrase.start))
        else:
            record = self._named_or_description(phrase, before)
        self._speakers.append((phrase.start, record))
        return record

    def _named_or_description(self, phrase: SpeakerPhrase, before: int) -> dict[str, Any]:
        name = self.names.in_span(phrase.start, phrase.end)
        if name is not None:
            start = self.doc[name[0]].idx
            end = self.doc[name[1] - 1].idx + len(self.doc[name[1] - 1])
            person = self._mention(start, end, person=True)
            # "the State Department said", "Beijing's foreign ministry said": a name that
            # the actor layer linked to an organisation or a country is that actor.
            mention = person or self._mention(start, end, person=False)
            surface = self.names.full(*name)
            if person is None and mention is not None and mention.start <= start and (
                    end <= mention.end):
                surface = mention.text  # "Joint Chiefs of Staff", not its last name "Staff"
            if mention is not None:
                record = self._record(mention, surface)
            else:
                record = {"entity": None, "name": surface}
            if person is not None or (mention is None and self.names.is_person(surface)):
                self._persons.append((phrase.start, record))
            return record
        definite_role = self._is_definite_role(phrase)
        head = self._head(phrase)
        mention = self._mention(head[0], head[1], person=False) if head else None
        if mention is not None and (not definite_role or getattr(mention, "type", None) ==
                                    "PERSON"):
            return self._record(mention, self.lexicon.strip_article(phrase.text))
        named = self._named_after_noun(phrase, head)
        if named is not None:
            return self._record(named, named.text)
        if self._is_organisation_noun(phrase):
            # "the bank said", "the institute revealed": the organisation named before.
            organisation = self._nearest_organisation(min(before, phrase.start))
            if organisation is not None:
                return organisation
        if definite_role:
            # "der CDU-Spitzenkandidat", "the minister": a person named before.
            antecedent = self._role_holder(phrase, min(before, phrase.start)) or (
                self._nearest_person(min(before, phrase.start)))
            if antecedent is not None:
                return antecedent
        return {"entity": None, "name": self.lexicon.strip_article(phrase.text)}

    def _head(self, phrase: SpeakerPhrase) -> tuple[int, int] | None:
        """The head noun's character span: the first noun of the phrase that is not a
        genitive before it ("Thüringens AfD-Chef" -> "AfD-Chef")."""
        span = self.doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
        nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN")] if span is not None else []
        while len(nouns) > 1 and nouns[0].text.endswith(("s", "’s", "'s")) and (
                nouns[0].i + 1 == nouns[1].i) and self.lexicon.is_role(nouns[1].text):
            nouns = nouns[1:]
        if not nouns:
            return None
        return nouns[0].idx, nouns[0].idx + len(nouns[0])

    def _is_definite_role(self, phrase: SpeakerPhrase) -> bool:
        """"der CDU-Spitzenkandidat", "Thüringens AfD-Chef", "the minister": one person."""
        span = self.doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
        if span is None or len(span) < 2:
            return False
        first = span[0]
        definite = first.lower_ in self.lexicon.definite_articles or (
            first.pos_ == "PROPN" and first.text.endswith(("s", "'s", "’s")))
        head = next((t for t in span[1:] if t.pos_ in ("NOUN", "PROPN")), None)
        if head is None or not self.lexicon.is_role(head.text) or head.i != span.end - 1:
            return False  # "die Sprecherin des Dienstes" is a description of its own
        # Number from the tagger is unreliable for rare nouns ("Endokrinologe": Plur); a
        # plural article with a plural ending ("die Experten") marks a group.
        lexicon = self.lexicon
        plural = first.lower_ in lexicon.plural_articles and head.text.endswith(
            lexicon.plural_endings)
        return definite and not plural and not head.text.endswith(lexicon.group_endings)

    def _named_after_noun(self, phrase: SpeakerPhrase, head: tuple[int, int] | None) -> Any:
        """"nach Angaben der Organisation Reporter ohne Grenzen", "the group Hamas": an
        organisation noun right before the organisation's name is that organisation."""
        if head is None or self.doc.text[head[0]:head[1]].lower() not in (
                self.lexicon.organisation_nouns):
            return None
        for mention in self.mentions:
            if (getattr(mention, "entity", None) and _kind(mention) == "name"
                    and getattr(mention, "type", None) != "PERSON"
                    and head[1] < mention.start < phrase.end
                    and not self.doc.text[head[1]:mention.start].strip()):
                return mention
        return None

    def _is_organisation_noun(self, phrase: SpeakerPhrase) -> bool:
        """A bare or definite organisation noun: "the bank", "report", "das Institut"."""
        span = self.doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
        if span is None or phrase.named or not 1 <= len(span) <= 2:
            return False
        if len(span) == 2 and span[0].lower_ not in self.lexicon.definite_articles:
            return False
        return span[-1].lower_ in self.lexicon.organisation_nouns

    def _nearest_organisation(self, offset: int) -> dict[str, Any] | None:
        """The last organisation named (by the actor layer or the recogniser) before
        `offset`, outside quotes."""
        best: tuple[int, dict[str, Any]] | None = None
        for mention in self.mentions:
            if mention.start >= offset or getattr(mention, "type", None) in ("PERSON", None):
                continue
            if _kind(mention) != "name" or self.inside_quote(mention.start, mention.end):
                continue
            if best is None or mention.start > best[0]:
                best = (mention.start, self._record(mention, mention.text))
        for ent in self.names.ents:
            if ent.label_ != "ORG" or ent.start_char >= offset:
                continue
            if self.inside_quote(ent.start_char, ent.end_char):
                continue
            if best is None or ent.start_char > best[0]:
                name = self.lexicon.strip_article(ent.text)
                best = (ent.start_char, {"entity": None, "name": name})
        return best[1] if best else None

    def _mention(self, start: int, end: int, *, person: bool) -> Any | None:
        best, best_overlap = None, 0
        for mention in self.mentions:
            if not getattr(mention, "entity", None) or _kind(mention) == "pronoun":
                continue
            if person and getattr(mention, "type", None) != "PERSON":
                continue
            overlap = min(end, mention.end) - max(start, mention.start)
            if overlap > best_overlap:
                best, best_overlap = mention, overlap
        return best

    def _antecedent(self, phrase: SpeakerPhrase, offset: int) -> dict[str, Any]:
        """"er"/"he": the last person who spoke, if recent, else the nearest person before;
        "they"/"wir": the previous speaker."""
        if phrase.text.lower() in self.lexicon.group_pronouns:
            previous = [record for start, record in self._speakers if start < offset]
            if previous:
                return previous[-1]
        return self._nearest_person(offset) or {"entity": None, "name": phrase.text}

    def _role_holder(self, phrase: SpeakerPhrase, offset: int) -> dict[str, Any] | None:
        """The last person introduced with a matching role before: "der AfD-Chef" ->
        "AfD-Spitzenkandidat Björn Höcke" (same party prefix), "the minister" ->
        "Foreign Minister X" (same role)."""
        role = phrase.text.split()[-1].lower()
        prefix, _, base = role.rpartition("-")
        found: dict[str, Any] | None = None
        for token in self.doc:
            if token.idx >= offset:
                break
            if token.pos_ not in ("NOUN", "PROPN") or token.i + 1 >= len(self.doc):
                continue
            word = token.lower_
            word_prefix, _, word_base = word.rpartition("-")
            if prefix:  # "der AfD-Chef": someone introduced with "AfD-…"
                matches = word_prefix == prefix
            else:  # "der Minister": "Außenminister X", "Minister X"
                matches = word == role or word_base.endswith(base) or word.endswith(base)
            if not matches:
                continue
            # "Endokrinologe und Ernährungsmediziner Andreas Pfeiffer": the name may follow
            # a second role joined by "und"/"and"
            after = next((k for k in range(token.i + 1, min(token.i + 4, len(self.doc)))
                          if self.doc[k].pos_ == "PROPN"), None)
            if after is None or any(self.doc[k].pos_ not in ("CCONJ", "NOUN", "ADJ")
                                    for k in range(token.i + 1, after)):
                continue
            name = self.names.in_span(self.doc[after].idx, self.doc[
                min(after + 2, len(self.doc) - 1)].idx)
            if name is not None and name[1] - name[0] >= 2:
                found = {"entity": None, "name": self.names.full(*name)}
        return found

    def _nearest_person(self, offset: int) -> dict[str, Any] | None:
        """The latest person before `offset` who spoke or was named outside a quote, a
        caption and a prepositional phrase ("… gifts from Lord Alli, he said" is not Alli)."""
        candidates = [(start, record) for start, record in self._persons if start < offset]
        candidates += self._first_per_sentence(self._people_before(offset))
        if not candidates:
            return None
        return max(candidates, key=lambda item: item[0])[1]

    def _first_per_sentence(
        self, people: list[tuple[int, dict[str, Any]]]
    ) -> list[tuple[int, dict[str, Any]]]:
        """Only the first person named in a sentence (its subject, as a rule): "As a young
        lawyer, X describes his career, echoing Robert Greene" keeps X."""
        first: dict[int, tuple[int, dict[str, Any]]] = {}
        for start, record in sorted(people, key=lambda item: item[0]):
            k = bisect_right(self._sentence_starts, start) - 1
            first.setdefault(k, (start, record))
        return list(first.values())

    def _eligible(self, start: int, end: int) -> bool:
        if self.inside_quote(start, end) or self._in_caption(start):
            return False
        if self.doc.text[start:end].endswith("-"):
            return False  # "Roman-" of "Roman-Dutch Law": part of a compound, not a name
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.start == 0:
            return True
        k = span.start - 1
        # "from the Labour peer Lord Alli", "figures like Marcus Garvey and Malcolm X"
        while k > 0 and span.start - k < _PP_WINDOW and (
                self.doc[k].pos_ in ("DET", "ADJ", "PROPN", "NOUN", "CCONJ", "NUM")
                or self.doc[k].text == ","):
            k -= 1
        if self.doc[k].pos_ != "ADP":
            return True
        # "Gespielt wird dieser von Richard Gonlag", "was shot by X": the agent is eligible
        return self.doc[k].lower_ in self.lexicon.agent_prepositions and any(
            self.doc[j].pos_ in ("VERB", "AUX") for j in range(max(0, k - 3), k))

    def _in_caption(self, offset: int) -> bool:
        k = bisect_right(self._caption_starts, offset) - 1
        return k >= 0 and offset < self.captions[k][1]

    def _record(self, mention: Any, surface: str) -> dict[str, Any]:
        """The entity's name from the actor layer, and the name as the article writes it."""
        entity = getattr(mention, "entity", None)
        name = self.entity_names.get(str(entity)) or getattr(mention, "name", None) or surface
        if surface and name in surface and len(surface) > len(name):
            name = surface  # the linker knew only "Keir"; the article says "Keir Starmer"
        record: dict[str, Any] = {"entity": entity, "name": name}
        if surface and surface != name:
            record["text"] = surface
        return record

    def _people_before(self, offset: int) -> list[tuple[int, dict[str, Any]]]:
        if self._people is None:
            self._people = self._all_people()
        return [(start, record) for start, record in self._people if start < offset]

    def _all_people(self) -> list[tuple[int, dict[str, Any]]]:
        """Every eligible person mention of the document, computed once."""
        offset = self.doc[-1].idx + len(self.doc[-1]) + 1 if len(self.doc) else 0
        found: list[tuple[int, dict[str, Any]]] = []
        for mention in self.mentions:
            if mention.start < offset and getattr(mention, "type", None) == "PERSON" and (
                _kind(mention) == "name" and self._eligible(mention.start, mention.end)
                # "Zuma" inside "Zuma-Sambudla" is not a mention of its own
                and self.doc.char_span(mention.start, mention.end) is not None
            ):
                # "Innenminister Gerhard Karner": the name without its title
                span = self.names.in_span(mention.start, mention.end)
                surface = self.names.full(*span) if span is not None else mention.text
                found.append((mention.start, self._record(mention, surface)))
        if self.names.has_ner:
            for ent in self.names.ents:
                if ent.label_ == "PER" and ent.start_char < offset and self._eligible(
                        ent.start_char, ent.end_char):
                    span = self.names.in_span(ent.start_char, ent.end_char)
                    name = self.names.full(*span) if span is not None else ""
                    # A one-word PER the article never gives in full ("Ntv",
                    # "Bildungspolitik") is too weak to be a pronoun's antecedent.
                    if len(name.split()) >= 2 or (
                            name and self.lexicon.single_name_antecedents):
                        found.append((ent.start_char, {"entity": None, "name": name}))
        else:
            for start, name in self.names.runs_before(offset):
                if self._eligible(start, start + 1):
                    found.append((start, {"entity": None, "name": name}))
        return found


def _contains(candidate: list[str], words: list[str]) -> bool:
    size = len(words)
    return any(candidate[k : k + size] == words for k in range(len(candidate) - size + 1))


def _kind(mention: Any) -> str:
    return str(getattr(mention, "kind", "name"))
