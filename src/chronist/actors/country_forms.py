"""A country's name, seat of power, capital or demonym where it stands: the country
acting ("Russland warnte"), its government ("Moskau", "the Kremlin", "Kritik aus
Moskau"), a place ("in Moskau", "vor dem Weißen Haus", "north London"), its people ("die
Briten", "Bosnian Serbs" of Bosnia) or the opening of a name ("die Deutsche
Umwelthilfe")."""

from __future__ import annotations

import re

from chronist.actors.draft import Draft
from chronist.actors.kb import KnowledgeBase, Target
from chronist.actors.locatives import Locatives
from chronist.actors.mention import MentionKind
from chronist.actors.passage import Passage, sport_pattern
from chronist.actors.scan import Hit
from chronist.actors.schema import ContextWords
from chronist.actors.syntax import DIRECT_OBJECT_DEPS, SUBJECT_DEPS

# The start of a range right before a preposition ("from Russia to Syria").
RANGE_START = re.compile(r"\b(?:from|von)\s+(?:the\s+)?[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*)*\s+$")


class CountryForms:
    def __init__(
        self, kb: KnowledgeBase, words: ContextWords, passage: Passage, locatives: Locatives
    ) -> None:
        self.kb = kb
        self.lang = kb.lang
        self.words = words
        self.passage = passage
        self.locatives = locatives
        self.locative = words.word_set("locative")
        self.ethnic_markers = words.word_set("ethnic_markers")
        self.articles = words.word_set("articles")
        self.compass_words = words.word_set("compass_words")
        self.feature_heads = words.word_set("feature_heads")
        self.spatial = words.word_set("spatial") | self.locative
        self.sources = words.word_set("source_prepositions")
        self.voice_nouns = tuple(words.voice_nouns)
        self.addressee_prepositions = words.word_set("addressee_prepositions")
        self.addressee_heads = words.word_set("addressee_heads", fold=True)
        self.buildings = words.word_set("building_nouns")
        self.links = words.word_set("genitive_links", split=True)
        self.capitalised_adjective = tuple(kb.morphology.capitalised_adjective_endings)
        self.sport = sport_pattern(words.sport_words, words.sport_score)

    def draft(self, text: str, hit: Hit, target: Target) -> Draft | None:
        """A country's name, seat of power, capital or demonym as a mention."""
        country = self.kb.countries[target.key]
        locative = self.locatives.after_locative(text, hit.start)
        if locative and target.form == "name" and (
            self._voice_from(text, hit) or self._addressee(text, hit)
        ):
            # "a protest from Vietnam", "donated two boats to Ghana": a party, no place
            locative = False
        elif locative and target.form == "capital" and self._addressee(text, hit):
            locative = False  # "no change in policy toward Minsk"
        if target.form == "name":
            dateline = self.passage.in_dateline(hit)
            # "New Zealand beat Sri Lanka by 143 runs": in a sport sentence a country's
            # name is its team, no actor
            sport = self.passage.in_sport(hit, self.sport)
            place = (
                locative
                or dateline
                or sport
                or self._feature_name(text, hit)
                or self._compass_part(text, hit)
            )
            kind: MentionKind = "place" if place else "name"
            return Draft(
                hit.start,
                hit.end,
                kind,
                country=country.id,
                sector=country.sector,
                entity=("country", country.id),
            )
        if target.form == "seat":
            return self._seat(text, hit, country.id, locative)
        if target.form == "capital":
            return self._capital(text, hit, country.id, locative)
        if target.form == "demonym" and self._is_demonym(text, hit, target):
            return self._demonym(text, hit, country.id)
        return None

    def _seat(self, text: str, hit: Hit, country: str, locative: bool) -> Draft:
        """ "das Weiße Haus": the government, or the building where it stands."""
        if (locative or self._building(text, hit)) and not self._from_seat(text, hit):
            return Draft(hit.start, hit.end, "place", country=country)
        return _government(hit, country)

    def _capital(self, text: str, hit: Hit, country: str, locative: bool) -> Draft:
        """ "Moskau warnte": the government; "in Moskau", a dateline, an organ's seat
        or a part of the city: the place."""
        if locative and self._voice_from(text, hit):
            # "drew swift condemnation from Belgrade", "Kritik aus Moskau"; the phrase
            # still names a place of the story (Domestic.scene_country counts it)
            draft = _government(hit, country)
            draft.extra["origin"] = True
            return draft
        if (
            locative
            or self.passage.datelines.opens_paragraph(hit.start, hit.end)
            or (self._organ_seat(text, hit))
            or self._part_of_place(text, hit)
            or self.passage.in_sport(hit, self.sport)  # "Madrid verlor das Derby"
        ):
            return Draft(hit.start, hit.end, "place", country=country, entity=("capital", country))
        return _government(hit, country)

    def _demonym(self, text: str, hit: Hit, country: str) -> Draft | None:
        """ "die Briten", "three Americans": the country's people; "die Deutsche
        Umwelthilfe": an organisation's name."""
        if (
            text[hit.start : hit.end] in self.kb.invariable_adjectives
            and text[hit.end : hit.end + 1] == " "
            and getattr(self.passage.token_at(hit.end + 1), "pos_", None) == "NOUN"
        ):
            return None  # "die Schweizer Asylpolitik": the adjective of no actor
        name_end = self._proper_adjective(text, hit)
        if name_end is not None:
            name = text[hit.start : name_end]
            return Draft(
                hit.start,
                name_end,
                "name",
                country=country,
                entity=("new_org", name),
                entity_type="ORG",
            )
        # "die Briten", "three Americans": the country's people, its civilians; a
        # nation living in another state is that state's ("Bosnian Serbs" BIH,
        # "ethnic Albanians in Serbia" SRB; PLOVER's convention).
        start, home = self._state_lived_in(text, hit, country)
        return Draft(
            start,
            hit.end,
            "adjective",
            country=home,
            sector=self.words.demonym_sector,
            entity=("country", home),
        )

    def _state_lived_in(self, text: str, hit: Hit, own: str) -> tuple[str, int]:
        """(start, country) of a demonym: the country word of another state right before
        it ("Bosnian Serbs", "bosnische Serben", "Kosovo Serbs"), or after an ethnic
        marker the state of the locative phrase after it ("ethnic Albanians in Serbia");
        else its own country."""
        before = re.search(r"([\w-]+)[ \xa0]+$", text[max(0, hit.start - 40) : hit.start])
        if before is None:
            return hit.start, own
        word = before.group(1)
        for target in self.kb.gazetteer.lookup(word):
            if target.kind == "country" and target.form in ("adj", "name") and (target.key != own):
                return hit.start - len(before.group(0)), target.key
        if word in self.ethnic_markers:
            lived = self._locative_country(text, hit.end)
            if lived is not None:
                return hit.start, lived
        return hit.start, own

    def _locative_country(self, text: str, end: int) -> str | None:
        """The country of "in Serbia", "in south Serbia", "im Kosovo" right after `end`."""
        after = text[end : end + 80]
        match = re.match(r"[ \xa0]+([\w-]+)", after)
        if match is None or match.group(1) not in self.locative:
            return None
        rest = after[match.end(1) :].split()
        while rest and (rest[0] in self.articles or rest[0].casefold() in self.compass_words):
            rest = rest[1:]
        for size in (3, 2, 1):
            surface = re.sub(r"[.,;:!?)]+$", "", " ".join(rest[:size]))
            for target in self.kb.gazetteer.lookup(surface):
                if target.kind == "country" and target.form == "name":
                    return target.key
                if target.kind == "place" and target.country:
                    return target.country
        return None

    def _building(self, text: str, hit: Hit) -> bool:
        """ "vor dem Weißen Haus", "der Rasen des Weißen Hauses", "the White House lawn":
        a seat of power placed by a preposition of position, or owning a part or work of
        a building, is the building."""
        words = re.findall(r"\w+", text[max(0, hit.start - 40) : hit.start])
        for skip in (self.articles | self.links, self.links):  # "des", "of the"
            if words and words[-1].casefold() in skip:
                words = words[:-1]
        if words and (words[-1] in self.spatial or words[-1] in self.buildings):
            return True
        after = re.match(r"\s+(\w+)", text[hit.end : hit.end + 30])
        return self.lang == "en" and after is not None and after.group(1) in self.buildings

    def _voice_from(self, text: str, hit: Hit) -> bool:
        """A capital after a preposition of origin that follows a noun of reaction or
        speech (context.yaml voice_nouns: "condemnation from Belgrade", "Kritik aus
        Moskau") is its government speaking, not a place."""
        words = re.findall(r"[\w-]+", text[max(0, hit.start - 50) : hit.start])
        if not words or words[-1] not in self.sources:
            return False
        # "Aus Warschau kam Kritik": the phrase may open the text, with no noun before it.
        return (len(words) > 1 and self._voice_noun(words[-2])) or self._voice_subject(hit)

    def _addressee(self, text: str, hit: Hit) -> bool:
        """The name is the complement of an addressee preposition ("to", "toward") that
        hangs on a verb of giving or telling, or an adjective or noun of attitude
        (context.yaml addressee_heads: "conveyed its concerns to China", "grateful to
        Japan", "policy toward Minsk"): the state the act is directed at."""
        token = self.passage.token_at(hit.start)
        if token is None:
            return False
        while token.dep_ == "compound" and token.head.i > token.i:
            token = token.head  # "to South Sudan": the name's last word
        preposition = token.head
        return (
            preposition.pos_ == "ADP"
            and preposition.i < token.i
            and preposition.text.casefold() in self.addressee_prepositions
            and preposition.head.lemma_.casefold() in self.addressee_heads
            # "dictators from Russia to Syria": the end of a range, no addressee
            and not RANGE_START.search(text, max(0, preposition.idx - 60), preposition.idx)
        )

    def _voice_noun(self, word: str) -> bool:
        return word in self.voice_nouns or (
            self.lang == "de" and word[:1].isupper() and word.endswith(self.voice_nouns)
        ) or (self.lang == "en" and word.lower() in self.voice_nouns)  # "Orders from Moscow"

    def _voice_subject(self, hit: Hit) -> bool:
        """ "Scharfe Kritik an … kam am Sonntag aus Peking", "Criticism of the plan came
        quickly from Beijing": the phrase of origin hangs on the verb whose subject is a
        noun of reaction or speech. Or its object: "Kritik hagelte es aus Warschau",
        "Unterstützung erhielt Astana aus Taschkent", "drew criticism from Beijing" (the
        German parser also takes a fronted subject after "es" or an inverted one for one)."""
        token = self.passage.token_at(hit.start)
        if token is None:
            return False
        head = token.head.head if token.head.pos_ == "ADP" else token.head
        if head.pos_ not in ("VERB", "AUX") or head.i == token.i:
            return False
        deps = SUBJECT_DEPS | DIRECT_OBJECT_DEPS
        return any(c.dep_ in deps and self._voice_noun(c.text) for c in head.children)

    def _from_seat(self, text: str, hit: Hit) -> bool:
        """ "Druck aus dem Kanzleramt", "word from the Kremlin": a seat of power after a
        preposition of origin is its government speaking, unless a part of the building
        follows ("from the White House lawn")."""
        words = re.findall(r"\w+", text[max(0, hit.start - 30) : hit.start])
        if words and words[-1] in self.articles:
            words = words[:-1]
        if not words or words[-1] not in self.sources:
            return False
        after = re.match(r"\s+(\w+)", text[hit.end : hit.end + 30])
        return after is None or after.group(1) not in self.buildings

    def _proper_adjective(self, text: str, hit: Hit) -> int | None:
        """German adjectives are lower case except inside names: a capitalised country
        adjective inside a sentence before a capitalised noun the knowledge base does not
        know opens an organisation's name ("die Deutsche Umwelthilfe"). Returns its end."""
        surface = text[hit.start : hit.end]
        if not (self.capitalised_adjective and surface.endswith(self.capitalised_adjective)):
            return None
        if surface in self.kb.invariable_adjectives:
            return None  # "die Schweizer Asylpolitik": capitalised anyway
        before = text[max(0, hit.start - 30) : hit.start].rstrip()
        words = re.findall(r"\w+", before)
        if not before or before[-1] in '.!?:;\n"„“»«' or not words:
            return None
        nxt = re.match(
            r" ([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?![\w-])", text[hit.end : hit.end + 40]
        )
        if nxt is None or self.kb.gazetteer.lookup(nxt.group(1)):
            return None
        return hit.end + nxt.end()

    def _feature_name(self, text: str, hit: Hit) -> bool:
        """ "the Taiwan Strait": a country's name before a geographic feature noun
        (context.yaml feature_heads) is part of the feature's name."""
        after = re.match(r" ([A-Z]\w+)", text[hit.end : hit.end + 20])
        return after is not None and after.group(1) in self.feature_heads

    def _compass_part(self, text: str, hit: Hit) -> bool:
        """ "as far south as northern Mexico", "across the northern United States", "im
        nördlichen Mexiko": a lower-case compass adjective makes the country's name a part
        of its territory, a place, never the state acting."""
        before = re.findall(r"[\w-]+", text[max(0, hit.start - 20) : hit.start])
        return bool(before) and before[-1].islower() and before[-1] in self.compass_words

    def _part_of_place(self, text: str, hit: Hit) -> bool:
        """ "north London", "east Jerusalem": a compass word makes the capital a part of
        the city; English "the Paris Agreement", "the Berlin Wall": a capitalised word
        right after it makes it part of a longer name (German capitalises every noun)."""
        before = re.findall(r"[\w-]+", text[max(0, hit.start - 20) : hit.start])
        if before and before[-1] in self.compass_words:
            return True
        after = text[hit.end : hit.end + 4]
        # a capitalised word of lower-case letters ("Washington D.C." and "Washington DC"
        # stay the capital: no lower-case letter follows the capital letter)
        if self.lang != "en" or re.match(r" [A-Z][a-z]", after) is None:
            return False
        # not a title-case headline's verb ("Moscow Says …")
        return not self.passage.finite_at(hit.end + 1) and not self._title_case(text, hit)

    def _title_case(self, text: str, hit: Hit) -> bool:
        """The line holding the hit writes most of its words capitalised (a headline)."""
        start = text.rfind("\n", 0, hit.start) + 1
        end = text.find("\n", hit.end)
        words = re.findall(r"[A-Za-z]\w*", text[start : end if end >= 0 else len(text)])
        return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)

    def _organ_seat(self, text: str, hit: Hit) -> bool:
        """ "das Landgericht Berlin", "die Staatsanwaltschaft Wien": a capital right
        after a state-organ noun names the organ's seat, not the government."""
        before = re.search(r"([A-ZÄÖÜ][\w-]+) $", text[max(0, hit.start - 40) : hit.start])
        if before is None:
            return False
        return self.kb.compound_has(before.group(1), "organ")

    def _is_demonym(self, text: str, hit: Hit, target: Target) -> bool:
        """English adjectives double as demonyms; only the plural or a noun use
        ("the Russians", "an Israeli said") names people."""
        if self.lang == "de" or not any(t.form == "adj" for t in hit.targets):
            return True
        surface = text[hit.start : hit.end]
        if surface.endswith("s"):
            return True
        following = text[hit.end : hit.end + 2]
        if not following.startswith(" ") or not following[1:2].isalpha():
            return True
        # "an Israeli said", "a Briton was": a verb after it makes it the noun.
        word = self.passage.token_at(hit.end + 1)
        return word is not None and word.pos_ in ("VERB", "AUX")


def _government(hit: Hit, country: str) -> Draft:
    """The country's government named by its capital or seat ("Moskau", "the Kremlin")."""
    return Draft(
        hit.start,
        hit.end,
        "metonym",
        country=country,
        sector="GOV",
        entity=("country", country),
    )


def in_continent_name(text: str, hit: Hit, names: tuple[str, ...]) -> bool:
    """ "Latin America", "Central American", "Südamerika": a country's name or adjective
    ending a continent's or world region's name (context.yaml continent_names) that starts
    at a word boundary names no country, nor a place of one."""
    if not all(t.kind == "country" for t in hit.targets):
        return False
    for name in names:
        start = hit.end - len(name)
        if 0 <= start <= hit.start and text[start : hit.end] == name and (
            start == 0 or not text[start - 1].isalnum()
        ):
            return True
    return False
