"""Role assignment from a dependency parse (English; German once a parser is loaded).

Handles both label sets spaCy models use: ClearNLP-style English (nsubj, nsubjpass,
dobj, dative, prep/pobj, agent, prt) and Universal Dependencies (nsubj:pass, obj, iobj,
obl/nmod + case, compound:prt).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from chronist.events.data import Cues, Lexicon
from chronist.events.frames import Frame, Phrase, guest_visit
from chronist.events.triggers import (
    HEADLINE_SUBJECT_DEPS,
    adverbial_clause,
    appositive_headline,
    headline_verb,
    hyphenated,
    lemma_of,
    match,
    obligation_modals,
    passive_adjunct,
    trigger_pos,
    verbless,
    word_in,
)

__all__ = ["frames_from_parse", "noun_agent", "prep_objects"]

SUBJ = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "csubj", "sb"})
PASSIVE_MARKS = frozenset({"nsubjpass", "nsubj:pass", "auxpass", "aux:pass"})
OBJ = frozenset({"dobj", "obj", "oa"})
IOBJ = frozenset({"dative", "iobj", "da"})
PREP = frozenset({"prep", "mo", "op", "pg", "mnr"})
UD_OBLIQUE = frozenset({"obl", "obl:arg", "obl:agent", "nmod", "obl:tmod"})
POSS = frozenset({"poss", "nmod:poss", "ag"})
MODIFIER_ACTORS = frozenset({"compound", "amod", "nmod", "npadvmod"})
# A verb in these relations modifies a noun as an adjective would.
ATTRIBUTIVE = frozenset({"amod"})
# Finite verb forms (Penn): past, 3rd singular and other present.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Nouns that make a preposition with "of" ("in front of the embassy").
PREPOSITION_NOUNS = frozenset({"front"})
# A verb in these relations heads a relative clause on a noun.
RELATIVE_CLAUSES = frozenset({"relcl", "acl:relcl"})
PARTICLES = frozenset({"prt", "compound:prt", "svp"})
# The dash that ends a wire dateline.
DASHES = frozenset({"-", "–", "—", "--"})
# Dependents that belong to a phrase's own clause, not to the noun phrase.
PHRASE_CUT = frozenset({"relcl", "acl", "acl:relcl", "conj", "cc", "punct", "appos", "advcl"})
# How a dependent clause hangs on the verb that governs it.
COMPLEMENT = frozenset({"xcomp", "ccomp", "oc", "pcomp", "advcl"})
CONTROL = frozenset({"xcomp", "oc", "conj", "advcl"})
PREDICATIVE = frozenset({"acomp"})
# A content clause on an event noun ("the demand that Israel ease …").
NOUN_CLAUSE = frozenset({"acl", "ccomp"})
SCOPE_DEPS = frozenset({"aux", "auxpass", "aux:pass", "neg", "advmod", "mark", "det", "ng"})


def frames_from_parse(
    sent: Span, lexicon: Lexicon, cues: Cues, heading: bool = False
) -> list[Frame]:
    """The frames of a parsed sentence, without those embedded in another's complement.
    `heading`: the sentence is a title or heading, told in the headline present."""
    frames: list[Frame] = []
    consumed: set[int] = set()
    for token in sent:
        frame = _frame_for(token, lexicon, cues, heading)
        if frame is None:
            continue
        frames.append(frame)
        consumed.update(_frame_words(token, frame))
    by_token = {f.trigger: f for f in frames}
    _occasion_doers(frames, by_token)
    return [
        f
        for f in frames
        if f.trigger not in consumed
        and (
            _prior_act(sent.doc[f.trigger], f, lexicon.prior_act_prepositions, cues)
            or not _embedded(
                sent.doc[f.trigger],
                by_token,
                cues.conditional_markers,
                cues.clausal_types,
                cues.patronage_participles,
                heading,
            )
        )
    ]


def _occasion_doers(frames: list[Frame], by_token: dict[int, Frame]) -> None:
    """"were killed in an attack by the Taliban", "in an ambush later claimed by …": a
    passive act with no agent of its own is done by whoever does the event noun of its
    type in its prepositional phrase (the noun itself is folded into the act)."""
    for verb in frames:
        if verb.entry.pos != "verb" or not verb.passive or verb.slots.get("agent"):
            continue
        for slot, phrases in list(verb.slots.items()):
            if not slot.startswith("prep:"):
                continue
            occasion = next((by_token[p.head] for p in phrases if p.head in by_token), None)
            if (
                occasion is not None
                and occasion.entry.pos == "noun"
                and occasion.entry.type == verb.entry.type
                and occasion.slots.get("gen")
            ):
                verb.slots["agent"] = occasion.slots["gen"]
                break


def _frame_for(token: Token, lexicon: Lexicon, cues: Cues, heading: bool = False) -> Frame | None:
    pos = trigger_pos(token)
    if pos is None:
        return None
    if heading and pos == "noun" and headline_verb(token):
        pos = "verb"
    gerund = pos == "verb" and _attributive_gerund(token)
    if pos == "verb" and token.dep_ in ATTRIBUTIVE and not gerund:
        # "the alleged police stations", "the proposed changes": a participle that
        # describes a noun reports no act of its own.
        return None
    attached = {lemma_of(c) for c in token.children} | {c.lower_ for c in token.children}
    attached |= _clause_preposition(token)
    context = set(attached)
    if token.dep_ == "xcomp":
        # "warships began escorting convoys": the doer named on the governing verb.
        context.update(lemma_of(c) for c in token.head.children if c.dep_ in SUBJ)
    for child in token.children:
        context.update(lemma_of(g) for g in child.children)
        if child.dep_ == "prep":
            # "walked out of parliament": a stacked preposition's object is the phrase's
            # own object, one level deeper in the parse than a plain one.
            context.update(
                lemma_of(o)
                for g in child.children
                if g.dep_ == "prep"
                for o in g.children
                if o.dep_ == "pobj"
            )
        if child.dep_ in OBJ:
            # "suspended part of a military aid program": frame words sit deep in objects.
            context.update(lemma_of(t) for t in list(child.subtree)[:12])
    if gerund:
        # "responded by halting imports of wine": the noun is the gerund's object.
        context.update(lemma_of(t) for t in list(token.head.subtree)[:12])
        context |= {lemma_of(token.head), token.head.lower_}
    if pos == "verb" and _reduced_passive(token, cues):
        # "drills held by Russian troops": the noun a passive participle describes is its
        # object, frame words included.
        context.update(lemma_of(t) for t in token.head.lefts)
        context.add(lemma_of(token.head))
    if pos == "verb" and _object_relative(token):
        # "the memorandum (that) India and Bangladesh signed": the noun a relative clause
        # with a subject of its own modifies is its verb's object.
        context.add(lemma_of(token.head))
    if pos == "noun":
        context.add(lemma_of(token.head))
        if token.dep_ == "pobj" and token.head.dep_ == "prep":
            # "a note of protest": the noun the preposition hangs on.
            context.add(lemma_of(token.head.head))
        # The next word belongs to fixed expressions however it is parsed ("charge
        # d'affaires" is no charge).
        if token.i + 1 < len(token.doc):
            context.add(lemma_of(token.doc[token.i + 1]))
    lemmas = list(_verb_lemmas(token)) if pos == "verb" else [lemma_of(token)]
    if pos == "verb":
        # Last: the verb's own senses first, then a modal of obligation on it.
        lemmas += obligation_modals(token, cues.obligation_modals)
    if pos == "noun" and (joined := hyphenated(token)) is not None:
        lemmas.insert(0, joined)
    if pos == "verb":
        context |= _destination_words(token, lexicon.destination_prepositions)
    found = match(lexicon, pos, lemmas, context, attached)
    if found is None:
        return None
    entry, compound = found
    if gerund and not word_in(token.head, entry.with_any | set(entry.with_all)):
        # Only a sense whose own frame word is the noun reads the pair as verb and
        # object ("by halting imports"); "by invading troops" stays a description.
        return None
    frame = Frame(trigger=token.i, entry=entry, compound=compound)
    if pos == "verb":
        _verb_slots(token, frame, cues)
    else:
        _noun_slots(token, frame, cues)
    if any(not frame.logical(slot) for slot in entry.needs):
        # Not this sense ("wants to visit" is no demand): it governs no other trigger.
        return None
    frame.scope = _scope(token, cues.told_clause_subordinators)
    frame.governors = [g.i for g in _governors(token, cues.told_clause_subordinators)]
    frame.depth = _depth(token)
    return frame


def _destination_words(verb: Token, destinations: frozenset[str]) -> set[str]:
    """"added the group to its terrorist list": the words qualifying the object of a
    preposition of destination on the verb (compounds, adjectives) say what the verb puts
    its object on; they are two levels below the verb, out of a frame word's usual reach."""
    return {
        lemma_of(m)
        for prep in verb.children
        if prep.dep_ == "prep" and word_in(prep, destinations)
        for place in prep.children
        if place.dep_ == "pobj"
        for m in place.children
        if m.dep_ in {"compound", "amod"}
    }


def _clause_preposition(verb: Token) -> set[str]:
    """"called for the regulator to be abolished": the parser makes the preposition right
    after the verb the marker of the for-to clause; it is still the phrasal verb's."""
    return {
        lemma_of(mark)
        for clause in verb.children
        if clause.dep_ in COMPLEMENT
        for mark in clause.children
        if mark.dep_ == "mark" and mark.i == verb.i + 1
    }


def _depth(token: Token) -> int:
    depth, current = 0, token
    # By index: spaCy makes a new Token per access (`head is not current` held at the
    # root too, so every word had depth 10 and the main-predicate bonus never applied).
    while current.head.i != current.i and depth < 10:
        # Coordinated predicates share their head's rank ("attacked and killed").
        if current.dep_ != "conj":
            depth += 1
        current = current.head
    return depth


def _verb_lemmas(token: Token) -> Iterator[str]:
    lemma = lemma_of(token)
    for child in token.children:
        if child.dep_ in PARTICLES and token.doc.lang_ == "de":
            particle = lemma_of(child)
            if not lemma.startswith(particle):
                yield particle + lemma
    yield lemma


def _frame_words(token: Token, frame: Frame) -> Iterator[int]:
    """Nouns a verb frame consumed ("reached an agreement"): they are not events."""
    words = frame.entry.with_any | set(frame.entry.with_all)
    for child in token.children:
        if lemma_of(child) in words:
            yield child.i
        for grandchild in child.children:
            if lemma_of(grandchild) in words:
                yield grandchild.i


def _embedded(
    token: Token,
    triggers: dict[int, Frame],
    conditions: frozenset[str] = frozenset(),
    clausal: frozenset[str] = frozenset(),
    standing: frozenset[str] = frozenset(),
    heading: bool = False,
) -> bool:
    """A trigger inside another trigger's complement ("agreed to cooperate", "condemned
    the attack"): the governing predicate is the event."""
    current = token
    # The trigger's own clause: a bare verb coordinated with a participle shares that
    # participle's adjunct clause ("rallied …, waving flags and demanding the release …").
    own = token.i
    steps = 0
    climbed_from = ""
    while steps < 3:
        if current.dep_ == "conj":
            if (
                current.head.i in triggers
                or current.pos_ not in {"VERB", "AUX"}
                or own_finite(current)
            ):
                # Coordinated acts are two acts ("will not criticize China or expel …").
                return False
            # A bare coordinated verb shares the clause it is coordinated in ("urged X
            # to stop … and return to dialogue"): go on from its first conjunct.
            own = current.head.i if current.i == own else own
            current = current.head
            continue
        steps += 1
        if current.dep_ not in COMPLEMENT | OBJ | {"pobj", "prep", "obl", "nmod", "dobj"}:
            return False
        # A trigger heading an adverbial clause of its own is no complement ("…, days
        # after Brussels imposed tariffs"); "attacked the village, killing five" tells
        # one act twice.
        clause = adverbial_clause(current, conditions, standing, heading)
        if current.i != own and clause != "finite":
            # Climbing from an event noun, only a finite adverbial clause is a happening
            # of its own ("jailed after his supporters staged protests").
            clause = None
        governor = triggers.get(current.head.i)
        if (
            current.dep_ == "ccomp"
            and governor is not None
            and governor.entry.type not in clausal
            and any(c.dep_ in SUBJ for c in current.children)
        ):
            # "North Korea fires missiles as U.S., South Korea begin drills" parsed with
            # "fires" as the object clause of "begin": no such verb takes a content clause.
            return False
        if clause in {"finite", "passive"} or (
            clause == "participle"
            and (governor is None or governor.entry.type != triggers[token.i].entry.type)
        ):
            return False
        if climbed_from == "prep" and _for_to_clause(current):
            # "called for supporters to assemble in protest over …": an adjunct of the
            # act called for tells a happening of its own, not what is asked.
            return False
        climbed_from = climbed = current.dep_
        current = current.head
        if current.i in triggers and current.i != token.i:
            return not _own_speech_act(triggers[token.i], triggers[current.i])
        if climbed in COMPLEMENT and steps == 1 and _support_object(current, triggers, token):
            # "staged mass demonstrations to demand reforms", "reiterated its demand that
            # Israel ease restrictions": the clause of a support verb completes the event
            # noun it takes as object; the noun's event holds it.
            return True
        if current.head.i == current.i:
            return False
    return False


def _prior_act(noun: Token, frame: Frame, prior: frozenset[str], cues: Cues) -> bool:
    """"protested after Russia's seizure of the tanker", "following the seizure of the
    ship by Iran": an event noun after a preposition of what went before, with a doer
    of its own, is an earlier happening told in passing, no part of the act it hangs on.
    Without its own doer ("agreed after two days of talks") it stays the act's
    circumstance. A by-phrase names the doer; a possessive does when the noun takes its
    doer from there or names its patient in an of-phrase ("Belarus's expulsion of a
    diplomat"), not when it is the patient itself ("after his arrest"). Such a noun is kept
    as its own event where `_embedded` would fold it into the act it hangs on."""
    if noun.dep_ != "pobj" or not word_in(noun.head, prior):
        return False
    if any(
        c.dep_ in {"prep", "agent"} and c.lower_ in cues.agent_prepositions
        for c in noun.children
    ):
        return True
    if not any(c.dep_ == "poss" for c in noun.children):
        return False
    return "gen" in frame.entry.sources or any(
        c.dep_ == "prep" and c.lower_ in cues.theme_prepositions for c in noun.children
    )


def _for_to_clause(verb: Token) -> bool:
    """"called for X to …": an adverbial clause opened by "for" right after its verb."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.i == verb.head.i + 1 for c in verb.children
    )


def _own_speech_act(noun: Frame, governor: Frame) -> bool:
    """"called Connolly's criticisms 'absurd'": an act of speech with a doer of its own
    under one of its type is a second act, not the first one's topic."""
    return (
        noun.entry.pos == "noun"
        and noun.entry.type == governor.entry.type
        and bool(noun.slots.get("gen"))
    )


def _support_object(verb: Token, triggers: dict[int, Frame], token: Token) -> bool:
    """Is the verb no trigger itself but the support of an event noun it takes as object?"""
    return any(
        c.dep_ in OBJ and c.i in triggers and c.i != token.i and triggers[c.i].entry.pos == "noun"
        for c in verb.children
    )


def phrase(token: Token) -> Phrase:
    """The noun phrase headed by `token`, without relative clauses and its conjuncts
    (conjoined modifiers such as "Hungarian and Romanian" stay inside)."""
    indices = [token.i]
    stack = [c for c in token.children if c.dep_ not in PHRASE_CUT and not _gerund_clause(c)]
    while stack:
        child = stack.pop()
        indices.append(child.i)
        stack.extend(
            c for c in child.children if c.dep_ not in PHRASE_CUT or c.dep_ in {"conj", "cc"}
        )
    return Phrase(start=min(indices), end=max(indices) + 1, head=token.i)


def _gerund_clause(prep: Token) -> bool:
    """"accused its neighbour of mistreating migrants": a preposition with a verb of its
    own opens a clause about the noun (what it is accused of), no part of its phrase."""
    objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    return prep.dep_ == "prep" and bool(objects) and all(_is_verb(c) for c in objects)


def coordinated(token: Token) -> list[Phrase]:
    """`token` and its conjuncts: "Scholz und Tusk" -> two phrases."""
    phrases = [phrase(token)]
    if _clause_verb_of_stranded(token) is not None:
        return phrases  # the subject of a clause of its own, not a member of a list
    for conj in token.conjuncts:
        if conj.pos_ in {"NOUN", "PROPN", "PRON", "ADJ"} and _clause_verb_of_stranded(conj) is None:
            phrases.append(phrase(conj))
    return phrases


def _clause_verb_of_stranded(noun: Token) -> Token | None:
    """"Hamas freed hostages on Sunday and Israel released prisoners": the parser may
    hang the second clause's subject as a conjunct on a noun of the first; the finite
    verb coordinated right after it, with no subject of its own, is the clause it opens."""
    if noun.dep_ != "conj" or noun.pos_ not in {"PROPN", "NOUN", "PRON"}:
        return None
    end = phrase(noun).end
    if end >= len(noun.doc):
        return None
    verb = noun.doc[end]
    if (
        verb.dep_ != "conj"
        or verb.pos_ not in {"VERB", "AUX"}
        or verb.i < noun.head.i
        or not own_finite(verb)
        or any(c.dep_ in SUBJ for c in verb.children)
    ):
        return None
    return verb


def _stranded_subject(verb: Token) -> Token | None:
    """The subject of a coordinated clause that the parser hung on the clause before."""
    if verb.dep_ != "conj":
        return None
    for candidate in reversed(verb.doc[verb.head.i + 1 : verb.i]):
        if candidate.dep_ == "cc" or candidate.pos_ in {"PUNCT", "CCONJ"}:
            return None
        opened = _clause_verb_of_stranded(candidate)
        if opened is not None and opened.i == verb.i:
            return candidate
    return None


def _antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies."""
    if token.head.dep_ not in {"relcl", "acl:relcl"}:
        return token
    # "that" is tagged as a subordinator (IN) even where it is the clause's object ("the
    # tanker that Iranian forces seized").
    relative = token.tag_ in {"WDT", "WP", "PRELS"} or (
        token.tag_ == "IN" and token.dep_ in {"dobj", "obj"}
    )
    if relative:
        noun = token.head.head
        # "the NRDC, an environmental group that sued …": a relative clause on a common
        # noun in apposition tells of the noun it renames (the name).
        renamed = (
            noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ in {"NOUN", "PROPN"}
        )
        return noun.head if renamed and noun.head.i < noun.i else noun
    return token


def prep_objects(token: Token) -> Iterator[tuple[str, Token]]:
    for child in token.children:
        if child.dep_ in PREP | {"agent"} and child.pos_ == "ADP":
            stranded = _stranded_object(child)
            if stranded is not None:
                yield lemma_of(child), stranded
            for obj in child.children:
                if obj.dep_ in {"pobj", "nk", "pcomp"} and obj.pos_ != "VERB":
                    yield lemma_of(child), obj
                    # "in front of the embassy": a preposition of noun and "of", named by
                    # its noun (PREPOSITION_NOUNS) as the cues' prepositions of place are.
                    if obj.lower_ in PREPOSITION_NOUNS:
                        for of in obj.children:
                            if of.dep_ == "prep" and of.lower_ == "of":
                                for inner in of.children:
                                    if inner.dep_ == "pobj":
                                        yield obj.lower_, inner
                elif obj.dep_ == "prep" and obj.pos_ == "ADP" and obj.i == child.i + 1:
                    # "outside of the city", "in front of the embassy": a two-word
                    # preposition, named by its first word; "out of" also by its last,
                    # as phrasal verbs name it ("pull out" + of).
                    for inner in obj.children:
                        if inner.dep_ == "pobj":
                            yield lemma_of(child), inner
                            yield lemma_of(obj), inner
        elif child.dep_ in UD_OBLIQUE:
            cases = [c for c in child.children if c.dep_ == "case"]
            if cases:
                yield lemma_of(cases[0]), child


def _shifted_object(verb: Token, markers: frozenset[str]) -> Token | None:
    """The apposition of the object of the verb's own "as" (cues `predicative_markers`:
    "denounced as a crime X's suppression of …"), English only, or None."""
    if verb.doc.lang_ != "en":
        return None
    for child in verb.children:
        if child.dep_ in PREP and child.lower_ in markers and child.i > verb.i:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    for appos in obj.children:
                        if appos.dep_ == "appos" and appos.i > obj.i:
                            return appos
    return None


def _bounded_object(verb: Token, bounds: frozenset[str]) -> Token | None:
    """The counted noun after a bound the parser read as the verb's particle and
    preposition ("up to 16 advisers"), or None."""
    particles = [c for c in verb.children if c.dep_ == "prt"]
    for child in [*verb.children, *(g for p in particles for g in p.children)]:
        if child.dep_ not in PREP or child.i == 0:
            continue
        words = f"{verb.doc[child.i - 1].lower_} {child.lower_}"
        if words not in bounds:
            continue
        for obj in child.children:
            if obj.dep_ == "pobj" and any(c.dep_ == "nummod" for c in obj.children):
                return obj
    return None


def _stranded_object(prep: Token) -> Token | None:
    """"granted asylum to five officers holed up in …": the parser made the preposition's
    object the subject of the reduced relative after it and left the preposition without
    one. That subject, when the words between are its own phrase, is the object."""
    if any(c.dep_ in {"pobj", "pcomp", "nk"} for c in prep.children):
        return None
    nxt = prep.i + 1
    if nxt >= len(prep.doc):
        return None
    head = prep.doc[nxt]
    while head.head.i != head.i and head.head.i > prep.i and head.dep_ not in SUBJ:
        if head.head.pos_ == "VERB":
            return None
        head = head.head
    if head.dep_ in SUBJ and head.pos_ in {"NOUN", "PROPN"} and head.left_edge.i == nxt:
        return head
    return None


def _verb_slots(token: Token, frame: Frame, cues: Cues) -> None:
    deps = {c.dep_ for c in token.children}
    # Only a sense with a patient object can share a passive ("were attacked and retreated").
    shared = "obj" in frame.entry.targets and _shared_passive(token, cues)
    reduced = _reduced_passive(token, cues)
    frame.passive = bool(deps & PASSIVE_MARKS) or _aux_passive(token, cues) or shared or reduced
    if frame.passive and token.lower_ in cues.stative_participles and "agent" not in deps:
        # "Iran is (no longer) committed to the deal": an adjectival passive states the
        # subject's own stance; nobody committed Iran.
        frame.passive = False
    subject = _subject(token)
    governing = _prepositional_gerund_head(token, cues) if subject is None else None
    if governing is not None:
        # The gerund has the subject of the verb it completes, or its object if it has one
        # ("barred the leader from running", "accused Russia of shelling").
        subject = _gerund_controller(governing, token) or _subject(governing)
    if subject is not None:
        frame.slots["subj"] = [
            *(phrase(s) for s in _listed_subjects(subject)),
            *coordinated(_antecedent(subject)),
        ]
        # The clause that holds the subject, which may be a controlling one ("Syria says
        # it is willing to withdraw": "it" belongs to "is").
        matrix = _matrix_subject(subject.head, subject)
        if matrix is not None:
            frame.slots["subj_fallback"] = coordinated(matrix)
        speaker = _speaker_of_misjoined(token)
        if speaker is not None:
            frame.slots["subj_speaker"] = coordinated(_antecedent(speaker))
        user = _weapon_user(subject, frame)
        if user is not None:
            # "Missiles fired by Russia struck a school": a weapon named as the doer was
            # used by the agent of the participle that describes it.
            frame.slots["subj"] = coordinated(user)
    if subject is None and "obj" not in frame.entry.targets:
        # "Dozens of relatives of the victims protested on Friday": the finite verb of a
        # sentence read as a participle on a noun of its subject; an act that takes no
        # patient object is no passive, and the sentence's head noun is its doer.
        subject = _misread_finite_subject(token)
        if subject is not None:
            # The phrase up to the verb, without what stands before it ("In Tuzla, …").
            modifiers = [c for c in subject.lefts if c.dep_ in NOUN_PREMODIFIERS]
            start = min([subject.i, *(c.left_edge.i for c in modifiers)])
            frame.slots["subj"] = [Phrase(start=start, end=token.i, head=subject.i)]
    if subject is None and reduced:
        # The noun a passive participle describes is its patient.
        frame.slots["subj"] = coordinated(token.head)
    bounded = _bounded_object(token, cues.quantity_prepositions)
    if bounded is not None and not any(c.dep_ in OBJ for c in token.children):
        # "kidnapped up to 16 Russian advisers": a number's bound parsed as a particle and
        # a preposition; what it counts is the object.
        frame.slots["obj"] = coordinated(bounded)
    shifted = _shifted_object(token, cues.predicative_markers)
    if shifted is not None and not any(c.dep_ in OBJ for c in token.children):
        # "denounced as an ugly crime Serbia's suppression of …": the object moved after
        # the as-phrase, which the parser took it as an apposition of.
        frame.slots["obj"] = coordinated(shifted)
    predicated = _predicated_object(token)
    if predicated is not None and not any(c.dep_ in OBJ for c in token.children):
        frame.slots["obj"] = coordinated(predicated)
    if _attributive_gerund(token) and "obj" not in frame.slots:
        # "by halting imports of wine": the noun the parser made the gerund describe is
        # its object, and that noun's prepositions are the object's, as after a verb.
        first, *rest = coordinated(token.head)
        frame.slots["obj"] = [Phrase(start=token.i + 1, end=first.end, head=first.head), *rest]
        for prep, obj in prep_objects(token.head):
            frame.slots.setdefault(f"prep:{prep}", coordinated(obj))
    if "obj" not in frame.slots and headline_verb(token) and appositive_headline(token):
        # "Pakistan summons Afghan envoy": the apposition after the misread verb is its
        # object (only a headline's verb the tagger took for a noun gets here).
        apposition = next(c for c in token.rights if c.dep_ == "appos")
        frame.slots["obj"] = coordinated(apposition)
        for prep, obj in prep_objects(apposition):
            frame.slots.setdefault(f"prep:{prep}", coordinated(obj))
    for child in token.children:
        if child.dep_ in OBJ and "obj" not in frame.slots:
            # "the tanker, which Iranian forces seized": the relative object is its noun.
            frame.slots["obj"] = coordinated(_antecedent(child))
        elif child.dep_ in IOBJ and child.pos_ == "ADP":
            # "providing intelligence to Macedonia" parsed as a dative: the recipient is
            # the preposition's object, a prepositional slot like any other.
            for obj in child.children:
                if obj.dep_ in {"pobj", "nk"}:
                    frame.slots.setdefault(f"prep:{lemma_of(child)}", coordinated(obj))
        elif child.dep_ in IOBJ and "iobj" not in frame.slots:
            frame.slots["iobj"] = coordinated(child)
    for prep, obj in prep_objects(token):
        if frame.passive and prep in cues.agent_prepositions and "agent" not in frame.slots:
            frame.slots["agent"] = coordinated(obj)
        frame.slots.setdefault(f"prep:{prep}", coordinated(obj))
    # "imposed sanctions on Russia": the parser often hangs the recipient on the object
    # ("providing photographs and intelligence to Macedonia": on its last conjunct).
    for prep, obj in _object_preps(token):
        if frame.passive and prep in cues.agent_prepositions and "agent" not in frame.slots:
            # "was granted access by Russia": a passive keeps no object of its own doer,
            # so a by-phrase the parser hung on its retained object is the verb's agent.
            frame.slots["agent"] = coordinated(obj)
        frame.slots.setdefault(f"prep:{prep}", coordinated(obj))
    if frame.passive:
        _passive_frame_word(token, frame)
    guest_visit(frame, cues.guest_passives, lemma_of(token), cues.host_prepositions)
    if shared:
        # "was arrested in Paris and deported": the place of the first act is the second's.
        for prep, obj in prep_objects(token.head):
            if prep in cues.place_prepositions:
                frame.slots.setdefault(f"prep:{prep}", coordinated(obj))
    for prep, obj in _relative_tail_preps(token, frame):
        frame.slots.setdefault(f"prep:{prep}", coordinated(obj))
    moved = _particle_object(token, frame)
    if moved is not None:
        # "voted down the agreement with Paraguay": the object of a phrasal verb's particle
        # parsed as a preposition is the verb's object, and its prepositions are the
        # object's ("imposed sanctions on Russia").
        frame.slots.setdefault("obj", coordinated(moved))
        for prep, obj in prep_objects(moved):
            frame.slots.setdefault(f"prep:{prep}", coordinated(obj))
    # "pulled its troops back from X": the preposition hangs on the phrasal verb's own
    # particle (a word the entry requires attached), it is the verb's.
    for child in token.children:
        if child.dep_ in {"advmod", "prt"} and lemma_of(child) in frame.entry.with_all:
            for prep, obj in prep_objects(child):
                frame.slots.setdefault(f"prep:{prep}", coordinated(obj))
    complement = next(
        (
            c
            for c in token.children
            if c.dep_ in {"ccomp", "xcomp", "oc"}
            and _is_verb(c)
            and (
                c.dep_ != "ccomp"
                or frame.entry.type in cues.clausal_types
                or _object_infinitive(c)
            )
        ),
        None,
    )
    if complement is None:
        # "issued a declaration demanding that the government provide …": the content
        # clause hangs on a participle describing the object.
        complement = _object_content(token)
    if complement is None and frame.entry.type in cues.clausal_types:
        # "insisted on its demand that Burundi's government grant …": the content clause
        # hangs on the noun after the verb's preposition.
        complement = _prepositional_content(token)
    if complement is None:
        # "blocked roads to press their demands on the government": the purpose of the
        # act names whom it is aimed at.
        complement = next((c for c in token.children if _purpose(c)), None)
    if complement is not None:
        _complement_slots(complement, frame)
    _condition_slots(token, frame, cues)


def _object_relative(verb: Token) -> bool:
    """Is `verb` the verb of a relative clause whose subject is a phrase of its own, not
    the pronoun ("the memorandum (that) Iran signed", not "the drills, which began")?"""
    return verb.dep_ in RELATIVE_CLAUSES and any(
        c.dep_ in SUBJ and _antecedent(c) is c for c in verb.children
    )


def _weapon_user(subject: Token, frame: Frame) -> Token | None:
    """The agent of a passive participle on a subject that is one of the verb entry's
    frame words, a weapon ("missiles [fired by Russia] struck"), or None."""
    if lemma_of(subject) not in frame.entry.with_any:
        return None
    for clause in subject.children:
        if clause.dep_ != "acl" or clause.tag_ != "VBN":
            continue
        for agent in clause.children:
            if agent.dep_ == "agent":
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def _particle_object(verb: Token, frame: Frame) -> Token | None:
    """The object of a phrasal verb's particle that the parser took for a preposition right
    after the verb, when the verb has no object of its own, or None."""
    if any(c.dep_ in OBJ for c in verb.children) or verb.i + 1 >= len(verb.doc):
        return None
    particle = verb.doc[verb.i + 1]
    if particle.head.i != verb.i or particle.dep_ != "prep":
        return None
    if lemma_of(particle) not in frame.entry.with_all:
        return None
    return next((c for c in particle.children if c.dep_ == "pobj"), None)


def _object_infinitive(clause: Token) -> bool:
    """"allowed Russia to use its territory": an object and its to-infinitive, which the
    parser makes a clause with a subject of its own; whom the verb lets or makes act is
    its object, also for verbs that take no content clause."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children) and any(
        c.dep_ in SUBJ and c.i < clause.i for c in clause.children
    )


def _relative_tail_preps(verb: Token, frame: Frame) -> Iterator[tuple[str, Token]]:
    """"extradited a man wanted for fraud to Seoul": the parser hangs the verb's own
    recipient on the reduced relative (a past participle) that describes its object. A
    preposition of the entry's target slots the verb lacks, last in that relative, is
    the verb's. English only."""
    if verb.doc.lang_ != "en":
        return
    wanted = {t.split(":", 1)[1] for t in frame.entry.targets if t.startswith("prep:")}
    wanted -= {s.split(":", 1)[1] for s in frame.slots if s.startswith("prep:")}
    if not wanted:
        return
    relatives = [
        rel
        for obj in verb.children
        if obj.dep_ in OBJ
        for rel in obj.children
        if rel.dep_ == "acl" and rel.tag_ == "VBN"
    ]
    # The same relative misparsed as the verb's clause, the verb's object (right after
    # it) as its subject and the participle as a past tense: the verb has no object.
    if not any(c.dep_ in OBJ for c in verb.children):
        relatives += [
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and c.tag_ in {"VBN", "VBD"}
            and not any(a.dep_ in {"aux", "auxpass"} for a in c.children)
            and any(s.dep_ in SUBJ and s.left_edge.i == verb.i + 1 for s in c.children)
        ]
    for rel in relatives:
        preps = [
            t
            for t in rel.subtree
            if t.dep_ == "prep" and t.i > rel.i and lemma_of(t) in wanted
            and any(o.dep_ == "pobj" for o in t.children)
        ]
        if preps:
            last = preps[-1]
            yield lemma_of(last), next(o for o in last.children if o.dep_ == "pobj")


def _passive_frame_word(verb: Token, frame: Frame) -> None:
    """"X's donation to Y was handed over": when the passive subject is the event noun
    the verb entry is built on, the noun's possessor is the doer and its prepositions
    are the verb's ("sanctions on Russia were imposed" like "imposed sanctions on …")."""
    words = frame.entry.with_any | set(frame.entry.with_all)
    for child in verb.children:
        if child.dep_ not in PASSIVE_MARKS or lemma_of(child) not in words:
            continue
        for prep, obj in prep_objects(child):
            frame.slots.setdefault(f"prep:{prep}", coordinated(obj))
        owner = next((c for c in child.children if c.dep_ == "poss"), None)
        if owner is not None and "agent" not in frame.slots:
            frame.slots["agent"] = coordinated(owner)


def _is_verb(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"}


def _object_content(verb: Token) -> Token | None:
    for obj in verb.children:
        if obj.dep_ not in OBJ:
            continue
        for clause in obj.children:
            if clause.dep_ in {"acl", "acl:relcl"} and _is_verb(clause):
                for inner in clause.children:
                    if inner.dep_ in {"ccomp", "xcomp", "oc"} and _is_verb(inner):
                        return inner
    return None


def _prepositional_content(verb: Token) -> Token | None:
    """A content clause with its own subject on the object of one of the verb's
    prepositions ("insisted on its demand that X grant …", "pushed for X to …")."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            clauses = [obj] if obj.dep_ == "pcomp" and _is_verb(obj) else []
            if obj.dep_ == "pobj":
                clauses = [c for c in obj.children if c.dep_ in NOUN_CLAUSE and _is_verb(c)]
            for clause in clauses:
                if any(c.dep_ in SUBJ for c in clause.children):
                    return clause
    return None


def _condition_slots(token: Token, frame: Frame, cues: Cues) -> None:
    """"threatened to stop the talks if the United States goes ahead": the subject of a
    condition on the act (or on its complement) is whom a threat or demand is aimed at."""
    for verb in _complement_chain(token):
        for clause in verb.children:
            if clause.dep_ != "advcl" or not (
                any(
                    lemma_of(m) in cues.conditional_markers
                    for m in clause.children
                    if m.dep_ == "mark"
                )
                or _verb_first_condition(clause, cues)
            ):
                continue
            subject = _subject(clause)
            if subject is not None and "cond_subj" not in frame.slots:
                frame.slots["cond_subj"] = coordinated(_antecedent(subject))


def _complement_chain(token: Token, depth: int = 3) -> list[Token]:
    """The verb and the verbs of its complements, also one that completes its object
    ("reserved the right to resume fighting if …"), `depth` levels down."""
    verbs, frontier = [token], [token]
    for _ in range(depth):
        found = []
        for verb in frontier:
            for child in verb.children:
                if child.dep_ in {"xcomp", "ccomp", "oc"} and _is_verb(child):
                    found.append(child)
                elif child.dep_ in OBJ:
                    found.extend(
                        c for c in child.children if c.dep_ in {"acl"} and _is_verb(c)
                    )
        verbs.extend(found)
        frontier = found
    return verbs


def _verb_first_condition(clause: Token, cues: Cues) -> bool:
    """"Sollte die EU Sanktionen beschließen, …": a condition opened by its finite verb."""
    first = clause.left_edge
    return first.pos_ in {"AUX", "VERB"} and first.lower_ in cues.conditional_markers


def _complement_slots(verb: Token, frame: Frame, depth: int = 0) -> None:
    """"demanded that the US cancel …", "threatened to break relations with Russia": who
    is to act, or is acted upon, in the complement is the recipient of the demand/threat."""
    for child in verb.children:
        if child.dep_ in SUBJ and "comp_subj" not in frame.slots:
            frame.slots["comp_subj"] = coordinated(_antecedent(child))
        elif child.dep_ in OBJ and "comp_obj" not in frame.slots:
            frame.slots["comp_obj"] = coordinated(child)
        elif child.dep_ in IOBJ and "comp_iobj" not in frame.slots:
            frame.slots["comp_iobj"] = coordinated(child)
    for prep, obj in prep_objects(verb):
        frame.slots.setdefault(f"comp_prep:{prep}", coordinated(obj))
    # "threatened to impose restrictions against German goods", "… to cut off electricity
    # to Nakhichevan": the recipient hangs on the complement's object.
    for prep, obj in _object_preps(verb):
        frame.slots.setdefault(f"comp_prep:{prep}", coordinated(obj))
    lead_in = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
    if lead_in is not None and depth < 2 and not any(c.dep_ in OBJ | IOBJ for c in verb.children):
        # "pledged to help rebuild Ukraine", "threatened to try to seize the tanker": a verb
        # that only leads into another one (help, try, continue) has its object there.
        _complement_slots(lead_in, frame, depth + 1)


def _object_preps(verb: Token) -> Iterator[tuple[str, Token]]:
    """Prepositional objects of the verb's direct objects and their conjuncts."""
    for child in verb.children:
        if child.dep_ in OBJ:
            for head in (child, *child.conjuncts):
                yield from prep_objects(head)


def _shared_passive(verb: Token, cues: Cues, depth: int = 0) -> bool:
    """"was arrested and later deported to Moscow", "wurde festgenommen und ausgewiesen": a
    participle coordinated with a passive one, with no subject, auxiliary or object of its
    own, shares its passive (the first verb's subject is the patient of both)."""
    if verb.dep_ != "conj" or depth > 3 or not _participle(verb):
        return False
    if any(c.dep_ in SUBJ | OBJ or c.dep_.startswith("aux") for c in verb.children):
        return False
    head = verb.head
    if head.pos_ not in {"VERB", "AUX"} or not _participle(head):
        return False
    marks = {c.dep_ for c in head.children}
    return (
        bool(marks & PASSIVE_MARKS)
        or _aux_passive(head, cues)
        or _shared_passive(head, cues, depth + 1)
    )


def _participle(verb: Token) -> bool:
    """A past participle; English regular past forms ("deported") are tagged either way,
    and only an -ed form is surely the same word as the participle."""
    if verb.tag_ == "VBN" or "Part" in verb.morph.get("VerbForm"):
        return True
    return verb.tag_ == "VBD" and verb.lower_.endswith("ed")


def _reduced_passive(verb: Token, cues: Cues) -> bool:
    """"the sanctions imposed by Washington", "a ruling later condemned by the court": a
    past participle after the noun it describes, with a by-agent and no subject or
    auxiliary of its own, is a passive relative clause, though the parser marks no
    passive on it (English tags); so is such a participle heading an adverbial clause
    ("Accused by Washington of …, Iran denied …"). Not one of patronage ("rebels backed
    by Rwanda"). Headlines leave out the auxiliary of a passive ("Opposition leader
    released in Tunisia"): a participle on a noun that heads a sentence without a finite
    verb is one with or without an agent."""
    if verb.lower_ in cues.patronage_participles:
        return False
    return passive_adjunct(verb) or (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.i < verb.i
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and not any(c.dep_ in SUBJ or c.dep_.startswith("aux") for c in verb.children)
        and (any(c.dep_ == "agent" for c in verb.children) or _headline_passive(verb))
    )


# What stands before a noun inside its phrase (article, adjective, number, compound).
NOUN_PREMODIFIERS = frozenset({"det", "amod", "nummod", "compound", "poss", "quantmod"})


def _misread_finite_subject(verb: Token) -> Token | None:
    """The head noun of a sentence with no finite verb, when `verb` is a bare past form
    (no subject, auxiliary or agent of its own) the parser hung on a noun inside that
    noun's phrase ("Dozens of relatives of the victims protested …" parsed as "victims
    (who were) protested"), or None."""
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"} or verb.head.i > verb.i:
        return None
    if any(c.dep_ in SUBJ or c.dep_.startswith("aux") or c.dep_ == "agent" for c in verb.children):
        return None
    root = verb.sent.root
    if root.pos_ not in {"NOUN", "PROPN", "NUM", "PRON"} or not verbless(verb.sent):
        return None
    noun = verb.head
    while noun.i != root.i and noun.dep_ in {"pobj", "prep", "conj", "compound", "appos"}:
        noun = noun.head
    return root if noun.i == root.i and root.i < verb.i else None


def _headline_passive(verb: Token) -> bool:
    """Is `verb` a participle on the head noun of a sentence with no finite verb
    ("Three soldiers killed in ambush")?"""
    return verb.head.dep_ == "ROOT" and verbless(verb.sent)


def _aux_passive(token: Token, cues: Cues) -> bool:
    # German UD parsers may label the werden-auxiliary plain "aux"; a participle under
    # a passive auxiliary is passive all the same.
    if token.doc.lang_ != "de" or "Part" not in token.morph.get("VerbForm"):
        return False
    return any(c.dep_.startswith("aux") and lemma_of(c) in cues.passive_aux for c in token.children)


def _compound_subject(token: Token) -> Token | None:
    """"… after Togo expels diplomats": a headline's verb the tagger took for a noun has
    its subject parsed as the noun's compound before it."""
    if not headline_verb(token) or any(c.dep_ in SUBJ for c in token.children):
        return None
    if appositive_headline(token):
        # "Pakistan summons Afghan envoy": the capitalised modifier nearest the verb.
        return next(
            (c for c in reversed(list(token.lefts))
             if c.dep_ in HEADLINE_SUBJECT_DEPS and c.text[:1].isupper()),
            None,
        )  # fmt: skip
    return next((c for c in reversed(list(token.lefts)) if c.dep_ == "compound"), None)


def _subject(token: Token) -> Token | None:
    """The verb's subject, or the controlling verb's for infinitives and conjuncts."""
    if (named := _compound_subject(token)) is not None:
        return named
    current = token
    for _ in range(3):
        subjects = [child for child in current.children if child.dep_ in SUBJ]
        stranded = _stranded_subject(current) if not subjects else None
        if stranded is not None:
            return stranded
        if subjects:
            # Two subjects are a misparse, most often of a dateline ("PARIS, May 4 -
            # France's ministry summoned …"): the one nearest the verb is the real one.
            return _dateline_apposition(min(subjects, key=lambda child: abs(child.i - current.i)))
        if _adjunct_gerund(current) or _detached_participle(current):
            # "Russia responded by expelling a British attaché": a gerund of means has
            # the subject of the verb it tells how; so has a participle clause set off
            # by a comma that the parser hung on the object ("closed five offices,
            # seizing documents": the offices seize nothing).
            current = current.head.head
            continue
        if (host := _attributive_gerund_host(current)) is not None:
            # "responded by halting imports": as a gerund of means parsed as such.
            current = host
            continue
        if current is token and (hung := _hung_subject(token)) is not None:
            return hung
        if current is token and (host := _finite_conjunct_host(token)) is not None:
            current = host
            continue
        controller = _object_controller(current) if current is token else None
        if controller is not None:
            # "prompting Mexico to implement duties", "forced Iran to halt": the object of
            # the verb an infinitive completes is its subject.
            return controller
        # "he is prepared to lift the ban": an adjective's infinitive has the subject
        # of the copula the adjective completes.
        if current.dep_ not in CONTROL | PREDICATIVE or current.head is current:
            return None
        current = current.head
    return None


def _finite_conjunct_host(verb: Token) -> Token | None:
    """"said New Delhi had never allowed Hasina to conduct politics and rejected the
    remarks", "called the government \"illegal\" and urged followers to …": a verb in the
    past or present tense is no conjunct of a to-infinitive or of an adjective or noun,
    though the parser hangs it there; it joins the nearest verb above of its own tense
    form, whose subject it shares (English: Penn tags). That verb, or None."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS:
        return None
    head = verb.head
    infinitive = head.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in head.children
    )
    if not infinitive and head.pos_ not in {"ADJ", "NOUN"}:
        return None
    return next((a for a in head.ancestors if a.tag_ == verb.tag_), None)


def _dateline_apposition(subject: Token) -> Token:
    """"LONDON, May 12 (Reuters) - Japan and India agreed …": the parser makes the
    dateline's place the subject and the real subject, after the dash, its apposition
    (whose conjuncts are then the subject's own)."""
    if subject.i != subject.sent.start:
        return subject
    for child in subject.children:
        if child.dep_ == "appos" and any(
            t.is_punct and t.text in DASHES for t in subject.doc[subject.i + 1 : child.left_edge.i]
        ):
            return child
    return subject


def _listed_subjects(subject: Token) -> list[Token]:
    """"U.S., South Korea begin drills": names listed with a comma alone (a headline's
    coordination), which the parser makes further subjects of the verb before the one
    nearest it: those names, first to last."""
    if subject.pos_ != "PROPN":
        return []
    listed: list[Token] = []
    start = phrase(subject).start
    others = [c for c in subject.head.children if c.dep_ in SUBJ and c.i < subject.i]
    for other in sorted(others, key=lambda c: -c.i):
        end = phrase(other).end
        if other.pos_ != "PROPN" or end + 1 != start or subject.doc[end].text != ",":
            break
        listed.insert(0, other)
        start = phrase(other).start
    return listed


def _hung_subject(verb: Token) -> Token | None:
    """"Brazil, which borders both countries, called for calm": with no verb at the root,
    the parser hung the predicate after the subject's relative clause or apposition on
    the subject (or on the apposition itself: "Taiwan's main opposition party, the
    Kuomintang, called on …") as a participle; the subject is still its subject. That
    root noun, or None."""
    if verb.dep_ != "acl" or verb.i == 0 or not verb.doc[verb.i - 1].is_punct:
        return None
    head = verb.head
    if head.dep_ == "appos" and head.i < verb.i:
        head = head.head
    if head.dep_ != "ROOT" or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(c.dep_ in {"relcl", "appos"} and head.i < c.i < verb.i for c in head.children):
        return head
    return None


def _prepositional_gerund_head(verb: Token, cues: Cues) -> Token | None:
    """"stopped short of condemning", "refrained from criticizing": the verb a gerund's
    preposition of restraint hangs on (also through an adverb: "short of"), or None."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG":
        return None
    if lemma_of(verb.head) not in cues.gerund_control_prepositions:
        return None
    head = verb.head.head
    if head.pos_ in {"ADV", "ADJ"} and head.dep_ in {"advmod", "acomp"}:
        head = head.head
    return head if head.pos_ in {"VERB", "AUX"} and head is not verb else None


def _gerund_controller(governing: Token, gerund: Token) -> Token | None:
    """The direct object of the verb a gerund's preposition hangs on, before it: object
    control ("prevented the protesters from marching": the protesters would march)."""
    objects = [c for c in governing.children if c.dep_ == "dobj" and c.i < gerund.i]
    return objects[-1] if objects else None


def _object_controller(verb: Token) -> Token | None:
    """The direct object before an infinitive complement ("urged Iran to resume"): English
    object control; none for a verb of another kind of clause."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or verb.head.pos_ != "VERB":
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    if not objects:
        return None
    # A name or pronoun is whom the verb moves to act ("prompting Mexico to"); a thing is
    # what the subject acts with ("used tear gas to disperse", "allocate resources to help").
    named = objects[-1]
    return named if named.pos_ in {"PROPN", "PRON"} or named.ent_type_ else None


def _predicated_object(verb: Token) -> Token | None:
    """"called the decision regrettable": the object of an object predicative adjective,
    which the parser may hang on the adjective as a compound noun before it."""
    for child in verb.children:
        if child.dep_ == "oprd" and child.pos_ == "ADJ":
            nouns = [
                c for c in child.lefts if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}
            ]
            if nouns:
                return nouns[-1]
    return None


def _speaker_of_misjoined(verb: Token) -> Token | None:
    """"Heydon said the duties were a blow and urged Brussels to …": a verb without a
    subject of its own, coordinated with the first verb of a content clause, may belong
    to the clause above (the parser joined it to the wrong verb); the subject of the verb
    that governs the content clause, for the coder to take when the clause's own subject
    names no actor."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJ for c in verb.children):
        return None
    first = verb.head
    if first.dep_ != "ccomp" or first.head.pos_ not in {"VERB", "AUX"}:
        return None
    return _subject(first.head)


# Prepositions of means: "responded by expelling …" tells how the subject acted (other
# adjunct gerunds, "despite not seeking", "on helping", often name no act of its own).
MEANS_PREPOSITIONS = frozenset({"by"})


def _detached_participle(verb: Token) -> bool:
    """A present participle after a comma, parsed as describing the object of a verb."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "acl"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and verb.head.dep_ in OBJ
        and verb.head.head.pos_ in {"VERB", "AUX"}
    )


def _attributive_gerund(verb: Token) -> bool:
    """A gerund of means the parser read as an adjective of the noun after it ("responded
    by halting imports": "halting" an amod of "imports", the object of "by")."""
    return _attributive_gerund_host(verb) is not None


def _attributive_gerund_host(verb: Token) -> Token | None:
    """The verb whose means a misread gerund tells (`_attributive_gerund`): a present
    participle right after the preposition of means, no article between, the preposition
    on a verb or coordinated with one that is ("by advising … and by halting imports")."""
    noun = verb.head
    prep = noun.head
    if (
        verb.tag_ != "VBG"
        or verb.dep_ not in ATTRIBUTIVE
        or noun.dep_ != "pobj"
        or noun.i < verb.i
        or prep.lower_ not in MEANS_PREPOSITIONS
        or verb.i != prep.i + 1
    ):
        return None
    while prep.dep_ == "conj" and prep.head.lower_ in MEANS_PREPOSITIONS:
        prep = prep.head
    host = prep.head
    return host if prep.dep_ == "prep" and host.pos_ in {"VERB", "AUX"} else None


def _adjunct_gerund(verb: Token) -> bool:
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.dep_ == "prep"
        and verb.head.lower_ in MEANS_PREPOSITIONS
        and verb.head.head.pos_ in {"VERB", "AUX"}
    )


def _matrix_subject(token: Token, subject: Token) -> Token | None:
    """"Russia said it would …": a personal pronoun subject of a complement clause most
    often refers to the subject of the clause that governs it."""
    if subject.pos_ != "PRON" or token.dep_ not in {"ccomp", "oc", "conj"}:
        return None
    governing = _subject(token.head)
    return governing if governing is not None and governing.pos_ != "PRON" else None


def _destination_modifier(modifiers: list[Token], frame: Frame, cues: Cues) -> None:
    """"Modi's U.S. visit", "Lai's U.S. stopover": with the traveller in the possessive, a
    proper name before a journey noun (cues `destination_modifier_modes`) is where it goes,
    the entry's first target slot."""
    names = [m for m in modifiers if m.pos_ == "PROPN"]
    if names and frame.entry.mode in cues.destination_modifier_modes and frame.entry.targets:
        frame.slots.setdefault(frame.entry.targets[0], [phrase(m) for m in names])


def _noun_slots(token: Token, frame: Frame, cues: Cues) -> None:
    for child in token.children:
        if child.dep_ in POSS and "gen" not in frame.slots:
            frame.slots["gen"] = coordinated(child)
    modifiers = [c for c in token.children if c.dep_ in MODIFIER_ACTORS and c.i < token.i]
    if modifiers and "gen" not in frame.slots:
        frame.slots["gen_modifier"] = [phrase(m) for m in modifiers]
    elif modifiers:
        _destination_modifier(modifiers, frame, cues)
    for prep, obj in prep_objects(token):
        frame.slots.setdefault(f"prep:{prep}", coordinated(obj))
        if prep in cues.agent_prepositions:
            # "a sit-in by opposition supporters", "die Kritik von Amnesty": the doer.
            frame.slots.setdefault("gen", coordinated(obj))
        if prep in cues.theme_prepositions:
            # "the withdrawal of troops from Panama": a preposition of the entry's frame
            # on the noun's theme belongs to the event (not "sales to Croatia" in "an
            # investigation of arms sales to Croatia").
            for inner_prep, inner in prep_objects(obj):
                if f"prep:{inner_prep}" in frame.entry.targets:
                    frame.slots.setdefault(f"prep:{inner_prep}", coordinated(inner))
    agent = noun_agent(token, cues)
    if agent is not None:
        frame.slots.setdefault("agent", coordinated(agent))
    claimer = _claimer(token, cues)
    if claimer is not None:
        frame.slots.setdefault("gen", coordinated(claimer))
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in cues.theme_prepositions and head.head.pos_ == "NOUN":
        # "the imposition of tariffs by Washington", "a wave of arrests by the police": the
        # by-phrase of the noun whose theme the event noun is names its doer.
        for prep, obj in prep_objects(head.head):
            if prep in cues.agent_prepositions:
                frame.slots.setdefault("gen", coordinated(obj))
    # "its demand that Israel ease restrictions": the content clause of a demand,
    # offer or threat says who is to act.
    clause = next((c for c in token.children if c.dep_ in NOUN_CLAUSE and _is_verb(c)), None)
    # A support verb ("imposed sanctions on", "verhängte Sanktionen gegen"): its subject
    # is the noun's source, its prepositional objects the noun's.
    verb = token.head
    if token.dep_ in OBJ and verb.pos_ in {"VERB", "AUX"}:
        for prep, obj in prep_objects(verb):
            frame.slots.setdefault(f"prep:{prep}", coordinated(obj))
        if clause is None:
            # "reiterated its demand today that Israel ease …": the clause may hang on
            # the support verb.
            clause = next((c for c in verb.children if c.dep_ == "ccomp" and _is_verb(c)), None)
    if token.dep_ in SUBJ and verb.pos_ in {"VERB", "AUX"}:
        # "Clashes broke out between police and protesters": a phrase on the verb the event
        # noun is the subject of, in a slot the noun takes its doers from, is the noun's.
        for prep, obj in prep_objects(verb):
            if f"prep:{prep}" in frame.entry.sources:
                frame.slots.setdefault(f"prep:{prep}", coordinated(obj))
    if clause is not None:
        _complement_slots(clause, frame)
    # The clause's subject is the doer of an event noun in its object or adjuncts
    # ("X launched an offensive", "thousands converged for a rally").
    clause_verb = _clause_verb(token, cues)
    fronted = _other_subject(token)
    if clause_verb is None and fronted is not None:
        clause_verb = token.head
    if clause_verb is not None:
        subject = _subject(clause_verb)
        if subject is not None and subject.i == token.i and fronted is not None:
            # "Eine Abfuhr erteilte die Regierung den Plänen": the fronted object of a
            # support verb parsed as a second subject; the other subject is the doer.
            subject = fronted
        # A passive subject is the patient of an event verb ("five people were killed in
        # strikes"): the coder drops it when the verb is a trigger (see `_fold_nouns`).
        passive = bool({c.dep_ for c in clause_verb.children} & PASSIVE_MARKS) or _aux_passive(
            clause_verb, cues
        )
        if lemma_of(clause_verb) in cues.belief_verbs:
            # "Ermittler vermuten einen russischen Anschlag": who suspects it did not do it.
            subject = None
        if _present_at_the_time(token, clause_verb, cues):
            # "The minister was in Kyiv during the attack": who was there did not do it.
            subject = None
        if subject is not None and subject.i != token.i:
            slot = "support_passive" if passive else "support_subj"
            # "Ankara said it could launch an operation": the pronoun is the speaker (not
            # "we" or "I" of a quote).
            doer = _matrix_subject(clause_verb, subject)
            if doer is None or "3" not in subject.morph.get("Person"):
                doer = _antecedent(subject)
            frame.slots[slot] = coordinated(doer)
            frame.slots["support_verb"] = [Phrase(clause_verb.i, clause_verb.i + 1, clause_verb.i)]
        if clause is None and token.dep_ in OBJ:
            # "staged a hunger strike to demand the resignation of the president": the
            # purpose of the action names whom it is aimed at.
            purpose = next((c for c in clause_verb.children if _purpose(c)), None)
            if purpose is not None:
                _complement_slots(purpose, frame)


def _present_at_the_time(noun: Token, clause_verb: Token, cues: Cues) -> bool:
    """Is `noun` in a phrase of time (`presence_time_prepositions`) on a verb of being or
    staying somewhere (`presence_verbs`): "was on the first floor during the murders",
    "remained in hospital a week on from the attack"?"""
    if lemma_of(clause_verb) not in cues.presence_verbs:
        return False
    current = noun
    while current.i != clause_verb.i and current.head.i != current.i:
        if current.dep_ == "pobj" and current.head.lower_ in cues.presence_time_prepositions:
            return True
        current = current.head
    return False


def noun_agent(noun: Token, cues: Cues) -> Token | None:
    """"the arrest of the journalist by the police": the by-phrase of an event noun names
    its doer, also where the parser hangs it on the noun's of-phrase (a patient takes no
    doer of its own there)."""
    for prep, obj in prep_objects(noun):
        if prep in cues.noun_agent_prepositions:
            return obj
        if prep in cues.theme_prepositions:
            inner = next(
                (o for p, o in prep_objects(obj) if p in cues.noun_agent_prepositions), None
            )
            if inner is not None:
                return inner
    return None


def _claimer(noun: Token, cues: Cues) -> Token | None:
    """Who claims the act an event noun names is its doer: "the attack was claimed by IS",
    "the bombing, (which was) claimed by IS, …", "the attack, which IS claimed, …"."""
    verbs = [c for c in noun.children if c.dep_ in {"acl", "relcl", "acl:relcl"}]
    if noun.dep_ in {"nsubjpass", "nsubj:pass"}:
        verbs.append(noun.head)
    for verb in verbs:
        if lemma_of(verb) not in cues.claiming_verbs:
            continue
        for prep, obj in prep_objects(verb):
            if prep in cues.agent_prepositions:
                return obj
        objects = [c for c in verb.children if c.dep_ in OBJ]
        subject = _subject(verb)
        if subject is not None and any(_antecedent(o).i == noun.i for o in objects):
            return subject
    return None


def _other_subject(noun: Token) -> Token | None:
    """German: the subject after the finite verb when the parser made the event noun
    fronted before it a second subject ("Eine Abfuhr erteilte die Regierung …"), or None."""
    verb = noun.head
    if (
        noun.doc.lang_ != "de"
        or noun.dep_ not in SUBJ
        or verb.pos_ not in {"VERB", "AUX"}
        or noun.right_edge.i + 1 != verb.i
        or any(t.is_punct for t in noun.subtree)
    ):
        # Verb second: the finite verb right after the fronted noun's phrase (a phrase
        # with a dash or comma in it is a headline or a list, no fronted object).
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in SUBJ and c.i > verb.i and c.pos_ in {"NOUN", "PROPN"}
        ),
        None,
    )


def _purpose(clause: Token) -> bool:
    """An infinitive of purpose: "… to demand reforms"."""
    return (
        clause.dep_ in {"advcl", "xcomp"}
        and _is_verb(clause)
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)
    )


def _clause_verb(token: Token, cues: Cues) -> Token | None:
    # A predicative adjective trigger's clause is its copula's ("said it was concerned
    # by …"); not so for a noun inside its phrase ("was not subject to pressure") or the
    # end of a hyphenated adjective ("are not anti-protest": a stance).
    adjective = token.pos_ == "ADJ" and hyphenated(token) is None
    current = token
    for step in range(4):
        predicative = PREDICATIVE if step == 0 and adjective else frozenset()
        if current.dep_ not in OBJ | predicative | {
            "pobj", "prep", "obl", "nmod", "conj", "appos", "npadvmod"
        }:
            return None
        current = current.head
        if current.pos_ == "NOUN" and lemma_of(current) in cues.report_nouns:
            # "cited reports of abductions": who cites a report did not do what it tells.
            return None
        if current.pos_ in {"VERB", "AUX"}:
            return current
        if current.head is current:
            return None
    return None


def _scope(token: Token, told: frozenset[str] = frozenset()) -> list[int]:
    tokens = [token.i]
    for node in [token, *_governors(token, told)]:
        tokens.append(node.i)
        for child in node.children:
            if child.dep_ not in SCOPE_DEPS:
                continue
            tokens.append(child.i)
            if child.dep_ == "advmod":
                # "no longer", "nicht mehr": the negation hangs on the adverb.
                tokens.extend(g.i for g in child.children if g.dep_ in {"neg", "det", "advmod"})
    return sorted(set(tokens))


def _governors(token: Token, told: frozenset[str] = frozenset()) -> list[Token]:
    """The verbs whose modality, tense and negation reach the token: up through its
    complements, controlled and coordinated verbs and adverbial clauses, at most three."""
    chain = []
    current = token
    for _ in range(3):
        if (
            current.dep_ not in CONTROL | COMPLEMENT | PREDICATIVE | {"dobj", "obj"}
            or current.head is current
        ):
            break
        if current.dep_ == "conj" and own_finite(current):
            # "said he would not sign the bill and invited …": a conjunct with a finite
            # form or auxiliary of its own is a clause of its own, with its own factuality.
            break
        if current.dep_ == "advcl" and _told_past_clause(current, told):
            break
        current = current.head
        chain.append(current)
    return chain


def _told_past_clause(verb: Token, told: frozenset[str]) -> bool:
    """"have sought refuge since police crushed the protests", "will boycott the summit
    because Togo expelled its envoy": an adverbial clause of time or cause in the past tense
    (past verb or past auxiliary) reports what happened; the plan or future above it is not
    its own."""
    if not any(c.dep_ == "mark" and c.lower_ in told for c in verb.children):
        return False
    return verb.tag_ == "VBD" or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children
    )


def own_finite(verb: Token) -> bool:
    """Has the verb a finite form or an auxiliary of its own ("and invited", "and would
    file"), not only the tense of the clause it is coordinated with ("will sign and send")?"""
    if "Fin" in verb.morph.get("VerbForm"):
        return True
    return any(c.dep_ in {"aux", "auxpass", "aux:pass"} and c.i < verb.i for c in verb.children)


def is_parsed(doc: Doc) -> bool:
    return doc.has_annotation("DEP")
