"""The source and target a clause names: which slot's actor plays each role.

`RoleChoosers.source` reads the entry's source slots in order (lexicon `sources`), then
the speaker, a German country adjective, the clause's subject, or where a word of
criticism comes from; `RoleChoosers.target` the entry's target slots, then the frame's
other object and recipient phrases. The coder repairs what they leave out (coder._event).
"""

from __future__ import annotations

from typing import Any

from chronist.document import ActorRef
from chronist.events.actors import ActorIndex, CountryWords, identified
from chronist.events.data import Cues, Lexicon
from chronist.events.frames import NO_TARGET_SLOTS, Frame, Phrase
from chronist.events.parties import same_country, share_party
from chronist.events.triggers import lemma_of

__all__ = ["RoleChoosers", "own_possession", "setting_off_verb", "undergoing_verb"]

OBJECT_SLOTS = frozenset({"obj", "comp_obj"})
# Fallback slots of what an act gives or moves (its own troops, its own citizens), and the
# doer of a content clause ("sagte zu, die Bundespolizei werde mit … zusammenarbeiten"):
# the source's own side there carries the act out, another party named beside it is whom
# the act is aimed at.
OWN_SIDE_SLOTS = frozenset({"obj", "comp_obj", "iobj", "comp_iobj", "comp_subj"})
# Subjects of an active clause and conjuncts: UD (both languages) and TIGER.
SUBJECT_DEPS = frozenset({"nsubj", "sb"})
CONJUNCT_DEPS = frozenset({"conj", "cj"})
ANY_SUBJECT_DEPS = SUBJECT_DEPS | {"nsubjpass", "nsubj:pass"}
# Clauses that share their governor's subject: a participle clause, an infinitive.
SHARED_SUBJECT_DEPS = frozenset({"advcl", "xcomp"})
# A relative clause on a noun: UD (both languages), spaCy English and TIGER.
RELATIVE_DEPS = frozenset({"relcl", "acl:relcl", "acl", "rc"})
# A verb's direct object: UD (both languages), spaCy English and TIGER.
OBJECT_DEPS = frozenset({"obj", "dobj", "oa"})
# A noun's doers "between" two sides are both sides (a fight has no target of its own).
BETWEEN_SLOTS = frozenset({"prep:zwischen", "prep:between"})


class RoleChoosers:
    """One document's choosers of the roles its clauses name."""

    def __init__(
        self,
        cues: Cues,
        lexicon: Lexicon,
        language: str,
        country_words: CountryWords,
        actors: ActorIndex,
    ) -> None:
        self.cues = cues
        self.lexicon = lexicon
        self.language = language
        self.country_words = country_words
        self._actors = actors
        self._doc = actors.analysis

    def source(self, frame: Frame) -> ActorRef | None:
        # "die Festnahme des Journalisten durch die Polizei", "the arrest of the journalist
        # by the police": an event noun's doer phrase after its patient names who acts,
        # whatever slot the entry takes its doer from otherwise.
        source = None
        if frame.entry.pos == "noun":
            source = self._actors.actor(frame.slots.get("agent", []))
        for slot in frame.entry.sources:
            places = self._giver_slot(frame, slot)
            source = source or self._slot_actor(frame, slot, places, passive_doer=True)
        if (
            frame.entry.type in self.cues.speech_act_types
            and "subj" in frame.entry.sources
            and not frame.passive
            and self._thing(frame, "subj")
        ):
            # "said the duties were a blow and urged Brussels …": a thing urges nobody
            # (a missile may fly, but not demand or vow); the speaker of the clause the
            # verb was misjoined to does.
            source = self._actors.actor(frame.slots.get("subj_speaker", [])) or source
        if source is None and "gen" in frame.entry.sources:
            source = self._adjective_doer(frame)
        if source is None and frame.entry.pos == "noun" and frame.entry.source != "none":
            source = self._actors.actor(frame.slots.get("support_subj", []))
        if (
            frame.entry.pos == "noun"
            and frame.entry.type in self.cues.speech_act_types
            and frame.entry.source != "none"
            and (source is None or not identified(source))
        ):
            # "Scharfe Kritik … kam aus Peking": where a word of criticism, praise or
            # demand with no identified doer of its own comes from is who says it (not so
            # for acts: "Asyl für einen Oppositionellen aus Belarus").
            for prep in self.lexicon.source_prepositions:
                found = self._actors.actor(frame.slots.get(f"prep:{prep}", []))
                if found is not None and identified(found):
                    return found
            if (found := self._undergone_where(frame)) is not None:
                return found
        if source is None and "subj" in frame.entry.sources and not frame.passive:
            source = self._continued_subject(frame)
        if source is None and frame.entry.type in self.cues.own_force_types:
            # "Capitol police were deployed", "wurden keine zusätzlichen Soldaten
            # stationiert": forces moved with no doer named act for their own state (PLOVER
            # codes the mobilising side as the source).
            source = self._actors.actor(frame.logical("obj"))
        return source

    def _continued_subject(self, frame: Frame) -> ActorRef | None:
        """"Die Regierung Norwegens zeigte sich besorgt. Sie verurteilte …", "Turkey has
        changed its position. It approved …": a third-person pronoun opening its sentence
        as the subject (or after an adverbial: "In 2015, it burned …"), which the actor
        layer left unresolved, continues the subject of the sentence before (what a text
        goes on talking about)."""
        phrases = frame.slots.get("subj", [])
        if len(phrases) != 1:
            return None
        doc = self._doc
        pronoun = doc[phrases[0].head]
        sent = pronoun.sent
        opening = next((t.i for t in sent if not t.is_punct), None)
        if (
            (pronoun.i != opening and not self._fronted_pronoun(pronoun))
            or pronoun.pos_ != "PRON"
            or pronoun.lower_ not in self.cues.continuing_subjects
            or self._actors.at(pronoun.i)
            or sent.start == 0
        ):
            return None
        return self._previous_subject(sent)

    def _continued_object(self, frame: Frame, source: ActorRef | None) -> ActorRef | None:
        """"Nordkorea feuerte zwei Raketen ab. Südkorea warf ihm eine Provokation vor.",
        "Lithuania imposed sanctions on him": a singular third-person object pronoun
        (cues `continuing_objects`) the actor layer left unresolved takes up the subject
        of the sentence before, unless that is the clause's own doer."""
        doc = self._doc
        pronouns = [
            doc[phrase.head]
            for slot, phrases in frame.slots.items()
            if slot in OWN_SIDE_SLOTS or slot.startswith("prep:")
            for phrase in phrases
        ]
        pronoun = self._unresolved(pronouns, self.cues.continuing_objects)
        if pronoun is None:
            return self._plural_object(pronouns, source)
        if pronoun.sent.start == 0:
            return None
        found = self._previous_subject(pronoun.sent)
        if found is None or (source is not None and same_country(found, source)):
            return None
        return found

    def _unresolved(self, pronouns: list[Any], words: frozenset[str]) -> Any:
        """The first of these pronouns whose word is one of `words` and that the actor layer
        left unresolved, or None."""
        return next(
            (
                t
                for t in pronouns
                if t.pos_ == "PRON" and t.lower_ in words and not self._actors.at(t.i)
            ),
            None,
        )

    def _plural_object(self, pronouns: list[Any], source: ActorRef | None) -> ActorRef | None:
        """"Kenya and Uganda protested after China threatened them", "Bulgarien und Rumänien
        gaben nach, als die Kommission ihnen längere Fristen zusicherte": a plural object
        pronoun (cues `plural_continuing_objects`) the actor layer left unresolved takes up
        two or more parties named together as a subject: of another clause before it in
        its sentence, else of the sentence before (active or passive). Not when a
        plural noun of another clause stands between (whom "them" may as well mean), nor
        when the parties share a country with the doer."""
        pronoun = self._unresolved(pronouns, self.cues.plural_continuing_objects)
        if pronoun is None:
            return None
        sent = pronoun.sent
        own_clause = _verb_of(pronoun)
        subjects = [
            t
            for t in sent
            if t.dep_ in ANY_SUBJECT_DEPS and t.i < pronoun.i and _verb_of(t) != own_clause
        ]
        if not subjects and sent.start > 0:
            before = self._doc[sent.start - 1].sent
            subjects = [t for t in before.root.children if t.dep_ in ANY_SUBJECT_DEPS]
        for subject in reversed(subjects):
            members = [subject, *(c for c in subject.children if c.dep_ in CONJUNCT_DEPS)]
            if len(members) < 2 or self._plural_between(members[-1], pronoun):
                continue
            found = self._actors.actor([Phrase(t.i, t.i + 1, t.i) for t in members])
            if found is None or len(found.members) < 2 or not identified(found):
                continue
            if source is not None and share_party(found, source):
                return None
            return found
        return None

    def _plural_between(self, antecedent: Any, pronoun: Any) -> bool:
        """Does a plural noun stand between the antecedent and the pronoun, outside the
        pronoun's own clause (its clause-mates are never what it stands for)?"""
        verb = _verb_of(pronoun)
        return any(
            t.pos_ in {"NOUN", "PROPN"} and "Plur" in t.morph.get("Number") and _verb_of(t) != verb
            for t in self._doc[antecedent.i + 1 : pronoun.i]
        )

    def _undergone_where(self, frame: Frame) -> ActorRef | None:
        """"Der Schritt stieß in Moskau auf Kritik", "the plan met with criticism in
        Berlin", "löste in Zagreb Kritik aus": where a word undergone (cues
        undergoing_prepositions/_verbs) or set off (setting_off_verbs) meets its recipient
        is the state that says it, a place standing for its country."""
        trigger = self._doc[frame.trigger]
        verb = undergoing_verb(trigger, self.cues)
        if verb is None:
            verb = setting_off_verb(frame, self._doc, self.cues)
        if verb is None:
            return None
        # An in-phrase on the verb itself, not inside its subject ("Der Plan … in Warschau"),
        # or on the reaction's own noun ("löste Kritik in Zagreb aus").
        places = [
            noun
            for child in (*verb.children, *trigger.children)
            for noun in ([child] if child.pos_ in {"NOUN", "PROPN"} else list(child.children))
            if noun.pos_ in {"NOUN", "PROPN"}
            and any(
                lemma_of(t) == "in" and t.pos_ == "ADP"
                for t in (child, *noun.children)
            )
        ]
        found = self._actors.actor([Phrase(n.i, n.i + 1, n.i) for n in places[:1]], places=True)
        if found is None or not found.country or found.members:
            return None
        return ActorRef(name=found.name, country=found.country)

    def _fronted_pronoun(self, pronoun: Any) -> bool:
        """Is a token a third-person subject pronoun (cues continuing_subjects) of its
        sentence's main verb that the actor layer left unresolved, with no actor before it
        in its sentence ("In 2015, it burned …"): the subject of the sentence before?"""
        sent = pronoun.sent
        return (
            pronoun.pos_ == "PRON"
            and pronoun.lower_ in self.cues.continuing_subjects
            and pronoun.head.i == sent.root.i
            and sent.start > 0
            and not self._actors.at(pronoun.i)
            and not self._actors.in_range(sent.start, pronoun.i)
        )

    def _previous_subject(self, sent: Any) -> ActorRef | None:
        """The identified actor that is the subject of the sentence before `sent`; the
        subject nearest the verb ("LONDON, May 12 - Turkey has …": a dateline's place is
        parsed as a subject too)."""
        before = self._doc[sent.start - 1].sent
        for subject in reversed([t for t in before.root.children if t.dep_ in SUBJECT_DEPS]):
            # "Die Niederlande und Belgien …": each conjunct is a member.
            members = [subject, *(c for c in subject.children if c.dep_ in CONJUNCT_DEPS)]
            found = self._actors.actor([Phrase(t.i, t.i + 1, t.i) for t in members])
            if found is not None and identified(found):
                return found
        return None

    def _giver_slot(self, frame: Frame, slot: str) -> bool:
        """"erhält Panzer aus Frankreich", "received jets from Sweden": a converse verb's
        giver phrase names the state that gives, so a place there stands for its country
        (as a recipient's place does)."""
        prep = slot.removeprefix("prep:")
        return frame.entry.pos == "verb" and prep != slot and prep in self.cues.giver_prepositions

    def _slot_actor(
        self, frame: Frame, slot: str, places: bool = False, passive_doer: bool = False
    ) -> ActorRef | None:
        if slot in NO_TARGET_SLOTS:
            return None
        if slot == "gen":
            found = self._actors.actor(frame.slots.get("gen", []), places)
            if found is None:
                found = _mentioned_only(self._actors, frame.slots.get("gen_modifier", []))
            return found
        found = self._actors.actor(frame.logical(slot), places)
        # The subject's antecedent ("Ankara said it …"); also for a source that is the
        # passive subject ("said it was concerned by …", lexicon source obj).
        subject = slot == "subj" and not frame.passive
        if found is None and (subject or (passive_doer and slot == "obj" and frame.passive)):
            found = self._actors.actor(frame.slots.get("subj_fallback", []), places)
        return found

    def _adjective_doer(self, frame: Frame) -> ActorRef | None:
        """"die chinesische Kritik an Japan", "des russischen Angriffskriegs": a country
        adjective before a German event noun names the state that acts. The German actor
        layer takes such adjectives for actors only before nouns of bodies and arms."""
        modifiers = frame.slots.get("gen_modifier", [])
        if self.language != "de" or frame.entry.pos != "noun" or not modifiers:
            return None
        doc = self._doc
        countries = {
            code
            for token in doc[modifiers[0].start : frame.trigger]
            # "prorussische", "pro-russische": a stance, not the doer.
            if token.pos_ == "ADJ" and token.is_alpha
            and (token.i == 0 or doc[token.i - 1].text != "-")
            for code in self.country_words(token.text)
        }
        if len(countries) != 1:
            return None
        sector = self.cues.implicit_sector(frame.entry.type, frame.entry.mode)
        return ActorRef(name=None, country=countries.pop(), sector=sector)

    def _thing(self, frame: Frame, slot: str) -> bool:
        """Is the slot's head a common noun that no actor mention covers?"""
        phrases = frame.slots.get(slot, [])
        if not phrases or "subj_speaker" not in frame.slots:
            return False
        head = self._doc[phrases[0].head]
        return head.pos_ == "NOUN" and not self._actors.at(head.i)

    def target(
        self, frame: Frame, source: ActorRef | None = None
    ) -> ActorRef | None:
        if (doer := self.act_doer(frame)) is not None:
            return doer
        # The entry's own slots first; a bare description there ("rejected a fresh offer")
        # gives way to an identified actor elsewhere in the frame ("… from Kabul").
        described = None
        joint = (
            frame.entry.type in self.cues.joint_types and len(frame.logical("subj")) > 1
        ) or self.between(frame)
        for slot in frame.entry.targets:
            found = self._located(frame, slot, self._slot_actor(frame, slot, places=True))
            if found is not None and joint and slot == "obj" and self._actors.is_place_ref(found):
                continue  # a place inside the object ("A and B signed a treaty in Abu Dhabi")
            if found is not None and found.country is None and self._addressee_slot(slot):
                continue  # "beschwerte sich beim Sicherheitsrat": a forum, no accused
            if found is not None and identified(found):
                return found
            described = described or found
        # Beyond the entry's frame: a named actor in an object or recipient phrase.
        preps = self.cues.recipient_prepositions
        fallback = ["obj", "iobj"] + [f"prep:{p}" for p in preps]
        if frame.entry.pos == "noun" and frame.entry.type in self.cues.patient_noun_types:
            # "its invasion of South Lebanon", "the bombing of Gaza": the of-phrase of an
            # attack noun is whom it hits.
            fallback[2:2] = [f"prep:{p}" for p in self.cues.patient_prepositions]
        fallback += ["comp_subj", "comp_obj", "comp_iobj"] + [f"comp_prep:{p}" for p in preps]
        if "nobody" in frame.entry.targets or joint:
            # "fired a missile into the sea", "fires missiles as …" (target `nobody`, not
            # only no slot of its own): an act aimed at nobody but whoever a condition
            # names;
            # "Armenia and Azerbaijan signed a treaty": a joint act has no other party
            # beyond its own frame (PLOVER: all in the source).
            fallback = []
        fallback += ["cond_subj"]
        patient = self._patient_genitive(frame)
        if patient:
            fallback.insert(0, patient)
        own_side = None
        for slot in fallback:
            if slot in frame.entry.targets or (slot in frame.entry.sources and slot != patient):
                continue
            if slot in OBJECT_SLOTS and own_possession(self._doc, frame.slots.get(slot, [])):
                continue
            found = self._located(frame, slot, self._slot_actor(frame, slot, places=True))
            if found is not None and self._venue(frame, slot, found, source):
                continue
            if found is not None and identified(found):
                own = slot in OWN_SIDE_SLOTS
                if source is not None and own and same_country(found, source):
                    # "bot dem Libanon Truppen an", "offered to hand two of its citizens
                    # to Britain": the source's own troops or people are what it gives;
                    # another party named beside them is whom it is aimed at.
                    own_side = own_side or found
                    continue
                return found
        if own_side is None and (described is None or not identified(described)):
            described = self._continued_object(frame, source) or described
        return own_side or described

    def act_doer(self, frame: Frame) -> ActorRef | None:
        """"Palau burned the boats, a move that drew a protest from Vietnam", "Polen schloss
        die Grenze, ein Schritt, der in Moskau auf Kritik stieß", "…, a move Georgetown has
        called illegal": a reaction aimed at a noun that names the act of the clause it is
        put beside (cues act_nouns), directly or through a relative pronoun, is aimed at
        that clause's doer. The doer when identified, else None."""
        doc = self._doc
        trigger = doc[frame.trigger]
        heads = [doc[p.head] for slot in (*frame.entry.targets, "obj") for p in frame.logical(slot)]
        if trigger.dep_ in RELATIVE_DEPS and not _relative_subject(trigger):
            heads.append(trigger.head)  # "a move Georgetown called illegal": its object
        receiving = (
            self.cues.receiving_verbs | self.cues.undergoing_verbs | self.cues.setting_off_verbs
        )
        for verb in (doc[p.head] for p in frame.slots.get("support_verb", [])):
            if verb.dep_ in RELATIVE_DEPS and lemma_of(verb) in receiving:
                heads.append(verb.head)  # "a move that drew a protest": whom it is aimed at
        for head in heads:
            if head.pos_ == "PRON" and head.head.dep_ in RELATIVE_DEPS:
                head = head.head.head  # "a move that drew …": the pronoun's antecedent
            if head.pos_ != "NOUN" or lemma_of(head).lower() not in self.cues.act_nouns:
                continue
            verb = next((t for t in head.ancestors if t.pos_ in {"VERB", "AUX"}), None)
            path = [trigger, *trigger.ancestors]
            if verb is None or (verb in path and head not in path[: path.index(verb)]):
                return None  # "The move drew criticism": no clause beside it names the act
            doer = _clause_subject(verb)
            if doer is None:
                return None
            found = self._actors.actor([Phrase(doer.i, doer.i + 1, doer.i)])  # its own mention
            if found is None and self._fronted_pronoun(doer):
                found = self._previous_subject(doer.sent)  # "In 2015, it burned …"
            return found if found is not None and identified(found) else None
        return None

    def _addressee_slot(self, slot: str) -> bool:
        return slot.removeprefix("prep:") in self.cues.addressee_prepositions

    def _patient_genitive(self, frame: Frame) -> str | None:
        """"der Beschuss der Stadt durch russische Truppen", "die Kritik der Regierung durch
        die Opposition": an event noun whose doer stands in an agent phrase has its patient
        in the genitive (genitivus obiectivus), whatever slot its entry takes the doer
        from; not a von-phrase ("die Lieferung von Kampfjets … durch die USA": the thing)."""
        genitive = frame.slots.get("gen")
        if frame.entry.pos != "noun" or not frame.slots.get("agent") or not genitive:
            return None
        start = genitive[0].start
        if start > 0 and self._doc[start - 1].pos_ == "ADP":
            return None
        return "gen"

    def _located(self, frame: Frame, slot: str, found: ActorRef | None) -> ActorRef | None:
        """"zog sich aus mehreren Vierteln von Gaza-Stadt zurück", "im Hafen von Beira": a
        target noun of no country with a place right after it in a von-phrase (cues
        `place_attribute_prepositions`) lies in that place, so it is the place's country's,
        as "die Viertel Gaza-Stadts" is (a place, not an actor: no passive's doer)."""
        if found is None or identified(found) or slot in NO_TARGET_SLOTS:
            return found
        phrases = frame.logical(slot)
        end = phrases[-1].end if phrases else None
        if end is None or end >= len(self._doc):
            return found
        if self._doc[end].lower_ not in self.cues.place_attribute_prepositions:
            return found
        for key, attached in frame.slots.items():
            if key.startswith("prep:") and attached and attached[0].start == end + 1:
                place = self._actors.actor(attached[:1], places=True)
                if place is not None and place.country and self._actors.is_place_ref(place):
                    return place
        return found

    def _venue(
        self,
        frame: Frame,
        slot: str,
        found: ActorRef,
        source: ActorRef | None,
    ) -> bool:
        """"berieten in Addis Abeba", "held talks in Geneva": a place abroad where parties
        meet or agree (after a place preposition, or inside the object) is the venue, no
        party (a visit's place is its target by the entry; a meeting at home, "im Weißen
        Haus", stays the domestic act it is)."""
        return (
            frame.entry.type in self.lexicon.venue_types
            and not (source is not None and same_country(found, source))
            and frame.entry.mode != "visit"
            and (slot in OBJECT_SLOTS or slot.removeprefix("prep:") in self.cues.place_prepositions)
            and self._actors.is_place_ref(found)
        )

    def between(self, frame: Frame) -> bool:
        """Does an event noun take its doers from a between-phrase ("clashes between Thai
        and Cambodian troops"): both sides act, on each other."""
        return frame.entry.pos == "noun" and any(
            slot in frame.slots for slot in frame.entry.sources if slot in BETWEEN_SLOTS
        )


def undergoing_verb(noun: Any, cues: Cues) -> Any:
    """"came under criticism from X", "geriet unter Beschuss", "stieß auf Kritik": the verb
    (cues undergoing_verbs) whose undergoing preposition (undergoing_prepositions) has the
    event noun as its object, or None."""
    if noun.dep_ == "pobj":
        preposition, verb = noun.head, noun.head.head
    else:
        # Universal Dependencies: the preposition is the noun's case marker.
        preposition = next((c for c in noun.children if c.dep_ == "case"), noun)
        verb = noun.head
    if (
        lemma_of(preposition) in cues.undergoing_prepositions
        and lemma_of(verb) in cues.undergoing_verbs
    ):
        return verb
    return None


def setting_off_verb(frame: Frame, doc: Any, cues: Cues) -> Any:
    """"Der Schritt löste in Zagreb Kritik aus": the verb (cues setting_off_verbs) whose
    object is the event noun, the reaction it sets off; or None. Not a noun in a
    prepositional phrase ("löste mit dem Angriff eine Fluchtwelle aus": the act is the
    means, its doer still the doer). Only for words of speech (cues speech_act_types: a
    criticism, a rejection): "Der Tod der Kurdin löste Proteste aus" names no protester."""
    trigger = doc[frame.trigger]
    if frame.entry.type not in cues.speech_act_types:
        return None
    if trigger.dep_ in OBJECT_DEPS and lemma_of(trigger.head) in cues.setting_off_verbs:
        return trigger.head
    return None


def _relative_subject(verb: Any) -> bool:
    """Is the subject of a relative clause's verb its relative pronoun ("a move that
    threatens X": the move does it)?"""
    return any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON" for c in verb.children)


def _clause_subject(verb: Any) -> Any:
    """The active subject of a verb, or of the verb it is coordinated with or whose
    participle clause it opens ("closed five offices, seizing documents and detaining two
    employees, in a move …": the police's); None."""
    while True:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            # The one nearest the verb: a dateline's place is parsed as a subject too.
            return min(subjects, key=lambda c: abs(verb.i - c.i))
        if verb.dep_ not in CONJUNCT_DEPS | SHARED_SUBJECT_DEPS or verb.head.i == verb.i:
            return None
        verb = verb.head


def own_possession(analysis: Any, phrases: list[Phrase]) -> bool:
    """"offered its troops to Lebanon": an object owned by a pronoun ("its", "their") is
    what the actor gives or uses, not whom the act is aimed at."""
    return any(
        child.dep_ in {"poss", "nmod:poss"} and child.pos_ == "PRON"
        for phrase in phrases
        for child in analysis[phrase.head].children
    )


def _mentioned_only(actors: ActorIndex, phrases: list[Phrase]) -> ActorRef | None:
    """Modifiers count as actors only when the actor layer recognised them."""
    for phrase in phrases:
        mentions = [
            m for m in actors.in_range(phrase.start, phrase.end + 1) if not actors.is_place(m)
        ]
        if mentions:
            head = actors.last_token(mentions[0])
            return actors.actor([Phrase(phrase.start, phrase.end + 1, head)])
    return None


def _verb_of(token: Any) -> int:
    """The index of the verb whose clause holds the token (through prepositions and
    nouns), or of the sentence root."""
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token.i
