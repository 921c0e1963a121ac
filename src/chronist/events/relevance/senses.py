"""Other senses of an event word: the political sense needs arguments the sentence lacks.

A threat noun naming a danger, "fire" with no projectile (a dismissal), welcoming a guest
(a greeting), one speaker discussing a topic, a travel verb carrying someone, recognising a
fact, "demonstrate" with an object (to show), a figure of speech ("a trade war"), an English
particle before its verb, a false German compound, the content after a colon, a reflexive
patient, a threat verb with a harm (someone at risk), an event noun inside a lasting state or
as the topic of talks, an office's remit, one person attacking another with words, a
conversation that is the setting of an interview, a verb of travel with no destination,
backing one's own stance, backing someone has or enjoys, a reflexive verb of another sense
("sich verlassen auf"), being exposed to something ("Gewalt ausgesetzt"), rushing on
("charging ahead") and wishing someone success ("I want him to succeed").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Token

from chronist.events.frames import Frame
from chronist.events.relevance.data import Relevance
from chronist.events.relevance.syntax import (
    INFINITIVE_DEPS,
    NEGATION_DEPS,
    OBJECT_DEPS,
    PASSIVE_DEPS,
    POSSESSOR_DEPS,
    SUBJECT_DEPS,
    auxiliaries,
    first_conjunct,
)
from chronist.events.triggers import lemma_of, word_in


def _preposition(token: Token) -> str | None:
    """The preposition a phrase opens with: the token itself (English spaCy "prep") or
    its case marker (UD)."""
    if token.dep_ == "prep":
        return token.lower_
    return next((c.lower_ for c in token.children if c.dep_ == "case"), None)


def _danger(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"The Russian security threat is growing", "die größte Bedrohung für Israel ist das
    Atomprogramm": a threat noun naming a danger, no threat made. Whose threat it is
    ("Russia's threat", "seine Bedrohung"), what it threatens with or whom it is made
    against ("the threat of sanctions", "threats against journalists"), an infinitive
    ("the threat to cut gas supplies") or a verb of making it ("issued threats") make it
    an act."""
    if frame.entry.pos != "noun" or lemma_of(trigger) not in cues.danger_nouns:
        return False
    if trigger.dep_ not in SUBJECT_DEPS and lemma_of(trigger.head) in cues.threat_making_verbs:
        return False
    for child in trigger.children:
        if child.dep_ in POSSESSOR_DEPS:
            return False
        if child.dep_ in INFINITIVE_DEPS and child.pos_ in {"VERB", "AUX"}:
            return False
        if _preposition(child) in cues.threat_content_prepositions:
            return False
    return True


def _endangered(trigger: Token, cues: Relevance) -> bool:
    """"an act that threatened the peace and stability of the region", "the fighting
    threatens the ceasefire", "stability is threatened": a verb of threatening whose every
    patient (the object, or the passive subject) is a state of affairs (`endangered_nouns`)
    puts it at risk; nobody is threatened with anything ("threatened the soldiers",
    "threatened Kyiv with strikes" stay)."""
    if lemma_of(trigger) not in cues.endangering_verbs:
        return False
    deps = SUBJECT_DEPS if any(c.dep_ in PASSIVE_DEPS for c in trigger.children) else OBJECT_DEPS
    patients = [n for c in trigger.children if c.dep_ in deps for n in (c, *c.conjuncts)]
    # A capitalised first word may be parsed as a name; a named entity is none of these.
    return bool(patients) and all(
        (n.pos_ == "NOUN" or (n.pos_ == "PROPN" and not n.ent_type_))
        and lemma_of(n) in cues.endangered_nouns
        for n in patients
    )


def _dismissal(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"may be forced to fire General X", "the UN fired nine staff members", "he was
    fired": firing someone, not a projectile, with no aim ("fired two shells at the
    reporters", "rockets were fired from Gaza" stay)."""
    if frame.entry.pos != "verb" or lemma_of(trigger) not in cues.dismissal_verbs:
        return False
    if any(_preposition(c) in cues.aim_prepositions for c in trigger.children):
        return False
    fired = [c for c in trigger.children if c.dep_ in OBJECT_DEPS | {"nsubjpass", "nsubj:pass"}]
    return bool(fired) and not any(
        lemma_of(c) in cues.projectile_nouns or c.lower_ in cues.projectile_nouns for c in fired
    )


def _greeting(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"Der Präsident begrüßte seinen Gast vor dem Palast", "the king welcomed the visitors
    from Norway": welcoming a person (a name, or a noun of `guest_nouns`) greets a
    visitor, a ceremony of the visit, no support ("welcomed the decision", "begrüßte den
    Beschluss" approve an act; "welcomed Finland's accession" too)."""
    if frame.entry.pos != "verb" or lemma_of(trigger) not in cues.greeting_verbs:
        return False
    greeted = [trigger.doc[p.head] for p in frame.logical("obj")]
    return bool(greeted) and all(
        g.ent_type_ == "PER" or word_in(g, cues.guest_nouns) for g in greeted
    )


def _topic_talk(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"Sir X discusses Brexit in a long interview", "calm when discussing Ukraine": one
    speaker talking about a topic with nobody ("with") is no meeting; several ("the two
    leaders discussed trade", "X and Y discussed") meet."""
    if frame.entry.pos != "verb" or lemma_of(trigger) not in cues.topic_verbs or frame.passive:
        return False
    # The partner phrase hangs on the verb or on its object ("discussed trade with Scholz",
    # "discussed the deal with Brussels"); a "with" deeper down belongs to the topic ("discusses
    # China rebuffing efforts to restart talks with the U.S.").
    objects = [c for c in trigger.children if c.dep_ in OBJECT_DEPS | {"ccomp"}]
    if not objects:
        return False
    if any(
        t.lower_ in cues.partner_prepositions
        for head in (trigger, *objects)
        for t in head.children
    ):
        return False
    doc = trigger.doc
    subjects = [doc[p.head] for p in frame.slots.get("subj", [])]
    return len(subjects) <= 1 and not any(
        "Plur" in s.morph.get("Number") or s.tag_ in {"NNS", "NNPS"} or list(s.conjuncts)
        for s in subjects
    )


def _carried(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"Geingob's staff flew him back home from the United States": a verb of travel with a
    direct object carries someone; the subject pays no visit ("flew to Kyiv" does)."""
    if frame.entry.mode != "visit" or lemma_of(trigger) not in cues.carrying_verbs:
        return False
    return any(
        c.dep_ in {"dobj", "obj", "oa"} and c.pos_ in {"NOUN", "PROPN", "PRON"}
        for c in trigger.children
    )


def _knowing(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"He seemed to recognise the court was likely to rule against him": a verb of
    recognising with a content clause and no object is knowing, no act between actors
    (recognising a state or a government takes an object)."""
    if frame.entry.pos != "verb" or lemma_of(trigger) not in cues.clause_sense_verbs:
        return False
    children = list(trigger.children)
    objects = [c for c in children if c.dep_ in OBJECT_DEPS]
    if objects:
        # "recognise the court was likely to …" parsed with "the court" as the object: a
        # finite verb with no subject of its own right after it makes it the subject of a
        # content clause without "that".
        return all(_subject_of_bare_clause(o, cues) for o in objects)
    return any(c.dep_ in {"ccomp", "oc"} for c in children)


def _subject_of_bare_clause(noun: Token, cues: Relevance) -> bool:
    """Is the phrase of `noun` followed at once by a finite verb (`finite_verb_tags`) that
    has no subject of its own: the subject of a content clause with no conjunction that the
    parser took for an object?"""
    after = noun.right_edge.i + 1
    if after >= len(noun.doc):
        return False
    verb = noun.doc[after]
    return verb.tag_ in cues.finite_verb_tags and not any(
        c.dep_ in SUBJECT_DEPS for c in verb.children
    )


def _warned_state(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"Aid agencies warned that the region is sliding into famine", "warned how the city
    must not let rioters prevail": a warning (`state_warning_verbs`, the bare sense with no
    frame words) whose content clauses tell a state or a duty, with no act to come in them
    (an auxiliary of `future_auxiliaries`) and no condition (`open_condition_markers`),
    warns of a danger, no threat ("warned that the police will pursue every offender",
    "warned that Israel reserved the right to resume fighting if Hamas broke the deal"
    announce an act and stay)."""
    if frame.entry.with_any or lemma_of(trigger) not in cues.state_warning_verbs:
        return False
    clauses = [c for c in trigger.children if c.dep_ in {"ccomp", "oc"}]
    clauses += [c for clause in clauses for c in clause.conjuncts]
    if not clauses:
        return False
    return not any(_act_to_come(clause, cues) for clause in clauses)


def _act_to_come(clause: Token, cues: Relevance) -> bool:
    """Does a content clause announce an act: an auxiliary of the future or of a possibility
    on its verb, or a condition anywhere in it ("… if Hamas broke the deal")?"""
    auxiliaries = [c for c in clause.children if c.dep_ in {"aux", "aux:pass", "auxpass"}]
    if any(w.lower_ in cues.future_auxiliaries for w in [clause, *auxiliaries]):
        return True
    return any(
        t.dep_ == "mark" and t.lower_ in cues.open_condition_markers for t in clause.subtree
    )


def _reflexive_patient(doc: Doc, frame: Frame) -> bool:
    """"Don't restrict yourself to the usual holidays", "er tötete sich": the only patient is
    the doer himself (a reflexive pronoun), no act between actors."""
    phrases = frame.logical("obj")
    return bool(phrases) and all(
        "Yes" in doc[p.head].morph.get("Reflex")
        or doc[p.head].lower_.endswith(("self", "selves"))
        for p in phrases
    )


def _content_after_colon(doc: Doc, frame: Frame) -> bool:
    """"Der Staatsschutz hält fest: "Inhalte finden Anklang"": what follows a colon after
    the verb is the content of a statement, not the object a sense of the verb needs
    ("festhalten" = detain needs someone held)."""
    trigger = frame.trigger
    for slot in frame.entry.needs:
        phrases = frame.logical(slot)
        if phrases and all(
            p.start > trigger and any(doc[i].text == ":" for i in range(trigger + 1, p.start))
            for p in phrases
        ):
            return True
    return False


def _shown(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"India has demonstrated considerable restraint", "as demonstrated by the floods",
    "demonstrierte Geschlossenheit": a verb of protest with a direct object, or as the
    participle of an as-clause, means to show; protesters demonstrate without one."""
    if frame.entry.pos != "verb" or lemma_of(trigger) not in cues.show_verbs:
        return False
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "obj", "oa"}]
    # A subject of its own besides: a German parser takes the subject after the verb for an
    # object ("Vor der Kanzlei demonstrierten mehrere Hundert Anhänger"). An English object
    # is one ("he declares, demonstrating profound appreciation").
    subject = any(c.dep_ in SUBJECT_DEPS for c in trigger.children)
    if (subject or trigger.doc.lang_ == "en") and any(
        o.pos_ in {"NOUN", "PROPN", "PRON"} for o in objects
    ):
        return True
    return any(c.dep_ in {"mark", "cp"} and c.lower_ in {"as", "wie"} for c in trigger.children)


def _figurative(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """A noun of violence with a modifier that makes it a figure of speech ("a trade war",
    "a hybrid war", "a price war", "a war of words", "a legal battle") or over a measure
    of politics ("a battle over the bill"): no fighting."""
    if frame.entry.pos != "noun" or frame.entry.type != "ASSAULT" or trigger.pos_ != "NOUN":
        return False
    for child in trigger.children:
        words = {lemma_of(child), child.lower_}
        if child.dep_ in {"compound", "amod", "nmod", "nk"} and words & cues.figurative_modifiers:
            return True
        if child.dep_ == "prep" and lemma_of(child) == "of":
            if any(lemma_of(g) in cues.figurative_modifiers for g in child.children):
                return True  # "a war of words"
        if _over_contest_topic(child, cues):
            # "a pitched battle over a bill", "the fight over the budget": a contest of
            # politics over a measure, no fighting ("the battle for Bakhmut" is one).
            return True
    # "followed a pitched battle in recent weeks over a bill": the parser hangs the phrase
    # after the noun on its verb.
    if trigger.dep_ in {"dobj", "nsubj"}:
        return any(c.i > trigger.i and _over_contest_topic(c, cues) for c in trigger.head.children)
    return False


def _particle_before(trigger: Token, frame: Frame) -> bool:
    """An English phrasal verb's particle or preposition follows the verb ("called on
    Congress to …"); the same word before it belongs to another phrase ("On Tuesday, it
    will call a witness")."""
    words = frame.entry.with_all
    if not words or frame.entry.pos != "verb" or trigger.doc.lang_ != "en":
        return False
    following = [c for c in trigger.children if c.i > trigger.i]
    # "called for the regulator to be abolished": the parser makes the preposition the
    # marker of the for-to clause after the verb.
    following += [
        m for c in following for m in c.children if m.dep_ == "mark" and m.i == trigger.i + 1
    ]
    return not all(any(lemma_of(c) == w for c in following) for w in words)


def _false_compound(trigger: Token, cues: Relevance) -> bool:
    """A German compound whose last part is an event noun but which means something else
    ("Herausforderung" is no "Forderung", "Pressekonferenz" no conference of states)."""
    word = lemma_of(trigger)
    return any(word.endswith(c) for c in cues.false_compounds)


def verbal_attack(
    doc: Doc, frame: Frame, cues: Relevance, mentions_at: Callable[[int], list[Any]]
) -> bool:
    """One person attacking another, or anyone attacking a statement or a policy, with no
    weapon or wound in the sentence, attacks with words ("Lang attackiert Klöckner",
    "Klingbeil greift Klöckner an", "Trump attacked Biden over the economy", "Angriffe auf
    seine Politik"): a disapproval, not an assault. Between persons, both the subject and
    the object must be persons the actor layer knows (a soldier, a gunman or "a man" with a
    knife stay assaults)."""
    entry = frame.entry
    if entry.type != "ASSAULT":
        return False
    trigger = doc[frame.trigger]
    if any(word_in(t, cues.physical_words) for t in trigger.sent):
        return False
    if _attacked_words(doc, frame, cues):
        return True
    if entry.pos != "verb" or frame.passive or lemma_of(trigger) not in cues.verbal_attack_verbs:
        return False

    def persons(slot: str) -> bool:
        phrases = frame.slots.get(slot, [])
        return bool(phrases) and all(
            any(getattr(m, "type", None) == "PERSON" for m in mentions_at(p.head))
            for p in phrases
        )

    return persons("subj") and persons("obj")


def _attacked_words(doc: Doc, frame: Frame, cues: Relevance) -> bool:
    """"Die Angriffe auf seinen Charakter", "attacked the minister's remarks": an attack
    whose every target phrase is a statement, a policy or a person's standing
    (`verbal_attack_objects`) is made with words, whatever the verb or noun and voice."""
    phrases = frame.target_phrases()
    return bool(phrases) and all(
        word_in(doc[p.head], cues.verbal_attack_objects) for p in phrases
    )


def _remit(trigger: Token, cues: Relevance) -> bool:
    """"The EU's special representative for the dialogue", "der Beauftragte für
    Abrüstung": an event noun that names what an office is for is no happening."""
    if trigger.pos_ != "NOUN" or trigger.head.i == trigger.i:
        return False
    if lemma_of(trigger.head) in cues.remit_prepositions:
        office = trigger.head.head  # English: the preposition heads its object
    elif any(
        c.dep_ == "case" and lemma_of(c) in cues.remit_prepositions for c in trigger.children
    ):
        office = trigger.head  # UD: the noun heads its preposition and hangs on the office
    else:
        return False
    word = lemma_of(office)
    return office.i < trigger.i and any(
        word == o or (len(o) >= 5 and word.endswith(o)) for o in cues.office_nouns
    )


def _at_risk(trigger: Token, cues: Relevance) -> bool:
    """"in Syrien drohten Rückkehrern Folter": a harm, not after a preposition ("drohte
    mit Haft" is a threat), as the verb's argument: someone is at risk. So is whatever
    the verb agrees with in number where the parser made it the object ("X drohen
    Probleme": "Probleme" is the subject, X the one at risk)."""
    if lemma_of(trigger) not in cues.risk_verbs:
        return False
    if _looming_object(trigger):
        return True
    for child in trigger.children:
        for noun in (child, *child.conjuncts):
            if noun.pos_ != "NOUN" or any(c.dep_ == "case" for c in noun.children):
                continue
            if _harm(noun, cues):
                return True
    return False


def _looming_object(trigger: Token) -> bool:
    """A threat verb never takes an accusative object ("drohen" takes a dative and "mit"):
    a noun the parser made its object that the finite verb agrees with in number while the
    parsed subject does not is what looms ("Dem Land drohen Strafen", "Samsung drohen
    Probleme"). A verb particle ("drohte Vergeltung an") makes it another verb."""
    if any(c.dep_ in {"compound:prt", "svp"} for c in trigger.children):
        return False
    number = _finite_number(trigger)
    subjects = [c for c in trigger.children if c.dep_ in SUBJECT_DEPS]
    if number is None or not subjects:
        return False
    if any(number in s.morph.get("Number") or not s.morph.get("Number") for s in subjects):
        return False
    return any(
        c.dep_ in OBJECT_DEPS
        and c.pos_ == "NOUN"
        and c.morph.get("Number") == [number]
        and not any(k.dep_ == "case" for k in c.children)
        for c in trigger.children
    )


def _finite_number(verb: Token) -> str | None:
    """The number of a finite verb of the third person: its morphology, or a German
    ending ("drohen", "drohten" plural; "droht", "drohte" singular)."""
    if "Fin" not in verb.morph.get("VerbForm"):
        return None
    if number := verb.morph.get("Number"):
        return number[0] if len(number) == 1 else None
    if verb.doc.lang_ != "de":
        return None
    return "Plur" if verb.lower_.endswith("en") else "Sing"


def _harm(noun: Token, cues: Relevance) -> bool:
    word = noun.lower_
    return lemma_of(noun) in cues.harms or any(
        word.endswith(h) for h in cues.harms if len(h) >= 4
    )


def _state(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """An event noun inside a lasting state ("leben von humanitärer Hilfe", "relies on
    Western aid", "verbindet eine enge Partnerschaft")."""
    if frame.entry.pos != "noun":
        return False
    heads = [trigger.head, trigger.head.head]
    heads += [trigger.doc[g] for g in frame.governors]
    return any(lemma_of(h) in cues.state_verbs for h in heads)


def _work_topic(trigger: Token, cues: Relevance) -> bool:
    """"ein Dokumentarfilm über die Proteste", "das Theaterstück über den Krieg", "die
    Geschichte der Sanktionen", "am Jahrestag des Überfalls": an event noun that a work or a
    remembrance (`work_nouns`, compounds by their end) is about, in its `work_prepositions`
    phrase or its genitive, is the work's subject: the sentence reports the work, not the
    act."""
    if trigger.pos_ != "NOUN" or not cues.work_nouns:
        return False
    phrase = first_conjunct(trigger)
    owner = phrase.head
    if owner.i == phrase.i or owner.pos_ != "NOUN" or phrase.dep_ != "nmod":
        return False
    cases = [c for c in phrase.children if c.dep_ == "case"]
    if not all(lemma_of(c) in cues.work_prepositions for c in cases):
        return False
    return any(owner.lower_.endswith(word) for word in cues.work_nouns)


def _topic(trigger: Token, cues: Relevance) -> bool:
    """An event noun in the "über/about" phrase of talks, a deal, a proposal or a vote is
    what is negotiated, not a happening; after other words ("criticism of U.S. backing",
    "Streit über die Zurückweisungen") it may well have happened. So is an act in the
    infinitive completing such a noun that is itself what parties agree on, negotiate or
    discuss ("agreed on a plan to normalize relations"; "announced a plan to send
    troops" announces the act)."""
    if trigger.pos_ == "VERB" and trigger.dep_ == "acl" and trigger.tag_ == "VB":
        noun = trigger.head
        talks = noun.head.head if noun.head.dep_ == "prep" else noun.head
        return lemma_of(noun) in cues.topic_heads and lemma_of(talks) in cues.topic_heads and (
            talks.pos_ in {"VERB", "AUX"}
        )
    if trigger.pos_ != "NOUN":
        return False
    preps = [
        c for c in trigger.children if c.dep_ == "case" and lemma_of(c) in cues.topic_prepositions
    ]
    if preps:
        owners = [trigger.head]
    elif trigger.head.dep_ == "prep" and lemma_of(trigger.head) in cues.topic_prepositions:
        preps, owners = [trigger.head], [trigger.head.head]
    else:
        return False
    # The parser may hang the phrase on the verb: the noun right before it counts too
    # ("Demonstrationen für die Freilassung … gesehen").
    if preps[0].i > 0:
        owners.append(trigger.doc[preps[0].i - 1])
    return any(word_in(owner, cues.topic_heads) for owner in owners)


def _press_talk(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"sagte im Gespräch mit unserer Zeitung", "zog im Abendblatt-Gespräch ein Fazit",
    "wies im Gespräch darauf hin": a conversation noun that is the setting ("im …") of what
    one speaker says, held with the press or with no one named, is an interview, no
    meeting between actors. "Im Gespräch mit Macron betonte der Kanzler …" and "In einem
    Telefonat sprachen Scholz und Macron …" meet."""
    if frame.entry.type not in cues.consult_types or trigger.pos_ != "NOUN":
        return False
    if not _noun_ending(trigger, cues.conversation_nouns):
        return False
    setting = any(
        c.dep_ == "case" and lemma_of(c) in cues.setting_prepositions for c in trigger.children
    )
    verb = trigger.head
    if not setting or verb.pos_ not in {"VERB", "AUX"} or verb.i == trigger.i:
        return False
    partners = [
        c
        for c in trigger.children
        if any(g.dep_ == "case" and lemma_of(g) in cues.partner_prepositions for g in c.children)
    ]
    if partners:
        return all(_noun_ending(p, cues.media_nouns) for p in partners)
    first, _, rest = trigger.text.partition("-")
    if rest and any(first.lower().endswith(m) for m in cues.media_nouns):
        return True  # "im dpa-Gespräch", "im Abendblatt-Gespräch"
    # One speaker: one subject with a number ("Wie viele weist er …": the parser's
    # second subject "viele" has none), singular and not coordinated.
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.morph.get("Number")]
    return len(subjects) == 1 and (
        "Sing" in subjects[0].morph.get("Number") and not list(subjects[0].conjuncts)
    )


def _noun_ending(noun: Token, words: frozenset[str]) -> bool:
    """Is the noun one of `words`, or a compound ending in one of five letters or more
    ("Abendblatt-Gespräch", "Nachrichtenagentur")?"""
    forms = {lemma_of(noun), noun.lower_}
    return bool(forms & words) or any(
        f.endswith(w) for f in forms for w in words if len(w) >= 5
    )


def _no_destination(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"were flying over Nigeria from the United States", "travelling in the state coach":
    a verb of travel is a visit only with where it goes ("flew to Kyiv", "reiste nach
    Paris"); on the way, or with no place to go, it visits no one."""
    if frame.entry.pos != "verb" or lemma_of(trigger) not in cues.travel_verbs:
        return False
    return not any(
        slot.startswith("prep:") and slot[5:].lower() in cues.destination_prepositions
        for slot, phrases in frame.slots.items()
        if phrases
    )


def _own_stance(doc: Doc, frame: Frame, cues: Relevance) -> bool:
    """"bekräftigte seine Haltung, …", "reaffirmed its position": backing one's own stance
    or view is a statement of it, no support of another actor ("bekräftigte seine
    Unterstützung für die Ukraine" backs Ukraine)."""
    if frame.entry.type not in cues.stance_types:
        return False
    objects = [doc[p.head] for p in frame.logical("obj")]
    return bool(objects) and all(
        word_in(o, cues.stance_nouns)
        and any(
            c.i < o.i and (word_in(c, cues.possessive_determiners) or c.dep_ in POSSESSOR_DEPS)
            for c in o.children
        )
        for o in objects
    )


def _defiance(trigger: Token, cues: Relevance) -> bool:
    """"We will not be intimidated", "Lithuania won't be blackmailed by anyone": a verb of
    pressure (`defiance_verbs`) in the negated passive says that its subject stands firm, a
    statement of resolve, no act of pressure that happened."""
    if trigger.pos_ != "VERB" or lemma_of(trigger) not in cues.defiance_verbs:
        return False
    deps = {c.dep_ for c in trigger.children}
    return bool(deps & NEGATION_DEPS) and bool(deps & PASSIVE_DEPS)


def _held_backing(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"die Regierung hat nicht viel Unterstützung", "the plan enjoys broad support": backing
    that someone has or enjoys is a standing (popularity), no act of support ("sicherte
    ihm ihre Unterstützung zu" gives it)."""
    if frame.entry.type not in cues.held_types or frame.entry.pos != "noun":
        return False
    if trigger.pos_ != "NOUN" or trigger.dep_ not in OBJECT_DEPS:
        return False
    return lemma_of(trigger.head) in cues.holding_verbs


def _reflexive_sense(trigger: Token, cues: Relevance) -> bool:
    """"verließ sich allein auf ihre Minister", "verlässt sich auf die Hilfe der USA": a verb
    of `reflexive_senses` with a reflexive pronoun has another sense (to rely on), and an
    event noun in its phrase is a state, no act ("verließ die Stadt" withdraws)."""
    verbs = [trigger, trigger.head] if trigger.pos_ == "NOUN" else [trigger]
    return any(
        word_in(verb, cues.reflexive_senses)
        and any("Yes" in c.morph.get("Reflex") for c in verb.children)
        for verb in verbs
        if verb.pos_ in {"VERB", "AUX"}
    )


def _exposed(trigger: Token, cues: Relevance) -> bool:
    """"Die Geiseln waren schwerer Gewalt ausgesetzt", "wurde keiner Gewalt ausgesetzt": the
    participle of `exposure_verbs` with "sein" or "werden" and a noun object says what
    someone is exposed to, no suspension ("Die Hilfe ist ausgesetzt", "Die Gespräche wurden
    ausgesetzt"; "hat die Hilfe ausgesetzt" suspends with "haben")."""
    if lemma_of(trigger) not in cues.exposure_verbs or "Part" not in trigger.morph.get("VerbForm"):
        return False
    # Its own auxiliaries or its first conjunct's; none where a coordination left it out
    # ("wurde weder grausam behandelt, noch Gewalt ausgesetzt").
    verbs = {trigger, first_conjunct(trigger)}
    if any(lemma_of(a) not in cues.exposure_auxiliaries for a in auxiliaries(verbs, copula=True)):
        return False
    return any(c.dep_ in {"obj", "iobj"} and c.pos_ == "NOUN" for c in trigger.children)


def _motion_sense(trigger: Token, cues: Relevance) -> bool:
    """"Brazil is charging ahead on its forest goals", "pressed ahead with the reform": a verb
    of `motion_verbs` with an adverb of moving on (`motion_adverbs`) means to rush on, no
    accusation or pressure."""
    if trigger.pos_ != "VERB" or lemma_of(trigger) not in cues.motion_verbs:
        return False
    return any(
        c.dep_ in {"advmod", "prt", "compound:prt"} and c.lower_ in cues.motion_adverbs
        for c in trigger.children
    )


def _wished_state(trigger: Token, cues: Relevance) -> bool:
    """"I want him to succeed", "voters want her to be the next president": a verb of
    wishing whose clause's verb is a state or success (`wish_states`) wishes someone well,
    no demand on anyone ("wants the government to resign" is one). What is wished follows
    the verb: a clause before it ("I'm fully supportive of him, I want him to succeed") is
    one said beside the wish, whatever the parse hangs on it."""
    if trigger.pos_ != "VERB" or lemma_of(trigger) not in cues.wish_verbs:
        return False
    clauses = [
        c
        for c in trigger.rights
        if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"}
    ]
    return bool(clauses) and all(lemma_of(c) in cues.wish_states for c in clauses)



def _over_contest_topic(prep: Token, cues: Relevance) -> bool:
    """A preposition of contest (`contest_prepositions`: "over") whose object is a measure
    of politics (`contest_topics`: a bill, the budget)."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in cues.contest_prepositions
        and any(c.dep_ == "pobj" and word_in(c, cues.contest_topics) for c in prep.children)
    )


def _virtue_praise(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"paid tribute to the town's community spirit", "hailed the resilience of the
    farmers": praise whose every patient (the object, a "to" phrase, the passive subject;
    a noun of tribute set aside) is a quality of people (`virtue_nouns`) honours conduct,
    no support of an actor ("praised Ukraine's army", "hailed the agreement" stay)."""
    if frame.entry.type != "SUPPORT" or lemma_of(trigger) not in cues.praise_verbs:
        return False
    doc = trigger.doc
    slots = [*frame.logical("obj"), *frame.slots.get("prep:to", [])]
    heads = [doc[p.head] for p in slots]
    heads = [h for h in heads if not word_in(h, cues.tribute_nouns)]
    return bool(heads) and all(h.pos_ == "NOUN" and word_in(h, cues.virtue_nouns) for h in heads)


def _bloc_side(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"Justice Kavanaugh sided with the majority", "two judges sided with the minority":
    siding with a voting bloc of a court or chamber (`bloc_nouns`, every partner or object)
    joins an opinion, no support of an actor ("sided with Germany" stays)."""
    if frame.entry.type != "SUPPORT" or frame.entry.pos != "verb":
        return False
    doc = trigger.doc
    phrases = [*frame.logical("obj"), *frame.slots.get("prep:with", [])]
    heads = [doc[p.head] for p in phrases]
    return bool(heads) and all(h.pos_ == "NOUN" and word_in(h, cues.bloc_nouns) for h in heads)


def _held_commitment(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"show the commitment by the FBI to use our authorities", "on other commitments to
    slash emissions": a noun of commitment (`commitment_nouns`) completed by a
    to-infinitive names a disposition to act, no pledge made, unless it is the object of a
    verb of making or stating it ("made a commitment to send troops", "reaffirmed its
    commitment to": `commitment_making_verbs`). A commitment to an actor or its cause
    ("Washington's commitment to the defence of South Korea remained ironclad") is a
    stance of support and stays."""
    if frame.entry.type != "AGREE" or frame.entry.pos != "noun":
        return False
    if not word_in(trigger, cues.commitment_nouns):
        return False
    noun = first_conjunct(trigger)
    if noun.dep_ in {"dobj", "nsubjpass"} and lemma_of(noun.head) in cues.commitment_making_verbs:
        return False
    # The infinitive may hang on the noun or on its "by" phrase's noun.
    return any(
        t.dep_ in {"acl", "relcl"}
        and t.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        for t in noun.subtree
        if t.head.i in {noun.i, *(g.i for g in noun.subtree if g.pos_ in {"NOUN", "PROPN"})}
    )


def _held_disposition(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"The government is committed to a two-state solution", "Ottawa remains committed to
    the alliance": a participle of a pledge (`disposition_participles`) as the complement
    of "be" or "remain", or in a passive with no agent, names a disposition the subject
    holds, no pledge made ("Mexico committed to deploying troops", "has committed to"
    stay), unless someone declares it."""
    if frame.entry.type != "AGREE" or not word_in(trigger, cues.disposition_participles):
        return False
    children = list(trigger.children)
    passive = any(c.dep_ in {"auxpass", "aux:pass"} for c in children) and not any(
        c.dep_ == "agent" for c in children
    )
    if trigger.dep_ != "acomp" and not passive:
        return False
    # "the minister said Vietnam is committed to opening up": a commitment declared by
    # someone (`declaring_verbs`) is a pledge made, as PLOVER codes it.
    clause = trigger.head if trigger.dep_ == "acomp" else trigger
    if _denied(trigger, clause):
        return False
    return not (clause.dep_ == "ccomp" and lemma_of(clause.head) in cues.declaring_verbs)


def _denied(participle: Token, clause: Token) -> bool:
    """"Iran is no longer committed to the deal", "is not committed to": a commitment
    denied is a change of stance the coder reads as a refusal, no disposition held."""
    return any(
        t.dep_ == "neg"
        for head in {participle, clause}
        for c in head.children
        if c.dep_ in {"neg", "advmod"}
        for t in c.subtree
    )


def _exhortation(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"issued a statement urging unity", "urging adherence to the constitution": a
    request whose every object is conduct asked of everyone (`exhortation_nouns`) and that
    names nobody asked (no indirect object or addressee phrase outside the object) exhorts
    the public, no demand on an actor ("urged the parties to show unity" names them)."""
    if frame.entry.type != "REQUEST" or frame.entry.pos != "verb":
        return False
    doc = trigger.doc
    objects = frame.logical("obj")
    if not objects or not all(word_in(doc[p.head], cues.exhortation_nouns) for p in objects):
        return False
    # A phrase inside the object ("adherence to the law") names no addressee.
    inside = {t.i for p in objects for t in doc[p.head].subtree}
    asked = {"subj", "obj", "agent"}
    return not any(
        p.head not in inside
        for slot, phrases in frame.slots.items()
        if slot not in asked
        for p in phrases
    )


def _private_trip(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"had flown to Germany for heart treatment", "travelled to Spain for a holiday": a
    visit whose purpose phrase (`purpose_prepositions` on the trigger) names a private end
    (`private_purposes`, the head word or a hyphenated phrase's end: "a check-up") is a
    private trip, no political visit ("for talks", "for a summit" stay)."""
    if frame.entry.type != "CONSULT" or frame.entry.mode != "visit":
        return False
    doc = trigger.doc
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in cues.purpose_prepositions:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            phrase = doc[noun.left_edge.i : noun.i + 1].text.lower()
            if word_in(noun, cues.private_purposes) or any(
                phrase == w or phrase.endswith(" " + w) for w in cues.private_purposes
            ):
                return True
    return False
