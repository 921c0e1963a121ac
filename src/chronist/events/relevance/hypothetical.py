"""Hypothetical acts: imagined, supposed, feared or hoped for, not reported.

An open condition ("if Iran attacks", "wenn Arbeiter Löhne fordern", "when asked"); an event
noun naming an act in a condition ("Sollten die Kämpfe …"); an indefinite act supposed for
the argument ("a Chinese attack could prompt …"); what evidence suggests; what a prophecy
or legend says; an act in the content clause of fear or hope; an alleged act ("alleged
police stations"); an indefinite act completing a noun of risk or (negated) evidence ("the
risk of a wider war", "keine Erkenntnisse für einen Anschlag"); an act called possible or
future ("possible sanctions", "mögliche Angriffe"); an act whose clause or predicate judges it
likely or unlikely ("es ist denkbar, dass …", "ein Angriff ist unwahrscheinlich").
"""

from __future__ import annotations

from spacy.tokens import Token

from chronist.events.factuality import EXPLETIVES
from chronist.events.frames import Frame
from chronist.events.relevance.data import Relevance
from chronist.events.relevance.syntax import (
    ADVERBIAL_DEPS,
    OBJECT_DEPS,
    SUBJECT_DEPS,
    _clause_heads,
    _present_passive,
    _simple_present,
    auxiliaries,
    first_conjunct,
)
from chronist.events.triggers import lemma_of, word_in

# A content clause as the subject or complement of its head ("es ist denkbar, dass …").
CONTENT_CLAUSE_DEPS = frozenset({"csubj", "ccomp", "advcl", "xcomp"})


def _unreal_complement(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"Das Risiko eines regionalen Krieges habe abgenommen", "the danger of an attack",
    "Es liegen keine Erkenntnisse für einen Brandanschlag vor", "no evidence of a strike": an
    indefinite event noun completing a noun of risk or prospect, or a noun of evidence under
    "kein", "no", is what may happen or what nobody knows of, no happening. A definite one is
    an act under way or done ("die Risiken der Offensive", "no evidence about the attack")."""
    if frame.entry.pos != "noun" or trigger.pos_ != "NOUN":
        return False
    owner = _owner_noun(trigger)
    if owner is None or _definite(trigger, cues):
        return False  # "die Risiken der ukrainischen Offensive": an offensive under way
    if word_in(owner, cues.risk_nouns):
        return True
    return word_in(owner, cues.evidence_nouns) and any(
        c.i < owner.i and word_in(c, cues.negative_determiners) for c in owner.children
    )


def _asked_content(trigger: Token, cues: Relevance) -> bool:
    """"rejected an American request to extradite a former general", "turned down a proposal
    to recognise Kosovo", "an appeal by France to free the teachers": a to-infinitive
    completing a noun of asking or offering (`asking_nouns`) is what is asked or offered,
    no happening of its own; the asking (or the answer to it) is the event."""
    if trigger.dep_ not in {"acl", "relcl"} or trigger.head.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    return lemma_of(trigger.head) in cues.asking_nouns


def _definite(noun: Token, cues: Relevance) -> bool:
    """Has the noun a definite article or a possessive ("der Offensive", "its attack")?"""
    return any(
        c.i < noun.i and (word_in(c, cues.definite_articles) or c.tag_ in {"PRP$", "PPOSAT"})
        for c in noun.children
    )


def _owner_noun(noun: Token) -> Token | None:
    """The noun an event noun completes: through a preposition ("the risk of war": English
    parses hang the object on the preposition; UD hangs the preposition on the object) or
    as a genitive ("das Risiko eines Krieges")."""
    head = noun.head
    if head.i == noun.i:
        return None
    if head.pos_ == "ADP" and noun.dep_ == "pobj":
        owner = head.head
        return owner if owner.pos_ == "NOUN" and owner.i < noun.i else None
    if head.pos_ == "NOUN" and head.i < noun.i and noun.dep_ in {"nmod", "ag", "pg", "mnr", "op"}:
        return head
    if "Gen" in noun.morph.get("Case"):
        # A genitive the parser hung elsewhere ("ob das Risiko eines regionalen Krieges
        # abgenommen habe"): the noun right before its article and adjectives.
        before = noun.i - 1
        while before > noun.sent.start and noun.doc[before].pos_ in {"DET", "ADJ", "ADV", "NUM"}:
            before -= 1
        if before < noun.i - 1 and noun.doc[before].pos_ == "NOUN":
            return noun.doc[before]
    return None


def _awaited(trigger: Token, cues: Relevance) -> bool:
    """"auf eine Entschuldigung warten die Betroffenen bis heute", "hope for a ceasefire",
    "hoffen, dass Moskau einlenkt": what is awaited or hoped for has not happened. A noun
    must be the verb's own prepositional object ("wartet seit der Festnahme auf …" keeps
    the arrest)."""
    if trigger.pos_ == "NOUN":
        head = trigger.head
        if head.pos_ == "ADP":  # English: the preposition heads its object
            head = head.head
        elif not any(c.dep_ == "case" for c in trigger.children):
            return False
        return word_in(head, cues.awaiting_verbs)
    return any(word_in(a, cues.awaiting_verbs) for a in trigger.ancestors if a.pos_ == "VERB")


def _contingency(trigger: Token, cues: Relevance) -> bool:
    """"in case of war", "in the event of an attack", "advice in the face of a war": an
    event noun after "of" on a noun of contingency (`contingency_nouns`) is what one
    prepares for, no happening; after a noun of facing (`facing_nouns`) only when
    indefinite and nobody's ("in the face of sustained violence", "of a Russian attack"
    face a real one)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.dep_ != "prep":
        return False
    noun = trigger.head.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    if word_in(noun, cues.contingency_nouns):
        return True
    children = list(trigger.children)
    return (
        word_in(noun, cues.facing_nouns)
        and any(c.dep_ == "det" and word_in(c, cues.indefinite_articles) for c in children)
        and not any(c.ent_type_ or c.dep_ in {"poss", "prep"} for c in children)
    )


def _feared(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """An act in the content clause of fear ("Manche befürchten, dass der Westen … bewegen
    könnte", "weil sie Angst hatten, dass …", "fears that Iran could attack"): a verb of
    fear above the trigger, or a noun or adjective of fear held by one (`fear_holders`:
    "Angst haben", "were afraid that")."""
    verbs = [*trigger.ancestors, *(trigger.doc[g] for g in frame.governors)]
    for verb in verbs:
        if word_in(verb, cues.fear_words):
            return True
        if lemma_of(verb) in cues.fear_holders and any(
            c.dep_ in {"obj", "dobj", "oa", "acomp", "attr", "xcomp"}
            and word_in(c, cues.fear_words)
            for c in verb.children
        ):
            return True
    return False


def _speculation(trigger: Token, cues: Relevance) -> bool:
    """"the timing suggested Pyongyang wanted to show it could strike U.S. bases": an act
    in the content clause of a speculation verb whose subject is no named actor (evidence,
    analysts) is what someone infers, no happening."""
    current = trigger
    for _ in range(6):
        if current.head.i == current.i:
            return False
        dep, current = current.dep_, current.head
        if dep in {"ccomp", "oc"} and lemma_of(current) in cues.speculation_verbs:
            subjects = [c for c in current.children if c.dep_ in {"nsubj", "sb"}]
            return not any(s.ent_type_ or s.pos_ in {"PROPN", "PRON"} for s in subjects)
    return False


def _named_in_condition(trigger: Token, cues: Relevance) -> bool:
    """"If the sanctions on Russia were eased, …": an event noun that is the subject of a
    condition names an act already there (what would happen to it is the point)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in SUBJECT_DEPS:
        return False
    verb = trigger.head
    if any(_verb_first_modal(c, cues) for c in verb.children):
        return True  # "Sollten die Kämpfe auf Burundi übergreifen, …"
    if verb.dep_ not in ADVERBIAL_DEPS:
        return False
    return any(
        c.dep_ in {"mark", "cp"} and lemma_of(c) in cues.open_condition_markers
        for c in verb.children
    )


def _supposed_act(trigger: Token, cues: Relevance) -> bool:
    """"A Chinese attack on Taiwan could prompt a response", "Ein Angriff könnte …": an
    indefinite event noun as the subject of a modal of possibility is an act supposed for
    the argument, no happening ("the attack could have been prevented" refers to one)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in SUBJECT_DEPS:
        return False
    article = (c for c in trigger.children if c.i < trigger.i)
    if not any(lemma_of(c) in cues.indefinite_articles for c in article):
        return False
    verb = trigger.head
    return any(
        w.lower_ in cues.supposition_modals
        for w in [verb, *auxiliaries([verb])]
    )


def _verb_first_modal(token: Token, cues: Relevance) -> bool:
    """A German finite modal opening its clause verb-first: a condition ("Sollten …")."""
    if token.tag_ != "VMFIN" or lemma_of(token) not in cues.condition_modals:
        return False
    return token.i == token.sent.start or token.doc[token.i - 1].text in {",", ";", ":"}


def _unreal_source(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """What a prophecy, legend or horoscope says ("Eine alte Prophezeiung behauptet, dass er
    bald abdanken wird", "a legend says the king will return"): the subject of a verb
    above the trigger, or of the clause the coder took as governing it."""
    verbs = [*trigger.ancestors, *(trigger.doc[g] for g in frame.governors)]
    return any(
        c.dep_ in SUBJECT_DEPS and lemma_of(c) in cues.unreal_sources
        for verb in verbs
        for c in verb.children
    )


def _hedge(trigger: Token, cues: Relevance) -> bool:
    """A participle before a noun that hedges it ("alleged secret police stations", "die
    angebliche Entführung" is an adjective already): no act of its own."""
    words = cues.hedge_participles
    if not (lemma_of(trigger) in words or trigger.lower_ in words):
        return False
    if trigger.dep_ in {"amod", "nk"} and trigger.pos_ == "VERB":
        return True
    return _hedge_in_coordination(trigger)


def _hedge_in_coordination(trigger: Token) -> bool:
    """"the threat of repression and alleged secret police stations": after a conjunction
    that follows a preposition's object, the participle begins the second conjunct noun
    phrase, though the parser made it a verb with no subject of its own."""
    if trigger.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children):
        return False
    before = [t for t in trigger.doc[max(trigger.i - 4, 0) : trigger.i] if not t.is_punct]
    if len(before) < 2 or before[-1].pos_ != "CCONJ":
        return False
    noun = before[-2]
    return noun.pos_ in {"NOUN", "PROPN"} and (
        noun.dep_ == "pobj" or (noun.dep_ == "conj" and noun.head.dep_ == "pobj")
    )


def _do_present(trigger: Token) -> bool:
    """English do-support in the present ("if we don't protect", "unless they do act"): a
    base form whose only auxiliary is a present "do"."""
    auxiliaries = [c for c in trigger.children if c.dep_ in {"aux", "aux:pass", "auxpass"}]
    return (
        trigger.tag_ == "VB"
        and bool(auxiliaries)
        and all(lemma_of(a) == "do" and a.tag_ in {"VBP", "VBZ"} for a in auxiliaries)
    )


def _open_condition(trigger: Token, cues: Relevance) -> bool:
    """A conditional or "whenever" clause in the present (or a bare participle: "when
    asked"): what happens if or whenever something happens, no report of it; also an act
    in the infinitive or a conjunct of such a clause's verb ("whenever residents attempt
    to protest or demand …", "Unless we come together and demand …")."""
    return any(_open_condition_clause(verb, cues) for verb in _clause_heads(_verb_of(trigger)))


def _verb_of(trigger: Token) -> Token:
    """The verb whose clause an event noun is an argument of ("if they face complaints"),
    through prepositions; a verb is its own."""
    token = trigger
    while token.pos_ in {"NOUN", "ADP"} and token.dep_ in {"dobj", "pobj", "prep", "nsubj"}:
        token = token.head
    return token if token.pos_ in {"VERB", "AUX"} else trigger


def _open_condition_clause(trigger: Token, cues: Relevance) -> bool:
    if trigger.dep_ not in cues.condition_clause_deps:
        return False
    markers = {lemma_of(c) for c in trigger.children if c.dep_ in {"mark", "advmod"}}
    # The parser may hang the conjunction on a word of its clause ("Wenn Bauern Land
    # fordern": on "Land"); the clause's first word counts too.
    first = trigger.doc[trigger.left_edge.i]
    if first.dep_ == "mark":
        markers.add(lemma_of(first))
    if not markers & cues.open_condition_markers:
        return False
    if _simple_present(trigger) or _present_passive(trigger) or _do_present(trigger):
        return True
    if _present_perfect(trigger, cues):
        return True  # "once their appointments have been ratified", "if Iran has attacked"
    if _simple_past(trigger) and any(
        c.dep_ == "aux" and c.lower_ in cues.supposition_modals for c in trigger.head.children
    ):
        return True  # unreal: "If Russia attacked Poland (were attacked), the US would respond"
    has_subject = any(c.dep_.startswith("nsubj") for c in trigger.children)
    return trigger.tag_ == "VBN" and not has_subject


def _simple_past(verb: Token) -> bool:
    """"attacked", or the past passive "were eased" (its auxiliary in the past)."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in {"auxpass", "aux:pass"} and c.tag_ == "VBD" for c in verb.children
    )


def _verb_first_comma(trigger: Token, cues: Relevance) -> int | None:
    """The index of the comma closing a verb-first condition that opens the trigger's
    sentence, or None."""
    words = [t for t in trigger.sent if not t.is_punct]
    if not words or words[0].tag_ not in cues.verb_first_tags:
        return None
    if any(t.text in cues.question_marks for t in trigger.sent):
        return None
    return next((t.i for t in trigger.sent if t.i > words[0].i and t.text == ","), None)


def _conditional_consequence(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"Wenn Arbeiter Löhne fordern, reagiert der Staat mit Gewalt", "Hat das Land …, muss
    es Verträge kündigen": an act in the main clause of an open or verb-first condition,
    in the simple present or under a present modal of a rule, says what happens whenever
    the condition holds, no report (a threat made on a condition is not of
    `consequence_types`: "Sollte Iran angreifen, droht Israel mit Vergeltung")."""
    if frame.entry.type not in cues.consequence_types:
        return False
    verb = _clause_verb(trigger)
    if verb is None or not _rule_present(verb, cues):
        return False
    if any(_open_condition_clause(c, cues) for c in verb.children if c.i != trigger.i):
        return True
    comma = _verb_first_comma(trigger, cues)
    return comma is not None and trigger.i > comma


def _clause_verb(trigger: Token) -> Token | None:
    """The verb of the clause the trigger is in: itself or its nearest verbal ancestor."""
    if trigger.pos_ in {"VERB", "AUX"}:
        return trigger
    return next((a for a in trigger.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def _rule_present(verb: Token, cues: Relevance) -> bool:
    """The simple present, or a present modal of a rule ("muss … kündigen")."""
    if _simple_present(verb):
        return True
    return any(
        lemma_of(a) in cues.consequence_modals and "Pres" in a.morph.get("Tense")
        for a in auxiliaries([verb])
    )


def _present_perfect(verb: Token, cues: Relevance) -> bool:
    """A perfect in the present ("has attacked", "have been ratified")."""
    return any(
        c.dep_ == "aux"
        and lemma_of(c) in cues.perfect_auxiliaries
        and "Pres" in c.morph.get("Tense")
        for c in verb.children
    )


def _judged_likely(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"Es ist denkbar, dass Russland Truppen schickt", "Denkbar wäre, dass …", "Eine
    Intervention ist unwahrscheinlich", "halten einen Angriff für unwahrscheinlich": an act
    whose clause, or an event noun whose predicate, is judged likely or unlikely is a
    speculation about what may happen, no report of it."""
    if frame.entry.pos == "noun" and trigger.pos_ == "NOUN":
        return trigger.dep_ in SUBJECT_DEPS | OBJECT_DEPS and (
            _likelihood_word(trigger.head, cues)
            or any(_likelihood_word(c, cues) and _compared(c) for c in trigger.head.children)
        )
    verb = first_conjunct(trigger)
    if verb.dep_ not in CONTENT_CLAUSE_DEPS or verb.head.i == verb.i:
        return False
    judge = verb.head
    if _likelihood_word(judge, cues):
        return True  # "Es ist denkbar, dass …": the clause is the adjective's subject
    # "Denkbar wäre, dass …", "Es gilt als wahrscheinlich, dass …": a verb with no subject
    # but the clause (or "es") and the adjective as its predicate.
    return all(c.lower_ in EXPLETIVES for c in judge.children if c.dep_ in SUBJECT_DEPS) and any(
        _likelihood_word(c, cues) for c in judge.children if c.i != verb.i
    )


def _likelihood_word(token: Token, cues: Relevance) -> bool:
    """A predicate adjective of likelihood (tagged as an adverb too: "Denkbar wäre, dass"),
    not the standard of a comparison ("so bald wie möglich")."""
    return (
        token.pos_ in {"ADJ", "ADV"}
        and word_in(token, cues.likelihood_adjectives)
        and not any(word_in(c, cues.comparison_particles) for c in token.children)
    )


def _compared(adjective: Token) -> bool:
    """"für unwahrscheinlich halten", "als wahrscheinlich gelten": the adjective is the
    predicate of an object or subject through a particle of comparison."""
    return any(c.dep_ == "case" for c in adjective.children)


def _possible_act(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"die Wirkung möglicher neuer Sanktionen", "warned of potential attacks", "to prevent
    future attacks": an event noun under an adjective of possibility or the future names an
    act that may come, no happening ("die neuen Sanktionen" were imposed)."""
    if frame.entry.pos != "noun" or trigger.pos_ != "NOUN":
        return False
    return any(
        c.i < trigger.i and c.dep_ in {"amod", "nk"} and word_in(c, cues.possibility_adjectives)
        for c in trigger.children
    )
