"""A sentence's frames, and which of them are one event.

`FrameFinder.frames` reads a sentence's trigger words and their slots (English: the parse,
`roles_dep`; German: case morphology and word order, `roles_de`, the parse filling what
they leave open), then folds what is no event of its own: a light verb takes its object's
type, a noun that is part of a verb's event or the content of a threat, demand or offer
(and a German zu-infinitive after such a noun) goes into that frame.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from spacy.tokens import Span

from chronist.document import Document
from chronist.events.data import Cues, Entry, Lexicon, Ontology
from chronist.events.frames import HEADING_KINDS, Frame, Phrase
from chronist.events.merge import running_text_start
from chronist.events.roles_de import RELATIVE_TAGS, frames_from_morphology
from chronist.events.roles_dep import frames_from_parse
from chronist.events.triggers import (
    REFLEXIVE_LEMMAS,
    adverbial_clause,
    lemma_of,
    present,
    word_in,
)

__all__ = ["CROWD_TYPES", "FrameFinder"]

# Collective action of a population: its place says whose people and whose government.
CROWD_TYPES = frozenset({"PROTEST"})
# Acts against a crowd: their doer is not one of the crowd.
REPRESSION_TYPES = frozenset({"COERCE", "ASSAULT"})
CONTENT_SLOTS = frozenset({"obj", "iobj", "comp_obj"})
CORE_SLOTS = frozenset({"subj", "obj", "iobj"})
# The longest phrase an elliptic clause ("…, die Slowakei ebenfalls") is read for.
MAX_ELLIPTIC_WORDS = 6
# A trade measure, whose levy preposition names the goods it is laid on.
LEVY_TYPE = "SANCTION"
# Words that may stand between a levy preposition and the goods ("auf russische Lieferungen").
GOODS_MODIFIER_POS = frozenset({"ADJ", "DET", "NUM"})
# An event noun's genitive or prenominal modifier slots.
GENITIVE_SLOTS = frozenset({"gen", "gen_modifier"})


class FrameFinder:
    """One document's frame finder."""

    def __init__(
        self,
        language: str,
        lexicon: Lexicon,
        cues: Cues,
        ontology: Ontology,
        noun_entries: Callable[[str], list[Entry]],
        doc: Document,
    ) -> None:
        self.language = language
        self.lexicon = lexicon
        self.cues = cues
        self.ontology = ontology
        self._noun_entries = noun_entries
        self._doc = doc.analysis
        self._document = doc
        self._running_text = running_text_start(doc)
        self._parsed = doc.analysis.has_annotation("DEP")
        self._time_tokens = _time_tokens(doc)
        self._actor_spans = _mention_spans(doc.analysis, doc.actor_mentions)
        self._unannounced = _without_announcements(lexicon, cues)

    def frames(self, sent: Span) -> list[Frame]:
        """English: the parse. German: case morphology and word order first (robust to a
        parser trained on little data), the parse only fills slots they leave open."""
        if self.language != "de":
            frames = (
                frames_from_parse(sent, self.lexicon, self.cues, self._heading(sent))
                if self._parsed
                else []
            )
        else:
            frames = self._german_frames(sent)
        for frame in frames:
            _drop_time_possessors(frame, self._time_tokens)
            if frame.entry.reflexive:
                _drop_reflexive_pronoun(frame, sent.doc)
            if frame.entry.light:
                self._take_object_type(frame)
        return self._elliptic_doers(self._fold_nouns(frames), sent)

    def _heading(self, sent: Span) -> bool:
        """Is the sentence a title or heading of the text, or a line above its running text
        (a plain text's headline)?"""
        if sent.start_char < self._running_text:
            return True
        paragraph = self._document.paragraph_at(sent.start_char)
        return paragraph is not None and paragraph.kind in HEADING_KINDS

    def _elliptic_doers(self, frames: list[Frame], sent: Span) -> list[Frame]:
        """"Frankreich verurteilte den Test, Spanien ebenso", "France condemned the test, as
        did Spain": an elliptic clause (`_elliptic_clause`) with no verb of its own repeats
        the act of the frame before it with its phrases as doers. They are no argument of
        the first act (not its target), and each act keeps the other's doers as co-doers;
        the repeated act's trigger is the adverb or the auxiliary, so the two stay two
        events."""
        extra: list[Frame] = []
        for token in sent:
            found = self._elliptic_clause(sent, token)
            if found is None:
                continue
            trigger, doers = found
            acts = [f for f in frames if f.trigger < doers[0].start and self._doer_slot(f)]
            if not acts:
                continue
            for frame in frames:
                for phrase in doers:
                    _drop_phrases(frame, phrase)
            act = acts[-1]
            slot = self._doer_slot(act)
            slots = {**act.slots, slot: doers}
            extra.append(replace(act, trigger=trigger, slots=slots, co_doers=act.slots[slot]))
            act.co_doers = [*act.co_doers, *doers]
        return frames + extra

    def _elliptic_clause(self, sent: Span, token: Any) -> tuple[int, list[Phrase]] | None:
        """An elliptic clause at `token`: the token to trigger its act and its doer's
        coordinated phrases. Either a phrase closed by an adverb of sameness ("…, Spanien
        ebenso") or opening words after a comma (in English with an auxiliary of their
        own), then the phrases ("…, as did Spain", "…, and so did Italy")."""
        if token.lower_ in self.cues.elliptic_adverbs:
            phrase = _elliptic_phrase(sent, token)
            if phrase is not None:
                return token.i, [phrase]
        for opener in self.cues.elliptic_openers:
            end = token.i + len(opener)
            if end >= sent.end or [t.lower_ for t in sent.doc[token.i : end]] != list(opener):
                continue
            # after a comma, or opening with a conjunction of its own ("and so did")
            if token.pos_ != "CCONJ" and (
                token.i == sent.start or sent.doc[token.i - 1].text != ","
            ):
                continue
            doers = _closing_phrases(sent, end)
            if doers:
                return end - 1, doers
        return None

    def _doer_slot(self, frame: Frame) -> str | None:
        """The slot naming a frame's doer: a verb's subject (its agent in the passive), an
        event noun's support verb's subject ("verhängten Sanktionen"); else none."""
        if "support_subj" in frame.slots:
            return "support_subj"
        if self._doc[frame.trigger].pos_ not in {"VERB", "AUX"}:
            return None
        return "agent" if frame.passive else "subj"

    def _take_object_type(self, frame: Frame) -> None:
        """A light verb or noun ("ordered a crackdown", "ordered an investigation", "haben
        ein Abkommen unterzeichnet", "the signing of the pact", "bekräftigten ihre
        Zusammenarbeit") says little of its own: the event noun heading its object (or,
        for a noun, its target slot) names the act, so its type and mode are the event's.
        Only a noun's unconditional sense counts; a noun of no event keeps the entry."""
        for phrase in [*frame.logical("obj"), *frame.target_phrases()]:
            lemma = lemma_of(self._doc[phrase.head])
            noun = next(
                (
                    e
                    for e in self._noun_entries(lemma)
                    if not e.with_any and not e.with_all and not e.light
                ),
                None,
            )
            if noun is not None:
                frame.entry = replace(frame.entry, type=noun.type, mode=noun.mode)
                return

    def _german_frames(self, sent: Span) -> list[Frame]:
        frames = self._german_frames_of(sent, self.lexicon)
        if self._unannounced is None or not any(
            f.entry.id in self._unannounced[1] for f in frames
        ):
            return frames
        # "kündigte an, Strafzölle zu verhängen", "kündigte an, der Ukraine Panzer zu
        # liefern": an announcing verb (promise and planning verb: "ankündigen") is the
        # promise (AGREE, planned) only when the clause it announces codes no act of its
        # own ("kündigte an, die Reform voranzubringen"). Read without it, the clause's own
        # act is the event, planned, with its own type (a plain "ankündigen = AGREE"
        # swallowed announced sanctions, threats and aid); so is an announced event noun
        # ("kündigte Schutzzölle an"), and an announcement of no clause is no event.
        plain = self._german_frames_of(sent, self._unannounced[0])
        announcements = [f for f in frames if f.entry.id in self._unannounced[1]]
        announced = {p.head for f in announcements for p in f.slots.get("comp_obj", [])}
        # The announced object is an argument of a verb's act, or an event noun itself
        # ("kündigte an, Hilfe für Taipeh zu leisten"): the clause codes its own act.
        held = {
            p.head for f in plain if f.entry.pos == "verb" for ps in f.slots.values() for p in ps
        } | {f.trigger for f in plain}
        if (
            any(not f.slots.get("comp_obj") for f in announcements)
            or announced & held
            or {f.trigger for f in plain} - {f.trigger for f in frames}
        ):
            return plain
        return frames

    def _german_frames_of(self, sent: Span, lexicon: Lexicon) -> list[Frame]:
        frames = frames_from_morphology(
            sent, lexicon, self.cues, self._time_tokens, self._actor_spans
        )
        if self._parsed:
            by_trigger = {f.trigger: f for f in frames_from_parse(sent, lexicon, self.cues)}
            for frame in frames:
                parse_frame = by_trigger.get(frame.trigger)
                if parse_frame is not None and parse_frame.entry.type == frame.entry.type:
                    # A phrase the morphology made one core role is no other core role
                    # ("ermittelt Rumäniens Staatsanwaltschaft" is no object too), nor an
                    # event noun's genitive ("leisteten der Ukraine Hilfe": a dative).
                    taken = {p.head for r in CORE_SLOTS for p in frame.slots.get(r, [])}
                    for slot, phrases in parse_frame.slots.items():
                        if slot in CORE_SLOTS | GENITIVE_SLOTS and any(
                            p.head in taken for p in phrases
                        ):
                            continue
                        frame.slots.setdefault(slot, phrases)
        return frames

    def _fold_nouns(self, frames: list[Frame]) -> list[Frame]:
        """A verb's frame outranks the event nouns it is built on. A noun that is a verb
        entry's frame word ("hat die Gespräche … abgebrochen" is abbrechen + Gespräche:
        REJECT, not CONSULT) is part of that verb's event, wherever the clause splitter
        put it; a noun heading the object of a threat, demand or offer ("drohte mit einem
        Militärschlag", "called for talks") is its content, no happening of its own."""
        if self.language == "de":
            frames = self._fold_infinitives(frames)
        verbs = [f for f in frames if f.entry.pos == "verb"]
        _passive_support(
            frames, {verb.trigger for verb in verbs}, self._doc, self.cues.stative_participles
        )
        _own_event_subject(
            frames, {verb.trigger: verb.entry.type for verb in verbs}, self._doc
        )
        # "Trumps Drohung mit dem Nato-Austritt", "the threat of sanctions", "calls for
        # talks": a noun of threat, demand or offer owns the event noun after its
        # preposition as a verb does its object.
        frames = self._without_levied_goods(frames)
        owners = verbs + [
            f
            for f in frames
            if f.entry.pos == "noun" and f.entry.type in self.ontology.content_types
        ]
        if not owners:
            return frames
        kept = []
        for frame in frames:
            if frame.entry.pos != "noun":
                kept.append(frame)
                continue
            token = self._doc[frame.trigger]
            words = {lemma_of(token), token.lower_}
            compounds = self.language == "de"
            if any(
                present(
                    verb.entry.with_any | set(verb.entry.with_all),
                    words,
                    compounds,
                    self.lexicon.suffixes,
                )
                and not _relative_antecedent(self._doc, frame.trigger, verb)
                for verb in verbs
            ):
                continue
            if self._purpose_of(token, verbs):
                continue
            settings = self._setting_prepositions(frame)
            owner = next(
                (
                    verb
                    for verb in owners
                    if verb.entry.type in self.ontology.content_types
                    and verb.trigger != frame.trigger
                    and _heads_argument(verb, frame.trigger, settings)
                ),
                None,
            )
            if owner is None:
                kept.append(frame)
            elif owner.content is None:
                owner.content = frame.entry
        return kept

    def _without_levied_goods(self, frames: list[Frame]) -> list[Frame]:
        """"höhere Zölle auf Lieferungen aus Russland": an event noun after a levy
        preposition (`levy_prepositions`) right after a trade measure's noun (a SANCTION
        noun; only adjectives and articles between) names the goods the measure is laid
        on, no delivery of its own."""
        if not self.cues.levy_prepositions:
            return frames
        return [f for f in frames if f.entry.pos != "noun" or not self._levied(f)]

    def _levied(self, frame: Frame) -> bool:
        index = frame.trigger - 1
        while index >= 0 and self._doc[index].pos_ in GOODS_MODIFIER_POS:
            index -= 1
        if index < 1 or lemma_of(self._doc[index]) not in self.cues.levy_prepositions:
            return False
        measure = self._doc[index - 1]
        # The measure's noun, whether an event of its own or a verb's frame word
        # ("verhängte Zölle auf russische Lieferungen").
        return measure.pos_ == "NOUN" and any(
            e.type == LEVY_TYPE for e in self._noun_entries(lemma_of(measure))
        )

    def _setting_prepositions(self, frame: Frame) -> frozenset[str]:
        """Prepositions after which an event noun is a happening of its own, never the
        content of the act whose phrase it is: time and sequence ("agreed after two days of
        talks"), and for a meeting the occasion ("Bei dem Treffen vereinbarten sie …")."""
        if frame.entry.type in self.lexicon.venue_types:
            return self.lexicon.sequence_prepositions | self.cues.occasion_prepositions
        return self.lexicon.sequence_prepositions

    def _purpose_of(self, noun: Any, verbs: list[Frame]) -> bool:
        """"rief seinen Botschafter zu Konsultationen zurück", "reist zu einem Staatsbesuch
        nach Pretoria", "recalled its envoy for consultations": an event noun after a
        preposition of purpose on a verb that codes an event is what that act is for. In
        English only a bare noun ("for talks"; "thanked Berlin for its aid" is an act)."""
        preps = self.lexicon.purpose_prepositions
        if self.language == "de":
            if not any(c.dep_ == "case" and word_in(c, preps) for c in noun.children):
                return False
            head = noun.head
        else:
            if noun.dep_ != "pobj" or not word_in(noun.head, preps):
                return False
            if any(c.dep_ in {"det", "poss"} for c in noun.children):
                return False
            head = noun.head.head
        return head.pos_ == "VERB" and any(verb.trigger == head.i for verb in verbs)

    def _fold_infinitives(self, frames: list[Frame]) -> list[Frame]:
        """"Die Zusage Japans, den Wiederaufbau zu finanzieren", "die Drohung Moskaus, das Gas
        abzustellen": a zu-infinitive set off by a comma after a noun of promise, threat or
        demand, with no finite verb between them, is that noun's content (as the parse
        gives it in English), no happening of its own; its phrases are the noun's
        complement."""
        doc = self._doc
        nouns = [
            f
            for f in frames
            if f.entry.pos == "noun" and f.entry.type in self.ontology.content_types
        ]
        folded: set[int] = set()
        for verb in frames:
            if verb.entry.pos != "verb" or not _zu_infinitive(doc[verb.trigger]):
                continue
            owner = max(
                (n for n in nouns if _infinitive_of(doc, n.trigger, verb.trigger)),
                key=lambda n: n.trigger,
                default=None,
            )
            if owner is None:
                continue
            folded.add(verb.trigger)
            if owner.content is None:
                owner.content = verb.entry
            for slot, phrases in verb.slots.items():
                if slot in {"obj", "iobj"} or slot.startswith("prep:"):
                    owner.slots.setdefault(f"comp_{slot}", phrases)
        return [f for f in frames if f.entry.pos != "verb" or f.trigger not in folded]


def _without_announcements(
    lexicon: Lexicon, cues: Cues
) -> tuple[Lexicon, frozenset[str]] | None:
    """The lexicon without the plain entries (no frame-word list) of announcing verbs (both
    promise and planning verbs: "ankündigen"), and those entries' ids; None if it has none."""
    announcing = cues.promise_verbs & cues.planning_verbs
    plain = [
        e
        for e in lexicon.entries
        if e.pos == "verb" and e.lemma in announcing and not e.with_any and not e.with_all
    ]
    if not plain:
        return None
    ids = frozenset(e.id for e in plain)
    return lexicon.without(ids), ids


def _elliptic_phrase(sent: Span, adverb: Any) -> Phrase | None:
    """The phrase between a comma and a sentence-closing adverb, if it has a noun and no
    verb ("…, Spanien ebenso.")."""
    after = adverb.i + 1
    if after < sent.end and not (sent.doc[after].is_punct and sent.doc[after].text != ","):
        return None
    start = adverb.i
    while start > sent.start and sent.doc[start - 1].text != ",":
        start -= 1
    if start == sent.start or not _short_verbless(sent.doc[start : adverb.i]):
        return None
    return _noun_phrase(sent.doc, start, adverb.i)


def _closing_phrases(sent: Span, start: int) -> list[Phrase]:
    """The coordinated phrases from `start` to the sentence's closing punctuation, if they
    are short, each has a noun and none a verb ("…, as did Spain and Italy."); else []."""
    end = sent.end
    while end > start and sent.doc[end - 1].is_punct:
        end -= 1
    words = sent.doc[start:end]
    if not _short_verbless(words) or any(t.is_punct and t.text != "," for t in words):
        return []
    phrases: list[Phrase] = []
    first = start
    for token in [*words, None]:
        if token is not None and token.pos_ != "CCONJ" and token.text != ",":
            continue
        last = token.i if token is not None else end
        phrase = _noun_phrase(sent.doc, first, last)
        if phrase is None:
            return []
        phrases.append(phrase)
        first = last + 1
    return phrases


def _short_verbless(words: Span) -> bool:
    """Words few enough for an elliptic clause's doers (`MAX_ELLIPTIC_WORDS`), none a verb."""
    return 0 < len(words) <= MAX_ELLIPTIC_WORDS and not any(
        t.pos_ in {"VERB", "AUX"} for t in words
    )


def _noun_phrase(doc: Any, start: int, end: int) -> Phrase | None:
    """The words from `start` to `end` as a phrase headed by their last noun; None if they
    have no noun."""
    nouns = [t for t in doc[start:end] if t.pos_ in {"NOUN", "PROPN"}]
    return Phrase(start, end, nouns[-1].i) if nouns else None


def _drop_phrases(frame: Frame, phrase: Phrase) -> None:
    """Takes a phrase (and any phrase inside it) out of a frame's slots."""
    for slot, phrases in list(frame.slots.items()):
        kept = [p for p in phrases if p.end <= phrase.start or p.start >= phrase.end]
        if len(kept) == len(phrases):
            continue
        if kept:
            frame.slots[slot] = kept
        else:
            del frame.slots[slot]


def _drop_reflexive_pronoun(frame: Frame, doc: Any) -> None:
    """"sich verständigen", "sich in die Luft sprengen", "blew himself up": the pronoun of
    a reflexive verb is part of the verb, nobody it acts on."""
    for slot in CORE_SLOTS:
        phrases = frame.slots.get(slot)
        if phrases and all(
            doc[p.head].tag_ == "PRF" or doc[p.head].lower_ in REFLEXIVE_LEMMAS for p in phrases
        ):
            del frame.slots[slot]


def _passive_support(
    frames: list[Frame],
    verb_triggers: set[int],
    analysis: Any = None,
    stative: frozenset[str] = frozenset(),
) -> None:
    """The subject of a passive clause does the clause's event noun when the participle
    states its own stance or activity ("Serb forces were engaged in ethnic cleansing");
    after any other passive it is the noun's patient ("A US national has been put under
    investigation", "drei Menschen wurden bei Angriffen getötet"), and victims never
    attack."""
    for frame in frames:
        patient = frame.slots.pop("support_passive", None)
        verbs = frame.slots.get("support_verb", [])
        if not patient or any(p.head in verb_triggers for p in verbs):
            continue
        if (
            analysis is not None
            and stative
            and not any(word_in(analysis[p.head], stative) for p in verbs)
        ):
            frame.slots.setdefault("obj", patient)  # whom the act is done to
            continue
        frame.slots.setdefault("support_subj", patient)


def _own_event_subject(frames: list[Frame], verb_types: dict[int, str], analysis: Any) -> None:
    """Who represses a protest does not protest: the subject of an arrest or an attack is
    not the doer of a protest noun in its clause ("Bei den Protesten vor dem Parlament nahm
    die Polizei 40 Menschen fest", "police detained twelve people during a rally"). Other
    event nouns keep the clause's subject ("agreed to a ceasefire after days of fighting")."""
    for frame in frames:
        if frame.entry.type not in CROWD_TYPES or frame.entry.pos != "noun":
            continue
        if "support_subj" not in frame.slots:
            continue
        supports = {p.head for p in frame.slots.get("support_verb", [])}
        verbs = supports | set(frame.governors)
        if any(adverbial_clause(analysis[v]) == "finite" for v in supports):
            # "was jailed after his supporters staged protests": a finite adverbial clause
            # tells an act of its own; the verbs above it do not repress it.
            verbs = supports
        if any(verb_types.get(v) in REPRESSION_TYPES for v in verbs):
            del frame.slots["support_subj"]


def _relative_antecedent(doc: Any, noun: int, verb: Frame) -> bool:
    """Is the noun outside the verb's clause, which is a relative clause on it ("hatten eine
    Demonstration angemeldet, die von der Polizei aufgelöst wurde")? The clause around the
    noun tells its own event; the relative clause a second act done to it."""
    scope = verb.scope
    if not scope or noun in scope:
        return False
    first = doc[scope[0]]
    second = doc[scope[1]] if len(scope) > 1 else None
    return first.tag_ in RELATIVE_TAGS or (  # "…, auf den sich beide Seiten einigten"
        first.pos_ == "ADP" and second is not None and second.tag_ in RELATIVE_TAGS
    )


def _heads_argument(verb: Frame, token: int, sequence: frozenset[str] = frozenset()) -> bool:
    """Does `token` head one of the verb's own argument phrases or its complement's
    object ("urged Iran to resume talks")? Not a subject, nor a phrase deeper in the
    complement ("urged Israel to disclose the findings of its investigation": that
    investigation is a happening of its own), nor a phrase of time or `sequence` ("agreed
    after two days of talks")."""
    return any(
        phrase.head == token
        for slot, phrases in verb.slots.items()
        if slot in CONTENT_SLOTS
        or (slot.startswith("prep:") and slot.removeprefix("prep:") not in sequence)
        for phrase in phrases
    )


def _zu_infinitive(token: Any) -> bool:
    """"abzustellen", "zu finanzieren"."""
    if token.tag_ == "VVIZU":
        return True
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.tag_ == "PTKZU" and token.tag_.endswith("INF")


def _infinitive_of(doc: Any, noun: int, verb: int) -> bool:
    """Is the zu-infinitive at `verb` the complement of the noun at `noun`: after it, set off
    by a comma, with no finite verb between them?"""
    if noun >= verb:
        return False
    between = doc[noun + 1 : verb]
    return any(t.text == "," for t in between) and not any(
        "Fin" in t.morph.get("VerbForm") for t in between
    )


def _mention_spans(analysis: Any, mentions: list[Any]) -> tuple[tuple[int, int], ...]:
    """The actor mentions as token ranges: where one name begins right after another
    ends, the German morphology starts a new phrase."""
    spans = []
    for mention in mentions:
        span = analysis.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            spans.append((span.start, span.end))
    return tuple(spans)


def _drop_time_possessors(frame: Frame, time_tokens: set[int]) -> None:
    """A time in an event noun's possessive or before it ("Monday's attack", "last year's
    sanctions", "tonight's protests") dates the act; it is no doer."""
    for slot in GENITIVE_SLOTS & frame.slots.keys():
        kept = [p for p in frame.slots[slot] if p.head not in time_tokens]
        if kept:
            frame.slots[slot] = kept
        else:
            del frame.slots[slot]


def _time_tokens(doc: Document) -> set[int]:
    """The tokens of the document's time expressions: no phrase with a time word as its
    head fills a role in the German morphology ("am Montag")."""
    tokens: set[int] = set()
    for time in doc.times:
        span = doc.analysis.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None:
            tokens.update(range(span.start, span.end))
    return tokens
