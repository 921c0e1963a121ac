"""German role assignment without a dependency parse: morphology and word order.

The German NLP backbone may come without a parser (or with a weak one), so roles are
read the way a German reader finds them: a sentence is cut into clauses at punctuation;
each clause into noun phrases (DET/ADJ/NUM/NOUN/PROPN runs), prepositional phrases and
verbs. A noun phrase's case is the intersection of the cases its words allow
(`morph` Case); nominative is the subject, accusative the object, dative the indirect
object. Where morphology leaves it open, word order decides: in a verb-second main
clause and in a verb-final clause the first open noun phrase is the subject. A
participle under "werden" is passive: its subject is the patient and a von/durch
phrase the agent. Infinitive clauses ("…, die Truppen abzuziehen") and coordinated
verb phrases take their subject from the clause before.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from chronist.events.data import Cues, Lexicon
from chronist.events.frames import Frame, Phrase, guest_visit
from chronist.events.triggers import lemma_of, match, present, trigger_pos, verbless, word_in

__all__ = ["frames_from_morphology"]

NP_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "X"})
NP_HEADS = frozenset({"NOUN", "PROPN", "PRON", "X"})
PHRASE_OPENERS = frozenset({"DET", "NUM", "ADJ", "PRON"})
# A hyphen standing alone is a dash ("London/Teheran - Iranische Sicherheitskräfte …").
CLAUSE_BREAKS = frozenset({",", ";", ":", "-", "–", "—", "(", ")", "„", "“", '"', "«", "»"})
QUOTE_MARKS = frozenset({"„", "“", '"', "«", "»"})
ALL_CASES = frozenset({"Nom", "Acc", "Dat", "Gen"})
RELATIVE_TAGS = frozenset({"PRELS", "PRELAT"})
# An uninflected adjective is adverbial or predicative, never inside a noun phrase
# ("haben Schweizer Politiker parteiübergreifend Gegenmaßnahmen verlangt").
ADVERBIAL_ADJECTIVE_TAGS = frozenset({"ADJD"})
ZU_INFINITIVE_TAGS = frozenset({"VVIZU"})
# The STTS tags of modal verbs begin so (VMFIN, VMINF, VMPP).
MODAL_TAG = "VM"


@dataclass(slots=True)
class Chunk:
    start: int
    end: int
    head: int
    cases: frozenset[str]
    prep: str | None = None
    members: list[Phrase] = field(default_factory=list)
    genitive_of: int | None = None
    """Index (in the clause's chunk list) of the noun phrase this genitive belongs to."""
    extent_end: int | None = None
    """End of the phrase including its genitive attributes."""
    first: Token | None = None
    attribute_of: int | None = None
    """Head (token index) of the noun whose extended attribute this prepositional phrase
    stands in ("die [von der EU verhängten] Sanktionen"): no phrase of the clause."""

    @property
    def phrases(self) -> list[Phrase]:
        if self.members:
            return self.members
        return [Phrase(self.start, self.extent_end or self.end, self.head)]


@dataclass(slots=True)
class Clause:
    tokens: list[Token]
    chunks: list[Chunk]
    verbs: list[Token]
    roles: dict[str, int] = field(default_factory=dict)
    """subj/obj/iobj -> chunk index."""
    passive: bool = False
    coordinated: bool = False
    """The clause is a coordinator and a verb ("und kündigte …"): it shares the subject."""


def frames_from_morphology(
    sent: Span,
    lexicon: Lexicon,
    cues: Cues,
    time_tokens: set[int],
    mention_spans: tuple[tuple[int, int], ...] = (),
) -> list[Frame]:
    """`mention_spans`: the actor layer's mentions as token ranges; a name that begins one
    right after a noun ending another starts a new phrase ("hat das US-Militär Nicolás
    Maduro entführt")."""
    edges = _boundaries(mention_spans)
    clauses = [
        _clause(tokens, cues, time_tokens, edges, lexicon.count_nouns)
        for tokens in _split(sent, edges, cues.example_markers, cues.coordinators)
    ]
    frames: list[Frame] = []
    previous_has_verb_event = False
    warning = in_warning = False
    for index, clause in enumerate(clauses):
        previous = clauses[index - 1] if index else None
        following = clauses[index + 1] if index + 1 < len(clauses) else None
        governed = (
            previous is not None
            and _complement(clause)
            and not _adverbial(clause, cues)
            and previous_has_verb_event
        )
        # "warnte, rechtsextreme Gruppen versuchten, die Proteste zu kapern": what a
        # warning says others do, down to its infinitives, is its content, no happening.
        warned = warning or (in_warning and _complement(clause) and not _adverbial(clause, cues))
        warning, in_warning = False, warned
        previous_has_verb_event = False
        for frame in _clause_frames(clause, previous, lexicon, cues):
            if frame.entry.pos == "verb":
                if governed or warned:
                    # "forderte Ankara auf, die Männer freizulassen": the demand is the
                    # event, what is demanded is not (yet) one.
                    continue
                previous_has_verb_event = True
                if following is not None:
                    _condition_slot(frame, following, cues)
                    _complement_slots(frame, following)
                    if _reported_content(frame, clause, following, cues):
                        _complement_slots(frame, following, reported=True)
                        warning = True
                        if _indirect_content(frame, following, cues):
                            _drop_setting(frame)
            frames.append(frame)
    return frames


def _condition_slot(frame: Frame, following: Clause, cues: Cues) -> None:
    """"…, die Botschaft zu schließen, sollte Santiago die Zölle nicht senken": the subject
    of a condition right after the act (opened by its finite modal or by "falls", "wenn")
    is whom the act is set against."""
    first = following.tokens[0]
    if first.pos_ not in {"AUX", "VERB", "SCONJ"} or not word_in(first, cues.conditional_markers):
        return
    index = following.roles.get("subj", -1)
    if index >= 0:
        frame.slots.setdefault("cond_subj", following.chunks[index].phrases)


def _reported_content(frame: Frame, clause: Clause, following: Clause, cues: Cues) -> bool:
    """A warning with no one warned followed by a main clause with a subject of its own
    ("warnte, X versuchten, …"): that clause is what is warned of. So is a main clause in
    reported speech after a demand or threat ("verlangte, Armenien müsse … ändern")."""
    trigger = clause.tokens[0].doc[frame.trigger]
    return (
        (lemma_of(trigger) in cues.warning_verbs or _indirect_content(frame, following, cues))
        and not _complement(following)
        and not following.coordinated
        and "subj" in following.roles
        and "obj" not in frame.slots
        and "iobj" not in frame.slots
    )


def _drop_setting(frame: Frame) -> None:
    """"verlangte bei einem Treffen mit Veteranen, Armenien müsse …": when the reported
    content names whom a demand concerns, a phrase of the verb's setting is no addressee
    (the entry's own prepositions, "von der Regierung", stay)."""
    for slot in [s for s in frame.slots if s.startswith("prep:")]:
        if slot not in frame.entry.targets:
            del frame.slots[slot]


def _indirect_content(frame: Frame, following: Clause, cues: Cues) -> bool:
    """Is `following` what a demand or threat asks or announces, told in Konjunktiv I or
    with a modal of obligation ("forderte, Russland müsse …", "drohte, man werde …")?"""
    if frame.entry.type not in cues.indirect_content_types:
        return False
    return any(
        t.pos_ in {"AUX", "VERB"}
        and (
            ("Sub" in t.morph.get("Mood") and "Pres" in t.morph.get("Tense"))
            or lemma_of(t) in cues.obligation_modals
        )
        for t in following.tokens
    )


@dataclass(frozen=True, slots=True)
class MentionEdges:
    """Where the actor layer's mentions meet: `boundaries` begin a mention right after
    another one ends; `inner` tokens continue a mention (never a phrase edge)."""

    boundaries: frozenset[int] = frozenset()
    inner: frozenset[int] = frozenset()


def _boundaries(spans: tuple[tuple[int, int], ...]) -> MentionEdges:
    ends = {end for _, end in spans}
    return MentionEdges(
        boundaries=frozenset(start for start, _ in spans if start in ends),
        inner=frozenset(i for start, end in spans for i in range(start + 1, end)),
    )


def _complement(clause: Clause) -> bool:
    first = clause.tokens[0]
    return _infinitive(clause) or first.tag_ == "KOUS" or first.lower_ in {"dass", "ob"}


def _adverbial(clause: Clause, cues: Cues) -> bool:
    """An adverbial clause tells a happening of its own ("…, nachdem Dobrindt die
    Zurückweisung angeordnet hatte"); a condition ("falls …") does not."""
    first = clause.tokens[0]
    return (
        first.tag_ == "KOUS"
        and first.lower_ not in cues.content_subordinators
        and first.lower_ not in cues.conditional_markers
    )


def _complement_slots(frame: Frame, following: Clause, reported: bool = False) -> None:
    """"forderte, dass Ankara …", "drohte, die Beziehungen zu Russland abzubrechen": the
    complement clause's actors are the recipients of a demand or threat. `reported`: a
    main clause that is the content of the verb ("warnte, X versuchten …")."""
    if not reported and not _complement(following):
        return
    for role in ("subj", "obj", "iobj"):
        index = following.roles.get(role, -1)
        if index >= 0:
            frame.slots.setdefault(f"comp_{role}", following.chunks[index].phrases)
    for chunk in following.chunks:
        if chunk.prep is not None:
            frame.slots.setdefault(f"comp_prep:{chunk.prep}", chunk.phrases)


# ----------------------------------------------------------------------------- clauses


def _split(
    sent: Span,
    edges: MentionEdges | None = None,
    inserts: frozenset[str] = frozenset(),
    coordinators: frozenset[str] = frozenset(),
) -> list[list[Token]]:
    clauses: list[list[Token]] = [[]]
    skipped = _parenthetical_names(sent)
    inner = edges.inner if edges is not None else frozenset()
    for token in sent:
        if token.text in CLAUSE_BREAKS and token.i in inner:
            # "die »Deutsche Friedensgesellschaft – Vereinigte KriegsdienstgegnerInnen«": a
            # dash or quote inside one name the actor layer found is no clause edge.
            continue
        if token.i in skipped:
            # "Der Gesamtverband der Versicherer (GDV) forderte …": a name in brackets
            # after a noun is its short form, no clause edge.
            continue
        if token.text in QUOTE_MARKS and _inside_clause(token, sent):
            # "werde die Ukraine „so lange wie nötig“ unterstützen": a quoted phrase
            # between words belongs to its clause.
            continue
        if token.text == "," and _list_comma(token, sent, coordinators):
            # "traten die Türkei, Malta und Irland bei", "ein Antrag von SPD, Grünen und
            # FDP": a comma inside a list of nouns closed by "und" is no clause edge.
            clauses[-1].append(token)
            continue
        if token.text in CLAUSE_BREAKS:
            if clauses[-1]:
                clauses.append([])
            continue
        if _joins_verb_phrase(token, clauses[-1], coordinators):
            # "traf Macron in Paris und kündigte Hilfen an": a second finite verb after
            # "und" opens a clause of its own that shares the subject.
            clauses.append([])
        clauses[-1].append(token)
    return _rejoin([c for c in clauses if c], inserts, coordinators)


# The longest member of a comma list ("die Niederlande", "der Deutsche Gewerkschaftsbund").
MAX_LIST_MEMBER = 5
LIST_OPENERS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "NUM"})


def _list_comma(comma: Token, sent: Span, coordinators: frozenset[str]) -> bool:
    """A comma between nouns of a list that a coordinator closes before any verb: every
    stretch up to the next comma is a short noun phrase, the last holds "und"/"oder"."""
    doc = sent.doc
    if comma.i == sent.start or doc[comma.i - 1].pos_ not in {"NOUN", "PROPN"}:
        return False
    i = comma.i + 1
    # "die Türkei, Malta, die Niederlande": after two members an article the tagger read
    # as a relative pronoun is one; a relative clause follows the first noun only.
    longer = any(t.text == "," for t in doc[max(sent.start, comma.i - MAX_LIST_MEMBER) : comma.i])
    while i < sent.end:
        first = doc[i]
        relative = first.tag_ in RELATIVE_TAGS and not (longer or i > comma.i + 1)
        if (first.pos_ not in LIST_OPENERS and first.tag_ not in RELATIVE_TAGS) or relative:
            return False
        j = i
        while j < sent.end and j - i < MAX_LIST_MEMBER:
            token = doc[j]
            if token.pos_ in {"VERB", "AUX"} or (
                token.text in CLAUSE_BREAKS and token.text not in {",", *QUOTE_MARKS}
            ):
                return False
            if lemma_of(token) in coordinators:
                following = doc[j + 1] if j + 1 < sent.end else None
                return j > i and following is not None and following.pos_ in LIST_OPENERS
            if token.text == ",":
                break
            j += 1
        if j >= sent.end or doc[j].text != ",":
            return False
        i = j + 1
    return False


# The longest short form or name in brackets read as an apposition.
MAX_BRACKETED_NAME = 4


def _parenthetical_names(sent: Span) -> set[int]:
    """Token indices of bracketed names right after a noun ("(GDV)", "(CSAT)"), the
    brackets included: only names and nouns inside, no verb."""
    skipped: set[int] = set()
    doc = sent.doc
    for token in sent:
        if token.text != "(" or token.i == sent.start:
            continue
        before = token.i - 1
        if doc[before].text in QUOTE_MARKS and before > sent.start:
            # "die »Deutsche Friedensgesellschaft« (DFG)": a quoted name, then its short form.
            before -= 1
        if doc[before].pos_ not in {"NOUN", "PROPN"}:
            continue
        close = next(
            (t.i for t in doc[token.i + 1 : min(sent.end, token.i + MAX_BRACKETED_NAME + 2)]
             if t.text == ")"),
            None,
        )  # fmt: skip
        if close is None or close == token.i + 1:
            continue
        inner = doc[token.i + 1 : close]
        if all(t.pos_ in {"PROPN", "NOUN", "X"} for t in inner):
            skipped.update(range(before + 1, close + 1))
    return skipped


def _joins_verb_phrase(token: Token, clause: list[Token], coordinators: frozenset[str]) -> bool:
    """A coordinator right before a finite verb, in a clause that has a finite verb."""
    if lemma_of(token) not in coordinators or token.i + 1 >= len(token.doc):
        return False
    following = token.doc[token.i + 1]
    return (
        following.pos_ in {"VERB", "AUX"}
        and "Fin" in following.morph.get("VerbForm")
        and any("Fin" in t.morph.get("VerbForm") for t in clause)
    )


def _inside_clause(token: Token, sent: Span) -> bool:
    """A quotation mark with a word on both sides."""
    if token.i <= sent.start or token.i + 1 >= sent.end:
        return False
    doc = token.doc
    return not (doc[token.i - 1].is_punct or doc[token.i + 1].is_punct)


def _rejoin(
    clauses: list[list[Token]],
    inserts: frozenset[str] = frozenset(),
    coordinators: frozenset[str] = frozenset(),
) -> list[list[Token]]:
    """A relative clause embedded in a main clause splits it in two: "Athen hat die
    Gespräche mit Ankara, die seit Monaten liefen, abgebrochen". The part after it that
    opens with a verb, or that goes on with the rest of the middle field up to the
    closing verb ("hatte den Grenzübergang, über den …, nach den Kämpfen geschlossen"), is
    the main clause's rest, joined back to its start."""
    joined: list[list[Token]] = []
    index = 0
    while index < len(clauses):
        tokens = clauses[index]
        rest = clauses[index + 2] if index + 2 < len(clauses) else None
        if rest is not None and (
            (
                _opens_relative(clauses[index + 1])
                and not _opens_relative(tokens)
                and (rest[0].pos_ in {"VERB", "AUX"} or _closes_bracket(tokens, rest))
            )
            or _apposition(clauses[index + 1], tokens, rest, inserts, coordinators)
        ):
            joined.extend([tokens + rest, clauses[index + 1]])
            index += 3
            continue
        joined.append(tokens)
        index += 1
    return joined


def _closes_bracket(tokens: list[Token], rest: list[Token]) -> bool:
    """A main clause whose finite verb opened a verbal bracket it has not closed ("Pakistan
    hatte den Grenzübergang"), and a part that closes it before any finite verb of its own
    ("nach den Kämpfen geschlossen", "am Montag zurück"): German puts the participle,
    infinitive or separable particle at the clause's end, after everything the clause holds."""
    if not any("Fin" in t.morph.get("VerbForm") for t in tokens):
        return False
    if any(_closing(t) for t in tokens):
        return False
    for token in rest:
        if _closing(token):
            return True
        if "Fin" in token.morph.get("VerbForm") or token.text in CLAUSE_BREAKS:
            return False
    return False


def _closing(token: Token) -> bool:
    """A participle, an infinitive or a separable particle: the closing verbal bracket."""
    return token.tag_ == "PTKVZ" or (
        token.pos_ in {"VERB", "AUX"} and bool({"Part", "Inf"} & set(token.morph.get("VerbForm")))
    )


# The longest name between commas read as an apposition ("Maria Sacharowa").
MAX_APPOSED_NAME = 4


def _apposition(
    middle: list[Token],
    before: list[Token],
    rest: list[Token],
    inserts: frozenset[str] = frozenset(),
    coordinators: frozenset[str] = frozenset(),
) -> bool:
    """"hatte Robert Habeck, der frühere Vizekanzler, Klöckner attackiert": a noun phrase
    with its article, or a name ("Die Sprecherin des Ministeriums, Maria Sacharowa,
    warf … vor"), between commas after a noun, with no verb, is an apposition; the clause
    goes on after it. (A list goes on with "und" before its verb: "die Polizei,
    die Armee und die Marine griffen an".) So is an insertion naming examples ("Vertreter
    von ÖVP und NEOS, darunter auch der Kanzler, gratulierten")."""
    if not middle or before[-1].pos_ not in {"NOUN", "PROPN"}:
        return False
    named = len(middle) <= MAX_APPOSED_NAME and all(t.pos_ == "PROPN" for t in middle)
    if middle[0].pos_ != "DET" and middle[0].lower_ not in inserts and not named:
        return False
    if any(t.pos_ in {"VERB", "AUX"} for t in middle):
        return False
    verbs = [i for i, t in enumerate(rest) if t.pos_ in {"VERB", "AUX"}]
    if not verbs:
        return False
    return not any(lemma_of(t) in coordinators for t in rest[: verbs[0]])


def _opens_relative(tokens: list[Token]) -> bool:
    first = tokens[0]
    second = tokens[1] if len(tokens) > 1 else None
    return first.tag_ in RELATIVE_TAGS or (
        first.pos_ == "ADP" and second is not None and second.tag_ in RELATIVE_TAGS
    )


def _cases(token: Token) -> frozenset[str]:
    values = set()
    for value in token.morph.get("Case"):
        values.update(value.split(","))
    if not values and token.tag_ == "ART" and token.lower_ in NOMINATIVE_ACCUSATIVE_ARTICLES:
        # The tagger leaves "die" without case before a quantifier and tags the quantifier
        # and noun dative ("Die beiden Länder einigten sich"): the article decides.
        return frozenset({"Nom", "Acc"})
    return frozenset(values) or ALL_CASES


def _chunks(
    tokens: list[Token],
    time_tokens: set[int],
    edges: MentionEdges | None = None,
    quantity: frozenset[str] = frozenset(),
    coordinators: frozenset[str] = frozenset(),
    count_nouns: frozenset[str] = frozenset(),
) -> list[Chunk]:
    """A clause's noun phrases, read left to right (`_Chunker`), then joined: genitives to
    the phrase they belong to, coordinated phrases to one another."""
    chunker = _Chunker(
        tokens, time_tokens, edges or MentionEdges(), quantity, coordinators, count_nouns
    )
    for token in tokens:
        chunker.read(token)
    chunker.close()
    _attach_genitives(chunker.chunks)
    _coordinate(chunker.chunks, tokens, coordinators)
    return chunker.chunks


@dataclass
class _Chunker:
    """One left-to-right pass over a clause's tokens: the phrase being read (`run`), the
    preposition governing it, and the noun phrases closed so far."""

    tokens: list[Token]
    time_tokens: set[int]
    edges: MentionEdges
    quantity: frozenset[str]
    coordinators: frozenset[str]
    count_nouns: frozenset[str]
    chunks: list[Chunk] = field(default_factory=list)
    prep: str | None = None
    run: list[Token] = field(default_factory=list)
    # An article right before a preposition opens an extended attribute: its noun comes
    # after the prepositional phrases and the attributive adjective or participle that
    # govern them ("die [von Russland abgefeuerten] Raketen"). (article, first inner chunk)
    opener: tuple[Token, int] | None = None
    attribute: tuple[Token, int] | None = None
    # Words right after a preposition that bounds a number: the case read there is none.
    counted: set[int] = field(default_factory=set)

    def read(self, token: Token) -> None:
        if _counts(token, self.quantity):
            # "Bis zu 100 Albaner demonstrierten", "über 200 Menschen": a preposition
            # before a number bounds the number, it opens no prepositional phrase (and
            # the case the tagger read from it is none).
            self.counted.add(token.i + 1)
        elif token.pos_ == "ADP" and token.tag_ in {"APPR", "APPRART"}:
            self._preposition(token)
        elif _approximates(token) and self.run and self.run[-1].pos_ in NP_HEADS:
            # "am Montag rund 800 Beschäftigte", "nach Polizeiangaben etwa 60.000
            # Menschen": an adverb before a number opens a new phrase, the number's.
            self.close()
            self.run.append(token)
        elif self.opener is not None and _ends_attribute(token, self.run, self.prep):
            # The attribute's adjective or participle: the prepositional phrase ends, the
            # article's noun phrase goes on.
            self.close()
            self.attribute, self.opener = self.opener, None
            self.run.append(token)
        elif _phrase_word(token, self.tokens):
            self._phrase_word(token)
        elif _joins_adjectives(token, self.run, self.coordinators):
            # "Chinesische und russische Kriegsschiffe": adjectives coordinated before
            # one noun belong to its phrase.
            self.run.append(token)
        else:
            self.close()
            if token.pos_ != "CCONJ":
                # "die von den USA und der EU verhängten …": a list goes on.
                self.opener = None
            self.prep = lemma_of(token) if token.pos_ == "ADP" else None

    def _preposition(self, token: Token) -> None:
        if self.run and self.prep is None and all(t.tag_ == "ART" for t in self.run):
            self.opener = (self.run[-1], len(self.chunks))
        self.close()
        self.prep = lemma_of(token)

    def _phrase_word(self, token: Token) -> None:
        """German noun phrases end in their noun: a determiner or number after a noun
        starts the next phrase ("im iranischen Täbris 30 Briten"); an adjective does only
        when its case cannot agree ("Tausende irakische Kurden" is one phrase)."""
        run, edges = self.run, self.edges
        if run and token.i != run[-1].i + 1 and token.i not in edges.inner:
            # A clause joined around an apposition or relative clause: a phrase never
            # spans the gap.
            self.close()
        elif (
            run
            and run[-1].pos_ in NP_HEADS
            and token.i not in edges.inner
            and not _counted_by(token, run, self.count_nouns)
            and (_opens_phrase(token, run, self.prep) or _new_actor(token, run, edges.boundaries))
        ):
            self.close()
        self.run.append(token)

    def close(self) -> None:
        """Ends the phrase being read: a run with a noun (no time's) becomes a chunk."""
        run, attribute = self.run, self.attribute
        heads = [t for t in run if t.pos_ in NP_HEADS]
        if heads and not any(t.i in self.time_tokens for t in heads):
            article = [attribute[0]] if attribute else []
            # The case is the phrase's own, up to its first noun: a genitive inside one
            # name ("Der Bundesverband der Landwirte") is no case of the whole.
            own = article + run[: run.index(heads[0]) + 1] if run[0].i not in self.counted else []
            first = attribute[0] if attribute else run[0]
            for inner in self.chunks[attribute[1] :] if attribute else []:
                inner.attribute_of = heads[-1].i
            self.chunks.append(
                Chunk(first.i, run[-1].i + 1, heads[-1].i, _phrase_cases(own), self.prep,
                      first=first)
            )
        if run or self.prep:
            self.prep = None if run else self.prep
        self.run = []
        self.attribute = None


def _phrase_word(token: Token, tokens: list[Token]) -> bool:
    """A word of a noun phrase: a determiner, adjective, number or noun (no relative
    pronoun but one in a list, no uninflected adjective), or a personal pronoun."""
    return (
        (
            token.pos_ in NP_POS
            and token.tag_ not in RELATIVE_TAGS | ADVERBIAL_ADJECTIVE_TAGS | {"PPER"}
        )
        or token.tag_ == "PPER"
        or (token.tag_ in RELATIVE_TAGS and _listed(token, tokens))
    )


def _phrase_cases(words: list[Token]) -> frozenset[str]:
    """The cases all inflected words of a phrase allow (a word allowing none of the cases
    left is passed over); all four where none narrows them."""
    cases = ALL_CASES
    for t in words:
        if t.pos_ in {"DET", "ADJ", "NOUN", "PROPN", "PRON"}:
            narrowed = cases & _cases(t)
            cases = narrowed or cases
    return cases


def _ends_attribute(token: Token, run: list[Token], prep: str | None) -> bool:
    """Is `token` the attributive adjective or participle that closes an extended
    attribute, right after the noun of one of its prepositional phrases ("von Russland |
    abgefeuerten", "gegen Belarus | verhängten")?"""
    return (
        token.tag_ == "ADJA"
        and prep is not None
        and bool(run)
        and run[-1].pos_ in NP_HEADS
    )


def _counted_by(token: Token, run: list[Token], count_nouns: frozenset[str]) -> bool:
    """"Dutzende politische Gefangene", "Tausende wütende Bauern": an adjective after a
    noun of number that opens the phrase belongs to what it counts, one phrase."""
    return (
        token.pos_ == "ADJ"
        and len(run) == 1
        and (lemma_of(run[0]) in count_nouns or run[0].lower_ in count_nouns)
    )


def _listed(token: Token, tokens: list[Token]) -> bool:
    """An article after a list comma kept in the clause ("Malta, die Niederlande und
    Irland") that the tagger read as a relative pronoun."""
    return token.i > 0 and token.doc[token.i - 1].text == "," and token.doc[token.i - 1] in tokens


def _approximates(token: Token) -> bool:
    """An adverb right before a number ("rund", "etwa", "knapp", "fast")."""
    doc = token.doc
    return (
        token.tag_ == "ADV" and token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "NUM"
    )


def _counts(token: Token, quantity: frozenset[str]) -> bool:
    """A preposition (with "zu") right before a number: part of the number phrase."""
    if token.pos_ not in {"ADP", "PART"} or lemma_of(token) not in quantity:
        return False
    doc = token.doc
    following = token.i + 1
    while following < len(doc) and lemma_of(doc[following]) in quantity:
        following += 1
    return following < len(doc) and doc[following].pos_ == "NUM"


def _joins_adjectives(token: Token, run: list[Token], coordinators: frozenset[str]) -> bool:
    """A coordinator between an adjective that opens a phrase and the next adjective."""
    if lemma_of(token) not in coordinators or not run or token.i + 1 >= len(token.doc):
        return False
    following = token.doc[token.i + 1]
    return (
        all(t.pos_ in {"ADJ", "DET"} for t in run)
        and run[-1].pos_ == "ADJ"
        and following.pos_ == "ADJ"
        and following.tag_ not in ADVERBIAL_ADJECTIVE_TAGS
    )


def _new_actor(token: Token, run: list[Token], boundaries: frozenset[int]) -> bool:
    """A name that opens an actor mention right where another ends is a second phrase
    ("das US-Militär | Nicolás Maduro", "Robert Habeck | Klöckner"); a title and its name
    form one mention ("US-Präsident Joe Biden") and stay one phrase."""
    return token.pos_ == "PROPN" and run[-1].pos_ in {"NOUN", "PROPN"} and token.i in boundaries


def _opens_phrase(token: Token, run: list[Token], prep: str | None = None) -> bool:
    """Does `token`, right after the noun that ends `run`, start a new phrase?"""
    previous = run[-1]
    if token.pos_ in {"DET", "NUM", "PRON"} or previous.tag_ == "PPER":
        # A personal pronoun is a phrase of its own ("fordern sie | Freiheit").
        return True
    if token.pos_ == "NOUN" and previous.pos_ in {"PROPN", "NOUN"} and run[0].pos_ == "DET":
        # "hat der Ukraine | Langstreckenraketen geliefert", "auf den Raketenbeschuss |
        # Stellungen …": a noun with its article is complete (German writes compounds
        # as one word); a common noun after it starts the next phrase.
        return True
    if token.pos_ == "ADJ" and (
        run[0].pos_ == "DET"
        or (token.tag_ == "ADJA" and previous.pos_ == "NOUN" and (not prep or _strong_er(token)))
    ):
        # A phrase is complete at its noun: "einem Angriff | russischer Truppen",
        # "russische Drohnen | polnisches Gebiet" (German puts no attributive adjective
        # after its noun; inside a prepositional phrase an extended attribute may stand
        # there: "von der Regierung vorgeschlagenen Änderungen").
        return True
    if token.pos_ == "PROPN" and previous.pos_ == "NOUN":
        # "der Angriff Russlands": a genitive name after a noun is its own phrase (but
        # "Präsident Macron" is one).
        return token.lower_.endswith("s") and _cases(token) == {"Gen"}
    return token.pos_ == "ADJ" and not (_cases(token) & _cases(previous))


def _strong_er(token: Token) -> bool:
    """"unter Beschuss russischer Truppen", "nach Angriffen israelischer Kampfjets": an
    article-less adjective in -er right after a noun inside a prepositional phrase opens
    that noun's genitive (an extended attribute there ends in -en: "von Experten
    geschätzten Schäden")."""
    return token.lower_.endswith("er")


# Unambiguous genitive articles; "der"/"einer" are genitive only where the phrase cannot
# be nominative ("der Türkei", not "der Kanzler").
GENITIVE_ARTICLES = frozenset({"des", "eines"})
# Definite articles that are never dative or genitive (plural "die", neuter "das").
NOMINATIVE_ACCUSATIVE_ARTICLES = frozenset({"die", "das"})
FEMININE_GENITIVE_ARTICLES = frozenset({"der", "einer"})


def _attach_genitives(chunks: list[Chunk]) -> None:
    """"die Forderung Nordkoreas", "eine Anfrage der USA": a genitive right after a noun
    belongs to it; its words count for the noun's actor (extent) but not as a role."""
    for index in range(1, len(chunks)):
        chunk, before = chunks[index], chunks[index - 1]
        if chunk.prep is not None or before.end != chunk.start or "Gen" not in chunk.cases:
            continue
        doc_first = chunk.first
        article = doc_first.lower_ if doc_first is not None else ""
        # "der"-phrase right after a common noun: "die Reformen der kenianischen Regierung".
        after_noun = doc_first is not None and doc_first.doc[before.head].pos_ == "NOUN"
        feminine = article in FEMININE_GENITIVE_ARTICLES and (
            "Nom" not in chunk.cases or after_noun
        )
        # An article-less phrase opened by a strong adjective in -er right after a noun is
        # its genitive ("ein Angriff russischer Truppen", "ein Mann russischer Herkunft"),
        # which the adjective's ambiguous case alone cannot tell.
        strong = (
            doc_first is not None
            and doc_first.pos_ == "ADJ"
            and doc_first.lower_.endswith("er")
            and after_noun
        )
        # A bare name in -s right after a common noun is its genitive ("die Regierungen
        # Indonesiens und Malaysias"): the tagger leaves names without a case.
        name = (
            doc_first is not None
            and after_noun
            and chunk.cases == ALL_CASES
            and all(t.pos_ == "PROPN" for t in doc_first.doc[chunk.start : chunk.end])
            and doc_first.doc[chunk.end - 1].lower_.endswith("s")
        )
        if chunk.cases == {"Gen"} or article in GENITIVE_ARTICLES or feminine or strong or name:
            owner = before.genitive_of if before.genitive_of is not None else index - 1
            chunk.genitive_of = owner
            chunks[owner].extent_end = chunk.end


def _coordinate(chunks: list[Chunk], tokens: list[Token], coordinators: frozenset[str]) -> None:
    """"Scholz und Tusk": the second phrase joins the first as a member; after a
    preposition the second phrase is the preposition's too ("zwischen Israel und der
    Hizbullah", "über das Syndrom und die Rolle Genfs") where its case allows it."""
    by_index = {t.i: t for t in tokens}
    merged: list[Chunk] = []
    for chunk in chunks:
        prev = merged[-1] if merged else None
        between = by_index.get(chunk.start - 1)
        if (
            prev is not None
            and between is not None
            and (lemma_of(between) in coordinators or between.text == ",")
            and prev.end == chunk.start - 1
            and (prev.prep == chunk.prep or _same_preposition(prev, chunk))
            and chunk.genitive_of is None
        ):
            if not prev.members:
                prev.members = [Phrase(prev.start, prev.end, prev.head)]
            prev.members.append(Phrase(chunk.start, chunk.end, chunk.head))
            prev.end = chunk.end
            if prev.genitive_of is not None:
                # Coordinated genitives ("der Regierungen Chiles und Perus") all belong
                # to their noun.
                chunks[prev.genitive_of].extent_end = chunk.end
            continue
        merged.append(chunk)
    chunks[:] = merged


def _same_preposition(prev: Chunk, chunk: Chunk) -> bool:
    """Can `chunk` (no preposition of its own) be the second object of `prev`'s? Its case
    must agree with the first object's, and a sure nominative is a new subject."""
    if prev.prep is None or chunk.prep is not None or chunk.cases == {"Nom"}:
        return False
    return bool(prev.cases & chunk.cases) and prev.cases != ALL_CASES


def _clause(
    tokens: list[Token],
    cues: Cues,
    time_tokens: set[int],
    edges: MentionEdges,
    count_nouns: frozenset[str] = frozenset(),
) -> Clause:
    verbs = [t for t in tokens if t.pos_ in {"VERB", "AUX"}]
    clause = Clause(
        tokens=tokens,
        chunks=_chunks(
            tokens, time_tokens, edges, cues.quantity_prepositions, cues.coordinators,
            count_nouns,
        ),
        verbs=verbs,
    )
    clause.passive = any(
        lemma_of(v) in cues.passive_aux and v.pos_ == "AUX" for v in verbs
    ) and any("Part" in v.morph.get("VerbForm") and v.pos_ == "VERB" for v in verbs)
    clause.coordinated = _coordinated_vp(tokens, cues.coordinators)
    _assign_roles(clause)
    return clause


def _assign_roles(clause: Clause) -> None:
    doc = clause.tokens[0].doc
    # Before the finite verb of a main clause stands one constituent: when it is a
    # prepositional phrase, every noun in it belongs to it ("Nach Enthüllungen über das
    # Syndrom und die Rolle Genfs als Drehkreuz haben Politiker …").
    vorfeld_end = _prepositional_vorfeld(clause)
    core = [
        (i, c)
        for i, c in enumerate(clause.chunks)
        if c.prep is None
        and c.genitive_of is None
        and doc[c.head].tag_ not in RELATIVE_TAGS
        and c.start >= vorfeld_end
    ]
    if _infinitive(clause):
        # "…, Hilfe für Taipeh zu leisten": an infinitive has no subject of its own.
        clause.roles["subj"] = -1
    elif clause.coordinated and not any(c.cases == {"Nom"} for _, c in core):
        # "…, und kündigte ein Hilfspaket an": a second verb shares the first one's
        # subject; a phrase after it is its object unless it can only be a nominative.
        clause.roles["subj"] = -1
    open_: list[int] = []
    for index, chunk in core:
        if doc[chunk.head].tag_ == "PRF":
            # "haben sich die Regierungen … verständigt": a reflexive pronoun is never
            # the subject.
            if "obj" not in clause.roles:
                clause.roles["obj"] = index
            continue
        if chunk.cases == {"Nom"}:
            clause.roles.setdefault("subj", index)
        elif "Nom" not in chunk.cases and "Acc" in chunk.cases:
            clause.roles.setdefault("obj", index)
        elif chunk.cases == {"Dat"}:
            clause.roles.setdefault("iobj", index)
        else:
            open_.append(index)
    # Word order: the first open phrase is the subject, the next the object.
    for index in open_:
        if "subj" not in clause.roles and "Nom" in clause.chunks[index].cases:
            clause.roles["subj"] = index
        elif "obj" not in clause.roles and "Acc" in clause.chunks[index].cases:
            clause.roles["obj"] = index
        elif "iobj" not in clause.roles and "Dat" in clause.chunks[index].cases:
            clause.roles["iobj"] = index


def _prepositional_vorfeld(clause: Clause) -> int:
    """End (token index) of a main clause's prepositional first constituent, or -1: the
    clause opens with a preposition (not a relative "mit dem …"), its finite verb comes
    later and noun phrases follow the verb (a verb-final clause has none after it)."""
    tokens = clause.tokens
    if len(tokens) < 3 or tokens[0].tag_ not in {"APPR", "APPRART"}:
        return -1
    if tokens[1].tag_ in RELATIVE_TAGS or tokens[1].tag_.startswith("PW"):
        return -1
    finite = next((t for t in tokens[1:] if "Fin" in t.morph.get("VerbForm")), None)
    if finite is None or not any(c.start > finite.i for c in clause.chunks):
        return -1
    return finite.i


# ----------------------------------------------------------------------------- frames


def _infinitive(clause: Clause) -> bool:
    return any(
        v.tag_ in ZU_INFINITIVE_TAGS or (v.i > 0 and v.doc[v.i - 1].tag_ == "PTKZU")
        for v in clause.verbs
    ) and not any("Fin" in v.morph.get("VerbForm") for v in clause.verbs)


def _coordinated_vp(tokens: list[Token], coordinators: frozenset[str]) -> bool:
    """A clause of a coordinator and a verb: "und kündigte …"."""
    return (
        lemma_of(tokens[0]) in coordinators
        and len(tokens) > 1
        and tokens[1].pos_ in {"VERB", "AUX"}
    )


def _inherits_subject(clause: Clause) -> bool:
    return _infinitive(clause) or clause.coordinated


def _pronoun_subject(clause: Clause, cues: Cues) -> bool:
    """Is the bare relative pronoun opening the clause its subject: it can be nominative
    and the phrase taken for the subject can be accusative too (not "der Präsident")?"""
    first = clause.tokens[0]
    if first.tag_ not in RELATIVE_TAGS or first.lower_ not in cues.nominative_relatives:
        return False
    if "Nom" not in first.morph.get("Case", ["Nom"]):
        return False
    if first.lower_ in cues.singular_relatives and any(
        "Fin" in v.morph.get("VerbForm") and v.lower_.endswith("en") for v in clause.verbs
    ):
        # "das Abkommen, das Indien und Bangladesch unterzeichneten": a verb in the plural
        # (the 3rd person plural ends in -en, the singular never: "kann", "hat") does not
        # agree with a singular pronoun.
        return False
    index = clause.roles.get("subj", -1)
    if index < 0:
        return False
    head = first.doc[clause.chunks[index].head]
    cases = head.morph.get("Case")
    return not cases or "Acc" in cases


def _plural_antecedent_singular_verb(clause: Clause, previous: Clause) -> bool:
    """"die Sanktionen, die Kanada gegen Kuba verhängte": a relative pronoun agrees in
    number with its antecedent, so after a plural antecedent a finite verb in the singular
    (no form ending in -en or -nd, as the 3rd person plural does: "haben", "sind"; a
    singular past "fand" is read as plural, keeping the old reading) has another subject.
    The tagger often leaves a plural noun's number open: a common noun "die" stands for
    (feminine singular or plural) that differs from its lemma is a plural ("Sanktionen",
    "Soldaten"; a feminine noun does not inflect in the singular)."""
    if not _relative(clause) or not previous.chunks:
        return False
    head = clause.tokens[0].doc[_antecedent(clause, previous).head]
    number = head.morph.get("Number")
    plural = number == ["Plur"] or (
        "Plur" in number and head.pos_ == "NOUN" and head.text != head.lemma_
    )
    finite = [v for v in clause.verbs if "Fin" in v.morph.get("VerbForm")]
    return (
        plural
        and bool(finite)
        and not any(v.lower_.endswith(("en", "nd")) for v in finite)
    )


def _singular_antecedent_plural_verb(clause: Clause, previous: Clause) -> bool:
    """"die Regierung, die die Rebellen im Mai angegriffen hatten": "die" is feminine
    singular or plural, and agrees with its antecedent; after a singular antecedent (one
    common noun, no coordination) a finite verb in the plural only (every form ends in -en, as
    the 3rd person plural does: "hatten", "wollen"; the singular never: "hatte", "will")
    has the other phrase as subject, so the pronoun is the object."""
    if not _relative(clause) or not previous.chunks:
        return False
    antecedent = _antecedent(clause, previous)
    head = clause.tokens[0].doc[antecedent.head]
    if antecedent.members or head.morph.get("Number") != ["Sing"] or head.pos_ != "NOUN":
        # A name's number is the tagger's guess ("die USA" comes out singular).
        return False
    finite = [v for v in clause.verbs if "Fin" in v.morph.get("VerbForm")]
    return bool(finite) and all(v.lower_.endswith("en") for v in finite)


def _frame_word_antecedent(frame: Frame, clause: Clause, previous: Clause) -> bool:
    """"die Zölle, die die USA erheben": a relative pronoun standing for one of the verb's
    own frame words (the tariffs levied, the treaty signed) is its object, whatever the
    case endings leave open; the phrase that may be either is then the subject."""
    head = clause.tokens[0].doc[_antecedent(clause, previous).head]
    return frame.entry.pos == "verb" and present(
        frame.entry.with_any, {lemma_of(head), head.lower_}, compounds=True
    )


def _relative(clause: Clause) -> bool:
    first = clause.tokens[0]
    second = clause.tokens[1] if len(clause.tokens) > 1 else None
    return first.tag_ in RELATIVE_TAGS or (
        first.pos_ == "ADP" and second is not None and second.tag_ in RELATIVE_TAGS
    )


def _antecedent(clause: Clause, previous: Clause) -> Chunk:
    """The phrase a relative clause's pronoun stands for: the one right before the clause
    ("Der Premierminister, der … anerkannt wird, rief zu Kundgebungen auf"), not the last
    phrase of the clause around it."""
    start = clause.tokens[0].i
    before = [c for c in previous.chunks if c.end <= start]
    if not before:
        return previous.chunks[-1]
    index = previous.chunks.index(max(before, key=lambda c: c.end))
    if _measure_attribute(previous, index):
        # "die Zölle von 15 Prozent, die Washington erhebt": the pronoun stands for the
        # noun that the measure is of.
        index -= 1
    return previous.chunks[index]


def _measure_attribute(clause: Clause, index: int) -> bool:
    """Is chunk `index` a measure right after a noun phrase ("ein Zoll von 50 Prozent",
    "Hilfen über 70 Millionen Euro")? A prepositional phrase holding a number directly
    after a phrase without a preposition is that noun's attribute: neither the agent of
    a passive nor what a relative pronoun after it stands for."""
    chunk = clause.chunks[index]
    if index == 0 or chunk.prep is None:
        return False
    before = clause.chunks[index - 1]
    doc = clause.tokens[0].doc
    return (
        before.prep is None
        and chunk.start - before.end <= 1  # nothing between but the preposition
        and doc[before.head].pos_ == "NOUN"
        and any(t.pos_ == "NUM" for t in doc[chunk.start : chunk.end])
    )


def _clause_context(clause: Clause, previous: Clause | None) -> set[str]:
    """The lemmas and word forms a frame's words are looked for in: the clause's, and in a
    relative clause its antecedent's head, for which the pronoun stands ("die Kundgebung,
    die von der Polizei aufgelöst wurde", "die Zölle, die Washington erhebt")."""
    tokens = list(clause.tokens)
    if previous is not None and previous.chunks and _relative(clause):
        tokens.append(clause.tokens[0].doc[_antecedent(clause, previous).head])
    return {lemma_of(t) for t in tokens} | {t.lower_ for t in tokens}


def _clause_frames(
    clause: Clause, previous: Clause | None, lexicon: Lexicon, cues: Cues
) -> list[Frame]:
    context = _clause_context(clause, previous)
    frames: list[Frame] = []
    consumed: set[int] = set()
    for token in clause.tokens:
        pos = trigger_pos(token)
        if pos is None or token.i in consumed:
            continue
        lemmas = _verb_lemmas(token, clause) if pos == "verb" else [lemma_of(token)]
        if pos == "verb":
            if token.tag_.startswith(MODAL_TAG):
                continue  # a modal is no act of its own: its duty is the infinitive's
            # Last: the verb's own senses first, then a duty laid on its subject.
            lemmas += _duty_modals(token, clause, cues)
        found = match(lexicon, pos, lemmas, context, context)
        if found is None:
            continue
        entry, compound = found
        frame = Frame(trigger=token.i, entry=entry, from_parse=False, compound=compound)
        if pos == "verb":
            _verb_frame(frame, clause, previous, cues, lexicon)
            words = entry.with_any
            consumed.update(t.i for t in clause.tokens if lemma_of(t) in words)
            frame.scope = [t.i for t in clause.tokens]
        else:
            _noun_frame(frame, token, clause, previous, cues)
            frame.scope = _noun_scope(token, clause)
        frames.append(frame)
    # One clause, one predicate: a verb outranks the nouns it governs ("forderte
    # Sanktionen" is a demand), except a support verb that no entry codes.
    verbs = [f for f in frames if f.entry.pos == "verb"]
    if verbs:
        frames = [f for f in frames if f.entry.pos == "verb" or f.trigger not in consumed]
        nouns = [f for f in frames if f.entry.pos == "noun" and _outside_objects(f, clause)]
        joined = _coordinated_participles(verbs, clause, cues)
        frames = verbs[:1] + joined + nouns
    return frames


def _duty_modals(token: Token, clause: Clause, cues: Cues) -> list[str]:
    """"China müsse seine Handelsschranken abbauen": a present modal of obligation over the
    clause's active infinitive lays a duty on its named subject whatever the verb (the
    lexicon's entry of the modal; coder: obligation). Not a past "musste" (a done act) or
    "müsste", nor a passive ("müsse gestärkt werden": what is to be done to a thing)."""
    if token.tag_ != "VVINF" or any(lemma_of(t) in cues.passive_aux for t in clause.tokens):
        return []
    subj = clause.roles.get("subj", -1)
    if subj < 0 or not token.doc[clause.chunks[subj].head].ent_type_:
        return []  # a duty of a named actor only: not of a thing, nor of an unclear "sie"
    return [
        lemma_of(t)
        for t in clause.tokens
        if t.tag_ == "VMFIN"
        and lemma_of(t) in cues.obligation_modals
        and "Pres" in t.morph.get("Tense")
    ]


def _coordinated_participles(verbs: list[Frame], clause: Clause, cues: Cues) -> list[Frame]:
    """"wurde in Paris festgenommen und später ausgewiesen", "will die Zölle erhöhen und
    Sanktionen verhängen": participles or infinitives joined by a coordinator under one
    auxiliary are two acts of one clause. They share its subject, auxiliary (a passive)
    and modals; the phrases after the coordinator are the second verb's own."""
    doc = clause.tokens[0].doc
    first = verbs[0]
    if not _non_finite(doc[first.trigger]) or first.trigger + 1 >= len(doc):
        return []
    coordinator = doc[first.trigger + 1]
    if lemma_of(coordinator) not in cues.coordinators:
        return []
    joined = [
        f
        for f in verbs[1:]
        if _non_finite(doc[f.trigger])
        and not any(
            "Fin" in t.morph.get("VerbForm") for t in doc[coordinator.i + 1 : f.trigger]
        )
    ][:1]
    for frame in joined:
        _own_phrases(frame, clause, coordinator.i, cues)
    if joined:
        _drop_phrases_after(first, clause, coordinator.i)
    return joined


def _non_finite(verb: Token) -> bool:
    return verb.pos_ == "VERB" and bool({"Part", "Inf"} & set(verb.morph.get("VerbForm")))


def _own_phrases(frame: Frame, clause: Clause, coordinator: int, cues: Cues) -> None:
    """The second conjunct's object and prepositions are the phrases after the
    coordinator; those before the first verb stay shared."""
    after = [c for c in clause.chunks if coordinator < c.start < frame.trigger]
    objects = [c for c in after if c.prep is None and "Acc" in c.cases and c.cases != {"Nom"}]
    if objects and not frame.passive:
        frame.slots["obj"] = objects[0].phrases
        if frame.slots.get("iobj") == frame.slots["obj"]:
            del frame.slots["iobj"]
    for slot in [s for s in frame.slots if s.startswith("prep:") or s == "agent"]:
        del frame.slots[slot]
    for chunk in after + [c for c in clause.chunks if c.start < coordinator]:
        if chunk.prep is None:
            continue
        if frame.passive and chunk.prep in cues.agent_prepositions:
            frame.slots.setdefault("agent", chunk.phrases)
        frame.slots.setdefault(f"prep:{chunk.prep}", chunk.phrases)


def _drop_phrases_after(frame: Frame, clause: Clause, coordinator: int) -> None:
    """The first conjunct has none of the phrases that come after the coordinator."""
    for slot, phrases in list(frame.slots.items()):
        kept = [p for p in phrases if p.start < coordinator]
        if kept:
            frame.slots[slot] = kept
        else:
            del frame.slots[slot]


def _noun_scope(token: Token, clause: Clause) -> list[int]:
    """An event noun's own phrase ("keine Angriffe") and the clause's verbs (modals,
    future); a negation elsewhere in the clause is about something else ("seit dem
    Angriff gab es keine Demonstrationen")."""
    chunk = next((c for c in clause.chunks if c.start <= token.i < c.end), None)
    own = range(chunk.start, chunk.end) if chunk else range(token.i, token.i + 1)
    # The clause's subordinator too: "falls die EU Sanktionen beschließt" is a condition.
    marks = {t.i for t in clause.tokens if t.pos_ == "SCONJ"}
    return sorted(set(own) | {v.i for v in clause.verbs} | marks)


def _outside_objects(frame: Frame, clause: Clause) -> bool:
    """A noun trigger that is not the verb's object/subject is an event of its own."""
    for role in ("subj", "obj", "iobj"):
        index = clause.roles.get(role)
        if index is not None:
            chunk = clause.chunks[index]
            if chunk.start <= frame.trigger < chunk.end:
                return False
    return True


def _governing_words(clause: Clause) -> list[int]:
    """Verbs and predicative adjectives ("ist bereit, …") that govern the next clause."""
    return [t.i for t in clause.tokens if t.pos_ in {"VERB", "AUX"} or t.tag_ == "ADJD"]


def _verb_lemmas(token: Token, clause: Clause) -> list[str]:
    lemma = lemma_of(token)
    lemmas = []
    # Separable particle at the end of the clause ("weist … zurück") if the NLP stage
    # left it unattached.
    for other in clause.tokens:
        if other.tag_ == "PTKVZ" and other.i > token.i:
            particle = lemma_of(other)
            if not lemma.startswith(particle):
                lemmas.append(particle + lemma)
    lemmas.append(lemma)
    return lemmas


def _verb_frame(
    frame: Frame, clause: Clause, previous: Clause | None, cues: Cues, lexicon: Lexicon
) -> None:
    trigger = clause.tokens[0].doc[frame.trigger]
    frame.passive = "Part" in trigger.morph.get("VerbForm") and (
        clause.passive or _headline_passive(trigger, frame)
    )
    for role, index in clause.roles.items():
        if index >= 0:
            frame.slots[role] = clause.chunks[index].phrases
    subj = clause.roles.get("subj", -1)
    if previous is not None and subj >= 0 and previous.roles.get("subj", -1) >= 0:
        # "Moskau erklärte, es werde …": a pronoun subject after a comma most often
        # refers to the previous clause's subject.
        if clause.tokens[0].doc[clause.chunks[subj].head].tag_ == "PPER":
            frame.slots["subj_fallback"] = previous.chunks[previous.roles["subj"]].phrases
    if (
        previous is not None
        and "subj" in frame.slots
        and "obj" not in frame.slots
        and not frame.passive
        and _pronoun_subject(clause, cues)
    ):
        if (
            _plural_antecedent_singular_verb(clause, previous)
            or _singular_antecedent_plural_verb(clause, previous)
            or _frame_word_antecedent(frame, clause, previous)
        ):
            # "die Waffen, die Frankreich der Ukraine geliefert hat", "die Regierung, die
            # die Rebellen angegriffen hatten": the pronoun is the object, standing for its
            # antecedent.
            frame.slots["obj"] = _antecedent(clause, previous).phrases
        else:
            # "Die USA, die das Abkommen vermittelt hatten, …": a nominative relative
            # pronoun opening the clause is its subject; a phrase that may as well be
            # accusative is then the object.
            frame.slots["obj"] = frame.slots.pop("subj")
    if previous is not None and "subj" not in frame.slots:
        if _inherits_subject(clause) and previous.roles.get("subj", -1) >= 0:
            doer = _object_controller(clause, previous, cues)
            frame.slots["subj"] = (doer or previous.chunks[previous.roles["subj"]]).phrases
            frame.governors = _governing_words(previous)
        elif _relative(clause) and previous.chunks:
            # The relative pronoun is the clause's subject (see `_antecedent`).
            frame.slots["subj"] = _antecedent(clause, previous).phrases
    for index, chunk in enumerate(clause.chunks):
        if chunk.prep is None or chunk.attribute_of is not None:
            continue
        if index and _act_complement(clause.chunks[index - 1], chunk, clause, lexicon, cues):
            # "hatte die Kontakte nach dem Angriff auf die Ukraine eingefroren": a phrase
            # right after an adverbial's act noun is that noun's, whom its act concerns.
            continue
        if (
            frame.passive
            and chunk.prep in cues.agent_prepositions
            and not _in_vorfeld_phrase(clause, index)
            and not _measure_attribute(clause, index)
        ):
            frame.slots.setdefault("agent", chunk.phrases)
        frame.slots.setdefault(f"prep:{chunk.prep}", chunk.phrases)
    guest_visit(frame, cues.guest_passives, lemma_of(trigger), cues.host_prepositions)


def _in_vorfeld_phrase(clause: Clause, index: int) -> bool:
    """"Der Angriff von Rebellen auf die Stadt wurde von der Regierung verurteilt": before a
    main clause's finite verb stands one constituent, so a prepositional phrase there after
    the clause's first phrase belongs to that phrase (no doer of the passive). A main
    clause: its finite verb comes before its other verbs (a verb-final clause, "dass drei
    Männer von der Polizei festgenommen wurden", has it last)."""
    verbs = clause.verbs
    finite = next((v for v in verbs if "Fin" in v.morph.get("VerbForm")), None)
    if finite is None or finite is verbs[-1] or index == 0:
        return False
    first = clause.chunks[0]
    return first.prep is None and clause.chunks[index].start < finite.i


def _in_other_vorfeld_phrase(clause: Clause, index: int, own: int) -> bool:
    """Is chunk `index` a prepositional phrase of a main clause's first constituent when
    the event noun (chunk `own`) stands outside it?"""
    return own != 0 and _in_vorfeld_phrase(clause, index) and not _in_vorfeld_phrase(clause, own)


def _headline_passive(trigger: Token, frame: Frame) -> bool:
    """Headlines leave out the passive auxiliary ("Oppositionsführer in Tunesien
    freigelassen"): a participle of a verb with a patient object in a sentence without a
    finite verb is a passive (not "Merz in Warschau eingetroffen")."""
    return "obj" in frame.entry.targets and verbless(trigger.sent)


def _act_complement(
    before: Chunk, chunk: Chunk, clause: Clause, lexicon: Lexicon, cues: Cues
) -> bool:
    """Is a prepositional phrase the complement of the act noun of an adverbial of time,
    cause or concession right before it ("nach dem Angriff auf Georgien", "wegen der
    Kämpfe gegen die Rebellen")? A phrase that follows a noun attaches to it, and an
    adverbial's act is not the verb's: whom it concerns is none of the verb's phrases (an
    object's complement is: "verhängte Sanktionen gegen Russland")."""
    if before.prep not in cues.adverbial_prepositions:
        return False
    if (before.extent_end or before.end) != chunk.start - 1:
        return False  # (only the preposition between them)
    noun = clause.tokens[0].doc[before.head]
    if noun.pos_ != "NOUN":
        return False
    lemma = lemma_of(noun)
    head = lexicon.compound_head(lemma)
    return bool(
        lexicon.candidates("noun", lemma) or (head and lexicon.candidates("noun", head))
    )


def _noun_frame(
    frame: Frame, token: Token, clause: Clause, previous: Clause | None, cues: Cues
) -> None:
    chunks = clause.chunks
    own = next((i for i, c in enumerate(chunks) if c.start <= token.i < c.end), None)
    if own is None:
        return
    chunk = chunks[own]
    inner = [c for c in chunks if c.attribute_of == token.i]
    # Prenominal genitive or actor adjective inside the phrase: "Macrons Besuch",
    # "syrischer Beschuss" (after an extended attribute's phrases).
    modifiers = max((c.end for c in inner), default=chunk.start)
    if modifiers < token.i:
        frame.slots["gen_modifier"] = [Phrase(modifiers, token.i, token.i - 1)]
        # "Trumps Drohung vom Nato-Austritt": a name in the genitive before the noun is
        # its doer; a von-phrase after it is then the content.
        first = token.doc[chunk.start]
        if _saxon_genitive(first):
            frame.slots["gen"] = [Phrase(chunk.start, chunk.start + 1, chunk.start)]
    named = _genitive_name_after(token, chunk)
    if named is not None:
        # "die Kritik Pekings an Manila", "die Drohungen Moskaus": a name in the genitive
        # right after the event noun is its doer.
        frame.slots["gen"] = [named]
    for attribute in inner:
        # "die von der EU gegen Belarus verhängten Sanktionen": the attribute's agent is
        # the noun's doer, its other phrases the noun's own.
        if attribute.prep in cues.agent_prepositions:
            frame.slots.setdefault("gen", attribute.phrases)
        frame.slots.setdefault(f"prep:{attribute.prep}", attribute.phrases)
    following = chunks[own + 1 :]
    for later in following:
        if later.genitive_of == own:
            frame.slots.setdefault("gen", later.phrases)
        elif later.prep is not None:
            if later.prep in cues.agent_prepositions:
                frame.slots.setdefault("gen", later.phrases)
            frame.slots.setdefault(f"prep:{later.prep}", later.phrases)
    agent = _noun_agent(chunks, own, cues)
    if agent is not None:
        frame.slots.setdefault("agent", agent.phrases)
    # Prepositional objects anywhere in the clause, for support verbs ("verhängte gegen
    # Russland neue Sanktionen"); not those inside the first constituent of another phrase
    # ("Die Regierung in Moskau habe die Angriffe befohlen": the seat of the doer).
    for index, other in enumerate(chunks):
        if (
            other.prep is not None
            and other.attribute_of is None
            and not _in_other_vorfeld_phrase(clause, index, own)
        ):
            frame.slots.setdefault(f"prep:{other.prep}", other.phrases)
    subj = clause.roles.get("subj", -1)
    frame.governors = [v.i for v in clause.verbs]
    if _told_by_report(chunks, own, token.doc, cues):
        # "verwies auf Berichte über Entführungen": who cites a report did not do it.
        return
    if any(lemma_of(v) in cues.belief_verbs for v in clause.verbs):
        # "Ermittler vermuten einen russischen Anschlag": who suspects an act did not do it.
        return
    # The subject of a passive clause is the patient of its verb ("Bei Angriffen … wurden
    # drei Menschen getötet"): the coder drops it when that verb is an event trigger.
    if subj >= 0 and subj != own:
        frame.slots[_support_slot(clause)] = chunks[subj].phrases
        frame.slots["support_verb"] = _participles(clause)
        iobj = clause.roles.get("iobj", -1)
        if clause.roles.get("obj") == own and iobj >= 0 and not clause.passive:
            # A support verb construction with a dative ("leisteten der Ukraine Hilfe",
            # "erteilte der Regierung eine Absage", "hat der Ukraine Vorwürfe gemacht"): the
            # verb's dative is whom the noun's act is for or aimed at.
            frame.slots.setdefault("iobj", chunks[iobj].phrases)
    elif previous is not None and _inherits_subject(clause) and previous.roles.get("subj", -1) >= 0:
        frame.slots[_support_slot(previous)] = previous.chunks[previous.roles["subj"]].phrases
        frame.slots["support_verb"] = _participles(previous)
        frame.governors += _governing_words(previous)


def _object_controller(clause: Clause, previous: Clause, cues: Cues) -> Chunk | None:
    """"hinderte die Ukraine daran, beizutreten", "hielt die Armee davon ab, … zu
    schießen": the infinitive of a verb of preventing or forcing (cues
    `object_control_verbs`) has the verb's accusative object as its doer."""
    obj = previous.roles.get("obj", -1)
    if not _infinitive(clause) or obj < 0:
        return None
    chunk = previous.chunks[obj]
    if previous.tokens[0].doc[chunk.head].tag_ == "PRF":
        return None  # "hat sich daran gewöhnt, … zu": a reflexive is the subject itself
    if not any(lemma_of(v) in cues.object_control_verbs for v in previous.verbs):
        return None
    return chunk


def _noun_agent(chunks: list[Chunk], own: int, cues: Cues) -> Chunk | None:
    """"die Festnahme des Journalisten durch die Polizei", "die Festnahme von drei
    Journalisten durch die Polizei": a doer's phrase (cues `noun_agent_prepositions`) that
    follows the event noun's phrase, right after it or after its patient, is the noun's
    (a phrase further on may be the verb's: "wurde durch ein Video bekannt")."""
    edge = chunks[own].extent_end or chunks[own].end
    for later in chunks[own + 1 :]:
        if later.genitive_of is not None:
            continue  # a genitive inside the phrase before (ends at `edge`)
        if later.prep is None or later.start - 1 != edge:
            return None
        if later.prep in cues.noun_agent_prepositions:
            return later
        edge = later.extent_end or later.end
    return None


def _told_by_report(chunks: list[Chunk], own: int, doc: Doc, cues: Cues) -> bool:
    """Is the event noun's phrase the topic or genitive of a report noun just before it
    ("Berichte über Entführungen", "Meldungen von Festnahmen")?"""
    if own == 0:
        return False
    chunk, before = chunks[own], chunks[own - 1]
    if chunk.prep is None and chunk.genitive_of != own - 1:
        return False
    return lemma_of(doc[before.head]) in cues.report_nouns


def _genitive_name_after(token: Token, chunk: Chunk) -> Phrase | None:
    """A name that ends its noun's phrase right after the noun, in -s: "Kritik Pekings",
    "Besuch Donald Trumps" (the tagger leaves such names without a case)."""
    doc = token.doc
    end = chunk.end
    if token.pos_ != "NOUN" or token.i + 1 >= end:
        return None
    names = doc[token.i + 1 : end]
    if not all(t.pos_ == "PROPN" for t in names) or not names[-1].lower_.endswith("s"):
        return None
    return Phrase(token.i + 1, end, end - 1)


def _saxon_genitive(token: Token) -> bool:
    """A name in -s opening a noun phrase without an article ("Trumps Drohung", "Russlands
    Angriff"): German puts no other name before a noun. (Tagger case is unreliable on
    names, so the ending decides.)"""
    return token.pos_ == "PROPN" and (_cases(token) == {"Gen"} or token.lower_.endswith("s"))


def _support_slot(clause: Clause) -> str:
    return "support_passive" if clause.passive else "support_subj"


def _participles(clause: Clause) -> list[Phrase]:
    return [
        Phrase(v.i, v.i + 1, v.i)
        for v in clause.verbs
        if v.pos_ == "VERB" and "Part" in v.morph.get("VerbForm")
    ]
