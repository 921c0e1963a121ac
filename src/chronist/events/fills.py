"""Parties the text leaves implicit, guessed from around an act and filled in late.

Whom a coordinated act, a request for calm, a domestic act or the sentence's other country
implies as the target, and whose a party without a country is: `ImpliedParties.note`
guesses them as each event is coded; `fill_domestic` fills the domestic country after
merging and `fill` the rest after plausibility, so that the text's own parties decide
merging and every coding rule, and a guess decides neither which events are kept nor how
they rank.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span

from chronist.document import ActorRef, Event
from chronist.events.actors import ActorIndex, identified
from chronist.events.data import Cues, Entry, Lexicon
from chronist.events.frames import Frame, Phrase
from chronist.events.parties import (
    ORGAN_SECTORS,
    countries_of,
    countryless,
    opposed_sides,
    share_party,
    state_of_source,
)
from chronist.events.triggers import lemma_of, word_in

__all__ = ["ImpliedParties", "foreign_envoy"]

# Acts a state's party does as a guest: talks or a meeting held in another country are
# held with that country's state, the host ("zu Gesprächen in Peking", "talks in Paris").
HOSTED_TYPES = frozenset({"CONSULT"})
# A story is about one country when at least this share of its actor mentions with a
# country name it, and a doer is a passer-by in it when at most this share name the
# doer's own ("the State Department called on all sides" in a story about Cameroon).
STORY_LEAD_SHARE = 0.5
PASSING_SHARE = 0.25
# What a passer-by does about the story's country: appeals, criticism, approval. Its own
# admissions or promises ("räumte Versäumnisse ein", "sagte seine Teilnahme zu") stay
# domestic.
PASSING_REACTION_TYPES = frozenset({"REQUEST", "ACCUSE", "SUPPORT"})


class ImpliedParties:
    """One document's implied parties, by event id."""

    def __init__(
        self,
        cues: Cues,
        lexicon: Lexicon,
        language: str,
        noun_entries: Callable[[str], list[Entry]],
        actors: ActorIndex,
    ) -> None:
        self.cues = cues
        self.lexicon = lexicon
        self.language = language
        self._noun_entries = noun_entries
        self._actors = actors
        self._doc: Doc = actors.analysis
        self._homes: dict[str, str] = {}
        self._domestic: dict[str, str] = {}
        self._addressed: dict[str, ActorRef] = {}
        self._counterparts: dict[str, str] = {}

    def note(self, event: Event, frame: Frame, sent: Span, events: list[Event]) -> None:
        """Guess the implied parties of `event`, the last of the events coded so far."""
        earlier = events[:-1]
        if (home := self._home_party(event, frame, sent)) is not None:
            self._homes[event.id] = home
        if (addressee := self._conjunct_addressee(frame, event, events)) is not None:
            self._addressed[event.id] = addressee
        elif (sides := self._appealed_sides(frame, event, earlier)) is not None:
            self._addressed[event.id] = sides
        elif (host := self._venue_host(event)) is not None:
            self._domestic[event.id] = host
        elif (country := self._domestic_country(event, frame, sent)) is not None:
            self._domestic[event.id] = self._story_of(country, event.type)
        elif (other := self._counterpart(event, frame, sent)) is not None:
            self._counterparts[event.id] = other
        elif (party := self._earlier_party(event, frame, sent, earlier)) is not None:
            self._counterparts[event.id] = party

    def fill_domestic(self, events: list[Event]) -> None:
        """The domestic country as target of the merged events without one."""
        for event in events:
            country = self._domestic.get(event.id)
            if country is not None and (event.target is None or not event.target.country):
                event.target = _with_country(event.target, country)

    def fill(self, events: list[Event]) -> None:
        """The kept events' other implied parties: a doer's home country, and a target
        where the event has no identified one."""
        for event in events:
            if (
                event.id in self._homes
                and event.source is not None
                and countryless(event.source)
            ):
                event.source = replace(event.source, country=self._homes[event.id])
            if event.target is not None and identified(event.target):
                continue
            if event.id in self._addressed:
                event.target = self._addressed[event.id]
            elif event.id in self._counterparts:
                event.target = _with_country(event.target, self._counterparts[event.id])

    def _conjunct_addressee(
        self, frame: Frame, event: Event, earlier: list[Event]
    ) -> ActorRef | None:
        """"Poland summoned the Russian ambassador and demanded an explanation", "bestellte
        den Botschafter ein und verlangte die Freigabe", "met the envoy and promised aid": a
        demand, threat or promise (cues content_object_types: its object is what is asked)
        that names no addressee of its own, coordinated after another act of the same doer,
        is addressed to whom that act was done to (a place is no addressee)."""
        if event.type not in self.cues.content_object_types or event.source is None:
            return None
        if event.target is not None and identified(event.target):
            return None
        trigger = self._doc[frame.trigger]
        if trigger.dep_ != "conj":
            return None
        # The first conjunct's verb: the head, or the verb above a word the parser hung the
        # coordination on ("kritisierte die Ukraine scharf und drohte": conj of "scharf").
        head = next(
            (t for t in [trigger.head, *trigger.head.ancestors] if t.pos_ in {"VERB", "AUX"}),
            None,
        )
        if head is None or head.i >= trigger.i:
            return None
        before = next((e for e in earlier if e.trigger.start == head.idx), None)
        if before is None or before.source is None or before.target is None:
            return None
        if not share_party(before.source, event.source) or share_party(before.target, event.source):
            return None
        if not identified(before.target) or self._actors.is_place_ref(before.target):
            return None
        return before.target

    def _appealed_sides(
        self, frame: Frame, event: Event, earlier: list[Event]
    ) -> ActorRef | None:
        """"Canada urged restraint", "Brazil called for calm", "Die EU rief zur Zurückhaltung
        auf": a request for calm (cues requested_states) that names nobody it asks is made
        to the two sides of the story's conflict, neither of them the requester's country
        (_story_sides)."""
        if event.type != "REQUEST" or event.source is None:
            return None
        if event.target is not None and identified(event.target):
            return None
        asked = frame.logical("obj") + [
            phrase for slot, found in frame.slots.items() if slot.startswith("prep:")
            for phrase in found
        ]
        if not any(self._asks_for_calm(phrase) for phrase in asked):
            return None
        return _story_sides(earlier, countries_of(event.source))

    def _asks_for_calm(self, phrase: Phrase) -> bool:
        """Does an object phrase name a state asked for ("restraint", "de-escalation")?"""
        states = self.cues.requested_states
        return lemma_of(self._doc[phrase.head]) in states or any(
            token.lower_ in states for token in self._doc[phrase.start : phrase.end]
        )

    def _domestic_country(
        self, event: Event, frame: Frame, sent: Span
    ) -> str | None:
        """An act by an actor of one country whose sentence names no other country is a
        domestic act: whom it concerns ("allowed refugees to return", "lifted the ban on
        the party", "declined to resign", "called off the strike") is of that country, as
        PLOVER codes it (the same country on both sides). Not for acts a state's forces do
        abroad without the text saying where (cues foreign_reach_types: "US drone attacks
        killed eight leaders"), nor when a state named as a whole acts on nobody named
        ("Austria protested"). The country, or None."""
        source, target = event.source, event.target
        if source is None or event.type in self.cues.foreign_reach_types:
            return None
        if event.mode in self.cues.foreign_patient_modes:
            return None  # a state expels foreign diplomats
        if event.mode in self.cues.own_office_modes:
            return None  # "the minister resigned": the doer leaves an office, no one is acted on
        if envoy_patient(frame, self._doc, self.cues.envoy_nouns):
            return None  # "bestellte den Botschafter ein": a state summons foreign envoys
        if self._cross_border(frame):
            return None  # "stoppte die Gasexporte": exports and imports cross a border
        if (
            target is None
            and event.type in self.cues.addressed_types
            and not self._asks_own_state(source, sent)
        ):
            return None  # "demanded sanctions", "threatened to retaliate": at someone unnamed
        if target is not None and (
            target.country
            or target.members
            or target.sector in self.cues.transnational_sectors
        ):
            # A named party without a country of its own ("lift the ban on the FIS", "an
            # appeal from President X") is of the story's one country too; an international
            # body or company is not.
            return None
        country = state_of_source(source)
        if country is None:
            return None
        host = self._envoy_host(frame, country)
        if host is not None:
            # "The U.S. envoy to Malawi applauded the runoff": an envoy speaks to the state
            # they are posted to.
            return host
        mentions = self._actors.in_chars(sent.start_char, sent.end_char)
        if any(
            m.kind != "adjective"
            and (m.name or m.text) == source.name
            and (self._actors.is_state(m) or (self._actors.is_place(m) and source.sector == "GOV"))
            for m in mentions
        ):
            # A state named as a whole acts abroad: "Austria protested", "Iran is committed
            # to the deal", "Chile rejected the proposal" concern states the sentence does
            # not name; so does a government named by the capital it speaks in ("In Kabul
            # wurde die Darstellung zurückgewiesen", coder._seat_voice).
            return None
        for mention in mentions:
            # A place abroad says where, not who ("refugees who have lived in Iraq").
            if (
                mention.country
                and mention.country != country
                and not self._actors.is_place(mention)
            ):
                return None
        return country

    def _venue_host(self, event: Event) -> str | None:
        """"Der Minister wird zu Gesprächen in Peking erwartet", "held talks in Nairobi":
        talks or a meeting (HOSTED_TYPES) of one country's party held in another country,
        with nobody named to meet, are held with the host state (as a visit is: "traf zu
        einem Besuch in Amman ein" -> JOR). The host country, or None."""
        source, target, location = event.source, event.target, event.location
        if event.type not in HOSTED_TYPES or source is None or not location:
            return None
        country = state_of_source(source)
        host = location.get("country")
        if country is None or host is None or host == country:
            return None
        if target is not None and (target.country or target.members or target.entity):
            return None
        return host

    def _story_of(self, country: str, event_type: str) -> str:
        """The country whose people a domestic-looking act concerns: the doer's own, unless
        the doer only passes through a story about another country (STORY_LEAD_SHARE,
        PASSING_SHARE) and reacts to it (PASSING_REACTION_TYPES): a foreign government's
        appeal "to all sides" there is to that country's parties."""
        if event_type not in PASSING_REACTION_TYPES:
            return country
        countries = Counter(m.country for m in self._actors.mentions if m.country)
        total = countries.total()
        if not total:
            return country
        lead, count = countries.most_common(1)[0]
        if (
            lead != country
            and count / total >= STORY_LEAD_SHARE
            and countries[country] / total <= PASSING_SHARE
        ):
            return lead
        return country

    def _asks_own_state(self, source: ActorRef, sent: Span) -> bool:
        """"Die Grünen forderten, …", "the union demanded a pay rise": a country's own
        party, opposition or union (cues domestic_demander_sectors) that asks nobody named
        asks its own state, in a sentence that names no other country, not even as a
        place (a demand about somewhere abroad may be aimed there)."""
        country = state_of_source(source)
        if country is None or source.sector not in self.cues.domestic_demander_sectors:
            return False
        return not any(
            mention.country and mention.country != country
            for mention in self._actors.in_chars(sent.start_char, sent.end_char)
        )

    def _envoy_host(self, frame: Frame, country: str) -> str | None:
        """The country an envoy doer is posted to ("envoy to Malawi", "Botschafter in
        Malawi"): a state named right after the envoy noun and a preposition of posting."""
        doc = self._doc
        envoys = self.cues.envoy_nouns
        for phrase in frame.logical("subj"):
            head = doc[phrase.head]
            word = head.lower_.split("-")[-1]
            if not (word_in(head, envoys) or word in envoys):
                continue
            after = head.i + 1
            if after >= len(doc) or not word_in(doc[after], self.lexicon.posting_prepositions):
                continue
            for mention in self._actors.in_range(after + 1, min(after + 5, len(doc))):
                if mention.country and mention.country != country and (
                    self._actors.is_state(mention) or self._actors.is_place(mention)
                ):
                    return mention.country
        return None

    def _counterpart(
        self, event: Event, frame: Frame, sent: Span
    ) -> str | None:
        """An act done to another party (cues counterpart_types) with no target named is
        done to the one other country the sentence names as an actor, not as a place:
        "Guyana says a Venezuelan vessel threatened oil ships", "Armenian officials say no
        Azerbaijani troops have left the villages", "Bundesrat übernimmt EU-Sanktionen –
        Moskau droht mit Gegenmaßnahmen". Two or more such countries leave it open, and a
        country inside an adverbial clause of another act ("declined to resign after
        Uganda protested") is that act's party, not this one's, as is the doer of the same act
        in an elliptic clause ("…, as did Spain"). The country, or None."""
        source, target = event.source, event.target
        if event.type not in self.cues.counterpart_types or source is None:
            return None
        if not identified(source) or "nobody" in frame.entry.targets:
            return None
        if target is not None and (target.country or target.entity or target.members):
            return None
        own = countries_of(source)
        beside = {t for p in frame.co_doers for t in range(p.start, p.end)}
        others = {
            m.country
            for m in self._actors.in_chars(sent.start_char, sent.end_char)
            if m.country
            and m.is_actor
            and not self._actors.is_place(m)
            and m.country not in own
            and self._actors.last_token(m) not in beside
            and not self._in_other_clause(self._actors.last_token(m), frame.trigger)
            and not self._in_adverbial_act(self._actors.last_token(m), frame.trigger)
        }
        return others.pop() if len(others) == 1 else None

    def _in_other_clause(self, token: int, trigger: int) -> bool:
        """Does the token lie in an adverbial clause that does not hold the trigger?"""
        if token < 0:
            return False
        governors = {t.i for t in self._doc[trigger].ancestors} | {trigger}
        return any(
            t.dep_ == "advcl" and t.i not in governors
            for t in [self._doc[token], *self._doc[token].ancestors]
        )

    def _in_adverbial_act(self, token: int, trigger: int) -> bool:
        """Does the token lie under the act noun of an adverbial of time, cause or
        concession that does not hold the trigger ("imposed sanctions after the attack on
        Ukraine", "wegen der Angriffe auf die Ukraine")? That act's party, not this one's."""
        if token < 0:
            return False
        governors = {t.i for t in self._doc[trigger].ancestors} | {trigger}
        for noun in self._doc[token].ancestors:
            if noun.i in governors:
                return False
            if noun.pos_ == "NOUN" and self._adverbial_act(noun):
                return True
        return False

    def _adverbial_act(self, noun: Any) -> bool:
        """Is a noun an act noun governed by a preposition of time, cause or concession
        (English: the object of the preposition; German: the preposition its case marker)?"""
        prepositions = self.cues.adverbial_prepositions
        if noun.dep_ == "pobj":
            opened = noun.head.lower_ in prepositions
        else:
            opened = any(c.dep_ == "case" and lemma_of(c) in prepositions for c in noun.children)
        return opened and bool(self._noun_entries(lemma_of(noun)))

    def _earlier_party(
        self, event: Event, frame: Frame, sent: Span, earlier: list[Event]
    ) -> str | None:
        """A demand, threat, accusation or rejection (cues reply_types) by one country with
        no target and no other country in its sentence answers the story so far: it is
        aimed at the other party of the latest earlier act its doer's country took part in
        with exactly one other country ("Norway seized the trawler. … Russia threatened
        countermeasures": at Norway). So is the envoy a state summons or expels (cues
        foreign_envoy_lemmas) when the text does not say whose it is ("Togo insulted Ghana.
        Accra expelled its diplomats": Togo's), and a stop of its exports or imports ("Peru
        imposed tariffs on Bolivian goods. Bolivia halted its gas exports": at Peru). The
        country, or None."""
        source, target = event.source, event.target
        foreign = foreign_envoy(frame, self._doc, self.cues) or self._cross_border(frame)
        if (event.type not in self.cues.reply_types and not foreign) or source is None:
            return None
        if target is not None and (
            identified(target)
            or (event.type not in self.cues.content_object_types and not foreign)
        ):
            # A party named, even one without a country ("accused the agency"), stays; the
            # object of a demand or threat is what is asked ("demanded an explanation").
            return None
        country = state_of_source(source)
        if country is None:
            return None
        if any(
            m.country and m.country != country and m.is_actor
            for m in self._actors.in_chars(sent.start_char, sent.end_char)
        ):
            return None  # the sentence names another party: not for us to guess
        for before in reversed(earlier):
            parties = countries_of(before.source) | countries_of(before.target)
            if country in parties and len(parties) == 2:
                return next(iter(parties - {country}))
        return None

    def _cross_border(self, frame: Frame) -> bool:
        """Is the act's object a flow across a border (cues cross_border_nouns: exports,
        imports; German also as a compound's head, "Gasexporte")?"""
        nouns = self.cues.cross_border_nouns
        for phrase in frame.logical("obj"):
            word = lemma_of(self._doc[phrase.head]).lower()
            if word in nouns or (
                self.language == "de" and any(word.endswith(noun) for noun in nouns)
            ):
                return True
        return False

    def _home_party(
        self, event: Event, frame: Frame, sent: Span
    ) -> str | None:
        """A party without a country described by a common noun ("opposition groups", "die
        Gewerkschaft", "rebels") that demands of, accuses or rejects one state's organ (its
        government, leader, police or courts) in a sentence naming no other country is of
        that state: domestic politics, as PLOVER codes it (an association or union the
        actor layer gives the sector NGO included). Not an unknown name (a group from
        abroad, perhaps), an organ without a country or an international body's people
        ("UN inspectors"), nor a party addressing a state named as a whole ("the group
        accused France"). The country, or None."""
        source, target = event.source, event.target
        if event.type not in self.cues.home_party_types or source is None or target is None:
            return None
        subjects = frame.logical("subj")
        if frame.passive or not subjects or not self._party_noun(self._doc[subjects[0].head]):
            return None
        if not countryless(source) or source.sector in ORGAN_SECTORS | {"IGO"}:
            return None
        country = target.country
        if target.members or target.sector not in ORGAN_SECTORS or not country:
            return None
        for mention in self._actors.in_chars(sent.start_char, sent.end_char):
            if (
                mention.country
                and mention.country != country
                and not self._actors.is_place(mention)
            ):
                return None
            if self._actors.is_state(mention) and mention.kind != "adjective" and (
                (mention.name or mention.text) == target.name
            ):
                return None
        return country

    def _party_noun(self, head: Any) -> bool:
        """Is a subject a common noun for a party: a plural ("elders", "Oppositionelle") or a
        collective noun (cues group_nouns, German also as a compound's head), and no word
        of an act ("Scharfe Kritik übte …", a subject misread from the object)?"""
        lemma = lemma_of(head)
        if head.pos_ != "NOUN" or self._noun_entries(lemma):
            return False
        if "Plur" in head.morph.get("Number"):
            return True
        return lemma in self.cues.group_nouns or (
            self.language == "de" and any(lemma.endswith(n) for n in self.cues.group_nouns)
        )


def foreign_envoy(frame: Frame, doc: Doc, cues: Cues) -> bool:
    """Does the frame summon or expel an envoy (cues foreign_envoy_lemmas), who is always
    another state's ("Ghana summoned its ambassador")?"""
    return frame.entry.lemma in cues.foreign_envoy_lemmas and envoy_patient(
        frame, doc, cues.envoy_nouns
    )


def envoy_patient(frame: Frame, doc: Doc, envoys: frozenset[str]) -> bool:
    """Does an envoy noun (cues envoy_nouns) head one of the frame's target phrases
    ("summoned the ambassador", "bestellte die Botschafterin ein")?"""
    return any(
        lemma_of(doc[phrase.head]).lower() in envoys or doc[phrase.head].lower_ in envoys
        for phrase in frame.target_phrases()
    )


def _story_sides(earlier: list[Event], outside: set[str]) -> ActorRef | None:
    """The two sides of the story's conflict: the two countries that earlier events set
    against each other (one did something to the other, or both were one event's doers)
    most often, the latest pair on a tie; a pair with a country of `outside` is none."""
    told: Counter[frozenset[str]] = Counter()
    latest: dict[frozenset[str], tuple[int, ActorRef]] = {}
    for index, before in enumerate(earlier):
        if before.source is not None and len(countries := countries_of(before.source)) == 2:
            pair, actor = frozenset(countries), before.source
        elif (opposed := opposed_sides(before)) is not None:
            pair, actor = opposed
        else:
            continue
        if not pair & outside:
            told[pair] += 1
            latest[pair] = (index, actor)
    if not told:
        return None
    return latest[max(told, key=lambda pair: (told[pair], latest[pair][0]))][1]


def _with_country(target: ActorRef | None, country: str) -> ActorRef:
    """The target with a country filled in (a nameless one of that country if none)."""
    if target is not None and not target.members:
        return replace(target, country=country)
    return ActorRef(name=None, country=country)
