"""The setting of a mention: which country the actors around it give a bare noun ("die
Armee", "seine Regierung", "officials"): the subject of its clause, its possessor, its
sentence or the one before, a place that opens the sentence, a speaker."""

from __future__ import annotations

import re

from spacy.tokens import Token

from chronist.actors.antecedents import Antecedents
from chronist.actors.draft import STATE_SECTORS, Draft, parse_root
from chronist.actors.kb import KnowledgeBase
from chronist.actors.schema import ContextWords
from chronist.actors.story import PERSON_KEYS, Story, people
from chronist.actors.syntax import SUBJECT_DEPS, alternation, clause_head


class Setting:
    def __init__(
        self, kb: KnowledgeBase, words: ContextWords, story: Story, antecedents: Antecedents
    ) -> None:
        self.kb = kb
        self.story = story
        self.antecedents = antecedents
        self.locative = words.word_set("locative")
        self.articles = words.word_set("articles")
        self.place_modifiers = words.word_set("place_modifiers")
        self.possessives = words.word_set("possessives")
        self.possessives_m = words.word_set("possessives_m")
        self.possessives_f = words.word_set("possessives_f")
        self.personal_possessives = words.word_set("personal_possessives")
        self.speech_verbs = words.word_set("speech_verbs")
        self.mission_nouns = words.word_set("mission_nouns")
        relatives = alternation(words.place_relatives)
        # "in Papua angesprochen, wo …": a German clause may close with its verbs first
        self._place_relative = re.compile(
            rf"(?:\s+[a-zäöüß][\w-]*){{0,2}}\s*,\s*(?:{relatives})\b[^,;.:!?]*$"
        )

    def sentence_place(self, draft: Draft) -> str | None:
        """The one country the places of the draft's sentence lie in ("Protesters
        gathered in Tbilisi")."""
        start = self.story.sentence_start(draft.start)
        end = self.story.sentence_end(draft.start)
        countries = {
            other.country
            for other in self.story.drafts
            if other.kind == "place" and other.country and start <= other.start < end
        }
        return countries.pop() if len(countries) == 1 else None

    def mission_host(self, draft: Draft, country: str) -> str | None:
        """ "Die amerikanische Botschaft in Kuala Lumpur lobte das Vorgehen der Behörden",
        "The Chinese ambassador praised the government": when the only actors of the
        country a bare home organ would take in its sentence serve abroad (a mission, an
        envoy), the organ is the host state's: the country of a place in the sentence
        ("in Kuala Lumpur"), else where the story is."""
        start = self.story.sentence_start(draft.start)
        end = self.story.sentence_end(draft.start)
        actors = [
            other
            for other in self.story.drafts
            if other is not draft
            and other.kind != "place"
            and start <= other.start < end
            and self.story.draft_country(other) == country
        ]
        if not actors or not all(self._serves_abroad(other) for other in actors):
            return None
        host = self.sentence_place(draft) or self.story.scene
        return host if host and host != country else None

    def _serves_abroad(self, draft: Draft) -> bool:
        """A mission ("embassy", "Konsulat") or an envoy ("ambassador") of its state, not
        negotiators or a delegation meeting abroad."""
        if draft.organ and draft.organ in self.kb.organs:
            words = self.story.text[draft.start : draft.end].split()
            return self.kb.organs[draft.organ].abroad and words[-1] in self.mission_nouns
        return bool(draft.role and self.kb.roles[draft.role].abroad)

    def frame_country(self, draft: Draft) -> str | None:
        """ "In Finland, the government …", "Im Iran hat die Polizei …": a sentence that
        opens with a place sets the scene for its bare nouns."""
        sentence_start = self.story.sentence_start(draft.start)
        for other in self.story.drafts:
            if other.start >= draft.start:
                break
            if other.start < sentence_start or other.kind != "place" or not other.country:
                continue
            words = re.findall(r"\w+", self.story.text[sentence_start : other.start])
            # "Im Nachbarland Polen", "In neighbouring Poland": articles and place nouns
            # may stand between the preposition and the place
            if (
                1 <= len(words) <= 3
                and words[0] in self.locative
                and all(w in self.articles or w in self.place_modifiers for w in words[1:])
            ):
                return other.country
        return self._relative_place(draft)

    def _relative_place(self, draft: Draft) -> str | None:
        """ "in der Provinz Aceh, wo es zu Gefechten zwischen Rebellen und der Armee kam":
        a bare noun in a relative clause of place (no comma before it) is set in the
        place the clause follows."""
        sentence_start = self.story.sentence_start(draft.start)
        for other in reversed(self.story.drafts):
            if other.start >= draft.start or other.start < sentence_start:
                continue
            if other.kind == "place" and other.country:
                if self._place_relative.match(self.story.text[other.end : draft.start]):
                    return other.country
                return None  # the nearest place before decides
        return None

    def clause_subject_country(self, draft: Draft) -> str | None:
        """A bare noun in a clause with a subject of its own belongs to that subject's
        country ("… sagen, dass der Iran Demonstranten getötet hat"), not to a person in
        another clause of the sentence."""
        root = parse_root(self.story.analysis, draft.start, draft.end)
        if root is None:
            return None
        clause = clause_head(root)
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        for subject in subjects:
            if draft.start <= subject.idx < draft.end:
                return None  # the noun is the subject itself
            actor = self._actor_at(subject, draft)
            if actor is not None:
                return self.story.draft_country(actor)
        return None

    def _actor_at(self, token: Token, draft: Draft | None = None) -> Draft | None:
        """The first actor mention other than `draft` (no place) that covers the token."""
        return next(
            (
                other
                for other in self.story.drafts
                if other is not draft
                and other.kind != "place"
                and other.start <= token.idx < other.end
            ),
            None,
        )

    def _reported_subject_country(self, draft: Draft) -> str | None:
        """ "Taiwan's defence ministry said it had … dispatched its own forces": a clause
        whose subject is a pronoun, reported by or joined to a clause with an actor as
        subject, is that actor's."""
        root = parse_root(self.story.analysis, draft.start, draft.end)
        if root is None:
            return None
        clause = clause_head(root)
        pronoun = False  # a pronoun subject seen on the way up; "Spanien sagte der Türkei
        # Hilfe zu und dankte ihrer Armee" has none: the nearest actor decides as before
        for level in range(4):
            subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
            if level and subjects and all(c.pos_ != "PRON" for c in subjects):
                if not pronoun:
                    return None
                actor = next(
                    (a for s in subjects if (a := self._actor_at(s, draft)) is not None), None
                )
                return self.story.draft_country(actor) if actor is not None else None
            if (
                (not subjects and clause.dep_ != "conj")
                or any(c.pos_ != "PRON" for c in subjects)
                or clause.head is clause
            ):
                return None
            pronoun = pronoun or bool(subjects)
            clause = clause_head(clause.head)
        return None

    def speaker_country(self, draft: Draft) -> str | None:
        """ "Die Streitkräfte hätten nur militärische Ziele angegriffen, sagte
        Kremlsprecher Peskow": in reported speech a bare noun is the side of the state
        official who speaks."""
        if self.story.analysis is None:
            return None
        span = self.story.analysis.char_span(draft.start, draft.end, alignment_mode="expand")
        if span is None:
            return None
        for token in span.sent:
            if token.lemma_ not in self.speech_verbs:
                continue
            for subject in token.children:
                if subject.dep_ not in SUBJECT_DEPS or draft.start <= subject.idx < draft.end:
                    continue
                for other in self.story.drafts:
                    # Officials speak for their state; an expert's country is not the
                    # side they describe.
                    if (
                        other is not draft
                        and other.kind != "place"
                        and (other.start <= subject.idx < other.end)
                        and (self.story.draft_sector(other) in STATE_SECTORS)
                    ):
                        return self.story.draft_country(other)
        return None

    def sentence_country(self, draft: Draft) -> str | None:
        for other in reversed(self.story.drafts):
            if other.end > draft.start:
                continue
            if other.end <= self.story.sentence_start(draft.start):
                return None
            country = self.story.draft_country(other)
            if (
                country
                and other.kind not in ("place",)
                and (
                    other.entity is None or other.entity[0] != "country" or other.kind == "metonym"
                )
            ):
                return country
        return None

    def previous_sentence_country(self, draft: Draft) -> str | None:
        """ "Vor der Kanzlei des Ministerpräsidenten demonstrierten Anhänger der PiS. Die
        Polizei nahm zwei Männer fest.": a sentence naming no country goes on where the
        sentence before it in the same paragraph is, when its actors are of one country
        (over the story's dominant country). Country adjectives do not count: "russische
        Luftangriffe" name the attacker, not where the story is; nor do envoys abroad."""
        start = self.story.sentence_start(draft.start)
        if not start:
            return None
        previous = self.story.sentence_start(start - 1)
        if "\n" in self.story.text[previous : draft.start]:
            return None
        countries = {
            self.story.draft_country(other)
            for other in self.story.drafts
            if previous <= other.start
            and other.end <= start
            and other.kind not in ("place", "adjective")
            and other.sector
            and not (other.role and self.kb.roles[other.role].abroad)  # a summoned envoy
        }
        countries.discard(None)
        return next(iter(countries)) if len(countries) == 1 else None

    def possessor_country(self, draft: Draft) -> str | None:
        """ "seine Soldaten", "its army", "his government": after a possessive the noun
        belongs to the nearest actor before it in the sentence, a country named as such
        included (unlike the sentence rule, which skips country names)."""
        before = re.findall(r"\w+", self.story.text[max(0, draft.start - 12) : draft.start])
        if not before or before[-1] not in self.possessives:
            return None
        sentence_start = self.story.sentence_start(draft.start)
        if before[-1] in self.personal_possessives:
            # "Lee urged Pyongyang to talk, his government said": a person's, not the
            # country named between
            owners = people(self.story.drafts, sentence_start, draft.start)
            owner = self.story.draft_country(owners[-1]) if owners else None
            if owner:
                return owner
        subject = self.clause_subject_country(draft) or self._reported_subject_country(draft)
        if subject:
            return subject  # "Tokyo protested with Pyongyang through its embassy"
        for other in reversed(self.story.drafts):
            if other.end > draft.start or other.kind == "place":
                continue
            if other.end <= sentence_start:
                break
            country = self.story.draft_country(other)
            if country:
                return country
        # "… , sagte Kobachidse. Seine Regierung werde …": a gendered possessive with no
        # actor before it in its sentence is the person of the sentence before.
        person = self.possessor_person(draft, before[-1])
        if person is not None:
            return self.story.draft_country(person)
        opening = self.story.text[sentence_start : draft.start].split()
        if len(opening) == 1:
            # "The government in Tripoli said it had not been consulted. Its foreign
            # ministry said … called on Ankara": a possessive opening its sentence takes
            # up the subject of the sentence before, not a country named after it
            subject = self._previous_subject_country(sentence_start)
            if subject:
                return subject
        # "Die eigenen Soldaten will auch die Bundesrepublik …", "In its statement, the
        # ministry said": with no actor before it, the one country named after it in
        # its sentence.
        end = self.story.sentence_end(draft.start)
        later = {
            country
            for other in self.story.drafts
            if draft.end <= other.start < end
            and other.kind != "place"
            and (country := self.story.draft_country(other))
        }
        return later.pop() if len(later) == 1 else None

    def _previous_subject_country(self, sentence_start: int) -> str | None:
        """The country of the actor that is the main clause's subject in the sentence
        before `sentence_start`, or None."""
        if self.story.analysis is None or sentence_start == 0:
            return None
        previous = self.story.sentence_start(sentence_start - 1)
        span = self.story.analysis.char_span(previous, sentence_start, alignment_mode="contract")
        if span is None:
            return None
        for subject in (c for c in span.root.children if c.dep_ in SUBJECT_DEPS):
            actor = self._actor_at(subject)
            if actor is not None:
                return self.story.draft_country(actor)
        return None

    def personal_owner(self, draft: Draft) -> Draft | None:
        """The person a personal possessive right before the draft names ("Lee …, his
        office"): the last person before it in its sentence, else the one of the
        sentence before (gendered)."""
        before = re.findall(r"\w+", self.story.text[max(0, draft.start - 12) : draft.start])
        word = before[-1].lower() if before else ""  # "Her office" opens a sentence
        if word not in self.personal_possessives:
            return None
        owners = people(self.story.drafts, self.story.sentence_start(draft.start), draft.start)
        if owners:
            return owners[-1]
        # "her" needs a person known to be a woman; the pronoun pass has not run yet
        self.story.genders = self.antecedents.known_genders(self.story.drafts)
        return self.possessor_person(draft, word)

    def possessor_person(self, draft: Draft, word: str) -> Draft | None:
        gender = (
            "m"
            if word in self.possessives_m
            else ("f" if word in self.possessives_f and self.kb.lang == "en" else None)
        )
        sentence_start = self.story.sentence_start(draft.start)
        if gender is None or sentence_start == 0:
            return None
        if people(self.story.drafts, sentence_start, draft.start):
            return None
        previous = self.story.sentence_start(sentence_start - 1)
        return self.antecedents.antecedent(self.story.drafts, previous, sentence_start, gender)

    def countries_before(self, draft: Draft, sentences: int = 2, places: bool = False) -> list[str]:
        """Countries named (as names or metonyms; with `places` also the countries of
        places: "the Haitian capital, Port-au-Prince") before the draft in its sentence
        and the `sentences - 1` before it, the nearest first."""
        start = self.story.sentence_start(draft.start)
        for _ in range(sentences - 1):
            if start > 0 and "\n" not in self.story.text[max(0, start - 2) : start]:
                start = self.story.sentence_start(start - 1)
        named = (
            self._named_country(other, places)
            for other in sorted(self.story.drafts, key=lambda d: d.start, reverse=True)
            if start <= other.start and other.end <= draft.start
        )
        states = self.kb.countries
        return [c for c in named if c in states and not states[c].controlled_by]  # states

    @staticmethod
    def _named_country(draft: Draft, places: bool) -> str | None:
        if draft.entity and draft.entity[0] == "country" and draft.kind in ("name", "metonym"):
            return draft.entity[1]
        if places and draft.kind == "place" and draft.country:
            return draft.country
        return None

    def last_country(self, draft: Draft, places: bool = False) -> str | None:
        countries = self.countries_before(draft, places=places)
        return countries[0] if countries else None

    def sentence_person_country(self, draft: Draft) -> str | None:
        """The country of the first person named in the draft's sentence before it (the
        owner of "sein Land")."""
        start = self.story.sentence_start(draft.start)
        for other in sorted(self.story.drafts, key=lambda d: d.start):
            if (
                start <= other.start
                and other.end <= draft.start
                and other.entity
                and (other.entity[0] in PERSON_KEYS)
            ):
                return self.story.draft_country(other)
        return None
