"""Countries the text names without their name: "das Land", "the country", "dem
Nachbarland", "the North" (North Korea once named), and a country name that is also a
region of another country ("Georgia" among Arizona and Nevada)."""

from __future__ import annotations

import re
from collections import Counter

from chronist.actors.draft import Draft, parse_root
from chronist.actors.kb import KnowledgeBase
from chronist.actors.schema import ContextWords
from chronist.actors.setting import Setting
from chronist.actors.story import PERSON_KEYS, Story
from chronist.actors.syntax import SUBJECT_DEPS, alternation

# The English possessive clitic after a noun ("the country's").
POSSESSIVE_ENDINGS = ("'s", "’s")


class CountryWords:
    def __init__(
        self, kb: KnowledgeBase, words: ContextWords, story: Story, setting: Setting
    ) -> None:
        self.kb = kb
        self.story = story
        self.setting = setting
        self.locative = words.word_set("locative")
        self.country_nouns = words.word_set("country_nouns")
        self.neighbour_nouns = words.word_set("neighbour_nouns")
        self.local_nouns = words.word_set("local_government_nouns")
        self.federal_units = words.federal_unit_nouns
        self.place_verbs = words.word_set("place_verbs")
        self.genitive_words = words.word_set("genitive_words")
        self.possessives = words.word_set("possessives")
        self.stative = words.word_set("stative_verbs")
        self.region_titles = words.word_set("region_titles")
        # "Delegationen aus Polen, Ungarn und Tschechien", "soldiers from Ghana and Togo":
        # an origin preposition after an actor noun, then a list of countries.
        origin = alternation(words.origin_links)
        articles = alternation([*words.articles, *words.definite])
        self._origin_opening = re.compile(rf" (?:{origin}) (?:(?:{articles}) )?")
        self._list_joint = re.compile(
            rf"(?:, | (?:{alternation(words.list_connectors)}) )(?:(?:{articles}) )?"
        )
        self.origin_range = words.word_set("origin_range_words")
        # "die Stadt Dresden", "the city of Leeds": a local-government noun before a place
        local = alternation(words.local_government_nouns)
        links = alternation(words.genitive_links)
        self._local_government = (
            re.compile(rf"(?<![\w-])({local}) (?:(?:{links}) )?$")
            if words.local_government_nouns
            else None
        )
        nouns = "|".join(
            map(
                re.escape,
                sorted(
                    {*words.country_nouns, *words.neighbour_nouns, *words.local_government_nouns}
                ),
            )
        )
        determiners = "|".join(map(re.escape, [*words.definite, *words.possessives]))
        # "its larger neighbour", "dem östlichen Nachbarland": an adjective (lower case,
        # in German as in English) may stand between the determiner and a neighbour noun.
        neighbours = alternation(words.neighbour_nouns)  # never matches when there are none
        adjective = rf"(?:[^\W\d_A-ZÄÖÜ][\w-]* (?=(?:{neighbours})(?![\w-])))?"
        # "the island nation", "the mountain kingdom's": a word of the country's kind
        # (group 2) before a country noun is part of the mention
        kinds = alternation(words.country_kind_words)
        countries = alternation(words.country_nouns)
        kind = rf"(?:({kinds}) (?=(?:{countries})(?![\w-])))?"
        self._country_reference = (
            re.compile(rf"(?<![\w-])({determiners}) {adjective}{kind}({nouns})(?![\w-])")
            if nouns and determiners
            else None
        )
        # Regions spelt like a country ("Georgia" the US state): the gazetteer keeps the
        # country's name; the text decides (namesake_places).
        self.namesakes = {
            name: place
            for place in kb.places.values()
            if place.type == "region"
            for name in getattr(place, kb.lang).names
            if any(t.kind == "country" for t in kb.gazetteer.lookup(name))
        }
        # "the North", "the North's": a compass word standing for its country.
        self.compass_short = tuple(
            (word, re.compile(rf"(?<=\b[Tt]he ){word}(?:'s|’s)?(?![\w-])(?! [A-Z])"))
            for word in words.compass_short
        )

    def namesake_places(self, text: str, drafts: list[Draft]) -> None:
        """ "Georgia" in a text naming Arizona and Nevada is the US state: a country name
        that is also a region of another country is that region when the text names two
        or more other regions of that country and nothing else of the namesake country
        (its capital, adjective or people)."""
        regions: dict[str, set] = {}
        own: set[str] = set()
        titled = {id(d) for d in drafts if self._namesake_title(text, d)}
        for draft in drafts:
            if draft.entity and draft.entity[0] == "place":
                place = self.kb.places.get(draft.entity[1])
                if place is not None and place.type == "region":
                    regions.setdefault(place.country, set()).add(place.id)
            elif draft.country and not (
                draft.entity and draft.entity[0] == "country" and draft.kind in ("name", "place")
            ):
                own.add(draft.country)
        for draft in drafts:
            if (
                id(draft) in titled
                or not (
                    draft.entity
                    and draft.entity[0] == "country"
                    and draft.kind in ("name", "place")
                )
                or draft.country in own
            ):
                continue
            place = self.namesakes.get(text[draft.start : draft.end])
            if (
                place is not None
                and place.country != draft.country
                and len(regions.get(place.country, set()) - {place.id}) >= 2
                and not (self._other_country_near(text, drafts, draft))
            ):
                draft.kind, draft.country, draft.sector = "place", place.country, None
                draft.entity, draft.entity_type = ("place", place.id), "PLACE"

    def origin_lists(self, text: str, drafts: list[Draft]) -> None:
        """ "Delegationen aus Polen, Ungarn und Tschechien", "soldiers from Ghana and
        Togo": an actor noun from several countries is none's alone (qualifiers leave it
        without a country); each listed country takes part and is a mention of its own,
        not a place as after other locative prepositions."""
        starts = {
            d.start: d
            for d in drafts
            if d.kind == "place" and d.entity is not None and d.entity[0] == "country"
        }
        for noun in drafts:
            if noun.kind not in ("organ", "role"):
                continue
            opening = self._origin_opening.match(text, noun.end)
            if opening is None:
                continue
            listed: list[Draft] = []
            at = opening.end()
            while at in starts:
                listed.append(starts[at])
                joint = self._list_joint.match(text, starts[at].end)
                if joint is None:
                    break
                at = joint.end()
            if len(listed) < 2:
                continue  # one country is the noun's own (qualifiers)
            after = re.match(r"\s*(\w+)", text[listed[-1].end : listed[-1].end + 30])
            if after is not None and after.group(1) in self.origin_range:
                continue  # "aus Ghana und Togo nach Mali": a route
            for draft in listed:
                draft.kind = "name"

    def _namesake_title(self, text: str, draft: Draft) -> bool:
        """ "Georgia Gov. Brian Kemp": a namesake region before an abbreviated state title
        (context.yaml region_titles) is the region; the titled person is its country's."""
        for name, place in self.namesakes.items():
            if not text.startswith(name + " ", draft.start):
                continue
            after = text[draft.start + len(name) + 1 :].split(" ", 1)[0]
            if after in self.region_titles and draft.entity and draft.entity[0] in PERSON_KEYS:
                draft.country = place.country
                return True
        return False

    @staticmethod
    def _other_country_near(text: str, drafts: list[Draft], draft: Draft) -> bool:
        """Another country named in the draft's sentence ("Georgia signed a deal with
        Armenia"): the country reading."""
        start = max(text.rfind(". ", 0, draft.start), text.rfind("\n", 0, draft.start)) + 1
        ends = [e for e in (text.find(". ", draft.end), text.find("\n", draft.end)) if e >= 0]
        end = min(ends) if ends else len(text)
        return any(
            other is not draft
            and other.entity
            and other.entity[0] == "country"
            and other.country != draft.country
            and start <= other.start < end
            for other in drafts
        )

    def compass(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """ "the North", "the North's" for North Korea once the text has named it: the
        one country named "<compass word> …" in the text (none for two)."""
        found: list[Draft] = []
        for word, pattern in self.compass_short:
            named = {
                d.entity[1]
                for d in drafts
                if d.entity
                and d.entity[0] == "country"
                and self.kb.countries[d.entity[1]].name.startswith(word + " ")
            }
            if len(named) != 1:
                continue
            country = named.pop()
            taken = [(d.start, d.end) for d in drafts]
            for match in pattern.finditer(text):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                found.append(
                    Draft(
                        match.start(),
                        match.end(),
                        "name",
                        entity=("country", country),
                        country=country,
                        entity_type="COUNTRY",
                    )
                )
        return found

    def references(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """ "das Land", "the country", "sein Land", "dem Nachbarland": a country named
        before (context.yaml country_nouns, neighbour_nouns)."""
        if self._country_reference is None:
            return []
        found: list[Draft] = []
        for match in self._country_reference.finditer(text):
            determiner, noun = match.group(1), match.group(3)
            start, end = match.start(2) if match.group(2) else match.start(3), match.end(3)
            neighbour = noun in self.neighbour_nouns
            if any(d.overlaps(start, end) for d in drafts) or self._country_noun_place(
                text, match.start(), end, determiner, neighbour
            ):
                continue
            draft = Draft(start, end, "description")
            if neighbour:
                country = self._neighbour(draft, determiner)
            elif noun not in self.country_nouns:
                country = None
            elif determiner in self.possessives:
                country = self.setting.sentence_person_country(draft)
            else:
                # a country named as a place counts too ("born in the Dominican Republic
                # … the country's constitutional court"); an epithet of its kind ("the
                # mountain kingdom") describes an actor named before, not a place passed
                # through ("recalled its envoy from Pretoria, the mountain kingdom's")
                country = (
                    self._epithet_country(draft)
                    if match.group(2)
                    else self.setting.last_country(draft, places=True)
                )
            local = self.story.scene or self.story.dominant
            if (
                country is None
                and noun in self.local_nouns
                and (determiner not in self.possessives)
                and local in self.federal_units.get(noun, [local])
                and self._acts(draft)
            ):
                # "the city announced", "Der Freistaat werde helfen": its government
                if local:
                    draft.kind, draft.country, draft.sector = "organ", local, "GOV"
                    found.append(draft)
                continue
            if (
                country is None
                and noun in self.country_nouns
                and determiner not in self.possessives
                and local not in self.federal_units.get(noun, ())
            ):
                # "the country's worst drought" with no country named just before: the
                # country the story is about ("das Land" in a German story may be a Land)
                country = self.story.dominant or self.story.scene
            if country and self._own_organ(text, drafts, draft, country):
                continue
            if country:
                draft.country, draft.entity = country, ("country", country)
                draft.entity_type = "COUNTRY"
                found.append(draft)
        return found

    def _epithet_country(self, draft: Draft) -> str | None:
        """ "the island nation", "the mountain kingdom's": an epithet names the state the
        story is about: of the states named in its sentence and the two before, the one
        the text has named most often so far, as a place too ("Palau … a protest from Vietnam. Since
        then, the island nation"); of equals the one named first, the story's opening."""
        near = self.setting.countries_before(draft, 3)
        named = [
            d.entity[1]
            for d in sorted(self.story.drafts, key=lambda d: d.start)
            if d.end <= draft.start
            and d.entity
            and d.entity[0] == "country"
            and d.kind in ("name", "metonym", "place")
        ]
        counts = Counter(named)
        return max(near, key=lambda c: (counts[c], -named.index(c)), default=None)

    @staticmethod
    def _own_organ(text: str, drafts: list[Draft], draft: Draft, country: str) -> bool:
        """ "the country's constitutional court": a possessor right before a bare organ
        noun makes one mention with it, the organ of that country (as "Iran's army")."""
        ending = next((e for e in POSSESSIVE_ENDINGS if text.startswith(e, draft.end)), None)
        if ending is None:
            return False
        at = draft.end + len(ending) + 1
        organ = next((d for d in drafts if d.start == at and d.kind == "organ"), None)
        if organ is None or (organ.head or (organ.start, organ.end)) != (organ.start, organ.end):
            return False  # none, or one with a word of its own ("the country's Kurdish rebels")
        organ.start, organ.country = draft.start, country
        if organ.organ:
            organ.entity = ("organ", f"{country}:{organ.organ}")
        return True

    def local_governments(self, text: str, drafts: list[Draft]) -> None:
        """ "Die Stadt Dresden will sparen", "the city of Leeds said": a town or region
        named with its local-government noun, as the subject of a verb that acts, is its
        government (GOV of its country), not the place."""
        if self._local_government is None:
            return
        for draft in drafts:
            if draft.kind != "place" or not draft.country:
                continue
            match = self._local_government.search(text, max(0, draft.start - 30), draft.start)
            if match is None:
                continue
            government = Draft(match.start(1), draft.end, "organ")
            if not self._acts(government):
                continue
            draft.start, draft.kind, draft.sector = match.start(1), "organ", "GOV"
            draft.country, draft.entity = self.kb.actor_country(draft.country), None

    def _acts(self, draft: Draft) -> bool:
        """The noun is the subject of a verb that acts (not "liegt", "is")."""
        root = parse_root(self.story.analysis, draft.start, draft.end)
        if root is None:
            return False
        verb = root.head
        if root.dep_ not in SUBJECT_DEPS or verb.pos_ not in ("VERB", "AUX"):
            return False
        if verb.lemma_ in self.stative:
            # "Der Freistaat werde … helfen", "the state is stepping in": the main verb
            verb = (
                next(
                    (
                        c
                        for c in verb.children
                        if c.pos_ == "VERB" and c.dep_ in ("xcomp", "oc", "aux", "ccomp")
                    ),
                    None,
                )
                or verb
            )
        return verb.lemma_ not in self.stative

    def _country_noun_place(
        self, text: str, start: int, end: int, determiner: str, neighbour: bool
    ) -> bool:
        """A country noun that is a place or part of a phrase: a name after it ("dem
        Nachbarland Ruanda"), a genitive ("des Landes", "of the country"), a locative or
        motion word before it ("in das Land", "to leave the country"). A possessor ("in
        the country's north", "a threat to his country's sovereignty") is none of these:
        the word before governs the noun it possesses."""
        if self._place_name_after(text, end):
            return True
        if text.startswith(POSSESSIVE_ENDINGS, end):
            return False
        if determiner in self.locative:
            return True  # "im Land": a contracted locative article
        before = re.findall(r"[\w-]+", text[max(0, start - 30) : start])
        if not neighbour and (
            determiner in self.genitive_words or bool(before) and before[-1] in self.genitive_words
        ):
            return True
        return bool(before) and (before[-1] in self.locative or before[-1] in self.place_verbs)

    def _place_name_after(self, text: str, end: int) -> bool:
        """A country or place name follows the noun ("dem Nachbarland Ruanda"); any
        capitalised word would not do, German capitalises every noun."""
        word = re.match(r" ([\w-]+)", text[end : end + 40])
        return word is not None and any(
            t.kind in ("country", "place") for t in self.kb.gazetteer.lookup(word.group(1))
        )

    def _neighbour(self, draft: Draft, determiner: str) -> str | None:
        """The country named last before that is neither the clause subject's nor the
        possessor's (the actor right before a possessive)."""
        excluded = {self.setting.clause_subject_country(draft)}
        if determiner in self.possessives:
            before = [d for d in self.story.drafts if d.end <= draft.start and d.kind != "place"]
            if before:
                excluded.add(self.story.draft_country(max(before, key=lambda d: d.end)))
        near = self.setting.countries_before(draft, 3)
        return next((c for c in near if c not in excluded), None) or self._other_of_pair(
            draft, excluded - {None}
        )

    def _other_of_pair(self, draft: Draft, excluded: set[str]) -> str | None:
        """A story about two countries: when the neighbour's own side is known, the
        neighbour is the other country the text names most often before it (in any
        paragraph, also as a place: "recalled its ambassador from the Dominican Republic,
        accusing its neighbour"); nothing when two others are named as often."""
        if not excluded:
            return None
        # "Guatemalan soldiers", "Guatemala's ambassador" name their country too
        named = (self.story.draft_country(d) for d in self.story.drafts if d.end <= draft.start)
        states = self.kb.countries
        ranked = Counter(
            c for c in named if c in states and c not in excluded and not states[c].controlled_by
        ).most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]
