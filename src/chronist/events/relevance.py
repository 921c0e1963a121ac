"""Is a trigger a reported happening at all, whatever its factuality?

Factuality (`factuality.py`) says how a happening is reported: asserted, negated, possible,
planned. Some uses of an event word report no happening in any of these ways, and are
no events:

- a direct question ("Wie viel exportiert Deutschland in das Land?", "Will Iran retaliate?");
- an infinitive that says what someone may or must do in general, after a noun or adjective
  of ability, right or duty ("the state's responsibility to protect citizens", "would be able
  to demand details", "das Recht, zu demonstrieren");
- a relative clause in the simple present that describes its noun ("the constitution, which
  restricts incitement", "die Regierung, die Proteste verbietet");
- a generic or open condition ("wenn Arbeiter Löhne fordern, reagiert der Staat …", "if Iran
  attacks, …", "when asked about …");
- what someone imagines or dreams ("it's silly to imagine that he will attack");
- an event noun that is the topic of talks, a deal or a vote ("Gespräche über eine
  Waffenruhe", "a vote on sanctions");
- a word inside a name ("In Prien am Chiemsee": a town the tagger took for "priesen");
- a contest word in a sports report: a paragraph with sport words and scores is about
  teams, and "Spain beat Italy 2-1", "Deutschland griff nach dem Seitenwechsel an" are
  matches, not attacks.

The word lists are per-language data (`data/events/relevance_<lang>.yaml`); the patterns
are syntax.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict
from spacy.tokens import Doc, Span, Token

from chronist.datafiles import data_file, load_data_file
from chronist.document import ActorRef
from chronist.events.frames import NO_TARGET_SLOTS, Frame
from chronist.events.triggers import lemma_of, word_in

__all__ = [
    "Relevance",
    "anaphoric",
    "load_relevance",
    "public_service",
    "reports_happening",
    "sports_contest",
    "thing_doer",
    "verbal_attack",
]


class RelevanceFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["event-relevance"]
    lang: Literal["de", "en"]
    schema_version: Literal[1]
    question_marks: list[str]
    generic_infinitive_heads: list[str]
    """Nouns and adjectives of ability, right or duty: an infinitive after them says what
    someone may or must do ("the right to protest"), no happening."""
    open_condition_markers: list[str]
    imagining_verbs: list[str]
    service_nouns: list[str]
    """Rescue and emergency services: no political actors ("Feuerwehr", "firefighters")."""
    definite_articles: list[str]
    """Lemmas and forms of the definite article (and article-fused prepositions)."""
    question_words: list[str]
    """Words that open an explainer's headline as an indirect question."""
    habitual_types: list[str]
    """Types of acts (not stances) whose simple present in a relative clause is habitual."""
    topic_prepositions: list[str]
    topic_heads: list[str]
    """An event noun in the topic phrase of one of these is what is negotiated."""
    topic_types: list[str]
    """Types of what is negotiated (a ceasefire, a withdrawal, sanctions), not of what is
    discussed after it happened ("über den iranischen Angriff diskutieren")."""
    sport_words: list[str]
    """Lemmas that only sports reports use together ("Halbzeit", "striker", "league")."""
    sport_types: list[str]
    """PLOVER types whose words have a sports sense (beat, attack, defend, …)."""
    sport_evidence: int
    """How many sport words (a score like "2:1" counts as one) make a paragraph sport."""
    risk_verbs: list[str] = []
    """Threat verbs that with a harm as their subject say someone is at risk ("in Syrien
    drohen Rückkehrern Folter"): no threat made."""
    harms: list[str] = []
    """Harms (not acts of anyone named) that can be the subject of a `risk_verbs` verb."""
    state_verbs: list[str] = []
    """Verbs of a lasting state of which an event noun is part ("leben von Hilfe", "relies
    on aid", "verbindet eine enge Partnerschaft"): a condition, no happening."""
    unreal_sources: list[str] = []
    """Nouns of prophecy, legend and fortune-telling: what one of them "says" ("eine
    Prophezeiung behauptet, dass er abdanken wird") is no report of a happening."""
    habitual_adverbs: list[str] = []
    """Adverbs that make an act a lasting relation or habit ("Russia has long supplied
    arms to India", "liefert traditionell Gas"): background, no happening."""
    thing_nouns: list[str] = []
    """Nouns of things, quantities and findings (not laws, whose acts are the state's): as
    the subject of an event verb of an `actor_doer_types` type they make it no act
    ("imports threaten to impair")."""
    verbal_attack_verbs: list[str] = []
    """Attack verbs that between two persons and without a weapon are words."""
    physical_words: list[str] = []
    """Weapons and wounds: with one in the sentence an attack is physical."""
    condition_modals: list[str] = []
    """German modals that, opening a clause verb-first, make it a condition ("Sollte …")."""
    supposition_modals: list[str] = []
    """Word forms of modals of possibility ("could", "might", "könnte"): an event noun with
    an indefinite article as the subject of such a verb is an act supposed, no happening
    ("a Chinese attack on Taiwan could prompt a response")."""
    rule_adverbs: list[str] = []
    """Adverbs of regular recurrence ("regelmäßig", "regularly"): with a modal of duty or
    permission on the same verb they make a rule ("must be inspected regularly"), no act."""
    deontic_modals: list[str] = []
    """Modals of duty or permission (lemmas and forms: "müssen", "dürfen", "must", "should")."""
    modal_infinitive_verbs: list[str] = []
    """German verbs that with a zu-infinitive say what can or must be done ("ist nicht zu
    überbrücken", "sind zu prüfen"): no happening."""
    relative_modals: list[str] = []
    """Present modals of duty, permission or ability (lemmas and English forms): in a
    relative clause they describe its noun ("in dem Frauen nicht reisen dürfen"), no act."""
    stance_verbs: list[str] = []
    """Verbs of a stance: with "sein" and a zu-infinitive they voice the speaker's stance
    ("ist nicht zu akzeptieren", "ist zu verurteilen"), which stays an event."""
    indefinite_articles: list[str] = []
    """Lemmas of the indefinite article ("a", "an", "ein")."""
    office_nouns: list[str] = []
    """Offices and bodies named by their remit ("the special representative for the
    dialogue", "Beauftragter für Abrüstung"): an event noun after `remit_prepositions` on
    one of them (or a compound ending in one) names the remit, no happening."""
    remit_prepositions: list[str] = []
    question_complementizers: list[str] = []
    """Conjunctions of an indirect yes/no question ("whether", "ob")."""
    free_relatives: list[str] = []
    """Pronouns of a free relative clause ("Whoever attacks our water attacks our
    children", "Wer angreift, …"): an act said of anyone who does it is a general
    statement, no happening."""
    figurative_modifiers: list[str] = []
    """Modifiers that make a noun of violence a figure of speech ("trade war", "hybrid
    war", "war of words")."""
    interview_verbs: list[str] = []
    """Verbs of asking: their bare participle opening a clause ("Asked to comment, …") is
    the journalist's question."""
    false_compounds: list[str] = []
    """German words ending in an event noun that are no such event ("Herausforderung",
    "Anforderung", "Fehlbesetzung", "Pressekonferenz"), matched as compound endings."""
    actor_doer_types: list[str] = []
    """Types whose doer must be an actor: an event verb of one of them with a thing as its
    subject is no act ("imports threaten to impair security"); ASSAULT's doer may be a thing
    ("a bomb killed five")."""
    speculation_verbs: list[str] = []
    """Verbs by which evidence or an observer suggests something ("the timing suggested
    Pyongyang wanted to show it could strike"): what the content clause says is
    speculation, no happening, when their subject is no named actor."""
    hedge_participles: list[str] = []
    """Participles that, used before a noun, hedge it ("alleged police stations", "the
    purported deal"): the noun is what is claimed, the participle no act of its own."""
    show_verbs: list[str] = []
    """Verbs of protest that with a direct object, or as the participle of "as demonstrated
    by", mean to show ("India has demonstrated restraint", "Stärke demonstrieren"): no
    protest. Protesters demonstrate without an object ("demonstrated against the law")."""
    own_people_nouns: list[str] = []
    """Nouns of one's own following ("his supporters", "seinen Anhängern"): a meeting with
    them under a possessive is a rally of one camp, no consultation between actors."""
    possessive_determiners: list[str] = []
    """Possessive determiners (lemmas and forms: "his", "its", "sein", "ihren")."""
    consult_types: list[str] = []
    """Types of meetings between actors, to which `own_people_nouns` applies."""
    fear_words: list[str] = []
    """Verbs, nouns and adjectives of fear ("fürchten", "Angst", "afraid"): an act in the
    clause of one ("weil sie Angst hatten, dass uns Anhänger lynchen könnten", "fears that
    Iran could attack") is feared, no happening."""
    awaiting_verbs: list[str] = []
    """Verbs of waiting and hoping: an event noun awaited ("warten auf eine
    Entschuldigung", "hope for a ceasefire") or an act hoped for has not happened."""
    generic_determiners: list[str] = []
    """Determiners that make an event noun any act of its kind ("condemns any attack on
    civilians", "jede Form von Gewalt"): a general statement, no happening."""
    public_nouns: list[str] = []
    """Nouns of the general public ("residents", "Bürger"): a warning to them is advice
    about a danger, no threat between actors."""
    advice_types: list[str] = []
    """Types that addressed to the public (`public_nouns`) are advice, not acts."""
    self_directed_types: list[str] = []
    """Types whose act done to oneself (a reflexive object: "don't restrict yourself",
    "tötete sich") is no act between actors."""
    fear_holders: list[str] = []
    """Verbs that hold a noun or adjective of fear ("Angst haben", "were afraid", "voiced
    fears"); "bestätigte die schlimmsten Befürchtungen" confirms what was feared."""
    natural_forces: list[str] = []
    """Floods, storms, earthquakes, heat, disease: as the doer of a killing or destroying
    verb ("floods that killed 185 people", "durch das Hochwasser getötet") a disaster, no
    attack. German compounds match by their end ("Jahrhunderthochwasser")."""
    natural_force_types: list[str] = []
    """Types whose act a natural force can seem to do (ASSAULT)."""
    natural_force_prepositions: list[str] = []
    """Prepositions of a passive verb's phrase that name the cause ("killed in the storm",
    "bei dem Erdbeben getötet")."""
    question_nouns: list[str] = []
    """Nouns of questions: a verb of asking with one as its object asks a question ("asked
    each other questions"), no request."""
    interrogative_openers: list[str] = []
    """Words opening an indirect question ("asked him if he had read …", "was asked how she
    would treat …"): a verb of asking with such a clause asks a question, no request."""
    obligation_participles: list[str] = []
    """Participles of committing that after "sein" tell a duty, not a pledge ("die Regierung
    war verpflichtet, …" is obliged; "hat sich verpflichtet" commits itself)."""
    state_auxiliaries: list[str] = []
    """The auxiliary of a state passive ("sein", "be")."""
    risk_nouns: list[str] = []
    """Nouns of risk, chance and prospect: an event noun completing one ("das Risiko eines
    regionalen Krieges", "the danger of an attack") is what may happen, no happening."""
    evidence_nouns: list[str] = []
    """Nouns of evidence and signs: an event noun completing one under a negative determiner
    ("keine Erkenntnisse für einen Brandanschlag", "no evidence of an attack") did not
    happen as far as anyone knows."""
    negative_determiners: list[str] = []
    """Lemmas and forms of the negative determiner ("no", "kein")."""
    carrying_verbs: list[str] = []
    """Verbs of travel that with a direct object carry someone ("as they flew him back home
    from the United States"): transport, no visit by the subject."""
    partner_types: list[str] = []
    partner_contexts: list[str] = []
    """An act of one of `partner_types` in one of these contexts (economic: investing,
    trading) needs a partner actor; into a thing it is spending ("investiere in den
    Schutz"), no cooperation."""
    partner_nouns: list[str] = []
    """Funds, banks and facilities: bodies one invests in as in a partner ("will invest US$1
    billion in a fund to protect forests")."""
    thing_patient_acts: list[str] = []
    """Acts (`TYPE/mode`) whose patient must be an actor: with a thing as the patient
    (`thing_nouns`, `thing_patients`) they are business or publishing ("released ten floors
    of office space", "released the figures"), no political act."""
    thing_patients: list[str] = []
    """Premises, documents and recordings as such a patient."""
    commerce_acts: list[str] = []
    """Types of asking whose object of one of `commerce_nouns` with no addressee is
    shopping or bargaining ("tourists seek lower hotel prices", "staff want higher pay"),
    no demand on an actor; with one ("demanded higher prices from the government") it stays."""
    commerce_nouns: list[str] = []
    clause_sense_verbs: list[str] = []
    """Verbs that with a content clause and no object mean knowing, not an act between
    actors ("seemed to recognise the court was likely to rule against him")."""
    danger_nouns: list[str] = []
    """Threat nouns that also name a danger ("the Russian security threat", "die größte
    Bedrohung für Israel"): a threat made only with a doer's possessive, a content
    (`threat_content_prepositions`, an infinitive) or a verb of making it
    (`threat_making_verbs`)."""
    threat_content_prepositions: list[str] = []
    """Prepositions of a threat's content or target ("threat of sanctions", "threats against
    journalists", "Drohung mit Vergeltung")."""
    threat_making_verbs: list[str] = []
    """Verbs of making, repeating or receiving a threat ("issued threats", "received threats")."""
    dismissal_verbs: list[str] = []
    """Verbs of firing that with a direct object other than a projectile (`projectile_nouns`)
    and no aim ("at", "on") dismiss someone ("fired his top general"), no attack."""
    projectile_nouns: list[str] = []
    aim_prepositions: list[str] = []
    topic_verbs: list[str] = []
    """Verbs of talking that with one speaker, an object and no partner ("with") are about a
    topic ("discusses Brexit in an interview"), no meeting; two or more speakers
    ("the two leaders discussed trade") meet."""
    partner_prepositions: list[str] = []
    party_funding_types: list[str] = []
    """Types of giving that, from a donor to a party or a party's politicians
    (`party_sectors`) of the donor's own country or with no country of its own, are party
    funding ("has given nearly a million to the party", "Spenden an die Partei"), no act
    between political actors; a foreign state funding a party stays."""
    party_sectors: list[str] = []
    crime_types: list[str] = []
    """Types of the state's answer to a crime (charging, sentencing, arresting): with an
    ordinary offence (`ordinary_offences`, after `offence_prepositions`: "charged the man
    with burglary") and a private person as target, crime reporting, no political event."""
    ordinary_offences: list[str] = []
    offence_prepositions: list[str] = []
    private_sectors: list[str] = []


@dataclass(frozen=True, slots=True)
class Relevance:
    """The word lists, lower-cased."""

    question_marks: frozenset[str]
    generic_infinitive_heads: frozenset[str]
    open_condition_markers: frozenset[str]
    imagining_verbs: frozenset[str]
    service_nouns: frozenset[str]
    definite_articles: frozenset[str]
    question_words: frozenset[str]
    habitual_types: frozenset[str]
    topic_prepositions: frozenset[str]
    topic_heads: frozenset[str]
    topic_types: frozenset[str]
    sport_words: frozenset[str]
    sport_types: frozenset[str]
    sport_evidence: int
    risk_verbs: frozenset[str] = frozenset()
    harms: frozenset[str] = frozenset()
    state_verbs: frozenset[str] = frozenset()
    unreal_sources: frozenset[str] = frozenset()
    hedge_participles: frozenset[str] = frozenset()
    show_verbs: frozenset[str] = frozenset()
    own_people_nouns: frozenset[str] = frozenset()
    possessive_determiners: frozenset[str] = frozenset()
    consult_types: frozenset[str] = frozenset()
    fear_words: frozenset[str] = frozenset()
    fear_holders: frozenset[str] = frozenset()
    natural_forces: frozenset[str] = frozenset()
    natural_force_types: frozenset[str] = frozenset()
    natural_force_prepositions: frozenset[str] = frozenset()
    question_nouns: frozenset[str] = frozenset()
    interrogative_openers: frozenset[str] = frozenset()
    obligation_participles: frozenset[str] = frozenset()
    state_auxiliaries: frozenset[str] = frozenset()
    clause_sense_verbs: frozenset[str] = frozenset()
    risk_nouns: frozenset[str] = frozenset()
    evidence_nouns: frozenset[str] = frozenset()
    negative_determiners: frozenset[str] = frozenset()
    carrying_verbs: frozenset[str] = frozenset()
    partner_types: frozenset[str] = frozenset()
    partner_contexts: frozenset[str] = frozenset()
    partner_nouns: frozenset[str] = frozenset()
    self_directed_types: frozenset[str] = frozenset()
    generic_determiners: frozenset[str] = frozenset()
    awaiting_verbs: frozenset[str] = frozenset()
    public_nouns: frozenset[str] = frozenset()
    advice_types: frozenset[str] = frozenset()
    habitual_adverbs: frozenset[str] = frozenset()
    speculation_verbs: frozenset[str] = frozenset()
    actor_doer_types: frozenset[str] = frozenset()
    interview_verbs: frozenset[str] = frozenset()
    figurative_modifiers: frozenset[str] = frozenset()
    question_complementizers: frozenset[str] = frozenset()
    free_relatives: frozenset[str] = frozenset()
    condition_modals: frozenset[str] = frozenset()
    supposition_modals: frozenset[str] = frozenset()
    indefinite_articles: frozenset[str] = frozenset()
    rule_adverbs: frozenset[str] = frozenset()
    deontic_modals: frozenset[str] = frozenset()
    modal_infinitive_verbs: frozenset[str] = frozenset()
    stance_verbs: frozenset[str] = frozenset()
    relative_modals: frozenset[str] = frozenset()
    office_nouns: frozenset[str] = frozenset()
    remit_prepositions: frozenset[str] = frozenset()
    verbal_attack_verbs: frozenset[str] = frozenset()
    physical_words: frozenset[str] = frozenset()
    false_compounds: frozenset[str] = frozenset()
    thing_nouns: frozenset[str] = frozenset()
    thing_patient_acts: frozenset[str] = frozenset()
    thing_patients: frozenset[str] = frozenset()
    commerce_acts: frozenset[str] = frozenset()
    commerce_nouns: frozenset[str] = frozenset()
    danger_nouns: frozenset[str] = frozenset()
    threat_content_prepositions: frozenset[str] = frozenset()
    threat_making_verbs: frozenset[str] = frozenset()
    dismissal_verbs: frozenset[str] = frozenset()
    projectile_nouns: frozenset[str] = frozenset()
    aim_prepositions: frozenset[str] = frozenset()
    topic_verbs: frozenset[str] = frozenset()
    partner_prepositions: frozenset[str] = frozenset()
    party_funding_types: frozenset[str] = frozenset()
    party_sectors: frozenset[str] = frozenset()
    crime_types: frozenset[str] = frozenset()
    ordinary_offences: frozenset[str] = frozenset()
    offence_prepositions: frozenset[str] = frozenset()
    private_sectors: frozenset[str] = frozenset()


@cache
def load_relevance(language: str) -> Relevance:
    spec = load_data_file(data_file("events", f"relevance_{language}.yaml"), RelevanceFile)
    values = spec.model_dump(exclude={"kind", "lang", "schema_version", "sport_evidence"})
    fields = {k: frozenset(w.lower() for w in v) for k, v in values.items()}
    fields["sport_types"] = frozenset(spec.sport_types)
    fields["habitual_types"] = frozenset(spec.habitual_types)
    fields["topic_types"] = frozenset(spec.topic_types)
    fields["actor_doer_types"] = frozenset(spec.actor_doer_types)
    fields["consult_types"] = frozenset(spec.consult_types)
    fields["self_directed_types"] = frozenset(spec.self_directed_types)
    fields["advice_types"] = frozenset(spec.advice_types)
    fields["natural_force_types"] = frozenset(spec.natural_force_types)
    fields["partner_types"] = frozenset(spec.partner_types)
    fields["thing_patient_acts"] = frozenset(spec.thing_patient_acts)
    fields["commerce_acts"] = frozenset(spec.commerce_acts)
    fields["party_funding_types"] = frozenset(spec.party_funding_types)
    fields["party_sectors"] = frozenset(spec.party_sectors)
    fields["crime_types"] = frozenset(spec.crime_types)
    fields["private_sectors"] = frozenset(spec.private_sectors)
    return Relevance(**fields, sport_evidence=spec.sport_evidence)


# Dependencies of a clause that modifies a noun (UD: acl, relcl; English spaCy: relcl).
RELATIVE_DEPS = frozenset({"relcl", "acl:relcl", "acl", "rc"})
# Dependencies of an adverbial (conditional/temporal) clause.
ADVERBIAL_DEPS = frozenset({"advcl"})
# Dependencies of an infinitive complementing a noun or adjective.
INFINITIVE_DEPS = frozenset({"acl", "xcomp", "ccomp", "oc"})
# Subject dependencies (UD/English spaCy and the German TIGER scheme).
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "sb"})
RELATIVE_PRONOUN_TAGS = frozenset({"PRELS", "PRELAT", "WDT", "WP", "WP$"})
QUOTE_CLOSERS = frozenset({'"', "'", "”", "’", "»", "«", "“", "‘", ")"})
# Named-entity labels (normalised by the NLP stage) whose words are names, never triggers.
NAME_LABELS = frozenset({"PER", "LOC", "ORG"})


def reports_happening(sent: Span, frame: Frame, cues: Relevance, heading: bool = False) -> bool:
    """`heading`: the sentence is a title or heading of the text."""
    trigger = sent.doc[frame.trigger]
    return not (
        _question(sent, cues)
        or (heading and _explainer(sent, cues))
        or (_base_form(trigger) and _generic_infinitive(_first_conjunct(trigger), sent, cues))
        or _habitual_relative(trigger, frame, cues)
        or _open_condition(trigger, cues)
        or any(lemma_of(sent.doc[g]) in cues.imagining_verbs for g in frame.governors)
        or any(lemma_of(a) in cues.imagining_verbs for a in trigger.ancestors)
        or (frame.entry.type in cues.topic_types and _topic(trigger, cues))
        or trigger.ent_type_ in NAME_LABELS
        or _at_risk(trigger, cues)
        or _state(trigger, frame, cues)
        or _unreal_source(trigger, frame, cues)
        or _hedge(trigger, cues)
        or _habitual(trigger, cues)
        or _rule(trigger, cues)
        or _modal_relative(trigger, cues)
        or _modal_infinitive(trigger, frame, cues)
        or _speculation(trigger, cues)
        or _named_in_condition(trigger, cues)
        or _supposed_act(trigger, cues)
        or _remit(trigger, cues)
        or _interviewed(trigger, cues)
        or _particle_before(trigger, frame)
        or _figurative(trigger, frame, cues)
        or _embedded_question(trigger, cues)
        or _free_relative(trigger, cues)
        or (frame.compound and _false_compound(trigger, cues))
        or _shown(trigger, frame, cues)
        or _feared(trigger, frame, cues)
        or _content_after_colon(sent.doc, frame)
        or _clause_question(trigger, sent, cues)
        or (frame.entry.type in cues.self_directed_types and _reflexive_patient(sent.doc, frame))
        or _any_act(trigger, frame, cues)
        or _awaited(trigger, cues)
        or (frame.entry.type in cues.advice_types and _to_the_public(sent.doc, frame, cues))
        or (frame.entry.type in cues.consult_types and _own_people(sent.doc, frame, cues))
        or (frame.entry.type in cues.natural_force_types and _natural_doer(sent.doc, frame, cues))
        or _asked_question(trigger, cues)
        or _obliged(trigger, frame, cues)
        or _knowing(trigger, frame, cues)
        or _unreal_complement(trigger, frame, cues)
        or _carried(trigger, frame, cues)
        or _danger(trigger, frame, cues)
        or _dismissal(trigger, frame, cues)
        or _topic_talk(trigger, frame, cues)
    )


POSSESSOR_DEPS = frozenset({"poss", "nmod:poss", "det:poss"})
OBJECT_DEPS = frozenset({"dobj", "obj", "oa"})


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


def _topic_talk(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"Sir X discusses Brexit in a long interview", "calm when discussing Ukraine": one
    speaker talking about a topic with nobody ("with") is no meeting; several ("the two
    leaders discussed trade", "X and Y discussed") meet."""
    if frame.entry.pos != "verb" or lemma_of(trigger) not in cues.topic_verbs or frame.passive:
        return False
    if any(t.lower_ in cues.partner_prepositions for t in trigger.subtree):
        return False
    if not any(c.dep_ in OBJECT_DEPS | {"ccomp"} for c in trigger.children):
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


def _natural_doer(doc: Doc, frame: Frame, cues: Relevance) -> bool:
    """"Devastating floods that displaced 500,000 and killed 185 people", "Das Hochwasser
    tötete 20 Menschen", "durch das Hochwasser getötet", "killed in the storm": a natural
    force as the doer (the active subject, through a relative pronoun to its noun; the
    passive agent or cause phrase) of a killing or destroying verb is a disaster, no
    attack."""
    if frame.entry.pos != "verb":
        return False
    trigger = doc[frame.trigger]
    heads = [doc[p.head] for p in frame.logical("subj")]
    if frame.passive or not heads:
        heads += [
            doc[p.head]
            for slot, phrases in frame.slots.items()
            if slot.startswith("prep:") and slot[5:] in cues.natural_force_prepositions
            for p in phrases
        ]
    nouns = [_antecedent(h, trigger) for h in heads]
    return any(n is not None and _natural_force(n, cues) for n in nouns)


def _antecedent(noun: Token, trigger: Token) -> Token | None:
    """The noun a relative pronoun stands for ("floods that … killed"): the head of the
    relative clause the trigger is in (or a conjunct of), or, where the parser did not
    attach the clause to it ("floods in 2024 that displaced …"), the nearest noun before
    the pronoun; other words are themselves."""
    if noun.tag_ not in RELATIVE_PRONOUN_TAGS:
        return noun
    verb = _first_conjunct(trigger)
    if verb.dep_ in RELATIVE_DEPS and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    before = noun.doc[noun.sent.start : noun.i]
    return next((t for t in reversed(before) if t.pos_ in {"NOUN", "PROPN"}), None)


def _natural_force(noun: Token, cues: Relevance) -> bool:
    return _noun_of(noun, cues.natural_forces, shortest_head=4)


def _asked_question(trigger: Token, cues: Relevance) -> bool:
    """"Party leaders asked each other questions", "I asked him if he had read the report",
    "she was asked how she would treat the president": a verb of asking with a question as
    its object or an indirect question as its clause asks something, no request ("asked
    Germany to send tanks" is one)."""
    if lemma_of(trigger) not in cues.interview_verbs or trigger.pos_ not in {"VERB", "AUX"}:
        return False
    for child in trigger.children:
        if child.dep_ in {"dobj", "obj", "dative", "oa"} and word_in(child, cues.question_nouns):
            return True
        if child.dep_ in {"ccomp", "advcl", "oc"}:
            first = min(child.subtree, key=lambda t: t.i)
            if first.i > trigger.i and first.lower_ in cues.interrogative_openers:
                return True
    return False


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


def _knowing(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """"He seemed to recognise the court was likely to rule against him": a verb of
    recognising with a content clause and no object is knowing, no act between actors
    (recognising a state or a government takes an object)."""
    if frame.entry.pos != "verb" or lemma_of(trigger) not in cues.clause_sense_verbs:
        return False
    children = list(trigger.children)
    if any(c.dep_ in {"dobj", "obj", "oa"} for c in children):
        return False
    return any(c.dep_ in {"ccomp", "oc"} for c in children)


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


def _to_the_public(doc: Doc, frame: Frame, cues: Relevance) -> bool:
    """"Feuerwehr warnt Bürger", "issued urgent warnings to residents": a warning to the
    general public is advice about a danger, no threat between actors."""
    for slot, phrases in frame.slots.items():
        if slot in {"subj", "gen", "agent"} and not (frame.passive and slot == "subj"):
            continue  # the passive subject is whom the act befalls ("residents were urged")
        for phrase in phrases:
            if word_in(doc[phrase.head], cues.public_nouns):
                return True
    return False


def _reflexive_patient(doc: Doc, frame: Frame) -> bool:
    """"Don't restrict yourself to the usual holidays", "er tötete sich": the only patient is
    the doer himself (a reflexive pronoun), no act between actors."""
    phrases = frame.logical("obj")
    return bool(phrases) and all(
        "Yes" in doc[p.head].morph.get("Reflex")
        or doc[p.head].lower_.endswith(("self", "selves"))
        for p in phrases
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


def _clause_question(trigger: Token, sent: Span, cues: Relevance) -> bool:
    """German verb-final clauses: an act in a clause opened by "ob" after a comma ("Die
    Frage, ob die Schweiz Spione ausgewiesen hat, blieb offen") is asked about, whatever
    the parser hung "ob" on."""
    if trigger.doc.lang_ != "de" or trigger.pos_ != "VERB":
        return False
    i = trigger.i - 1
    while i > sent.start and sent.doc[i].text not in {",", ";", ":", "(", "–"}:
        i -= 1
    opener = sent.doc[i + 1] if sent.doc[i].text in {",", ";", ":", "(", "–"} else sent.doc[i]
    return opener.i < trigger.i and opener.lower_ in cues.question_complementizers


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


def _own_people(doc: Doc, frame: Frame, cues: Relevance) -> bool:
    """"bei einem Treffen mit seinen Anhängern", "met with his supporters": whom one meets
    is one's own following (a possessive on a noun of `own_people_nouns`), a rally of one
    camp, no consultation between actors. "his counterpart" is not one's own."""
    for slot, phrases in frame.slots.items():
        if slot == "subj" or slot == "gen":
            continue
        for phrase in phrases:
            head = doc[phrase.head]
            words = {lemma_of(head), head.lower_}
            nouns = cues.own_people_nouns
            if not any(w == n or (len(n) >= 5 and w.endswith(n)) for w in words for n in nouns):
                continue
            if any(c.i < head.i and word_in(c, cues.possessive_determiners) for c in head.children):
                return True
    return False


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


def _embedded_question(trigger: Token, cues: Relevance) -> bool:
    """An act in an indirect yes/no question ("hasn't said whether he will sign the bill",
    "unklar, ob Iran zurückschlägt") is asked about, not reported."""
    # Also a verb above ("hasn't said whether he will sign a bill that could make it
    # easier to ban books"): the whole clause is asked about; an event noun in it may be
    # a fact presupposed ("whether she would challenge him about U.S. backing of Israel").
    above = (
        a for a in trigger.ancestors if a.pos_ in {"VERB", "AUX"} and trigger.pos_ == "VERB"
    )
    verbs = [*_clause_heads(trigger), *above]
    return any(
        c.dep_ in {"mark", "cp"} and lemma_of(c) in cues.question_complementizers
        for verb in verbs
        for c in verb.children
    )


def _clause_heads(trigger: Token) -> list[Token]:
    """The trigger and the words its clause hangs on through infinitive complements,
    predicate adjectives and coordination ("whether the government is likely to meet …",
    "whenever residents attempt to protest or demand …"): they share its clause's
    conjunction."""
    heads, token = [trigger], trigger
    for _ in range(4):
        if token.dep_ not in {"conj", "xcomp", "acomp"} or token.head.i == token.i:
            break
        token = token.head
        heads.append(token)
    return heads


def _figurative(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    """A noun of violence with a modifier that makes it a figure of speech ("a trade war",
    "a hybrid war", "a price war", "a war of words"): no fighting."""
    if frame.entry.pos != "noun" or frame.entry.type != "ASSAULT" or trigger.pos_ != "NOUN":
        return False
    for child in trigger.children:
        words = {lemma_of(child), child.lower_}
        if child.dep_ in {"compound", "amod", "nmod", "nk"} and words & cues.figurative_modifiers:
            return True
        if child.dep_ == "prep" and lemma_of(child) == "of":
            if any(lemma_of(g) in cues.figurative_modifiers for g in child.children):
                return True  # "a war of words"
    return False


def _particle_before(trigger: Token, frame: Frame) -> bool:
    """An English phrasal verb's particle or preposition follows the verb ("called on
    Congress to …"); the same word before it belongs to another phrase ("On Tuesday, it
    will call a witness")."""
    words = frame.entry.with_all
    if not words or frame.entry.pos != "verb" or trigger.doc.lang_ != "en":
        return False
    return not all(
        any(lemma_of(c) == w and c.i > trigger.i for c in trigger.children) for w in words
    )


def _interviewed(trigger: Token, cues: Relevance) -> bool:
    """"Asked to comment, the army said …", "Asked whether he supports …": a bare participle
    of a verb of asking that opens a clause without a subject of its own tells the
    journalist's question, no request between actors."""
    if lemma_of(trigger) not in cues.interview_verbs or trigger.dep_ not in ADVERBIAL_DEPS:
        return False
    if "Part" not in trigger.morph.get("VerbForm") and trigger.tag_ not in {"VBN", "VVPP"}:
        return False
    return not any(c.dep_ in SUBJECT_DEPS or c.dep_ in {"aux", "auxpass"} for c in trigger.children)


def _false_compound(trigger: Token, cues: Relevance) -> bool:
    """A German compound whose last part is an event noun but which means something else
    ("Herausforderung" is no "Forderung", "Pressekonferenz" no conference of states)."""
    word = lemma_of(trigger)
    return any(word.endswith(c) for c in cues.false_compounds)


def thing_doer(
    doc: Doc, frame: Frame, cues: Relevance, mentions_at: Callable[[int], list[Any]]
) -> bool:
    """An act told of a thing, not of an actor: the active subject of an event verb is a
    noun of a thing, a quantity or a finding (`thing_nouns`) that no actor mention covers
    ("imports threaten to impair security", "an increase supports a conclusion", "wins
    gave the party a majority"). Such a verb
    has its other sense (a risk, a finding, an effect); types whose doer may be a thing
    (not in `actor_doer_types`: "the strike destroyed the bridge") stay."""
    entry = frame.entry
    if (
        _thing_partner(doc, frame, cues, mentions_at)
        or _thing_patient(doc, frame, cues, mentions_at)
        or _bargain(doc, frame, cues)
    ):
        return True
    if entry.pos != "verb" or frame.passive or entry.type not in cues.actor_doer_types:
        return False
    subjects = frame.slots.get("subj", [])
    if not subjects:
        return False
    heads = [doc[p.head] for p in subjects]
    return all(
        h.pos_ == "NOUN"
        and _thing(h, cues)
        and not any(getattr(m, "kind", None) != "place" for m in mentions_at(h.i))
        for h in heads
    )


def _thing_partner(
    doc: Doc, frame: Frame, cues: Relevance, mentions_at: Callable[[int], list[Any]]
) -> bool:
    """Money or goods put into a thing ("investiere zu wenig in den Schutz der
    Infrastruktur", "investments in clean energy"): an economic act (lexicon context of
    `partner_contexts`) whose partner phrase is a common noun that no actor or place
    mention covers is spending or business, no cooperation between actors ("invests in
    Serbia", "investment in the fund" name one)."""
    entry = frame.entry
    if not (set(entry.context) & cues.partner_contexts) or entry.type not in cues.partner_types:
        return False
    phrases = frame.target_phrases()
    return bool(phrases) and all(
        doc[p.head].pos_ == "NOUN"
        and not word_in(doc[p.head], cues.partner_nouns)
        and not any(mentions_at(i) for i in range(p.start, p.end))
        for p in phrases
    )


def _thing_patient(
    doc: Doc, frame: Frame, cues: Relevance, mentions_at: Callable[[int], list[Any]]
) -> bool:
    """A releasing act whose patient is a thing ("chose to release ten floors of office
    space back to the ministry", "the release of the figures"): every target phrase of the
    entry is a common noun of `thing_nouns` or `thing_patients` that no actor mention covers.
    Prisoners, hostages and troops are actors and stay."""
    entry = frame.entry
    if f"{entry.type}/{entry.mode}" not in cues.thing_patient_acts:
        return False
    trigger = doc[frame.trigger]
    if _state_passive(trigger, cues):
        # "Das Medikament ist in der EU zugelassen": the subject of a state passive is
        # the patient, whatever phrase came out as the target.
        subjects = [doc[p.head] for p in frame.slots.get("subj", [])]
        if subjects and all(
            s.pos_ == "NOUN"
            and (_thing(s, cues) or _noun_of(s, cues.thing_patients, 5))
            and not any(getattr(m, "kind", None) != "place" for m in mentions_at(s.i))
            for s in subjects
        ):
            return True
    phrases = frame.target_phrases()
    return bool(phrases) and all(
        doc[p.head].pos_ == "NOUN"
        and (_thing(doc[p.head], cues) or _noun_of(doc[p.head], cues.thing_patients, 5))
        and not any(getattr(m, "kind", None) != "place" for m in mentions_at(p.head))
        for p in phrases
    )


def _state_passive(trigger: Token, cues: Relevance) -> bool:
    """A participle whose auxiliary is the copula of a state passive ("ist zugelassen",
    "is banned")."""
    return "Part" in trigger.morph.get("VerbForm") and any(
        c.dep_ in {"aux", "aux:pass", "auxpass", "cop"} and lemma_of(c) in cues.state_auxiliaries
        for c in trigger.children
    )


def _bargain(doc: Doc, frame: Frame, cues: Relevance) -> bool:
    """Asking for a price or pay with nobody asked ("American tourists seek lower hotel
    prices"): shopping or bargaining, no demand on an actor. An addressee phrase of the
    entry ("from the government") keeps it."""
    entry = frame.entry
    if entry.type not in cues.commerce_acts or entry.pos != "verb":
        return False
    if any(frame.logical(slot) for slot in entry.targets if slot not in NO_TARGET_SLOTS | {"obj"}):
        return False
    objects = frame.logical("obj")
    return bool(objects) and all(
        _noun_of(doc[p.head], cues.commerce_nouns, 5) for p in objects
    )


def verbal_attack(
    doc: Doc, frame: Frame, cues: Relevance, mentions_at: Callable[[int], list[Any]]
) -> bool:
    """One person attacking another, with no weapon or wound in the sentence, attacks
    with words ("Lang attackiert Klöckner", "Klingbeil greift Klöckner an", "Trump
    attacked Biden over the economy"): a disapproval, not an assault. Both the subject
    and the object must be persons the actor layer knows (a soldier, a gunman or "a man"
    with a knife stay assaults)."""
    entry = frame.entry
    if entry.type != "ASSAULT" or entry.pos != "verb" or frame.passive:
        return False
    trigger = doc[frame.trigger]
    if lemma_of(trigger) not in cues.verbal_attack_verbs:
        return False
    sentence = trigger.sent
    if any(word_in(t, cues.physical_words) for t in sentence):
        return False

    def persons(slot: str) -> bool:
        phrases = frame.slots.get(slot, [])
        return bool(phrases) and all(
            any(getattr(m, "type", None) == "PERSON" for m in mentions_at(p.head))
            for p in phrases
        )

    return persons("subj") and persons("obj")


def _thing(noun: Token, cues: Relevance) -> bool:
    """A noun of a thing ("Stahlimporte", "Sicherheitsgesetz")."""
    return _noun_of(noun, cues.thing_nouns, shortest_head=5)


def _noun_of(noun: Token, kind: frozenset[str], shortest_head: int) -> bool:
    """Is the noun's lemma or word form one of `kind`, or (German) a compound ending in one
    at least `shortest_head` letters long (shorter heads end too many unrelated words)?"""
    words = {lemma_of(noun), noun.lower_}
    if words & kind:
        return True
    return noun.doc.lang_ == "de" and any(
        w.endswith(head) for w in words for head in kind if len(head) >= shortest_head
    )


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
        for w in [verb, *(c for c in verb.children if c.dep_ in {"aux", "aux:pass"})]
    )


def _verb_first_modal(token: Token, cues: Relevance) -> bool:
    """A German finite modal opening its clause verb-first: a condition ("Sollten …")."""
    if token.tag_ != "VMFIN" or lemma_of(token) not in cues.condition_modals:
        return False
    return token.i == token.sent.start or token.doc[token.i - 1].text in {",", ";", ":"}


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
    perfect infinitive ("der Waffen geliefert haben soll")."""
    if trigger.pos_ != "VERB" or trigger.dep_ not in RELATIVE_DEPS:
        return False
    if trigger.head.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return False
    if not any(t.tag_ in RELATIVE_PRONOUN_TAGS for t in trigger.subtree if t.i < trigger.i):
        return False
    auxiliaries = [c for c in trigger.children if c.dep_ in {"aux", "aux:pass"}]
    if any(lemma_of(a) in {"haben", "have"} for a in auxiliaries):
        return False
    return any(
        (a.lower_ in cues.relative_modals or lemma_of(a) in cues.relative_modals)
        and "Past" not in a.morph.get("Tense")
        for a in auxiliaries
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


SCORE = re.compile(r"(?<![\d.,:])\d{1,2}\s?[-:–]\s?\d{1,2}(?![\d,:%]|\.\d)")
# Inflection endings a sport word may carry ("Spiels", "Trainers", "matches", "leagues").
ENDINGS = r"(?:s|es|e|en|n|er|ern)?"


@cache
def _sport_pattern(words: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"\b({alternatives}){ENDINGS}\b", re.IGNORECASE)


def sports_contest(sent: Span, frame: Frame, cues: Relevance) -> bool:
    """A contest word ("beat", "attack", "defend") in a sports report (the coder asks this
    only when no actor is a state organ: "authorities jailed 52 members … for playing in a
    football tournament" is an arrest)."""
    return frame.entry.type in cues.sport_types and _sports_report(sent, cues)


def _sports_report(sent: Span, cues: Relevance) -> bool:
    """Does the sentence's paragraph (a line of the text) read as a sports report?"""
    text = sent.doc.text
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.end_char)
    paragraph = text[start : end if end >= 0 else len(text)]
    found = {m.group(1).lower() for m in _sport_pattern(cues.sport_words).finditer(paragraph)}
    if SCORE.search(paragraph):
        found.add("<score>")
    return len(found) >= cues.sport_evidence


def party_funding(
    event_type: str, source: ActorRef | None, target: ActorRef | None, cues: Relevance
) -> bool:
    """A donor's money, gifts or loans to a party or its politicians (`party_sectors`): party
    funding, no act between political actors, unless the giver is another country
    ("Moscow funded the party")."""
    if event_type not in cues.party_funding_types or target is None:
        return False
    receivers = target.members or [target]
    if not any(r.sector in cues.party_sectors for r in receivers):
        return False
    givers = (source.members or [source]) if source is not None else []
    countries = {r.country for r in receivers if r.country}
    return all(g.country is None or g.country in countries for g in givers)


def ordinary_crime(
    doc: Doc, frame: Frame, target: ActorRef | None, cues: Relevance
) -> bool:
    """"Prosecutors charged the man with burglary", "wegen Diebstahls verurteilt": the
    state's answer to an ordinary offence of a private person (no sector, or a private one)
    is crime reporting, no political event; a politician's or activist's case stays."""
    if frame.entry.type not in cues.crime_types or target is None:
        return False
    people = target.members or [target]
    if any(p.sector is not None and p.sector not in cues.private_sectors for p in people):
        return False
    for slot, phrases in frame.slots.items():
        if not slot.startswith("prep:") or slot[5:].lower() not in cues.offence_prepositions:
            continue
        if any(word_in(doc[phrase.head], cues.ordinary_offences) for phrase in phrases):
            return True
    return False


def public_service(actor: ActorRef | None, cues: Relevance) -> bool:
    """Is the actor a rescue or emergency service, by the last word of its name (German
    compounds by their head: "Flughafenfeuerwehr")?"""
    if actor is None or not actor.name:
        return False
    name = actor.name.lower()
    last = name.split()[-1]
    return any(
        name == noun or name.endswith(f" {noun}") or (len(noun) >= 6 and last.endswith(noun))
        for noun in cues.service_nouns
    )


# Dependents that leave an event noun bare: its article, its preposition, punctuation.
BARE_DEPS = frozenset({"det", "case", "punct"})


def anaphoric(doc: Doc, frame: Frame, cues: Relevance) -> bool:
    """A definite event noun with no argument of its own ("nach dem Gespräch", "Kritik an
    dem Treffen", "after the talks") refers back to a happening the text has reported:
    once an event of its type is coded, it is no new one."""
    token = doc[frame.trigger]
    if frame.entry.pos != "noun" or token.pos_ != "NOUN":
        return False
    before = [t for t in token.children if t.i < token.i and t.dep_ in {"det", "case"}]
    if token.i > 0:
        before.append(doc[token.i - 1])
    definite = any(word_in(t, cues.definite_articles) for t in before)
    # Its own phrase: any dependent but the article and the preposition ("die Gespräche
    # mit Iran", "dem geplanten Treffen", "the Oman talks" are not bare references).
    own = any(child.dep_ not in BARE_DEPS for child in token.children)
    return definite and not own


def _question(sent: Span, cues: Relevance) -> bool:
    """The sentence ends with a question mark (closing quotes aside)."""
    for token in reversed(sent):
        if token.is_space or token.text in QUOTE_CLOSERS:
            continue
        return token.text in cues.question_marks
    return False


def _explainer(sent: Span, cues: Relevance) -> bool:
    """An explainer's headline: "Warum Ambrosia zur Bedrohung wird", "How the war began"."""
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    return first is not None and first.lower_ in cues.question_words


def _first_conjunct(token: Token) -> Token:
    """"would be able to question … as well as demand …": the conjunct the others share
    their attachment with."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def _base_form(trigger: Token) -> bool:
    """An infinitive, or a conjunct of one in the base form ("able to question … as well as
    demand …", which the tagger may read as a present)."""
    if _infinitive(trigger):
        return True
    conjunct = trigger.dep_ == "conj" and trigger.tag_ == "VBP"
    return conjunct and _infinitive(_first_conjunct(trigger))


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


def _present_passive(trigger: Token) -> bool:
    """"wenn die Ware geliefert wird", "if it is attacked": a participle whose only
    auxiliary is a present-tense passive one."""
    auxiliaries = [c for c in trigger.children if c.dep_ in {"aux", "aux:pass", "auxpass"}]
    return bool(auxiliaries) and all(
        c.dep_ in {"aux:pass", "auxpass"} and "Past" not in c.morph.get("Tense")
        for c in auxiliaries
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


def _simple_present(trigger: Token) -> bool:
    """A finite present-tense verb with no auxiliary of tense or voice ("restricts",
    "verbietet"), not "has restricted", "is restricting", "wurde verboten"."""
    morph = trigger.morph
    if "Pres" not in morph.get("Tense") or "Fin" not in morph.get("VerbForm"):
        return False
    if "Sub" in morph.get("Mood"):
        return False
    return not any(child.dep_ in {"aux", "aux:pass", "auxpass"} for child in trigger.children)


def _habitual_relative(trigger: Token, frame: Frame, cues: Relevance) -> bool:
    if frame.entry.type not in cues.habitual_types:
        return False  # "refugees, whom authorities blame for …": a stance held now
    if trigger.pos_ != "VERB" or trigger.dep_ not in RELATIVE_DEPS:
        return False
    if trigger.head.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return False
    relative = any(
        t.tag_ in RELATIVE_PRONOUN_TAGS for t in trigger.subtree if t.i < trigger.i
    )
    return relative and _simple_present(trigger)


def _open_condition(trigger: Token, cues: Relevance) -> bool:
    """A conditional or "whenever" clause in the present (or a bare participle: "when
    asked"): what happens if or whenever something happens, no report of it; also an act
    in the infinitive or a conjunct of such a clause's verb ("whenever residents attempt
    to protest or demand …", "Unless we come together and demand …")."""
    return any(_open_condition_clause(verb, cues) for verb in _clause_heads(trigger))


def _open_condition_clause(trigger: Token, cues: Relevance) -> bool:
    if trigger.dep_ not in ADVERBIAL_DEPS:
        return False
    markers = {lemma_of(c) for c in trigger.children if c.dep_ in {"mark", "advmod"}}
    if not markers & cues.open_condition_markers:
        return False
    if _simple_present(trigger) or _present_passive(trigger) or _do_present(trigger):
        return True
    has_subject = any(c.dep_.startswith("nsubj") for c in trigger.children)
    return trigger.tag_ == "VBN" and not has_subject
