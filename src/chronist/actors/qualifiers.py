"""Whose organ or role a noun names: the country, organisation or person the text
attaches to it by an adjective, a genitive, a compound, an English noun modifier, a
postposed genitive or seat, or a phrase of origin ("ein Journalist aus Belarus")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronist.actors.draft import parse_root
from chronist.actors.kb import KnowledgeBase
from chronist.actors.passage import Passage
from chronist.actors.scan import Hit
from chronist.actors.schema import ContextWords
from chronist.actors.syntax import alternation

# Up to two lower-case words, and the first part of a hyphen compound whose head is the
# noun ("die iranische Mullah-Regime", "israelische Merkava-Panzer").
ADJ_GAP_DE = re.compile(r"^\s+(?:[a-zäöüß][\w-]*\s+){0,2}(?:[A-ZÄÖÜ][\w-]*-)?$")
# English titles capitalise a portfolio of one or two words ("Irish Agriculture Minister").
TITLE_PORTFOLIO = re.compile(r"^\s+(?:[A-Z][a-z]+\s+){1,2}$")
POSSESSIVE_EN = re.compile(r"^['’]s\s+(?:[a-z][\w-]*\s+){0,2}$")
SPACE = re.compile(r"^\s+$")
COMPOUND = "-"
# Longest capitalised short form read as a nationality in a compound ("US-", "UK-";
# "USA-Experte" is an expert on the USA).
MAX_ABBREVIATION = 2


@dataclass(slots=True)
class Qualifier:
    """Whose organ or role a noun names: a country, a person or an organisation."""

    hit_index: int
    country: str | None = None
    org: str | None = None
    person: str | None = None
    compound: bool = False
    postposed: bool = False
    seat: bool = False
    place: bool = False
    """A city or region, not the state, qualifies the noun ("der sächsische
    Ministerpräsident"): its office holder is none of the state's."""


class Qualifiers:
    def __init__(self, kb: KnowledgeBase, words: ContextWords, passage: Passage) -> None:
        self.kb = kb
        self.lang = kb.lang
        self.passage = passage
        self.articles = words.word_set("articles")
        self.definite = words.word_set("definite")
        self.connectors = words.word_set("list_connectors")
        # English: up to two lower-case words; "South Korean and Western intelligence": a
        # coordinated capitalised adjective that names no country leaves the country
        # adjective qualifying the noun.
        joins = alternation(words.list_connectors)
        self._adjective_gap = (
            ADJ_GAP_DE
            if self.lang == "de"
            else re.compile(rf"^\s+(?:(?:{joins})\s+[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){{0,2}}$")
        )
        self.genitive_links = [f" {w} " for w in words.genitive_links]
        self.seat_links = [f" {w} " for w in words.seat_links]
        self.locative_links = [f" {w} " for w in words.locative_links]
        self.origin_links = [f" {w} " for w in words.origin_links]
        self.departure_words = words.word_set("departure_words")
        self.origin_range = words.word_set("origin_range_words")
        # Craft that act for the force they belong to ("navy ships", "military aircraft"),
        # unless the craft noun is the force's own actor noun ("a U.S. Navy destroyer",
        # organs.yaml military): then the force word modifies it and the craft is the
        # mention, with the country before the force word
        weapons = kb.organs.get("weapons")
        military = kb.organs.get("military")
        crewed = {w.casefold() for w in (military.nouns.for_lang(self.lang) if military else ())}
        self.craft = (
            {w.casefold() for w in words.vessel_words}
            | {w.casefold() for w in (weapons.nouns.for_lang(self.lang) if weapons else ())}
        ) - crewed

    def of_hit(self, hit: Hit, index: int, *, adjective: bool) -> Qualifier | None:
        for target in hit.targets:
            if target.kind == "place" and (target.form == "adj") == adjective:
                # "die Augsburger Firma", "die Polizei in Charkiw": the place's country.
                return Qualifier(index, country=target.country, place=True)
            if target.kind == "country" and (
                target.form in ("adj",) if adjective else target.form != "adj"
            ):
                return Qualifier(index, country=target.key, seat=target.form == "seat")
            if adjective:
                continue
            if target.kind == "org":
                org = self.kb.orgs[target.key]
                return Qualifier(index, country=None, org=org.id)
            if target.kind == "person":
                person = self.kb.people[target.key]
                position = self.kb.position_on(person, self.passage.day)
                return Qualifier(
                    index, country=position.country if position else None, person=person.id
                )
        return None

    def left(self, text: str, hits: list[Hit], k: int, consumed: set[int]) -> Qualifier | None:
        if k == 0 or (k - 1) in consumed:
            return None
        prev, hit = hits[k - 1], hits[k]
        if (
            k >= 2
            and (k - 2) not in consumed
            and prev.of_kind("organ", "role")
            and self.modifier_use(prev)
            and text[prev.end : hit.start] == " "
        ):
            # "Russian military intelligence": the adjective reaches over a noun that
            # modifies the head ("military") to the head.
            k, prev = k - 1, hits[k - 2]
        gap = text[prev.end : hit.start]
        if gap == COMPOUND:
            if prev.of_kind("place"):
                return None  # "Charkiw-Offensive": the place is attacked, not the actor
            qualifier = self.of_hit(prev, k - 1, adjective=False) or (
                self.of_hit(prev, k - 1, adjective=True)
            )
            if qualifier is not None and qualifier.country:
                qualifier.compound = True
            return qualifier
        adj_gap = self._adjective_gap
        if (
            (adj_gap.match(gap) and not self._verb_between(prev.end, hit.start))
            or gap == " "
            or (self._title_portfolio(text, gap, hit))
        ):
            qualifier = self.of_hit(prev, k - 1, adjective=True)
            if qualifier:
                return self._first_nationality(text, hits, k - 1, consumed) or qualifier
        if self.lang == "de" and SPACE.match(gap) and any(t.genitive for t in prev.targets):
            return self.of_hit(prev, k - 1, adjective=False)
        if self.lang == "en" and (POSSESSIVE_EN.match(gap) or gap == " "):
            # "Russia's army", "US officials" (a name used as a noun modifier)
            return self.of_hit(prev, k - 1, adjective=False)
        return None

    def _first_nationality(
        self, text: str, hits: list[Hit], j: int, consumed: set[int]
    ) -> Qualifier | None:
        """ "a British-Iranian dual national", "eine deutsch-iranische Ingenieurin": of two
        nationality adjectives joined by a hyphen the first names the person's other
        country, the one news and the event gold give them by."""
        if j == 0 or (j - 1) in consumed or text[hits[j - 1].end : hits[j].start] != COMPOUND:
            return None
        first = self.of_hit(hits[j - 1], j - 1, adjective=True)
        return first if first is not None and first.country else None

    def right(self, text: str, hits: list[Hit], k: int, *, organ: bool) -> Qualifier | None:
        if k + 1 >= len(hits):
            return None
        hit, nxt = hits[k], hits[k + 1]
        gap = text[hit.end : nxt.start]
        # "das Landgericht Berlin": an organ's seat right after it gives its country.
        seat = (
            organ
            and gap == " "
            and any(
                t.form in ("capital", "name") and t.kind in ("country", "place")
                for t in nxt.targets
            )
            and not compound_modifier(text, nxt)
        )
        # "a spokesman for Downing Street": who speaks for a seat of power serves it.
        serving = gap in self.seat_links and any(t.form == "seat" for t in nxt.targets)
        linked = (
            gap in self.genitive_links
            or (organ and gap in self.locative_links)
            or seat
            or serving
            or (self._origin_gap(gap) and self._noun_origin(text, hits, k))
        )
        genitive_name = (
            self.lang == "de" and SPACE.match(gap) and any(t.genitive for t in nxt.targets)
        )
        if not (linked or genitive_name):
            return None
        qualifier = self.of_hit(nxt, k + 1, adjective=False)
        if qualifier and qualifier.person:
            return None  # "der Sprecher des Präsidenten Putin" is handled as a title
        if qualifier is not None:
            qualifier.postposed = True
        return qualifier

    def shared_genitive(self, text: str, hits: list[Hit], qualifier: Qualifier | None) -> bool:
        """The postposed country or organisation after the noun is joined by a list word
        to another one ("Armeniens und Aserbaidschans", "der Taliban und Pakistans", "of
        Armenia and Azerbaijan")."""
        if qualifier is None or not qualifier.postposed:
            return False
        if not (qualifier.country or qualifier.org):
            return False
        k = qualifier.hit_index
        if k + 1 >= len(hits):
            return False
        nxt = hits[k + 1]
        gap = text[hits[k].end : nxt.start].split()  # "und des Kosovo", "and the"
        return (
            bool(gap)
            and gap[0] in self.connectors
            and all(w in self.articles or w in self.definite for w in gap[1:])
            and (
                any((t.country or t.key) != qualifier.country for t in nxt.of_kind("country"))
                or any(t.key != qualifier.org for t in nxt.of_kind("org"))
            )
        )

    def _origin_gap(self, gap: str) -> bool:
        """ "aus", "aus der", "from the" between a noun and a country or place."""
        words = gap.split()
        return (
            gap.startswith(" ")
            and gap.endswith(" ")
            and bool(words)
            and f" {words[0]} " in self.origin_links
            and all(w in self.articles for w in words[1:])
        )

    def _noun_origin(self, text: str, hits: list[Hit], k: int) -> bool:
        """ "ein Journalist aus Belarus", "soldiers from Ghana": the phrase of origin
        hangs on the noun in the parse; "zog Truppen aus Mali ab" (on the verb) says where
        they leave, not whose they are. Of several countries ("officials from France and
        Germany") the noun is none's alone."""
        hit, nxt = hits[k], hits[k + 1]
        if not any(t.kind in ("country", "place") for t in nxt.targets):
            return False
        after = text[nxt.end : hits[k + 2].start].split() if k + 2 < len(hits) else []
        if after and after[0] in self.connectors and len(after) <= 2:
            # "Landwirte aus Flandern und Wallonien": places of one country are its
            return _one_country_places(nxt, hits[k + 2])
        if after == [","] and any(t.kind == "country" for t in hits[k + 2].targets):
            return False  # "aus Polen, Ungarn und Tschechien": a comma list
        word = re.match(r"\s*(\w+)", text[nxt.end : nxt.end + 30])
        if word and word.group(1) in self.origin_range:
            return False  # "from Russia to Syria", "aus Ghana nach Mali"
        noun = parse_root(self.passage.analysis, hit.start, hit.end)
        place = parse_root(self.passage.analysis, nxt.start, nxt.end)
        if noun is None or place is None:
            return False
        head = place.head
        if head.pos_ == "ADP":  # English: the preposition hangs on the noun
            head = head.head
        if place.i < noun.i:
            return False
        # A head after the place that is no verb is a misparse ("einem Journalisten aus
        # Belarus politisches Asyl gewährt": the parser hung it on "Asyl"): the phrase
        # right after the noun still is the noun's.
        if head.i != noun.i and (head.i < place.i or head.pos_ in ("VERB", "AUX")):
            return False
        # "der Abzug der Soldaten aus Mali", "evacuated soldiers from Mali": they leave it.
        return not any(
            t.lemma_ in self.departure_words or t.text in self.departure_words
            for t in (noun.head, noun.head.head)
        )

    def _title_portfolio(self, text: str, gap: str, hit: Hit) -> bool:
        """English titles capitalise the portfolio between the country adjective and the
        title noun: "Irish Agriculture Minister Martin Heydon" is Ireland's minister."""
        if (
            self.lang != "en"
            or not text[hit.start : hit.start + 1].isupper()
            or (not hit.of_kind("role"))
        ):
            return False
        words = gap.split()
        return (
            bool(TITLE_PORTFOLIO.match(gap))
            and 0 < len(words) <= 2
            and not any(self.kb.gazetteer.lookup(word) for word in words)
        )

    def _verb_between(self, start: int, end: int) -> bool:
        """ "a senior U.S. official told reporters": a verb between an adjective and a
        noun ends the phrase; the adjective is not the noun's."""
        if self.passage.analysis is None or end - start <= 1:
            return False
        span = self.passage.analysis.char_span(start, end, alignment_mode="contract")
        return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)

    def modifier_use(self, hit: Hit) -> bool:
        """English nouns that double as adjectives ("military", "intelligence") are no
        actor when the parser attaches them to a noun on their right."""
        if self.passage.analysis is None or self.lang != "en":
            return False
        span = self.passage.analysis.char_span(hit.start, hit.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        if root.head.lemma_.casefold() in self.craft or root.head.lower_ in self.craft:
            return False  # "navy ships were detected": the navy's craft act for it
        return root.dep_ in ("amod", "compound") and root.head.i >= span.end


    def adjective_use(self, hit: Hit) -> bool:
        """English role nouns that are also adjectives ("general") are no actor when the
        parser reads them as an adjective on a noun to their right ("a general strike",
        "the general public")."""
        if self.passage.analysis is None or self.lang != "en":
            return False
        span = self.passage.analysis.char_span(hit.start, hit.end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return False
        token = span.root
        return (
            token.dep_ == "amod"
            and token.pos_ == "ADJ"
            and token.head.pos_ == "NOUN"  # "general Sergei Surovikin" is a title
            and token.head.i > token.i
        )


def _one_country_places(first: Hit, second: Hit) -> bool:
    """Two listed hits that are places (no country) of the same country."""
    countries = {
        t.country for hit in (first, second) for t in hit.targets if t.kind == "place"
    }
    return (
        len(countries) == 1
        and None not in countries
        and all(hit.of_kind("place") and not hit.of_kind("country") for hit in (first, second))
    )


def abbreviation_prefix(text: str, hits: list[Hit], qualifier: Qualifier, k: int) -> bool:
    """ "US-Journalist", "UK-Botschafter": a capitalised short form before the hyphen."""
    if qualifier.hit_index == k:
        return False  # a closed compound ("Russlandexperte") has no short form
    prefix = hits[qualifier.hit_index]
    surface = text[prefix.start : prefix.end]
    return surface.isupper() and len(surface) <= MAX_ABBREVIATION


def compound_modifier(text: str, hit: Hit) -> bool:
    """The hit is the first part of a hyphen compound ("Armee-Trucks", "Russia-backed")."""
    return text[hit.end : hit.end + 1] in ("-", "‑") and text[hit.end + 1 : hit.end + 2].isalpha()
