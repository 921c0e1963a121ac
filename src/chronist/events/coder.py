"""The PLOVER event coder: triggers -> roles -> actors -> factuality, date, place -> merge.

`EventCoder.code` runs the steps in order: each sentence's frames (`sentence_frames`), one
event per frame (`EventCoder._event`, itself a short list of named steps), repeats of one
happening merged (`merge`), the plausible events kept (`plausibility`), and last the
parties the text leaves implicit (`fills`). Each mechanism lives in a module of its own:

- `triggers`, `frames`, `roles_dep`, `roles_de`, `sentence_frames`: trigger words, their
  slots, and which frames are one event;
- `choosers`: which slot's actor a clause names as the source and the target;
- `actors`, `parties`: actor mentions as actors; their countries and sides;
- `factuality`: asserted, planned, possible or negated, and who reports an act;
- `promises`: what a promise promises (a hostile act promised is a threat);
- `relevance`: acts that are no political news;
- `merge`, `plausibility`: one happening told again, the learned confidence;
- `fills`: parties the text leaves implicit, filled after merging and plausibility.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Span, Token

from chronist.document import ActorRef, Document, Event, Paragraph
from chronist.document import Span as TextSpan
from chronist.events.actors import (
    ActorIndex,
    CountryWords,
    combine,
    from_mention,
    identified,
    kb_capitals,
    kb_country_words,
    same_actor,
    same_state,
    state_of,
)
from chronist.events.choosers import (
    BETWEEN_SLOTS,
    RoleChoosers,
    own_possession,
    setting_off_verb,
    undergoing_verb,
)
from chronist.events.data import (
    Cues,
    Entry,
    Lexicon,
    Ontology,
    load_cues,
    load_lexicon,
    load_ontology,
)
from chronist.events.factuality import (
    Speaker,
    factuality,
    konjunktiv_i,
    obligation,
    plain_past_negation,
    planned_by_governor,
    protasis,
    reported_by,
    speaks_itself,
)
from chronist.events.fills import ImpliedParties, foreign_envoy
from chronist.events.frames import HEADING_KINDS, Frame, Phrase
from chronist.events.merge import merge_events, opening_end
from chronist.events.parties import (
    ORGAN_SECTORS,
    among_members,
    countries_of,
    countryless,
    latest_parties,
    named_pair,
    same_country,
    share_party,
    state_of_source,
    undescribed,
)
from chronist.events.plausibility import score as plausibility
from chronist.events.promises import promised_reading
from chronist.events.public_money import public_money
from chronist.events.relevance import (
    anaphoric,
    consular_advice,
    crime_report,
    crime_report_act,
    internal_meeting,
    kind_of_act,
    load_relevance,
    ordinary_crime,
    party_funding,
    press_inquiry,
    public_service,
    reports_happening,
    sports_contest,
    thing_doer,
    verbal_attack,
)
from chronist.events.roles_dep import noun_agent, prep_objects
from chronist.events.roles_dep import phrase as dep_phrase
from chronist.events.sentence_frames import CROWD_TYPES, FrameFinder
from chronist.events.triggers import lemma_of, word_in

__all__ = ["EventCoder"]

# Clauses a verb takes as its complement (an "es"/"it" before one anticipates it).
COMPLEMENT_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "oc"})
# Agentless acts that a one-country story's authorities do to its people (arrests,
# sentences, releases), not aid or sanctions, whose giver is another state.
STORY_AUTHORITY_TYPES = frozenset({"COERCE", "RETREAT"})
# A story is about one country when at least this share of its actor mentions with a
# country name it.
STORY_SHARE = 0.9
# Possessive pronouns ("its", "ihre"): Penn and STTS tags.
POSSESSIVE_TAGS = frozenset({"PRP$", "PPOSAT"})
# Acts an amount can be of ("50 million euros in aid"; not "91 counts in four indictments").
AMOUNT_TYPES = frozenset({"AID"})
# Types whose recipient is, absent a named one, the country where they happen
# ("Kampfflugzeuge bombardierten Ziele im Libanon" -> LBN).
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE"})
# Types whose destination is their recipient: arms sent "to Ukraine" go to its state.
DESTINATION_TYPES = frozenset({"AID"})
# Quads of cooperation, verbal and material: a joint act of these has no party as target.
JOINT_QUADS = frozenset({1, 2})
# Acts that take back an earlier one ("the sanctions were lifted"): without an agent, by
# whoever did the act their patient names.
UNDOING_TYPES = frozenset({"CONCEDE"})


# The PLOVER size object's own keys; other counts (protesters, soldiers) are kept as
# counted, and may stand for one of these by the event's kind (`size_of_people`).
PLOVER_SIZE_KEYS = frozenset({"dead", "injured", "arrested"})
CASUALTY_KEYS = frozenset({"dead", "injured"})


@dataclass(slots=True)
class _Roles:
    """Who does an act to whom, and where, as the steps of `EventCoder._event` decide it in
    turn."""

    source: ActorRef | None
    target: ActorRef | None
    # Whoever receives a giving ("Sudan received aid"): the target, never the source.
    recipient: list[Phrase]
    # Where the act happens, as its clause says (a place phrase, else a place named).
    location: dict[str, Any] | None
    # The doer is inferred (a place's or story's authorities, unnamed armed men).
    implicit: bool = False
    # The roles are those of the capture an agentless release ends.
    captured: bool = False
    # A threat's own state was cleared as its target, with nobody else named.
    own_state_cleared: bool = False
    # A warning of what others do: an accusation against them.
    warned: bool = False


@dataclass(slots=True)
class _Telling:
    """How the text tells an act: who reports it, its factuality and date, and the
    PLOVER type and mode it is coded as (with what it was recoded from)."""

    speaker: Speaker | None
    fact: str
    date: str | None
    basis: str | None
    type: str
    mode: str | None
    recoded: dict[str, Any] | None = None
    reading: dict[str, Any] | None = None

    @property
    def reporter(self) -> dict[str, Any] | None:
        return self.speaker[0] if self.speaker else None

    @property
    def speaker_actor(self) -> ActorRef | None:
        return self.speaker[1] if self.speaker else None


class EventCoder:
    def __init__(self, language: str) -> None:
        self.language = language
        self.ontology: Ontology = load_ontology()
        self.lexicon: Lexicon = load_lexicon(language)
        self.cues: Cues = load_cues(language)
        self.relevance = load_relevance(language)
        self._country_words: CountryWords | None = None
        self._capitals: dict[str, str] | None = None
        self._story: tuple[str] | None = None

    @property
    def country_words(self) -> CountryWords:
        # The actor layer's knowledge base, loaded on first use (the actors stage has
        # loaded it already in a pipeline).
        if self._country_words is None:
            self._country_words = kb_country_words(self.language)
        return self._country_words

    @property
    def capitals(self) -> dict[str, str]:
        """The knowledge base's capitals by entity id -> country (loaded on first use)."""
        if self._capitals is None:
            self._capitals = kb_capitals(self.language)
        return self._capitals

    # ------------------------------------------------------------------ document

    def code(self, doc: Document) -> list[Event]:
        analysis = doc.analysis
        if analysis is None:
            return []
        self._doc = analysis
        actors = ActorIndex(
            analysis,
            _without_nationality(
                doc.text, doc.actor_mentions, self.cues.non_national_prefixes,
                self.cues.relation_nouns, self.cues.possessive_clitics,
            ),
            self.country_words,
            self.cues.origin_prepositions,
            self.cues.spatial_prepositions,
            self.cues.example_markers,
            self.cues.affiliation_words,
        )
        self._actors = actors
        # Named people of the document (once, not per act: the internal-meeting check asks).
        self._persons = frozenset(
            m.entity for m in actors.mentions if m.type == "PERSON" and m.entity
        )
        self._choosers = RoleChoosers(
            self.cues, self.lexicon, self.language, self.country_words, actors
        )
        self._story = None
        self._earlier: list[Event] = []
        finder = FrameFinder(
            self.language, self.lexicon, self.cues, self.ontology, self._noun_entries, doc
        )
        events: list[Event] = []
        again: set[str] = set()
        # Parties the text leaves implicit, filled after merging and plausibility.
        implied = ImpliedParties(self.cues, self.lexicon, self.language, self._noun_entries, actors)
        for sent in _paragraph_pieces(doc):
            for frame in finder.frames(sent):
                self._earlier = events
                event = self._event(doc, sent, frame, actors)
                if event is None:
                    continue
                event.target = self._referred_doer(frame, event, events)
                event.target = self._captor_asked(frame, event, events) or event.target
                event.target = self._both_sides(frame, event, events, sent) or event.target
                if anaphoric(analysis, frame, self.relevance) and any(
                    e.type == event.type for e in events
                ):
                    continue  # "after the talks": an act of a type already coded
                events.append(event)
                if self._repeated(frame):
                    again.add(event.id)
                implied.note(event, frame, sent, events)
        persons = frozenset(e.id for e in doc.entities if e.type == "PERSON")
        merged = merge_events(
            events,
            frozenset(again),
            persons,
            opening_end(doc),
            self.cues.body_retells_by_same_verb,
        )
        implied.fill_domestic(merged)
        # A learned plausibility (data/events/plausibility.json) is the confidence;
        # events below the language's threshold are dropped.
        # Public money given by a state organ stays (public_money.py).
        kept = plausibility(
            merged, doc, self.language, kept_by_rule=lambda e: public_money(e, doc, self.cues)
        )
        implied.fill(kept)
        return kept

    def _referred_doer(self, frame: Frame, event: Event, earlier: list[Event]) -> ActorRef | None:
        """"Washington condemned the launch", "Die EU verurteilte die Festnahmen": a target
        that names an act, not an actor, stands for whoever did that act: the source of
        the latest earlier event it can refer back to, else nobody (a possessor or
        genitive doer, when given, was found as an identified actor already). A state a
        request asks for ("urged restraint") is no target either."""
        target = event.target
        head = self._target_head(frame)
        if (doer := self._named_act_doer(frame, head, event)) is not None:
            return doer
        if (
            event.type in self.cues.judged_pronoun_types
            and head is not None
            and head.pos_ == "PRON"
            and word_in(head, self.cues.act_pronouns)
            and not self._correlate(head)
            and (target is None or target.entity is None)
        ):
            # "called it a violation", "nannte das einen Affront", "wies das zurück": the
            # pronoun stands for the latest act told before by someone else; its doer is whom
            # the judgement or rejection targets.
            for before in reversed(earlier):
                if before.source is not None and not (
                    event.source and share_party(before.source, event.source)
                ):
                    return before.source
            return None
        if target is None or (identified(target) and not _scene_as_target(event)):
            return target
        # A scene kept as target gives way only to the doer of an act told before.
        none = target if identified(target) else None
        if head is None:
            return target
        if own_possession(self._doc, [Phrase(head.i, head.i + 1, head.i)]):
            return none  # "reaffirmed its commitment": the subject's own act
        doer = self._own_doer(head, participles=frame.entry.pos == "verb")
        if doer is not None and not (event.source and share_party(doer, event.source)):
            # "dismissed an appeal from X", "investigation into crimes committed by X",
            # "wies die Forderung von X zurück": the act's or thing's own doer.
            return doer
        if event.type == "REQUEST" and lemma_of(head) in self.cues.requested_states:
            return none  # "urged restraint": what is asked for, not whom
        types = self._act_types(head)
        if types is None:
            return target
        if not self._refers_back(head):
            return none  # "welcomed any step toward peace": no earlier act, no actor
        fitting = [
            before
            for before in reversed(earlier)
            if before.source is not None
            and not (event.source and share_party(before.source, event.source))
            and ("*" in types or before.type in types)
            and not _repeated_by_ellipsis(frame, before, event)
        ]
        if not fitting:
            return none
        # The act told most often is the story's own (a headline and the lead repeat it):
        # "welcomed the expulsion" after the story's expulsion and a retaliatory one told
        # later; among acts told equally often, the latest.
        told = Counter(_key_of(before.source) for before in fitting)
        return max(fitting, key=lambda before: told[_key_of(before.source)]).source

    def _named_act_doer(self, frame: Frame, head: Any, event: Event) -> ActorRef | None:
        """"condemned the arrest of a German journalist by Russian authorities", "verurteilte
        die Tötung eines Helfers durch israelische Soldaten": a target noun naming an act
        whose doer a noun-agent phrase (cues `noun_agent_prepositions`) names stands for that
        doer, not for the act's patient. The parser may hang the phrase on the verb, which in
        the active has no agent of its own. The doer, or None."""
        if head is None or self._act_types(head) is None:
            return None
        agent = noun_agent(head, self.cues)
        if agent is None and not frame.passive:
            agent = next(
                (
                    obj
                    for prep, obj in prep_objects(self._doc[frame.trigger])
                    if prep in self.cues.noun_agent_prepositions
                ),
                None,
            )
        if agent is None:
            return None
        doer = self._actors.actor([dep_phrase(agent)])
        if doer is None or not identified(doer):
            return None
        if event.source is not None and share_party(doer, event.source):
            return None
        return doer

    def _correlate(self, pronoun: Any) -> bool:
        """"lehnte es ab, die Truppen abzuziehen", "called it wrong that …": a pronoun
        (cues correlate_pronouns) that anticipates a clause of its verb after it stands for
        that clause, not for an act told before."""
        return word_in(pronoun, self.cues.correlate_pronouns) and any(
            child.i > pronoun.i and child.dep_ in COMPLEMENT_CLAUSE_DEPS
            for child in pronoun.head.children
        )

    def _captor_asked(self, frame: Frame, event: Event, earlier: list[Event]) -> ActorRef | None:
        """"demanded the immediate release of the two detained workers", "forderte die
        Freilassung der Festgenommenen": a demand for a release that names nobody to do it
        is made to whoever holds the captives, the doer of the latest capture told before
        (cues `capture_acts`) who is not the one demanding. The target phrase is the release
        itself, so an actor found in it is the captives, never whom the demand is made to
        ("urged Hungary to release them" names its addressee and keeps it)."""
        if event.type != "REQUEST":
            return None
        head = self._target_head(frame)
        if head is None or head.pos_ != "NOUN":
            return None
        entries = self._noun_entries(lemma_of(head))
        if not any(f"{e.type}/{e.mode}" in self.cues.release_acts for e in entries):
            return None
        for before in self._captures(earlier):
            if event.source is None or not share_party(before.source, event.source):
                return before.source
        return None

    def _captures(self, earlier: list[Event]) -> Iterator[Event]:
        """The earlier abductions and arrests (cues `capture_acts`) with an identified
        doer, latest first."""
        for before in reversed(earlier):
            if (
                before.source is not None
                and identified(before.source)
                and f"{before.type}/{before.mode}" in self.cues.capture_acts
            ):
                yield before

    def _undone_act(self, frame: Frame) -> Event | None:
        """"The tariffs were lifted in 2019", "die Sanktionen wurden aufgehoben": a
        concession without agent whose patient names an act told before ("the", "these")
        is made by whoever did that act, to whom it was done: an earlier event of a type
        the noun can name, with a source."""
        types = self._undone_types(frame) if frame.passive else None
        if types is None:
            return None
        fitting = [
            before
            for before in reversed(self._earlier)
            if before.source is not None
            and before.type not in UNDOING_TYPES
            and ("*" in types or before.type in types)
        ]
        if not fitting:
            return None
        # As for a referring target: the act told most often is the story's own ("the
        # tariffs" of the headline and lead, not the retaliation told once), then the latest.
        # (A state and its leader are one party here: "Trump's tariffs", "U.S. tariffs".)
        told = Counter(_party_key(before.source) for before in fitting)
        return max(fitting, key=lambda before: told[_party_key(before.source)])

    def _undone_types(self, frame: Frame) -> frozenset[str] | None:
        """The types of act a concession's object names when it refers back to one told
        before ("the tariffs", "these sanctions"), else None."""
        if frame.entry.type not in UNDOING_TYPES:
            return None
        phrases = frame.logical("obj")
        if not phrases:
            return None
        head = self._doc[phrases[0].head]
        types = self._act_types(head)
        return types if types is not None and self._refers_back(head) else None

    def _own_undone_act(self, frame: Frame, source: ActorRef | None) -> Event | None:
        """"The EU banned imports of Faroese fish and lifted the ban a year later": a
        concession whose object names an act told before ("the ban", "these tariffs") that
        its own doer did undoes that act, and is done to whom that act was done: the latest
        earlier event of a type the noun can name, by the same party, with a target."""
        types = self._undone_types(frame) if not frame.passive else None
        if types is None or source is None:
            return None
        return next(
            (
                before
                for before in reversed(self._earlier)
                if before.source is not None
                and before.target is not None
                and before.type not in UNDOING_TYPES
                and ("*" in types or before.type in types)
                and share_party(before.source, source)
            ),
            None,
        )

    def _joint_parties(self, frame: Frame, source: ActorRef | None) -> ActorRef | None:
        """"Man habe vereinbart", "both sides agreed": a joint act whose subject is the
        indefinite pronoun (with no doer found) or "both sides" ("the two governments",
        which the actor layer may give one country) is done by the parties (of more than
        one country) of the latest earlier joint act. "Die Minister beider Länder
        einigten sich", "the two countries would sign an agreement": people of both sides,
        or a joint act's noun, too. "Beide Regierungen warfen sich gegenseitig vor", "both
        sides accused each other": any act of "both sides" is done by the two sides of the
        latest act between two countries, else by the two countries the text named last."""
        joint = frame.entry.type in self.cues.joint_types
        subjects = frame.logical("subj") or (
            frame.slots.get("support_subj", []) if frame.entry.pos == "noun" else []
        )
        if not subjects:
            return None
        head = self._doc[subjects[0].head]
        party = self._both_parties(head) or any(
            self._both_parties(child) for child in self._subject_attributes(head)
        )
        if not party and (
            not joint
            or head.lower_ not in self.cues.indefinite_subjects
            or (source is not None and identified(source))
        ):
            return None
        if not joint:
            # (the verb's own subject: a noun inside the act, "Verstöße gegen die
            # Waffenruhe", is not done by whoever does the act)
            if not frame.logical("subj"):
                return None
            return latest_parties(self._earlier) or named_pair(self._actors, head)
        for before in reversed(self._earlier):
            actor = before.source
            if (
                before.type in self.cues.joint_types
                and actor is not None
                and len({m.country for m in actor.members if m.country}) > 1
            ):
                return actor
        # "The two governments agreed": with no joint act before, the two sides of the
        # latest act between two countries, else the two countries named last.
        if not party:
            return None
        return latest_parties(self._earlier) or named_pair(self._actors, head)

    def _both_parties(self, head: Any) -> bool:
        """"beide Seiten", "the two governments": a party noun with a quantifier."""
        return lemma_of(head) in self.cues.party_nouns and any(
            lemma_of(c) in self.cues.party_quantifiers for c in head.children
        )

    def _pair_of_parties(self, head: Any) -> bool:
        """"beide Regierungen", "both governments": a party noun of exactly two."""
        return self._both_parties(head) and any(
            lemma_of(c) in self.cues.pair_quantifiers for c in head.children
        )

    def _subject_attributes(self, head: Any) -> list[Any]:
        """The nouns a subject's head takes as its genitive or prepositional attribute
        ("die Minister beider Länder", "the ministers of both countries")."""
        return [c for c in head.children if c.dep_ in ("nmod", "ag")] + [
            g for c in head.children if c.dep_ == "prep" for g in c.children
            if g.dep_ == "pobj"
        ]

    def _teller(
        self,
        doc: Document,
        sent: Span,
        frame: Frame,
        actors: ActorIndex,
        target: ActorRef | None,
    ) -> ActorRef | None:
        """The identified speaker who reports the act, unless it is the target itself."""
        speaker = reported_by(doc.analysis, sent, frame, self.cues, actors, doc.quotes)
        teller = speaker[1] if speaker else None
        if teller is None or not identified(teller):
            return None
        if target is not None and same_actor(teller, target):
            return None
        return teller

    def _capture(self, frame: Frame, patient: ActorRef | None) -> Event | None:
        """The capture an agentless release ends: the latest earlier abduction or arrest
        (cues `capture_acts`) with a doer whose captive is the released one (the same
        person or group), or, when a captive noun is released ("die Geiseln", "the
        hostages"), the latest capture at all."""
        entry = frame.entry
        if f"{entry.type}/{entry.mode}" not in self.cues.release_acts or patient is None:
            return None
        head = self._target_head(frame)
        captive_noun = head is not None and lemma_of(head) in self.cues.captive_nouns
        for before in self._captures(self._earlier):
            if captive_noun or (
                before.target is not None
                and identified(patient)
                and (same_actor(before.target, patient) or share_party(before.target, patient))
            ):
                return before
        return None

    def _own_doer(self, noun: Any, participles: bool = True) -> ActorRef | None:
        """The identified actor a noun names as its doer: its possessor ("Serbia's
        suppression"), a doer preposition on it ("an appeal from X", "die Forderung von
        X"), or the agent of a participle describing it ("crimes committed by X")."""
        if noun.pos_ not in {"NOUN", "PROPN"}:
            return None
        phrases = []
        for child in noun.children:
            if child.dep_ in {"poss", "nmod:poss"} and child.pos_ != "PRON":
                phrases.append(child)
            phrases.extend(self._doer_objects(child))
            # (Only under a verb: after an event noun the participle most often describes
            # that noun, misattached: "tariffs on imports announced by X".)
            if participles and child.dep_ in {"acl", "amod"} and child.pos_ == "VERB":
                for inner in child.children:
                    phrases.extend(self._doer_objects(inner))
        for token in phrases:
            found = self._actors.actor([dep_phrase(token)])
            if found is not None and identified(found):
                return found
        return None

    def _doer_objects(self, child: Any) -> list[Any]:
        """Objects of a doer preposition hanging on a word: "by X", "von X"."""
        doers = self.cues.doer_prepositions
        if child.pos_ == "ADP" and lemma_of(child) in doers:
            return [g for g in child.children if g.dep_ in {"pobj", "nk"}]
        if child.dep_ in {"nmod", "obl", "obl:agent"} and any(
            c.dep_ == "case" and lemma_of(c) in doers for c in child.children
        ):
            return [child]
        return []

    def _target_head(self, frame: Frame) -> Any:
        for slot in (*frame.entry.targets, "obj"):
            phrases = frame.slots.get("gen", []) if slot == "gen" else frame.logical(slot)
            if phrases:
                return self._doc[phrases[0].head]
        return None

    def _refers_back(self, noun: Any) -> bool:
        """A definite or demonstrative determiner points back to an act told before."""
        children = list(noun.children)
        if noun.dep_ == "compound":
            # "called the decision regrettable" parsed as a compound of the adjective:
            # the determiner before the noun hangs on the adjective.
            children += [c for c in noun.head.children if c.i < noun.i]
        return any(
            # ("such exercises": "such" is parsed as an adjective)
            child.dep_ in ("det", "nk", "amod", "predet")
            and lemma_of(child) in self.cues.referring_determiners
            for child in children
        )

    def _act_types(self, token: Any) -> frozenset[str] | None:
        """The event types a noun naming an act can stand for, or None for other nouns."""
        if token.pos_ != "NOUN":
            return None
        lemma = lemma_of(token)
        listed = self.cues.referring_nouns.get(lemma, frozenset())
        return listed | frozenset(e.type for e in self._noun_entries(lemma)) or None

    def _noun_entries(self, lemma: str) -> list[Entry]:
        """The lexicon's noun entries for a lemma, or (German) for its compound head."""
        entries = self.lexicon.candidates("noun", lemma)
        if not entries and self.language == "de":
            head = self.lexicon.compound_head(lemma)
            entries = self.lexicon.candidates("noun", head) if head else []
        return entries

    def _repeated(self, frame: Frame) -> bool:
        """Is the act told as one more occurrence ("again criticised", "kritisierte
        erneut", "renewed attacks")? Its modifiers, or those of the auxiliary that heads a
        German participle or infinitive."""
        trigger = self._doc[frame.trigger]
        words = list(trigger.children)
        if trigger.dep_ == "oc":
            words += list(trigger.head.children)
        return any(word_in(w, self.cues.repetition_words) for w in words)

    # ------------------------------------------------------------------ one event

    def _event(self, doc: Document, sent: Span, frame: Frame, actors: ActorIndex) -> Event | None:
        """One frame's event, step by step: is a happening reported; who does it to whom,
        as the clause says and then repaired where the clause leaves a role out; is it a
        political act between parties; how the text tells it (factuality, date, type)."""
        paragraph = doc.paragraph_at(doc.analysis[frame.trigger].idx)
        if not self._reports_act(doc, sent, frame, actors, paragraph):
            return None
        roles = self._clause_roles(doc, sent, frame, actors)
        self._implicit_doer(frame, actors, roles)
        self._unattributed_doer(frame, actors, sent, roles)
        self._repair_target(frame, actors, roles)
        if not self._has_parties(frame, actors, roles):
            return None
        if self._outside_politics(doc, sent, frame, actors, roles, paragraph):
            return None
        entry = frame.entry
        size = self._size(doc, sent, self.ontology.size_of_people.get(f"{entry.type}/{entry.mode}"))
        if not self._political_act(frame, actors, sent, roles, size):
            return None
        telling = self._telling(doc, sent, frame, actors, roles)
        if telling is None:
            return None
        return self._built(doc, sent, frame, roles, telling, size)

    def _reports_act(
        self,
        doc: Document,
        sent: Span,
        frame: Frame,
        actors: ActorIndex,
        paragraph: Paragraph | None,
    ) -> bool:
        """Does the frame report a happening: the slots its entry needs filled, no
        non-report (relevance_<lang>.yaml; a title's indirect question), no thing as doer?"""
        if any(not frame.logical(slot) for slot in frame.entry.needs):
            return False
        heading = paragraph is not None and paragraph.kind in HEADING_KINDS
        if not reports_happening(sent, frame, self.relevance, heading):
            return False
        return not (
            thing_doer(doc.analysis, frame, self.relevance, actors.at)
            or kind_of_act(doc.analysis, frame, self.relevance, actors.at)
        )

    # ------------------------------------------------------------------ steps: roles

    def _clause_roles(self, doc: Document, sent: Span, frame: Frame, actors: ActorIndex) -> _Roles:
        """Source and target as the clause names them, or as the act told before that it
        continues, undoes or judges names them."""
        entry = frame.entry
        location = self._location(frame, actors, sent)
        recipient = self._received(frame)
        source = self._choosers.source(frame)
        if (parties := self._joint_parties(frame, source)) is not None:
            # "Man habe zudem vereinbart, …", "beide Seiten vereinbarten": the parties of
            # the joint act told before.
            source = parties
        target = self._choosers.target(frame, source)
        if entry.group in self.cues.speaker_judgements and entry.pos == "noun":
            # "Such exercises are a provocation": whose act is judged (see _judgement).
            source = self._judged_doer(frame)
        if target is None or not identified(target):
            target = (
                self._possessor_target(frame, sent, actors, source)
                or self._owner_target(frame, actors, source)
                or target
            )
        roles = _Roles(source, target, recipient, location)
        self._ended_act_roles(frame, roles)
        if roles.target is None or not identified(roles.target):
            undone = self._own_undone_act(frame, roles.source)
            roles.target = undone.target if undone is not None else roles.target
        if recipient:
            self._giving_roles(frame, actors, roles)
        if (
            roles.source is None
            and frame.passive
            and entry.type in self.cues.passive_speech_types
            and (teller := self._teller(doc, sent, frame, actors, roles.target)) is not None
        ):
            # "Ihm wird vorgeworfen, …, sagte die Staatsanwaltschaft", "He is accused of
            # …, prosecutors said": who tells an accusation without agent makes it.
            roles.source = teller
        if (
            roles.source is None
            and (self._first_person_subject(frame) or self._reported_indefinite_subject(frame))
            and (teller := self._teller(doc, sent, frame, actors, roles.target)) is not None
        ):
            # ""We have summoned the ambassador," the minister said", "„Wir werden Kiew
            # weiter unterstützen“, sagte er", "Man habe drei Verdächtige festgenommen": the
            # speaker's own side acts.
            roles.source = teller
        if roles.source is None and (seat := self._seat_voice(frame, actors, sent)):
            roles.source = seat
            if roles.target is not None and actors.is_place_ref(roles.target):
                roles.target = None  # the capital speaks; it is not whom it answers
        return roles

    def _seat_voice(self, frame: Frame, actors: ActorIndex, sent: Span) -> ActorRef | None:
        """"In Kabul wurde die Darstellung zurückgewiesen": an answer told in a passive
        without agent (cues `seat_voice_types`) in a capital, as a place phrase of its own
        verb, is its government's, as "Kabul wies … zurück" is; a city that is no capital
        ("in Hamburg") names nobody."""
        entry = frame.entry
        if (
            not frame.passive
            or entry.pos != "verb"
            or entry.type not in self.cues.seat_voice_types
            or frame.slots.get("agent")
        ):
            return None
        place = self._location(frame, actors, sent, phrases_only=True)
        country = self.capitals.get(place.get("entity") or "") if place else None
        if place is None or country is None:
            return None
        return ActorRef(name=place["name"], country=country, sector="GOV")

    def _first_person_subject(self, frame: Frame) -> bool:
        """Is the frame's own subject a first-person pronoun ("we", "wir"), and its side no
        object of the verbs up to the trigger ("wir lassen uns nicht … setzen")?"""
        subjects = frame.logical("subj")
        if not subjects or frame.passive:
            return False
        subject, trigger = self._doc[subjects[0].head], self._doc[frame.trigger]
        return word_in(subject, self.cues.first_person_subjects) and not any(
            word_in(child, self.cues.first_person_objects)
            for verb in {subject.head, trigger}
            for child in verb.children
        )

    def _reported_indefinite_subject(self, frame: Frame) -> bool:
        """Is the frame's own subject the indefinite pronoun in reported speech ("Man habe
        selbst drei Verdächtige festgenommen", "werde man die Arbeit niederlegen, kündigte
        die Gewerkschaft an")? In Konjunktiv I it is the speaker's own side, as "wir" is in
        the words quoted; a joint act's "man" is its parties (`_joint_parties`)."""
        subjects = frame.logical("subj")
        if not subjects or frame.passive or frame.entry.type in self.cues.joint_types:
            return False
        subject = self._doc[subjects[0].head]
        return subject.lower_ in self.cues.indefinite_subjects and konjunktiv_i(
            self._doc, frame
        )

    def _ended_act_roles(self, frame: Frame, roles: _Roles) -> None:
        """An agentless act that ends one told before takes that act's parties."""
        if roles.source is None:
            undone = self._undone_act(frame)
            if undone is not None:
                roles.source, roles.target = undone.source, undone.target
        if roles.source is None and (capture := self._capture(frame, roles.target)) is not None:
            # "Am 13. Oktober wurde er freigelassen", "the hostages were released": who
            # frees a captive without agent is whoever took them, and whom they took.
            roles.source, roles.target, roles.captured = capture.source, capture.target, True

    def _giving_roles(self, frame: Frame, actors: ActorIndex, roles: _Roles) -> None:
        """"Sudan received aid from Germany": the receiver is the recipient, the giver
        (if named) the source; a recipient is never the source."""
        # "…, a move that drew a protest from Vietnam": the doer of the act the move is.
        target = self._choosers.act_doer(frame)
        target = target or actors.actor(roles.recipient, places=True) or roles.target
        giver = actors.actor(frame.slots.get("support_subj", []), places=True)
        if giver is not None and actors.is_place_ref(giver) and giver.country:
            # "drew criticism from Germany": a country whence something comes is its
            # state, however the actor layer read the place after "from".
            giver = ActorRef(name=giver.name, country=giver.country)
        source = giver or roles.source
        if source is not None and target is not None and same_actor(source, target):
            source = None
        roles.source, roles.target = source, target

    def _implicit_doer(self, frame: Frame, actors: ActorIndex, roles: _Roles) -> None:
        """A doer the text leaves out: the authorities of the place where an agentless
        arrest or sentence happens, or of the story's one country."""
        if roles.source is not None:
            return
        location = roles.location
        source = self._implicit_source(frame, location)
        if (
            source is None
            and location is None
            and roles.target is not None
            and (country := self._story_authority(frame, roles.target, actors))
        ):
            # "More than 2,000 people have been detained", "Kamto was later jailed"
            # in a story about one country: its authorities did it, to its people.
            source = self._implicit_source(frame, {"name": None, "country": country})
            target = roles.target
            if source is not None and undescribed(target):
                roles.target = ActorRef(name=target.name, country=country, sector=target.sector)
        if source is None and location is None and (country := self._captor_state(frame)):
            # "Malaysia beschlagnahmte den Tanker. … Die 24 Besatzungsmitglieder wurden
            # festgenommen": an agentless arrest or seizure goes on with the capture a
            # state was named for before; its authorities made it.
            source = self._implicit_source(frame, {"name": None, "country": country})
        roles.source, roles.implicit = source, source is not None

    def _captor_state(self, frame: Frame) -> str | None:
        """The country of the state organ (government, police, army, courts) that made the
        latest capture told before, for an arrest or seizure by a state (cues
        `capture_acts`, STORY_AUTHORITY_TYPES); None if a group without a state did it."""
        entry = frame.entry
        if entry.type not in STORY_AUTHORITY_TYPES:
            return None
        if f"{entry.type}/{entry.mode}" not in self.cues.capture_acts:
            return None
        before = next(self._captures(self._earlier), None)
        if before is None or before.source is None or before.source.sector not in ORGAN_SECTORS:
            return None
        return state_of_source(before.source)

    def _unattributed_doer(
        self, frame: Frame, actors: ActorIndex, sent: Span, roles: _Roles
    ) -> None:
        """"A roadside bomb near Samarra killed a soldier", "wurden durch einen Sprengsatz
        nahe Basra getötet": violence nobody is named for is coded, as PLOVER does, to
        unidentified armed men of the country where it happens."""
        entry = frame.entry
        source = roles.source
        if entry.type not in self.cues.unattributed_types or not (
            source is None or countryless(source)
        ):
            return
        # The scene: a place phrase of the verb's own ("nahe der Stadt Basra"), not any
        # place in its clause ("bei dem Angriff auf Charkiw": whom it hit).
        scene = self._location(frame, actors, sent, phrases_only=True)
        if entry.pos != "verb" and not self._placed_noun(frame, actors):
            scene = None
        scene = scene or self._doer_place(frame, actors)
        if scene and scene.get("country"):
            name = source.name if source is not None else self.cues.unattributed_actor_name
            roles.source, roles.implicit = ActorRef(name=name, country=scene["country"]), True

    def _repair_target(self, frame: Frame, actors: ActorIndex, roles: _Roles) -> None:
        """The target the clause leaves out or gets wrong, in order: the place attacked,
        the state's own people, a crowd's sides, the custody held in, an addressee, a
        threat's or warning's other side, no party of a joint act."""
        self._place_target(frame, roles)
        self._home_target(frame, roles)
        self._crowd_sides(frame, actors, roles)
        self._custody_sides(frame, actors, roles)
        self._other_target(frame, actors, roles)
        self._threat_target(frame, actors, roles)
        self._between_doers(frame, roles)
        self._joint_target(frame, roles)

    def _place_target(self, frame: Frame, roles: _Roles) -> None:
        """An attack or coercion without a target with a country hits the country where it
        happens (PLACE_TARGET_TYPES)."""
        target, location = roles.target, roles.location
        if target is None or (target.country is None and not target.members and not target.entity):
            if frame.entry.type in PLACE_TARGET_TYPES and location and location.get("country"):
                name = target.name if target else location["name"]
                roles.target = ActorRef(name=name, country=location["country"])

    def _home_target(self, frame: Frame, roles: _Roles) -> None:
        """"Egyptian police … arresting 12", "die ägyptische Polizei löste die
        Demonstration auf": a state's police, courts or government act at home, on
        its own people, unless another country is named."""
        source, target = roles.source, roles.target
        if (
            frame.entry.type in self.cues.home_types
            and source is not None
            and not roles.implicit
            and not roles.captured
            and source.sector in self.cues.home_sectors
            and state_of_source(source)
            and (target is None or undescribed(target))
            and self._target_head(frame) is not None
        ):
            name = target.name if target is not None else None
            sector = target.sector if target is not None else None
            roles.target = ActorRef(name=name, country=state_of_source(source), sector=sector)

    def _crowd_sides(self, frame: Frame, actors: ActorIndex, roles: _Roles) -> None:
        """A crowd's act: the body it gathers before, its people and their government."""
        if frame.entry.type not in CROWD_TYPES:
            return
        if body := self._protested_body(frame, actors):
            # "rallied outside the Chinese embassy", "vor der russischen Botschaft": the
            # body a crowd gathers before is whom it protests to.
            roles.target = body
        location = roles.location
        if location and location.get("country"):
            roles.source, roles.target = self._crowd_roles(roles.source, roles.target, location)
        else:
            roles.source, roles.target = self._home_crowd(roles.source, roles.target)

    def _custody_sides(self, frame: Frame, actors: ActorIndex, roles: _Roles) -> None:
        """"sitzt in türkischer Haft", "held in Russian custody": the state that holds
        is the doer, whoever sits in its custody the target."""
        holder = self._custody_holder(frame, actors)
        if holder is None:
            return
        target = roles.target
        if target is None or (
            target.entity is None and not target.members and target.country == holder.country
        ):
            # The custody phrase itself came out as the target ("türkischer Haft").
            roles.target = self._detainee(frame, actors)
        if roles.source is None or roles.implicit:
            roles.source, roles.implicit = holder, False

    def _other_target(self, frame: Frame, actors: ActorIndex, roles: _Roles) -> None:
        """The doer is never its own target (nor its own organ a foreign patient); an
        addressee stands in for a target not identified."""
        source, target = roles.source, roles.target
        if source is not None and target is not None and (
            same_actor(source, target)
            or self._own_organ_as_foreign_patient(frame, source, target)
        ):
            roles.target = target = None
        if (target is None or not identified(target)) and not roles.recipient:
            roles.target = self._addressee(frame, actors, source) or target

    def _threat_target(self, frame: Frame, actors: ActorIndex, roles: _Roles) -> None:
        """Whom a threat or warning is against, when the clause names the speaker's own
        state or what others do."""
        source, target = roles.source, roles.target
        if (
            frame.entry.type == "THREATEN"
            and source is not None
            and target is not None
            and target.entity is not None
            and same_state(source, target)
        ):
            # "Netanyahu warned that Israel reserved the right to resume fighting if
            # Hamas …": the speaker's own state is who threatens, never whom; the
            # condition's subject is.
            roles.target = actors.actor(frame.slots.get("cond_subj", []))
            roles.own_state_cleared = roles.target is None
        warned_of = self._warned_of(frame, self._doc[frame.trigger], source, actors)
        if warned_of is not None:
            # "warnte, rechtsextreme Gruppen versuchten, die Proteste zu kapern": a warning
            # of what others do is an accusation against them.
            roles.target, roles.warned = warned_of[0], True

    def _between_doers(self, frame: Frame, roles: _Roles) -> None:
        """"Talks between Manila and Beijing were held", "zwischen Thailand und Kambodscha
        gilt eine Waffenruhe": with no doer named, the sides a cooperative act is between
        do it together (a mediation between them is a third party's)."""
        if (
            roles.source is None
            and roles.target is not None
            and len(roles.target.members) > 1
            and frame.entry.mode != "third-party"
            and self.ontology.quad(frame.entry.type) in JOINT_QUADS
            and any(slot in frame.slots for slot in BETWEEN_SLOTS)
        ):
            roles.source, roles.target = roles.target, None

    def _joint_target(self, frame: Frame, roles: _Roles) -> None:
        """"Katar und Bahrain normalisierten ihre Beziehungen", "talks between Ethiopia
        and Egypt in Addis Ababa": one of the parties of a joint act (or its place) is
        none of its targets."""
        if (
            roles.source is not None
            and roles.target is not None
            and (
                self.ontology.quad(frame.entry.type) in JOINT_QUADS
                or self._choosers.between(frame)
            )
            and among_members(roles.target, roles.source)
        ):
            roles.target = None

    def _has_parties(self, frame: Frame, actors: ActorIndex, roles: _Roles) -> bool:
        """Are the roles enough for an event: someone acting or acted on, and for a strict
        entry (one whose other side makes the act) a known target that is no mere place?"""
        entry, source, target = frame.entry, roles.source, roles.target
        known = target is not None and bool(target.country or target.entity or target.members)
        if self.ontology.quad(entry.type) in JOINT_QUADS and len(countries_of(source)) > 1:
            # "Die Außenminister Polens und Deutschlands sprachen miteinander": the parties
            # of a joint act are each other's counterparts.
            known = True
        if entry.strict and not roles.own_state_cleared and not known and not roles.warned:
            return False
        if (
            entry.strict
            and target is not None
            and actors.is_place_ref(target)
            and entry.type not in PLACE_TARGET_TYPES | DESTINATION_TYPES
            and entry.mode != "visit"
        ):
            # "sprach in Moskau von …": a place is not whom one meets or speaks with;
            # where one travels is whom one visits ("reist nach Peking").
            return False
        return source is not None or target is not None

    # ------------------------------------------------------------------ steps: relevance

    def _outside_politics(
        self,
        doc: Document,
        sent: Span,
        frame: Frame,
        actors: ActorIndex,
        roles: _Roles,
        paragraph: Paragraph | None,
    ) -> bool:
        """Is the act one of the kinds of news PLOVER leaves out (relevance_<lang>.yaml)?"""
        entry, source, target = frame.entry, roles.source, roles.target
        if party_funding(entry.type, source, target, self.relevance):
            return True  # a donor's money to a party: party funding
        if press_inquiry(entry.mode, source, self.relevance):
            return True  # a news outlet's or journalist's inquiry: journalism
        if internal_meeting(
            entry.type, source, target, actors.is_place_ref, self._persons, self.relevance
        ):
            return True  # organs of one state meeting: the routine of its government
        if consular_advice(doc.analysis, frame, source, actors.at, self.relevance):
            return True  # a state's safety advice to its own nationals abroad
        if ordinary_crime(doc.analysis, frame, target, self.relevance):
            return True  # a private person's ordinary offence: crime reporting
        around = (paragraph.start, paragraph.end) if paragraph else (sent.start_char, sent.end_char)
        if self._crime_report(frame, source, target, actors, around):
            return True  # only private persons and law enforcement: crime reporting
        if sports_contest(sent, frame, self.relevance) and not self._state_organ(source, target):
            return True
        # Nobody acts, only a place is named ("wurde in Kenia diskutiert").
        return (
            source is None
            and actors.is_place_ref(target)
            and entry.type not in PLACE_TARGET_TYPES
        )

    def _political_act(
        self, frame: Frame, actors: ActorIndex, sent: Span, roles: _Roles, size: dict[str, Any]
    ) -> bool:
        """A political act by its entry, its toll, its setting or as an answer to one."""
        entry = frame.entry
        tolled = entry.type in self.ontology.casualty_types and bool(size.keys() & CASUALTY_KEYS)
        return bool(
            entry.political
            or tolled
            or self._political_setting(frame, roles.source, roles.target, actors, sent)
            or self._answers_told_act(frame)
        )

    # ------------------------------------------------------------------ steps: telling

    def _telling(
        self, doc: Document, sent: Span, frame: Frame, actors: ActorIndex, roles: _Roles
    ) -> _Telling | None:
        """Who reports the act, its factuality and date, and its PLOVER type: a judgement
        and an obligation a speaker states turn the roles round (None: no event)."""
        analysis = doc.analysis
        speaker = reported_by(analysis, sent, frame, self.cues, actors, doc.quotes)
        fact = factuality(analysis, frame, self.cues, reported=speaker is not None)
        date, basis = self._date(doc, sent, frame)
        if fact == "asserted" and basis == "explicit" and doc.narrative is not None \
                and doc.narrative.ahead(date):
            fact = "planned"  # its own day is still to come ("reist am Freitag weiter")
        telling = _Telling(speaker, fact, date, basis, frame.entry.type, frame.entry.mode)
        if (
            frame.entry.group in self.cues.speaker_judgements
            and not self._judgement(roles, telling.speaker_actor)
            and not self._claims_denied(frame, roles, telling.speaker_actor)
        ):
            return None
        if frame.entry.type == "THREATEN" and telling.fact == "planned":
            # "werde mit Gegenmaßnahmen reagieren": announcing the answer is the threat.
            telling.fact = "asserted"
        self._retype(frame, actors, roles, telling)
        if not self._plover_coding(frame, actors, roles, telling):
            return None
        if telling.fact == "planned" and "AGREE" in (
            telling.recoded and telling.type, telling.reading and telling.reading["type"]
        ):
            self._announcement_date(doc, frame, telling)
        return telling

    def _judgement(self, roles: _Roles, speaker: ActorRef | None) -> bool:
        """"said the offices were operating illegally", "sagte, Moskau habe eine rote
        Linie überschritten": the speaker judges the subject's conduct, an accusation;
        "Such exercises are a provocation", "Das sei ein unfreundlicher Akt": the
        doer of the act the subject refers to. False: nobody else's conduct is judged."""
        judged = roles.source
        if (
            speaker is None
            or judged is None
            or same_actor(judged, speaker)
            or same_state(judged, speaker)
        ):
            return False
        roles.source, roles.target = speaker, judged
        return True

    def _claims_denied(
        self, frame: Frame, roles: _Roles, speaker: ActorRef | None
    ) -> bool:
        """"Die Vorwürfe seien haltlos, sagte der Minister": a speaker who calls claims
        false rejects them even when the text names no one who made them
        (`denial_judgements`), or when the latest such act found was the speaker's own
        side's; the speaker is the doer."""
        if frame.entry.group not in self.cues.denial_judgements or speaker is None:
            return False
        judged = roles.source
        if judged is not None and not (same_actor(judged, speaker) or same_state(judged, speaker)):
            return False
        roles.source = speaker
        return True

    def _retype(
        self, frame: Frame, actors: ActorIndex, roles: _Roles, telling: _Telling
    ) -> None:
        """Acts the entry's type misnames by who does them or how."""
        entry = frame.entry
        trigger = self._doc[frame.trigger]
        if (
            entry.type == "PROTEST"
            and lemma_of(trigger) in self.cues.diplomatic_protest_verbs
            and roles.source is not None
            and state_of(roles.source) is not None
        ):
            # "Paris protestiert", "the government protested": a state protests by
            # diplomatic means, a disapproval, not a demonstration.
            telling.type, telling.mode = "ACCUSE", "disapprove"
        if verbal_attack(self._doc, frame, self.relevance, actors.at):
            telling.type, telling.mode = "ACCUSE", "disapprove"  # "Lang attackiert Klöckner"
        if roles.warned:
            telling.type, telling.mode = "ACCUSE", "disapprove"
        if entry.type == "COOPERATE" and self._lone_exercise(
            frame, trigger, roles.source, roles.target, actors
        ):
            # "China held war games around the island": one party's exercise shows force.
            telling.type, telling.mode = "MOBILIZE", "troops"
        if telling.fact == "planned" and (
            reading := promised_reading(
                trigger, entry.type, self.cues, self.lexicon, self.ontology
            )
        ):
            # "vowed to crush the rebels": a promised hostile act is a threat, made now.
            (telling.type, telling.mode), telling.fact = reading, "asserted"

    def _plover_coding(
        self, frame: Frame, actors: ActorIndex, roles: _Roles, telling: _Telling
    ) -> bool:
        """PLOVER's type for an act told as obliged, threatened, planned or hedged; False
        when a stated necessity is nobody's demand."""
        speaker = telling.speaker_actor
        if telling.speaker is None and obligation(self._doc, frame, self.cues):
            # "Venezuela would have to reform its laws": a necessity the text states,
            # nobody's demand and no happening.
            return False
        if speaker is not None and obligation(self._doc, frame, self.cues):
            return self._demand(actors, roles, telling, speaker)
        fact = telling.fact
        if frame.content is not None and telling.mode is None and (
            content := self.ontology.recode(
                frame.content.type, frame.content.mode, "planned", conditional=True
            )
        ) and content[0] == telling.type:
            # "drohte mit einem Militärschlag": a threat of violence.
            telling.mode = content[1]
        elif plover := self.ontology.recode(
            telling.type, telling.mode, fact, conditioned := self._conditioned(frame)
        ):
            readiness = planned_by_governor(self._doc, frame, self.cues, pledge=True)
            pledged = fact == "planned" and readiness
            if self._committed(
                frame, fact, telling.speaker, roles.source
            ) and not self.ontology.reading_only(
                telling.type, telling.mode, fact, conditioned, pledged
            ):
                telling.recoded = {"type": telling.type, "mode": telling.mode, "factuality": fact}
                # "would be willing to meet": the offer itself is only hedged.
                hedged = fact == "possible" and readiness
                # "sagte, Deutschland werde … unterstützen": the AGREE promises what still
                # lies ahead (gold convention: planned); a word of readiness or decision
                # ("erklärte sich bereit") is the agreement itself.
                promised = fact == "planned" and plover[0] == "AGREE" and not readiness
                (telling.type, telling.mode), telling.fact = plover, (
                    "possible" if hedged else "planned" if promised else "asserted")
            elif fact in {"planned", "negated"}:
                # Kept as the planned act; PLOVER's gold would code the announcement.
                telling.reading = {"type": plover[0], "mode": plover[1]}
        return True

    def _announcement_date(self, doc: Document, frame: Frame, telling: _Telling) -> None:
        """"kündigte am Montag an, der Bund werde im kommenden Jahr … aufstocken", "said
        on Monday it would provide …": the AGREE PLOVER codes is the announcement, dated
        by the announcing verb's clause, not by the day the announced act is due."""
        # Not a schedule told of the doer ("is expected to visit later this month"): that
        # act keeps its own day.
        announcing = (
            self.cues.speech_verbs | self.cues.planning_verbs | self.cues.promise_verbs
        ) - self.cues.intent_verbs
        trigger = self._doc[frame.trigger]
        # The verbs above the act's clause, and a report added after it ("Frankreich
        # werde … schicken, erklärte das Ministerium").
        candidates = [self._doc[g] for g in frame.governors] + list(trigger.ancestors)[:3] + [
            c for c in trigger.children if c.dep_ in REPORT_AFTER_DEPS and c.i > trigger.i
        ]
        for verb in candidates:
            if verb.pos_ in {"VERB", "AUX"} and {lemma_of(verb), verb.lower_} & announcing:
                if self._own_meeting_day(doc, telling) and self._only_saying(verb):
                    return  # "said she would travel to Maseru next week": next week
                told = replace(frame, trigger=verb.i, scope=[verb.i])
                telling.date, telling.basis = self._date(doc, verb.sent, told)
                return

    @staticmethod
    def _own_meeting_day(doc: Document, telling: _Telling) -> bool:
        """Whether the act is a meeting or visit kept as itself (PLOVER codes a planned
        meeting as the meeting, not as a promise) whose own clause names a day after the
        writing ("would travel to the capital next week", "is due to visit next month")."""
        return telling.type in PLANNED_AS_ITSELF and not telling.recoded \
            and telling.basis == "explicit" and doc.narrative is not None \
            and doc.narrative.ahead(telling.date)

    def _only_saying(self, verb: Token) -> bool:
        """A verb of saying that neither announces, promises nor plans ("said", "sagte"):
        it reports that an act will happen, which keeps the act's own day."""
        words = {lemma_of(verb), verb.lower_}
        return bool(words & self.cues.speech_verbs) and not words & (
            self.cues.announcing_verbs | self.cues.promise_verbs | self.cues.planning_verbs)

    def _demand(
        self, actors: ActorIndex, roles: _Roles, telling: _Telling, speaker: ActorRef
    ) -> bool:
        """"Russia said Sudan must return the helicopter": Russia demands it of Sudan.
        An obligation a state lays on itself (its ministry speaking of its government)
        is no demand between actors (False)."""
        # "said China must face penalties": the one obliged is the recipient.
        recipient = roles.recipient
        obliged = (actors.actor(recipient, places=True) if recipient else None) or roles.source
        if obliged is not None and (
            same_actor(obliged, speaker) or same_state(obliged, speaker)
        ):
            return False
        telling.recoded = {"type": telling.type, "factuality": telling.fact}
        roles.target, roles.source = obliged, speaker
        telling.type, telling.mode, telling.fact = "REQUEST", None, "asserted"
        return True

    def _built(
        self,
        doc: Document,
        sent: Span,
        frame: Frame,
        roles: _Roles,
        telling: _Telling,
        size: dict[str, Any],
    ) -> Event:
        entry = frame.entry
        trigger = doc.analysis[frame.trigger]
        event_type, mode = telling.type, telling.mode
        if (event_type, mode) != (entry.type, entry.mode):
            size = self._size(doc, sent, self.ontology.size_of_people.get(f"{event_type}/{mode}"))
        return Event(
            id=_event_id(doc.id, event_type, trigger.idx),
            type=event_type,
            mode=mode,
            context=list(entry.context),
            source=roles.source,
            target=roles.target,
            factuality=telling.fact,
            sentence=TextSpan(sent.start_char, sent.end_char),
            trigger=TextSpan(trigger.idx, trigger.idx + len(trigger.text), trigger.text),
            date=telling.date,
            date_basis=telling.basis,
            location=roles.location,
            reported_by=telling.reporter,
            intensity=self.ontology.intensity(event_type, mode),
            confidence=self._confidence(frame, roles.source, roles.target, roles.implicit),
            attributes=self._attributes(doc, frame, roles, telling, size),
        )

    def _attributes(
        self, doc: Document, frame: Frame, roles: _Roles, telling: _Telling, size: dict[str, Any]
    ) -> dict[str, Any]:
        """The event's attributes beyond PLOVER's fields: how it was coded and read."""
        paragraph = doc.paragraph_at(doc.analysis[frame.trigger].idx)
        attributes: dict[str, Any] = {
            "codebook": self.ontology.codebook,
            "quad": self.ontology.quad(telling.type),
            "rule": frame.entry.id,
        }
        if telling.recoded is not None:
            attributes["recoded_from"] = telling.recoded
        if paragraph is not None:
            attributes["paragraph"] = paragraph.kind
        if telling.reading is not None:
            attributes["plover_reading"] = telling.reading
        if frame.content is not None:
            attributes["content"] = {"type": frame.content.type, "mode": frame.content.mode}
        if konjunktiv_i(doc.analysis, frame):
            attributes["reported_speech"] = True
        if roles.implicit:
            attributes["implicit_source"] = True
        if size:
            attributes["size"] = size
        return attributes

    def _answers_told_act(self, frame: Frame) -> bool:
        """"Ein Anwalt des Beschuldigten wies die Vorwürfe zurück", "the airline rejected the
        demands": an answer whose object names an act told before (a definite or
        demonstrative noun of a type an earlier event has) answers a political act, so it
        is political too, whoever gives it. (Every earlier event passed this filter.)"""
        if frame.entry.type not in self.cues.answer_types:
            return False
        head = self._target_head(frame)
        if head is None:
            return False
        types = self._act_types(head)
        if types is None or not self._refers_back(head):
            return False
        return any("*" in types or before.type in types for before in self._earlier)

    def _political_setting(
        self,
        frame: Frame,
        source: ActorRef | None,
        target: ActorRef | None,
        actors: ActorIndex,
        sent: Span,
    ) -> bool:
        """Is the event political? One of its actors has a political identity of its own,
        or failing that the sentence names a state (also by its adjective: "Iraqi Kurds
        demonstrated") or a political body; a city or region is not enough, nor is a place
        recipient ("reist nach Kiew"), except for attacks on a place. The rules and their
        reasons: ontology.yaml, `identity`."""
        if public_service(source, self.relevance):
            return False  # "Feuerwehr warnt Bürger": a rescue service's work, whomever it reaches
        place_ok = frame.entry.type in PLACE_TARGET_TYPES
        # Peoples of two countries acting on each other stand for their sides
        # ("Palestinians and Israelis failed to reach agreement"): no everyday act.
        peoples = len(countries_of(source) | countries_of(target)) < 2
        for actor, places in ((source, False), (target, place_ok)):
            if actor is None or (actors.is_place_ref(actor) and not places):
                continue
            # A person known by name only is someone whom a state's act may befall
            # ("X was arrested"), but what such a person does, or a person merely named
            # nearby, is private ("Kate Moss met the author X").
            patient = actor is target and frame.entry.type in self.ontology.person_patient_types
            role = "patient" if actor is target else "doer"
            people = peoples and not self._state_adjective(actor, actors, sent)
            event = (frame.entry.type, role, frame.entry.mode) if people else None
            if self._political(actor, persons=patient, event=event):
                return True
        if frame.entry.own_actor or self._private_parties(frame, source, target, actors):
            return False
        # Ordinary people named nearby make an act political as doers or patients of it
        # would (a country's adjective on a thing is the state's); the event's own doer,
        # already weighed above, does not ("die Japaner").
        nearby = [from_mention(m) for m in actors.in_chars(sent.start_char, sent.end_char)
                  if m.type != "PLACE"]
        countries = set().union(*(countries_of(ref) for ref in [source, target, *nearby]))
        kind = (frame.entry.type, "nearby", frame.entry.mode) if len(countries) < 2 else None
        return any(
            self._political(ref, event=None if self._state_adjective(ref, actors, sent) else kind)
            for ref in nearby
            if ref != source
        )

    def _private_parties(
        self,
        frame: Frame,
        source: ActorRef | None,
        target: ActorRef | None,
        actors: ActorIndex,
    ) -> bool:
        """"a collaboration between a college in New York and a university in Russia": a
        joint act (relevance `private_joint_types`) whose every named party is of a private
        sector (a company, a school, a medium) is their own business; a state named in the
        sentence does not make it political."""
        if frame.entry.type not in self.relevance.private_joint_types:
            return False
        parties = [
            member
            for ref in (source, target)
            if ref is not None and not actors.is_place_ref(ref)
            for member in ref.members or [ref]
        ]
        return bool(parties) and all(
            p.sector in self.ontology.private_sectors for p in parties
        )

    def _crime_report(
        self,
        frame: Frame,
        source: ActorRef | None,
        target: ActorRef | None,
        actors: ActorIndex,
        around: tuple[int, int],
    ) -> bool:
        """Are the act's roles and the actors named around it (`around`: its paragraph's
        characters) only private persons and law enforcement (`relevance.crime_report`)?"""
        # The act's word is the trigger's, or the noun of its entry a light verb carries
        # ("launched an investigation"; "rejected the accusations" answers one).
        carried = [self._doc[p.head] for p in frame.slots.get("obj", [])]
        words = [
            self._doc[frame.trigger],
            *(w for w in carried if lemma_of(w) in frame.entry.with_any),
        ]
        lemma = next(
            (
                lemma_of(word)
                for word in words
                if crime_report_act(frame.entry.type, lemma_of(word), self.relevance)
            ),
            None,
        )
        if lemma is None:
            return False  # (the scene is costly to look at)
        mentions = actors.in_chars(*around)
        named = [from_mention(m) for m in mentions if m.is_actor and not actors.is_place(m)]
        persons = {m.entity for m in actors.mentions if m.type == "PERSON" and m.entity}
        event = (frame.entry.type, "nearby", frame.entry.mode)
        # "seized cocaine and two pistols from a house in Dublin": where it happened is no
        # party (a country named makes the scene political below).
        members = (target.members or [target]) if target is not None else []
        parties = [source, *(m for m in members if not actors.is_place_ref(m))]
        return crime_report(
            frame.entry.type,
            lemma,
            [*parties, *named],
            persons,
            lambda actor: self._political(actor, event=event),
            self._political_scene(mentions, actors, around),
            self.relevance,
        )

    def _political_scene(
        self, mentions: list[Any], actors: ActorIndex, around: tuple[int, int]
    ) -> bool:
        """Is a country named in the characters, by its name or its adjective ("Belarusian
        police", "in Iranian custody"), or a protest or riot (relevance `protest_words`)?"""
        if any(m.type == "COUNTRY" for m in mentions):
            return True
        span = self._doc.char_span(*around, alignment_mode="expand")
        if span is None:
            return False
        if any(word_in(t, self.relevance.protest_words) for t in span):
            return True
        words = actors.country_words
        return words is not None and any(
            t.pos_ in {"ADJ", "PROPN"} and words(t.text) for t in span
        )

    def _state_adjective(self, actor: ActorRef, actors: ActorIndex, sent: Span) -> bool:
        """Is an actor of ordinary people a country adjective on a thing ("Deutsche
        Hilfsgüter sind eingetroffen")? That is the state's, not people's ("die Japaner")."""
        if actor.sector not in self.ontology.civilian_sectors or actor.entity is None:
            return False
        for mention in actors.in_chars(sent.start_char, sent.end_char):
            if mention.entity != actor.entity or mention.kind != "adjective":
                continue
            span = self._doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and span[-1].pos_ == "ADJ":
                return True
        return False

    def _state_organ(self, *roles: ActorRef | None) -> bool:
        """Does a government, army, police or other political body take part (not a country
        name alone, which in a sports report is its team)?"""
        for actor in roles:
            if actor is None:
                continue
            if actor.members and self._state_organ(*actor.members):
                return True
            if actor.sector in self.ontology.political_sectors - self.relevance.sport_sides:
                return True
        return False

    def _political(
        self,
        actor: ActorRef | None,
        persons: bool = False,
        event: tuple[str, str, str | None] | None = None,
    ) -> bool:
        """A political identity, and not a rescue or emergency service ("Feuerwehr",
        "firefighters"): their work is no political event whoever employs them. A person
        known by name only has the story's country at most, no political identity of
        their own, unless `persons`. `event`: (type, role, mode) of the act, for ordinary
        people's identity (ontology `identity.civilian`)."""
        if actor is not None and actor.members:
            return any(self._political(member, persons, event) for member in actor.members)
        if actor is not None and not persons and self._actors.private_person(actor):
            return False  # a name with the story's country only ("Gary Heidnik" USA)
        political = self.ontology.is_political(actor, *(event or ()))
        return political and not public_service(actor, self.relevance)

    def _conditioned(self, frame: Frame) -> bool:
        """Does a condition hang on the act ("will boycott the elections unless …")? An
        announced measure on a condition is a threat."""
        if "cond_subj" in frame.slots:
            # A condition set for another party ("…, sollte Santiago die Zölle nicht senken").
            return True
        return any(
            clause.dep_ == "advcl"
            and any(
                m.dep_ == "mark" and lemma_of(m) in self.cues.conditional_markers
                for m in clause.children
            )
            for clause in self._doc[frame.trigger].children
        )

    def _committed(
        self, frame: Frame, fact: str, speaker: Any, source: ActorRef | None = None
    ) -> bool:
        """Is an unreal act the actor's own promise or threat? Plans and refusals are; a
        bare "could"/"may" is the reporter's speculation unless someone said it or it is
        conditional ("would meet … if")."""
        if fact == "negated":
            # "did not sign", "hat nicht unterzeichnet": the act that did not happen, kept
            # (PLOVER's REJECT a reading); "will not sign", "refused to sign" are refusals.
            return not plain_past_negation(self._doc, frame, self.cues)
        if fact == "planned":
            # A plan is a promise when the actor states the intent (a planning verb) or
            # says it itself; a bare future in someone's report ("will send its minister
            # next week, officials said") stays a planned event of its own type.
            # An act set against another party's condition ("will close the border if
            # Pristina keeps the ban") is a threat whoever reports it.
            return (
                planned_by_governor(self._doc, frame, self.cues)
                or speaks_itself(speaker, source)
                or "cond_subj" in frame.slots
            )
        if fact != "possible":
            return True
        if protasis(self._doc, frame, self.cues):
            # "Sollte die EU Sanktionen beschließen, …", "if the EU imposes sanctions": the
            # condition is a possible act, nobody's promise or threat.
            return False
        return speaker is not None or self._conditioned(frame)

    # ------------------------------------------------------------------ role helpers

    def _custody_holder(self, frame: Frame, actors: ActorIndex) -> ActorRef | None:
        """The state whose custody holds someone: the country of a custody noun with a
        modifier, the trigger or the head of one of its prepositional phrases ("in
        türkischer Haft", "in Russian custody"); its authorities, as for agentless acts."""
        doc = self._doc
        custody = self.cues.custody_nouns
        if frame.entry.pos == "noun":
            modifiers = frame.slots.get("gen_modifier", [])
            if lemma_of(doc[frame.trigger]) not in custody or not modifiers:
                return None
            phrases = [Phrase(modifiers[0].start, frame.trigger + 1, frame.trigger)]
        else:
            phrases = [
                p
                for slot, found in frame.slots.items()
                if slot.startswith("prep:")
                for p in found
                if p.start < p.head and lemma_of(doc[p.head]) in custody
            ]
        held = actors.actor(phrases[:1]) if phrases else None
        if held is None or held.country is None or held.entity or held.members:
            return None
        sector = self.cues.implicit_sector(frame.entry.type, frame.entry.mode)
        return ActorRef(name=self.cues.implicit_actor_name, country=held.country, sector=sector)

    def _detainee(self, frame: Frame, actors: ActorIndex) -> ActorRef | None:
        """Who is held: the verb's patient, or the subject of the clause a custody noun
        stands in ("Der Journalist sitzt in Haft")."""
        if frame.entry.pos == "verb":
            return actors.actor(frame.logical("obj"))
        return actors.actor(frame.slots.get("support_subj", []))

    def _received(self, frame: Frame) -> list[Phrase]:
        """An event noun that the clause's subject receives ("erhielt Hilfe", "received
        aid"): the subject's phrases, moved out of the source slot; the giver after a
        `giver_prepositions` preposition takes its place."""
        if frame.entry.pos != "noun" or "support_subj" not in frame.slots:
            return []
        trigger = self._doc[frame.trigger]
        undergone = self._undergone(trigger)
        if trigger.dep_ == "pobj" and not undergone and not (
            frame.entry.type in AMOUNT_TYPES and _amount_of(trigger)
        ):
            return []  # "had drawn a blank in its investigations": only an object is received
        verbs = [self._doc[p.head] for p in frame.slots.get("support_verb", [])]
        verbs += [self._doc[g] for g in frame.governors]
        # "Der Schritt löste Kritik aus": what sets off a reaction receives it.
        set_off = setting_off_verb(frame, self._doc, self.cues) is not None
        if not (undergone or set_off) and not any(
            lemma_of(v) in self.cues.receiving_verbs for v in verbs
        ):
            return []
        recipient = frame.slots.pop("support_subj")
        # What the recipient draws is aimed at it: "That drew rebukes from X" rebukes what
        # "that" refers to, as an object would ("X rebuked that").
        frame.slots.setdefault("obj", recipient)
        for prep in self.cues.giver_prepositions:
            giver = frame.slots.pop(f"prep:{prep}", [])
            if giver:
                frame.slots["support_subj"] = giver
                return recipient
        for prep in self.cues.reactor_prepositions:
            # "stieß bei der Opposition auf Kritik": among whom it arises, a party (not a
            # place: "geriet bei Kupjansk unter Beschuss").
            reactor = frame.slots.get(f"prep:{prep}", [])
            if self._actors.actor(reactor, places=True) is not None and not any(
                m.type == "PLACE"  # a town or region, no state: where, not who
                for phrase in reactor
                for m in self._actors.in_range(phrase.start, phrase.end)
            ):
                frame.slots["support_subj"] = frame.slots.pop(f"prep:{prep}")
                break
        return recipient

    def _undergone(self, noun: Token) -> bool:
        """"came under criticism from X", "geriet unter Beschuss": is the event noun the
        object of an `undergoing_prepositions` preposition on an `undergoing_verbs` verb?"""
        return undergoing_verb(noun, self.cues) is not None

    def _both_sides(
        self, frame: Frame, event: Event, earlier: list[Event], sent: Span
    ) -> ActorRef | None:
        """"riefen beide Seiten zur Zurückhaltung auf", "urged both sides": the parties
        named before in the sentence (other than the source), else those of the latest
        earlier event between several parties. A pair is never one country: a target the
        actor layer gave one country ("beide Regierungen" taken as the speaker's own
        government when the paragraph names no second state) is replaced too."""
        head = self._target_head(frame)
        if head is not None and not self._both_parties(head):
            # "Vertreter beider Regierungen", "envoys of both governments": people of the pair
            head = next(
                (a for a in self._subject_attributes(head) if self._pair_of_parties(a)), None
            )
        if head is None:
            return None
        if event.target is not None and identified(event.target) and not (
            len(countries_of(event.target)) == 1 and self._pair_of_parties(head)
        ):
            return None
        refs: list[ActorRef] = []
        for mention in self._actors.in_chars(sent.start_char, self._doc[frame.trigger].idx):
            if not mention.country or self._actors.is_place(mention):
                continue
            ref = from_mention(mention)
            if event.source is not None and share_party(ref, event.source):
                continue
            if not any(same_country(ref, other) for other in refs):
                refs.append(ref)
        if len(refs) > 1:
            return combine(refs)
        return latest_parties(earlier)

    def _addressee(
        self, frame: Frame, actors: ActorIndex, source: ActorRef | None
    ) -> ActorRef | None:
        """"Auf Einladung der Emirate reiste der Minister …", "following criticism from
        the EU, the minister resigned": a speech act named by a noun with its own doer is
        addressed to the subject of the clause it stands in."""
        entry = frame.entry
        if entry.pos != "noun" or entry.type not in self.cues.speech_act_types:
            return None
        if source is None or not identified(source) or "support_subj" not in frame.slots:
            return None
        if not (frame.slots.get("gen") or frame.slots.get("gen_modifier")):
            return None  # the clause's subject is then the noun's own doer
        addressee = actors.actor(frame.slots["support_subj"])
        if addressee is None or not identified(addressee) or share_party(addressee, source):
            return None
        return addressee

    def _warned_of(
        self, frame: Frame, trigger: Any, source: ActorRef | None, actors: ActorIndex
    ) -> tuple[ActorRef | None] | None:
        """"warnte, radikale Gruppen versuchten, …", "warned that militants were trying to
        …": a warning with no one warned whose content clause tells what someone else
        does is an accusation against that someone (the one-tuple of them, unnamed None)."""
        if frame.entry.type != "THREATEN" or lemma_of(trigger) not in self.cues.warning_verbs:
            return None
        if frame.logical("obj") or frame.logical("iobj") or not frame.slots.get("comp_subj"):
            return None
        phrase = frame.slots["comp_subj"][0]
        warned = actors.actor(frame.slots["comp_subj"])
        head = self._doc[phrase.head]
        if head.pos_ not in {"NOUN", "PROPN"} or not (
            actors.in_range(phrase.start, phrase.end)
            or (warned is not None and (warned.country or warned.entity or warned.sector))
            or lemma_of(head.head) in self.cues.attempt_verbs
        ):
            # "warnte, die Lage könne …": no one acting; "X versuchten, …" acts.
            return None
        if warned is not None and source is not None and (
            same_actor(source, warned) or same_state(source, warned)
        ):
            return None  # a warning of what one's own side does is a threat, no accusation
        return (warned,)

    def _judged_doer(self, frame: Frame) -> ActorRef | None:
        """Whose act a predicate noun of a copula judges ("Such exercises are a
        provocation", "Das sei ein unfreundlicher Akt"): the doer of the act told before
        that its subject refers to ("such exercises", "das")."""
        trigger = self._doc[frame.trigger]
        copulas = self.cues.judgement_copulas
        if any(c.dep_ == "cop" and lemma_of(c) in copulas for c in trigger.children):
            holder = trigger  # the predicate heads the clause ("Das sei ein … Akt")
        elif trigger.dep_ in ("attr", "acomp", "pd") and lemma_of(trigger.head) in copulas:
            holder = trigger.head
        else:
            return None
        # German parses mark "es" before a clause put last as an expletive ("expl").
        subjects = [
            c for c in holder.children if c.dep_ in ("nsubj", "sb", "expl") and c.i != trigger.i
        ]
        if not subjects:
            return None
        subject = subjects[0]
        if lemma_of(subject) in self.cues.expletive_subjects and (
            (doer := self._extraposed_doer(holder, trigger)) is not None
        ):
            return doer
        # "Beijing's decision was a mistake", "it was a mistake by the government to …":
        # the subject's possessor, or a doer named on the predicate, did what is judged.
        owner = self._own_doer(subject, participles=False) or self._own_doer(trigger, False)
        if owner is not None:
            return owner
        if subject.pos_ == "PRON" and lemma_of(subject) in self.cues.referring_determiners:
            types: frozenset[str] | None = frozenset({"*"})
        else:
            # "Die Übernahme der Sanktionen", "the adoption of the sanctions": the act
            # may be named by the subject's genitive or of-phrase.
            inner = [c for c in subject.children if c.dep_ in ("nmod", "ag")] + [
                g for c in subject.children if c.dep_ == "prep" for g in c.children
                if g.dep_ == "pobj"
            ]
            named = [n for n in (subject, *inner) if self._act_types(n) is not None]
            if not named or not self._refers_back(subject):
                return None
            types = self._act_types(named[0])
        for before in reversed(self._earlier):
            if before.source is not None and ("*" in types or before.type in types):
                return before.source
        return None

    def _extraposed_doer(self, holder: Token, predicate: Token) -> ActorRef | None:
        """"It is unacceptable that Russia detained the journalists", "es sei inakzeptabel,
        dass Russland … festgenommen habe": the identified subject of the finite clause with
        a conjunction that the predicate's expletive subject stands for (the parse hangs it
        on the copula or on the predicate), or None."""
        for clause in (*holder.rights, *predicate.rights):
            if clause.dep_ not in COMPLEMENT_CLAUSE_DEPS or not any(
                c.dep_ == "mark" for c in clause.children
            ):
                continue
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "sb")]
            doer = self._actors.actor([dep_phrase(subjects[0])]) if subjects else None
            return doer if doer is not None and identified(doer) else None
        return None

    def _lone_exercise(
        self,
        frame: Frame,
        trigger: Any,
        source: ActorRef | None,
        target: ActorRef | None,
        actors: ActorIndex,
    ) -> bool:
        """"China held war games", "Russland hielt ein Manöver ab": a military exercise of
        one party alone is a show of force; held together (a joint exercise, A and B, with
        a partner) it is cooperation."""
        words = self.cues.exercise_words
        # The exercise is the trigger, its object, or the noun a passive participle
        # describes ("exercises held by Russian troops").
        patients = [self._doc[p.head] for p in frame.logical("obj")]
        nouns = [t for t in (trigger, *trigger.children, *patients) if lemma_of(t) in words]
        if not nouns:
            return False
        near = [m for n in nouns for m in n.subtree] + list(trigger.children)
        if any(word_in(m, self.cues.joint_markers) for m in near):
            return False
        if len(frame.logical("subj")) > 1 or (source is not None and len(source.members) > 1):
            return False
        return target is None or actors.is_place_ref(target)

    def _possessor_target(
        self, frame: Frame, sent: Span, actors: ActorIndex, source: ActorRef | None
    ) -> ActorRef | None:
        """"Russia struggled after Ukrainian drone attacks on its refineries", "meldete
        Drohnenangriffe der Armee auf ihre Stellungen": a possessive pronoun in the
        target phrase refers to the sentence's subject, whose property is hit."""
        phrases = next(
            (frame.logical(slot) for slot in frame.entry.targets if frame.logical(slot)), []
        )
        possessive = next(
            (
                self._doc[i]
                for i in range(phrases[0].start, phrases[0].end)
                if self._doc[i].tag_ in POSSESSIVE_TAGS
            ),
            None,
        ) if phrases else None
        if possessive is None:
            return None
        # The subject of the clause the act is told in, else of the sentence ("Russia
        # has struggled … after drone attacks on its refineries, traders said").
        owner_phrase = frame.slots.get("support_subj", [])
        owner = actors.actor(owner_phrase)
        if owner is None or not identified(owner):
            subjects = [c for c in sent.root.children if c.dep_ in {"nsubj", "sb"}]
            if not subjects or subjects[0].i == frame.trigger:
                return None
            owner_phrase = [dep_phrase(subjects[0])]
            owner = actors.actor(owner_phrase)
        if word_in(possessive, self.cues.plural_possessives) and not self._plural(owner_phrase):
            # "its police seized their boat": a plural possessive is no singular subject's.
            owner = self._plural_owner(possessive, sent, actors, source)
        if owner is None or not identified(owner):
            return None
        if source is not None and share_party(owner, source):
            return None
        return owner

    def _plural(self, phrases: list[Phrase]) -> bool:
        """Do the phrases name more than one: coordinated, or a plural head?"""
        return len(phrases) > 1 or any(
            "Plur" in self._doc[phrase.head].morph.get("Number") for phrase in phrases
        )

    def _plural_owner(
        self, possessive: Token, sent: Span, actors: ActorIndex, source: ActorRef | None
    ) -> ActorRef | None:
        """The plural party a plural possessive takes up: the last noun phrase before it in
        its sentence with a plural head that names an actor other than the doer ("released
        12 Togolese traders after police seized their trucks"), not a place; None if there
        is none."""
        for token in reversed(self._doc[sent.start : possessive.i]):
            if token.pos_ not in {"NOUN", "PROPN"} or "Plur" not in token.morph.get("Number"):
                continue
            if token.dep_ == "compound":
                continue
            owner = actors.actor([dep_phrase(token)])
            if owner is None or not identified(owner) or actors.is_place_ref(owner):
                continue
            if source is None or not share_party(owner, source):
                return owner
        return None

    def _owner_target(
        self, frame: Frame, actors: ActorIndex, source: ActorRef | None
    ) -> ActorRef | None:
        """"closed five offices run by Serbia", "struck depots controlled by Iran": a thing
        hit that a participle of owning or running (cues `owner_participles`) ascribes to
        an agent is that agent's; the agent is the target, unless it is the doer's own."""
        head = self._target_head(frame)
        if head is None:
            return None
        for participle in head.children:
            if participle.dep_ != "acl" or lemma_of(participle) not in self.cues.owner_participles:
                continue
            for agent in participle.children:
                if agent.dep_ != "agent":
                    continue
                for owner_word in agent.children:
                    owner = actors.actor([dep_phrase(owner_word)])
                    if owner is None or not identified(owner):
                        continue
                    if source is not None and share_party(owner, source):
                        return None
                    return owner
        return None

    def _story_authority(self, frame: Frame, target: ActorRef, actors: ActorIndex) -> str | None:
        """Whose authorities made an agentless arrest, sentence or release: the story's one
        country, when the patient is an undescribed crowd of nouns or numbers ("More than
        2,000 people") or someone of that country ("Kamto was later jailed"); never a
        pronoun or nobody, nor a foreigner (whose own state did not arrest them)."""
        if frame.entry.type not in STORY_AUTHORITY_TYPES or target.members:
            return None
        country = self._story_country(actors)
        head = getattr(self._target_head(frame), "pos_", None)
        if country is None or head not in {"NOUN", "NUM", "PROPN"}:
            return None
        if (undescribed(target) and head != "PROPN") or target.country == country:
            return country
        return None

    def _story_country(self, actors: ActorIndex) -> str | None:
        """The one country a story is about: nearly every actor mention with a country
        names it (STORY_SHARE; a few stray ones are places abroad or passing mentions, a
        second country named often makes it a story between states)."""
        if self._story is None:
            countries = Counter(m.country for m in actors.mentions if m.country)
            top = countries.most_common(1)
            share = top[0][1] / countries.total() if top else 0.0
            self._story = (top[0][0] if share >= STORY_SHARE else "",)
        return self._story[0] or None

    def _crowd_roles(
        self, source: ActorRef | None, target: ActorRef | None, location: dict[str, Any]
    ) -> tuple[ActorRef | None, ActorRef | None]:
        """Protesters in a country are, absent other word, its people protesting to its
        government ("Tausende demonstrierten in Tiflis" -> GEO civilians vs GEO)."""
        country = location["country"]
        if source is None or (source.country is None and not source.members and not source.entity):
            name = source.name if source else None
            source = ActorRef(name=name, country=country, sector="CVL")
        if target is None or countryless(target):
            # "blockierten die Autobahnen rund um Paris": a thing is no one addressed.
            target = ActorRef(name=location["name"], country=country)
        return source, target

    def _home_crowd(
        self, source: ActorRef | None, target: ActorRef | None
    ) -> tuple[ActorRef | None, ActorRef | None]:
        """Where no place is named, a crowd and whom it protests against share a country:
        protesters without one are the people of the government they address ("Students
        protested to the Ukrainian government"), and a protest aimed at nobody named, or at
        a thing ("blockierten die Autobahnen"), is aimed at the crowd's own government."""
        if (
            source is not None
            and countryless(source)
            and source.sector not in ORGAN_SECTORS
            and target is not None
        ):
            # (An organ without a country, "die Palästinenserführung", is no crowd.)
            country = state_of(target) or (
                target.country if target.sector in self.ontology.political_sectors else None
            )
            if country is not None:
                source = ActorRef(name=source.name, country=country, sector="CVL")
        if source is not None and source.country and not source.members:
            named_state = source.entity is not None and state_of(source) is not None
            if not named_state and (target is None or countryless(target)):
                # (A state that protests does so to another: a diplomatic protest.)
                name = target.name if target is not None else self.cues.implicit_actor_name
                target = ActorRef(name=name, country=source.country, sector="GOV")
        return source, target

    def _protested_body(self, frame: Frame, actors: ActorIndex) -> ActorRef | None:
        """The state body named in a protest's phrase of place ("outside the embassy"), or
        None."""
        for slot, phrases in frame.slots.items():
            if not slot.startswith("prep:") or slot[5:] not in self.cues.spatial_prepositions:
                continue
            ref = actors.actor(phrases, places=True)
            if (
                ref is not None
                and ref.country
                and not ref.members
                and not actors.is_place_ref(ref)
                and ref.sector in self.ontology.political_sectors
            ):
                return ref
        return None

    def _own_organ_as_foreign_patient(
        self, frame: Frame, source: ActorRef, target: ActorRef
    ) -> bool:
        """"Russia expels diplomats", "Ghana summoned its ambassador": whom a state expels,
        and the envoy it summons, is foreign, so an organ of its own state as the patient
        is a wrong guess of the actor layer (a possessive read as the doer's), not the
        target."""
        foreign = frame.entry.mode in self.cues.foreign_patient_modes or foreign_envoy(
            frame, self._doc, self.cues
        )
        return (
            foreign
            and target.sector in self.cues.foreign_patient_sectors
            and not target.members
            and same_state(source, target)
        )

    def _placed_noun(self, frame: Frame, actors: ActorIndex) -> bool:
        """Does a place phrase of its own follow the event noun ("Kämpfe im Ostkongo",
        "fighting in Darfur"), not one elsewhere in its clause ("Nach dem Angriff … wurden
        in Brüssel …")?"""
        return self._place_after(frame.trigger + 1, frame.trigger + 2, actors) is not None

    def _place_after(self, start: int, end: int, actors: ActorIndex) -> Any:
        """A place (or country adjective) mention right after a place preposition that
        stands between `start` and `end`."""
        doc = self._doc
        for i in range(start, min(end, len(doc))):
            if doc[i].lower_ not in self.cues.place_prepositions:
                continue
            for mention in actors.in_range(i + 1, min(len(doc), i + 5)):
                if actors.is_place(mention) or mention.kind == "adjective":
                    return mention
        return None

    def _doer_place(self, frame: Frame, actors: ActorIndex) -> dict[str, Any] | None:
        """Where an unnamed doer acted, told in its own phrase ("a roadside bombing near
        Samarra", "by a bomb outside the Iraqi city of Basra")."""
        for slot in ("subj", "agent") if not frame.passive else ("agent",):
            for phrase in frame.slots.get(slot, []):
                mention = self._place_after(phrase.start, phrase.end, actors)
                if mention is not None and mention.country:
                    return {"name": mention.name or mention.text, "country": mention.country}
        return None

    def _implicit_source(self, frame: Frame, location: dict[str, Any] | None) -> ActorRef | None:
        """The state where an agentless arrest, sentence or release happens did it."""
        entry = frame.entry
        agentless = frame.passive or entry.pos == "noun" or entry.source == "none"
        sector = self.cues.implicit_sector(entry.type, entry.mode)
        if not agentless or sector is None or not location or not location.get("country"):
            return None
        return ActorRef(
            name=self.cues.implicit_actor_name, country=location["country"], sector=sector
        )

    def _location(
        self, frame: Frame, actors: ActorIndex, sent: Span, phrases_only: bool = False
    ) -> dict[str, Any] | None:
        """A place in a locative phrase of the trigger's clause ("im iranischen Täbris");
        unless `phrases_only`, else any place named in the clause."""
        candidates: list[Phrase] = []
        for prep in self.cues.place_prepositions:
            candidates.extend(frame.slots.get(f"prep:{prep}", []))
        for phrase in candidates:
            for mention in actors.in_range(phrase.start, phrase.end):
                if (actors.is_place(mention) or mention.kind == "adjective") and not (
                    self._departure(sent.doc.char_span(
                        mention.start, mention.end, alignment_mode="expand"
                    ))
                ):
                    return _place(mention, actors, phrase)
        if phrases_only:
            return None
        scope = set(frame.scope)
        for mention in actors.mentions:
            span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if (
                span is not None
                and span.start in scope
                and actors.is_place(mention)
                and not self._departure(span)
            ):
                return _place(mention, actors, None)
        # "killed 23 people when they blew themselves up in Tel Aviv": a clause of the same
        # moment hung on the trigger says where it happened.
        trigger = sent.doc[frame.trigger]
        for clause in trigger.children:
            if clause.dep_ != "advcl" or not any(
                c.dep_ in {"advmod", "mark"} and c.lower_ in self.cues.scene_clause_markers
                for c in clause.children
            ):
                continue
            tokens = {t.i for t in clause.subtree}
            for mention in actors.mentions:
                span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None and span.start in tokens and actors.is_place(mention):
                    return _place(mention, actors, None)
        return None

    def _departure(self, span: Span | None) -> bool:
        """Is a place named after a preposition of whence (cues departure_prepositions:
        "from Afghanistan", "aus dem Libanon"), where the doer came from, or a noun whose
        country is such a place ("Raketenangriff aus dem Libanon")?"""
        if span is None:
            return False
        root = span.root
        return self._whence(root) or any(
            self._whence(child) for child in root.children if child.pos_ in {"NOUN", "PROPN"}
        ) or any(
            child.dep_ == "prep" and word_in(child, self.cues.departure_prepositions)
            for child in root.children
        )

    def _whence(self, noun: Token) -> bool:
        """Is the noun the object of a preposition of whence (English: its head; German:
        its case marker)?"""
        departure = self.cues.departure_prepositions
        if noun.dep_ == "pobj" and word_in(noun.head, departure):
            return True
        return any(c.dep_ == "case" and word_in(c, departure) for c in noun.children)

    # ------------------------------------------------------------------ the rest

    def _date(self, doc: Document, sent: Span, frame: Frame) -> tuple[str | None, str | None]:
        """The date of the trigger's own clause, not the sentence's first date ("ANKARA,
        May 4 - … summoned the envoy on Friday" is Friday): a date the trigger governs,
        else one in its clause, else the one nearest the trigger."""
        narrative = doc.narrative
        if narrative is not None:
            start, end = self._date_span(doc, sent, frame)
            value, basis = narrative.date_for(start, end)
            if value is not None:
                return value, basis
        if doc.published:
            return doc.published[:10], "document"
        return None, None

    def _date_span(self, doc: Document, sent: Span, frame: Frame) -> tuple[int, int]:
        analysis = doc.analysis
        trigger = analysis[frame.trigger]
        dated = [
            t for t in doc.times
            if t.type in ("DATE", "TIME") and sent.start_char <= t.start < sent.end_char
            and not t.attributes.get("dateline")
        ]
        if analysis.has_annotation("DEP"):
            governed = []
            for time in dated:
                if time.background and time.clause and time.clause[0] != trigger.idx:
                    continue  # another verb's relative clause or participle: see time layer
                span = analysis.char_span(time.start, time.end, alignment_mode="expand")
                steps = _steps_to(span.root, trigger) if span is not None else None
                if steps is not None:
                    governed.append((_names_other_noun(span.root, trigger), steps,
                                     abs(time.start - trigger.idx), time.start, time))
            if governed:
                time = min(governed)[-1]
                return time.start, time.end
        if doc.narrative is not None and doc.narrative.anterior(trigger.idx):
            # "summoned the envoy on Thursday after a court refused": the clause of
            # "after" alone, whose day the time layer looks for
            return trigger.idx, trigger.idx + len(trigger.text)
        scope = [analysis[i] for i in frame.scope if sent.start <= i < sent.end]
        inside = [
            t for t in dated
            if scope and scope[0].idx <= t.start and t.end <= scope[-1].idx + len(scope[-1])
        ]
        if inside and len(scope) > 1:
            return scope[0].idx, scope[-1].idx + len(scope[-1])
        return trigger.idx, trigger.idx + len(trigger.text)

    def _size(self, doc: Document, sent: Span, people_key: str | None) -> dict[str, Any]:
        """Figures of the sentence by what they count; with `people_key`, people counted
        by another noun ("45 Demonstranten" in an arrest) count as that key too."""
        size: dict[str, Any] = {}
        for quantity in doc.quantities:
            counts = quantity.attributes.get("counts")
            if counts and sent.start_char <= quantity.start < sent.end_char:
                size.setdefault(counts, quantity.value)
                if people_key and counts not in PLOVER_SIZE_KEYS:
                    size.setdefault(people_key, quantity.value)
        return size

    def _confidence(
        self, frame: Frame, source: ActorRef | None, target: ActorRef | None, implicit: bool
    ) -> float:
        # A transparent heuristic, not a calibrated probability: identified actors and a
        # parse-based frame raise it, inferred actors and compound matches lower it.
        score = 0.3
        if source is not None and (source.country or source.entity or source.members):
            score += 0.25 if not implicit else 0.1
        if target is not None and (target.country or target.entity or target.members):
            score += 0.15
        elif not self.ontology.requires_target(frame.entry.type):
            score += 0.05
        score += 0.1 if frame.from_parse else 0.05
        score += 0.05 if frame.entry.pos == "verb" else 0.0
        score -= 0.1 if frame.compound else 0.0
        # The main predicate is what the sentence reports; embedded mentions less so
        # (a demand's content, a background 'after …' clause, a purpose).
        if frame.depth is not None:
            score += max(0.0, 0.1 - 0.05 * frame.depth)
        return round(min(0.95, max(0.05, score)), 3)


def _amount_of(noun: Any) -> bool:
    """"received 50 million euros in aid": a noun after a preposition on an object that
    counts an amount names what the amount is, so it is received as the object is."""
    prep = noun.head
    counted = prep.head
    return (
        prep.dep_ == "prep"
        and counted.dep_ in {"dobj", "obj"}
        and any(t.like_num for t in counted.subtree if t.i < prep.i)
    )


def _without_nationality(
    text: str,
    mentions: list[Any],
    prefixes: frozenset[str],
    relations: frozenset[str],
    clitics: frozenset[str],
) -> list[Any]:
    """"ethnic Albanians in Serbia", "an anti-Syria journalist": a people or a stance named
    by a country word is no one of that state; such a mention keeps no country (the place
    or the crowd rules then say whose they are). So is a country's ally or proxy ("the
    deputy chief of Israel's militia ally in southern Lebanon"): the possessor names
    whose ally it is, not who it is."""
    kept = []
    for mention in mentions:
        before = text[max(0, mention.start - 12) : mention.start].lower()
        after = text[mention.end : mention.end + 30].lower().split()
        if mention.country and after and after[0] in clitics and relations & set(
            w.strip(".,;:") for w in after[1:3]
        ):
            kept.append(replace(mention, country=None, entity=None))
            continue
        if mention.country:
            if any(
                before.endswith(p if p.endswith("-") else p + " ")
                or mention.text.lower().startswith(p if p.endswith("-") else p + " ")
                for p in prefixes
            ):
                mention = replace(mention, country=None, entity=None)
        kept.append(mention)
    return kept


def _paragraph_pieces(doc: Document) -> list[Span]:
    """The analysis' sentences, cut where a paragraph ends: a title, caption or heading
    without a full stop must not run into the next block ("… Taiwan and Europe Ten
    passenger flights …"), so no event's sentence crosses a paragraph edge."""
    analysis = doc.analysis
    if not doc.paragraphs:
        return list(analysis.sents)
    edges = sorted({p.start for p in doc.paragraphs} | {p.end for p in doc.paragraphs})
    pieces: list[Span] = []
    for sent in analysis.sents:
        start = sent.start
        for token in sent[1:]:
            before = analysis[token.i - 1].idx
            if bisect_right(edges, token.idx) != bisect_right(edges, before):
                pieces.append(analysis[start : token.i])
                start = token.i
        pieces.append(analysis[start : sent.end])
    return [_trim(piece) for piece in pieces if not _blank(piece)]


def _blank(piece: Span) -> bool:
    return all(t.is_space for t in piece)


def _trim(piece: Span) -> Span:
    start, end = piece.start, piece.end
    while end > start + 1 and piece.doc[end - 1].is_space:
        end -= 1
    while start < end - 1 and piece.doc[start].is_space:
        start += 1
    return piece.doc[start:end]


# Dependencies through which a date belongs to the word above it ("on Friday",
# "am Montag", "last week"), without crossing into another predicate.
CLAUSE_STOPS = frozenset({"VERB", "AUX"})


# A speech verb the parser hangs under the reported clause it follows.
REPORT_AFTER_DEPS = frozenset({"parataxis", "conj"})


TIME_POSSESSOR_DEPS = frozenset({"poss", "nmod:poss"})
# PLOVER types whose planned act is coded as the act itself, dated by its own day: a
# meeting or visit someone says will take place.
PLANNED_AS_ITSELF = frozenset({"CONSULT"})


def _names_other_noun(time: Token, trigger: Token) -> bool:
    """A time in the possessive of a noun that is not the event ("was barred from this
    year's race in August"): it says which race, not when the barring happened, so any
    other time of the clause dates the act before it."""
    return time.dep_ in TIME_POSSESSOR_DEPS and time.head.i != trigger.i


def _steps_to(token: Any, trigger: Any) -> int | None:
    """How many steps up from `token` (a date's head) to the trigger, if its head chain
    reaches the trigger before any other verb (the date is in the trigger's own phrase)."""
    current = token
    for steps in range(1, 5):
        if current.head is current:
            return None
        current = current.head
        if current.i == trigger.i:
            return steps
        if current.pos_ in CLAUSE_STOPS:
            return None
    return None


def _key_of(actor: ActorRef) -> str:
    return actor.entity or actor.country or (actor.name or "")


def _party_key(actor: ActorRef) -> str:
    return actor.country or _key_of(actor)


def _repeated_by_ellipsis(frame: Frame, before: Event, event: Event) -> bool:
    """"France condemned the attack, as did Spain": the act an elliptic clause repeats
    (same type, same sentence) is the same act of another doer, not an earlier act the
    target can refer back to."""
    return (
        bool(frame.co_doers)
        and before.type == event.type
        and before.sentence.start == event.sentence.start
    )


def _scene_as_target(event: Event) -> bool:
    """The target is only the place where it happened ("In Peking wies das Ministerium die
    Bedenken zurück" gave Beijing): it may still stand for the doer of a referred act."""
    place = event.location or {}
    target = event.target
    return bool(target is not None and target.entity and place.get("entity") == target.entity)


def _place(mention: Any, actors: ActorIndex, phrase: Phrase | None) -> dict[str, Any]:
    name = mention.name or mention.text
    if phrase is not None and mention.kind == "adjective":
        # "im iranischen Täbris": the adjective gives the country, the head the name.
        name = actors.analysis[phrase.head].text
    return {"entity": mention.entity, "name": name, "country": mention.country}


def _event_id(doc_id: str, event_type: str, offset: int) -> str:
    digest = hashlib.sha1(f"{doc_id}:{event_type}:{offset}".encode()).hexdigest()
    return f"ev-{digest[:16]}"
