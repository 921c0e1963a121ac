"""Factuality (asserted / negated / possible / planned) and attribution (`reported_by`).

Cues are read from the trigger's clause (`Frame.scope`) and the verbs governing it
(`Frame.governors`): negation words and determiners ("nicht", "kein", "never", "no"),
failure verbs ("scheiterte", "failed to"), modals and Konjunktiv II ("könnte", "würde",
"would"), conditionals ("falls", "if", a clause-initial "Sollte"), planning verbs and
the future ("plant", "kündigte an", "will"). Reported speech is marked by Konjunktiv I
("habe abgebrochen"), a speech verb governing or beside the clause, "laut X" /
"X zufolge" / "according to X", or a quote around the trigger.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from chronist.document import ActorRef, Quote
from chronist.events.actors import ActorIndex, from_mention, same_state
from chronist.events.data import Cues
from chronist.events.frames import Frame
from chronist.events.triggers import lemma_of

__all__ = ["Speaker", "factuality", "obligation", "plain_past_negation", "planned_by_governor",
           "protasis", "reported_by", "speaks_itself"]

Speaker = tuple[dict[str, Any], ActorRef | None]
"""`reported_by` as output, and the speaker as an actor when the actor layer knows it."""

SUBJ = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "sb"})
PASSIVE_AUX_DEPS = frozenset({"aux:pass", "auxpass"})
SPEECH_LINKS = frozenset({"ccomp", "parataxis", "oc", "advcl", "conj"})
ATTRIBUTION_WINDOW = 6
# The object of a promise verb: the thing promised ("promised aid", "versprach Hilfe").
PROMISED_THING_DEPS = frozenset({"dobj", "obj", "oa"})
PARTICLE_DEPS = frozenset({"prt", "compound:prt", "svp", "prep", "advmod", "dobj"})


def _words(token: Token) -> set[str]:
    return {lemma_of(token), token.lower_}


def _negated(doc: Doc, frame: Frame, cues: Cues) -> bool:
    if frame.entry.pos == "noun" and _privative(doc, frame.trigger, cues):
        return True
    for i in frame.scope:
        token = doc[i]
        words = _words(token)
        if not (words & cues.negation or words & cues.negation_determiners):
            continue
        following = doc[i + 1] if i + 1 < len(doc) else None
        if following is not None and _words(following) & cues.negation_exceptions:
            continue
        if i > 0 and _words(doc[i - 1]) & cues.answer_verbs:
            continue  # "who voted no accused …": the vote's answer
        if _predicative(doc, i, cues):
            continue
        return True
    if any(_words(doc[g]) & cues.failure_verbs for g in frame.governors):
        return True
    if frame.entry.pos == "noun" and _did_not_come_about(doc[frame.trigger], cues):
        return True
    # "gelang es nicht, ein Gesetz zu verabschieden", "did not manage to reach a deal".
    return any(
        _words(doc[g]) & cues.success_verbs and _negation_near(doc[g], cues)
        for g in frame.governors
    )


def _did_not_come_about(noun: Token, cues: Cues) -> bool:
    """"Ein Treffen kam nicht zustande", "the meeting did not take place", "the deal fell
    through": an event noun as the subject of a verb of occurring under a negation, or of
    a verb of falling through, did not happen. (The noun's own scope holds no verb.)"""
    if noun.dep_ not in SUBJ or noun.head is noun:
        return False
    verb = noun.head
    # A particle, adverb or preposition after the verb ("fell through", misparsed as a
    # preposition), or the noun of a light verb ("take place").
    parts = [c for c in verb.children if c.dep_ in PARTICLE_DEPS and c.i > verb.i]
    names = {lemma_of(verb)} | {f"{lemma_of(verb)} {p.lower_}" for p in parts}
    if names & cues.unrealised_verbs:
        return True
    # The negation on the verb or on its particle ("kam nicht zustande").
    near = [*verb.children, *(g for p in parts for g in p.children)]
    negated = any(c.dep_ in {"neg", "advmod"} and _words(c) & cues.negation for c in near)
    return negated and bool(names & cues.occurrence_verbs)


def _negation_near(verb: Token, cues: Cues) -> bool:
    """A negation right before the verb ("will not", "won't", "werde nicht") or after a
    finite German verb ("zögert nicht", "gelang es nicht")."""
    doc = verb.doc
    near = doc[max(verb.sent.start, verb.i - 3) : min(verb.sent.end, verb.i + 4)]
    return any(_words(t) & cues.negation for t in near)


def plain_past_negation(doc: Doc, frame: Frame, cues: Cues) -> bool:
    """Is a negated act one that did not happen, told in the past ("did not sign the
    treaty", "hat das Abkommen nicht unterzeichnet", "no agreement was reached"), rather
    than a refusal ("will not sign", "would not bow to pressure", "no longer committed",
    "wollte nicht zustimmen", "refused to sign", "lehnte es ab, … zu unterzeichnen") or a
    stance in the present ("does not accept")? The first keeps the act with factuality
    `negated` (PLOVER's REJECT only as a reading); the others are REJECTs."""
    if any(_words(doc[g]) & cues.refusal_verbs for g in frame.governors):
        return False
    if frame.entry.pos == "noun" and _did_not_come_about(doc[frame.trigger], cues):
        return True  # "the meeting did not take place": a fact, nobody's refusal
    past = False
    for i in frame.scope:
        token = doc[i]
        if _words(token) & cues.refusal_words and token.dep_ not in PASSIVE_AUX_DEPS:
            return False  # not the passive's "wurde nicht unterzeichnet"
        if token.pos_ not in {"AUX", "VERB"}:
            continue
        if "Sub" in token.morph.get("Mood") and "Past" in token.morph.get("Tense"):
            # "würde nicht zustimmen": a Konjunktiv II is no past fact; a Konjunktiv I
            # perfect ("habe nicht kooperiert") is the past told in reported speech.
            return False
        if "Past" in token.morph.get("Tense") and "Fin" in token.morph.get("VerbForm"):
            past = True
        elif token.tag_ == "VBD" or (i != frame.trigger and _words(token) & cues.perfect_aux):
            past = True
    # "scheiterte daran, … zu", "gelang es nicht, … zu": a failure told in the past.
    failures = cues.failure_verbs | cues.success_verbs
    return past or any(_words(doc[g]) & failures and _past(doc[g]) for g in frame.governors)


def _privative(doc: Doc, trigger: int, cues: Cues) -> bool:
    """"beendete die Untersuchung ohne Anklage", "released without charge": an event noun
    after a privative preposition (past its article and adjectives) did not happen."""
    before = trigger - 1
    while before >= 0 and doc[before].pos_ in {"DET", "ADJ", "NUM"}:
        before -= 1
    return before >= 0 and doc[before].lower_ in cues.privative_prepositions


def _predicative(doc: Doc, i: int, cues: Cues) -> bool:
    """"wies die Forderungen als „nicht finanzierbar“ zurück", "dismissed the claims as not
    credible": a negation opening the predicate of an as-phrase negates that attribute,
    not the act."""
    before = i - 1
    while before >= 0 and doc[before].is_quote:
        before -= 1
    return before >= 0 and doc[before].lower_ in cues.predicative_markers


# In German reported speech Konjunktiv II stands in for Konjunktiv I where the two
# would look alike ("sie hätten … unterstützt", "er würde … kommen"): not hypothetical.
REPORTED_SUBSTITUTES = frozenset({"haben", "sein", "werden"})


def _possible(doc: Doc, frame: Frame, cues: Cues, reported: bool) -> bool:
    for i in frame.scope:
        token = doc[i]
        words = _words(token)
        if words & cues.conditional_markers:
            return True
        if words & cues.possibility_adverbs and not _hedges_other_noun(token, frame):
            return True
        if (
            token.pos_ in {"AUX", "VERB"}
            and words & cues.possibility_modals
            and not _realised(token, cues)
        ):
            return True
        if words & cues.hypothetical_aux and _konjunktiv_ii_or_english(token):
            if reported and doc.lang_ == "de" and lemma_of(token) in REPORTED_SUBSTITUTES:
                continue
            if _backshifted(doc, frame, cues, token):
                continue
            return True
    first = doc[frame.scope[0]] if frame.scope else None
    return bool(first is not None and first.lower_ in {"sollte", "sollten"})


def _hedges_other_noun(token: Token, frame: Frame) -> bool:
    """"nahm zwei mutmaßliche Agenten fest", "wegen angeblicher Spionage verurteilt": a
    German attributive adjective hedges its own noun, who or what is involved, not the
    act; only on the trigger itself ("der mutmaßliche Anschlag") is the act in doubt."""
    return token.tag_ == "ADJA" and token.head.i != frame.trigger


def _backshifted(doc: Doc, frame: Frame, cues: Cues, token: Token) -> bool:
    """Is `token` the future of a past report ("announced it would send", "said they would
    meet"): "would" under a speech verb, with no condition in the clause, is what "will"
    was in the speaker's words, not a hypothesis."""
    if not (token.pos_ == "AUX" and _words(token) & cues.backshifted_future):
        return False
    if not any(_words(doc[g]) & cues.speech_verbs for g in frame.governors) \
            and not _reported_conjunct(token.head, cues):
        return False
    if any(doc[g].pos_ == "ADJ" and _words(doc[g]) & cues.planning_verbs for g in frame.governors):
        # "said he would be willing to meet": readiness under "would" is an offer on
        # conditions, no announced act.
        return False
    return not any(_words(doc[i]) & cues.conditional_markers for i in frame.scope)


def _reported_conjunct(verb: Token, cues: Cues) -> bool:
    """"told reporters that the government respected the rules and would ask …": a
    conjunct with an auxiliary of its own is a clause of its own, but still part of what
    the speech verb above its first conjunct reports."""
    first = verb
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    return first is not verb and first.dep_ == "ccomp" \
        and bool(_words(first.head) & cues.speech_verbs)


def _konjunktiv_ii_or_english(token: Token) -> bool:
    if token.doc.lang_ != "de":
        return token.pos_ in {"AUX", "VERB"}
    return "Sub" in token.morph.get("Mood") and "Past" in token.morph.get("Tense")


def _planned(doc: Doc, frame: Frame, cues: Cues) -> bool:
    for g in frame.governors:
        if _words(doc[g]) & (cues.planning_verbs | cues.planning_nouns):
            return True
    if _unhesitating(doc, frame, cues):
        return True
    trigger = doc[frame.trigger]
    if _promised(trigger, frame, cues) or _destined(trigger, cues):
        return True
    for i in frame.scope:
        token = doc[i]
        if i != frame.trigger and token.pos_ in {"AUX", "VERB"}:
            # A planning modal in the clause itself: "sie wolle ihr Veto einlegen".
            if _words(token) & cues.planning_verbs and "Inf" in trigger.morph.get("VerbForm"):
                return True
        if _backshifted(doc, frame, cues, token):
            return True
        if token.pos_ != "AUX" or not (_words(token) & cues.future_aux):
            continue
        if "Past" in token.morph.get("Tense") and "Sub" not in token.morph.get("Mood"):
            continue  # "wurde angegriffen"
        # German "werden" + participle is the passive, + infinitive the future.
        if token.doc.lang_ != "de" or "Inf" in trigger.morph.get("VerbForm"):
            return True
    return False


def _unhesitating(doc: Doc, frame: Frame, cues: Cues) -> bool:
    """"will not hesitate to strike", "werde nicht zögern, … anzugreifen": a negated verb of
    hesitation, not in the past, pledges the act; "did not hesitate to strike", "zögerte
    nicht, … anzugreifen" tell that it happened."""
    return any(
        _words(verb) & cues.hesitation_verbs and not _past(verb) and _negation_near(verb, cues)
        for verb in (doc[g] for g in frame.governors)
    )


def _past(verb: Token) -> bool:
    if "Part" in verb.morph.get("VerbForm") or verb.tag_ in {"VBD", "VBN"}:
        return True
    if "Past" in verb.morph.get("Tense") and "Sub" not in verb.morph.get("Mood"):
        return True
    return any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)  # "did not"


def _promised(trigger: Token, frame: Frame, cues: Cues) -> bool:
    """"pledged to submit a plan", "versprach, … zu liefern", "committed to deploying": a
    promise of an act still to come (gold convention: AGREE, planned); so is an offer made
    ("offered to host talks", "bot Hilfe bei der Sicherung der Grenze an"), not one in the
    simple present, which tells what something has on offer. A promise of a
    thing ("versprach schnelle Hilfe", "sagte 250.000 Euro zu") gives it later too; the
    AGREE condition keeps other senses with an object ("committed crimes") out."""
    if lemma_of(trigger) in cues.offer_verbs and not _past(trigger):
        return False  # "the region offers stunning landscapes": a standing property
    if lemma_of(trigger) not in cues.promise_verbs | cues.offer_verbs:
        return False
    if not trigger.doc.has_annotation("DEP"):
        return False
    return any(
        _promised_act(c) or (frame.entry.type == "AGREE" and c.dep_ in PROMISED_THING_DEPS)
        for c in trigger.children
    )


def _promised_act(child: Token) -> bool:
    """A verb the promise governs: an infinitive or clause, or a gerund after "to"."""
    if child.dep_ in {"xcomp", "ccomp", "oc"} and child.pos_ in {"VERB", "AUX"}:
        return True
    if child.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
        return True  # "offered to host talks": a to-infinitive the tagger took for a noun
    return child.dep_ == "prep" and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" for g in child.children
    )


def _destined(trigger: Token, cues: Cues) -> bool:
    """"Hamas is to release 33 hostages": a copula with a to-infinitive arranges the act."""
    head = trigger.head
    return (
        trigger.dep_ == "xcomp"
        and lemma_of(head) in cues.destined_copulas
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    )


def planned_by_governor(doc: Doc, frame: Frame, cues: Cues, pledge: bool = False) -> bool:
    """Is the plan the actor's commitment ("announced it would send", "kündigte an, … zu
    schicken", "is ready to"), not only the future tense of a report ("will send next
    week") nor a wish or plan of its own ("will nach Peking reisen", "plans to deport":
    `intent_verbs`, the act stays planned)?"""
    committing = cues.planning_verbs - cues.intent_verbs
    nouns = cues.planning_nouns - cues.intent_verbs
    if pledge:
        # Only a word of readiness or decision, not one that tells of it ("ankündigen").
        committing, nouns = committing - cues.speech_verbs, nouns - cues.speech_verbs
    if any(_words(doc[g]) & (committing | nouns) for g in frame.governors):
        return True
    if _unhesitating(doc, frame, cues):
        return True
    trigger = doc[frame.trigger]
    return any(
        i != frame.trigger
        and doc[i].pos_ in {"AUX", "VERB"}
        and _words(doc[i]) & committing
        and "Inf" in trigger.morph.get("VerbForm")
        for i in frame.scope
    )


def factuality(doc: Doc, frame: Frame, cues: Cues, reported: bool = False) -> str:
    if _negated(doc, frame, cues):
        return "negated"
    if _possible(doc, frame, cues, reported):
        return "possible"
    if _planned(doc, frame, cues):
        return "planned"
    return "asserted"


def konjunktiv_i(doc: Doc, frame: Frame) -> bool:
    return any(
        "Sub" in doc[i].morph.get("Mood") and "Pres" in doc[i].morph.get("Tense")
        for i in frame.scope
    )


# --------------------------------------------------------------------------- attribution


def reported_by(
    doc: Doc,
    sent: Span,
    frame: Frame,
    cues: Cues,
    actors: ActorIndex,
    quotes: list[Quote],
) -> Speaker | None:
    trigger = doc[frame.trigger]
    speech = _speech_verb(sent, frame, cues)
    from_verb = _speaker(speech, frame, actors) if speech is not None else None
    for quote in quotes:
        if quote.start <= trigger.idx < quote.end and quote.speaker:
            speaker = {"entity": quote.speaker.get("entity"), "name": quote.speaker.get("name")}
            mention = _quote_mention(quote, speaker, actors)
            if mention is not None:
                return _as_speaker(mention, actors)
            return speaker, from_verb[1] if from_verb else None
    return _marker_source(sent, cues, actors) or from_verb


def _quote_mention(quote: Quote, speaker: dict[str, Any], actors: ActorIndex) -> Any:
    """The speaker's mention, the one nearest the quote first ("…, officials said")."""
    def distance(mention: Any) -> tuple[bool, int]:
        inside = quote.start <= mention.start < quote.end
        return inside, min(abs(mention.start - quote.end), abs(mention.end - quote.start))

    for mention in sorted(actors.mentions, key=distance):
        if speaker["entity"] and mention.entity == speaker["entity"]:
            return mention
        if speaker["name"] and speaker["name"] in (mention.name, mention.text):
            return mention
    return None


def _marker_source(sent: Span, cues: Cues, actors: ActorIndex) -> Speaker | None:
    """"laut X", "according to X" (mention after), "X zufolge" (mention before)."""
    words = [t.lower_ for t in sent]
    for marker in cues.attribution_markers:
        for start in range(len(words) - len(marker) + 1):
            if tuple(words[start : start + len(marker)]) != marker:
                continue
            begin = sent.start + start
            if marker == ("zufolge",):
                window = range(max(sent.start, begin - ATTRIBUTION_WINDOW), begin)
                mentions = list(reversed(actors.in_range(window.start, window.stop)))
            else:
                after = begin + len(marker)
                mentions = actors.in_range(after, min(sent.end, after + ATTRIBUTION_WINDOW))
            if mentions:
                return _as_speaker(mentions[0], actors)
    return None


def _speech_verb(sent: Span, frame: Frame, cues: Cues) -> Token | None:
    doc = sent.doc
    trigger = doc[frame.trigger]
    scope = set(frame.scope)
    candidates = [
        t
        for t in sent
        if t.i != trigger.i and t.pos_ == "VERB" and lemma_of(t) in cues.speech_verbs
    ]
    if not candidates:
        return None
    if doc.has_annotation("DEP"):
        ancestors = set(a.i for a in trigger.ancestors)
        for verb in candidates:
            linked = verb.i in ancestors or (
                verb.head.i == trigger.i and verb.dep_ in SPEECH_LINKS
            )
            if linked:
                return verb
        return None
    # Without a parse: a speech verb in another clause of the sentence.
    outside = [v for v in candidates if v.i not in scope]
    return min(outside, key=lambda v: abs(v.i - trigger.i)) if outside else None


def _speaker(verb: Token, frame: Frame, actors: ActorIndex) -> Speaker | None:
    doc = verb.doc
    if doc.has_annotation("DEP"):
        for child in verb.children:
            if child.dep_ in SUBJ and child.lower_ in EXPLETIVES:
                # "hieß es in einer Mitteilung des Außenministeriums", "it was said":
                # nobody speaks, unless a phrase of the verb names whose words they are.
                return _source_phrase(verb, actors)
            if child.dep_ in SUBJ:
                mentions = actors.at(child.i) or actors.in_range(
                    child.left_edge.i, child.right_edge.i + 1
                )
                if mentions:
                    return _as_speaker(mentions[0], actors)
                return {"entity": None, "name": _np_text(child)}, None
        return None
    # The speech verb's own clause: the words between the nearest punctuation marks.
    start, end = verb.i, verb.i + 1
    while start > verb.sent.start and not doc[start - 1].is_punct:
        start -= 1
    while end < verb.sent.end and not doc[end].is_punct:
        end += 1
    mentions = [m for m in actors.in_range(start, end)]
    if mentions:
        return _as_speaker(mentions[0], actors)
    nouns = [t for t in doc[start:end] if t.pos_ in {"NOUN", "PROPN"}]
    return ({"entity": None, "name": nouns[0].text}, None) if nouns else None


# Subjects that name nobody ("hieß es", "it was said").
EXPLETIVES = frozenset({"es", "it"})
SOURCE_PHRASE_DEPS = frozenset({"mo", "obl", "prep", "nmod", "pg", "op"})


def _source_phrase(verb: Token, actors: ActorIndex) -> Speaker | None:
    for child in verb.children:
        if child.dep_ in SOURCE_PHRASE_DEPS and child.i > verb.i:
            mentions = actors.in_range(child.left_edge.i, child.right_edge.i + 1)
            if mentions:
                return _as_speaker(mentions[0], actors)
    return None


def _np_text(token: Token) -> str:
    return " ".join(t.text for t in token.subtree if t.pos_ != "DET")[:80]


def _as_speaker(mention: Any, actors: ActorIndex | None = None) -> Speaker:
    name = mention.text if _unnamed(mention, actors) else (mention.name or mention.text)
    return {"entity": mention.entity, "name": name}, from_mention(mention)


def _unnamed(mention: Any, actors: ActorIndex | None) -> bool:
    """"officials said", "diplomats said": unnamed people of a body, written in lower
    case and plural; the name stays the text's words (the entity says whose they are),
    and they are not the body itself speaking."""
    if actors is None or not mention.text.islower():
        return False
    span = actors.analysis.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and "Plur" in span.root.morph.get("Number")


def speaks_itself(speaker: Speaker | None, actor: ActorRef | None) -> bool:
    """Does the actor say it itself ("Germany said it will send …"), named as such?"""
    if speaker is None or speaker[1] is None or actor is None:
        return False
    name = speaker[0].get("name") or ""
    if name.islower():
        return False
    other = speaker[1]
    if other.entity and actor.entity and other.entity == actor.entity:
        return True
    if other.name == actor.name and other.country == actor.country:
        return True
    # A state speaks through its government and officials ("Portugal will support …,
    # the Portuguese president said").
    return same_state(other, actor)


def obligation(doc: Doc, frame: Frame, cues: Cues) -> bool:
    """"Y must …" / "Y müsse …" / "Y has to …": an obligation laid on the clause's subject;
    not the verb-first "Sollte Y …" of a condition."""
    if protasis(doc, frame, cues):
        return False
    if _perfect_infinitive(doc, frame, cues) or _scheduled(doc[frame.trigger], cues):
        return False
    if any(
        _words(doc[i]) & cues.obligation_modals and not _realised(doc[i], cues)
        for i in frame.scope
    ):
        return True
    trigger = doc[frame.trigger]
    if trigger.dep_ == "conj" and trigger.pos_ == "VERB" and not any(
        c.dep_ in {"aux", "nsubj", "nsubjpass"} for c in trigger.children
    ):
        # "must hold them to account and better protect the U.S.": a conjunct without a
        # subject or auxiliary of its own shares the first verb's modal.
        first = trigger.head
        if any(c.dep_ == "aux" and _words(c) & cues.obligation_modals for c in first.children):
            return True
    return _necessity(trigger, cues)


def _scheduled(trigger: Token, cues: Cues) -> bool:
    """"Ein Treffen soll nächste Woche stattfinden": an event noun that is the subject of a
    verb with a schedule modal (`schedule_modals`) is planned, nobody's duty."""
    return (
        trigger.pos_ == "NOUN"
        and trigger.dep_ in SUBJ
        and any(
            c.dep_ == "aux" and _words(c) & cues.schedule_modals for c in trigger.head.children
        )
    )


def _realised(modal: Token, cues: Cues) -> bool:
    """A German modal in the past indicative ("musste zurücktreten", "konnte fliehen"):
    narration tells the act as done, neither a duty laid on anyone nor a possibility."""
    return (
        modal.tag_ == "VMFIN"
        and lemma_of(modal) in cues.realised_modals
        and "Past" in modal.morph.get("Tense")
        and "Ind" in modal.morph.get("Mood")
    )


def _perfect_infinitive(doc: Doc, frame: Frame, cues: Cues) -> bool:
    """"Soldaten sollen Zivilisten getötet haben", "soll angegriffen worden sein": a German
    modal over the trigger's perfect infinitive (the participle, a passive "worden", then
    haben/sein) says what is alleged or inferred of the past, no duty laid on anyone. So
    over the perfect infinitive of an event noun's verb ("Die Männer sollen Anschläge
    geplant haben")."""
    trigger = doc[frame.trigger]
    if trigger.tag_ == "VVPP":
        participles = [trigger]
    elif trigger.pos_ != "VERB":
        participles = [doc[i] for i in frame.scope if doc[i].tag_ == "VVPP"]
    else:
        return False
    return any(_before_perfect_auxiliary(doc, p, frame, cues) for p in participles)


def _before_perfect_auxiliary(doc: Doc, participle: Token, frame: Frame, cues: Cues) -> bool:
    """A participle followed (after a passive "worden") by haben/sein in the clause."""
    after = participle.i + 1
    if after < len(doc) and doc[after].tag_ == "VAPP":
        after += 1
    return after < len(doc) and after in frame.scope and bool(_words(doc[after]) & cues.perfect_aux)


def _necessity(trigger: Token, cues: Cues) -> bool:
    """"would have to collaborate", "needs to withdraw": the trigger is the to-infinitive
    of a verb of necessity (not "have" as an auxiliary, nor "need" with an object)."""
    head = trigger.head
    return (
        trigger.dep_ == "xcomp"
        and head.pos_ == "VERB"
        and lemma_of(head) in cues.necessity_verbs
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    )


def protasis(doc: Doc, frame: Frame, cues: Cues) -> bool:
    """Is the trigger's clause a condition ("falls …", "if …", verb-first "Sollte …")?"""
    return any(
        _words(doc[i]) & cues.conditional_markers or _verb_first_modal(doc[i], cues)
        for i in frame.scope
    )


def _verb_first_modal(token: Token, cues: Cues) -> bool:
    """A German finite modal of obligation opening its clause ("Sollten die Kämpfe auf
    Burundi übergreifen, …", "Müssen die Truppen abziehen, …"): verb-first, a condition,
    no obligation (the plural "Sollten" as much as "Sollte")."""
    if token.doc.lang_ != "de" or token.tag_ != "VMFIN":
        return False
    if not _words(token) & cues.obligation_modals:
        return False
    start = token.sent.start
    return token.i == start or token.doc[token.i - 1].lower_ in cues.condition_openers
