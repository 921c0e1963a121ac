"""The event coder's data files: PLOVER ontology, predicate lexicons and cue lists.

All three live in `chronist/data/events/` and are validated on load with pydantic
models (`extra="forbid"`); every problem in a file is reported at once as one
`DataFileError`. Lexicon groups are expanded into flat, frozen `Entry` records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from chronist.datafiles import data_file, read_yaml, validate
from chronist.document import ActorRef
from chronist.errors import DataFileError

__all__ = [
    "Cues",
    "Entry",
    "Lexicon",
    "Ontology",
    "load_cues",
    "load_lexicon",
    "load_ontology",
    "parse_lexicon",
]

SLOT_RE = re.compile(r"^(subj|obj|iobj|gen|none|nobody|host|prep:[a-zäöüß]+|comp_subj|comp_obj)$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Score(_Strict):
    value: float = Field(ge=-10, le=10)
    source: Literal["plover-0.8", "plover-draft"]


class TypeSpec(_Strict):
    id: str
    quad: int = Field(ge=1, le=4)
    requires_target: bool
    score: Score
    modes: dict[str, Score | None] = Field(default_factory=dict)


class Quad(_Strict):
    id: int
    name: str


class Recode(_Strict):
    factuality: list[Literal["asserted", "negated", "possible", "planned"]]
    quads: list[int]
    to: str
    modes: dict[str, str] = Field(default_factory=dict)
    """"TYPE" or "TYPE/mode" of the original event -> mode of the recoded one."""
    types: list[str] = Field(default_factory=list)
    """Only events of these "TYPE" or "TYPE/mode" (all of the quads when empty)."""
    reading_only: bool = False
    """The act stays as told (a decided measure announced, "will impose duties"); the
    recoded type is only PLOVER's reading of it."""
    pledge_recodes: bool = False
    """With `reading_only`: a pledge (a committing word governs the act: "is ready to
    send aid") is still recoded; only an announced act stays as told."""


class Identity(_Strict):
    """Sectors that make an actor political, and those that do not even with a country."""

    political: list[str]
    private: list[str]
    casualties: list[str] = Field(default_factory=list)
    """Types that are political events by their toll: counted dead or injured."""
    person_patients: list[str] = Field(default_factory=list)
    """Types whose target, a person known by name only, is still a political patient
    ("was arrested", "was sentenced"): the state acts on a private person."""
    civilian: list[str] = Field(default_factory=list)
    """Sectors of ordinary people ("residents", "voters", "die Japaner"): political actors
    only for the acts PLOVER codes for them (`civilian_doer_types`,
    `civilian_patient_types`); what they do in an everyday sense is private."""
    civilian_doer_types: list[str] = Field(default_factory=list)
    """Types (or "TYPE/mode") that ordinary people do as political actors: protest,
    political violence, public demands and condemnations."""
    civilian_patient_types: list[str] = Field(default_factory=list)
    """Types whose target, ordinary people, makes the act political (aid to civilians,
    civilians arrested or attacked)."""


class OntologyFile(_Strict):
    kind: Literal["plover-ontology"]
    lang: Literal["any"]
    schema_version: Literal[1]
    codebook: str
    quads: list[Quad]
    types: list[TypeSpec]
    contexts: list[str]
    recode: list[Recode] = Field(default_factory=list)
    size_of_people: dict[str, str] = Field(default_factory=dict)
    """"TYPE/mode" -> PLOVER size key for the people counted in the event's sentence:
    "45 Demonstranten" arrested in a COERCE/arrest are its `arrested`."""
    identity: Identity
    content_types: list[str] = Field(default_factory=list)
    """Types whose object is what is threatened, demanded or offered: an event noun
    there ("drohte mit einem Militärschlag") is the content, no happening of its own."""


class LemmaSpec(_Strict):
    """One lemma of a group, overriding any of the group's fields."""

    lemma: str
    type: str | None = None
    mode: str | None = None
    context: list[str] | None = None
    pos: Literal["verb", "noun"] | None = None
    source: str | list[str] | None = None
    target: str | list[str] | None = None
    with_: list[str] | None = Field(default=None, alias="with")
    without: list[str] | None = None
    reflexive: bool | None = None
    strict: bool | None = None
    political: bool | None = None
    needs: list[str] | None = None
    own_actor: bool | None = None
    light: bool | None = None
    """A verb of little meaning of its own ("ordered", "signed", "bekräftigte"): an event
    noun heading its object decides the type ("ordered an investigation" is ACCUSE)."""


class Group(_Strict):
    id: str
    type: str
    pos: Literal["verb", "noun"]
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    source: str | list[str] | None = None
    target: str | list[str] = "obj"
    political: bool = False
    """Political in itself: coded even when no actor has a political identity."""
    needs: list[str] = Field(default_factory=list)
    """Slots that must be filled for this sense ("liefert Waffen", not "hat solide geliefert")."""
    own_actor: bool = False
    """An everyday verb in a political sense only with a political actor of its own."""
    lemmas: list[str | LemmaSpec]


class LexiconFile(_Strict):
    kind: Literal["event-lexicon"]
    lang: Literal["de", "en"]
    schema_version: Literal[1]
    prefixes: list[str] = Field(default_factory=list)
    """Prefixes of derived nouns ("Ver-einigung", "Ent-spannung"): what remains before a
    lexicon noun at the end of a word is no compound's modifier when it is one of these,
    so the word is no compound of that noun."""
    suffixes: list[str] = Field(default_factory=list)
    """Derivational suffixes ("Bot-schaft", "Gewerk-schaft"): a frame word that is only the
    end of one ("Haft") is not the head of a word ending in it, no compound of it."""
    sequence_prepositions: list[str] = Field(default_factory=list)
    purpose_prepositions: list[str] = Field(default_factory=list)
    """Prepositions of purpose ("zu Konsultationen zurückgerufen", "recalled for
    consultations"): an event noun after one, on a verb that codes an event, is what that
    act is for, no happening of its own."""
    count_nouns: list[str] = Field(default_factory=list)
    """Nouns of number ("Dutzende", "Tausende"): an adjective after one belongs to the
    phrase of what they count ("Dutzende politische Gefangene")."""
    posting_prepositions: list[str] = Field(default_factory=list)
    """Prepositions after an envoy noun that name the state the envoy is posted to ("envoy
    to Malawi", "Botschafter in Malawi")."""
    prior_act_prepositions: list[str] = Field(default_factory=list)
    """Prepositions of what went before ("after", "following"): an event noun after one
    with a doer of its own ("after Russia's seizure of the tanker") is a happening of its
    own, not the complement of the verb it hangs on."""
    destination_prepositions: list[str] = Field(default_factory=list)
    """Prepositions of where a verb puts its object ("added the group to its terrorist
    list"): the words that qualify their object are frame words of the verb, as its own
    dependents are."""
    venue_types: list[str] = Field(default_factory=list)
    """Types of meeting: a place abroad after a place preposition is their venue, never a
    party ("held talks in Geneva")."""
    source_prepositions: list[str] = Field(default_factory=list)
    """Prepositions of origin ("Kritik aus Peking", "criticism from Beijing"): an event noun
    with no identified doer of its own is done by the state or body they name."""
    """Prepositions of time and sequence ("nach", "after"): an event noun after one is a
    happening of its own, never the content of a demand, offer or threat ("verständigten
    sich nach Verhandlungen auf …")."""
    groups: list[Group]


class CuesFile(_Strict):
    kind: Literal["event-cues"]
    lang: Literal["de", "en"]
    schema_version: Literal[1]
    negation: list[str]
    negation_determiners: list[str]
    possibility_modals: list[str]
    hypothetical_aux: list[str]
    possibility_adverbs: list[str]
    conditional_markers: list[str]
    planning_verbs: list[str]
    planning_nouns: list[str]
    receiving_verbs: list[str] = Field(default_factory=list)
    """Verbs whose subject receives the event noun in their object ("erhielt Hilfe",
    "received aid"): the subject is the recipient, never the source."""
    giver_prepositions: list[str] = Field(default_factory=list)
    """After a receiving verb, these name the giver ("from Germany", "aus Deutschland")."""
    reactor_prepositions: list[str] = Field(default_factory=list)
    """After a receiving, undergoing or setting-off verb, these name those among whom the
    reaction arises, who give it ("stieß bei der Opposition auf Kritik"): a party, never a
    place ("geriet bei Kupjansk unter Beschuss")."""
    setting_off_verbs: list[str] = Field(default_factory=list)
    """Verbs whose subject sets off the reaction their object names ("löste Kritik aus"):
    the subject is its recipient, as with `receiving_verbs`; who reacts follows a giver
    preposition, or is the state of a place where it arises ("löste in Zagreb Kritik
    aus")."""
    object_control_verbs: list[str] = Field(default_factory=list)
    """German verbs whose infinitive complement is done by their accusative object
    ("hinderte die Ukraine daran, … beizutreten", "zwang Russland, … abzuziehen")."""
    undergoing_prepositions: list[str] = Field(default_factory=list)
    """Prepositions of undergoing on `undergoing_verbs` ("came under", "geriet unter")."""
    undergoing_verbs: list[str] = Field(default_factory=list)
    """An event noun after one of `undergoing_prepositions` on one of these verbs is
    undergone by the verb's subject ("came under criticism from X", "geriet unter
    Beschuss"): the subject is its recipient, as after a receiving verb."""
    levy_prepositions: list[str] = Field(default_factory=list)
    """After a noun of a trade measure (a SANCTION noun), these name the goods it is laid
    on ("Zölle auf Lieferungen aus Russland"): an event noun there is those goods, no act
    of its own."""
    occasion_prepositions: list[str] = Field(default_factory=list)
    """Prepositions of the occasion ("bei dem Treffen", "beim Besuch"): a meeting noun after
    one is where an agreement, demand or threat is made, a happening of its own, never the
    content of that act."""
    stative_participles: list[str] = Field(default_factory=list)
    """Participles whose be-passive without an agent is the subject's own stance ("is
    committed to", "is opposed to"): the subject is the doer."""
    guest_passives: list[str] = Field(default_factory=list)
    """Lemmas of receiving a guest whose passive without an agent tells the guest's visit
    ("wurde in Jakarta empfangen", "was received in Rabat"): the subject is the doer, and
    the host the state of the place (fills._venue_host)."""
    plural_continuing_objects: list[str] = Field(default_factory=list)
    """Plural object pronouns that take up two or more parties named together as a
    subject ("Kenya and Uganda protested after China threatened them")."""
    plural_possessives: list[str] = Field(default_factory=list)
    """Possessive pronouns that only a plural owner can have ("their"; German "ihr" is
    also singular feminine): "seized their boat" is the boat of the plural party named
    last before it, not of a singular subject."""
    owner_participles: list[str] = Field(default_factory=list)
    """Lemmas of participles whose by-agent owns or runs the thing they describe ("offices
    run by Serbia", "a tanker owned by a Greek firm"): an act on the thing targets the agent.
    Patronage ("backed", "funded") is no ownership: a US-funded office is not the US's."""
    host_prepositions: list[str] = Field(default_factory=list)
    """After a received guest (`guest_passives`) these name the place whose state hosts
    the visit ("in Jakarta")."""
    realised_modals: list[str] = Field(default_factory=list)
    """German modals whose past indicative narrates the act as done ("musste zurücktreten",
    "konnte fliehen"): no obligation, no mere possibility (Konjunktiv II "müsste" stays)."""
    patronage_participles: list[str] = Field(default_factory=list)
    """Participles that, after a noun with a by-agent, say who stands behind it ("rebels
    backed by Rwanda"): a standing relation, no passive act."""
    spatial_prepositions: list[str] = Field(default_factory=list)
    """Prepositions of place only ("vor", "outside"): a body or building after one is
    where something happens, not who acts ("Proteste vor dem Parlament")."""
    report_nouns: list[str] = Field(default_factory=list)
    """Nouns of reports and claims ("reports of abductions"): who cites them is neither
    the doer nor the victim of the event noun they are about."""
    intent_verbs: list[str] = Field(default_factory=list)
    """Planning verbs that state a wish or plan of the actor's own ("will reisen", "plans
    to deport") or a schedule told of him ("is expected to deploy"): the act stays planned
    (PLOVER's reading kept), no promise is coded."""
    future_aux: list[str]
    backshifted_future: list[str] = Field(default_factory=list)
    """Auxiliaries that, in a clause reported by a speech verb, are the speaker's future
    ("said it would send" = "will send"), not a hypothesis."""
    repetition_words: list[str] = Field(default_factory=list)
    """Adverbs and adjectives that tell of one more occurrence ("again", "erneut",
    "renewed"): such a mention after one without is a new happening, no repeat."""
    requested_states: list[str] = Field(default_factory=list)
    """Nouns that name what is asked for, never whom ("urged restraint", "mahnte
    Besonnenheit an"): as the object of a request they are no target."""
    referring_determiners: list[str] = Field(default_factory=list)
    """Determiner lemmas that point back to something told ("the", "diese"): only a noun
    naming an act with one of them refers to an earlier act ("condemned the launch", not
    "welcomed any step")."""
    doer_prepositions: list[str] = Field(default_factory=list)
    """Prepositions that name the doer of a noun naming an act or thing ("an appeal from
    X", "crimes committed by X", "die Forderung von X"): as a target, the noun stands
    for that doer."""
    quantity_prepositions: list[str] = Field(default_factory=list)
    """Prepositions that bound a number ("bis zu 100", "über 200"): before a number they
    open no prepositional phrase."""
    patient_noun_types: list[str] = Field(default_factory=list)
    """Types of attack nouns whose `patient_prepositions` phrase is whom they hit ("the
    invasion of Lebanon"): tried as their target before other prepositions."""
    patient_prepositions: list[str] = Field(default_factory=list)
    home_types: list[str] = Field(default_factory=list)
    """Acts a state's police, courts or government do at home: their undescribed patient
    ("arresting 12", "political opponents") is of the actor's own country."""
    home_sectors: list[str] = Field(default_factory=list)
    foreign_reach_types: list[str] = Field(default_factory=list)
    """Acts a state's forces do abroad without the text saying where ("US drone attacks
    killed eight leaders"): no domestic target when the sentence names no other country."""
    own_force_types: list[str] = Field(default_factory=list)
    """Acts whose patient is the doer's own forces ("troops were deployed"): with no doer
    named, the forces act for their own state."""
    transnational_sectors: list[str] = Field(default_factory=list)
    """Sectors of named parties that belong to no one country (the UN, an NGO, a company):
    no domestic target."""
    public_money_types: list[str] = Field(default_factory=list)
    """Types of giving whose event is kept whatever its plausibility when a state organ
    (public_money_sectors) gives a counted sum as the verb's object (events/public_money.py)."""
    public_money_sectors: list[str] = Field(default_factory=list)
    public_money_prepositions: list[str] = Field(default_factory=list)
    """Prepositions that put the sum in a phrase of its own ("fördert … mit zwei Millionen
    Euro", "stockt … um drei Millionen Euro auf"): such a sum counts as the object's."""
    envoy_nouns: list[str] = Field(default_factory=list)
    """Envoys a state summons or expels: foreign ones, so no domestic target."""
    departure_prepositions: list[str] = Field(default_factory=list)
    """Prepositions of whence ("a drone attack from Afghanistan", "Raketenangriff aus dem
    Libanon"): a place after them is where the doer came from, not where the act
    happened."""
    scene_clause_markers: list[str] = Field(default_factory=list)
    """Words opening a clause of the same moment hung on a trigger ("killed 23 people when
    they blew themselves up in Tel Aviv"): a place in it is where the act happened."""
    relation_nouns: list[str] = Field(default_factory=list)
    """Nouns of a side's relation to a country ("Israel's militia ally"): the country's
    possessive names whose ally it is, not who it is."""
    possessive_clitics: list[str] = Field(default_factory=list)
    """Possessive endings written apart from a name ("'s"): with `relation_nouns` after
    them, the country named is whose ally it is."""
    affiliation_words: list[str] = Field(default_factory=list)
    """Participles and adjectives after a head that say whose side it is on ("workers
    affiliated with the Serbian union", "militants loyal to Iraq's Al-Qaeda")."""
    non_national_prefixes: list[str] = Field(default_factory=list)
    """Words before a country word that make it name a people or a stance, not the state
    ("ethnic Albanians", "anti-Syria"); a trailing hyphen joins the word."""
    addressed_types: list[str] = Field(default_factory=list)
    """Acts always addressed to someone (a demand, a threat): with nobody named, no
    domestic target."""
    domestic_demander_sectors: list[str] = Field(default_factory=list)
    """Sectors of a country's own parties that ask their own state (a party, the
    opposition, a union): their demand naming nobody is domestic after all."""
    act_nouns: list[str] = Field(default_factory=list)
    """Nouns that name the act of the clause they are put beside ("…, a move that drew
    criticism from X"): whom the reaction is aimed at is that clause's doer."""
    content_object_types: list[str] = Field(default_factory=list)
    """Acts whose object is what is asked, threatened or promised, never whom: the
    addressee is named apart or shared with a coordinated act."""
    counterpart_types: list[str] = Field(default_factory=list)
    """Acts done to another party: with no target named, the one other country the
    sentence names is whom they concern."""
    reply_types: list[str] = Field(default_factory=list)
    """Demands, threats, accusations and rejections: with no target and no other country
    in their sentence, they answer the other party of the latest earlier act their doer's
    country took part in."""
    home_party_types: list[str] = Field(default_factory=list)
    """Demands, accusations and rejections a party without a country ("opposition groups",
    "die Gewerkschaft") addresses to one state's organ: with no other country in the
    sentence, the party is of that state (domestic politics)."""
    group_nouns: list[str] = Field(default_factory=list)
    """Collective nouns of such a party ("union", "Gewerkschaft", also as a German compound
    head): a singular subject counts like a plural one; a single person does not."""
    foreign_patient_modes: list[str] = Field(default_factory=list)
    """Modes whose patient is never the actor's own state organ ("Russia expels diplomats":
    a state expels foreign diplomats, it recalls its own)."""
    foreign_patient_sectors: list[str] = Field(default_factory=list)
    cross_border_nouns: list[str] = Field(default_factory=list)
    """Flows across a border ("exports", "Einfuhren"): an act on them concerns another
    state, never the doer's own people."""
    foreign_envoy_lemmas: list[str] = Field(default_factory=list)
    """Verbs whose envoy patient is always another state's ("summoned its ambassador",
    "bestellte seine Botschafterin ein" after a quarrel: the possessive is the other
    side's, never the doer's own)."""
    destination_modifier_modes: list[str] = Field(default_factory=list)
    """Modes of a journey noun whose proper-name modifier, when a possessive names the
    traveller, is where the journey goes ("Modi's U.S. visit", "Macron's China trip")."""
    own_office_modes: list[str] = Field(default_factory=list)
    """Modes of leaving one's own office ("resigned", "trat zurück"): no one is acted on, so
    no party of the doer's country is taken for the target."""
    party_nouns: list[str] = Field(default_factory=list)
    """Nouns for the parties of a conflict or deal ("both sides", "beide Seiten"): with one
    of `party_quantifiers` they stand for the parties named before."""
    party_quantifiers: list[str] = Field(default_factory=list)
    pair_quantifiers: list[str] = Field(default_factory=list)
    """The `party_quantifiers` of exactly two ("beide", "both"): a party noun after one
    names two countries, so a target the actor layer gave a single country is replaced
    by the pair named before."""
    speech_act_types: list[str] = Field(default_factory=list)
    """Acts only a speaker can do (demand, vow, accuse): a thing as their subject is a
    misparse, and the speaker of the clause around names the doer."""
    unattributed_types: list[str] = Field(default_factory=list)
    """Types of violence that, when nobody named did it, are coded to unidentified armed
    men of the country where it happens (PLOVER's practice)."""
    unattributed_actor_name: str = "unidentified attackers"
    custody_nouns: list[str] = Field(default_factory=list)
    """Nouns of custody and captivity ("Haft", "custody"): a country adjective on one is
    the jailer ("in türkischer Haft", "held in Russian custody"), never the detainee."""
    failure_verbs: list[str]
    refusal_words: list[str] = Field(default_factory=list)
    """Modals of will and the future and adverbs of a stop ("will not", "would not", "won't",
    "no longer", "nicht mehr", "wollte nicht"): a negated act with one is a refusal, a
    REJECT (PLOVER)."""
    refusal_verbs: list[str] = Field(default_factory=list)
    """Verbs of refusing that govern a negated act ("refused to sign", "lehnte es ab, … zu
    unterzeichnen"): a REJECT."""
    perfect_aux: list[str] = Field(default_factory=list)
    """Auxiliaries of the perfect ("has not signed", "hat nicht unterzeichnet"): past."""
    speech_verbs: list[str]
    attribution_markers: list[str]
    agent_prepositions: list[str]
    noun_agent_prepositions: list[str] = Field(default_factory=list)
    """Prepositions of an event noun's doer after its patient ("die Festnahme des
    Journalisten durch die Polizei", "the arrest of the journalist by the police")."""
    place_attribute_prepositions: list[str] = Field(default_factory=list)
    """German: a place after one of these right after a noun is where the noun lies ("die
    Viertel von Gaza-Stadt", "der Hafen von Beira": the analytic genitive)."""
    passive_aux: list[str]
    place_prepositions: list[str]
    adverbial_prepositions: list[str] = Field(default_factory=list)
    """Prepositions of time, cause or concession opening an adverbial ("nach dem Angriff
    auf Georgien"): a phrase right after its act noun is that noun's complement."""
    implicit_actor_name: str
    implicit_sources: dict[str, str]
    negation_exceptions: list[str]
    obligation_modals: list[str]
    necessity_verbs: list[str] = Field(default_factory=list)
    """Verbs that with a to-infinitive lay an obligation like `obligation_modals` ("Iran
    has to release them", "would need to reform")."""
    schedule_modals: list[str] = Field(default_factory=list)
    """Modals that, on the verb whose subject is the event noun itself, tell a plan, no duty
    ("Ein Treffen soll nächste Woche stattfinden": the meeting is scheduled)."""
    recipient_prepositions: list[str]
    theme_prepositions: list[str] = Field(default_factory=list)
    """Prepositions that introduce an event noun's theme ("the withdrawal of troops from
    X"): the theme's own prepositional objects belong to the event."""
    origin_prepositions: list[str] = Field(default_factory=list)
    """Prepositions after which a place says whose a person or group is ("rebels in the
    Ivory Coast", "King Hassan of Morocco")."""
    condition_openers: list[str] = Field(default_factory=list)
    """What may stand right before a verb-first clause inside a sentence (",", "und"): a
    modal there opens a condition ("…, sollten die Kämpfe übergreifen")."""
    nominative_relatives: list[str] = Field(default_factory=list)
    """Relative pronouns that can be nominative ("der", "welche"): opening a relative
    clause, they can be its subject."""
    singular_relatives: list[str] = Field(default_factory=list)
    """Relative pronouns only singular as nominatives ("der", "das"): a verb in the plural
    has another subject."""
    coordinators: list[str] = Field(default_factory=list)
    """Coordinating conjunctions joining noun phrases, adjectives and verb phrases ("und",
    "sowie", "oder")."""
    example_markers: list[str] = Field(default_factory=list)
    """Words after a group noun that name its members as examples ("andere Staaten wie
    Frankreich und Jordanien", "countries such as France and Jordan")."""
    diplomatic_protest_verbs: list[str] = Field(default_factory=list)
    """Protest verbs that, with a state or its government as subject, are a diplomatic
    protest (ACCUSE), not a demonstration ("Paris protestiert")."""
    speaker_judgements: list[str] = Field(default_factory=list)
    """Lexicon groups of conduct judged ("operating illegally", "crossed a line"): coded
    only as said by a speaker, who accuses the subject."""
    denial_judgements: list[str] = Field(default_factory=list)
    """Groups of `speaker_judgements` that call claims false ("Die Vorwürfe seien
    haltlos"): the speaker rejects them even when no one who made them is named."""
    judgement_copulas: list[str] = Field(default_factory=list)
    """Copulas whose predicate noun judges the act its subject refers to ("are a
    provocation", "sei ein unfreundlicher Akt")."""
    expletive_subjects: list[str] = Field(default_factory=list)
    """Pronouns that hold a judging predicate's place for a clause put after it ("it is
    unacceptable that Russia …", "es sei inakzeptabel, dass …"): the clause's subject did
    what is judged."""
    act_pronouns: list[str] = Field(default_factory=list)
    """Pronouns that can stand for an act told before ("called it a violation")."""
    judged_pronoun_types: list[str] = Field(default_factory=list)
    """Types whose pronoun object stands for an act told before, so its doer is the target
    ("called it a violation": ACCUSE; "wies das zurück": REJECT)."""
    correlate_pronouns: list[str] = Field(default_factory=list)
    """Pronouns that anticipate a complement clause of their verb ("lehnte es ab, … zu
    tun"): no act pronoun then."""
    warning_verbs: list[str] = Field(default_factory=list)
    """Verbs of warning: with no one warned and a content clause of what another does
    ("warnte, X versuchten, …") they accuse that other."""
    attempt_verbs: list[str] = Field(default_factory=list)
    """Verbs of trying or intending ("versuchen", "wollen"): their subject is someone
    acting, whom a warning of it accuses."""
    exercise_words: list[str] = Field(default_factory=list)
    gerund_control_prepositions: list[str] = Field(default_factory=list)
    """Prepositions of restraint after a verb ("stopped short of", "refrained from"): a
    gerund after one has that verb's subject ("Jakarta stopped short of condemning")."""
    """Military exercises ("drills", "war games", "Manöver"): held by one party alone they
    show force (MOBILIZE), only held together with another they are cooperation."""
    joint_markers: list[str] = Field(default_factory=list)
    """Modifiers of an exercise saying it is held together ("joint", "gemeinsam")."""
    joint_types: list[str] = Field(default_factory=list)
    """Types of acts that coordinated subjects do together ("A and B signed/met"): no
    target beyond the entry's own slots."""
    promise_verbs: list[str] = Field(default_factory=list)
    """Verbs of promise: an AGREE they trigger with an act as complement is planned."""
    announcing_verbs: list[str] = Field(default_factory=list)
    """Verbs of saying that announce what is to come ("announced", "kündigte an"): the
    act they announce is dated by the announcement even where it names its own later day,
    unlike an act someone only says will happen ("said she would travel next week")."""
    offer_verbs: list[str] = Field(default_factory=list)
    """Verbs of offering: the offered act or thing is still to come ("offered to host
    talks", "bot Hilfe an"), so their AGREE is planned like a promise's; unlike a promise
    an offered hostile act is no threat (not read by `promised_reading`)."""
    threat_promise_types: list[str] = Field(default_factory=list)
    """Types of hostile acts a promise verb can govern as its complement ("vowed to crush",
    "versprach, … anzugreifen"): the promise is PLOVER's THREATEN (ontology `recode`)."""
    destined_copulas: list[str] = Field(default_factory=list)
    """A copula + to-infinitive of an arranged act ("is to release"): planned."""
    indirect_content_types: list[str] = Field(default_factory=list)
    """Types whose content may follow as a main clause in reported speech ("verlangte,
    Armenien müsse …"): its actors are whom the act is aimed at."""
    claiming_verbs: list[str] = Field(default_factory=list)
    """"The attack was claimed by IS", "the bombing, which IS claimed": who claims an act
    named by an event noun is its doer."""
    belief_verbs: list[str] = Field(default_factory=list)
    """"Ermittler vermuten einen Anschlag": their subject suspects or fears the event noun
    in their object, it does not do it."""
    success_verbs: list[str] = Field(default_factory=list)
    """"gelang es nicht, … zu", "did not manage to": negated, the act did not happen."""
    presence_verbs: list[str] = Field(default_factory=list)
    """Verbs of being or staying somewhere: their subject is where or how someone was at
    the time of an event noun in a phrase of time (`presence_time_prepositions`), not its
    doer ("the minister was in Kyiv during the attack")."""
    presence_time_prepositions: list[str] = Field(default_factory=list)
    """Prepositions of a phrase of time ("during the attack", "since the riots") whose event
    noun is no act of the subject of a `presence_verbs` verb."""
    body_retells_by_same_verb: bool = False
    """The language's body retells an act by the same verb or an event noun: two sentences
    past the opening telling acts by verbs of other senses are two acts (English)."""
    answer_verbs: list[str] = Field(default_factory=list)
    """Verbs whose answer a negation word right after them is ("voted no", "said no"): that
    word negates no other verb the parser hangs it on."""
    hesitation_verbs: list[str] = Field(default_factory=list)
    """"will not hesitate to strike", "werde nicht zögern, … anzugreifen": negated and not
    in the past, they pledge the act (a threat or promise); "did not hesitate" tells it."""
    privative_prepositions: list[str] = Field(default_factory=list)
    """"ohne", "without": an event noun right after them (past article and adjectives)
    did not happen ("ohne Anklage", "released without charge")."""
    elliptic_adverbs: list[str] = Field(default_factory=list)
    """"Frankreich verurteilte den Test, Spanien ebenso": after a comma, a phrase and one of
    them closing the sentence with no verb of their own repeat the act with that doer."""
    elliptic_openers: list[str] = Field(default_factory=list)
    """"France condemned the test, as did Spain": after a comma (or opening with "and"),
    these words and then phrases closing the sentence with no verb of their own repeat the
    act with those doers (multi-word, matched in order)."""
    predicative_markers: list[str] = Field(default_factory=list)
    """Words opening a predicative phrase ("als", "as"): a negation right after them (past
    quote marks) negates the attribute, not the act ("wies … als „nicht finanzierbar“
    zurück")."""
    release_acts: list[str] = Field(default_factory=list)
    capture_acts: list[str] = Field(default_factory=list)
    """"TYPE/mode" of releases and of the captures they end: an agentless release of
    someone captured before in the text is done by the captor."""
    captive_nouns: list[str] = Field(default_factory=list)
    """Nouns for captives ("Geisel", "hostage"): released, they are the ones taken in the
    latest capture told before."""
    passive_speech_types: list[str] = Field(default_factory=list)
    """Speech acts told in a passive without agent whose reporter makes them ("Ihm wird
    vorgeworfen, …, sagte die Staatsanwaltschaft")."""
    seat_voice_types: list[str] = Field(default_factory=list)
    """Answers told in a passive without agent whose clause places them in a capital ("In
    Kabul wurde die Darstellung zurückgewiesen"): the capital's government gives them, as
    "Kabul wies … zurück" would say."""
    indefinite_subjects: list[str] = Field(default_factory=list)
    """Indefinite pronouns as the subject of a joint act ("man habe vereinbart"): the
    parties of the joint act told before."""
    first_person_subjects: list[str] = Field(default_factory=list)
    """First-person pronouns ("wir", "we"): as the subject of an act a speaker reports, the
    speaker's own side acts ("„Wir werden Kiew weiter unterstützen“, sagte er")."""
    continuing_subjects: list[str] = Field(default_factory=list)
    """Third-person pronouns ("sie", "it"): opening a sentence as the subject, one the
    actor layer left unresolved continues the subject of the sentence before."""
    continuing_objects: list[str] = Field(default_factory=list)
    """Singular third-person object pronouns ("ihm", "him"): one the actor layer left
    unresolved takes up the subject of the sentence before."""
    addressee_prepositions: list[str] = Field(default_factory=list)
    """Prepositions of whom a complaint is lodged with ("bei"): the addressee is the target
    only as a state's party, not as a forum without a country."""
    first_person_objects: list[str] = Field(default_factory=list)
    """Their object forms ("uns", "us"): where one is also the object of the verb, the
    speaker's side is acted on, not the doer ("wir lassen uns nicht unter Druck setzen")."""
    answer_types: list[str] = Field(default_factory=list)
    """Types of answers to an act ("wies die Vorwürfe zurück", "rejected the demands"):
    answering a political act told before is part of that political exchange, whoever
    answers."""
    clausal_types: list[str] = Field(default_factory=list)
    """Event types whose verbs take a content clause ("demanded that …", "agreed to …"); a
    finite clause under a verb of another type ("fires missiles as they begin drills",
    misparsed as its object) is an act of its own, not its content."""
    referring_nouns: dict[str, list[str]] = Field(default_factory=dict)
    """Nouns that name an act, not an actor, beyond the lexicon's event nouns ("the
    launch", "die Maßnahmen", "jeden Schritt") -> the event types they can refer back to
    ("*" = any). As a target they stand for whoever did that act."""
    content_subordinators: list[str] = Field(default_factory=list)
    """Subordinators of content and purpose clauses ("dass", "ob", "damit"): what such a
    clause holds is what the governing verb says, demands or aims at, no happening of its
    own (German clause splitting)."""
    occurrence_verbs: list[str] = Field(default_factory=list)
    """Verbs that tell an event noun, their subject, came about ("took place", "kam
    zustande"; a particle verb as "lemma particle"): negated, the event did not happen."""
    unrealised_verbs: list[str] = Field(default_factory=list)
    """Verbs that tell an event noun, their subject, did not come about ("the deal fell
    through"): the event is negated."""
    told_clause_subordinators: list[str] = Field(default_factory=list)
    """Subordinators of adverbial clauses that report a fact of their own ("since police
    crushed the protests", "because Togo expelled its envoy"): such a clause in the past
    tense does not take the modality, tense or negation of the clause it hangs on."""


def _read_yaml(name: str) -> Any:
    return read_yaml(data_file("events", name))


def _validate(model: type[BaseModel], raw: Any, name: str) -> Any:
    return validate(model, raw, f"events/{name}")


# ---------------------------------------------------------------------------- ontology


class Ontology:
    """PLOVER types, modes, contexts, quad classes and intensity scores."""

    def __init__(self, spec: OntologyFile) -> None:
        self.codebook = spec.codebook
        self.types = {t.id: t for t in spec.types}
        self.contexts = frozenset(spec.contexts)
        self.quads = {q.id: q.name for q in spec.quads}
        self.recodes = list(spec.recode)
        self.size_of_people = dict(spec.size_of_people)
        self.political_sectors = frozenset(spec.identity.political)
        self.private_sectors = frozenset(spec.identity.private)
        self.casualty_types = frozenset(spec.identity.casualties)
        self.person_patient_types = frozenset(spec.identity.person_patients)
        self.civilian_sectors = frozenset(spec.identity.civilian)
        self.civilian_types = {
            "doer": frozenset(spec.identity.civilian_doer_types),
            "patient": frozenset(spec.identity.civilian_patient_types),
        }
        self.civilian_types["nearby"] = self.civilian_types["doer"] | self.civilian_types["patient"]
        self.content_types = frozenset(spec.content_types)

    def recode(
        self, event_type: str, mode: str | None, factuality: str, conditional: bool = False
    ) -> tuple[str, str | None] | None:
        """PLOVER's reading of a promised, threatened or refused act, or None.
        `conditional`: the act hangs on a condition ("… unless …")."""
        rule = self._recode_rule(event_type, mode, factuality, conditional)
        if rule is None:
            return None
        new_mode = rule.modes.get(f"{event_type}/{mode}") or rule.modes.get(event_type)
        return rule.to, new_mode

    def reading_only(
        self,
        event_type: str,
        mode: str | None,
        factuality: str,
        conditional: bool = False,
        pledged: bool = False,
    ) -> bool:
        """Is PLOVER's recoding of this act only a reading, the act kept as told?
        `pledged`: a committing word governs the act ("is ready to")."""
        rule = self._recode_rule(event_type, mode, factuality, conditional)
        return rule is not None and rule.reading_only and not (pledged and rule.pledge_recodes)

    def _recode_rule(
        self, event_type: str, mode: str | None, factuality: str, conditional: bool
    ) -> Recode | None:
        quad = self.quad(event_type)
        for rule in self.recodes:
            if rule.types and not {event_type, f"{event_type}/{mode}"} & set(rule.types):
                continue
            if rule.reading_only and conditional:
                # An announced measure on a condition is a threat.
                continue
            if factuality in rule.factuality and quad in rule.quads:
                return rule
        return None

    def is_political(
        self,
        actor: ActorRef | None,
        event_type: str | None = None,
        role: str = "doer",
        mode: str | None = None,
    ) -> bool:
        """Has the actor a political identity: a country or a political sector? A name
        alone is not one (every person named in a text is an entity: "Kabayel", a boxer).
        Coordinated actors have one if any member has. Ordinary people have one in an
        event of `event_type` (and `mode`) only as its `role` ("doer", "patient", or
        "nearby": named in its sentence, either) in the types or "TYPE/mode"s PLOVER
        codes for them ("residents protested", "aid to civilians"; not "the Japanese
        deliver the engine", "50 people gathered")."""
        if actor is None:
            return False
        if actor.members:
            return any(
                self.is_political(member, event_type, role, mode) for member in actor.members
            )
        if actor.sector in self.private_sectors:
            return False
        if event_type is not None and actor.sector in self.civilian_sectors:
            allowed = self.civilian_types[role]
            return event_type in allowed or f"{event_type}/{mode}" in allowed
        return bool(actor.country or actor.sector in self.political_sectors)

    def has_mode(self, event_type: str, mode: str) -> bool:
        return mode in self.types[event_type].modes

    def intensity(self, event_type: str, mode: str | None) -> float:
        spec = self.types[event_type]
        mode_score = spec.modes.get(mode) if mode else None
        return (mode_score or spec.score).value

    def quad(self, event_type: str) -> int:
        return self.types[event_type].quad

    def requires_target(self, event_type: str) -> bool:
        return self.types[event_type].requires_target


@cache
def load_ontology() -> Ontology:
    name = "ontology.yaml"
    spec = _validate(OntologyFile, _read_yaml(name), name)
    ids = [t.id for t in spec.types]
    if len(ids) != 16 or len(set(ids)) != 16:
        raise DataFileError(f"events/{name}: expected 16 distinct PLOVER types, got {ids}")
    ontology = Ontology(spec)
    problems = [
        f"recode to {rule.to}: mode {mode!r} unknown"
        for rule in spec.recode
        for mode in rule.modes.values()
        if rule.to not in ontology.types or not ontology.has_mode(rule.to, mode)
    ]
    if problems:
        raise DataFileError(f"events/{name}: " + "; ".join(problems))
    return ontology


# ---------------------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class Entry:
    """One predicate: a verb or noun lemma (+ frame words) coded as a PLOVER type."""

    id: str
    lemma: str
    """Lower-cased head lemma (first word of an English phrasal verb, last word of a
    multi-word noun)."""
    pos: Literal["verb", "noun"]
    type: str
    mode: str | None
    context: tuple[str, ...]
    sources: tuple[str, ...]
    """Slots that may give the source, tried in order."""
    targets: tuple[str, ...]
    """Slots that may give the target, tried in order ("meet X" / "meet with X")."""
    with_any: frozenset[str]
    """One of these lemmas must be a dependent or stand in the same clause."""
    with_all: tuple[str, ...]
    """Every one of these must be attached (particles, compound modifiers)."""
    without: frozenset[str]
    """None of these may stand in the clause ("forderte elf Tote" is no demand)."""
    reflexive: bool
    strict: bool
    """Code the event only when the target is a recognised actor ("traf Putin", not
    "traf einen Raum")."""
    political: bool = False
    """Political in itself ("Luftangriff"): no actor with a political identity needed."""
    needs: tuple[str, ...] = ()
    group: str = ""
    """The lexicon group the entry comes from."""
    own_actor: bool = False
    """Everyday words ("helfen", "arrive", "warn") are political events only when one of
    their own actors has a political identity; a state named elsewhere in the sentence
    is not enough."""
    """Logical slots that must hold a phrase: the transitive sense of a verb that has an
    intransitive one too ("Frankreich hat solide geliefert", "die Polizei hält fest: …")."""
    light: bool = False
    """The type of an event noun heading the object replaces the entry's own (LemmaSpec)."""

    @property
    def source(self) -> str:
        return self.sources[0]

    @property
    def specificity(self) -> int:
        return 2 * len(self.with_all) + (2 if self.with_any else 0) + int(self.reflexive)


class Lexicon:
    """Lexicon entries indexed by (pos, head lemma), most specific first."""

    def __init__(
        self,
        language: str,
        entries: list[Entry],
        prefixes: frozenset[str] = frozenset(),
        sequence_prepositions: frozenset[str] = frozenset(),
        source_prepositions: tuple[str, ...] = (),
        purpose_prepositions: frozenset[str] = frozenset(),
        count_nouns: frozenset[str] = frozenset(),
        posting_prepositions: frozenset[str] = frozenset(),
        venue_types: frozenset[str] = frozenset(),
        suffixes: frozenset[str] = frozenset(),
        prior_act_prepositions: frozenset[str] = frozenset(),
        destination_prepositions: frozenset[str] = frozenset(),
    ) -> None:
        self.language = language
        self.destination_prepositions = destination_prepositions
        self.prior_act_prepositions = prior_act_prepositions
        self.suffixes = suffixes
        self.venue_types = venue_types
        self.posting_prepositions = posting_prepositions
        self.count_nouns = count_nouns
        self.purpose_prepositions = purpose_prepositions
        self.entries = entries
        self.prefixes = prefixes
        self.sequence_prepositions = sequence_prepositions
        self.source_prepositions = source_prepositions
        index: dict[tuple[str, str], list[Entry]] = {}
        for entry in entries:
            index.setdefault((entry.pos, entry.lemma), []).append(entry)
        for candidates in index.values():
            candidates.sort(key=lambda e: -e.specificity)
        self._index = index
        # German compounds ("Vergeltungsangriff") inherit their head's entry; only heads
        # long enough not to hide inside unrelated words are used.
        self.noun_heads = sorted(
            {e.lemma for e in entries if e.pos == "noun" and len(e.lemma) >= 6},
            key=len,
            reverse=True,
        )

    def candidates(self, pos: str, lemma: str) -> list[Entry]:
        return self._index.get((pos, lemma), [])

    def compound_head(self, lemma: str) -> str | None:
        """The longest lexicon noun that `lemma` ends with, for German compounds; in a
        hyphenated compound ("EU-Zölle", "Nato-Gipfel") the part after the last hyphen, of
        any length, as the hyphen marks where the head begins."""
        if "-" in lemma:
            tail = lemma.rsplit("-", 1)[1]
            if tail and self.candidates("noun", tail):
                return tail
        for head in self.noun_heads:
            if len(lemma) > len(head) + 2 and lemma.endswith(head):
                # "Vereinigung" is derived from "vereinigen", no "Einigung" of some kind.
                if lemma[: -len(head)] in self.prefixes:
                    continue
                return head
        return None

    def without(self, ids: frozenset[str]) -> Lexicon:
        """The same lexicon with the entries of these ids left out (the index and the
        compound heads built again from what remains)."""
        return Lexicon(
            self.language,
            [e for e in self.entries if e.id not in ids],
            self.prefixes,
            self.sequence_prepositions,
            self.source_prepositions,
            self.purpose_prepositions,
            self.count_nouns,
            self.posting_prepositions,
            self.venue_types,
            self.suffixes,
            self.prior_act_prepositions,
            self.destination_prepositions,
        )

    def __len__(self) -> int:
        return len(self.entries)


def _split_lemma(lemma: str, pos: str) -> tuple[str, tuple[str, ...]]:
    """'pull out' -> ('pull', ('out',)); 'air strike' -> ('strike', ('air',))."""
    words = lemma.lower().split()
    if len(words) == 1:
        return words[0], ()
    if pos == "verb":
        return words[0], tuple(words[1:])
    return words[-1], tuple(words[:-1])


def _slots(value: str | list[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _expand(lang: str, group: Group, item: str | LemmaSpec) -> tuple[Entry, list[str]]:
    spec = item if isinstance(item, LemmaSpec) else LemmaSpec(lemma=item)
    pos = spec.pos or group.pos
    default_source = "subj" if pos == "verb" else "gen"
    head, with_all = _split_lemma(spec.lemma, pos)
    with_any = frozenset(w.lower() for w in (spec.with_ or []))
    suffix = f"+{'|'.join(sorted(with_any))}" if with_any else ""
    refl = "+sich" if spec.reflexive else ""
    entry = Entry(
        id=f"{lang}:{pos}:{spec.lemma.lower().replace(' ', '_')}{refl}{suffix}",
        lemma=head,
        pos=pos,
        type=spec.type or group.type,
        mode=spec.mode if spec.mode is not None else group.mode,
        context=tuple(spec.context if spec.context is not None else group.context),
        sources=_slots(spec.source or group.source or default_source),
        targets=_slots(spec.target or group.target),
        with_any=with_any,
        with_all=with_all,
        without=frozenset(w.lower() for w in (spec.without or [])),
        reflexive=bool(spec.reflexive),
        strict=bool(spec.strict),
        political=spec.political if spec.political is not None else group.political,
        needs=tuple(spec.needs if spec.needs is not None else group.needs),
        own_actor=spec.own_actor if spec.own_actor is not None else group.own_actor,
        light=bool(spec.light),
        group=group.id,
    )
    return entry, _check_entry(entry, group.id)


def _check_entry(entry: Entry, group_id: str) -> list[str]:
    ontology = load_ontology()
    problems = []
    where = f"group {group_id}, {entry.id}"
    if entry.type not in ontology.types:
        problems.append(f"{where}: unknown PLOVER type {entry.type!r}")
    elif entry.mode and not ontology.has_mode(entry.type, entry.mode):
        problems.append(f"{where}: {entry.type} has no mode {entry.mode!r}")
    problems += [
        f"{where}: unknown context {c!r}" for c in entry.context if c not in ontology.contexts
    ]
    problems += [
        f"{where}: bad slot {slot!r}"
        for slot in (*entry.sources, *entry.targets, *entry.needs)
        if not SLOT_RE.match(slot)
    ]
    return problems


@cache
def load_lexicon(language: str) -> Lexicon:
    return parse_lexicon(_read_yaml(f"lexicon_{language}.yaml"), language)


def parse_lexicon(raw: Any, language: str) -> Lexicon:
    """Validate a lexicon file's content; all problems at once as one DataFileError."""
    name = f"lexicon_{language}.yaml"
    spec = _validate(LexiconFile, raw, name)
    if spec.lang != language:
        raise DataFileError(f"events/{name}: lang is {spec.lang!r}, expected {language!r}")
    entries: list[Entry] = []
    problems: list[str] = []
    seen: set[str] = set()
    for group in spec.groups:
        for item in group.lemmas:
            entry, entry_problems = _expand(language, group, item)
            problems += entry_problems
            if entry.id in seen:
                problems.append(f"group {group.id}: duplicate entry id {entry.id}")
            seen.add(entry.id)
            entries.append(entry)
    if problems:
        raise DataFileError(f"events/{name}: " + "; ".join(problems))
    return Lexicon(
        language,
        entries,
        frozenset(p.lower() for p in spec.prefixes),
        frozenset(p.lower() for p in spec.sequence_prepositions),
        tuple(p.lower() for p in spec.source_prepositions),
        frozenset(p.lower() for p in spec.purpose_prepositions),
        frozenset(w.lower() for w in spec.count_nouns),
        frozenset(p.lower() for p in spec.posting_prepositions),
        frozenset(spec.venue_types),
        frozenset(s.lower() for s in spec.suffixes),
        frozenset(p.lower() for p in spec.prior_act_prepositions),
        frozenset(p.lower() for p in spec.destination_prepositions),
    )


# ---------------------------------------------------------------------------- cues


@dataclass(frozen=True, slots=True)
class Cues:
    """Closed word lists for factuality, attribution and voice, lower-cased."""

    negation: frozenset[str]
    negation_determiners: frozenset[str]
    possibility_modals: frozenset[str]
    hypothetical_aux: frozenset[str]
    possibility_adverbs: frozenset[str]
    conditional_markers: frozenset[str]
    planning_verbs: frozenset[str]
    planning_nouns: frozenset[str]
    future_aux: frozenset[str]
    failure_verbs: frozenset[str]
    refusal_words: frozenset[str]
    refusal_verbs: frozenset[str]
    perfect_aux: frozenset[str]
    speech_verbs: frozenset[str]
    attribution_markers: tuple[tuple[str, ...], ...]
    elliptic_openers: tuple[tuple[str, ...], ...]
    agent_prepositions: frozenset[str]
    noun_agent_prepositions: frozenset[str]
    place_attribute_prepositions: frozenset[str]
    passive_aux: frozenset[str]
    place_prepositions: tuple[str, ...]
    """In the data file's order: the first that holds a place names the location."""
    implicit_actor_name: str
    implicit_sources: dict[str, str]
    """"TYPE" or "TYPE/mode" -> sector of the implicit state actor."""
    negation_exceptions: frozenset[str]
    obligation_modals: frozenset[str]
    recipient_prepositions: tuple[str, ...]
    theme_prepositions: frozenset[str] = frozenset()
    origin_prepositions: frozenset[str] = frozenset()
    nominative_relatives: frozenset[str] = frozenset()
    singular_relatives: frozenset[str] = frozenset()
    condition_openers: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    example_markers: frozenset[str] = frozenset()
    intent_verbs: frozenset[str] = frozenset()
    report_nouns: frozenset[str] = frozenset()
    spatial_prepositions: frozenset[str] = frozenset()
    stative_participles: frozenset[str] = frozenset()
    occasion_prepositions: frozenset[str] = frozenset()
    levy_prepositions: frozenset[str] = frozenset()
    guest_passives: frozenset[str] = frozenset()
    host_prepositions: frozenset[str] = frozenset()
    owner_participles: frozenset[str] = frozenset()
    plural_continuing_objects: frozenset[str] = frozenset()
    plural_possessives: frozenset[str] = frozenset()
    realised_modals: frozenset[str] = frozenset()
    patronage_participles: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()
    reactor_prepositions: frozenset[str] = frozenset()
    setting_off_verbs: frozenset[str] = frozenset()
    giver_prepositions: tuple[str, ...] = ()
    undergoing_prepositions: frozenset[str] = frozenset()
    object_control_verbs: frozenset[str] = frozenset()
    undergoing_verbs: frozenset[str] = frozenset()
    content_subordinators: frozenset[str] = frozenset()
    told_clause_subordinators: frozenset[str] = frozenset()
    occurrence_verbs: frozenset[str] = frozenset()
    unrealised_verbs: frozenset[str] = frozenset()
    backshifted_future: frozenset[str] = frozenset()
    repetition_words: frozenset[str] = frozenset()
    referring_determiners: frozenset[str] = frozenset()
    doer_prepositions: frozenset[str] = frozenset()
    quantity_prepositions: frozenset[str] = frozenset()
    patient_noun_types: frozenset[str] = frozenset()
    patient_prepositions: tuple[str, ...] = ()
    home_types: frozenset[str] = frozenset()
    home_sectors: frozenset[str] = frozenset()
    foreign_reach_types: frozenset[str] = frozenset()
    own_force_types: frozenset[str] = frozenset()
    transnational_sectors: frozenset[str] = frozenset()
    public_money_types: frozenset[str] = frozenset()
    public_money_sectors: frozenset[str] = frozenset()
    public_money_prepositions: frozenset[str] = frozenset()
    addressed_types: frozenset[str] = frozenset()
    domestic_demander_sectors: frozenset[str] = frozenset()
    act_nouns: frozenset[str] = frozenset()
    content_object_types: frozenset[str] = frozenset()
    counterpart_types: frozenset[str] = frozenset()
    reply_types: frozenset[str] = frozenset()
    home_party_types: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()
    envoy_nouns: frozenset[str] = frozenset()
    non_national_prefixes: frozenset[str] = frozenset()
    affiliation_words: frozenset[str] = frozenset()
    relation_nouns: frozenset[str] = frozenset()
    possessive_clitics: frozenset[str] = frozenset()
    necessity_verbs: frozenset[str] = frozenset()
    schedule_modals: frozenset[str] = frozenset()
    scene_clause_markers: frozenset[str] = frozenset()
    departure_prepositions: frozenset[str] = frozenset()
    foreign_patient_modes: frozenset[str] = frozenset()
    foreign_patient_sectors: frozenset[str] = frozenset()
    foreign_envoy_lemmas: frozenset[str] = frozenset()
    cross_border_nouns: frozenset[str] = frozenset()
    destination_modifier_modes: frozenset[str] = frozenset()
    own_office_modes: frozenset[str] = frozenset()
    party_nouns: frozenset[str] = frozenset()
    party_quantifiers: frozenset[str] = frozenset()
    pair_quantifiers: frozenset[str] = frozenset()
    speech_act_types: frozenset[str] = frozenset()
    unattributed_types: frozenset[str] = frozenset()
    unattributed_actor_name: str = "unidentified attackers"
    requested_states: frozenset[str] = frozenset()
    custody_nouns: frozenset[str] = frozenset()
    referring_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    clausal_types: frozenset[str] = frozenset()
    answer_types: frozenset[str] = frozenset()
    indefinite_subjects: frozenset[str] = frozenset()
    first_person_subjects: frozenset[str] = frozenset()
    first_person_objects: frozenset[str] = frozenset()
    continuing_subjects: frozenset[str] = frozenset()
    continuing_objects: frozenset[str] = frozenset()
    addressee_prepositions: frozenset[str] = frozenset()
    passive_speech_types: frozenset[str] = frozenset()
    seat_voice_types: frozenset[str] = frozenset()
    release_acts: frozenset[str] = frozenset()
    capture_acts: frozenset[str] = frozenset()
    captive_nouns: frozenset[str] = frozenset()
    predicative_markers: frozenset[str] = frozenset()
    privative_prepositions: frozenset[str] = frozenset()
    elliptic_adverbs: frozenset[str] = frozenset()
    promise_verbs: frozenset[str] = frozenset()
    announcing_verbs: frozenset[str] = frozenset()
    offer_verbs: frozenset[str] = frozenset()
    threat_promise_types: frozenset[str] = frozenset()
    joint_types: frozenset[str] = frozenset()
    exercise_words: frozenset[str] = frozenset()
    gerund_control_prepositions: frozenset[str] = frozenset()
    attempt_verbs: frozenset[str] = frozenset()
    warning_verbs: frozenset[str] = frozenset()
    act_pronouns: frozenset[str] = frozenset()
    judged_pronoun_types: frozenset[str] = frozenset()
    judgement_copulas: frozenset[str] = frozenset()
    expletive_subjects: frozenset[str] = frozenset()
    speaker_judgements: frozenset[str] = frozenset()
    denial_judgements: frozenset[str] = frozenset()
    joint_markers: frozenset[str] = frozenset()
    diplomatic_protest_verbs: frozenset[str] = frozenset()
    destined_copulas: frozenset[str] = frozenset()
    body_retells_by_same_verb: bool = False
    hesitation_verbs: frozenset[str] = frozenset()
    answer_verbs: frozenset[str] = frozenset()
    success_verbs: frozenset[str] = frozenset()
    belief_verbs: frozenset[str] = frozenset()
    presence_verbs: frozenset[str] = frozenset()
    presence_time_prepositions: frozenset[str] = frozenset()
    claiming_verbs: frozenset[str] = frozenset()
    indirect_content_types: frozenset[str] = frozenset()
    adverbial_prepositions: frozenset[str] = frozenset()
    correlate_pronouns: frozenset[str] = frozenset()

    def implicit_sector(self, event_type: str, mode: str | None) -> str | None:
        return self.implicit_sources.get(f"{event_type}/{mode}") or self.implicit_sources.get(
            event_type
        )


# Cue fields that are not plain word lists: names and flags kept as written, preposition lists
# whose order matters (nearer ones are tried first), and sets of event types or sectors.
_CUE_NAMES = ("implicit_actor_name", "unattributed_actor_name", "body_retells_by_same_verb")
_CUE_ORDERED_WORDS = (
    "recipient_prepositions",
    "place_prepositions",
    "patient_prepositions",
    "giver_prepositions",
)
_CUE_LABEL_SETS = (
    "clausal_types",
    "indirect_content_types",
    "answer_types",
    "judged_pronoun_types",
    "passive_speech_types",
    "seat_voice_types",
    "release_acts",
    "capture_acts",
    "joint_types",
    "unattributed_types",
    "speech_act_types",
    "home_types",
    "home_sectors",
    "foreign_reach_types",
    "own_force_types",
    "transnational_sectors",
    "public_money_types",
    "public_money_sectors",
    "public_money_prepositions",
    "addressed_types",
    "domestic_demander_sectors",
    "content_object_types",
    "counterpart_types",
    "reply_types",
    "home_party_types",
    "foreign_patient_modes",
    "foreign_patient_sectors",
    "destination_modifier_modes",
    "own_office_modes",
    "patient_noun_types",
    "threat_promise_types",
)


@cache
def load_cues(language: str) -> Cues:
    name = f"cues_{language}.yaml"
    spec = _validate(CuesFile, _read_yaml(name), name)
    if spec.lang != language:
        raise DataFileError(f"events/{name}: lang is {spec.lang!r}, expected {language!r}")
    special = {"kind", "lang", "schema_version", "implicit_sources", "referring_nouns"}
    special |= set(_CUE_NAMES) | set(_CUE_ORDERED_WORDS) | set(_CUE_LABEL_SETS)
    # every other field is a list of words, matched case-insensitively
    fields: dict[str, Any] = {
        key: frozenset(w.lower() for w in words)
        for key, words in spec.model_dump(exclude=special).items()
    }
    fields |= {key: getattr(spec, key) for key in _CUE_NAMES}
    fields |= {key: tuple(w.lower() for w in getattr(spec, key)) for key in _CUE_ORDERED_WORDS}
    fields |= {key: frozenset(getattr(spec, key)) for key in _CUE_LABEL_SETS}
    fields["implicit_sources"] = dict(spec.implicit_sources)
    fields["referring_nouns"] = {
        noun.lower(): frozenset(types) for noun, types in spec.referring_nouns.items()
    }
    fields["elliptic_openers"] = tuple(tuple(m.lower().split()) for m in spec.elliptic_openers)
    fields["attribution_markers"] = tuple(
        tuple(m.lower().split()) for m in spec.attribution_markers
    )
    return Cues(**fields)
