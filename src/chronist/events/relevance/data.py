"""The relevance word lists: the YAML file model (`RelevanceFile`, validated on load) and the
lower-cased sets the mechanisms read (`Relevance`), one per language
(`data/events/relevance_<lang>.yaml`). Kept apart from the mechanisms so that every one
of them depends on the data alone, never on each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from chronist.datafiles import data_file, load_data_file


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
    kind_stance_types: list[str] = []
    """Types of stances whose simple present in a relative clause on a bare plural subject
    names a kind of holder ("groups that support the movements"), no one who took it."""
    topic_prepositions: list[str]
    defiance_verbs: list[str] = []
    """Verbs of pressure whose negated passive states resolve ("will not be intimidated")."""
    kind_prepositions: list[str] = []
    """Prepositions of purpose, content or equipment: a bare event noun after one of them
    on a noun or adjective names a kind of act ("ein Buch über Krieg"), no happening."""
    speaking_verbs: list[str] = []
    """Verbs of talking or writing: a bare singular event noun in their topic phrase names
    a topic ("berichtete über Krieg")."""
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
    sport_sides: list[str] = []
    """Sectors of people who in a sports report are a team or its fans, no state organ
    ("die Brasilianer stellen den schwächsten Angriff": nationals, CVL)."""
    risk_verbs: list[str] = []
    """Threat verbs that with a harm as their subject say someone is at risk ("in Syrien
    drohen Rückkehrern Folter"): no threat made."""
    harms: list[str] = []
    """Harms (not acts of anyone named) that can be the subject of a `risk_verbs` verb."""
    state_verbs: list[str] = []
    """Verbs of a lasting state of which an event noun is part ("leben von Hilfe", "relies
    on aid", "verbindet eine enge Partnerschaft"): a condition, no happening."""
    frequency_types: list[str] = []
    """The types `frequency_adverbs` make a habit of (empty: all): acts, not stances."""
    work_nouns: list[str] = []
    """Works and remembrances (a book, film, play, exhibition, study, an anniversary; a
    compound counts by its end: "Dokumentarfilm"): an event noun they are about is their
    subject, no happening reported ("ein Film über die Proteste")."""
    work_prepositions: list[str] = []
    """Prepositions of a work's subject ("über", "von", "an"); a genitive counts as well."""
    standing_nouns: list[str] = []
    """War nouns that with no party of their own name a war going on, a state ("der Krieg
    im Sudan"), no new act."""
    waging_verbs: list[str] = []
    """Verbs whose war noun is begun, waged, declared or ended ("führt Krieg", "erklärte den
    Krieg", "der Krieg ist vorbei"): an act."""
    unreal_sources: list[str] = []
    """Nouns of prophecy, legend and fortune-telling: what one of them "says" ("eine
    Prophezeiung behauptet, dass er abdanken wird") is no report of a happening."""
    onset_prepositions: list[str] = []
    """Prepositions of a starting point ("die Zölle, die die USA seit August erheben"): an
    act in a simple-present relative clause with such a phrase was begun then and still
    goes on, a happening, not a description of its noun."""
    habitual_adverbs: list[str] = []
    """Adverbs that make an act a lasting relation or habit ("Russia has long supplied
    arms to India", "liefert traditionell Gas"): background, no happening."""
    frequency_adverbs: list[str] = []
    """Adverbs of frequency ("often", "regularly", "every year"): with a verb in the present
    indicative they tell a habit, no happening; with a past or perfect they report repeated
    acts and stay."""
    law_nouns: list[str] = []
    """Laws, treaties and rules: as the subject of a verb in the present indicative outside a
    headline they tell what the text says ("the decree gives the army the power to arrest",
    "the ordinance forbids demonstrations"), no happening; a past act stays ("the
    legislation forced the agency to suspend operations")."""
    habit_verbs: list[str] = []
    """Verbs of a tendency ("tend"): an act in their infinitive, the verb in the present,
    tells a habit ("militants tend to attack convoys"), no happening."""
    thing_nouns: list[str] = []
    """Nouns of things, quantities and findings (not laws, whose acts are the state's): as
    the subject of an event verb of an `actor_doer_types` type they make it no act
    ("imports threaten to impair")."""
    verbal_attack_verbs: list[str] = []
    """Attack verbs that between two persons and without a weapon are words."""
    physical_words: list[str] = []
    """Weapons and wounds: with one in the sentence an attack is physical."""
    verbal_attack_objects: list[str] = []
    """Statements, policies and a person's standing: attacked, they are attacked with
    words ("Angriffe auf seinen Charakter", "attacked the minister's remarks")."""
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
    relation_types: list[str] = []
    """Types of cooperation whose simple present outside a headline is a standing relation
    ("works closely with the Treasury"), no happening."""
    prohibition_modals: list[str] = []
    """English modals of permission or duty: negated on an event verb, what is forbidden
    ("may not deny", "shall not expel"), no happening."""
    contingency_nouns: list[str] = []
    """Nouns whose "of" phrase is what one prepares for ("in case of war", "in the event of
    an attack"), no happening."""
    facing_nouns: list[str] = []
    """Nouns whose "of" phrase, indefinite, is what one prepares for ("in the face of a
    war")."""
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
    advice_nouns: list[str] = []
    """Nouns of advice to anyone ("issued travel alerts", "published guidance"): as the
    object of an `advice_types` verb of `issuing_verbs` they make it advice, not an act
    between actors ("sought guidance from the court" asks)."""
    issuing_verbs: list[str] = []
    self_directed_types: list[str] = []
    """Types whose act done to oneself (a reflexive object: "don't restrict yourself",
    "tötete sich") is no act between actors."""
    fear_holders: list[str] = []
    """Verbs that hold a noun or adjective of fear ("Angst haben", "were afraid", "voiced
    fears"); "bestätigte die schlimmsten Befürchtungen" confirms what was feared."""
    measure_nouns: list[str] = []
    """Measures a state imposes (sanctions, tariffs): as the active subject of an act of
    `measure_blind_types` they have an effect ("die Sanktionen trafen die Ölexporte": hit, no
    meeting); imposing them is the act. German compounds count ("Strafzölle")."""
    measure_blind_types: list[str] = []
    """Types of acts a measure cannot do (meetings)."""
    natural_forces: list[str] = []
    """Floods, storms, earthquakes, heat, disease, and accidents (crashes, derailments): as
    the doer of a killing or destroying verb ("floods that killed 185 people", "durch das
    Hochwasser getötet", "killed in a train crash") a disaster, no attack. German compounds
    match by their end ("Jahrhunderthochwasser", "Zugunglück")."""
    accident_verbs: list[str] = []
    """Verbs of an accident ("the bridge collapsed, killing 20"): a participle clause of
    killing with no subject of its own after them tells the accident's toll."""
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
    thing_object_acts: list[str] = []
    """Acts (`TYPE/lemma`) whose direct object must be an actor's act or an actor: with only
    premises as the object (`thing_patients`) they hand over property ("the county offered
    three empty buildings to the college"), no offer between actors."""
    motion_verbs: list[str] = []
    """Verbs that with an adverb of `motion_adverbs` mean to rush on ("Brazil is charging
    ahead on its forest goals"), no act."""
    motion_adverbs: list[str] = []
    wish_verbs: list[str] = []
    """Verbs of wishing: with an infinitive of `wish_states` ("I want him to succeed") they
    wish someone well, no request of anyone."""
    wish_states: list[str] = []
    privative_prepositions: list[str] = []
    """Prepositions of absence: an act in their gerund or object ("without consulting the
    unions", "without a vote") is one not done, no happening."""
    opposing_prepositions: list[str] = []
    """Prepositions of opposition: a gerund after one ("advised against travelling", "voted
    against sending troops") is an act opposed, not done."""
    schedule_nouns: list[str] = []
    """Nouns of a schedule or its details: an event noun completing one that is denied ("gave
    no timetable for the withdrawal", "has not set a date for the talks") is what nobody
    scheduled, no happening reported."""
    virtue_nouns: list[str] = []
    """Qualities of people ("spirit", "courage"): praising only these honours conduct, no
    support of an actor."""
    praise_verbs: list[str] = []
    """Verbs of praise or tribute whose patient may be a quality (`virtue_nouns`)."""
    tribute_nouns: list[str] = []
    """The object of a light verb of tribute ("paid tribute to"): the praised is elsewhere."""
    bloc_nouns: list[str] = []
    """Voting blocs of a court or chamber ("the majority"): siding with one joins an opinion,
    no support of an actor."""
    appeal_types: list[str] = []
    """Event types of a request that may be an appeal to whoever can help (`appeal_nouns`)."""
    appeal_nouns: list[str] = []
    """Whoever can help ("anyone", "witnesses"): a request to them is an appeal for
    information, no demand on an actor."""
    consular_types: list[str] = []
    """Event types of a request or warning that may be advice to nationals about their
    safety (`people_sectors`, `precaution_verbs`)."""
    precaution_verbs: list[str] = []
    """What one does for one's own safety abroad ("leave", "avoid", "shelter")."""
    people_sectors: list[str] = []
    """Sectors of ordinary people ("Britons", "two teenagers"): the patients of consular
    advice, private persons in a crime report ("twenty journalists" are more)."""
    pending_law_nouns: list[str] = []
    """Bills and measures: an act in a relative clause on one under a modal of
    `pending_law_modals` ("a bill that would ban …") is its content, no happening."""
    pending_law_modals: list[str] = []
    """Modals of the future or of supposition ("would", "will") in such a clause."""
    contest_prepositions: list[str] = []
    """Prepositions of a contest's object ("over"): see `contest_topics`."""
    contest_topics: list[str] = []
    """Measures of politics: a noun of violence over one ("a battle over the bill") is a
    political contest, no fighting."""
    commitment_nouns: list[str] = []
    """Nouns of a pledge that name a stance held ("its commitment to NATO will remain")
    unless made or stated by the verb they are the object of (`commitment_making_verbs`)."""
    commitment_making_verbs: list[str] = []
    """Verbs that make or state a commitment ("made", "reaffirmed"): its object is a pledge."""
    disposition_participles: list[str] = []
    """Participles of a pledge (word forms) that after "be" or "remain" name a disposition the
    subject holds ("is committed to a two-state solution"), no pledge made."""
    declaring_verbs: list[str] = []
    """Verbs of declaring: a disposition in their content clause ("said Vietnam is committed
    to") is a pledge made."""
    exhortation_nouns: list[str] = []
    """Conduct asked of everyone ("urging unity", "urged adherence to the law"): a request
    whose every object is one of these and that names nobody asked is an exhortation."""
    private_purposes: list[str] = []
    """Private ends of a trip ("for cancer treatment", "for a holiday"): a visit for one is no
    political visit."""
    purpose_prepositions: list[str] = []
    """Prepositions of a trip's purpose ("for")."""
    matter_patient_acts: list[str] = []
    """Acts (`TYPE/mode` or `TYPE/lemma`) whose patient must be an actor: with a common noun
    that names no actor as every patient they recognise a fact or inquire into a matter
    ("recognised the urgency of the problem", "an investigation into the scandal"), no act
    between actors."""
    commerce_acts: list[str] = []
    """Types of asking whose object of one of `commerce_nouns` with no addressee is
    shopping or bargaining ("tourists seek lower hotel prices", "staff want higher pay"),
    no demand on an actor; with one ("demanded higher prices from the government") it stays."""
    commerce_nouns: list[str] = []
    clause_sense_verbs: list[str] = []
    """Verbs that with a content clause and no object mean knowing, not an act between
    actors ("seemed to recognise the court was likely to rule against him")."""
    private_joint_types: list[str] = []
    """Joint acts (cooperation, agreement, talks) that are no political event when every
    party named is of a private sector, whatever state the sentence names ("a collaboration
    between a college in New York and a university in Russia")."""
    finite_verb_tags: list[str] = []
    """Tags of finite verbs: one right after an object, with no subject of its own, makes
    the object the subject of a content clause without a conjunction."""
    state_warning_verbs: list[str] = []
    """Verbs of warning whose content clause with no future act warns of a danger, no
    threat ("warned that the region is sliding into famine")."""
    future_auxiliaries: list[str] = []
    """Auxiliaries (and "going") of a future or conditional act in a warning's content."""
    danger_nouns: list[str] = []
    """Threat nouns that also name a danger ("the Russian security threat", "die größte
    Bedrohung für Israel"): a threat made only with a doer's possessive, a content
    (`threat_content_prepositions`, an infinitive) or a verb of making it
    (`threat_making_verbs`)."""
    asking_nouns: list[str] = []
    """Nouns of asking or offering whose to-infinitive is what is asked or offered ("a request
    to extradite him"), no happening of its own."""
    endangering_verbs: list[str] = []
    """Verbs of threatening that also mean putting a state of affairs at risk."""
    endangered_nouns: list[str] = []
    """States of affairs an act can put at risk ("threatened regional stability", "threatens
    the ceasefire"): as every patient of an `endangering_verbs` verb, no threat made."""
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
    greeting_verbs: list[str] = []
    """Verbs of welcoming that with a person as the one welcomed (a name, or one of
    `guest_nouns`) greet a visitor ("begrüßte seinen Gast"), no support; an act welcomed
    ("welcomed the decision") is approved."""
    guest_nouns: list[str] = []
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
    internal_consult_types: list[str] = []
    """Types of meeting that, among organs of one state only (`state_organ_sectors`: the
    cabinet, ministers, legislators, courts and police of one country, not its army; a place
    of that country), are the routine of its government ("the cabinet met to discuss the
    budget", "the governor met local mayors"), no consultation between political actors."""
    state_organ_sectors: list[str] = []
    """Sectors of a state's own organs (government, legislature, judiciary, police): the
    parties an internal meeting (`internal_consult_types`) is held among."""
    organ_nouns: list[str] = []
    """Nouns of state offices and bodies: a party named by a noun alone (no entity) counts
    as an organ only by one of them ("mayors", "police chiefs"); "leaders" may lead a union."""
    crime_types: list[str] = []
    """Types of the state's answer to a crime (charging, sentencing, arresting): with an
    ordinary offence (`ordinary_offences`, after `offence_prepositions`: "charged the man
    with burglary") and a private person as target, crime reporting, no political event."""
    ordinary_offences: list[str] = []
    offence_prepositions: list[str] = []
    private_sectors: list[str] = []
    crime_report_types: list[str] = []
    """Types of what befalls people in a crime report (an arrest, a sentence, custody),
    and `crime_report_words` of other types (a charge, a trial): with no party but private
    persons and law enforcement (`law_sectors`, not counted for the state's answer,
    `crime_types`) in the act or named around it, crime reporting, no political event ("The
    couple was arrested and sent to jail")."""
    crime_report_words: list[str] = []
    law_sectors: list[str] = []
    protest_words: list[str] = []
    """Protests and riots: named around an arrest or a charge, they make it political."""
    opinion_types: list[str] = []
    """Types of a stance that, in the simple present and held by the public or a share of
    it (`public_nouns`, `share_nouns`), are an opinion ("20 Prozent der Bevölkerung
    unterstützen Putin nicht", "most people support the ban"), no act."""
    share_nouns: list[str] = []
    conversation_nouns: list[str] = []
    """Nouns of a conversation that, as the setting (`setting_prepositions`) of what one
    speaker says, with the press (`media_nouns`) or no one named, are an interview."""
    setting_prepositions: list[str] = []
    media_nouns: list[str] = []
    press_modes: list[str] = []
    """Modes of inquiry ("investigate": an investigation, a check) that, done by the press
    (`press_sectors`, or a doer named by one of `media_nouns`: "a Reuters investigation",
    "von einem Redakteur überprüft"), are journalism, no political event."""
    press_sectors: list[str] = []
    travel_verbs: list[str] = []
    """Verbs of travel that visit only with a destination phrase (`destination_prepositions`)."""
    destination_prepositions: list[str] = []
    possibility_adjectives: list[str] = []
    """Adjectives that make an event noun an act that may come ("possible sanctions")."""
    likelihood_adjectives: list[str] = []
    """Predicate adjectives of likelihood: an act judged by one is a speculation ("es ist
    denkbar, dass …", "ein Angriff ist unwahrscheinlich")."""
    comparison_particles: list[str] = []
    """Particles that make a likelihood adjective the standard of a comparison ("so bald wie
    möglich"), no judgement of an act."""
    stance_types: list[str] = []
    """Types of backing that, with one's own stance as the object (`stance_nouns` with a
    possessive), state a position, no support of an actor."""
    stance_nouns: list[str] = []
    held_types: list[str] = []
    """Types whose noun as the object of a verb of having (`holding_verbs`) is a standing
    ("hat wenig Unterstützung", "enjoys broad support"), no act."""
    holding_verbs: list[str] = []
    reflexive_senses: list[str] = []
    """Verbs that with a reflexive pronoun have another sense ("sich verlassen auf": rely)."""
    exposure_verbs: list[str] = []
    """Verbs whose participle with only `exposure_auxiliaries` and a noun object tells
    exposure ("Gewalt ausgesetzt"), no act."""
    exposure_auxiliaries: list[str] = []
    perfect_auxiliaries: list[str] = []
    """Auxiliaries of the perfect ("haben", "have"): a modal relative clause with one tells a
    past act ("der Waffen geliefert haben soll"), no rule."""
    purpose_participles: list[str] = []
    """Participles whose to-infinitive says what something is for ("designed to provide")."""
    ability_modals: list[str] = []
    """Present modals of ability or permission: with a bare noun as the subject a general
    statement ("women can be attacked"), no act."""
    condition_clause_deps: list[str] = ["advcl"]
    """Dependency labels a conditional clause hangs on its main clause by (the German parser
    also gives "ccomp" to a "wenn" clause)."""
    verb_first_tags: list[str] = []
    """Tags of a finite verb that, opening a statement, make its clause a condition ("Hat
    das Land mehr Einwohner, muss es …"); the act in it is kept as possible (factuality),
    the rule in the main clause after it is none (`_conditional_consequence`)."""
    consequence_types: list[str] = []
    """Types of acts that, in the present in the main clause of a condition, say what
    happens whenever it holds ("wenn Arbeiter Löhne fordern, reagiert der Staat mit
    Gewalt"); a threat or a demand made on a condition stays."""
    consequence_modals: list[str] = []
    """Present modals of a rule: with one, the main clause of a condition is a rule too
    ("…, muss es Verträge kündigen")."""


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
    sport_sides: frozenset[str] = frozenset()
    work_nouns: frozenset[str] = frozenset()
    frequency_types: frozenset[str] = frozenset()
    work_prepositions: frozenset[str] = frozenset()
    standing_nouns: frozenset[str] = frozenset()
    waging_verbs: frozenset[str] = frozenset()
    kind_stance_types: frozenset[str] = frozenset()
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
    measure_nouns: frozenset[str] = frozenset()
    measure_blind_types: frozenset[str] = frozenset()
    natural_forces: frozenset[str] = frozenset()
    accident_verbs: frozenset[str] = frozenset()
    natural_force_types: frozenset[str] = frozenset()
    natural_force_prepositions: frozenset[str] = frozenset()
    question_nouns: frozenset[str] = frozenset()
    interrogative_openers: frozenset[str] = frozenset()
    obligation_participles: frozenset[str] = frozenset()
    state_auxiliaries: frozenset[str] = frozenset()
    clause_sense_verbs: frozenset[str] = frozenset()
    finite_verb_tags: frozenset[str] = frozenset()
    private_joint_types: frozenset[str] = frozenset()
    state_warning_verbs: frozenset[str] = frozenset()
    future_auxiliaries: frozenset[str] = frozenset()
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
    relation_types: frozenset[str] = frozenset()
    prohibition_modals: frozenset[str] = frozenset()
    contingency_nouns: frozenset[str] = frozenset()
    facing_nouns: frozenset[str] = frozenset()
    public_nouns: frozenset[str] = frozenset()
    advice_types: frozenset[str] = frozenset()
    advice_nouns: frozenset[str] = frozenset()
    issuing_verbs: frozenset[str] = frozenset()
    habitual_adverbs: frozenset[str] = frozenset()
    onset_prepositions: frozenset[str] = frozenset()
    frequency_adverbs: frozenset[str] = frozenset()
    habit_verbs: frozenset[str] = frozenset()
    law_nouns: frozenset[str] = frozenset()
    speculation_verbs: frozenset[str] = frozenset()
    defiance_verbs: frozenset[str] = frozenset()
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
    kind_prepositions: frozenset[str] = frozenset()
    speaking_verbs: frozenset[str] = frozenset()
    remit_prepositions: frozenset[str] = frozenset()
    verbal_attack_verbs: frozenset[str] = frozenset()
    physical_words: frozenset[str] = frozenset()
    verbal_attack_objects: frozenset[str] = frozenset()
    false_compounds: frozenset[str] = frozenset()
    thing_nouns: frozenset[str] = frozenset()
    thing_patient_acts: frozenset[str] = frozenset()
    thing_patients: frozenset[str] = frozenset()
    thing_object_acts: frozenset[str] = frozenset()
    motion_verbs: frozenset[str] = frozenset()
    motion_adverbs: frozenset[str] = frozenset()
    wish_verbs: frozenset[str] = frozenset()
    wish_states: frozenset[str] = frozenset()
    privative_prepositions: frozenset[str] = frozenset()
    opposing_prepositions: frozenset[str] = frozenset()
    schedule_nouns: frozenset[str] = frozenset()
    virtue_nouns: frozenset[str] = frozenset()
    praise_verbs: frozenset[str] = frozenset()
    tribute_nouns: frozenset[str] = frozenset()
    bloc_nouns: frozenset[str] = frozenset()
    appeal_types: frozenset[str] = frozenset()
    appeal_nouns: frozenset[str] = frozenset()
    consular_types: frozenset[str] = frozenset()
    precaution_verbs: frozenset[str] = frozenset()
    people_sectors: frozenset[str] = frozenset()
    pending_law_nouns: frozenset[str] = frozenset()
    pending_law_modals: frozenset[str] = frozenset()
    contest_prepositions: frozenset[str] = frozenset()
    contest_topics: frozenset[str] = frozenset()
    commitment_nouns: frozenset[str] = frozenset()
    commitment_making_verbs: frozenset[str] = frozenset()
    disposition_participles: frozenset[str] = frozenset()
    declaring_verbs: frozenset[str] = frozenset()
    exhortation_nouns: frozenset[str] = frozenset()
    private_purposes: frozenset[str] = frozenset()
    purpose_prepositions: frozenset[str] = frozenset()
    matter_patient_acts: frozenset[str] = frozenset()
    commerce_acts: frozenset[str] = frozenset()
    commerce_nouns: frozenset[str] = frozenset()
    danger_nouns: frozenset[str] = frozenset()
    asking_nouns: frozenset[str] = frozenset()
    endangering_verbs: frozenset[str] = frozenset()
    endangered_nouns: frozenset[str] = frozenset()
    threat_content_prepositions: frozenset[str] = frozenset()
    threat_making_verbs: frozenset[str] = frozenset()
    dismissal_verbs: frozenset[str] = frozenset()
    projectile_nouns: frozenset[str] = frozenset()
    aim_prepositions: frozenset[str] = frozenset()
    greeting_verbs: frozenset[str] = frozenset()
    guest_nouns: frozenset[str] = frozenset()
    topic_verbs: frozenset[str] = frozenset()
    partner_prepositions: frozenset[str] = frozenset()
    party_funding_types: frozenset[str] = frozenset()
    party_sectors: frozenset[str] = frozenset()
    internal_consult_types: frozenset[str] = frozenset()
    state_organ_sectors: frozenset[str] = frozenset()
    organ_nouns: frozenset[str] = frozenset()
    crime_types: frozenset[str] = frozenset()
    ordinary_offences: frozenset[str] = frozenset()
    offence_prepositions: frozenset[str] = frozenset()
    private_sectors: frozenset[str] = frozenset()
    crime_report_types: frozenset[str] = frozenset()
    crime_report_words: frozenset[str] = frozenset()
    law_sectors: frozenset[str] = frozenset()
    protest_words: frozenset[str] = frozenset()
    opinion_types: frozenset[str] = frozenset()
    share_nouns: frozenset[str] = frozenset()
    conversation_nouns: frozenset[str] = frozenset()
    setting_prepositions: frozenset[str] = frozenset()
    media_nouns: frozenset[str] = frozenset()
    press_modes: frozenset[str] = frozenset()
    press_sectors: frozenset[str] = frozenset()
    travel_verbs: frozenset[str] = frozenset()
    destination_prepositions: frozenset[str] = frozenset()
    possibility_adjectives: frozenset[str] = frozenset()
    likelihood_adjectives: frozenset[str] = frozenset()
    comparison_particles: frozenset[str] = frozenset()
    stance_types: frozenset[str] = frozenset()
    stance_nouns: frozenset[str] = frozenset()
    held_types: frozenset[str] = frozenset()
    holding_verbs: frozenset[str] = frozenset()
    reflexive_senses: frozenset[str] = frozenset()
    exposure_verbs: frozenset[str] = frozenset()
    exposure_auxiliaries: frozenset[str] = frozenset()
    perfect_auxiliaries: frozenset[str] = frozenset()
    purpose_participles: frozenset[str] = frozenset()
    ability_modals: frozenset[str] = frozenset()
    condition_clause_deps: frozenset[str] = frozenset({"advcl"})
    verb_first_tags: frozenset[str] = frozenset()
    consequence_types: frozenset[str] = frozenset()
    consequence_modals: frozenset[str] = frozenset()


# Lists of PLOVER types and sectors keep their case; word lists are matched lower-cased.
CASED_FIELDS = frozenset({
    "measure_blind_types",
    "frequency_types",
    "sport_types",
    "sport_sides",
    "habitual_types",
    "kind_stance_types",
    "topic_types",
    "actor_doer_types",
    "consult_types",
    "self_directed_types",
    "advice_types",
    "natural_force_types",
    "partner_types",
    "thing_patient_acts",
    "thing_object_acts",
    "matter_patient_acts",
    "commerce_acts",
    "party_funding_types",
    "party_sectors",
    "internal_consult_types",
    "state_organ_sectors",
    "crime_types",
    "private_sectors",
    "crime_report_types",
    "relation_types",
    "law_sectors",
    "press_sectors",
    "opinion_types",
    "stance_types",
    "held_types",
    "verb_first_tags",
    "consequence_types",
    "appeal_types",
    "consular_types",
    "people_sectors",
    "finite_verb_tags",
    "private_joint_types",
})


@cache
def load_relevance(language: str) -> Relevance:
    spec = load_data_file(data_file("events", f"relevance_{language}.yaml"), RelevanceFile)
    values = spec.model_dump(exclude={"kind", "lang", "schema_version", "sport_evidence"})
    fields = {
        k: frozenset(w if k in CASED_FIELDS else w.lower() for w in v) for k, v in values.items()
    }
    return Relevance(**fields, sport_evidence=spec.sport_evidence)
