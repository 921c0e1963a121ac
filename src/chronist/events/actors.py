"""From argument phrases to event actors, through the actor layer's mentions.

The ACTORS stage hands us `doc.actor_mentions` (names, metonyms, adjectives such as
"israelische Kampfflugzeuge", role nouns, pronouns), each resolved to an entity and/or a
country and sector. An argument phrase becomes the mention at its head, or failing that
the mentions inside it (coordinated adjectives "Hungarian and Romanian officials" give
two members), or a description with no country.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from spacy.tokens import Doc, Token

from chronist.document import ActorRef
from chronist.events.frames import Phrase
from chronist.events.triggers import lemma_of

__all__ = ["ActorIndex", "MentionLike", "combine"]

MAX_DESCRIPTION_TOKENS = 6
# Part-of-speech tags that can head an actor description when no mention covers it.
DESCRIPTION_HEADS = frozenset({"NOUN", "PROPN", "NUM"})
# Dependencies of a word tagged as a name that modifies the noun after it.
NAME_MODIFIER_DEPS = frozenset({"compound", "amod"})
APPOSITION = frozenset({"appos", "app"})
# Sectors of bodies above states: a country word before their name does not make them
# that country's ("the U.S.-backed UN mission").
SUPRANATIONAL = frozenset({"IGO"})
# Forces are often stationed abroad: "troops in Syria" need not be Syria's.
STATIONED = frozenset({"MIL"})
# "anti-Syrian", "pro-Russian": the adjective names the other side.
STANCE_PREFIXES = ("anti", "pro")
# Mentions that may stand for an adjective whose noun is left out before a conjunction.
ELLIPTIC_KINDS = frozenset({"adjective", "organ", "role"})
# Country lookup of a word the actor layer left alone: surface -> PLOVER country codes.
CountryWords = Callable[[str], list[str]]


class MentionLike(Protocol):
    start: int
    end: int
    text: str
    entity: str | None
    name: str | None
    type: str | None
    country: str | None
    sector: str | None
    kind: str


class ActorIndex:
    """The document's actor mentions, addressable by token."""

    def __init__(
        self,
        analysis: Doc,
        mentions: list[Any],
        country_words: CountryWords | None = None,
        origin_prepositions: frozenset[str] = frozenset(),
        spatial_prepositions: frozenset[str] = frozenset(),
        example_markers: frozenset[str] = frozenset(),
        affiliation_words: frozenset[str] = frozenset(),
    ) -> None:
        self.analysis = analysis
        # "workers affiliated with the Serbian Workers' Union", "militants loyal to Iraq's
        # Al-Qaeda": words after a head that say whose side it is on.
        self.affiliation_words = affiliation_words
        # "andere Staaten wie Frankreich und Jordanien": words that name a group's members.
        self.example_markers = example_markers
        # "vor dem Parlament", "outside the embassy": a building or institution after a
        # preposition of place says where, not who.
        self.spatial_prepositions = spatial_prepositions
        self.mentions = list(mentions)
        self.country_words = country_words
        # "rebels in the Ivory Coast", "King Hassan of Morocco": prepositions after which a
        # place says whose the person or group is.
        self.origin_prepositions = origin_prepositions
        # ids of the ActorRefs that stand for a place ("reist nach Kiew", "in Kenia"): a
        # place names where, not who, so it gives an event no political actor. The refs are
        # kept alive here so that their ids are not reused by new ones.
        self._place_refs: dict[int, ActorRef] = {}
        # Persons the actor stage knows by name only (no known entity, no sector): their
        # country, if any, is at most the story's ("a private new person in a one-country
        # story is that country's"), no political identity of their own.
        self._private_persons = frozenset(
            m.entity
            for m in self.mentions
            if m.type == "PERSON" and not m.sector and (m.entity or "").startswith("chronist:")
        )
        self._by_token: dict[int, list[Any]] = {}
        for mention in self.mentions:
            span = analysis.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):
                self._by_token.setdefault(i, []).append(mention)

    def at(self, token: int) -> list[Any]:
        return self._by_token.get(token, [])

    def in_range(self, start: int, end: int) -> list[Any]:
        found: list[Any] = []
        for i in range(start, end):
            for mention in self.at(i):
                if mention not in found:
                    found.append(mention)
        return found

    def in_chars(self, start: int, end: int) -> list[Any]:
        """Mentions that begin within the character range (a sentence)."""
        return [m for m in self.mentions if start <= m.start < end]

    def last_token(self, mention: Any) -> int:
        """The index of a mention's last token (-1 if it aligns with none)."""
        span = self.analysis.char_span(mention.start, mention.end, alignment_mode="expand")
        return span.end - 1 if span is not None else -1

    def is_state(self, mention: Any) -> bool:
        """A country (or its capital as a metonym) named as an actor."""
        return _is_state(mention)

    def is_place(self, mention: Any) -> bool:
        """A location rather than an actor ("in Moskau", "im Libanon")."""
        return mention.kind == "place" or mention.type == "PLACE"

    def actor(self, phrases: list[Phrase], places: bool = False) -> ActorRef | None:
        """One actor for a (possibly coordinated) argument.

        `places`: a place may stand for its country, as recipients do ("bombardierten
        Gaza"); a place as the doer must be a metonym the actor layer recognised.
        """
        refs: list[ActorRef] = []
        for phrase in phrases:
            found = self._phrase_actors(phrase, places)
            examples = self._examples(phrase)
            if examples:
                # "die Hilfe anderer Staaten wie Frankreich und Jordanien": the examples
                # are the group's members; a group without identity stands for them.
                found = [r for r in found if r.country or r.sector] + examples
            for ref in found:
                if not any(same_actor(ref, other) for other in refs):
                    refs.append(ref)
        return combine(refs)

    def _examples(self, phrase: Phrase) -> list[ActorRef]:
        """Actors named as examples right after a phrase's head ("Staaten wie Frankreich,
        Jordanien und die USA", "countries such as France and Jordan")."""
        if not self.example_markers:
            return []
        doc = self.analysis
        i = phrase.head + 1
        if i < len(doc) and doc[i].text == ",":
            i += 1
        marker = next(
            (
                m
                for m in self.example_markers
                if " ".join(t.lower_ for t in doc[i : i + len(m.split())]) == m
            ),
            None,
        )
        if marker is None:
            return []
        i += len(marker.split())
        refs: list[ActorRef] = []
        end = doc[phrase.head].sent.end
        while i < end:
            token = doc[i]
            mentions = [
                m for m in self.at(i) if not self.is_place(m) or _is_state(m)
            ]
            if mentions:
                best = _best(mentions)
                if best.country or best.sector:
                    refs.append(self._ref(best))
                i = max(i + 1, self._span_end(best))
            elif token.text == "," or token.pos_ in {"DET", "ADJ", "CCONJ", "ADV"}:
                i += 1
            else:
                break
        return refs

    def _phrase_actors(self, phrase: Phrase, places: bool) -> list[ActorRef]:
        refs = self._own_actors(phrase, places)
        if len(refs) == 1 and not (refs[0].country or refs[0].sector):
            # "Kenzo Oshima, the United Nations Emergency Relief Coordinator": an
            # apposition says who an unknown name is.
            described = self._apposition(phrase, places)
            if described is not None:
                ref = refs[0]
                return [
                    ActorRef(
                        name=ref.name,
                        entity=ref.entity,
                        country=described.country,
                        sector=described.sector,
                    )
                ]
        return refs

    def _apposition(self, phrase: Phrase, places: bool) -> ActorRef | None:
        head = self.analysis[phrase.head]
        for child in head.children:
            if child.dep_ in APPOSITION:
                inner = Phrase(child.left_edge.i, child.right_edge.i + 1, child.i)
                for ref in self._own_actors(inner, places):
                    if ref.country or ref.sector:
                        return ref
        return None

    def _own_actors(self, phrase: Phrase, places: bool) -> list[ActorRef]:
        def usable(m: Any, inside: bool = False) -> bool:
            # A body named where something happens is no doer, nor a part of another
            # phrase ("the protests outside the parliament"); the whole phrase of a
            # recipient slot may still be whom a protest is aimed at ("outside the embassy").
            if (inside or not places) and not self.is_place(m) and self._located(m):
                return False
            return places or not self.is_place(m) or _is_state(m)

        at_head = [m for m in self.at(phrase.head) if usable(m)]
        if at_head:
            best = _best(at_head)
            ref = self._ref(best)
            owners = self._owner_states(phrase, best)
            if owners:
                # "die Regierungen Indonesiens und Malaysias", "the navies of India and
                # France": a plural body of several states named after it is each
                # state's own; each state is an actor of its own.
                head = self._head_text(phrase)
                return [
                    ActorRef(
                        name=f"{head} ({m.name or m.text})", country=m.country, sector=ref.sector
                    )
                    for m in owners
                ]
            partners = self._elliptic_partners(phrase, best)
            if partners:
                # "Senior Hungarian and Romanian officials", "French and Egyptian
                # warships": the head's noun is left out after the first adjective;
                # each country is an actor of its own.
                return [*partners, ref]
            if ref.country is None and ref.sector not in SUPRANATIONAL:
                # "Israeli intelligence officials", "U.S. negotiator Paul Nitze": a
                # country word before the head says whose the person or body is.
                countries = self._modifier_countries(phrase, exclude=best)
                if not countries and ref.sector not in STATIONED:
                    countries = self._origin_countries(phrase)
                if not countries:
                    countries = self._affiliation_countries(phrase)
                if len(countries) == 1:
                    return [_with_country(ref, countries[0])]
            return [ref]
        inside = [m for m in self.in_range(phrase.start, phrase.end) if usable(m, inside=True)]
        if inside and all(self._span_start(m) > phrase.head for m in inside):
            # "an Indian proposal for a treaty with X", "French mediation in talks with
            # Syria": a country word on the head says whose it is, before any actor named
            # in the phrase's modifiers after it.
            described = self._description(phrase, owners=False)
            if described and all(ref.country for ref in described):
                return described
        if inside:
            adjectives = [m for m in inside if m.kind == "adjective"]
            # "Senior Hungarian and Romanian officials": several actor adjectives on one
            # head are several actors; otherwise the first (leftmost) mention names it.
            if len(adjectives) > 1 and len({m.country for m in adjectives}) > 1:
                return [self._ref(m, head=self._head_text(phrase)) for m in adjectives]
            # Otherwise the first mention that says whose it is ("terrorist activities in
            # Israel", "doctors from two American aid groups"), else the first.
            first = next((m for m in inside if m.country), inside[0])
            joined = self._conjoined(first, inside)
            if joined:
                # "aid for Romania and Poland", "relations with Congo and Costa Rica": the
                # actor named inside the phrase is a list.
                head = self._head_text(phrase)
                return [self._ref(m, head=head) for m in [first, *joined]]
            last = next((m for m in reversed(inside) if m.country), first)
            partners = self._elliptic_partners(phrase, last)
            if partners:
                # "scores of Sierra Leonean and Liberian refugees"
                return [*partners, self._ref(last, head=self._head_text(phrase))]
            return [self._ref(first, head=self._head_text(phrase))]
        return self._description(phrase)

    def _owner_states(self, phrase: Phrase, best: Any) -> list[Any]:
        """Two or more states named after a plural head as its owners, with nothing else
        after the head than articles, conjunctions, commas and "of"; or []."""
        doc = self.analysis
        head = doc[phrase.head]
        if "Plur" not in ",".join(head.morph.get("Number")) or self._span_end(best) != head.i + 1:
            return []
        owners: list[Any] = []
        i = head.i + 1
        while i < phrase.end:
            states = [m for m in self.at(i) if _is_state(m) and m.country]
            if states:
                state = _best(states)
                owners.append(state)
                i = max(i + 1, self._span_end(state))
            elif doc[i].pos_ in {"DET", "CCONJ", "ADP"} or doc[i].text == ",":
                i += 1
            else:
                return []
        return owners if len({m.country for m in owners}) > 1 else []

    def _elliptic_partners(self, phrase: Phrase, best: Any) -> list[ActorRef]:
        """Country adjectives coordinated with the head mention's own ("Hungarian and
        | Romanian officials", "Chinesische und | russische Kriegsschiffe"): mentions
        of other countries that end right before a conjunction or comma leading to it."""
        span = self.analysis.char_span(best.start, best.end, alignment_mode="expand")
        if span is None or best.country is None:
            return []
        partners: list[ActorRef] = []
        countries = {best.country}
        edge = span.start
        while edge - 2 >= phrase.start:
            joint = self.analysis[edge - 1]
            if joint.pos_ != "CCONJ" and joint.text != ",":
                break
            before = [
                m
                for m in self.at(edge - 2)
                if m.country
                and m.kind in ELLIPTIC_KINDS
                and self._span_end(m) == edge - 1
                and m.country not in countries
            ]
            if not before:
                break
            mention = before[0]
            countries.add(mention.country)
            partners.insert(0, self._ref(mention, head=self._head_text(phrase)))
            edge = self.analysis.char_span(
                mention.start, mention.end, alignment_mode="expand"
            ).start
        return partners

    def _conjoined(self, first: Any, inside: list[Any]) -> list[Any]:
        """The mentions among `inside` whose head word is a conjunct of `first`'s."""
        span = self.analysis.char_span(first.start, first.end, alignment_mode="expand")
        if span is None:
            return []
        conjuncts = {t.i for t in span.root.conjuncts}
        joined = []
        for mention in inside:
            other = self.analysis.char_span(mention.start, mention.end, alignment_mode="expand")
            if mention is not first and other is not None and other.root.i in conjuncts:
                joined.append(mention)
        return joined

    def _span_start(self, mention: Any) -> int:
        span = self.analysis.char_span(mention.start, mention.end, alignment_mode="expand")
        return span.start if span is not None else -1

    def _span_end(self, mention: Any) -> int:
        span = self.analysis.char_span(mention.start, mention.end, alignment_mode="expand")
        return span.end if span is not None else -1

    def _located(self, mention: Any) -> bool:
        """Is the mention (not a place name) the object of a preposition of place ("vor dem
        Parlament", "outside the embassy", "in front of the Kremlin")?"""
        if not self.spatial_prepositions:
            return False
        span = self.analysis.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        i = span.start - 1
        while i >= 0 and self.analysis[i].pos_ in {"DET", "ADJ", "NUM"} and span.start - i < 4:
            i -= 1
        if i < 0:
            return False
        word = self.analysis[i].lower_
        if word == "of" and i > 0:
            word = self.analysis[i - 1].lower_  # "in front of"
        return word in self.spatial_prepositions

    def _ref(self, mention: Any, head: str | None = None) -> ActorRef:
        ref = from_mention(mention, head=head)
        if self.is_place(mention) and not _is_state(mention):
            self._place_refs[id(ref)] = ref
        return ref

    def private_person(self, ref: ActorRef) -> bool:
        """A person known only by name: a runner, a model, a defendant ("Kate Moss",
        "Gary Heidnik"), none of the sectors that give a political identity."""
        return not ref.members and not ref.sector and ref.entity in self._private_persons

    def is_place_ref(self, ref: ActorRef) -> bool:
        """Did this actor come from a place mention (all its members, if coordinated)?"""
        if ref.members:
            return all(self.is_place_ref(member) for member in ref.members)
        return id(ref) in self._place_refs

    def _head_text(self, phrase: Phrase) -> str:
        return self.analysis[phrase.head].text

    def _description(self, phrase: Phrase, owners: bool = True) -> list[ActorRef]:
        head = self.analysis[phrase.head]
        if head.pos_ not in DESCRIPTION_HEADS:
            return []
        start = max(phrase.start, phrase.head - MAX_DESCRIPTION_TOKENS + 1)
        words = [t.text for t in self.analysis[start : phrase.head + 1] if t.pos_ != "DET"]
        name = " ".join(words)
        # "rejected an Indian proposal", "Palestinian riots", "shell Iraqi towns": a
        # thing, people or place described by a country adjective is that country's
        # (its author, its nationals, its territory), as PLOVER codes it.
        countries = self._modifier_countries(phrase)
        if not countries and owners:
            # "die Vermögen iranischer Banken", "the assets of Iranian banks": a country
            # word in the head's genitive or of-phrase says whose the thing is.
            countries = self._owner_countries(phrase)
        if len(countries) > 1:
            return [ActorRef(name=f"{name} ({c})", country=c) for c in countries]
        return [ActorRef(name=name, country=countries[0] if countries else None)]

    def _modifier_countries(self, phrase: Phrase, exclude: Any = None) -> list[str]:
        """Countries named by the words before the phrase's head: actor mentions with a
        country, else country adjectives the actor layer did not take for actors."""
        countries: list[str] = []
        for mention in self.in_range(phrase.start, phrase.head):
            span = self.analysis.char_span(mention.start, mention.end, alignment_mode="expand")
            if (
                mention is not exclude
                and mention.country
                and span is not None
                and span.end <= phrase.head
                and not _stance(self.analysis[span.start])
                and mention.country not in countries
            ):
                countries.append(mention.country)
        if countries or self.country_words is None:
            return countries
        i = phrase.start
        while i < phrase.head:
            found, width = self._country_word(i, phrase.head)
            if found and not _stance(self.analysis[i]):
                countries.extend(c for c in found if c not in countries)
            i += width
        return countries if len(countries) <= 2 else []

    def _owner_countries(self, phrase: Phrase) -> list[str]:
        """Country adjectives right after the head, opening its genitive or of-phrase
        (at most one preposition and one article between)."""
        if self.country_words is None:
            return []
        i = phrase.head + 1
        while i < phrase.end and i <= phrase.head + 2 and self.analysis[i].pos_ in {"ADP", "DET"}:
            i += 1
        if i >= phrase.end or not _adjective_like(self.analysis[i]):
            return []
        found, _ = self._country_word(i, phrase.end)
        return found if len(found) == 1 and not _stance(self.analysis[i]) else []

    def _origin_countries(self, phrase: Phrase) -> list[str]:
        """Countries of places in the phrase's prepositional modifiers of origin, after its
        head ("rebels in the Ivory Coast", "King Hassan of Morocco")."""
        countries: list[str] = []
        for token in self.analysis[phrase.head + 1 : phrase.end]:
            if token.head.i != phrase.head or lemma_of(token) not in self.origin_prepositions:
                continue
            inner = token.right_edge.i + 1
            for mention in self.in_range(token.i + 1, min(inner, phrase.end)):
                if mention.country and mention.country not in countries:
                    countries.append(mention.country)
                    break
        return countries

    def _affiliation_countries(self, phrase: Phrase) -> list[str]:
        """The country of the group a head is affiliated with or loyal to, named in the
        participle's or adjective's prepositional object right after the head."""
        countries: list[str] = []
        head = self.analysis[phrase.head]
        for child in head.children:
            words = {lemma_of(child).lower(), child.lower_}
            if child.i < head.i or not words & self.affiliation_words:
                continue
            for prep in child.children:
                if prep.dep_ != "prep":
                    continue
                for mention in self.in_range(prep.i + 1, prep.right_edge.i + 1):
                    if mention.country and not self.is_place(mention) or _is_state(mention):
                        if mention.country and mention.country not in countries:
                            countries.append(mention.country)
                        break
        return countries

    def _country_word(self, i: int, end: int) -> tuple[list[str], int]:
        """Country codes of the one- or two-word country adjective at token i
        ("South Korean", "Iraqi"), and how many tokens it spans."""
        assert self.country_words is not None
        for width in (2, 1):
            if i + width > end:
                continue
            tokens = self.analysis[i : i + width]
            if not all(t.is_alpha for t in tokens):
                continue
            found = self.country_words(tokens.text)
            if found:
                return found, width
        return [], 1


def _adjective_like(token: Token) -> bool:
    """An adjective, or a rare country adjective the tagger took for a name but hung on
    the noun after it as a modifier ("imports of Faroese herring")."""
    return token.pos_ == "ADJ" or (token.pos_ == "PROPN" and token.dep_ in NAME_MODIFIER_DEPS)


def _stance(token: Token) -> bool:
    """Is the word the second half of "anti-Syrian" / "pro-Russian"?"""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-":
        return doc[token.i - 2].lower_ in STANCE_PREFIXES
    return token.lower_.startswith(tuple(p + "-" for p in STANCE_PREFIXES))


def _with_country(ref: ActorRef, country: str) -> ActorRef:
    return ActorRef(name=ref.name, entity=ref.entity, country=country, sector=ref.sector)


def _is_state(mention: Any) -> bool:
    # A country name used as an actor ("Russland griff an") arrives as COUNTRY, a city
    # used as a metonym for its government as a metonym mention.
    return (mention.type == "COUNTRY" and mention.kind != "place") or mention.kind == "metonym"


def _best(mentions: list[Any]) -> Any:
    # Prefer the widest mention: "der russische Präsident Putin" over "russische".
    return max(mentions, key=lambda m: (m.entity is not None, m.end - m.start))


def from_mention(mention: Any, head: str | None = None) -> ActorRef:
    name = mention.name or mention.text
    if mention.kind == "adjective" and head and not mention.entity:
        name = f"{mention.text} {head}"
    return ActorRef(
        name=name,
        country=mention.country,
        entity=mention.entity,
        sector=mention.sector,
    )


def same_actor(a: ActorRef, b: ActorRef) -> bool:
    if a.entity and b.entity:
        return a.entity == b.entity
    return a.name == b.name and a.country == b.country


# A state acts through its government: a country and its government (or a ministry of
# it) are one actor ("Estland weist … aus" and "die estnische Regierung hat …").
STATE_SECTORS = frozenset({None, "GOV"})


def state_of(actor: ActorRef) -> str | None:
    """The country a single state actor (a country or its government) stands for."""
    if actor.members or actor.sector not in STATE_SECTORS:
        return None
    return actor.country


def identified(actor: ActorRef) -> bool:
    """Does the actor, or one of its members, have an identity or a country?
    Coordinated descriptions ("für Demokratie und eine friedliche Zukunft") name no one."""
    return bool(actor.country or actor.entity or any(identified(m) for m in actor.members))


def same_state(a: ActorRef, b: ActorRef) -> bool:
    return state_of(a) is not None and state_of(a) == state_of(b)


def combine(refs: list[ActorRef]) -> ActorRef | None:
    """Coordinated actors stay one actor with members; country only if all agree."""
    if not refs:
        return None
    if len(refs) == 1:
        return refs[0]
    countries = {r.country for r in refs}
    sectors = {r.sector for r in refs}
    return ActorRef(
        name=" & ".join(r.name or "?" for r in refs),
        country=countries.pop() if len(countries) == 1 else None,
        sector=sectors.pop() if len(sectors) == 1 else None,
        members=refs,
    )


def kb_capitals(language: str) -> dict[str, str]:
    """The knowledge base's capitals: a capital's id (a place mention's entity) -> its
    country. Not a capital whose name also names an organisation ("Brüssel", the EU):
    what is said there may be that body's."""
    from chronist.actors.entities import capital_entity
    from chronist.actors.kb import load_kb

    kb = load_kb(language)

    def organisation_seat(names: list[str]) -> bool:
        return any(t.kind == "org" for name in names for t in kb.gazetteer.lookup(name))

    return {
        capital_entity(country)[0]: kb.actor_country(country.id)
        for country in kb.countries.values()
        if country.capital is not None
        and not organisation_seat(getattr(country.capital, language))
    }


def kb_country_words(language: str) -> CountryWords:
    """Country adjectives and demonyms of the actor layer's knowledge base, as a lookup
    for words it left without a mention ("an Indian proposal")."""
    from chronist.actors.kb import load_kb

    kb = load_kb(language)

    def lookup(surface: str) -> list[str]:
        codes: list[str] = []
        for target in kb.gazetteer.lookup(surface):
            if target.kind == "country" and target.form in ("adj", "demonym"):
                code = kb.actor_country(target.key)
                if code not in codes:
                    codes.append(code)
        return codes

    return lookup
