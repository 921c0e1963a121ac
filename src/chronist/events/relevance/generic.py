"""General and deontic statements: what someone may, must or usually does is no happening.

An infinitive after a noun or adjective of ability, right or duty ("the right to protest",
"die Pflicht, die Bürger zu schützen"); a relative clause in the simple present that
describes its noun ("die Regierung, die Proteste verbietet") or has a present modal ("the
only force that can liberate"); an adverb of habit or norm ("has long supplied", "in der
Regel"); a rule (a modal of duty and an adverb of recurrence); a German zu-infinitive with
"sein" ("ist nicht zu überbrücken"); "any act of its kind" ("jede Form von Gewalt"); an act of
"whoever"; a duty told with "verpflichtet sein"; a stance of the public in the present (an
opinion: "most people support the ban"); what anyone of a kind can or may do or suffer ("women
can be attacked by robbers").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span, Token

from chronist.events.frames import Frame
from chronist.events.relevance.data import Relevance
from chronist.events.relevance.syntax import (
    INFINITIVE_DEPS,
    POSSESSOR_DEPS,
    RELATIVE_DEPS,
    RELATIVE_PRONOUN_TAGS,
    SUBJECT_DEPS,
    _present_passive,
    _simple_present,
    auxiliaries,
    first_conjunct,
)
from chronist.events.triggers import lemma_of, word_in


def _obliged(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"Dass die Bundesregierung verpflichtet gewesen sei, die Genehmigung zu verweigern":
    a participle of committing after "sein" with no reflexive pronoun tells a duty (a
    state), not a pledge ("Die Staaten haben sich verpflichtet, …" commits)."""
    if frame.entry.pos != "verb" or trigger.lower_ not in cues.obligation_participles:
        return False
    if any("Yes" in c.morph.get("Reflex") for c in trigger.children):
        return False
    auxiliaries = [c for c in trigger.children if c.dep_ in {"aux", "cop", "aux:pass"}]
    if trigger.head.i != trigger.i and trigger.dep_ in {"oc", "pd", "xcomp"}:
        auxiliaries.append(trigger.head)  # TIGER: the auxiliary heads the participle
    return any(lemma_of(a) in cues.state_auxiliaries for a in auxiliaries)


def _prohibited(trigger: Token, cues: Relevance) -> bool:
    """"Israel may not deny its relief schemes", "Turkey shall not expel refugees": a modal
    of permission or duty (`prohibition_modals`) with a negation on the verb (or the
    conjunct it shares them with) says what is forbidden, no happening."""
    if trigger.pos_ != "VERB":
        return False
    children = list(first_conjunct(trigger).children)
    return any(c.dep_ == "neg" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in cues.prohibition_modals for c in children
    )


def _any_act(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"The UN considers very seriously any credible allegations", "verurteilt jede Form
    von Gewalt": an event noun under a determiner of any act of its kind (on the noun or on
    the noun it is the complement of) is a general statement, no happening."""
    if frame.entry.pos != "noun" or trigger.pos_ != "NOUN":
        return False
    nouns = [trigger]
    if trigger.head.pos_ == "ADP" and trigger.head.head.pos_ == "NOUN":
        nouns.append(trigger.head.head)  # "any form of violence"
    elif any(c.dep_ == "case" for c in trigger.children) and trigger.head.pos_ == "NOUN":
        nouns.append(trigger.head)  # UD: "jede Form von Gewalt"
    return any(
        c.i < noun.i and word_in(c, cues.generic_determiners)
        for noun in nouns
        for c in noun.children
        if c.dep_ in {"det", "nk", "amod"}
    )


# Dependents and tags that make a noun phrase specific: an article, a possessive, a
# demonstrative or quantifier, a number (UD labels; STTS and Penn tags).
DETERMINER_DEPS = frozenset({"det", "nummod"}) | POSSESSOR_DEPS
DETERMINER_TAGS = frozenset(
    {"ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "PWAT", "CARD", "DT", "PRP$", "CD"}
)


def kind_of_act(
    doc: Doc, frame: Frame, cues: Relevance, mentions_at: Callable[[int], list[Any]]
) -> bool:
    """A war going on (`_standing_war`), or "eine Drehscheibe für Attentate", "ein Buch über
    Krieg", "die Angst vor Anschlägen": a bare event noun (no article, possessive,
    quantifier or number, and no actor of its own) in a phrase of purpose or content
    (`kind_prepositions`) on a noun or adjective names the kind of act its head is for or
    about, no happening. "Bei Angriffen getötet" (a circumstance), "Vergeltung für
    ukrainische Angriffe" (an actor's acts) and "Proteste gegen die Regierung" (the event
    noun heads the phrase) stay."""
    trigger = doc[frame.trigger]
    if frame.entry.pos != "noun" or trigger.pos_ != "NOUN":
        return False
    if _standing_war(trigger, cues, mentions_at) or _actor_label(trigger, mentions_at):
        return True
    if not cues.kind_prepositions:
        return False
    phrase = first_conjunct(trigger)
    cases = [c for c in phrase.children if c.dep_ == "case"]
    if not cases or not all(lemma_of(c) in cues.kind_prepositions for c in cases):
        return False
    if phrase.head.i == phrase.i:
        return False
    if phrase.head.pos_ not in {"NOUN", "ADJ"} and not _talked_about(trigger, phrase, cues):
        return False
    if any(word_in(c, cues.definite_articles) for c in cases):
        return False  # "zum Boykott", "vor dem Angriff": fused with the article
    return not any(_specific(c, mentions_at) for c in trigger.children if c.dep_ != "case")


# A noun before the noun it modifies: a compound part or (with an adjective between them,
# "an opposition socialist lawmaker") a nominal modifier.
PREMODIFIER_DEPS = frozenset({"compound", "nmod"})


def _actor_label(trigger: Token, mentions_at: Callable[[int], list[Any]]) -> bool:
    """"An opposition socialist lawmaker": an event noun that is itself a whole actor
    mention (the opposition, a group) and stands before the noun it modifies says whose side
    that noun is on, no act. "An aid worker" (the mention is the whole phrase) and "the
    opposition's rejection of the plan" stay."""
    head = trigger.head
    if trigger.dep_ not in PREMODIFIER_DEPS or head.i <= trigger.i or head.pos_ != "NOUN":
        return False
    start, end = trigger.idx, trigger.idx + len(trigger.text)
    return any(m.start == start and m.end == end for m in mentions_at(trigger.i))


# A conjunct and its conjunction are no dependents of the noun's own phrase.
COORDINATION_DEPS = frozenset({"conj", "cc"})


def _standing_war(trigger: Token, cues: Relevance, mentions_at: Callable[[int], list[Any]]) -> bool:
    """"wer den Krieg im Sudan befeuert", "seit Beginn des Krieges", "der Bürgerkrieg in
    Myanmar": a war noun (`standing_nouns`) with no party of its own (a place only says
    where) names a war going on, a state, no new act; "der Krieg der russischen Armee", "ihr
    Krieg gegen die Rebellen" and a war begun, waged, declared or ended (`waging_verbs`, on
    its head or beside it: "der Krieg ist vorbei") stay."""
    if not word_in(trigger, cues.standing_nouns):
        return False
    if any(word_in(t, cues.waging_verbs) for t in (trigger.head, *trigger.head.children)):
        return False
    return not any(
        getattr(m, "kind", None) != "place"
        for child in trigger.children
        if child.dep_ not in COORDINATION_DEPS  # "des Krieges und der Politik Putins"
        for t in child.subtree
        for m in mentions_at(t.i)
    )


def _talked_about(trigger: Token, phrase: Token, cues: Relevance) -> bool:
    """"berichtete nicht über Krieg", "diskutierten über Armut sowie Krieg": a singular
    event noun with no article (the generic or mass use a count noun has only without one)
    as what a verb of talking or writing (`speaking_verbs`) is about names a topic."""
    return lemma_of(phrase.head) in cues.speaking_verbs and "Sing" in trigger.morph.get("Number")


def _specific(child: Token, mentions_at: Callable[[int], list[Any]]) -> bool:
    """A dependent that makes an event noun one act: a determiner or number, or an actor
    ("israelischen Angriffen", "Aufrufe der Regierung"; a place only says where)."""
    if child.dep_ in DETERMINER_DEPS or child.tag_ in DETERMINER_TAGS:
        return True
    return any(
        getattr(m, "kind", None) != "place" for t in child.subtree for m in mentions_at(t.i)
    )


def _free_relative(trigger: Token, cues: Relevance) -> bool:
    """The act is done by "whoever" ("Whoever attacks our water attacks our children"):
    its own subject is a free relative pronoun, or the subject of the verb is a clause
    whose subject is one."""
    for verb in (trigger, trigger.head):
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS | {"csubj"} and child.lower_ in cues.free_relatives:
                return True
            if child.dep_ == "csubj" and any(
                g.dep_ in SUBJECT_DEPS and g.lower_ in cues.free_relatives for g in child.children
            ):
                return True
    return False


def _below_other_verb(token: Token, trigger: Token) -> bool:
    head = token.head
    while head.i != trigger.i and head.head.i != head.i:
        if head.pos_ == "VERB":
            return True
        head = head.head
    return False


def _habitual(trigger: Token, cues: Relevance) -> bool:
    """An adverb of a lasting habit, relation or norm in the verb's phrase ("Russia has long
    supplied arms to India", "Norwegen liefert traditionell Gas", "seit langem", "in der
    Regel", "usually"): an adverb, or an uninflected German adjective used as one (tag
    ADJD: parsers often hang it on the next noun); entries of several words match as a
    sequence."""
    if trigger.pos_ != "VERB":
        return False
    return any(_adverb_in(token, cues.habitual_adverbs) for token in _verb_phrase(trigger))


def _frequent_present(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"China regularly sends warplanes", "rallies are often broken up by police", "tests
    missiles several times a year": an adverb of frequency (`frequency_adverbs`) with a verb
    in the present indicative, active or passive, tells a habit, no happening ("regularly
    attacked" in the past and "has repeatedly denied" report acts and stay); so does the
    infinitive after a present verb of tendency (`habit_verbs`: "tend to attack"). Where
    `frequency_types` is given, only acts of those types (a threat voiced again and again is a
    stance held now: "droht regelmäßig mit einer Besetzung")."""
    if trigger.pos_ != "VERB":
        return False
    if cues.frequency_types and frame.entry.type not in cues.frequency_types:
        return False
    head = trigger.head
    if trigger.dep_ == "xcomp" and lemma_of(head) in cues.habit_verbs:
        return _simple_present(head)  # "militants tend to attack convoys"
    if not (_simple_present(trigger) or _present_passive(trigger)):
        return False
    # On the verb itself or opening a phrase on it ("every year", "several times a year"),
    # not inside an argument ("lashes out in sometimes apocalyptic terms").
    return any(
        _adverb_in(token, cues.frequency_adverbs)
        for child in trigger.children
        for token in child.subtree
        if token.i <= child.i
    )


# How many heads up from an act's word its clause's finite verb is sought ("the decree
# gives the army the power to arrest": arrest -> power -> gives).
MAX_CLAUSE_CLIMB = 4


def _law_content(trigger: Token, cues: Relevance, heading: bool) -> bool:
    """"The decree gives the army the power to arrest", "European rules require member
    states to share intelligence", "the ordinance forbids demonstrations": the act is in the
    clause of a verb in the present indicative whose subject is a law, treaty or rule
    (`law_nouns`), the content of the text, no happening. A headline's present tells news
    ("New law bans protests"); a past act of a law stays."""
    if heading or not cues.law_nouns:
        return False
    verb = trigger
    for _ in range(MAX_CLAUSE_CLIMB):  # up from a noun or an infinitive to its clause's verb
        if verb.pos_ in {"VERB", "AUX"} and "Fin" in verb.morph.get("VerbForm"):
            break
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    if not (_simple_present(verb) or _present_passive(verb)):
        return False
    return any(
        c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN" and c.lower_ in cues.law_nouns
        for c in verb.children
    )


def _pending_law(trigger: Token, cues: Relevance) -> bool:
    """"a bill that would bar gender-affirming care", "a measure that will prohibit youth
    from accessing medication": an act in a relative clause with a modal of the future or
    of supposition (`pending_law_modals`) on a bill or measure (`pending_law_nouns`) is what
    the text would do, no happening (its passing or signing is the event)."""
    verb = first_conjunct(trigger)
    if trigger.pos_ != "VERB" or verb.dep_ not in RELATIVE_DEPS:
        return False
    if not word_in(verb.head, cues.pending_law_nouns):
        return False
    if not any(c.dep_ in SUBJECT_DEPS and c.tag_ in RELATIVE_PRONOUN_TAGS for c in verb.children):
        return False
    return any(a.lower_ in cues.pending_law_modals for a in auxiliaries([verb]))


def _verb_phrase(trigger: Token) -> list[Token]:
    """The verb's own phrase, with the auxiliaries and modals above it in a German verb
    complex ("überprüft werden müssen": TIGER hangs the participle below them); not a
    clause below it ("criticised Russia, which has long …")."""
    tokens = [t for t in trigger.subtree if not _below_other_verb(t, trigger)]
    verb = trigger
    while verb.dep_ == "oc" and verb.head.i != verb.i and verb.head.pos_ in {"AUX", "VERB"}:
        verb = verb.head
        tokens += [verb, *(c for c in verb.children if c.dep_ != "oc")]
    return tokens


def _adverb_in(token: Token, words: frozenset[str]) -> bool:
    """Is the token an adverb of the list, or does a listed entry of several words start
    at it? The word form only: "no longer" (lemma "long") is no habit."""
    adverbial = token.pos_ == "ADV" or token.tag_ == "ADJD"
    if adverbial and token.lower_ in words:
        return True
    doc = token.doc
    for size in (2, 3):
        if token.i + size <= len(doc):
            if " ".join(t.lower_ for t in doc[token.i : token.i + size]) in words:
                return True
    return False


def _rule(trigger: Token, cues: Relevance) -> bool:
    """ "Die Einrichtungen müssen regelmäßig überprüft werden", "vehicles must be inspected
    regularly": a modal of duty or permission and an adverb of regular recurrence on one
    verb make a rule, no act ("regularly attacked" alone reports repeated acts)."""
    if trigger.pos_ != "VERB" or not cues.rule_adverbs:
        return False
    phrase = _verb_phrase(trigger)
    modal = any(
        t.pos_ in {"AUX", "VERB"}
        and (t.lower_ in cues.deontic_modals or lemma_of(t) in cues.deontic_modals)
        for t in phrase
    )
    return modal and any(_adverb_in(t, cues.rule_adverbs) for t in phrase)


def _modal_relative(trigger: Token, cues: Relevance) -> bool:
    """"ein Staat, in dem Frauen das Haus nur mit Erlaubnis verlassen dürfen", "the only
    force that can liberate the country", "a law under which migrants must be deported": a
    relative clause with a present modal of duty, permission or ability describes its noun
    (a rule, a capacity), no act. Not a past modal ("der zurücktreten musste": he did) nor a
    perfect infinitive ("der Waffen geliefert haben soll"). A Konjunktiv II modal is no past
    ("Touristen, die den Schleppern Geld zahlen könnten"). Conjuncts share the clause and
    its modal, which German puts on the last ("die den Feind vertreiben und … einsetzen
    können")."""
    if trigger.pos_ != "VERB":
        return False
    clause = first_conjunct(trigger)
    if clause.dep_ not in RELATIVE_DEPS or clause.head.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return False
    if not any(t.tag_ in RELATIVE_PRONOUN_TAGS for t in clause.subtree if t.i < clause.i):
        return False
    verbs = [clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    helpers = auxiliaries(verbs)
    if any(lemma_of(a) in cues.perfect_auxiliaries for a in helpers):
        return False
    return any(
        (a.lower_ in cues.relative_modals or lemma_of(a) in cues.relative_modals)
        and ("Past" not in a.morph.get("Tense") or "Sub" in a.morph.get("Mood"))
        for a in helpers
    )


def _modal_infinitive(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """ "Die Gegensätze sind nicht durch Kompromisse zu überbrücken", "Anträge sind bis Mai
    zu stellen": a German zu-infinitive below "sein" says what can or must be done, no
    happening; an event noun in such an infinitive's phrase is none either."""
    if not cues.modal_infinitive_verbs:
        return False
    verb = trigger
    if trigger.pos_ != "VERB" or frame.entry.pos == "noun":
        verb = trigger.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return False
    if lemma_of(trigger) in cues.stance_verbs:
        return False  # "ist nicht zu akzeptieren", "ist zu begrüßen": the speaker's stance
    # An infinitive, not a participle below "zu sein" ("durch X verletzt zu sein").
    if verb.tag_ != "VVIZU" and not (
        verb.tag_ == "VVINF" and any(c.tag_ == "PTKZU" for c in verb.children)
    ):
        return False
    # UD hangs "sein" on the infinitive (cop/aux); TIGER hangs the infinitive on "sein".
    if any(
        c.dep_ in {"cop", "aux"} and lemma_of(c) in cues.modal_infinitive_verbs
        for c in verb.children
    ):
        return True
    return (
        verb.dep_ in {"oc", "pd"}
        and verb.head.i != verb.i
        and lemma_of(verb.head) in cues.modal_infinitive_verbs
    )


def _base_form(trigger: Token) -> bool:
    """An infinitive, or a conjunct of one in the base form ("able to question … as well as
    demand …", which the tagger may read as a present)."""
    if _infinitive(trigger):
        return True
    conjunct = trigger.dep_ == "conj" and trigger.tag_ == "VBP"
    return conjunct and _infinitive(first_conjunct(trigger))


def _infinitive(trigger: Token) -> bool:
    return "Inf" in trigger.morph.get("VerbForm") or trigger.tag_ in {"VVIZU", "VB"}


def _generic_infinitive(trigger: Token, sent: Span, cues: Relevance) -> bool:
    if not _infinitive(trigger):
        return False
    head = trigger.head
    chained = trigger.dep_ == "xcomp" and head.i != trigger.i and _infinitive(head)
    if chained and head.head.i != head.i:
        # "the right to force the government to hold elections": the infinitive under
        # an infinitive after such a noun is as little a happening.
        if _generic_infinitive_of(head, sent, cues):
            return True
    return _generic_infinitive_of(trigger, sent, cues)


def _generic_infinitive_of(trigger: Token, sent: Span, cues: Relevance) -> bool:
    head = trigger.head
    if (
        trigger.dep_ in INFINITIVE_DEPS
        and head.pos_ in {"NOUN", "ADJ"}
        and lemma_of(head) in cues.generic_infinitive_heads
    ):
        return True
    if trigger.dep_ == "xcomp" and head.tag_ == "VBN" and word_in(head, cues.purpose_participles):
        return True  # "The office was designed to provide analysis": what it is for
    if trigger.doc.lang_ != "de":
        return False
    # German: the parser often misses the attachment; "die Pflicht, die Bürger zu
    # schützen": a zu-infinitive clause right after such a noun and a comma.
    if not _zu_infinitive(trigger):
        return False
    i = trigger.i - 1
    while i > sent.start and sent.doc[i].text != ",":
        i -= 1
    before = sent.doc[i - 1] if i > sent.start else None
    return bool(
        before is not None
        and sent.doc[i].text == ","
        and before.pos_ in {"NOUN", "ADJ", "ADV"}
        and lemma_of(before) in cues.generic_infinitive_heads
    )


def _zu_infinitive(trigger: Token) -> bool:
    if trigger.tag_ == "VVIZU":
        return True
    previous = trigger.doc[trigger.i - 1] if trigger.i > 0 else None
    return previous is not None and previous.tag_ == "PTKZU"


def _habitual_relative(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """An act in a simple-present relative clause describes its noun ("the constitution,
    which restricts incitement and bans hate speech": the conjuncts share the clause); a
    stance does only when the noun is a kind (`_kind_holder`): "refugees, whom authorities
    blame for …" is a stance held now. An event noun as the object of the clause's verb
    counts as the verb ("individuals who express criticism of the military")."""
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        trigger = trigger.head  # (English parses; German relative clauses not looked at)
    verb = first_conjunct(trigger)
    if trigger.pos_ != "VERB" or verb.dep_ not in RELATIVE_DEPS:
        return False
    if verb.head.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return False
    relative = any(t.tag_ in RELATIVE_PRONOUN_TAGS for t in verb.subtree if t.i < verb.i)
    if not (relative and _simple_present(trigger)) or _since_onset(verb, cues):
        return False
    return frame.entry.type in cues.habitual_types or (
        frame.entry.type in cues.kind_stance_types and _kind_holder(verb)
    )


def _since_onset(verb: Token, cues: Relevance) -> bool:
    """"die Zölle, die die USA seit August erheben": a phrase of the verb opened by an
    onset preposition dates when the act began; it goes on since, a happening."""
    return any(
        lemma_of(c) in cues.onset_prepositions
        for child in verb.children
        for c in child.children
        if c.dep_ == "case"
    )


def _kind_holder(verb: Token) -> bool:
    """"groups that support the movements", "countries that oppose the sanctions": a bare
    plural (no article, possessive, number or quantifier) whose relative pronoun is the
    clause's subject names any holder of the stance, a kind, no one who took it."""
    head = verb.head
    if "Plur" not in head.morph.get("Number") or head.pos_ != "NOUN":
        return False
    if any(c.dep_ in {"det", "poss", "nummod", "predet", "quantmod"} for c in head.children):
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.tag_ in RELATIVE_PRONOUN_TAGS for c in verb.children)


def _standing_relation(trigger: Token, frame: Frame, cues: Relevance, heading: bool) -> bool:
    """"It works closely with the Treasury", "Mexico imports more steel than it exports": a
    cooperation verb (`relation_types`) in the simple present outside a headline tells a
    standing relation, no happening (a headline's present tells news: "Spain and Morocco
    sign deal")."""
    return (
        not heading
        and frame.entry.type in cues.relation_types
        and trigger.pos_ == "VERB"
        and _simple_present(trigger)
    )


def _public_opinion(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"20 bis 25 Prozent der Bevölkerung unterstützen Putin nicht", "Many people support the
    ban": a stance in the simple present held by the public or a share of it is an opinion,
    no act ("Voters rejected the plan" in the past tells a vote)."""
    if frame.entry.type not in cues.opinion_types or trigger.pos_ != "VERB":
        return False
    if not _simple_present(trigger):
        return False
    subjects = [trigger.doc[p.head] for p in frame.logical("subj")]
    return bool(subjects) and all(
        word_in(s, cues.public_nouns) or word_in(s, cues.share_nouns) for s in subjects
    )


def _generic_ability(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"War and unrest can force students to uproot their lives", "women can be attacked by
    robbers", "Nach dem Gesetz können Demonstranten festgenommen werden": a present modal of
    ability or permission with a bare noun (no article, possessive or number) as its
    subject says what may happen to or by anyone of a kind, no act ("Iran can attack Israel",
    "die Demonstranten können festgenommen werden" name who)."""
    if trigger.pos_ != "VERB":
        return False
    verbs = {trigger, first_conjunct(trigger)}
    own = [c for c in trigger.children if c.dep_ in SUBJECT_DEPS or c.dep_.startswith("aux")]
    if not own and trigger.head.pos_ == "VERB":
        verbs.add(trigger.head)  # "can be harassed, attacked by robbers": a list of participles
    modals = [a for a in auxiliaries(verbs) if word_in(a, cues.ability_modals)]
    if not modals or any("Past" in m.morph.get("Tense") for m in modals):
        return False
    # The grammatical subject (a passive's patient: "protesters can be arrested").
    subjects = [c for v in verbs for c in v.children if c.dep_ in SUBJECT_DEPS]
    subjects = subjects or [trigger.doc[p.head] for p in frame.logical("subj")]
    return bool(subjects) and all(_bare_noun(s) for s in subjects)


def _bare_noun(noun: Token) -> bool:
    """A common noun with no determiner, possessive or number: a kind, not someone."""
    # A capitalised first word may be tagged an adjective ("War and unrest can …").
    nominal = noun.pos_ == "NOUN" or (noun.pos_ == "ADJ" and noun.dep_ in SUBJECT_DEPS)
    return nominal and not any(
        c.dep_ in {"det", "det:poss", "poss", "nmod:poss", "nummod"} or c.pos_ in {"DET", "NUM"}
        for c in noun.children
    )
