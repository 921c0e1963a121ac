"""`reports_happening`: does a trigger report a happening at all?

One function runs every check of the mechanism modules in a fixed order and says no as soon
as one applies; the coder calls it for every frame. The order is kept as it was grown (the
checks are independent, so it only matters for speed), and the few checks that are one
line of data (imagining verbs, words inside a name) stay inline here.
"""

from __future__ import annotations

from spacy.tokens import Span

from chronist.events.frames import Frame
from chronist.events.relevance.absent import _unscheduled, _without
from chronist.events.relevance.actors import _appeal_to_anyone, _own_people, _to_the_public
from chronist.events.relevance.data import Relevance
from chronist.events.relevance.generic import (
    _any_act,
    _base_form,
    _free_relative,
    _frequent_present,
    _generic_ability,
    _generic_infinitive,
    _habitual,
    _habitual_relative,
    _law_content,
    _modal_infinitive,
    _modal_relative,
    _obliged,
    _pending_law,
    _prohibited,
    _public_opinion,
    _rule,
    _standing_relation,
)
from chronist.events.relevance.hypothetical import (
    _asked_content,
    _awaited,
    _conditional_consequence,
    _contingency,
    _feared,
    _hedge,
    _judged_likely,
    _named_in_condition,
    _open_condition,
    _possible_act,
    _speculation,
    _supposed_act,
    _unreal_complement,
    _unreal_source,
)
from chronist.events.relevance.questions import (
    _asked_question,
    _clause_question,
    _embedded_question,
    _explainer,
    _interviewed,
    _question,
)
from chronist.events.relevance.senses import (
    _at_risk,
    _bloc_side,
    _carried,
    _content_after_colon,
    _danger,
    _defiance,
    _dismissal,
    _endangered,
    _exhortation,
    _exposed,
    _false_compound,
    _figurative,
    _greeting,
    _held_backing,
    _held_commitment,
    _held_disposition,
    _knowing,
    _motion_sense,
    _no_destination,
    _own_stance,
    _particle_before,
    _press_talk,
    _private_trip,
    _reflexive_patient,
    _reflexive_sense,
    _remit,
    _shown,
    _state,
    _topic,
    _topic_talk,
    _virtue_praise,
    _warned_state,
    _wished_state,
    _work_topic,
)
from chronist.events.relevance.syntax import first_conjunct
from chronist.events.relevance.things import _natural_doer
from chronist.events.triggers import lemma_of

# Named-entity labels (normalised by the NLP stage) whose words are names, never triggers.
NAME_LABELS = frozenset({"PER", "LOC", "ORG"})


def reports_happening(sent: Span, frame: Frame, cues: Relevance, heading: bool = False) -> bool:
    """`heading`: the sentence is a title or heading of the text."""
    trigger = sent.doc[frame.trigger]
    return not (
        _question(sent, cues)
        or (heading and _explainer(sent, cues))
        or (_base_form(trigger) and _generic_infinitive(first_conjunct(trigger), sent, cues))
        or _habitual_relative(trigger, frame, cues)
        or _open_condition(trigger, cues)
        or _conditional_consequence(trigger, frame, cues)
        or any(lemma_of(sent.doc[g]) in cues.imagining_verbs for g in frame.governors)
        or any(lemma_of(a) in cues.imagining_verbs for a in trigger.ancestors)
        or (frame.entry.type in cues.topic_types and _topic(trigger, cues))
        or (frame.entry.pos == "noun" and _work_topic(trigger, cues))
        or trigger.ent_type_ in NAME_LABELS
        or _at_risk(trigger, cues)
        or _state(trigger, frame, cues)
        or _unreal_source(trigger, frame, cues)
        or _hedge(trigger, cues)
        or _habitual(trigger, cues)
        or _frequent_present(trigger, frame, cues)
        or _law_content(trigger, cues, heading)
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
        or _contingency(trigger, cues)
        or (frame.entry.type in cues.advice_types and _to_the_public(sent.doc, frame, cues))
        or (frame.entry.type in cues.consult_types and _own_people(sent.doc, frame, cues))
        or (frame.entry.type in cues.natural_force_types and _natural_doer(sent.doc, frame, cues))
        or _asked_question(trigger, cues)
        or _obliged(trigger, frame, cues)
        or _prohibited(trigger, cues)
        or _knowing(trigger, frame, cues)
        or _warned_state(trigger, frame, cues)
        or _unreal_complement(trigger, frame, cues)
        or _asked_content(trigger, cues)
        or _carried(trigger, frame, cues)
        or _danger(trigger, frame, cues)
        or _endangered(trigger, cues)
        or _dismissal(trigger, frame, cues)
        or _greeting(trigger, frame, cues)
        or _topic_talk(trigger, frame, cues)
        or _public_opinion(trigger, frame, cues)
        or _press_talk(trigger, frame, cues)
        or _no_destination(trigger, frame, cues)
        or _possible_act(trigger, frame, cues)
        or _judged_likely(trigger, frame, cues)
        or _own_stance(sent.doc, frame, cues)
        or _held_backing(trigger, frame, cues)
        or _defiance(trigger, cues)
        or _reflexive_sense(trigger, cues)
        or _exposed(trigger, cues)
        or _generic_ability(trigger, frame, cues)
        or _standing_relation(trigger, frame, cues, heading)
        or _motion_sense(trigger, cues)
        or _wished_state(trigger, cues)
        or _without(trigger, cues)
        or _unscheduled(trigger, frame, cues)
        or _virtue_praise(trigger, frame, cues)
        or _bloc_side(trigger, frame, cues)
        or _held_commitment(trigger, frame, cues)
        or _held_disposition(trigger, frame, cues)
        or _exhortation(trigger, frame, cues)
        or _private_trip(trigger, frame, cues)
        or _pending_law(trigger, cues)
        or _appeal_to_anyone(sent.doc, frame, cues)
    )
