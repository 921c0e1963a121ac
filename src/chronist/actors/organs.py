"""State organs and groups named by a noun ("die Armee", "the government", "officials",
"Zivilisten"): whose they are when the noun names no country. A portfolio, an anonymous
source, veterans or a venue are no actor; captives are not their captor's people."""

from __future__ import annotations

import re

from chronist.actors.draft import STATE_SECTORS, Draft, parse_root
from chronist.actors.kb import KnowledgeBase
from chronist.actors.schema import ContextWords
from chronist.actors.setting import Setting
from chronist.actors.story import NEAR, Story
from chronist.actors.syntax import SUBJECT_DEPS, alternation, governing_preposition


class Organs:
    def __init__(
        self, kb: KnowledgeBase, words: ContextWords, story: Story, setting: Setting
    ) -> None:
        self.kb = kb
        self.words = words
        self.story = story
        self.setting = setting
        self.not_names = words.word_set("not_names")
        self.speech_verbs = words.word_set("speech_verbs")
        self.generic_nouns = words.word_set("generic_nouns")
        self.second_person = words.word_set("second_person")
        self.unspecific_officials = words.word_set("unspecific_officials")
        self.veteran_words = words.word_set("veteran_words")
        self.anonymous_sources = words.word_set("anonymous_sources")
        self.among = words.word_set("among_prepositions")
        self.articles = words.word_set("articles")
        self.definite = words.word_set("definite")
        self.possessives = words.word_set("possessives")
        self.indefinite = words.word_set("indefinite")
        self.captive_nouns = words.word_set("captive_nouns")
        self.hostile_prepositions = words.word_set("hostile_prepositions")
        foreign = alternation(words.foreign_words)
        # "foreign investors", "foreign oil companies", "ausländische Investoren"
        self._foreign = (
            re.compile(rf"(?<![\w-])(?:{foreign})\s+(?:[a-zäöüß-]+\s+)?$", re.IGNORECASE)
            if words.foreign_words
            else None
        )
        # "Beide Regierungen", "the two governments"; "voters in both countries"
        duals = alternation(words.dual_determiners)
        self._dual = re.compile(rf"(?<![\w-])(?:{duals}) $") if words.dual_determiners else None
        states = alternation(words.several_states)
        self._several = (
            re.compile(rf" (?:[a-zäöü]+ ){{0,2}}(?:{states})(?![\w-])")
            if words.several_states
            else None
        )
        # "die Behörden in Chartum", "roasters in the United States" (longest link first);
        # "authorities in eastern Libya", "die Behörden im östlichen Kongo": a compass word
        # before the place names part of the same country
        links = alternation(sorted(words.located_links, key=len, reverse=True))
        compass = alternation(words.compass_words)
        self._located_link = re.compile(rf"\s+(?:{links})\s+(?:(?:{compass})\s+)?")
        self._place_list = re.compile(rf"\s*(?:,|\s(?:{alternation(words.list_connectors)}))\s+")
        heads = alternation(words.portfolio_heads)
        links = alternation(words.portfolio_links)
        self._portfolio = re.compile(rf"(?<![\w-])(?:{heads})\s+(?:{links})\s+$")
        links = alternation(words.organ_name_links)
        joins = alternation(words.list_connectors)
        # "Departement für Wirtschaft, Bildung und Forschung": capitalised fields joined
        # by commas and list conjunctions
        self._organ_field = re.compile(
            rf" (?:{links}) ([A-ZÄÖÜ][\w-]*(?:(?:, | (?:{joins}) )[A-ZÄÖÜ][\w-]*)*)"
        )
        # "im Landtag", "in court", "in federal court" (one lower-case attribute)
        self._venue = _venue_pattern(words.venue_prepositions, words.articles)
        # "vor dem Arbeitsgericht": courts only
        self._court_venue = _venue_pattern(words.court_venue_prepositions, words.articles)

    def organ_names(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """ "das Eidgenössische Departement für Wirtschaft, Bildung und Forschung", "des
        Staatssekretariats für Wirtschaft": a state organ noun named for its capitalised
        field (context.yaml organ_name_links) is one mention, the organ's; a name NER
        found in the field is part of it."""
        for draft in list(drafts):
            if draft.kind != "organ" or draft.sector not in STATE_SECTORS:
                continue
            field = self._organ_field.match(text, draft.end)
            if field is None or any(
                word in self.not_names for word in re.findall(r"\w+", field.group(1))
            ):
                continue
            inside = [d for d in drafts if d is not draft and d.overlaps(draft.end, field.end())]
            if any(
                d.start < draft.end or d.end > field.end() or d.entity_type == "PERSON"
                for d in inside
            ):
                continue
            for other in inside:
                drafts.remove(other)
            draft.head = draft.head or (draft.start, draft.end)
            draft.end = field.end()
        return drafts

    def resolve(self, draft: Draft, last: dict[str, Draft]) -> None:
        """ "die Armee" without a country: the army named just before, else the country
        of the nearest actor earlier in the sentence ("Singh said his government"),
        else the document's main country."""
        if self._no_actor(draft):
            return
        if self.kb.organs[draft.organ].held_office:
            self._held_office(draft)
            return
        if self.kb.organs[draft.organ].person_title and self._abstract(draft):
            # "tourists in the Indian-controlled part": private people are of a country
            # only by a word of nationality on them, not by where they are
            draft.entity = draft.country = draft.sector = None
            return
        if draft.country is None and draft.entity is None and self._from_abroad(draft):
            # "foreign investors" in a story on Guinea are not Guinea's, nor anyone's named
            draft.entity = draft.country = draft.sector = None
            return
        possessor = self.setting.possessor_country(draft)
        if draft.country is None and draft.entity is None and possessor:
            draft.country = possessor  # "Israel erklärte, seine Soldaten …"
            draft.entity = ("organ", f"{possessor}:{draft.organ}") if draft.sector else None
        elif draft.country is None and draft.entity is None and self._of_several_states(draft):
            pass  # "Beide Regierungen", "voters in both countries": no one country's
        elif draft.country is None and draft.entity is None and (place := self._located(draft)):
            draft.country = place  # "die Behörden in Chartum"
            draft.entity = ("organ", f"{place}:{draft.organ}") if draft.sector else None
        elif (
            draft.country is None
            and draft.entity is None
            and (self._generic(draft) or self._abstract(draft) or self._indefinite(draft))
        ):
            draft.sector = None  # "the glue of government": the institution, no actor
        elif draft.country is None and draft.entity is None and self._takes_up_body(draft):
            pass  # "Guatemala's foreign ministry … The ministry did not say"
        elif draft.country is None and draft.entity is None:
            self._from_context(draft, last.get(draft.organ))
            self._usual_country(draft)
        self._captives(draft)
        if draft.country:
            last[draft.organ] = draft

    def _located(self, draft: Draft) -> str | None:
        """ "die Behörden in Chartum", "roasters in the United States", "Demonstranten aus
        Belgrad": an organ noun of the place it is in or from (organs.yaml `located`),
        followed by a place of one country, is of that country; a list
        of places ("officials in Washington and Vilnius") gives it none."""
        if not self.kb.organs[draft.organ].located:
            return None
        text = self.story.text
        after = [d for d in self.story.drafts if d.start >= draft.end]
        if not after or after[0].kind != "place" or not after[0].country:
            return None
        place = after[0]
        if not self._located_link.fullmatch(text, draft.end, place.start):
            return None
        if len(after) > 1 and after[1].kind == "place" and (
            self._place_list.fullmatch(text, place.end, after[1].start)
        ):
            return None
        return place.country

    def _takes_up_body(self, draft: Draft) -> bool:
        """ "Guatemala's foreign ministry gave a different account. … The ministry did not
        say", "the Constitutional Council … The council has until": a bare organ noun
        after a definite article takes up the body named last before it whose name ends
        in the same noun (in German the last part of a compound), with its country and
        sector, in its paragraph or the one before. The nearest body of that noun decides:
        a bare one named in between was resolved by the usual rules and leaves the noun to
        them too."""
        if not self._after_definite(draft) or self.setting.frame_country(draft):
            return False  # "In Finland, the government …": the place sets the scene
        root = parse_root(self.story.analysis, draft.start, draft.end)
        if root is None:
            return False
        body = self._body_before(draft, root.lemma_.casefold())
        if body is None:
            return False
        draft.country, draft.sector, draft.entity = body.country, body.sector, body.entity
        return True

    def _body_before(self, draft: Draft, noun: str) -> Draft | None:
        """The state body named last before `draft` whose name ends in `noun`, in its
        paragraph or the one before; None when there is none or the nearest one is no
        state body or the same bare noun."""
        text = self.story.text
        # this paragraph or the one before: further back a new scene may have begun
        near = text.rfind("\n", 0, max(0, text.rfind("\n", 0, draft.start) - 1)) + 1
        for other in reversed(self.story.drafts):
            if other.end > draft.start or other.kind not in ("organ", "name"):
                continue
            if other.start < near:
                return None
            head = parse_root(self.story.analysis, other.start, other.end)
            if head is None or not head.lemma_.casefold().endswith(noun):
                continue
            bare = " " not in text[other.start : other.end]
            if bare and head.lemma_.casefold() == noun:
                return None  # the same bare noun before: the usual rules decide
            if not other.country or other.sector not in STATE_SECTORS:
                return None
            return other
        return None

    def _after_definite(self, draft: Draft) -> bool:
        """Whether a definite article stands right before the noun ("The ministry", "des
        Ministeriums")."""
        words = re.findall(r"[\w-]+", self.story.text[max(0, draft.start - 20) : draft.start])
        return bool(words) and words[-1] in self.definite

    def _usual_country(self, draft: Draft) -> None:
        """ "the federal government" with no country from its context: the one the noun
        names when nothing else is said (organs.yaml unless_context)."""
        if draft.country is not None or not draft.sector:
            return
        surface = " ".join(self.story.text[draft.start : draft.end].split()).casefold()
        for item in self.kb.organs[draft.organ].unless_context.get(self.kb.lang, []):
            if item.noun.casefold() == surface:
                draft.country = item.country
                draft.entity = ("organ", f"{item.country}:{draft.organ}")
                return

    def _no_actor(self, draft: Draft) -> bool:
        """A portfolio, an anonymous source, veterans or a venue: no actor (the draft
        loses its link)."""
        if self._portfolio.search(self.story.text, max(0, draft.start - 30), draft.start):
            # "die Ministerien der Justiz und Familie": the portfolio, no actor
            draft.entity = draft.country = draft.sector = None
            return True
        if self._anonymous_source(draft):
            # "No one was harmed, officials said": they attribute, they do not act
            draft.entity = draft.country = draft.sector = None
            return True
        if self._veterans(draft):
            # "mehrere ehemalige Soldaten": veterans are no actor of their former force
            draft.entity = draft.country = draft.sector = None
            return True
        if self.kb.organs[draft.organ].counted_only and not self._counted(draft):
            # "Männer und Frauen", "men over 60": people in general, no actor
            draft.entity = draft.country = draft.sector = None
            return True
        if self._is_venue(draft):
            # "Im Landtag sorgt der Einsatz für Streit": a venue, no actor or entity
            draft.kind, draft.entity, draft.sector = "place", None, None
            return True
        return False

    def _counted(self, draft: Draft) -> bool:
        """A number word or figure on the noun ("zwei Männer", "Drei Männer", "eight
        men"): the parser's numeral child of the noun."""
        if self.story.analysis is None:
            return False
        head = draft.head or (draft.start, draft.end)
        root = parse_root(self.story.analysis, head[0], head[1])
        return root is not None and any(
            child.pos_ == "NUM" or child.dep_ == "nummod" for child in root.children
        )

    def _from_context(self, draft: Draft, previous: Draft | None) -> None:
        """A bare organ's country from its context: a place opening its sentence, the
        same organ named just before, the dateline, the actors around it, the scene."""
        frame = self.setting.frame_country(draft)
        country = self._context_country(draft)
        if frame and draft.sector:
            draft.country, draft.entity = frame, ("organ", f"{frame}:{draft.organ}")
        elif (
            previous is not None
            and draft.start - previous.end < NEAR
            and not (
                previous.end < self.story.sentence_start(draft.start)
                and self.setting.clause_subject_country(draft)
            )
        ):
            # the same organ named just before, unless the noun's own clause has a
            # subject in a new sentence ("North Korea sent soldiers" after "U.S.
            # forces")
            draft.country, draft.entity = previous.country, previous.entity
        elif self.story.dateline and draft.sector and self.kb.organs[draft.organ].dateline:
            draft.country = self.story.dateline
            draft.entity = ("organ", f"{self.story.dateline}:{draft.organ}")
        elif self._unspecific(draft) and self._countries_in_play(draft) >= 2:
            pass  # "Israeli and Lebanese negotiators met, officials said": whose?
        elif country and draft.sector:
            draft.country = country
            draft.entity = ("organ", f"{country}:{draft.organ}")
        elif self.story.scene and draft.sector and not self.kb.organs[draft.organ].abroad:
            # "WARSAW - … Police detained two men": with no country in its sentence and
            # none dominant, a home organ is where the story is reported from.
            draft.country = self.story.scene
            draft.entity = ("organ", f"{self.story.scene}:{draft.organ}")

    def _context_country(self, draft: Draft) -> str | None:
        """The country the actors around a bare organ give it, else the story's; a home
        organ beside a foreign mission or envoy is the host state's."""
        if self._victims(draft):
            # "Terror gegen die Zivilbevölkerung": civilians set against the clause's
            # subject are not its people; they are where the story happens.
            return self.story.scene or self.story.dominant
        country = self._actors_country(draft)
        if country and draft.organ and not self.kb.organs[draft.organ].abroad:
            return self.setting.mission_host(draft, country) or country
        return country

    def _actors_country(self, draft: Draft) -> str | None:
        return (
            self.setting.clause_subject_country(draft)
            or self.setting.sentence_country(draft)
            or self.setting.speaker_country(draft)
            or (
                self.setting.sentence_place(draft) or self.story.scene
                if draft.sector == self.words.demonym_sector
                or draft.sector in self.words.place_sectors
                else None
            )
            or self.setting.previous_sentence_country(draft)
            or self.story.dominant
        )

    def _held_office(self, draft: Draft) -> None:
        """ "his office said": the government of the state whose office the possessive's
        person holds; no actor otherwise."""
        owner = None if draft.country else self.setting.personal_owner(draft)
        sector = self.story.own_or_position(owner, "sector") if owner else None
        # an office holder of no country named yet is of the story's ("Gov. Jane Roe")
        country = (self.story.draft_country(owner) or self.story.dominant) if owner else None
        if sector in STATE_SECTORS and country:
            draft.country, draft.sector = country, "GOV"
            draft.entity = ("organ", f"{country}:government")
        else:
            draft.entity = draft.country = draft.sector = None

    def _of_several_states(self, draft: Draft) -> bool:
        """A bare organ noun of a pair after a dual determiner in a passage on two or
        more countries, or before a phrase of several states (context.yaml
        dual_determiners, several_states)."""
        text = self.story.text
        if self._several is not None and self._several.match(text, draft.end):
            return True
        if self._dual is None or not self._dual.search(text, max(0, draft.start - 20), draft.start):
            return False
        # the pair's states: the countries named so far in the paragraph, places too
        # ("Gefechte zwischen Pakistan und Afghanistan … Beide Regierungen")
        start = text.rfind("\n", 0, draft.start) + 1
        named = {
            country
            for other in self.story.drafts
            if other is not draft
            and start <= other.start < draft.start
            and (country := self.story.draft_country(other))
        }
        return len(named) >= 2

    def _anonymous_source(self, draft: Draft) -> bool:
        """A bare plural of unnamed officials (context.yaml anonymous_sources) with no
        word of its own before it, the subject of a verb of saying or after "unter"/
        "among"."""
        if (
            draft.country is not None
            or draft.entity is not None
            or self.story.analysis is None
            or self.story.text[draft.start : draft.end] not in self.anonymous_sources
        ):
            return False
        root = parse_root(self.story.analysis, draft.start, draft.end)
        if root is None:
            return False
        if any(
            child.dep_ in ("det", "amod", "nummod", "poss", "nmod:poss", "compound", "nk")
            and child.i < root.i
            for child in root.children
        ):
            return False  # "the officials", "two officials", "Iranian officials"
        before = root.doc[root.i - 1] if root.i > 0 else None
        if before is not None and before.text in self.among:
            return True
        return root.dep_ in SUBJECT_DEPS and root.head.lemma_ in self.speech_verbs

    def _veterans(self, draft: Draft) -> bool:
        """A plural force noun (MIL, COP) with a veteran word among the two words before
        its head ("allen ehemaligen Soldaten", "retired police officers")."""
        if draft.sector not in ("MIL", "COP") or self.story.analysis is None:
            return False
        head = draft.head or (draft.start, draft.end)
        words = re.findall(r"\w+", self.story.text[max(0, head[0] - 40) : head[0]])[-2:]
        if not any(word in self.veteran_words for word in words):
            return False
        root = parse_root(self.story.analysis, head[0], head[1])
        return (
            root is not None
            and "Plur" in root.morph.get("Number")
            or (self.story.text[head[0] : head[1]].endswith("s"))
        )

    def _is_venue(self, draft: Draft) -> bool:
        """A bare singular organ right after a venue preposition and at most one
        attribute ("im Landtag", "vor dem Arbeitsgericht", "in parliament", "in federal
        court"; not "in the IDF …") is where something happens; its own country word, possessor or
        a plural ("in Regierungskreisen") keeps it an actor."""
        before = max(0, draft.start - 30)
        venue = self._venue is not None and self._venue.search(self.story.text, before, draft.start)
        court = (
            draft.sector == "JUD"
            and self._court_venue is not None
            and self._court_venue.search(self.story.text, before, draft.start)
        )
        if not venue and not court:
            return False
        if (
            self.setting.possessor_country(draft)
            or self.story.analysis is None
            or any(
                target.kind == "country"
                for word in re.findall(r"\w+", self.story.text[draft.start : draft.end])
                for target in self.kb.gazetteer.lookup(word)
            )
        ):
            return False  # "im schwedischen Justizministerium", "in Irlands Parlament"
        root = parse_root(self.story.analysis, draft.start, draft.end)
        return root is not None and "Plur" not in root.morph.get("Number")

    def _captives(self, draft: Draft) -> None:
        """ "Hamas is to release 33 hostages in exchange for Palestinian detainees": the
        captives are not the captor's (their clause's subject) people; the one other
        country named in the sentence or the one before, else none."""
        head = draft.head or (draft.start, draft.end)
        if self.story.text[head[0] : head[1]] not in self.captive_nouns or draft.country is None:
            return
        if (draft.start, draft.end) != head:
            return  # "Israeli hostages": the text says whose
        captor = self.setting.clause_subject_country(draft)
        if captor is None or captor != draft.country:
            return
        start = self.story.sentence_start(draft.start)
        start = self.story.sentence_start(start - 1) if start else start
        end = self.story.sentence_end(draft.start)
        others = self.story.countries_between(start, end, draft) - {captor}
        country = others.pop() if len(others) == 1 else None
        draft.country = country
        draft.entity = ("organ", f"{country}:{draft.organ}") if country else None

    def _from_abroad(self, draft: Draft) -> bool:
        """A foreign-words adjective right before a group of private people or firms, at
        most one lower-case word between ("foreign oil companies"); a state organ keeps
        it as part of its name ("the foreign intelligence service" is the state's own)."""
        if draft.sector in STATE_SECTORS:
            return False
        start = max(0, draft.start - 40)
        return bool(self._foreign and self._foreign.search(self.story.text, start, draft.start))

    def _generic(self, draft: Draft) -> bool:
        """English "government" with no determiner or possessor ("the glue of
        government", "good government") names the institution in general; "your troops"
        in advice to the reader are nobody's in particular."""
        before = re.findall(r"\w+", self.story.text[max(0, draft.start - 12) : draft.start])
        if before and before[-1] in self.second_person:
            return True
        head = draft.head or (draft.start, draft.end)
        surface = self.story.text[head[0] : head[1]]
        if surface not in self.generic_nouns or self.story.analysis is None:
            return False
        root = parse_root(self.story.analysis, head[0], head[1])
        if root is None:
            return False
        return root.dep_ not in ("compound", "amod") and not any(
            child.dep_ in ("det", "poss", "nmod:poss", "case", "compound", "nmod")
            for child in root.children
        )

    def _indefinite(self, draft: Draft) -> bool:
        """A noun of an organ with `generic_indefinite` that no definite article,
        demonstrative or possessor makes particular, after an indefinite article ("ob
        ein Unternehmen") or a preposition ("für viele Betriebe", "executives of
        companies that pollute"): firms in general, not the story's. A bare subject or
        object stays ("Operators said", "rief Unternehmen und Gewerkschaft auf")."""
        if not self.kb.organs[draft.organ].generic_indefinite or self.story.analysis is None:
            return False
        head = draft.head or (draft.start, draft.end)
        root = parse_root(self.story.analysis, head[0], head[1])
        if root is None or root.dep_ in ("compound", "poss", "nmod:poss"):
            return False
        if any(
            child.dep_ in ("poss", "nmod:poss")
            or child.text in self.definite
            or child.text in self.possessives
            or "Dem" in child.morph.get("PronType")
            for child in root.children
        ):
            return False
        preposition, _ = governing_preposition(root)
        return preposition is not None or any(
            child.text in self.indefinite for child in root.children
        )

    def _victims(self, draft: Draft) -> bool:
        """Civilians after a preposition of hostility ("gegen", "against")."""
        if draft.sector != self.words.demonym_sector:
            return False
        before = re.findall(r"\w+", self.story.text[max(0, draft.start - 30) : draft.start])
        for word in reversed(before[-3:]):
            if word in self.hostile_prepositions:
                return True
            if word not in self.articles and not word[:1].islower():
                return False
        return False

    def _abstract(self, draft: Draft) -> bool:
        """A bare noun of the organ's `bare_no_actor` list ("unter Führung von Airbus")."""
        if (draft.head or (draft.start, draft.end)) != (draft.start, draft.end):
            return False
        words = self.kb.organs[draft.organ].bare_no_actor.for_lang(self.kb.lang)
        surface = self.story.text[draft.start : draft.end]
        # A sentence's first word is capitalised: "Exporters fear …" (German lists name
        # their nouns capitalised anyway)
        return surface in words or surface[:1].lower() + surface[1:] in words

    def _unspecific(self, draft: Draft) -> bool:
        head = draft.head or (draft.start, draft.end)
        return self.story.text[head[0] : head[1]] in self.unspecific_officials

    def _countries_in_play(self, draft: Draft) -> int:
        """How many countries the actors of the draft's sentence name (of the sentence
        before, in the same paragraph, when its own names none)."""
        start = self.story.sentence_start(draft.start)
        end = self.story.sentence_end(draft.start)
        countries = self.story.countries_between(start, end, draft)
        if not countries and start > 0 and "\n" not in self.story.text[max(0, start - 2) : start]:
            countries = self.story.countries_between(
                self.story.sentence_start(start - 1), start, draft
            )
        return len(countries)


def _venue_pattern(prepositions: list[str], articles: list[str]) -> re.Pattern[str] | None:
    """A venue preposition and at most one lower-case attribute right before a noun."""
    if not prepositions:
        return None
    venues = "|".join(map(re.escape, prepositions))
    return re.compile(
        rf"(?<![\w-])(?:{venues}) (?:(?!(?:{alternation(articles)}) )[a-zäöü][\w-]* )?$"
    )
