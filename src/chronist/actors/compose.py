"""From gazetteer hits to actor mentions: nouns get their country from their neighbours.

German and English attach a country to a state organ or role noun in a few fixed ways,
all read here from the text between two hits:

- adjective:  "das russische Außenministerium", "die iranischen Behörden", "Israeli military"
- genitive:   "Russlands Armee", "Erdoğans Sprecher", "Russia's army"
- compound:   "US-Streitkräfte", "Hamas-Kämpfer", "EU-Außenminister"
- noun modifier (English): "US officials"
- postposed:  "die Armee Russlands", "der Präsident des Iran", "the president of France"
- fixed:      "Kremlchef", "Bundestag" carry their country
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from chronist.actors.datelines import Datelines
from chronist.actors.kb import KnowledgeBase, Target
from chronist.actors.mention import MentionKind
from chronist.actors.scan import Hit
from chronist.actors.schema import ContextWords

# Entity keys: ("country", RUS) ("capital", RUS) ("person", id) ("org", id)
# ("organ", "RUS:foreign_ministry") ("new_person", name) ("new_org", name)
EntityKey = tuple[str, str]

# Up to two lower-case words, and the first part of a hyphen compound whose head is the
# noun ("die iranische Mullah-Regime", "israelische Merkava-Panzer").
ADJ_GAP_DE = re.compile(r"^\s+(?:[a-zäöüß][\w-]*\s+){0,2}(?:[A-ZÄÖÜ][\w-]*-)?$")
# "South Korean and Western intelligence": a coordinated capitalised adjective that
# names no country leaves the country adjective qualifying the noun.
TITLE_PORTFOLIO = re.compile(r"^\s+(?:[A-Z][a-z]+\s+){1,2}$")
ADJ_GAP_EN = re.compile(r"^\s+(?:(?:and|or)\s+[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){0,2}$")
POSSESSIVE_EN = re.compile(r"^['’]s\s+(?:[a-z][\w-]*\s+){0,2}$")
SPACE = re.compile(r"^\s+$")
COMPOUND = "-"
NOUN_PRIORITY = ("organ", "role")
# Sectors of state organs and office holders: a country in a compound is their state
# ("US-Streitkräfte"); for others it is the topic ("Russland-Experte").
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
ORGANISATION_ENTITIES = frozenset({"org", "new_org"})
# Longest capitalised short form read as a nationality in a compound ("US-", "UK-";
# "USA-Experte" is an expert on the USA).
MAX_ABBREVIATION = 2


@dataclass(slots=True)
class Draft:
    """A mention under construction."""

    start: int
    end: int
    kind: MentionKind
    country: str | None = None
    sector: str | None = None
    entity: EntityKey | None = None
    role: str | None = None
    organ: str | None = None
    org: str | None = None
    head: tuple[int, int] | None = None
    former: bool = False
    entity_type: str | None = None
    extra: dict = field(default_factory=dict)

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end

    def is_organisation(self) -> bool:
        """Linked to an organisation, known to the KB or new."""
        return self.entity is not None and self.entity[0] in ORGANISATION_ENTITIES


def parse_root(analysis: Any, start: int, end: int) -> Any:
    """The syntactic head of the words over a character range, or None when the text
    has no parse or the range covers no token."""
    if analysis is None:
        return None
    span = analysis.char_span(start, end, alignment_mode="expand")
    return None if span is None else span.root


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


class Composer:
    def __init__(self, kb: KnowledgeBase, words: ContextWords) -> None:
        self._day = None
        # The datelines of the text composed last (the linker asks them too).
        self.datelines = Datelines()
        self._analysis = None
        self.kb = kb
        self.lang = kb.lang
        self.words = words
        self.locative = frozenset(words.locative)
        self.ethnic_markers = frozenset(words.ethnic_markers)
        self.articles = frozenset(words.articles)
        self.articles_folded = frozenset(w.casefold() for w in words.articles)
        self.indefinite = frozenset(words.indefinite)
        self.definite = frozenset(words.definite)
        self.predicates = frozenset(words.predicates)
        self.predicates_after = frozenset(words.predicates_after)
        self.former = frozenset(w.casefold() for w in words.former)
        self.genitive_links = [f" {w} " for w in words.genitive_links]
        self.seat_links = [f" {w} " for w in words.seat_links]
        self.locative_links = [f" {w} " for w in words.locative_links]
        self.origin_links = [f" {w} " for w in words.origin_links]
        self.departure_words = frozenset(words.departure_words)
        self.origin_range = frozenset(words.origin_range_words)
        self.media_heads = frozenset(words.media_heads)
        self.postpositives = frozenset(words.title_postpositives)
        self.feminine = tuple(kb.morphology.feminine_endings)
        self.place_modifiers = frozenset(words.place_modifiers)
        self.plural_determiners = frozenset(words.plural_determiners)
        self.compass_words = frozenset(words.compass_words)
        self.region_nouns = frozenset(words.region_nouns)
        area = "|".join(map(re.escape, words.area_nouns))
        link = "|".join(map(re.escape, words.area_links))
        articles = "|".join(map(re.escape, [*words.articles, *words.definite]))
        self._area = (
            re.compile(rf"(?<![\w-])(?:{area}) (?:{link}) (?:(?:{articles}) )?$")
            if area and link
            else None
        )
        self.connectors = frozenset(words.list_connectors)
        # The item before a listed place: German a comma list ("in Afghanistan, Mali
        # oder im Roten Meer"); English only a name joined by a list conjunction ("in
        # France and the Netherlands"), since English sets a fronted place off with a
        # comma ("In Kyiv, Ukraine's president said").
        joins = "|".join(map(re.escape, words.list_connectors)) or "(?!)"
        self._list_before = (
            LIST_ITEM_BEFORE
            if self.lang == "de"
            else re.compile(
                rf"(?<!\w)([A-Z][\w.-]+(?: [A-Z][\w.-]+){{0,3}}) (?:{joins}) (?:(?:{articles}) )?$"
            )
        )
        self.org_heads = kb.org_heads
        self.spatial = frozenset(words.spatial) | self.locative
        self.sources = frozenset(words.source_prepositions)
        self.voice_nouns = tuple(words.voice_nouns)
        self.buildings = frozenset(words.building_nouns)
        self.links = frozenset(w for link in words.genitive_links for w in link.split())
        self.capitalised_adjective = tuple(kb.morphology.capitalised_adjective_endings)
        self.stative = frozenset(words.stative_verbs)
        self.honorifics = frozenset(w.rstrip(".") for w in words.honorifics)
        self.body_heads = dict(words.national_body_heads)
        connectors = "|".join(map(re.escape, words.name_connectors)) or "(?!)"
        self._name_run = re.compile(
            r"(?:[ \xa0]+(?:(?:" + connectors + r")[ \xa0]+)?[A-Z][\w'’-]*)*"
        )
        self._name_connectors = frozenset(words.name_connectors)
        self.first_names = kb.first_names | frozenset(words.first_names)
        backing = "|".join(map(re.escape, words.backing_prepositions))
        self._for_name = (
            re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w-]+) (?:" + backing + ") ") if backing else None
        )

    # -------------------------------------------------------------- entry point

    def compose(
        self, text: str, hits: list[Hit], day, home: str | None = None, analysis=None
    ) -> list[Draft]:
        self._day = day
        self._analysis = analysis
        self.datelines = Datelines(text)
        # The domestic country whose "Bundes-" organs the story means: the outlet's
        # domain, else a dateline in one of the home countries ("BERN (sda) -").
        domestic = self.dateline_country()
        if domestic not in self.words.home_domains.values():
            domestic = None
        self._home = home or domestic or self.words.home_default
        if self.lang == "en":
            hits = [h for h in hits if not _inside_lower_compound(text, h)]
        consumed: set[int] = set()
        drafts: list[Draft] = []
        for k, hit in enumerate(hits):
            if k in consumed:
                continue
            noun = self._noun_target(hit) or self._national_company(text, hits, k)
            if noun is not None:
                draft = self._noun_mention(text, hits, k, noun, consumed, day)
                if draft:
                    drafts.append(draft)
                    consumed.add(k)
                    drafts += self._coordinated(text, hits, consumed, draft, noun, day)
        for k in range(len(hits)):
            if k in consumed:
                continue
            draft = self._name_mention(text, hits, k)
            if draft:
                drafts.append(draft)
        return sorted(drafts, key=lambda d: d.start)

    def dateline_country(self) -> str | None:
        """The country of the article's first dateline place ("SEOUL, March 10
        (Reuters) -", "MOSKAU (dpa) -"; of several, "LONDON/DUBAI", the first)."""
        place = self.datelines.first_place()
        if place is None:
            return None
        place = place.split("/")[0].strip(" .")
        for surface in (place, place.title(), place.capitalize()):
            for target in self.kb.gazetteer.lookup(surface):
                if target.kind == "country":
                    return target.key
                if target.kind == "place" and target.country:
                    return target.country
        return None

    # --------------------------------------------------------------- nouns

    def _noun_target(self, hit: Hit) -> Target | None:
        # A name reading wins over a noun reading ("Wagner" group vs a role noun).
        if hit.of_kind("person", "org", "country", "place"):
            return None
        for kind in NOUN_PRIORITY:
            for target in self._home_first(hit.of_kind(kind), self._home):
                if kind == "organ" and self.kb.organs[target.key].kind == "head":
                    continue
                return target
        return None

    def _national_company(self, text: str, hits: list[Hit], k: int) -> Target | None:
        """ "eines chinesischen Staatskonzerns", "Chinesischer Konzern will …": a company
        head noun right after a country adjective, with no name after it, is a company
        of that country (with a name, "der chinesische Konzern Ningbo Tianrui", the name
        is the mention)."""
        hit = hits[k]
        head = next(
            (
                t
                for t in hit.of_kind("organ")
                if self.kb.organs[t.key].kind == "head" and self.kb.organs[t.key].sector == "BUS"
            ),
            None,
        )
        if (
            head is None
            or k == 0
            or text[hits[k - 1].end : hit.start] != " "
            or not any(t.kind == "country" and t.form == "adj" for t in hits[k - 1].targets)
        ):
            return None
        return None if self._name_follows(hit) else head

    @staticmethod
    def _home_first(targets, country: str | None) -> list[Target]:
        """Of the readings of a noun that differ by domestic country ("Bundesrat": the
        Länder chamber in Germany and Austria, the government in Switzerland), the one
        of `country` first."""
        return sorted(targets, key=lambda t: bool(t.homes) and country not in t.homes)

    def _noun_mention(
        self, text: str, hits: list[Hit], k: int, noun: Target, consumed: set[int], day
    ) -> Draft | None:
        hit = hits[k]
        modifier = noun.kind == "organ" and noun.form == "noun" and self._modifier_use(hit)
        if _compound_modifier(text, hit) or modifier:
            return None  # "Armee-Trucks", "military targets": it modifies another noun
        if noun.kind == "organ" and self._thing_reading(text, hit, noun):
            return None  # "in sozialen Medien", "on social media": a channel, no actor
        qualifier = self._left_qualifier(text, hits, k, consumed)
        if qualifier is None and hit.prefix_country:
            qualifier = Qualifier(k, country=hit.prefix_country, compound=True)
        if qualifier is None:
            # "die Polizei in Minsk" is Belarus's; "strikes in Pakistan" hit Pakistan.
            located = (
                noun.kind == "organ"
                and self.kb.organs[noun.key].kind != "adjective"
                and (not self.kb.organs[noun.key].abroad)
            )
            qualifier = self._right_qualifier(text, hits, k, organ=located)
        if (
            qualifier is not None
            and qualifier.compound
            and not self._state_noun(noun)
            and (not _abbreviation_prefix(text, hits, qualifier, k))
        ):
            # "Russland-Experte", "Russlandkorrespondent": the country is the topic; a
            # short form works as an adjective ("US-Journalist" is an American one).
            qualifier = None
        if noun.homes and qualifier is not None and qualifier.country:
            # "der Schweizer Bundesrat" in a German story: the country word picks the
            # reading of its own country.
            noun = next(
                (t for t in self._home_first(hit.of_kind(noun.kind), qualifier.country) if t.homes),
                noun,
            )
        start, end = hit.start, hit.end
        left = hits[qualifier.hit_index].start if qualifier and not qualifier.postposed else start
        if noun.kind == "role" and (
            self._predicate(text, min(left, start))
            or self._predicate_after(text, hit.end)
            or self._copular_predicate(hit)
        ):
            return None  # "als Berater", "zum Präsidenten gewählt": says what someone is
        if (
            noun.kind == "organ"
            and qualifier is None
            and self.kb.organs[noun.key].type == "GROUP"
            and self._pronoun_is_group(hit)
        ):
            return None  # "Wir sind keine Extremisten", "they are not terrorists"
        if noun.kind == "role" and qualifier is None and self._inside_name(text, hit):
            return None  # "the Military Advocate General's Corps": part of a name
        if noun.kind == "organ" and qualifier is None and self._in_work_title(text, hit):
            return None  # "Blair's book On Leadership": the title of a work
        if noun.kind == "role" and self._postpositive(text, hit):
            # "the UN undersecretary general": the title is the longer one, not the
            # military rank; an organisation before it still says whose official it is.
            return self._longer_title(hits, qualifier, start, end)
        if (
            noun.kind == "role"
            and self.kb.roles[noun.key].sector is None
            and self._shared_genitive(text, hits, qualifier)
        ):
            # "Vertreter Armeniens und Aserbaidschans", "delegates of Armenia and
            # Azerbaijan": a noun of no sector of its own serving several countries adds
            # nothing to them; the countries act.
            return None
        if qualifier is not None and not qualifier.postposed:
            # A postposed genitive ("der Präsident des Iran") stays a mention of its own.
            consumed.add(qualifier.hit_index)
            other = hits[qualifier.hit_index]
            start, end = min(start, other.start), max(end, other.end)
        draft = self._noun_draft(noun, qualifier, start, end, day)
        if draft is None:
            return None
        draft.head = (hit.start, hit.end)
        if self.feminine and text[hit.start : hit.end].endswith(self.feminine):
            draft.extra["gender"] = "f"  # "Präsidentin": never resolved to a man
        plural = self._plural_role(text, hit, noun)
        former = self._is_former(text, start, hit.start)
        draft.former = former or plural
        if plural and not former:
            draft.extra["plural"] = True  # several people, no office holder to resolve
        return draft

    def _in_work_title(self, text: str, hit: Hit) -> bool:
        """English: a capitalised organ noun after a capitalised function word inside a
        sentence ("about On Leadership", "his book The Government") is a title."""
        if self.lang != "en" or not text[hit.start : hit.start + 1].isupper():
            return False
        match = re.search(r"(\S+) $", text[max(0, hit.start - 20) : hit.start])
        if match is None or match.group(1) not in self.words.not_names:
            return False
        previous = text[max(0, hit.start - 40) : hit.start - len(match.group(1)) - 1].rstrip()
        return bool(previous) and previous[-1:] not in '.!?:"“”—–-\n'

    def _thing_reading(self, text: str, hit: Hit, noun: Target) -> bool:
        organ = self.kb.organs[noun.key]
        before = re.findall(r"[\w-]+", text[max(0, hit.start - 20) : hit.start])
        words = organ.not_after.for_lang(self.lang)
        if bool(before) and text[: hit.start].endswith(" ") and before[-1] in words:
            return True
        # "opposition to wider security moves": the act of opposing
        after = re.match(r" ([\w-]+)", text[hit.end : hit.end + 20])
        return after is not None and after.group(1) in organ.not_before.for_lang(self.lang)

    def _postpositive(self, text: str, hit: Hit) -> bool:
        """English "general" after a common noun that names no office we know of
        ("undersecretary general", "director general") closes that longer title."""
        if self.lang != "en" or text[hit.start : hit.end].casefold() not in self.postpositives:
            return False
        match = re.search(r"([A-Za-z-]+) $", text[max(0, hit.start - 30) : hit.start])
        if match is None or not match.group(1).islower():
            return False
        word = match.group(1)
        if any(t.kind == "organ" for t in self.kb.gazetteer.lookup(word)):
            return False  # "army general": a rank of that army
        if self._analysis is not None:
            span = self._analysis.char_span(hit.start - len(word) - 1, hit.start - 1)
            if span is not None and span.root.tag_ not in ("NN", "NNS"):
                return False  # "a top general", "the retired general"
        return True

    def _longer_title(
        self, hits: list[Hit], qualifier: Qualifier | None, start: int, end: int
    ) -> Draft | None:
        if qualifier is None or qualifier.org is None:
            return None
        org = self.kb.orgs[qualifier.org]
        return Draft(start, end, "description", country=org.country, sector=org.sector, org=org.id)

    def _inside_name(self, text: str, hit: Hit) -> bool:
        """English: a capitalised role noun right after a capitalised word that is no
        knowledge-base form, inside a sentence, is part of a proper name ("Military
        Advocate General's Corps", "Surgeon General")."""
        if self.lang != "en" or not text[hit.start : hit.start + 1].isupper():
            return False
        if re.match(r" [A-Z]", text[hit.end : hit.end + 2]):
            return False  # a title before a name ("News Director Phil Chetwynd")
        match = re.search(r"(\S+)\s$", text[max(0, hit.start - 30) : hit.start])
        if match is None or not match.group(1)[:1].isupper() or not match.group(1).isalpha():
            return False
        previous = text[max(0, hit.start - 30) : hit.start - len(match.group(1)) - 1]
        sentence_start = not previous.strip() or previous.rstrip()[-1:] in '.!?:"“”—–-\n'
        return not sentence_start and not self.kb.gazetteer.lookup(match.group(1))

    def _predicate(self, text: str, start: int) -> bool:
        # English predicates carry more words before the noun ("as an opposition
        # socialist lawmaker"); German "als" is also "when", so it stays close.
        reach = 5 if self.lang == "en" else 3
        # Within the phrase: "„… werden“, sagte der Regierungschef" is no predicate.
        before = re.split(r"[,;:.!?\"„“”«»()]", text[max(0, start - 60) : start])[-1]
        words = re.findall(r"[\w-]+", before)[-reach:]
        while words and (
            words[-1] in self.articles
            or words[-1][:1].islower()
            and words[-1] not in self.predicates
        ):
            words = words[:-1]
        return bool(words) and words[-1] in self.predicates

    def _copular_predicate(self, hit: Hit) -> bool:
        """The parse makes the role noun the predicate of a copula ("Davor war sie
        Chefin der Sektion", "She is senior analyst at …"): it says what someone is."""
        root = parse_root(self._analysis, hit.start, hit.end)
        if root is None:
            return False
        if root.dep_ in ("attr", "acomp") and root.head.lemma_ == "be":
            return True  # English: "is analyst"
        return any(child.dep_ == "cop" for child in root.children) and not any(
            child.dep_ in ("nsubj", "nsubj:pass") and child.i > root.i and child.pos_ == "PROPN"
            for child in root.children
        )

    def _pronoun_is_group(self, hit: Hit) -> bool:
        """ "Wir sind keine Extremisten", "they are not terrorists": a group noun that a
        copula predicates of a pronoun says what the speakers are, no group acts."""
        if not self._copular_predicate(hit):
            return False
        root = parse_root(self._analysis, hit.start, hit.end)
        clause = root.head if root.dep_ in ("attr", "acomp") else root
        return any(
            child.dep_ in ("nsubj", "sb") and child.pos_ == "PRON" for child in clause.children
        )

    def _predicate_after(self, text: str, end: int) -> bool:
        """German verb-final clauses: "…, die inzwischen Ministerin war, …"."""
        match = re.match(r"((?:\s+\w+){1,2})\s*(?:[,.;:)]|$)", text[end : end + 40])
        if match is None or not self.predicates_after:
            return False
        return all(w in self.predicates_after for w in match.group(1).split())

    def _plural_role(self, text: str, hit: Hit, noun: Target) -> bool:
        """English "presidents" names several office holders, and so does a noun after
        a plural determiner ("beide Regierungschefs", "both leaders"): never one person."""
        if noun.kind != "role":
            return False
        before = re.findall(r"\w+", text[max(0, hit.start - 20) : hit.start])
        if before and before[-1] in self.plural_determiners:
            return True
        if self.lang != "en":
            return self._plural_article(text, hit) or self._bare_plural(text, hit, noun)
        surface = text[hit.start : hit.end].casefold()
        if surface.endswith("s") and any(
            t.kind == "role" for t in self.kb.gazetteer.lookup(surface[:-1])
        ):
            return True
        # "spokesmen", "secretaries": the tagger knows plurals the "-s" test misses.
        span = (
            self._analysis.char_span(hit.start, hit.end, alignment_mode="expand")
            if self._analysis is not None
            else None
        )
        return span is not None and len(span) > 0 and span[-1].tag_ in ("NNS", "NNPS")

    def _bare_plural(self, text: str, hit: Hit, noun: Target) -> bool:
        """German "traditionell gehen Präsidenten … vor": an inflected role noun ("-en",
        not feminine "-innen") with no determiner, possessor or name of its own is a
        plural; a singular count noun takes an article."""
        surface = text[hit.start : hit.end]
        if self._analysis is None or not surface.endswith("en") or surface.endswith("innen"):
            return False
        if not any(
            t.kind == "role" and t.key == noun.key
            for base in (surface[:-2], surface[:-1])
            for t in self.kb.gazetteer.lookup(base)
        ):
            return False  # the base form itself ends in "-en"
        span = self._analysis.char_span(hit.start, hit.end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return False
        token = span[0]
        if any(
            c.pos_ in ("DET", "PRON")
            or c.dep_ in ("det", "nmod:poss", "flat", "appos")
            or c.pos_ == "PROPN"
            for c in token.children
        ):
            return False
        before = re.findall(r"[\w-]+", text[max(0, hit.start - 30) : hit.start])
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return not (nxt is not None and nxt.pos_ == "PROPN") and not (
            before
            and (before[-1].casefold() in self.articles_folded or before[-1] in self.indefinite)
        )

    def _plural_article(self, text: str, hit: Hit) -> bool:
        """German "die Nachwuchspolitiker", "die jungen Abgeordneten", "die
        EU-Außenminister": the feminine article before a role noun that is neither
        feminine in form ("-in") nor a nominalised adjective in "-e" ("die Vorsitzende")
        is the plural article."""
        articles = self.words.gendered_articles.get("f")
        surface = text[hit.start : hit.end]
        endings = (*self.feminine, self.words.gendered_article_ending or "\0")
        if not articles or surface.endswith(endings):
            return False
        words = re.findall(r"[\w-]+|[,;(]", text[max(0, hit.start - 40) : hit.start])
        while words and (
            words[-1].endswith("-") or (words[-1][:1].islower() and words[-1].endswith("en"))
        ):
            words = words[:-1]  # "die jungen …", "die EU-…"
        if not words or words[-1] not in articles or (len(words) > 1 and words[-2] in ",;("):
            return False  # "Die Hilfe, die Präsident Macron versprach": a relative pronoun
        return not self._name_follows(hit)

    def _name_follows(self, hit: Hit) -> bool:
        """A proper name right after the noun ("die Präsident Macron …")."""
        if self._analysis is None:
            return False
        span = self._analysis.char_span(hit.start, hit.end, alignment_mode="expand")
        if span is None or span.end >= len(span.doc):
            return False
        return span.doc[span.end].pos_ == "PROPN"

    def _noun_draft(
        self, noun: Target, qualifier: Qualifier | None, start: int, end: int, day
    ) -> Draft | None:
        home = noun.home or self._home in noun.homes
        country = (self._home if home else noun.country) or (
            qualifier.country if qualifier else None
        )
        if (home or noun.federal or noun.homes) and qualifier is not None and qualifier.country:
            # "die österreichische Bundesregierung", "der Schweizer Bundesrat": the
            # country word names whose federal organ it is, over the home default.
            country = qualifier.country
        org = noun.org or (qualifier.org if qualifier else None)
        if noun.kind == "organ":
            organ = self.kb.organs[noun.key]
            if organ.kind == "adjective":
                if country is None:
                    return None  # "Drohnen" alone is no actor
                return Draft(
                    start,
                    end,
                    "adjective",
                    country=country,
                    sector=organ.sector,
                    entity=("country", country),
                    organ=organ.id,
                )
            draft = Draft(
                start,
                end,
                "organ",
                country=country,
                sector=organ.sector,
                organ=organ.id,
                entity_type=organ.type,
            )
            if org and not country:
                draft.entity = ("org", org)
                draft.sector = organ.sector or self.kb.orgs[org].sector
                draft.country = self.kb.orgs[org].country
            elif country:
                draft.entity = ("organ", f"{country}:{organ.id}")
            return draft
        role = self.kb.roles[noun.key]
        draft = Draft(
            start, end, "role", country=country, sector=role.sector, role=role.id, org=org
        )
        if qualifier is not None and qualifier.seat and role.sector in (None, "BUS"):
            draft.sector = "GOV"  # "der Chef des Kanzleramts": the seat's government
        if org and not country:
            # "EU-Außenminister", "Hamas-Führer": the organisation's sector; "Reuters
            # reporter": the role's own sector, and no country (a reporter of a British
            # agency need not be British).
            organisation = self.kb.orgs[org]
            if (
                role.sector in (None, "GOV")
                or organisation.sector == "PTY"
                or (organisation.type == "GROUP")
            ):
                # "CDU-Chef", "SPD-Vorsitzende": a party's officer acts for the party;
                # "M23-Kommandeure", "Hamas-Sprecher": an armed group's for the group.
                draft.sector = organisation.sector
                draft.country = organisation.country
        if qualifier and qualifier.person:
            draft.extra["of_person"] = qualifier.person
        return draft

    def _coordinated(
        self, text: str, hits: list[Hit], consumed: set[int], draft: Draft, noun: Target, day
    ) -> list[Draft]:
        """ "Iranian and U.S. negotiators", "russische und ukrainische Soldaten": a country
        adjective coordinated with the one that qualifies the noun qualifies it too; a
        mention of its own with its own country."""
        head = draft.head or (draft.start, draft.end)
        if draft.country is None or draft.start >= head[0]:
            return []
        match = re.search(r"(\S+) $", text[max(0, draft.start - 12) : draft.start])
        if match is None or match.group(1) not in self.connectors:
            return []
        before = draft.start - len(match.group(0))
        for index, hit in enumerate(hits):
            if hit.end != before - 1 or index in consumed:
                continue
            qualifier = self._qualifier_from(hit, index, adjective=True)
            if qualifier is None or qualifier.country is None:
                return []
            made = self._noun_draft(noun, qualifier, hit.start, hit.end, day)
            if made is None:
                return []
            consumed.add(index)
            made.head = (hit.start, hit.end)
            return [made]
        return []

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

    def _state_noun(self, noun: Target) -> bool:
        sector = (
            self.kb.organs[noun.key].sector
            if noun.kind == "organ"
            else self.kb.roles[noun.key].sector
        )
        return sector in STATE_SECTORS

    def _modifier_use(self, hit: Hit) -> bool:
        """English nouns that double as adjectives ("military", "intelligence") are no
        actor when the parser attaches them to a noun on their right."""
        if self._analysis is None or self.lang != "en":
            return False
        span = self._analysis.char_span(hit.start, hit.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.dep_ in ("amod", "compound") and root.head.i >= span.end

    def _verb_between(self, start: int, end: int) -> bool:
        """ "a senior U.S. official told reporters": a verb between an adjective and a
        noun ends the phrase; the adjective is not the noun's."""
        if self._analysis is None or end - start <= 1:
            return False
        span = self._analysis.char_span(start, end, alignment_mode="contract")
        return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)

    def _is_former(self, text: str, start: int, head: int) -> bool:
        """ "der frühere Präsident", "Ireland's next president", "Ex-Kanzler"."""
        words = re.findall(r"[\w]+", text[max(0, start - 30) : start])[-2:]
        words += re.findall(r"[\w]+", text[start:head])
        if text[max(0, start - 3) : start].endswith("Ex-") or text[start : start + 3] == "Ex-":
            return True
        return any(w.casefold() in self.former for w in words)

    def _qualifier_from(self, hit: Hit, index: int, *, adjective: bool) -> Qualifier | None:
        for target in hit.targets:
            if target.kind == "place" and (target.form == "adj") == adjective:
                # "die Augsburger Firma", "die Polizei in Charkiw": the place's country.
                return Qualifier(index, country=target.country)
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
                position = self.kb.position_on(person, self._day)
                return Qualifier(
                    index, country=position.country if position else None, person=person.id
                )
        return None

    def _left_qualifier(
        self, text: str, hits: list[Hit], k: int, consumed: set[int]
    ) -> Qualifier | None:
        if k == 0 or (k - 1) in consumed:
            return None
        prev, hit = hits[k - 1], hits[k]
        if (
            k >= 2
            and (k - 2) not in consumed
            and prev.of_kind("organ", "role")
            and self._modifier_use(prev)
            and text[prev.end : hit.start] == " "
        ):
            # "Russian military intelligence": the adjective reaches over a noun that
            # modifies the head ("military") to the head.
            k, prev = k - 1, hits[k - 2]
        gap = text[prev.end : hit.start]
        if gap == COMPOUND:
            if prev.of_kind("place"):
                return None  # "Charkiw-Offensive": the place is attacked, not the actor
            qualifier = self._qualifier_from(prev, k - 1, adjective=False) or (
                self._qualifier_from(prev, k - 1, adjective=True)
            )
            if qualifier is not None and qualifier.country:
                qualifier.compound = True
            return qualifier
        adj_gap = ADJ_GAP_DE if self.lang == "de" else ADJ_GAP_EN
        if (
            (adj_gap.match(gap) and not self._verb_between(prev.end, hit.start))
            or gap == " "
            or (self._title_portfolio(text, gap, hit))
        ):
            qualifier = self._qualifier_from(prev, k - 1, adjective=True)
            if qualifier:
                return qualifier
        if self.lang == "de" and SPACE.match(gap) and any(t.genitive for t in prev.targets):
            return self._qualifier_from(prev, k - 1, adjective=False)
        if self.lang == "en" and (POSSESSIVE_EN.match(gap) or gap == " "):
            # "Russia's army", "US officials" (a name used as a noun modifier)
            return self._qualifier_from(prev, k - 1, adjective=False)
        return None

    def _shared_genitive(self, text: str, hits: list[Hit], qualifier: Qualifier | None) -> bool:
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

    def _right_qualifier(
        self, text: str, hits: list[Hit], k: int, *, organ: bool
    ) -> Qualifier | None:
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
            and not _compound_modifier(text, nxt)
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
        qualifier = self._qualifier_from(nxt, k + 1, adjective=False)
        if qualifier and qualifier.person:
            return None  # "der Sprecher des Präsidenten Putin" is handled as a title
        if qualifier is not None:
            qualifier.postposed = True
        return qualifier

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
            return False
        word = re.match(r"\s*(\w+)", text[nxt.end : nxt.end + 30])
        if word and word.group(1) in self.origin_range:
            return False  # "from Russia to Syria", "aus Ghana nach Mali"
        noun = parse_root(self._analysis, hit.start, hit.end)
        place = parse_root(self._analysis, nxt.start, nxt.end)
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

    # --------------------------------------------------------------- names

    def _name_mention(self, text: str, hits: list[Hit], k: int) -> Draft | None:
        hit = hits[k]
        if _compound_modifier(text, hit):
            return None  # "Russland-Wahl", "Putin-Ära", "Russia-backed": no actor
        if text[hit.start - 1 : hit.start] == "-" and text[hit.start - 2 : hit.start - 1].isalpha():
            return None  # the tail of a hyphenated name ("Al-Sudani")
        media = self._media_name(text, hit)
        if media is not None:
            return media
        body = self._national_body(text, hits, k)
        if body is not None:
            return body
        capital = next((t for t in hit.targets if t.form == "capital"), None)
        if capital and self._after_locative(text, hit.start):
            # "nach Brüssel" is a place even though "Brüssel" can stand for the EU.
            return self._country_draft(text, hit, capital)
        if hit.of_kind("person") and self._country_over_surname(text, hits, k):
            return self._country_draft(
                text, hit, next(t for t in hit.of_kind("country") if t.form == "name")
            )
        if hit.of_kind("person"):
            named = self._named_for(text, hit) or self._headed_name(text, hit)
            if named is not None:
                return named
            if " " not in text[hit.start : hit.end] and self._after_locative(text, hit.start):
                return None  # "in Prien": a place the KB does not know, no person
        for kind in ("person", "org", "country", "place"):
            targets = hit.of_kind(kind)
            if kind == "org" and len(targets) > 1:
                # "die Grünen" in a Swiss story: the party of the domestic country
                targets = sorted(targets, key=lambda t: self.kb.orgs[t.key].country != self._home)
            for target in targets:
                draft = getattr(self, f"_{kind}_draft")(text, hit, target)
                if draft is not None:
                    return draft
        return None

    def _national_body(self, text: str, hits: list[Hit], k: int) -> Draft | None:
        """ "the Kenya National Commission on Human Rights", "the Electoral Commission of
        Kenya": a capitalised name with a national-body head noun that opens with a
        country's name or adjective, or ends with "of" and one, is that country's body."""
        if not self.body_heads:
            return None
        hit = hits[k]
        start = hit.start
        if not self._country_at(hit):
            # The name may open before the hit ("Independent Electoral and Boundaries …").
            start = self._name_start(text, start)
        run = self._name_run.match(text, hit.end)
        end = run.end() if run else hit.end
        words = text[start:end].split()
        while words and words[-1] in self._name_connectors:
            words.pop()
        if len(words) < 3:
            return None
        end = start + len(" ".join(words)) if text[start:end].startswith(" ".join(words)) else end
        head = next((self.body_heads[w] for w in words if w in self.body_heads), None)
        if head is None:
            return None
        inside = [h for h in hits if start <= h.start and h.end <= end]
        country = None
        if inside and inside[0].start == start:
            country = self._country_at(inside[0])
        if country is None and inside and len(words) >= 2 and words[-2] == "of":
            country = self._country_at(inside[-1]) if inside[-1].end == end else None
        if country is None or sum(bool(self._country_at(h)) for h in inside) > 1:
            return None  # "Kenya and Uganda Police": two countries, no one body
        return Draft(
            start,
            end,
            "name",
            country=country,
            sector=head,
            entity=("new_org", text[start:end]),
            entity_type="ORG",
        )

    def _name_start(self, text: str, start: int) -> int:
        """Where a capitalised name that reaches `start` opens (articles excluded)."""
        articles = self.articles_folded
        while True:
            before = text[max(0, start - 60) : start]
            match = re.search(r"(?:^|[ \xa0])(?:(\w+)[ \xa0]+)?([A-Z][\w'’-]*)[ \xa0]+$", before)
            if not match or match.group(2).casefold() in articles:
                return start
            if match.group(1) in self._name_connectors:
                # "… and Boundaries": the connector must itself follow a name word
                inner = re.search(
                    r"([A-Z][\w'’-]*)[ \xa0]+\w+[ \xa0]+[A-Z][\w'’-]*[ \xa0]+$", before
                )
                if not inner or inner.group(1).casefold() in articles:
                    return start - (len(before) - match.start(2))
                start -= len(before) - inner.start(1)
            else:
                start -= len(before) - match.start(2)

    def _country_at(self, hit: Hit) -> str | None:
        target = next((t for t in hit.of_kind("country") if t.form in ("name", "adj")), None)
        return self.kb.actor_country(target.key) if target else None

    def _country_over_surname(self, text: str, hits: list[Hit], k: int) -> bool:
        """A country's name that is also a person's surname ("Montenegro") names the
        country unless a first name, an honorific or a title comes right before it."""
        hit = hits[k]
        if not any(t.form == "name" for t in hit.of_kind("country")):
            return False
        if k > 0 and hits[k - 1].end >= hit.start - 1 and hits[k - 1].of_kind("role", "organ"):
            return False  # "Prime Minister Montenegro"
        for target in hit.of_kind("person"):
            person = self.kb.people[target.key]
            full = [person.name, *(a for a in person.aliases.for_lang(self.lang) if " " in a)]
            if any(name in text for name in full):
                return False  # the person is named in full elsewhere in the text
        match = re.search(r"([\w.'-]+) $", text[max(0, hit.start - 40) : hit.start])
        before = match.group(1).rstrip(".") if match else ""
        return before not in self.honorifics and before not in self.first_names

    def _headed_name(self, text: str, hit: Hit) -> Draft | None:
        """ "Kerry Group", "Wagner Gruppe": a person's name right before a capitalised
        organisation head noun names the organisation."""
        match = re.match(r" ([A-ZÄÖÜ][\w-]+)(?![\w-])", text[hit.end : hit.end + 40])
        if match is None:
            return None
        word = match.group(1)
        sector = self.org_heads.get(word.casefold() if self.lang == "en" else word)
        if sector is None:
            return None
        end = hit.end + match.end()
        return Draft(
            hit.start,
            end,
            "name",
            sector=sector,
            entity=("new_org", text[hit.start : end]),
            entity_type="ORG",
        )

    def _named_for(self, text: str, hit: Hit) -> Draft | None:
        """ "Irish for Trump", "Lawyers for Biden": a group named after the person it
        backs is that group, not the person. German capitalises every noun, so there the
        name must stand in quotes ("Werbung für Trump" is no group)."""
        if self._for_name is None:
            return None
        match = self._for_name.search(text, max(0, hit.start - 40), hit.start)
        if match is None or match.end() != hit.start:
            return None
        opening = text[match.start() - 1 : match.start()]
        closing = text[hit.end : hit.end + 1]
        quoted = opening in QUOTES and closing in QUOTES
        before = text[max(0, match.start() - 3) : match.start()].strip()
        sentence_start = not before or before[-1:] in ".!?:\n"
        if not quoted and (self.lang != "en" or sentence_start):
            return None
        if self.kb.gazetteer.lookup(match.group(1)):
            return None  # "Russia for Putin" is no name we can tell apart
        name = text[match.start() : hit.end]
        return Draft(match.start(), hit.end, "name", entity=("new_org", name), entity_type="ORG")

    def _media_name(self, text: str, hit: Hit) -> Draft | None:
        """ "Tehran Times", "Kyiv Independent": a capital or city followed by a newspaper
        word is a newspaper of that country, not the place or its government."""
        place = next(
            (
                t
                for t in hit.targets
                if t.form in ("capital", "name") and t.kind in ("country", "place")
            ),
            None,
        )
        match = re.match(r" ([A-Z]\w+)", text[hit.end : hit.end + 20])
        if place is None or match is None or match.group(1) not in self.media_heads:
            return None
        country = place.country if place.kind == "place" else place.key
        end = hit.end + match.end()
        return Draft(
            hit.start,
            end,
            "name",
            country=country,
            sector="MED",
            entity=("new_org", text[hit.start : end]),
            entity_type="ORG",
        )

    def _person_draft(self, text: str, hit: Hit, target: Target) -> Draft:
        return Draft(hit.start, hit.end, "name", entity=("person", target.key))

    def _org_draft(self, text: str, hit: Hit, target: Target) -> Draft | None:
        org = self.kb.orgs[target.key]
        if org.sector == "MED" and (_in_parentheses(text, hit) or self._in_dateline(hit)):
            return None  # "(Reuters)", "(dpa)": a credit, not an actor
        if org.common_noun and text[hit.start : hit.end] == org.name and not _quoted(text, hit):
            before = re.findall(r"\w+", text[max(0, hit.start - 12) : hit.start])
            if not before or before[-1] not in org.common_noun:
                return None  # "ein Bild von Trump": the picture, not the newspaper
        if self._indefinite_noun(text, hit):
            return None  # "eine dreiköpfige Kommission": a commission, not the EU's
        return Draft(
            hit.start,
            hit.end,
            "name",
            country=org.country,
            sector=org.sector,
            entity=("org", org.id),
            entity_type=org.type,
        )

    def _indefinite_noun(self, text: str, hit: Hit) -> bool:
        """A one-word name spelt like a common noun (capital, then lower case) after an
        indefinite article and at most three lower-case attributes."""
        surface = text[hit.start : hit.end]
        if " " in surface or not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+", surface):
            return False
        words = re.findall(r"\S+", text[max(0, hit.start - 60) : hit.start])
        for word in reversed(words[-4:]):
            if word in self.indefinite:
                return True
            if not re.fullmatch(r"[a-zäöüß-]+", word):
                return False
        return False

    def _country_draft(self, text: str, hit: Hit, target: Target) -> Draft | None:
        country = self.kb.countries[target.key]
        locative = self._after_locative(text, hit.start)
        if target.form == "name":
            dateline = self._in_dateline(hit)
            kind: MentionKind = "place" if locative or dateline else "name"
            return Draft(
                hit.start,
                hit.end,
                kind,
                country=country.id,
                sector=country.sector,
                entity=("country", country.id),
            )
        if target.form == "seat":
            if (locative or self._building(text, hit)) and not self._from_seat(text, hit):
                return Draft(hit.start, hit.end, "place", country=country.id)
            return Draft(
                hit.start,
                hit.end,
                "metonym",
                country=country.id,
                sector="GOV",
                entity=("country", country.id),
            )
        if target.form == "capital":
            if locative and self._voice_from(text, hit):
                # "drew swift condemnation from Belgrade", "Kritik aus Moskau"
                return Draft(
                    hit.start,
                    hit.end,
                    "metonym",
                    country=country.id,
                    sector="GOV",
                    entity=("country", country.id),
                )
            if (
                locative
                or self.datelines.opens_paragraph(hit.start, hit.end)
                or (self._organ_seat(text, hit))
                or self._part_of_place(text, hit)
            ):
                return Draft(
                    hit.start, hit.end, "place", country=country.id, entity=("capital", country.id)
                )
            return Draft(
                hit.start,
                hit.end,
                "metonym",
                country=country.id,
                sector="GOV",
                entity=("country", country.id),
            )
        if target.form == "demonym" and self._is_demonym(text, hit, target):
            if (
                text[hit.start : hit.end] in self.kb.invariable_adjectives
                and text[hit.end : hit.end + 1] == " "
                and getattr(self._token_at(hit.end + 1), "pos_", None) == "NOUN"
            ):
                return None  # "die Schweizer Asylpolitik": the adjective of no actor
            name_end = self._proper_adjective(text, hit)
            if name_end is not None:
                name = text[hit.start : name_end]
                return Draft(
                    hit.start,
                    name_end,
                    "name",
                    country=country.id,
                    entity=("new_org", name),
                    entity_type="ORG",
                )
            # "die Briten", "three Americans": the country's people, its civilians; a
            # nation living in another state is that state's ("Bosnian Serbs" BIH,
            # "ethnic Albanians in Serbia" SRB; PLOVER's convention).
            start, home = self._state_lived_in(text, hit, country.id)
            return Draft(
                start,
                hit.end,
                "adjective",
                country=home,
                sector=self.words.demonym_sector,
                entity=("country", home),
            )
        return None

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

    def _in_dateline(self, hit: Hit) -> bool:
        return self.datelines.covers(hit.start, hit.end)

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
        if len(words) < 2 or words[-1] not in self.sources:
            return False
        return words[-2] in self.voice_nouns or (
            self.lang == "de" and words[-2][:1].isupper() and words[-2].endswith(self.voice_nouns)
        )

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
        return not self._finite_at(hit.end + 1) and not self._title_case(text, hit)

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

    def _place_draft(self, text: str, hit: Hit, target: Target) -> Draft | None:
        """A city or region is a place wherever it stands: unlike a capital it does not
        stand for a government ("Charkiw wurde beschossen")."""
        if target.form != "name":
            return None
        place = self.kb.places[target.key]
        if place.governed and self._acting_subject(text, hit):
            # "Rheinland-Pfalz stellt den Katastrophenschutz neu auf": the Land's
            # government acts, as a capital stands for the state's.
            name = (place.en.names or place.de.names or [place.id])[0]
            return Draft(
                hit.start,
                hit.end,
                "metonym",
                country=place.country,
                sector="GOV",
                entity=("new_org", f"{name} state government"),
                entity_type="ORG",
            )
        return Draft(
            hit.start,
            hit.end,
            "place",
            country=target.country,
            entity=("place", target.key),
            entity_type="PLACE",
        )

    def _acting_subject(self, text: str, hit: Hit) -> bool:
        """The name is the subject of a verb that acts (not "liegt", "grenzt an")."""
        if self._analysis is None or self._after_locative(text, hit.start):
            return False
        root = parse_root(self._analysis, hit.start, hit.end)
        if root is None:
            return False
        verb = root.head
        return (
            root.dep_ in ("nsubj", "sb")
            and verb.pos_ in ("VERB", "AUX")
            and verb.lemma_ not in self.stative
        )

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
        word = self._token_at(hit.end + 1)
        return word is not None and word.pos_ in ("VERB", "AUX")

    def _token_at(self, offset: int):
        if self._analysis is None:
            return None
        span = self._analysis.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _conjunct_of(self, text: str, start: int) -> int | None:
        """Start of the earlier conjunct when the name at `start` follows a list
        conjunction and the parser makes it that name's conjunct ("in France and the
        Netherlands"), not the subject of a new clause ("in Kiew und Russland drohte":
        the caller asks that no verb follows, the parser alone cannot tell)."""
        words = re.findall(r"\w+", text[max(0, start - 12) : start])
        if words and words[-1] in self.articles:
            words = words[:-1]
        if not words or words[-1] not in self.connectors or self._analysis is None:
            return None
        span = self._analysis.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return None
        token = span[0]
        while token.dep_ in ("compound", "det") and token.head.i > token.i:
            token = token.head
        if token.dep_ not in ("conj", "cj") or token.head.i >= token.i:
            return None
        first = token.head
        while (
            first.i > 0
            and first.doc[first.i - 1].dep_ == "compound"
            and (first.doc[first.i - 1].head.i == first.i)
        ):
            first = first.doc[first.i - 1]
        return first.idx

    def _list_item(self, text: str, start: int) -> bool:
        """The name at `start` can continue a list: a comma, a list conjunction or the
        end of a phrase follows it, not a verb ("in Berlin, Deutschland werde …")."""
        name = re.match(r"[\w.-]+(?: [A-ZÄÖÜ][\w.-]*)*", text[start:])
        after = text[start + (name.end() if name else 0) :]
        if not after or after[0] in ",.;:)!?\n–—":
            return True
        word = re.match(r" (\S+)", after)
        if word is None or word.group(1) in self.connectors:
            return True
        # "nach Kinshasa und Kigali reisen", "in Muscat or Rome before …": no finite verb
        # follows, so the name cannot be the subject of a new clause.
        return not self._finite_at(start + (name.end() if name else 0) + 1) or (
            self._fronted_place(start)
        )

    def _fronted_place(self, start: int) -> bool:
        """German verb-second: a sentence opening with a locative phrase ("Auch in
        Baden-Württemberg und Österreich richteten …") has its finite verb right after the
        phrase, which is therefore one list of places."""
        if self.lang != "de" or self._analysis is None:
            return False
        span = self._analysis.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return False
        opening = re.findall(r"\w+", self._analysis.text[span[0].sent.start_char : start])[:2]
        return any(word in self.locative for word in opening)

    def _finite_at(self, offset: int) -> bool:
        """Whether the word at `offset` is a finite verb (unknown without a parse)."""
        if self._analysis is None:
            return True
        span = self._analysis.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None:
            return True
        token = span[0]
        return token.pos_ in ("VERB", "AUX") and (
            "Fin" in token.morph.get("VerbForm") or token.tag_ in FINITE_TAGS
        )

    def _after_locative(self, text: str, start: int) -> bool:
        if not text[:start].endswith(" "):
            return False
        end = re.match(r"[\w.-]+", text[start:])
        if end and re.match(r"['’]s\b", text[start + end.end() : start + end.end() + 3]):
            return False  # "in response to Israel's decision": a possessor, no place
        if self._area is not None and self._area.search(text, max(0, start - 40), start):
            return True  # "an der Grenze zu Deutschland", "the border with Russia"
        listed = self._list_item(text, start)
        for _ in range(MAX_LIST_ITEMS):
            # within the clause: "… of the region. Tokyo had lodged" is no place
            clause = re.split(r"[.!?;:\n]", text[max(0, start - 60) : start])[-1]
            words = re.findall(r"\w+", clause)
            # "im Nachbarland Polen", "in east London", "in the city of Kharkiv"
            stripped: list[str] = []
            for _ in range(2):
                if words and words[-1] in self.place_modifiers:
                    stripped.append(words.pop())
            if any(word in self.region_nouns for word in stripped):
                return True  # "die Region Bergkarabach", "the region of Transnistria"
            modified = any(word not in self.links for word in stripped)
            # "near the regional capital Tiraspol", "in the breakaway region of …"
            for _ in range(2 if modified else 0):
                if (
                    words
                    and words[-1].islower()
                    and words[-1] not in self.locative
                    and (words[-1] not in self.articles)
                ):
                    words = words[:-1]
            if words and words[-1] in self.articles:
                words = words[:-1]
            if words and words[-1] in self.locative:
                return True
            # English parses coordination reliably: "groups in France and the Netherlands
            # plan to protest" is one list though a finite verb follows (German "in Kiew
            # und Russland drohte" may open a clause, so it needs `listed`).
            head = self._conjunct_of(text, start) if listed or self.lang == "en" else None
            if head is not None:
                start = head  # "in France and the Netherlands"
                continue
            if not listed:
                return False
            # "in Afghanistan, Mali oder im Roten Meer", "in France and the Netherlands":
            # a list continues the place ("in die Ukraine und Russland drohte" may start
            # a new clause: `listed` asks that no finite verb follows).
            item = self._list_before.search(text, max(0, start - 60), start)
            if item is None:
                return False
            start = item.start(1)
        return False


MAX_LIST_ITEMS = 6
# Penn and STTS tags of finite verbs.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VVFIN", "VAFIN", "VMFIN"})
LIST_ITEM_BEFORE = re.compile(r"(?<!\w)([A-ZÄÖÜ][\w-]+), $")
QUOTES = frozenset("\"„“”«»‘’'")


def _in_parentheses(text: str, hit: Hit) -> bool:
    return text[hit.start - 1 : hit.start] == "(" and text[hit.end : hit.end + 1] in (")", "/", ",")


def _abbreviation_prefix(text: str, hits: list[Hit], qualifier: Qualifier, k: int) -> bool:
    """ "US-Journalist", "UK-Botschafter": a capitalised short form before the hyphen."""
    if qualifier.hit_index == k:
        return False  # a closed compound ("Russlandexperte") has no short form
    prefix = hits[qualifier.hit_index]
    surface = text[prefix.start : prefix.end]
    return surface.isupper() and len(surface) <= MAX_ABBREVIATION


def _inside_lower_compound(text: str, hit: Hit) -> bool:
    """English "center-right", "think-tank-style": a lower-case word joined by hyphens
    to another lower-case word is part of a modifier, never an actor noun by itself."""
    surface = text[hit.start : hit.end]
    if not surface[:1].islower() or "-" in surface:
        return False
    before = text[max(0, hit.start - 2) : hit.start]
    after = text[hit.end : hit.end + 2]
    return (len(after) == 2 and after[0] in "-‑" and after[1].islower()) or (
        len(before) == 2 and before[1] in "-‑" and before[0].islower()
    )


def _quoted(text: str, hit: Hit) -> bool:
    return text[hit.start - 1 : hit.start] in ("„", '"', "“", "«", "»") and text[
        hit.end : hit.end + 1
    ] in ("“", '"', "”", "«", "»", "-")


def _compound_modifier(text: str, hit: Hit) -> bool:
    return text[hit.end : hit.end + 1] in ("-", "‑") and text[hit.end + 1 : hit.end + 2].isalpha()
