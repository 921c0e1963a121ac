"""The linker: every actor mention in a document, resolved to an entity where possible.

Steps, in order (each reads what the earlier ones found):
1. scan the text for knowledge-base forms; compose nouns with their country
   (`chronist.actors.compose`);
2. find people and organisations the KB lacks (`chronist.actors.names`) and merge
   titles ("Präsident Macron") into the name mention;
3. link surname-only mentions to the full name met elsewhere in the document;
4. resolve role descriptions to the office holder on the document's date ("der
   russische Präsident" -> Putin), bare role/organ nouns to the last qualified mention
   of the same kind ("die Regierung" after "die polnische Regierung"), counterparts
   ("seinem polnischen Amtskollegen") to the same office in another country;
5. resolve unambiguous pronouns; 6. build the output entities.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from datetime import date
from difflib import SequenceMatcher

from chronist.actors.acronyms import AcronymLinker
from chronist.actors.compose import STATE_SECTORS, Composer, Draft, parse_root
from chronist.actors.entities import EntityBuilder
from chronist.actors.kb import KnowledgeBase
from chronist.actors.mention import ActorMention
from chronist.actors.names import NameFinder, role_organ
from chronist.actors.references import OrgReferences
from chronist.actors.scan import scan
from chronist.actors.schema import ContextWords
from chronist.document import Document, Entity

PERSON_KEYS = ("person", "new_person")
# Dependency labels of coordination: UD (English) and TIGER (German: "cd" the
# conjunction under the first conjunct, "cj" the next conjunct under it).
COORDINATION = frozenset({"conj", "cc", "cd", "cj"})
# Between a name and its apposition, or two coordinated role nouns in it.
# "the group's legal director": a possessive and at most two lower-case modifiers
ORG_POSSESSOR_GAP = re.compile(r"['’]s(?:\s+[a-z][\w-]*){0,2}\s+")
APPOSITION = re.compile(r"^(?:\s*,\s*(?:(?:der|die|das|ein|eine|the|a|an)\s+)?"
                        r"(?:[a-zäöü][\w-]*\s+){0,2}"
                        r"|\s+(?:und|and|sowie)\s+(?:(?:der|die|the)\s+)?)$")
# A title, its genitive ("des Kreises Ahrweiler"), a comma: the name follows.
# A pronoun with several candidates goes to one mentioned this many times as often.
SALIENCE = 3
# Characters within which a bare noun ("die Armee") refers back to the last qualified one.
NEAR = 600
# A list conjunction and two capitalised words closing a phrase ("… und Schahin
# Mustafajew.").
COORDINATED_NAME = re.compile(
    r" (\w+) ([A-ZÄÖÜ][\w-]+ [A-ZÄÖÜ][\w-]+)(?=[ \xa0]*(?:[.,;:!?)]|$|[a-zäöü]))")
# A quoted name right after a noun: opening quote, a capitalised name of up to six
# words, closing quote ("NGO „SOS Balkanroute“", "group 'Last Stand'").
QUOTED_NAME = re.compile(
    r"[ \xa0]+[\"„“«»‚‘']([A-ZÄÖÜ][\w.&-]*(?: [\w.&-]+){0,5})[\"“”«»‘’']")
# Share of country-linked mentions that makes a country the document's main one.
DOMINANT_SHARE = 0.35
# …and at least this many times as many as the next one (not an India–Pakistan story).
DOMINANT_LEAD = 1.5
# Sectors whose bare plural or unresolvable role nouns in a story about one country are
# that country's ("ein Armeesprecher", "Oppositionspolitiker", "rebel commanders");
# government roles ("world leaders", "advisers") are as often foreign or generic.
STORY_SECTORS = frozenset({"MIL", "COP", "SPY", "OPP", "REB"})
# Sentences further back than the one before where a possessed guest's host and
# visitor may have been named.
GUEST_REACH = 2
# Sectors of politicians, who like state servants belong to one country.
POLITICAL_SECTORS = frozenset({"OPP", "PTY"})


class Linker:
    def __init__(self, kb: KnowledgeBase, words: ContextWords) -> None:
        self._drafts: list[Draft] = []
        self._sentence_starts: list[int] = []
        self._dominant: str | None = None
        self._day: date | None = None
        self._dateline: str | None = None
        self._scene: str | None = None
        self.kb = kb
        self.words = words
        self.composer = Composer(kb, words)
        self.names = NameFinder(kb, words)
        self.acronyms = AcronymLinker(self._org_by_name, self.names.org_sector)
        self.pronouns_m = frozenset(words.pronouns_m)
        self.pronouns_f = frozenset(words.pronouns_f)
        self.objects_m = frozenset(words.object_pronouns_m)
        self.objects_f = frozenset(words.object_pronouns_f)
        self.plural_verbs = frozenset(words.plural_verbs)
        self.speech_verbs = frozenset(words.speech_verbs)
        self.possessives = frozenset(words.possessives)
        self.group_pronouns = frozenset(words.group_pronouns)
        self.possessives_m = frozenset(words.possessives_m)
        self.possessives_f = frozenset(words.possessives_f)
        self.masculine_nominative = frozenset(words.masculine_nominative)
        self._text = ""
        self._analysis = None
        self.generic_nouns = frozenset(words.generic_nouns)
        self.second_person = frozenset(words.second_person)
        self.locative = frozenset(words.locative)
        self.unspecific_officials = frozenset(words.unspecific_officials)
        self.commentator_sectors = frozenset(words.commentator_sectors)
        self.connectors = frozenset(words.list_connectors)
        self.country_nouns = frozenset(words.country_nouns)
        self.veteran_words = frozenset(words.veteran_words)
        self.thing_heads = frozenset(words.thing_heads)
        self.anonymous_sources = frozenset(words.anonymous_sources)
        heads = "|".join(map(re.escape, words.portfolio_heads)) or "(?!)"
        links = "|".join(map(re.escape, words.portfolio_links)) or "(?!)"
        self._portfolio = re.compile(rf"(?<![\w-])(?:{heads})\s+(?:{links})\s+$")
        self.among = frozenset(words.among_prepositions)
        cases = "|".join(map(re.escape, words.case_citation_markers))
        self._case = re.compile(rf" (?:{cases}) [A-Z]") if cases else None
        self._case_before = re.compile(rf"[A-Z][\w.'-]* (?:{cases}) $") if cases else None
        links = "|".join(map(re.escape, words.organ_name_links)) or "(?!)"
        joins = "|".join(map(re.escape, words.list_connectors)) or "(?!)"
        # "Departement für Wirtschaft, Bildung und Forschung": capitalised fields joined
        # by commas and list conjunctions
        self._organ_field = re.compile(
            rf" (?:{links}) ([A-ZÄÖÜ][\w-]*(?:(?:, | (?:{joins}) )[A-ZÄÖÜ][\w-]*)*)")
        links = "|".join(map(re.escape, words.role_complement_links)) or "(?!)"
        # A title's complement, then a comma before the name ("Der Landrat des Kreises
        # Ahrweiler, Jürgen Pföhler"); and a definite article before a title noun.
        self._role_apposition = re.compile(
            rf"^(?:\s+(?:{links})\s+[^,.;:()\n]{{1,50}}?)?\s*,\s+$")
        determiners = "|".join(map(re.escape, words.title_determiners)) or "(?!)"
        self._definite_before = re.compile(
            rf"(?<!\w)(?:{determiners})\s+(?:[\w-]+\s+){{0,2}}(?:[\w.]+-)?$", re.IGNORECASE)
        self.neighbour_nouns = frozenset(words.neighbour_nouns)
        self.place_verbs = frozenset(words.place_verbs)
        self.genitive_words = frozenset(words.genitive_words)
        self.partitives = frozenset(words.partitive_prepositions)
        self.quantity_nouns = frozenset(w.casefold() for w in words.quantity_nouns)
        links = "|".join(map(re.escape, sorted(words.organisation_links, key=len,
                                               reverse=True))) or "(?!)"
        self._organisation_link = re.compile(rf"\s+(?:{links})\s+")
        links = "|".join(map(re.escape, sorted(words.role_complement_links, key=len,
                                               reverse=True))) or "(?!)"
        self._person_link = re.compile(rf"\s+(?:{links})\s+")
        self.possessives = frozenset(words.possessives)
        self.local_nouns = frozenset(words.local_government_nouns)
        self.stative = frozenset(words.stative_verbs)
        nouns = "|".join(map(re.escape, sorted({*words.country_nouns, *words.neighbour_nouns,
                                                *words.local_government_nouns})))
        determiners = "|".join(map(re.escape, [*words.definite, *words.possessives]))
        self._country_reference = re.compile(
            rf"(?<![\w-])({determiners}) ({nouns})(?![\w-])") if nouns and determiners else None
        venues = "|".join(map(re.escape, words.venue_prepositions))
        # "im Landtag", "in court", "in federal court" (one lower-case attribute)
        articles = "|".join(map(re.escape, words.articles)) or "(?!)"
        self._venue = re.compile(
            rf"(?<![\w-])(?:{venues}) (?:(?!(?:{articles}) )[a-zäöü][\w-]* )?$"
        ) if venues else None
        self.articles = frozenset(words.articles)
        self.family_first = frozenset(words.family_name_first)
        self.patronymics = frozenset(words.patronymics)
        self.captive_nouns = frozenset(words.captive_nouns)
        self.hostile_prepositions = frozenset(words.hostile_prepositions)
        self.region_titles = frozenset(words.region_titles)
        self.honorifics_f = frozenset(words.honorifics_f)
        self.honorifics_m = frozenset(words.honorifics_m)
        self.relational_roles = tuple(w.casefold() for w in words.relational_roles)
        self.family_names = frozenset(words.family_names)
        self._genders: dict = {}
        # Regions spelt like a country ("Georgia" the US state): the gazetteer keeps the
        # country's name; the text decides (_namesake_places).
        self.namesakes = {name: place for place in kb.places.values() if place.type == "region"
                          for name in getattr(place, kb.lang).names
                          if any(t.kind == "country" for t in kb.gazetteer.lookup(name))}
        self.org_references = OrgReferences(kb, words)
        self.crowds = re.compile(
            r"(?<![\w-])(?:" + "|".join(words.crowd_quantities) + r")\s+(?:"
            + "|".join(map(re.escape, words.crowd_nouns)) + r")(?![\w-])"
        ) if words.crowd_quantities and words.crowd_nouns else None
        self.crowd_bare = re.compile(
            r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(
                words.crowd_bare, key=len, reverse=True))) + r")(?= \w)"
        ) if words.crowd_bare else None
        self.crowd_verbs = frozenset(words.crowd_verbs)
        self.crowd_destinations = frozenset(words.crowd_destinations)
        self.female_first_names = frozenset(words.female_first_names)
        self.crowd_phrases = tuple(words.crowd_phrases)
        # "the North", "the North's": a compass word standing for its country.
        self.compass_short = tuple(
            (word, re.compile(rf"(?<=\b[Tt]he ){word}(?:'s|’s)?(?![\w-])(?! [A-Z])"))
            for word in words.compass_short)
        self.age_nouns = re.compile(
            r"(?<![\w-])(?:" + "|".join(words.age_nouns) + r")(?![\w-])"
        ) if words.age_nouns else None

    def link(self, doc: Document) -> tuple[list[Entity], list[ActorMention]]:
        text, day = doc.text, document_day(doc.published)
        self._text = text
        self._analysis = doc.analysis
        hits = scan(text, self.kb.gazetteer, compounds=self.kb.lang == "de")
        drafts = self.composer.compose(text, hits, day, self._home(doc.url), doc.analysis)
        self._other_bearers(text, doc.analysis, drafts)
        drafts = self._merge_titles(text, drafts)
        drafts = self._skip_credits(text, doc, drafts)
        new, replaced = self.names.find(text, doc.analysis, drafts, hits)
        drafts = [d for d in drafts if not any(d is r for r in replaced)]
        datelines = self.composer.datelines  # found by compose() above
        self._dateline = self.composer.dateline_country()
        new = [d for d in new if not datelines.names_place(d.start, d.end)]
        drafts = self._absorb(drafts, self._skip_credits(text, doc, new))
        self._share_new_orgs(drafts)
        self._quoted_org_names(text, drafts)
        drafts = self._merge_org_titles(text, drafts)
        drafts += self._coordinated_people(text, doc.analysis, drafts)
        drafts = self._merge_titles(text, self._known_given_names(
            text, self._patronymic_names(text, drafts)))
        self._role_appositions(text, drafts)
        self._own_outlet(doc.url, drafts)
        self._titled_holders(text, drafts, day)
        self._appositions(text, drafts)
        self._party_in_brackets(text, drafts)
        self._unify_short_names(text, drafts)
        self._relatives(text, drafts)
        drafts = self._organ_names(text, drafts)
        drafts = self.acronyms.link(text, drafts)
        drafts = self._possessor_countries(text, drafts)
        drafts += self._surnames(text, drafts)
        drafts += self._compass_countries(text, drafts)
        self._namesake_places(text, drafts)
        drafts.sort(key=lambda d: (d.start, -d.end))
        drafts = [d for d in _drop_overlaps(drafts) if not self._case_party(d)]
        for draft in drafts:
            # "Danone shares closed lower. The company …": no actor itself, but still
            # what a later back-reference refers to; dropped at the end.
            draft.extra["thing_modifier"] = self._modifies_thing(draft)
        drafts += self.org_references.find(text, drafts, doc.analysis)
        drafts.sort(key=lambda d: (d.start, -d.end))
        self._drafts = drafts
        self._sentence_starts = _sentence_starts(doc)
        self._day = day
        self._compound_sectors(text, drafts)
        self._organisation_complements(text, drafts)
        self._organisation_possessors(text, drafts)
        self._scene = self._scene_country(drafts)
        self._ambiguous_roles(drafts)
        self._resolve_roles(drafts, day, self._dominant_country(drafts))
        self._late_complements()
        self._relational_groups(drafts)
        self._home_organisations(drafts)
        self._organisation_speakers(text, drafts)
        self._accused(drafts)
        self._members(drafts)
        drafts += self._crowds(text, doc.analysis, drafts)
        drafts += self._age_nouns(text, drafts)
        drafts += self._country_references(text, drafts)
        # Person nouns with no link yet wait for the pronouns: "gratulierte sie der
        # Ex-Ministerin" needs "sie" resolved to know who the Ex-Ministerin is not.
        open_nouns = [d for d in drafts if not (d.entity or d.country or d.sector)
                      and self._person_noun(d)]
        drafts = [d for d in drafts if d.entity or d.country or d.sector]
        self._titles_ahead(text, doc.analysis, drafts)
        drafts += self._pronouns(text, doc.analysis, drafts)
        drafts.sort(key=lambda d: (d.start, -d.end))
        self._definite_people(text, doc.analysis,
                              sorted(drafts + open_nouns, key=lambda d: (d.start, -d.end)))
        drafts += [d for d in open_nouns if d.entity]
        self._demonym_people(text, doc.analysis, drafts)
        drafts.sort(key=lambda d: (d.start, -d.end))
        drafts = [d for d in drafts if not d.extra.get("thing_modifier")
                  and not self._not_acting(d)]
        builder = EntityBuilder(self.kb, day)
        return builder.build(text, drafts)

    def _org_by_name(self, surface: str) -> str | None:
        return next((t.key for t in self.kb.gazetteer.lookup(surface) if t.kind == "org"), None)

    def _home(self, url: str | None) -> str | None:
        if not url:
            return None
        host = re.sub(r"^[a-z]+://", "", url).split("/")[0].split(":")[0]
        return self.words.home_domains.get(host.rsplit(".", 1)[-1])

    # ------------------------------------------------------------- titles

    def _merge_titles(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """A role noun right before a known person's name is their title."""
        out: list[Draft] = []
        for draft in drafts:
            prev = out[-1] if out else None
            if (
                prev is not None and (prev.kind == "role" or role_organ(self.kb, text, prev))
                and draft.entity and draft.entity[0] in PERSON_KEYS and prev.entity is None
                and text[prev.end:draft.start].strip() == ""
                and "\n" not in text[prev.end:draft.start]
            ):
                draft.head = (draft.start, draft.end)
                draft.start, draft.role = prev.start, prev.role
                draft.extra["title"] = prev
                if draft.entity[0] == "new_person" and draft.country is None:
                    # "die ÖVP-Ministerin Susanne Raab" (a namesake of a KB person):
                    # a new person takes the country and sector of the title.
                    draft.country, draft.sector = prev.country, draft.sector or prev.sector
                out[-1] = draft
                continue
            out.append(draft)
        return out

    def _coordinated_people(self, text: str, analysis, drafts: list[Draft]) -> list[Draft]:
        """"die Vizeregierungschefs Mher Grigorjan und Schahin Mustafajew": two
        capitalised words joined to a person's name by a list conjunction, the second a
        proper noun and neither a known name, are a second person (NER often stops at
        the first)."""
        if analysis is None:
            return []
        found: list[Draft] = []
        for draft in drafts:
            if not (draft.kind == "name" and draft.entity and draft.entity[0] in PERSON_KEYS):
                continue
            match = COORDINATED_NAME.match(text, draft.end)
            if match is None or match.group(1) not in self.connectors:
                continue
            start, end = match.span(2)
            if any(d.overlaps(start, end) for d in drafts + found) or any(
                    self.kb.gazetteer.lookup(word) for word in match.group(2).split()):
                continue
            span = analysis.char_span(start, end, alignment_mode="expand")
            if span is None or span[-1].pos_ != "PROPN":
                continue
            name = match.group(2)
            found.append(Draft(start, end, "name", entity=("new_person", name),
                               entity_type="PERSON", head=(start, end)))
        return found

    def _quoted_org_names(self, text: str, drafts: list[Draft]) -> None:
        """"der österreichischen NGO „SOS Balkanroute“", "the campaign group 'Last
        Stand'": an organisation head noun right before a quoted capitalised name says
        what the name is; one mention, the name its head."""
        for draft in drafts:
            if draft.kind != "organ" or not draft.organ or draft.entity and (
                    draft.entity[0] != "organ"):
                continue
            quoted = QUOTED_NAME.match(text, draft.end)
            if quoted is None or any(d is not draft and d.overlaps(*quoted.span(1))
                                     and d.kind != "place" for d in drafts):
                continue
            name = quoted.group(1)
            known = self._org_by_name(name)
            draft.head = quoted.span(1)
            draft.end, draft.kind, draft.organ = quoted.end(), "name", None
            if known is not None:
                draft.entity, draft.entity_type = ("org", known), None
                draft.country = self.kb.orgs[known].country
                draft.sector = self.kb.orgs[known].sector
            else:
                draft.entity, draft.entity_type = ("new_org", name), "ORG"

    def _merge_org_titles(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """"das Augsburger Rüstungsunternehmen Renk", "die Nachrichtenagentur Reuters",
        "die Terrormiliz Hamas": a group noun right before an organisation's name says
        what it is; one mention, the name its head. A state noun before a name is no
        title ("die Regierung Merz")."""
        drafts.sort(key=lambda d: d.start)
        out: list[Draft] = []
        for draft in drafts:
            prev = out[-1] if out else None
            if self._party_title(text, prev, draft):
                # "der Demokrat Bernie Sanders", "die Grüne Anne Spiegel": the party
                # is the person's title, no mention of its own.
                draft.head = draft.head or (draft.start, draft.end)
                draft.start = prev.start
                draft.extra.setdefault("party", prev.entity)
                out[-1] = draft
                continue
            if (
                prev is not None and prev.kind == "organ" and draft.kind == "name"
                and draft.is_organisation()
                and prev.sector not in STATE_SECTORS
                and text[prev.end:draft.start] == " "
            ):
                draft.head = draft.head or (draft.start, draft.end)
                draft.start = prev.start
                draft.country = draft.country or prev.country
                draft.sector = draft.sector or prev.sector
                out[-1] = draft
                continue
            out.append(draft)
        return out

    @staticmethod
    def _share_new_orgs(drafts: list[Draft]) -> None:
        """A new organisation is one actor wherever its name stands: the country and
        sector one mention's context gives ("der chinesische Industriekonzern Ningbo
        Tianrui") hold for its mentions before and after ("an Ningbo Tianrui gehen"),
        also where NER took the bare name for a person's."""
        known: dict[str, Draft] = {}
        for draft in drafts:
            if draft.entity and draft.entity[0] == "new_org" and (draft.country or draft.sector):
                known.setdefault(draft.entity[1], draft)
        for draft in drafts:
            source = known.get(draft.entity[1]) if draft.entity and (
                draft.entity[0] in ("new_org", "new_person")) else None
            if source is None or source is draft:
                continue
            if draft.entity[0] == "new_person":
                if draft.country or draft.sector or draft.role:
                    continue  # a titled person of the same name
                # the name NER took for a person's where nothing said what it is
                draft.entity, draft.entity_type = source.entity, "ORG"
            draft.country = draft.country or source.country
            draft.sector = draft.sector or source.sector

    def _case_party(self, draft: Draft) -> bool:
        """"the Supreme Court ruled in Grants Pass v. Johnson": a name joined to another by
        a citation marker (context.yaml case_citation_markers) names a court case."""
        if self._case is None or draft.kind != "name":
            return False
        return bool(self._case.match(self._text, draft.end)) or bool(
            self._case_before.search(self._text, max(0, draft.start - 40), draft.start))

    def _organ_names(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """"das Eidgenössische Departement für Wirtschaft, Bildung und Forschung", "des
        Staatssekretariats für Wirtschaft": a state organ noun named for its capitalised
        field (context.yaml organ_name_links) is one mention, the organ's; a name NER
        found in the field is part of it."""
        for draft in list(drafts):
            if draft.kind != "organ" or draft.sector not in STATE_SECTORS:
                continue
            field = self._organ_field.match(text, draft.end)
            if field is None or any(word in self.names.not_names
                                    for word in re.findall(r"\w+", field.group(1))):
                continue
            inside = [d for d in drafts if d is not draft and d.overlaps(draft.end, field.end())]
            if any(d.start < draft.end or d.end > field.end() or d.entity_type == "PERSON"
                   for d in inside):
                continue
            for other in inside:
                drafts.remove(other)
            draft.head = draft.head or (draft.start, draft.end)
            draft.end = field.end()
        return drafts

    def _party_title(self, text: str, prev: Draft | None, draft: Draft) -> bool:
        return (
            prev is not None and prev.kind == "name" and prev.entity is not None
            and prev.entity[0] == "org" and self.kb.orgs[prev.entity[1]].sector == "PTY"
            and draft.kind == "name" and draft.entity is not None
            and draft.entity[0] in PERSON_KEYS and text[prev.end:draft.start] == " "
        )

    def _own_outlet(self, url: str | None, drafts: list[Draft]) -> None:
        """An article naming its own outlet ("LTO" on lto.de): a medium of the site's
        country."""
        if not url:
            return
        host = re.sub(r"^[a-z]+://", "", url).split("/")[0].split(":")[0].removeprefix("www.")
        label = host.rsplit(".", 2)[-2] if host.count(".") >= 1 else ""
        for draft in drafts:
            if (draft.entity and draft.entity[0] == "new_org" and label
                    and draft.entity[1].casefold() == label.casefold()):
                draft.sector = draft.sector or "MED"
                draft.country = draft.country or self._home(url)

    def _absorb(self, drafts: list[Draft], new: list[Draft]) -> list[Draft]:
        """Add new-name drafts; their title roles become part of them and their
        appositions descriptions of them."""
        titles = {id(d.extra["title"]) for d in new if "title" in d.extra}
        kept = [d for d in drafts if id(d) not in titles]
        for draft in new:
            apposition = draft.extra.get("apposition")
            if apposition is not None:
                apposition.kind = "description"
                apposition.entity = draft.entity
                apposition.country = apposition.country or draft.country
                apposition.sector = draft.sector
        return kept + new

    def _skip_credits(self, text: str, doc: Document, drafts: list[Draft]) -> list[Draft]:
        """No mentions in credit lines ("Reporting by …; Editing by …", "Mit Material
        von dpa"): their names are authors, not actors."""
        cues = self.words.credit_cues
        if not cues:
            return drafts
        spans = []
        for start, end in _paragraph_spans(doc):
            lines = text[start:end]
            if any(lines.lstrip().startswith(cue) for cue in cues):
                spans.append((start, end))
        return [d for d in drafts if not any(s <= d.start < e for s, e in spans)]

    def _appositions(self, text: str, drafts: list[Draft]) -> None:
        """"Micheál Martin, the leader of Fianna Fáil", "Bidzina Ivanishvili, Gründer und
        Vorsitzender der Partei": role nouns in apposition describe the person."""
        drafts.sort(key=lambda d: d.start)
        for index, person in enumerate(drafts):
            if self._person_by_apposition(text, person, drafts[index + 1:index + 2]):
                # "Petar Petković, the head of …" where NER said ORG: a bare name of two
                # or three words with a person's role in apposition is that person
                person.entity = ("new_person", person.entity[1])
                person.entity_type, person.sector = "PERSON", None
            if not (person.entity and person.entity[0] in PERSON_KEYS and person.kind == "name"):
                continue
            end = person.end
            for role in drafts[index + 1:index + 4]:
                gap = text[end:role.start]
                if role.kind not in ("role", "description") or role.entity not in (
                        None, person.entity) or not APPOSITION.match(gap) or (
                        end == person.end and not gap.lstrip().startswith(",")):
                    # "Tusk und Polens Präsident": "und" continues only an apposition
                    # begun with a comma ("X, Gründer und Vorsitzender der Partei")
                    break
                role.kind, role.entity = "description", person.entity
                role.country = role.country or person.country
                role.sector = person.sector or role.sector
                person.extra.setdefault("described", role)
                end = role.end

    @staticmethod
    def _person_by_apposition(text: str, draft: Draft, after: list[Draft]) -> bool:
        words = text[draft.start:draft.end].split()
        return bool(
            after and draft.kind == "name" and draft.entity and draft.entity[0] == "new_org"
            and draft.sector is None and draft.country is None and 2 <= len(words) <= 3
            and all(w[:1].isupper() and w[1:].islower() for w in words)
            and after[0].kind == "role" and after[0].entity is None
            and re.fullmatch(r",\s+(?:the|der|die)\s+", text[draft.end:after[0].start]))

    def _party_in_brackets(self, text: str, drafts: list[Draft]) -> None:
        """"Hannes Berger (AfD) forderte …", "Senator Jane Roe (D)": a new person with a
        party in brackets after the name is its politician, of the party's country."""
        drafts.sort(key=lambda d: d.start)
        for person, party in zip(drafts, drafts[1:], strict=False):
            if not (person.entity and person.entity[0] == "new_person"
                    and person.kind == "name" and not person.country):
                continue
            if not (party.entity and party.entity[0] == "org"
                    and re.fullmatch(r"[ \xa0]*\([ \xa0]*", text[person.end:party.start])
                    and re.match(r"[ \xa0]*[),]", text[party.end:party.end + 3])):
                continue
            organisation = self.kb.orgs[party.entity[1]]
            if organisation.sector == "PTY" and organisation.country:
                person.country = organisation.country
                person.sector = person.sector or "PTY"  # "Senator … (Republican)" stays LEG

    def _titled_holders(self, text: str, drafts: list[Draft], day: date | None) -> None:
        """"die georgische Präsidentin Salome Surabitschwili": a name the KB spells
        differently ("Zourabichvili") after the title of an office with one holder is
        that holder when the surnames are close (transliterations differ, people don't)."""
        for draft in drafts:
            title = draft.extra.get("title")
            if not (draft.entity and draft.entity[0] == "new_person" and title and title.role):
                continue
            role = self.kb.roles[title.role]
            where = title.country or title.org
            if not (role.resolvable and where) or title.former:
                continue
            holder = self.kb.holder(role.id, where, day)
            if holder is not None and _same_surname(draft.entity[1], holder):
                draft.entity = ("person", holder.id)

    def _unify_short_names(self, text: str, drafts: list[Draft]) -> None:
        """A one-word new name that is the surname of a person named in full is them;
        so is the given name of the one person named in full with it ("Sir Keir Starmer
        … Sir Keir")."""
        surnames: dict[str, Draft] = {}
        givens: dict[str, dict] = {}
        for draft in drafts:
            if draft.entity and draft.entity[0] in PERSON_KEYS:
                head = draft.head or (draft.start, draft.end)
                words = text[head[0]:head[1]].split()
                if len(words) >= 2:
                    surname = self._surname(draft, words)
                    surnames.setdefault(surname, draft)
                    if words[0] != surname:
                        givens.setdefault(words[0], {}).setdefault(draft.entity, draft)
        for draft in drafts:
            if draft.entity and draft.entity[0] == "new_person" and " " not in draft.entity[1]:
                given = givens.get(draft.entity[1], {})
                full = surnames.get(draft.entity[1]) or surnames.get(draft.entity[1][:-1]) or (
                    next(iter(given.values())) if len(given) == 1 else None)
                if full is not None and full is not draft:
                    draft.entity, draft.role = full.entity, draft.role or full.role
                    draft.country = draft.country or full.country
                    draft.sector = draft.sector or full.sector

    def _other_bearers(self, text: str, analysis, drafts: list[Draft]) -> None:
        """"Dennis Schröder", "Franz Wagner": a one-word KB name (a surname alias of a
        known person, or an organisation like "Wagner") right after a given name that is
        not that person's is a different person the KB lacks."""
        if analysis is None:
            return
        for draft in drafts:
            if draft.kind != "name" or not draft.entity or draft.entity[0] not in (
                    "person", "org") or " " in text[draft.start:draft.end]:
                continue
            first = _token_before(analysis, draft.start)
            if first is None or not self._given_name(first) or self._own_name(
                    draft, first.text):
                continue
            name = f"{first.text} {text[draft.start:draft.end]}"
            draft.start, draft.entity, draft.entity_type = first.idx, ("new_person", name), "PERSON"
            draft.country = draft.sector = None

    def _given_name(self, token) -> bool:
        proper = token.pos_ == "PROPN" or token.tag_ in ("NE", "NNP")
        tagged = proper and token.ent_type_ in ("PER", "PERSON")
        return token.text[:1].isupper() and (token.text in self.names.first_names or tagged)

    def _own_name(self, draft: Draft, given: str) -> bool:
        if draft.entity[0] != "person":
            return False
        person = self.kb.people[draft.entity[1]]
        return any(given in alias.split() for alias in [person.name, *person.aliases.de,
                                                         *person.aliases.en])

    # ------------------------------------------------------------ surnames

    def _surnames(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """Surname-only mentions ("Kowalczyk", "Kowalczyks") of people named in full."""
        taken = [(d.start, d.end) for d in drafts]
        found: list[Draft] = []
        bearers: dict[str, list[Draft]] = {}
        for draft in drafts:
            if not draft.entity or draft.entity[0] not in PERSON_KEYS:
                continue
            head = draft.head or (draft.start, draft.end)
            words = text[head[0]:head[1]].split()
            # One-word names only for people the KB lacks ("der Soldat Andrij"); the KB
            # lists its own short forms as aliases.
            too_short = len(words) < 2 and draft.entity[0] != "new_person"
            surname = self._surname(draft, words).rstrip(",.") if words else ""
            particle, _, rest = surname.partition("-")
            if particle in self.names.particles and rest[:1].isupper():
                # "Yahya al-Sinwar" … "Sinwar", "Al-Sinwar"
                for short in (rest, surname[:1].upper() + surname[1:]):
                    bearers.setdefault(short, []).append(draft)
                continue
            if too_short or not surname[:1].isupper():
                continue
            bearers.setdefault(surname, []).append(draft)
        for surname, same in bearers.items():
            pattern = re.compile(rf"(?<!\w){re.escape(surname)}(?:s|')?(?!\w)")
            for match in pattern.finditer(text):
                span = (match.start(), match.end())
                # Two people of one surname ("Kim Yo Jong", "Kim Jong Un"): the bare
                # surname is the one named last before it, an office holder the KB
                # knows before someone it lacks.
                before = [d for d in same if d.start < span[0]] or same[:1]
                known = [d for d in before if d.entity[0] == "person"]
                draft = (known or before)[-1]
                if surname in self.names.not_names and _common_word_use(text, *span):
                    continue  # "in May", "May 3" after Theresa May: the month
                if self._other_gender(text, span[0], draft):
                    continue  # "Lady Starmer" after Keir Starmer: his wife
                # A surname that is also an organisation's name ("Anne Spiegel" …
                # "Spiegel sagte") is the person in a text that names them.
                # "Ex-Ministerin Raab": a titled surname is the same case.
                clash = [d for d in drafts if span in ((d.start, d.end), d.head)
                         and d.entity and (d.entity[0] == "org" or self._other_namesake(
                             text, d, draft))]
                for other in clash:
                    other.entity, other.country, other.sector = draft.entity, None, None
                    other.entity_type = "PERSON"
                if clash or any(s < span[1] and span[0] < e for s, e in taken):
                    continue
                taken.append(span)
                found.append(Draft(span[0], span[1], "name", entity=draft.entity,
                                   country=draft.country, sector=draft.sector,
                                   role=draft.role, entity_type="PERSON"))
        return found

    def _relatives(self, text: str, drafts: list[Draft]) -> None:
        """"Lady Starmer", "Frau Merz": a KB man's surname after a feminine honorific
        (or a woman's after a masculine one) is a relative the KB lacks."""
        for draft in drafts:
            if draft.entity and draft.entity[0] == "person" and self._other_gender(
                    text, draft.start, draft):
                honorific = re.findall(r"\S+", text[max(0, draft.start - 10):draft.start])[-1]
                draft.entity = ("new_person", f"{honorific} {text[draft.start:draft.end]}")
                draft.country = draft.sector = draft.role = None

    def _other_gender(self, text: str, start: int, draft: Draft) -> bool:
        """A gendered honorific before a surname that does not fit the gender of the
        person named in full ("Lady Starmer", "Frau Merz") names a relative."""
        before = re.findall(r"\S+", text[max(0, start - 10):start])
        if not before:
            return False
        gender = ("f" if before[-1] in self.honorifics_f
                  else "m" if before[-1] in self.honorifics_m else None)
        own = self.kb.people[draft.entity[1]].gender if draft.entity[0] == "person" else None
        return gender is not None and own is not None and own != gender

    def _namesake_places(self, text: str, drafts: list[Draft]) -> None:
        """"Georgia" in a text naming Arizona and Nevada is the US state: a country name
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
            elif draft.country and not (draft.entity and draft.entity[0] == "country"
                                        and draft.kind in ("name", "place")):
                own.add(draft.country)
        for draft in drafts:
            if id(draft) in titled or not (
                    draft.entity and draft.entity[0] == "country"
                    and draft.kind in ("name", "place")) or draft.country in own:
                continue
            place = self.namesakes.get(text[draft.start:draft.end])
            if place is not None and place.country != draft.country and len(
                    regions.get(place.country, set()) - {place.id}) >= 2 and not (
                    self._other_country_near(text, drafts, draft)):
                draft.kind, draft.country, draft.sector = "place", place.country, None
                draft.entity, draft.entity_type = ("place", place.id), "PLACE"

    def _namesake_title(self, text: str, draft: Draft) -> bool:
        """"Georgia Gov. Brian Kemp": a namesake region before an abbreviated state title
        (context.yaml region_titles) is the region; the titled person is its country's."""
        for name, place in self.namesakes.items():
            if not text.startswith(name + " ", draft.start):
                continue
            after = text[draft.start + len(name) + 1:].split(" ", 1)[0]
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
        return any(other is not draft and other.entity and other.entity[0] == "country"
                   and other.country != draft.country and start <= other.start < end
                   for other in drafts)

    def _compass_countries(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """"the North", "the North's" for North Korea once the text has named it: the
        one country named "<compass word> …" in the text (none for two)."""
        found: list[Draft] = []
        for word, pattern in self.compass_short:
            named = {d.entity[1] for d in drafts if d.entity and d.entity[0] == "country"
                     and self.kb.countries[d.entity[1]].name.startswith(word + " ")}
            if len(named) != 1:
                continue
            country = named.pop()
            taken = [(d.start, d.end) for d in drafts]
            for match in pattern.finditer(text):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                found.append(Draft(match.start(), match.end(), "name",
                                   entity=("country", country), country=country,
                                   entity_type="COUNTRY"))
        return found

    def _surname(self, draft: Draft, words: list[str]) -> str:
        """The word a person is later called by: the last one, or the first for a
        family name first ("Lee Jae-myung" -> "Lee", "Kim Jong Un" -> "Kim") and the
        given name of a patronymic name ("Abdulaziz bin Salman" -> "Abdulaziz")."""
        if any(word in self.patronymics for word in words[1:]):
            return words[0]
        if len(words) < 2 or words[0] not in self.family_names:
            return words[-1] if words else ""
        countries = {draft.country}
        if draft.entity and draft.entity[0] == "person":
            person = self.kb.people.get(draft.entity[1])
            countries |= {p.country for p in person.positions} if person else set()
        given = words[1:]
        if countries & self.family_first or len(given) == 2 or "-" in given[0]:
            return words[0]
        return words[-1]

    def _patronymic_names(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """"Prince Abdulaziz bin Salman": a name that opens with a patronymic particle
        right after a person's name continues it. The whole is one name: the person the
        KB knows by it, or a new person; never the given name's person plus the KB's
        "bin Salman" (his brother Mohammed)."""
        drafts = sorted(drafts, key=lambda d: (d.start, -d.end))
        out: list[Draft] = []
        for draft in drafts:
            prev = out[-1] if out else None
            words = text[draft.start:draft.end].split()
            if (prev is not None and prev.entity and prev.entity == draft.entity
                    and prev.kind == draft.kind == "name"
                    and text[prev.end:draft.start] == " "):
                # "die Europäische Weltraumorganisation Esa": a name and its short
                # form side by side are one mention.
                prev.end = draft.end
                continue
            if (prev is None or not words or words[0] not in self.patronymics
                    or text[prev.end:draft.start] != " " or not prev.entity
                    or prev.entity[0] not in PERSON_KEYS):
                out.append(draft)
                continue
            head = prev.head or (prev.start, prev.end)
            full = f"{text[head[0]:prev.end]} {text[draft.start:draft.end]}"
            if prev.entity != draft.entity:
                known = next((t.key for t in self.kb.gazetteer.lookup(full)
                              if t.kind == "person"), None)
                prev.entity = ("person", known) if known else ("new_person", full)
                prev.entity_type = "PERSON"
                if known:
                    prev.country = prev.sector = None
            prev.end, prev.head = draft.end, (head[0], draft.end)
        return out

    def _known_given_names(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """"Opposition leader Edmundo González": a new name right before a KB person's
        short name that together open the KB person's full name (a Spanish name without
        its second surname, "Edmundo González Urrutia") is that person, one mention."""
        drafts = sorted(drafts, key=lambda d: (d.start, -d.end))
        out: list[Draft] = []
        for draft in drafts:
            prev = out[-1] if out else None
            if (prev is None or text[prev.end:draft.start] != " " or not prev.entity
                    or prev.entity[0] != "new_person" or not draft.entity
                    or draft.entity[0] != "person"):
                out.append(draft)
                continue
            head = prev.head or (prev.start, prev.end)
            words = f"{text[head[0]:prev.end]} {text[draft.start:draft.end]}".split()
            person = self.kb.people.get(draft.entity[1])
            names = [person.name, *person.aliases.de, *person.aliases.en] if person else []
            if not any(name.split()[:len(words)] == words for name in names):
                out.append(draft)
                continue
            prev.entity, prev.entity_type = draft.entity, "PERSON"
            prev.country, prev.sector = draft.country, draft.sector or prev.sector
            prev.end, prev.head = draft.end, (head[0], draft.end)
        return out

    def _other_namesake(self, text: str, short: Draft, full: Draft) -> bool:
        """"Susanne Raab" … "Raab sagte": a bare surname the KB gives to someone else
        (Dominic Raab) is the person the text names in full, unless the text also names
        the KB person in full."""
        if short.entity[0] != "person" or short.entity == full.entity:
            return False
        person = self.kb.people.get(short.entity[1])
        if person is None:
            return False
        names = [person.name, *person.aliases.de, *person.aliases.en]
        return not any(" " in name and name in text for name in names)

    # -------------------------------------------------------------- roles

    def _resolve_roles(self, drafts: list[Draft], day: date | None,
                       dominant: str | None) -> None:
        self._dominant = dominant
        last_organ: dict[str, Draft] = {}
        last_role: dict[str, Draft] = {}
        last_office: Draft | None = None
        for draft in drafts:
            if draft.kind == "organ" and draft.organ:
                self._bare_organ(draft, last_organ)
            if draft.kind == "role" and draft.role:
                self._role(draft, last_role, last_office, day)
            elif draft.role and draft.entity and draft.entity[0] in PERSON_KEYS and (
                    "title" in draft.extra):
                # "Ministerpräsidentin Malu Dreyer … die Ministerpräsidentin": a later
                # bare title noun is the person named with it.
                last_role[draft.role] = draft
            if draft.role and draft.entity and self.kb.roles[draft.role].resolvable:
                last_office = draft

    def _ambiguous_roles(self, drafts: list[Draft]) -> None:
        """A role noun of several offices ("officers": the army's or the police's)
        takes the one whose sector an organ or role named last in its sentence or the
        one before has ("Police said officers were pelted", "The city's police chief
        said officers would begin"); else its first reading stays."""
        for index, draft in enumerate(drafts):
            if draft.kind != "role" or not draft.role or draft.country or draft.org:
                continue
            head = draft.head or (draft.start, draft.end)
            readings = {t.key: self.kb.roles[t.key].sector
                        for t in self.kb.gazetteer.lookup(self._text[head[0]:head[1]])
                        if t.kind == "role" and t.form == "noun"}
            if len(set(readings.values())) < 2:
                continue
            begin = self._sentence_start(draft.start)
            if begin > 0:
                begin = self._sentence_start(begin - 1)
            for other in reversed(drafts[:index]):
                if other.start < begin:
                    break
                if other.kind in ("organ", "role") and other.sector in readings.values():
                    role = next(k for k, v in readings.items() if v == other.sector)
                    draft.role, draft.sector = role, other.sector
                    break

    def _compound_sectors(self, text: str, drafts: list[Draft]) -> None:
        """"Oppositionspolitiker", "Regierungspolitiker": a role noun of no sector in a
        compound whose first part is a state organ or side takes that part's sector."""
        for draft in drafts:
            if draft.kind != "role" or draft.sector or draft.org or draft.country:
                continue
            head = draft.head or (draft.start, draft.end)
            word = text[head[0]:head[1]]
            for cut in range(4, len(word) - 3):
                prefix = word[:cut]
                sectors = {self.kb.organs[t.key].sector
                           for candidate in (prefix, prefix.removesuffix("s"))
                           for t in self.kb.gazetteer.lookup(candidate)
                           if t.kind == "organ" and t.form == "noun"}
                sectors.discard(None)
                if len(sectors) == 1:
                    draft.sector = sectors.pop()
                    break

    @staticmethod
    def _gender_fits(draft: Draft, holder) -> bool:
        wanted = draft.extra.get("gender")
        return wanted is None or holder.gender in (None, wanted)

    def _bare_organ(self, draft: Draft, last: dict[str, Draft]) -> None:
        """"die Armee" without a country: the army named just before, else the country
        of the nearest actor earlier in the sentence ("Singh said his government"),
        else the document's main country."""
        if self._portfolio.search(self._text, max(0, draft.start - 30), draft.start):
            # "die Ministerien der Justiz und Familie": the portfolio, no actor
            draft.entity = draft.country = draft.sector = None
            return
        if self._anonymous_source(draft):
            # "No one was harmed, officials said": they attribute, they do not act
            draft.entity = draft.country = draft.sector = None
            return
        if self._veterans(draft):
            # "mehrere ehemalige Soldaten": veterans are no actor of their former force
            draft.entity = draft.country = draft.sector = None
            return
        if self._is_venue(draft):
            # "Im Landtag sorgt der Einsatz für Streit": a venue, no actor or entity
            draft.kind, draft.entity, draft.sector = "place", None, None
            return
        possessor = self._possessor_country(draft)
        if draft.country is None and draft.entity is None and possessor:
            draft.country = possessor  # "Israel erklärte, seine Soldaten …"
            draft.entity = ("organ", f"{possessor}:{draft.organ}") if draft.sector else None
        elif draft.country is None and draft.entity is None and (
                self._generic(draft) or self._abstract(draft)):
            draft.sector = None  # "the glue of government": the institution, no actor
        elif draft.country is None and draft.entity is None:
            previous = last.get(draft.organ)
            frame = self._frame_country(draft)
            if self._victims(draft):
                # "Terror gegen die Zivilbevölkerung": civilians set against the clause's
                # subject are not its people; they are where the story happens.
                country = self._scene or self._dominant
            else:
                country = (self._clause_subject_country(draft) or self._sentence_country(draft)
                           or self._speaker_country(draft)
                           or (self._sentence_place(draft) or self._scene
                               if draft.sector == self.words.demonym_sector
                               or draft.sector in self.words.place_sectors else None)
                           or self._previous_sentence_country(draft)
                           or self._dominant)
            if frame and draft.sector:
                draft.country, draft.entity = frame, ("organ", f"{frame}:{draft.organ}")
            elif previous is not None and draft.start - previous.end < NEAR and not (
                    previous.end < self._sentence_start(draft.start)
                    and self._clause_subject_country(draft)):
                # the same organ named just before, unless the noun's own clause has a
                # subject in a new sentence ("North Korea sent soldiers" after "U.S.
                # forces")
                draft.country, draft.entity = previous.country, previous.entity
            elif self._dateline and draft.sector and self.kb.organs[draft.organ].dateline:
                draft.country = self._dateline
                draft.entity = ("organ", f"{self._dateline}:{draft.organ}")
            elif self._unspecific(draft) and self._countries_in_play(draft) >= 2:
                pass  # "Israeli and Lebanese negotiators met, officials said": whose?
            elif country and draft.sector:
                draft.country = country
                draft.entity = ("organ", f"{country}:{draft.organ}")
            elif self._scene and draft.sector and not self.kb.organs[draft.organ].abroad:
                # "WARSAW - … Police detained two men": with no country in its sentence and
                # none dominant, a home organ is where the story is reported from.
                draft.country = self._scene
                draft.entity = ("organ", f"{self._scene}:{draft.organ}")
        self._captives(draft)
        if draft.country:
            last[draft.organ] = draft

    def _anonymous_source(self, draft: Draft) -> bool:
        """A bare plural of unnamed officials (context.yaml anonymous_sources) with no
        word of its own before it, the subject of a verb of saying or after "unter"/
        "among"."""
        if (draft.country is not None or draft.entity is not None or self._analysis is None
                or self._text[draft.start:draft.end] not in self.anonymous_sources):
            return False
        root = parse_root(self._analysis, draft.start, draft.end)
        if root is None:
            return False
        if any(child.dep_ in ("det", "amod", "nummod", "poss", "nmod:poss", "compound", "nk")
               and child.i < root.i for child in root.children):
            return False  # "the officials", "two officials", "Iranian officials"
        before = root.doc[root.i - 1] if root.i > 0 else None
        if before is not None and before.text in self.among:
            return True
        return root.dep_ in SUBJECT_DEPS and root.head.lemma_ in self.speech_verbs

    def _modifies_thing(self, draft: Draft) -> bool:
        """A name modifying a noun of goods, money, data or territory, through a chain of
        compounds or as a possessor ("EU dairy imports", "Danone shares", "Japan's
        exclusive economic zone"; context.yaml thing_heads): no actor there."""
        if (not self.thing_heads or self._analysis is None or draft.kind != "name"
                or not draft.entity or draft.entity[0] not in ("country", "org", "new_org")):
            return False
        token = parse_root(self._analysis, draft.start, draft.end)
        if token is None:
            return False
        if token.dep_ not in ("compound", "poss", "nmod:poss") or token.head.i < token.i:
            return False
        head = token.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        return head.pos_ == "NOUN" and head.lemma_ in self.thing_heads

    def _veterans(self, draft: Draft) -> bool:
        """A plural force noun (MIL, COP) with a veteran word among the two words before
        its head ("allen ehemaligen Soldaten", "retired police officers")."""
        if draft.sector not in ("MIL", "COP") or self._analysis is None:
            return False
        head = draft.head or (draft.start, draft.end)
        words = re.findall(r"\w+", self._text[max(0, head[0] - 40):head[0]])[-2:]
        if not any(word in self.veteran_words for word in words):
            return False
        root = parse_root(self._analysis, head[0], head[1])
        return root is not None and "Plur" in root.morph.get("Number") or (
            self._text[head[0]:head[1]].endswith("s"))

    def _is_venue(self, draft: Draft) -> bool:
        """A bare singular organ right after a venue preposition and at most one
        attribute ("im Landtag", "vor dem Arbeitsgericht", "in parliament", "in federal
        court"; not "in the IDF …") is where something happens; its own country word, possessor or
        a plural ("in Regierungskreisen") keeps it an actor."""
        if self._venue is None or not self._venue.search(
                self._text, max(0, draft.start - 30), draft.start):
            return False
        if self._possessor_country(draft) or self._analysis is None or any(
                target.kind == "country" for word in re.findall(
                    r"\w+", self._text[draft.start:draft.end])
                for target in self.kb.gazetteer.lookup(word)):
            return False  # "im schwedischen Justizministerium", "in Irlands Parlament"
        root = parse_root(self._analysis, draft.start, draft.end)
        return root is not None and "Plur" not in root.morph.get("Number")

    def _captives(self, draft: Draft) -> None:
        """"Hamas is to release 33 hostages in exchange for Palestinian detainees": the
        captives are not the captor's (their clause's subject) people; the one other
        country named in the sentence or the one before, else none."""
        head = draft.head or (draft.start, draft.end)
        if self._text[head[0]:head[1]] not in self.captive_nouns or draft.country is None:
            return
        if (draft.start, draft.end) != head:
            return  # "Israeli hostages": the text says whose
        captor = self._clause_subject_country(draft)
        if captor is None or captor != draft.country:
            return
        start = self._sentence_start(draft.start)
        start = self._sentence_start(start - 1) if start else start
        end = self._sentence_end(draft.start)
        others = self._countries_between(start, end, draft) - {captor}
        country = others.pop() if len(others) == 1 else None
        draft.country = country
        draft.entity = ("organ", f"{country}:{draft.organ}") if country else None

    def _generic(self, draft: Draft) -> bool:
        """English "government" with no determiner or possessor ("the glue of
        government", "good government") names the institution in general; "your troops"
        in advice to the reader are nobody's in particular."""
        before = re.findall(r"\w+", self._text[max(0, draft.start - 12):draft.start])
        if before and before[-1] in self.second_person:
            return True
        head = draft.head or (draft.start, draft.end)
        surface = self._text[head[0]:head[1]]
        if surface not in self.generic_nouns or self._analysis is None:
            return False
        root = parse_root(self._analysis, head[0], head[1])
        if root is None:
            return False
        return root.dep_ not in ("compound", "amod") and not any(
            child.dep_ in ("det", "poss", "nmod:poss", "case", "compound", "nmod")
            for child in root.children)

    def _sentence_place(self, draft: Draft) -> str | None:
        """The one country the places of the draft's sentence lie in ("Protesters
        gathered in Tbilisi")."""
        start = self._sentence_start(draft.start)
        end = self._sentence_end(draft.start)
        countries = {other.country for other in self._drafts
                     if other.kind == "place" and other.country and start <= other.start < end}
        return countries.pop() if len(countries) == 1 else None

    def _victims(self, draft: Draft) -> bool:
        """Civilians after a preposition of hostility ("gegen", "against")."""
        if draft.sector != self.words.demonym_sector:
            return False
        before = re.findall(r"\w+", self._text[max(0, draft.start - 30):draft.start])
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
        return self._text[draft.start:draft.end] in words

    def _frame_country(self, draft: Draft) -> str | None:
        """"In Finland, the government …", "Im Iran hat die Polizei …": a sentence that
        opens with a place sets the scene for its bare nouns."""
        sentence_start = self._sentence_start(draft.start)
        for other in self._drafts:
            if other.start >= draft.start:
                break
            if other.start < sentence_start or other.kind != "place" or not other.country:
                continue
            words = re.findall(r"\w+", self._text[sentence_start:other.start])
            if len(words) in (1, 2) and words[0] in self.locative and (
                    len(words) == 1 or words[1] in self.articles):
                return other.country
        return None

    def _clause_subject_country(self, draft: Draft) -> str | None:
        """A bare noun in a clause with a subject of its own belongs to that subject's
        country ("… sagen, dass der Iran Demonstranten getötet hat"), not to a person in
        another clause of the sentence."""
        root = parse_root(self._analysis, draft.start, draft.end)
        if root is None:
            return None
        clause = _clause_head(root)
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        for subject in subjects:
            if draft.start <= subject.idx < draft.end:
                return None  # the noun is the subject itself
            for other in self._drafts:
                if other is not draft and other.kind != "place" and (
                        other.start <= subject.idx < other.end):
                    return self._draft_country(other)
        return None

    def _reported_subject_country(self, draft: Draft) -> str | None:
        """"Taiwan's defence ministry said it had … dispatched its own forces": a clause
        whose subject is a pronoun, reported by or joined to a clause with an actor as
        subject, is that actor's."""
        root = parse_root(self._analysis, draft.start, draft.end)
        if root is None:
            return None
        clause = _clause_head(root)
        pronoun = False  # a pronoun subject seen on the way up; "Spanien sagte der Türkei
        # Hilfe zu und dankte ihrer Armee" has none: the nearest actor decides as before
        for level in range(4):
            subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
            if level and subjects and all(c.pos_ != "PRON" for c in subjects):
                if not pronoun:
                    return None
                return next((self._draft_country(other) for subject in subjects
                             for other in self._drafts
                             if other is not draft and other.kind != "place"
                             and other.start <= subject.idx < other.end), None)
            if (not subjects and clause.dep_ != "conj") or any(
                    c.pos_ != "PRON" for c in subjects) or clause.head is clause:
                return None
            pronoun = pronoun or bool(subjects)
            clause = _clause_head(clause.head)
        return None

    def _speaker_country(self, draft: Draft) -> str | None:
        """"Die Streitkräfte hätten nur militärische Ziele angegriffen, sagte
        Kremlsprecher Peskow": in reported speech a bare noun is the side of the state
        official who speaks."""
        if self._analysis is None:
            return None
        span = self._analysis.char_span(draft.start, draft.end, alignment_mode="expand")
        if span is None:
            return None
        for token in span.sent:
            if token.lemma_ not in self.speech_verbs:
                continue
            for subject in token.children:
                if subject.dep_ not in SUBJECT_DEPS or draft.start <= subject.idx < draft.end:
                    continue
                for other in self._drafts:
                    # Officials speak for their state; an expert's country is not the
                    # side they describe.
                    if other is not draft and other.kind != "place" and (
                            other.start <= subject.idx < other.end) and (
                            self._draft_sector(other) in STATE_SECTORS):
                        return self._draft_country(other)
        return None

    def _draft_sector(self, draft: Draft) -> str | None:
        """The draft's sector, or a known person's sector on the document's date."""
        return self._own_or_position(draft, "sector")

    def _sentence_country(self, draft: Draft) -> str | None:
        for other in reversed(self._drafts):
            if other.end > draft.start:
                continue
            if other.end <= self._sentence_start(draft.start):
                return None
            country = self._draft_country(other)
            if country and other.kind not in ("place",) and (
                    other.entity is None or other.entity[0] != "country"
                    or other.kind == "metonym"):
                return country
        return None

    def _previous_sentence_country(self, draft: Draft) -> str | None:
        """"Vor der Kanzlei des Ministerpräsidenten demonstrierten Anhänger der PiS. Die
        Polizei nahm zwei Männer fest.": a sentence naming no country goes on where the
        sentence before it in the same paragraph is, when its actors are of one country
        (over the story's dominant country). Country adjectives do not count: "russische
        Luftangriffe" name the attacker, not where the story is."""
        start = self._sentence_start(draft.start)
        if not start:
            return None
        previous = self._sentence_start(start - 1)
        if "\n" in self._text[previous:draft.start]:
            return None
        countries = {self._draft_country(other) for other in self._drafts
                     if previous <= other.start and other.end <= start
                     and other.kind not in ("place", "adjective") and other.sector}
        countries.discard(None)
        return next(iter(countries)) if len(countries) == 1 else None

    def _possessor_country(self, draft: Draft) -> str | None:
        """"seine Soldaten", "its army", "his government": after a possessive the noun
        belongs to the nearest actor before it in the sentence, a country named as such
        included (unlike the sentence rule, which skips country names)."""
        before = re.findall(r"\w+", self._text[max(0, draft.start - 12):draft.start])
        if not before or before[-1] not in self.possessives:
            return None
        subject = self._clause_subject_country(draft) or self._reported_subject_country(draft)
        if subject:
            return subject  # "Tokyo protested with Pyongyang through its embassy"
        sentence_start = self._sentence_start(draft.start)
        for other in reversed(self._drafts):
            if other.end > draft.start or other.kind == "place":
                continue
            if other.end <= sentence_start:
                break
            country = self._draft_country(other)
            if country:
                return country
        # "… , sagte Kobachidse. Seine Regierung werde …": a gendered possessive with no
        # actor before it in its sentence is the person of the sentence before.
        person = self._possessor_person(draft, before[-1])
        if person is not None:
            return self._draft_country(person)
        # "Die eigenen Soldaten will auch die Bundesrepublik …", "In its statement, the
        # ministry said": with no actor before it, the one country named after it in
        # its sentence.
        end = self._sentence_end(draft.start)
        later = {country for other in self._drafts
                 if draft.end <= other.start < end and other.kind != "place"
                 and (country := self._draft_country(other))}
        return later.pop() if len(later) == 1 else None

    def _possessor_person(self, draft: Draft, word: str) -> Draft | None:
        gender = "m" if word in self.possessives_m else (
            "f" if word in self.possessives_f and self.kb.lang == "en" else None)
        sentence_start = self._sentence_start(draft.start)
        if gender is None or sentence_start == 0:
            return None
        if self._people(self._drafts, sentence_start, draft.start):
            return None
        previous = self._sentence_start(sentence_start - 1)
        return self._antecedent(self._drafts, previous, sentence_start, gender)

    def _draft_country(self, draft: Draft) -> str | None:
        """The draft's country, or a known person's country on the document's date."""
        return self._own_or_position(draft, "country")

    def _own_or_position(self, draft: Draft, attribute: str) -> str | None:
        own = getattr(draft, attribute)
        if own or not (draft.entity and draft.entity[0] == "person"):
            return own
        position = self.kb.position_on(self.kb.people[draft.entity[1]], self._day)
        return getattr(position, attribute) if position else None

    def _unspecific(self, draft: Draft) -> bool:
        head = draft.head or (draft.start, draft.end)
        return self._text[head[0]:head[1]] in self.unspecific_officials

    def _countries_in_play(self, draft: Draft) -> int:
        """How many countries the actors of the draft's sentence name (of the sentence
        before, in the same paragraph, when its own names none)."""
        start = self._sentence_start(draft.start)
        end = self._sentence_end(draft.start)
        countries = self._countries_between(start, end, draft)
        if not countries and start > 0 and "\n" not in self._text[max(0, start - 2):start]:
            countries = self._countries_between(self._sentence_start(start - 1), start, draft)
        return len(countries)

    def _countries_between(self, start: int, end: int, draft: Draft) -> set[str]:
        return {country for other in self._drafts
                if other is not draft and other.kind != "place"
                and start <= other.start < end and (country := self._draft_country(other))}

    def _sentence_start(self, offset: int) -> int:
        index = bisect_right(self._sentence_starts, offset) - 1
        return self._sentence_starts[index] if index >= 0 else 0

    def _sentence_end(self, offset: int) -> int:
        """Where the sentence holding `offset` ends: the next sentence's start."""
        index = bisect_right(self._sentence_starts, offset)
        return (self._sentence_starts[index] if index < len(self._sentence_starts)
                else len(self._text))

    def _role(self, draft: Draft, last: dict[str, Draft], office: Draft | None,
              day: date | None) -> None:
        role = self.kb.roles[draft.role]
        if (draft.role == "counterpart" or role.possessed_only) and (
                draft.country is None and draft.org is None):
            other = self._counterpart(draft)
            if other is not None:
                draft.entity, draft.country, draft.entity_type = (
                    other.entity, self._draft_country(other), "PERSON")
                return
            if role.possessed_only:
                draft.sector = None  # "die Gäste des Festivals": no actor
                return
        if draft.country is None and draft.org is None and draft.role != "counterpart":
            draft.country = self._possessor_country(draft)  # "Russland und sein Präsident"
        if draft.role == "counterpart" and office is not None and draft.country:
            role = self.kb.roles[office.role]
            draft.role = role.id
        where = draft.country or draft.org
        named = last.get(draft.role)
        if where is None and self._names_earlier_holder(draft, named):
            # "Innenminister Roger Lewentz … der Minister", "der damalige Landrat …,
            # Jürgen Pföhler … der Ex-Landrat": the person named with this title.
            draft.country, draft.entity, draft.entity_type = (
                named.country, named.entity, "PERSON")
            return  # the named person stays the antecedent of the next title noun
        if where and role.resolvable and not draft.former:
            holder = self.kb.holder(role.id, self.kb.actor_country(where)
                                    if where in self.kb.countries else where, day)
            if holder is not None and self._gender_fits(draft, holder):
                draft.entity = ("person", holder.id)
                draft.entity_type = "PERSON"
        elif where is None and role.resolvable and draft.role in last and not draft.former:
            previous = last[draft.role]
            draft.country, draft.entity = previous.country, previous.entity
        elif (where is None and named is not None and not draft.former
              and not draft.extra.get("plural") and named.country
              and draft.start - named.end < NEAR and self._definite_before.search(
                  self._text[max(0, draft.start - 40):draft.start])):
            # "Moldova summoned Russia's ambassador … The ambassador was handed a note":
            # the same title with a definite article takes up the one named just before
            draft.country, draft.entity = named.country, named.entity
            draft.entity_type = named.entity_type
        elif where is None and role.local and (self._scene or self._dominant):
            # "the governor", "der Bürgermeister": an office of the place the story is
            # set in (dateline, else the one country of its places), else of its country.
            draft.country = self._frame_country(draft) or self._scene or self._dominant
        elif (where is None and not role.resolvable and self._dominant
              and (not draft.former or draft.extra.get("plural"))
              and draft.sector in STORY_SECTORS):
            # "ein Armeesprecher", "drei Oppositionspolitiker" in a story about one
            # country: its army's, its opposition's.
            draft.country = self._frame_country(draft) or self._dominant
        elif where is None and role.resolvable and self._dominant and not draft.former:
            country = (self._frame_country(draft) or self._sentence_country(draft)
                       or self._dominant)
            holder = self.kb.holder(role.id, country, day)
            draft.country = country
            if holder is not None and self._gender_fits(draft, holder):
                draft.entity, draft.entity_type = ("person", holder.id), "PERSON"
        if draft.entity or draft.country:
            last[draft.role] = draft
        elif draft.org is None and draft.sector in self.commentator_sectors:
            draft.sector = None  # "Analysts said", "experts warn": commentators
        elif draft.org is None and draft.extra.get("plural") and draft.sector == "GOV":
            # "traditionell gehen Präsidenten … vor", "dictators from Russia to Syria":
            # a class of office holders of no country, no actor (journalists of no
            # country stay: they are attacked, arrested, expelled)
            draft.sector = None

    def _holders(self, start: int, end: int) -> dict:
        """The state office holders named between `start` and `end`, first named first."""
        holders: dict = {}
        for other in self._people(self._drafts, start, end):
            if self._draft_sector(other) in STATE_SECTORS:
                holders.setdefault(other.entity, other)
        return holders

    def _counterpart(self, draft: Draft) -> Draft | None:
        """"Paschinjan und Alijew trafen sich. Sein Amtskollege …": a possessed
        counterpart of one of exactly two office holders named in its sentence or the
        one before is the other one (the possessor, if unclear, the first named)."""
        before = re.findall(r"\w+", self._text[max(0, draft.start - 12):draft.start])
        if not before or before[-1] not in self.possessives:
            return None
        sentence_start = self._sentence_start(draft.start)
        previous = self._sentence_start(sentence_start - 1) if sentence_start else 0
        holders = self._holders(previous, draft.start)
        # "Merz ist in Warschau eingetroffen. Bei einem Treffen mit Tusk … . Tusk forderte
        # seinen Gast auf": a guest's host and visitor may be named further back.
        reach = GUEST_REACH if self.kb.roles[draft.role].possessed_only else 0
        while len(holders) < 2 and reach and previous:
            previous, reach = self._sentence_start(previous - 1), reach - 1
            holders = self._holders(previous, draft.start)
        if len(holders) != 2:
            return None
        first, second = holders.values()
        possessor = self._possessor_person(draft, before[-1])
        if possessor is None:
            # "Merz begrüßte seinen Gast": the holder named before it in its own sentence
            own = [o for o in self._people(self._drafts, sentence_start, draft.start)
                   if o.entity in holders]
            possessor = own[-1] if own else None
        return first if possessor is not None and possessor.entity == second.entity else second

    def _names_earlier_holder(self, draft: Draft, named: Draft | None) -> bool:
        """A definite bare title noun refers to the person named with that title earlier;
        a past one ("der Ex-Landrat") only to someone named with it as past."""
        if named is None or not (named.entity and named.entity[0] in PERSON_KEYS):
            return False
        title = named.extra.get("title")
        if draft.former and not (title is not None and title.former):
            return False
        if (self.kb.lang == "de" and title is not None
                and draft.extra.get("gender") != title.extra.get("gender")):
            return False  # "Generaldirektors X … die Generaldirektorin": not X
        return bool(self._definite_before.search(self._text[max(0, draft.start - 40):draft.start]))

    def _role_appositions(self, text: str, drafts: list[Draft]) -> None:
        """"Der damalige Landrat des Kreises Ahrweiler, Jürgen Pföhler, …": a title
        with its genitive, a comma, then the person's name."""
        drafts.sort(key=lambda d: d.start)
        for index, role in enumerate(drafts[:-1]):
            person, served, owner = drafts[index + 1], None, None
            if (person.kind in ("name", "organ") and person.entity and person.entity[0] in (
                    "org", "new_org", "person", "new_person", "organ")
                    and index + 2 < len(drafts)
                    and not self._role_apposition.match(text[role.end:person.start])):
                # "Der Vorsitzende der nationalkonservativen PiS, Jarosław Kaczyński":
                # the genitive names an organisation of its own ("Die Sprecherin des
                # russischen Außenministeriums, Maria Sacharowa": a state organ); "der
                # Berater von US-Präsident Trump, Massad Boulos": the person he serves.
                served = person if person.entity[0] in PERSON_KEYS else None
                owner = person if served is None else None
                person = drafts[index + 2]
            if not (role.kind == "role" and role.entity is None and person.kind == "name"
                    and person.entity and person.entity[0] in PERSON_KEYS
                    and "title" not in person.extra
                    and self._role_apposition.match(text[role.end:person.start])):
                continue
            role.kind, role.entity = "description", person.entity
            person.extra["title"] = role
            person.role = person.role or role.role
            # "Der Vorsitzende der Jungen Union, Johannes Winkel": the title's
            # organisation gives its country.
            org = self.kb.orgs.get(role.org) if role.org else None
            person.country = person.country or role.country or (
                self._draft_country(served) if served is not None else None) or (
                org.country if org is not None else None) or (
                owner.country if owner is not None else None)
            person.sector = person.sector or role.sector
            role.country = role.country or person.country

    # ------------------------------------------------ organisations' countries

    def _possessor_countries(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """"Ireland's Kerry Group", "Irlands Kerry Group": a country possessing an
        organisation the KB lacks is its country; one mention, like "Sweden's Civil
        Contingencies Agency"."""
        drafts.sort(key=lambda d: d.start)
        out: list[Draft] = []
        for draft in drafts:
            prev = out[-1] if out else None
            if (prev is not None and draft.kind == "name" and draft.entity
                    and draft.entity[0] == "new_org" and draft.country is None
                    and prev.entity and prev.entity[0] == "country"
                    and prev.kind in ("name", "metonym")
                    and POSSESSOR_GAP.match(text[prev.end:draft.start])):
                draft.head = draft.head or (draft.start, draft.end)
                draft.start, draft.country = prev.start, prev.country
                out[-1] = draft
                continue
            out.append(draft)
        return out

    def _home_organisations(self, drafts: list[Draft]) -> None:
        """A company, union, association or medium the KB lacks, named in a text about
        one country, is that country's ("Der Gesamtverband der Versicherer" in a story
        on Bavaria). International and armed groups keep no country."""
        for draft in drafts:
            if (draft.entity and draft.entity[0] == "new_org" and draft.country is None
                    and draft.sector in STATE_SECTORS and self._dateline):
                # "SEOUL - … the Joint Chiefs of Staff said": a state body the KB lacks
                # is the dateline country's.
                draft.country = self._dateline
            elif self._dominant is None:
                continue
            elif (draft.entity and draft.entity[0] == "new_org" and draft.country is None
                    and draft.sector in DOMESTIC_SECTORS):
                draft.country = self._dominant
            elif (draft.entity and draft.entity[0] == "new_person" and draft.country is None
                  and ("title" in draft.extra or "described" in draft.extra)
                  and draft.sector in STATE_SECTORS | POLITICAL_SECTORS):
                # "Police spokeswoman Resila Onyango", "Opposition leader …", "…, the
                # opposition leader," in a story on Kenya: the state servant or
                # politician is the story's country's, and so are his descriptions.
                draft.country = self._dominant
                for other in drafts:
                    if other.entity == draft.entity and other.country is None:
                        other.country = self._dominant
            elif (draft.entity and draft.entity[0] == "new_person" and draft.country is None
                  and draft.sector is None and draft.org is None):
                # "Bryan Kohberger, 28, is accused of …" in a story about one country: a
                # private person the text gives no other tie is that country's (PLOVER
                # codes individuals by their country).
                draft.country = self._dominant
                for other in drafts:
                    if other.entity == draft.entity and other.country is None:
                        other.country = self._dominant

    # ---------------------------------------------------- definite people

    def _crowds(self, text: str, analysis, drafts: list[Draft]) -> list[Draft]:
        """"Tausende Menschen gingen auf die Straße", "thousands of people fled": a crowd
        that protests or flees is the civilians of the one country named in its
        sentence, else of the dateline's or the story's country."""
        if self.crowds is None or analysis is None:
            return []
        found: list[Draft] = []
        spans = [(m.span(), False) for m in self.crowds.finditer(text)]
        if self.crowd_bare is not None:
            spans += [(m.span(), True) for m in self.crowd_bare.finditer(text)]
        for (start, end), bare in sorted(spans, key=lambda s: (s[0][0], -s[0][1])):
            if any(d.overlaps(start, end) for d in drafts + found) or not self._crowd_acts(
                    analysis, start, end, bare=bare):
                continue
            sentence = self._sentence_start(start)
            stop = self._sentence_end(start)
            countries = {self.kb.actor_country(c) for d in drafts
                         if sentence <= d.start < stop and not self._destination(text, d)
                         and (c := self._draft_country(d)) and c in self.kb.countries}
            country = (countries.pop() if len(countries) == 1
                       else None if countries else self._dateline or self._dominant)
            if country is None:
                continue
            found.append(Draft(start, end, "organ", country=country, sector="CVL",
                               organ="civilians", entity=("organ", f"{country}:civilians"),
                               entity_type="GROUP"))
        return found

    def _destination(self, text: str, draft: Draft) -> bool:
        """"nach Burundi", "Richtung der Grenze zu Burundi", "fled to Chad": a place
        after a preposition of direction."""
        words = re.findall(r"\w+", text[max(0, draft.start - 30):draft.start])
        if words and words[-1] in self.articles:
            words = words[:-1]
        return bool(words) and words[-1] in self.crowd_destinations

    def _crowd_acts(self, analysis, start: int, end: int, *, bare: bool = False) -> bool:
        """The crowd is the subject of a verb of protest or flight, or its clause has a
        phrase of protest ("auf die Straße"); a bare quantity ("Tausende") only as the
        subject right before a verb of protest or flight."""
        span = analysis.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        token = span.root
        if bare and (span.end >= len(span.doc) or span.doc[span.end].pos_ not in (
                "VERB", "AUX") or token.dep_ not in ("sb", "nsubj", "nsubjpass")):
            return False
        for _ in range(4):
            if token.pos_ in ("VERB", "AUX") or token.head is token:
                break
            token = token.head
        if token.lemma_ in self.crowd_verbs:
            return True
        if bare:
            return False  # "Tausende haben an einer Kundgebung teilgenommen": too vague
        clause = token.sent.text if token.pos_ in ("VERB", "AUX") else ""
        return any(phrase in clause for phrase in self.crowd_phrases)

    def _age_nouns(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """"der 62-Jährige", "the 62-year-old": an age noun is a person; linked below
        when it refers back to one."""
        if self.age_nouns is None:
            return []
        found = []
        for match in self.age_nouns.finditer(text):
            if any(d.overlaps(*match.span()) for d in drafts):
                continue
            extra: dict = {"age": True}
            before = re.findall(r"\w+", text[max(0, match.start() - 12):match.start()])
            for gender, articles in self.words.gendered_articles.items():
                if before and before[-1] in articles and match.group().endswith(
                        self.words.gendered_article_ending or "\0"):
                    extra["gender"] = gender
            found.append(Draft(match.start(), match.end(), "description",
                               entity_type="PERSON", extra=extra))
        return found

    def _definite_people(self, text: str, analysis, drafts: list[Draft]) -> None:
        """"Der frühere Vizekanzler", "die Ex-Ministerin", "der 62-Jährige": a definite
        singular person noun that names no office holder refers back to the person of
        its gender named in its sentence, else in the one before, else to the article's
        protagonist. Nothing when the candidates are several and none stands out, or
        when the noun's own country is not the person's."""
        if analysis is None:
            return
        self._genders = self._known_genders(drafts)
        for draft in drafts:
            if not self._person_noun(draft) or draft.entity is not None:
                continue
            token = self._definite_singular(text, analysis, draft)
            if token is None:
                continue
            # "gratulierte sie der Ex-Ministerin": not the subject of its own clause.
            blocked = _clause_subject_span(token)
            subjects = {d.entity for d in drafts if blocked[0] <= d.start < blocked[1]
                        and d.entity and d.entity[0] in PERSON_KEYS}
            candidates = [d for d in drafts if d.entity not in subjects]
            candidates = self._organisation_people(text, drafts, draft, candidates)
            person = self._person_before(candidates, draft)
            if person is None or not self._may_be(draft, person):
                continue
            country = self._draft_country(person)
            if draft.country and country and self.kb.actor_country(
                    draft.country) != self.kb.actor_country(country):
                continue
            draft.entity, draft.entity_type = person.entity, "PERSON"
            draft.country = draft.country or country
            draft.sector = draft.sector or person.sector

    def _demonym_people(self, text: str, analysis, drafts: list[Draft]) -> None:
        """"kündigte die Estin an", "sagte der Franzose": a definite singular demonym
        noun refers back like a title to the person of its gender named before, when
        that person is of the demonym's country (by mention or office held). German
        only, and only forms that cannot be plural ("-in", "der Russe", not "die
        Russen")."""
        if analysis is None or self.kb.lang != "de":
            return
        for draft in drafts:
            surface = text[draft.start:draft.end]
            if (draft.kind != "adjective" or not draft.entity or draft.entity[0] != "country"
                    or " " in surface or not surface[:1].isupper()):
                continue
            if self._definite_singular(text, analysis, draft) is None:
                continue
            country = draft.entity[1]
            if surface.endswith(("innen", "n")) and not surface.endswith("in"):
                continue  # "die Russen", "den Franzosen": may be several people
            gender = "f" if surface.endswith("in") else "m"
            before = re.findall(r"\w+", text[max(0, draft.start - 30):draft.start])[-2:]
            if gender == "m" and not set(before) & set(
                    self.words.gendered_articles.get("m", ())):
                continue  # "die Ukrainer": the feminine article before "-er" is plural
            draft.extra.setdefault("gender", gender)
            person = self._person_before(drafts, draft)
            if person is None or not (self._draft_country(person) == country or (
                    person.entity[0] == "person" and any(
                        p.country == country
                        for p in self.kb.people[person.entity[1]].positions))):
                continue
            draft.kind, draft.entity, draft.entity_type = "description", person.entity, "PERSON"
            draft.country, draft.sector = person.country, person.sector

    def _accused(self, drafts: list[Draft]) -> None:
        """"Die Festgenommenen", "den Beschuldigten" (organs.yaml accused) with no country
        of their own and a definite article (they were met before): members of the
        non-state group named last before them."""
        for draft in drafts:
            if (draft.kind != "organ" or not draft.organ or draft.country or draft.entity
                    or not self.kb.organs[draft.organ].accused):
                continue
            if not self._definite_before.search(self._text[max(0, draft.start - 40):draft.start]):
                continue  # "mehrere Mitangeklagte": new people, not those named before
            group = next((other for other in reversed(drafts) if other.end <= draft.start
                          and other.is_organisation()
                          and other.sector and other.sector not in STATE_SECTORS), None)
            if group is not None:
                draft.country, draft.sector = self._draft_country(group), group.sector

    def _organisation_complements(self, text: str, drafts: list[Draft]) -> None:
        """"Soldaten der ruandischen Armee", "ein Sprecher der Polizei", "soldiers from
        the Rwandan army": a role or group noun with no country, entity or organisation
        of its own, followed by an organisation or organ after a link word (context.yaml
        organisation_links), belongs to it: its country; a spokesperson or a noun of no
        sector of its own ("Kämpfer der Hamas") takes its sector too."""
        self._late_links: list[tuple[Draft, Draft]] = []
        for draft, nxt in zip(drafts, drafts[1:], strict=False):
            if (not (draft.entity or draft.country or draft.org)
                    and nxt.entity and nxt.entity[0] in ("person", "new_person")
                    and self._person_link.fullmatch(text, draft.end, nxt.start)):
                if draft.kind == "role" and self._relational_stem(draft):
                    # "ein Sprecher von Ministerin Katherina Reiche", "a spokesman for
                    # the president": whom the person serves, their country and sector
                    draft.country = self._draft_country(nxt) or draft.country
                    draft.sector = self._own_or_position(nxt, "sector") or draft.sector
                    continue
                if draft.kind == "organ" and (country := self._draft_country(nxt)):
                    # "die Regierung von Präsident X", "the army of President X": the
                    # leader's state; the organ keeps its own sector
                    self._link_country(draft, country)
                    continue
            if (draft.kind not in ("role", "organ") or draft.entity or draft.country
                    or draft.org or not (nxt.is_organisation() or nxt.kind == "organ")
                    or not self._organisation_link.fullmatch(text, draft.end, nxt.start)):
                continue
            members = self.kb.organs[draft.organ].member_of if draft.organ else []
            if members and draft.sector is None and nxt.sector not in members:
                continue  # "die Anzahl der Mitgliedsstaaten der Organisation" (a think tank)
            if draft.sector is None or self._relational_stem(draft) is not None:
                draft.sector = nxt.sector or draft.sector
            country = nxt.country
            if country is None and nxt.entity and nxt.entity[0] == "org":
                country = self.kb.orgs[nxt.entity[1]].country
            if country:
                self._link_country(draft, country)
            else:
                self._late_links.append((draft, nxt))

    def _organisation_possessors(self, text: str, drafts: list[Draft]) -> None:
        """"the group's legal director", "Amnesty's director": a role noun of no sector of
        its own after an organisation's possessive serves that organisation (its country
        and sector)."""
        for before, draft in zip(drafts, drafts[1:], strict=False):
            if (draft.kind != "role" or draft.sector or draft.country or draft.entity
                    or not before.is_organisation()
                    or not ORG_POSSESSOR_GAP.fullmatch(text, before.end, draft.start)):
                continue
            self._serve_organisation(draft, before)

    def _serve_organisation(self, draft: Draft, org: Draft) -> None:
        """The draft serves the organisation `org` names: its country and sector, the
        mention's own, else the knowledge base's."""
        known = self.kb.orgs.get(org.entity[1]) if org.entity[0] == "org" else None
        draft.country = org.country or (known.country if known else None)
        draft.sector = org.sector or (known.sector if known else None)

    def _late_complements(self) -> None:
        """Organs that took their country from the scene after the complements were
        read give it to the nouns linked to them ("Ein Sprecher des Staatssekretariats"
        in a Swiss story)."""
        for draft, nxt in self._late_links:
            if nxt.country and not (draft.country or draft.entity):
                self._link_country(draft, nxt.country)

    @staticmethod
    def _link_country(draft: Draft, country: str) -> None:
        draft.country = country
        if draft.kind == "organ" and draft.organ and draft.sector:
            draft.entity = ("organ", f"{country}:{draft.organ}")

    def _not_acting(self, draft: Draft) -> bool:
        """A group of organs.yaml `acting_only` governed by a preposition ("a serious
        blow for farmers", "the work of criminals", "für die Landwirte") or a possessor
        ("farmers' groups"): affected or named in passing, no actor. Subjects and
        objects stay ("Landwirte blockierten", "nahm mehrere Schleuser fest"), so do
        conjuncts and partitives ("hundreds of farmers") of them."""
        if draft.kind != "organ" or not draft.organ or not self.kb.organs[
                draft.organ].acting_only:
            return False
        head = draft.head or (draft.start, draft.end)
        token = parse_root(self._analysis, head[0], head[1])
        while token is not None and token.head is not token:
            if token.dep_ in CONJUNCT_DEPS:
                token = token.head
                continue
            if token.dep_ in ("poss", "nmod:poss"):
                return True  # "Dairy farmers' groups plan to protest": the groups act
            preposition, governor = _preposition(token)
            if preposition is None:
                return False
            if not (preposition.lower_ in self.partitives and governor is not None
                    and governor.lower_ in self.quantity_nouns):
                return True
            token = governor  # "hundreds of farmers": where the quantity stands
        return False

    def _members(self, drafts: list[Draft]) -> None:
        """"die Freilassung inhaftierter Kämpfer" after the rebels, "die Mitgliedstaaten"
        after the Esa: a member noun (organs.yaml member_of) with no country or sector of
        its own belongs to the organisation of a member sector named last before it in its
        sentence or the two before; else the first named after it in its sentence ("die
        Mitgliedstaaten der Nato")."""
        for draft in drafts:
            if (draft.kind != "organ" or not draft.organ or draft.country or draft.sector
                    or draft.entity):
                continue
            sectors = self.kb.organs[draft.organ].member_of
            if not sectors:
                continue
            index = bisect_right(self._sentence_starts, draft.start) - 1
            first = self._sentence_starts[max(0, index - 2)] if index >= 0 else 0
            sentence_end = self._sentence_end(draft.start)
            groups = [other for other in drafts if other is not draft
                      and other.sector in sectors
                      and (other.is_organisation() or other.kind == "organ")]
            group = next((other for other in reversed(groups) if first <= other.start
                          and other.end <= draft.start), None)
            if group is None:
                group = next((other for other in groups
                              if draft.end <= other.start < sentence_end), None)
            if group is not None:
                draft.country, draft.sector = self._draft_country(group), group.sector

    def _titles_ahead(self, text: str, analysis, drafts: list[Draft]) -> None:
        """"Der Bundesdrogenbeauftragte erklärt, warum er …" opening a text that has
        named no one yet: a definite singular title refers ahead to the text's
        protagonist (the person named most often, at least twice), when gender, country
        and sector fit; its pronouns then follow."""
        if analysis is None:
            return
        self._genders = self._known_genders(drafts)
        counts: dict = {}
        for other in drafts:
            if other.kind == "name" and other.entity and other.entity[0] in PERSON_KEYS:
                counts[other.entity] = counts.get(other.entity, 0) + 1
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return
        entity = ranked[0][0]
        person = next(d for d in drafts if d.entity == entity and d.kind == "name")
        for draft in drafts:
            if draft.kind != "role" or draft.entity is not None or self._people(
                    drafts, 0, draft.start):
                continue
            if (self._relational_stem(draft) is not None
                    or self._definite_singular(text, analysis, draft) is None):
                continue
            gender = draft.extra.get("gender") or ("m" if self.kb.lang == "de" else None)
            country = self._draft_country(person)
            if self._gender(person) not in _allowed(gender) or (
                    draft.country and country and draft.country != country) or (
                    draft.sector and person.sector and draft.sector != person.sector):
                continue
            draft.entity, draft.entity_type = entity, "PERSON"
            draft.country = draft.country or country

    def _organisation_people(self, text: str, drafts: list[Draft], draft: Draft,
                             candidates: list[Draft]) -> list[Draft]:
        """"Die neue ICMPD-Chefin", "der Verdi-Vorsitzende": a title compound whose first
        part names an organisation of the text refers back only to a person named in a
        sentence that names that organisation too, not to whoever was named last."""
        head = draft.head or (draft.start, draft.end)
        glued = re.search(r"([\w.]+)-$", text[max(0, head[0] - 30):head[0]])
        if glued is None:
            return candidates
        orgs = {d.entity for d in drafts if d.is_organisation()
                and text[d.start:d.end] == glued.group(1)}
        if not orgs:
            return candidates
        sentences = {self._sentence_start(d.start) for d in drafts
                     if d.entity in orgs and d.end <= draft.start}
        people = {d.entity for d in drafts if d.entity and d.entity[0] in PERSON_KEYS
                  and self._sentence_start(d.start) in sentences}
        return [d for d in candidates
                if not (d.entity and d.entity[0] in PERSON_KEYS) or d.entity in people]

    def _relational_groups(self, drafts: list[Draft]) -> None:
        """"Trump diskutiert mit Beratern", "Putin met his aides": people serving
        another with no country of their own serve the subject of their clause."""
        for draft in drafts:
            if draft.kind != "role" or draft.entity or draft.country:
                continue
            if self._relational_stem(draft) is None:
                continue
            country = self._clause_subject_country(draft)
            if country:
                draft.country = country

    def _country_references(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """"das Land", "the country", "sein Land", "dem Nachbarland": a country named
        before (context.yaml country_nouns, neighbour_nouns)."""
        if self._country_reference is None:
            return []
        found: list[Draft] = []
        for match in self._country_reference.finditer(text):
            determiner, noun = match.group(1), match.group(2)
            start, end = match.span(2)
            neighbour = noun in self.neighbour_nouns
            if any(d.overlaps(start, end) for d in drafts) or self._country_noun_place(
                    text, match.start(), end, determiner, neighbour):
                continue
            draft = Draft(start, end, "description")
            if neighbour:
                country = self._neighbour(draft, determiner)
            elif noun not in self.country_nouns:
                country = None
            elif determiner in self.possessives:
                country = self._sentence_person_country(draft)
            else:
                country = self._last_country(draft)
            if country is None and noun in self.local_nouns and (
                    determiner not in self.possessives) and self._acts(draft):
                # "the city announced", "Der Freistaat werde helfen": its government
                local = self._scene or self._dominant
                if local:
                    draft.kind, draft.country, draft.sector = "organ", local, "GOV"
                    found.append(draft)
                continue
            if country:
                draft.country, draft.entity = country, ("country", country)
                draft.entity_type = "COUNTRY"
                found.append(draft)
        return found

    def _acts(self, draft: Draft) -> bool:
        """The noun is the subject of a verb that acts (not "liegt", "is")."""
        root = parse_root(self._analysis, draft.start, draft.end)
        if root is None:
            return False
        verb = root.head
        if root.dep_ not in SUBJECT_DEPS or verb.pos_ not in ("VERB", "AUX"):
            return False
        if verb.lemma_ in self.stative:
            # "Der Freistaat werde … helfen", "the state is stepping in": the main verb
            verb = next((c for c in verb.children if c.pos_ == "VERB"
                         and c.dep_ in ("xcomp", "oc", "aux", "ccomp")), None) or verb
        return verb.lemma_ not in self.stative

    def _country_noun_place(self, text: str, start: int, end: int, determiner: str,
                            neighbour: bool) -> bool:
        """A country noun that is a place or part of a phrase: a name after it ("dem
        Nachbarland Ruanda"), a genitive ("des Landes", "of the country"), a locative or
        motion word before it ("in das Land", "to leave the country")."""
        if self._place_name_after(text, end):
            return True
        before = re.findall(r"[\w-]+", text[max(0, start - 30):start])
        if not neighbour and (determiner in self.genitive_words
                              or bool(before) and before[-1] in self.genitive_words):
            return True
        return bool(before) and (before[-1] in self.locative or before[-1] in self.place_verbs)

    def _place_name_after(self, text: str, end: int) -> bool:
        """A country or place name follows the noun ("dem Nachbarland Ruanda"); any
        capitalised word would not do, German capitalises every noun."""
        word = re.match(r" ([\w-]+)", text[end:end + 40])
        return word is not None and any(
            t.kind in ("country", "place") for t in self.kb.gazetteer.lookup(word.group(1)))

    def _countries_before(self, draft: Draft, sentences: int = 2) -> list[str]:
        """Countries named (as names or metonyms) before the draft in its sentence and the
        `sentences - 1` before it, the nearest first."""
        start = self._sentence_start(draft.start)
        for _ in range(sentences - 1):
            if start > 0 and "\n" not in self._text[max(0, start - 2):start]:
                start = self._sentence_start(start - 1)
        return [other.entity[1] for other in sorted(
                    self._drafts, key=lambda d: d.start, reverse=True)
                if start <= other.start and other.end <= draft.start and other.entity
                and other.entity[0] == "country" and other.kind in ("name", "metonym")
                and not self.kb.countries[other.entity[1]].controlled_by]  # states only

    def _last_country(self, draft: Draft) -> str | None:
        countries = self._countries_before(draft)
        return countries[0] if countries else None

    def _sentence_person_country(self, draft: Draft) -> str | None:
        """The country of the first person named in the draft's sentence before it (the
        owner of "sein Land")."""
        start = self._sentence_start(draft.start)
        for other in sorted(self._drafts, key=lambda d: d.start):
            if start <= other.start and other.end <= draft.start and other.entity and (
                    other.entity[0] in PERSON_KEYS):
                return self._draft_country(other)
        return None

    def _neighbour(self, draft: Draft, determiner: str) -> str | None:
        """The country named last before that is neither the clause subject's nor the
        possessor's (the actor right before a possessive)."""
        excluded = {self._clause_subject_country(draft)}
        if determiner in self.possessives:
            before = [d for d in self._drafts if d.end <= draft.start and d.kind != "place"]
            if before:
                excluded.add(self._draft_country(max(before, key=lambda d: d.end)))
        return next((c for c in self._countries_before(draft, 3) if c not in excluded), None)

    def _organisation_speakers(self, text: str, drafts: list[Draft]) -> None:
        """"ein VC-Sprecher", "ein Konzernsprecher": a relational role compound whose
        first part names an organisation (its name or acronym, or a reference noun such
        as "Konzern" for the organisation named before) serves that organisation."""
        for draft in drafts:
            if draft.kind != "role" or draft.entity or draft.country or draft.org:
                continue
            head = draft.head or (draft.start, draft.end)
            glued = re.search(r"[\w-]+-$", text[max(0, head[0] - 30):head[0]])
            word = (glued.group(0) if glued else "") + text[head[0]:head[1]]
            stem = next((r for r in self.relational_roles
                         if word.casefold().endswith(r) and len(word) > len(r) + 1), None)
            if stem is None:
                if word.casefold().startswith(tuple(self.relational_roles)):
                    self._bare_speaker(draft)  # "ein Sprecher", "a spokesman"
                continue
            prefix = word[:len(word) - len(stem)].rstrip("-")
            org = next((other for other in reversed(drafts) if other.end <= draft.start
                        and other.is_organisation()
                        and text[other.start:other.end] == prefix), None)
            if org is None:
                noun = next((n for n in (prefix, prefix.removesuffix("s"))
                             if n in self.org_references.sectors), None)
                org = noun and self.org_references.antecedent_of(
                    noun, text, drafts, draft.start, self._analysis)
            if org:
                self._serve_organisation(draft, org)

    def _bare_speaker(self, draft: Draft) -> None:
        """"In Peking wies das Handelsministerium die Bedenken zurück. …, sagte ein
        Sprecher": a bare spokesperson of the state speaks for the state organ that is
        the subject of the sentence before, in the same paragraph."""
        if draft.sector not in STATE_SECTORS or self._analysis is None:
            return
        start = self._sentence_start(draft.start)
        if start == 0 or "\n" in self._text[max(0, start - 2):start]:
            return
        before = self._sentence_start(start - 1)
        for token in self._analysis.char_span(before, start - 1, alignment_mode="expand") or []:
            if token.dep_ not in SUBJECT_DEPS:
                continue
            organ = next((d for d in self._drafts if d.kind == "organ" and d.country
                          and d.sector in STATE_SECTORS and d.start <= token.idx < d.end), None)
            if organ is not None:
                draft.country, draft.sector = organ.country, organ.sector
                return

    def _relational_stem(self, draft: Draft) -> str | None:
        """The relational role stem ("sprecher", "aide") the draft's head noun opens with."""
        head = draft.head or (draft.start, draft.end)
        word = self._text[head[0]:head[1]].casefold()
        return next((r for r in self.relational_roles if word.startswith(r)), None)

    def _may_be(self, draft: Draft, person: Draft) -> bool:
        """A relational role noun ("der Sprecher", "the spokesman", "an aide") names
        someone serving another person: it refers back only to a person once named
        with it ("Kremlsprecher Peskow … der Sprecher")."""
        stem = self._relational_stem(draft)
        if stem is None:
            return True
        return any(stem in self._text[other.start:other.end].casefold()
                   for other in self._drafts + [person]
                   if other.entity == person.entity and other.end <= draft.start)

    @staticmethod
    def _person_noun(draft: Draft) -> bool:
        return draft.kind == "role" or (draft.kind == "description"
                                        and bool(draft.extra.get("age")))

    def _known_genders(self, drafts: list[Draft]) -> dict:
        """Genders the text gives: a feminine noun linked to the person, or their
        title ("Integrationsministerin Susanne Raab"); else a new person's given name
        borne by women ("Maria Ndlovu")."""
        genders = {}
        for draft in drafts:
            title = draft.extra.get("title")
            gender = draft.extra.get("gender") or (
                title.extra.get("gender") if title is not None else None)
            if draft.entity and gender:
                genders.setdefault(draft.entity, gender)
        for draft in drafts:
            if (draft.entity and draft.entity[0] == "new_person" and draft.kind == "name"
                    and draft.entity not in genders):
                given = self._text[draft.start:draft.end].split()[:-1]  # not the surname
                if any(word in self.female_first_names for word in given):
                    genders[draft.entity] = "f"
        return genders

    def _definite_singular(self, text: str, analysis, draft: Draft):
        """The noun's head token when a definite article precedes the noun and the
        noun may be singular, else None."""
        head = draft.head or (draft.start, draft.end)
        if not self._definite_before.search(text[max(0, draft.start - 40):draft.start]):
            return None
        if draft.extra.get("plural"):
            return None  # "die Nachwuchspolitiker": several people
        span = analysis.char_span(head[0], head[1], alignment_mode="expand")
        if span is None or span[-1].morph.get("Number") == ["Plur"]:
            return None
        return span[-1]

    def _person_before(self, drafts: list[Draft], draft: Draft) -> Draft | None:
        # German role nouns are masculine unless feminine in form; an age noun has the
        # gender of its article, if any.
        gender = draft.extra.get("gender") or (
            None if draft.extra.get("age") or self.kb.lang != "de" else "m")
        sentence = self._sentence_start(draft.start)
        previous = self._sentence_start(sentence - 1) if sentence else sentence
        for start in (sentence, previous):
            end = draft.start if start == sentence else sentence
            person = self._antecedent(drafts, start, end, gender)
            if person is not None or self._people(drafts, start, end):
                return person
        return self._protagonist(drafts, draft.start, gender)

    def _protagonist(self, drafts: list[Draft], end: int,
                     gender: str | None) -> Draft | None:
        """The last person of a fitting gender met before `end`, when that person is
        the only candidate or the article's protagonist."""
        earlier = [d for d in self._people(drafts, 0, end)
                   if self._gender(d) in _allowed(gender)]
        if not earlier:
            return None
        matching = {d.entity: d for d in earlier}
        last = max(earlier, key=lambda d: d.start)
        if len(matching) == 1:
            return last
        salient = self._salient(drafts, end, matching)
        return last if salient is not None and salient.entity == last.entity else None

    # ------------------------------------------------------------ pronouns

    def _pronouns(self, text: str, analysis, drafts: list[Draft]) -> list[Draft]:
        """"he"/"er" when exactly one matching person precedes it in the sentence (or,
        if none does, in the previous sentence)."""
        if analysis is None or not (self.pronouns_m or self.pronouns_f):
            return []
        found: list[Draft] = []
        # Possessives resolved to a person: links of the chain, not output ("His
        # remarks came a day after … . He said …").
        chain: list[Draft] = []
        self._genders = self._known_genders(drafts)
        sents = list(analysis.sents)
        for index, sent in enumerate(sents):
            previous_start = sents[index - 1].start_char if index else sent.start_char
            for token in sent:
                group = self._group_pronoun(token, drafts, sent.start_char, previous_start)
                if group is not None:
                    found.append(group)
                    continue
                possessive = self._possessive_gender(token)
                gender = possessive or self._pronoun_gender(token)
                if gender is None or (gender == "f" and self._plural_pronoun(token)):
                    continue
                # Pronouns already resolved count as mentions: "er … er … Putin" keeps
                # the chain's person in view and makes a later "er" ambiguous.
                seen = drafts + found + chain
                if token.text in self.objects_m or token.text in self.objects_f:
                    # Binding: the object is not its clause's subject, by any name
                    # ("Trump … said he would meet him": "him" is not Trump).
                    blocked = _clause_subject_span(token)
                    subjects = {d.entity for d in seen if blocked[0] <= d.start < blocked[1]}
                    seen = [d for d in seen if d.entity not in subjects]
                person = self._reporter(token, seen, gender) if possessive is None else None
                person = person or self._antecedent(seen, sent.start_char, token.idx, gender)
                if person is None and not self._people(seen, sent.start_char, token.idx) and (
                        not self._thing_subject(token, seen)):
                    person = self._antecedent(seen, previous_start, sent.start_char, gender)
                    if person is None and possessive is None and not self._people(
                            seen, previous_start, sent.start_char):
                        person = self._speaker(token, seen, previous_start, gender)
                    if person is None and index > 1 and not self._people(
                            seen, previous_start, sent.start_char):
                        # "Merz verteidigte X. Die Zahl sei gesunken. Zugleich sagte er
                        # zu, …": a sentence naming no one keeps the chain's person.
                        person = self._antecedent(seen, sents[index - 2].start_char,
                                                  previous_start, gender)
                if person is None and possessive is None and token.dep_ in SUBJECT_DEPS:
                    person = self._unnamed_role(seen, previous_start, sent.start_char,
                                                token.idx, gender)
                if person is not None:
                    (chain if possessive else found).append(Draft(
                        token.idx, token.idx + len(token.text), "pronoun",
                        entity=person.entity, country=person.country,
                        sector=person.sector, entity_type="PERSON"))
        return found

    def _unnamed_role(self, drafts: list[Draft], previous: int, start: int, end: int,
                      gender: str) -> Draft | None:
        """"Ein Sprecher des Ministeriums sagte, … Er fügte hinzu": a subject pronoun
        with no person named in its sentence or the one before takes up the one
        singular role noun without a name there, its country and sector."""
        if self._people(drafts, previous, end):
            return None
        roles = [d for d in drafts if d.kind == "role" and d.entity is None
                 and previous <= d.start < end and not d.extra.get("plural")
                 and (d.country or d.sector)]
        if len(roles) != 1:
            return None
        role = roles[0]
        own = role.extra.get("gender") or ("m" if self.kb.lang == "de" else None)
        if own is not None and own not in _allowed(gender):
            return None
        return role

    def _reporter(self, token, drafts: list[Draft], gender: str) -> Draft | None:
        """"Trump, who met Kim, has said he would …": the subject pronoun of a clause
        reported by a verb of saying is that verb's subject when a person names it."""
        clause = token.head
        if token.dep_ not in SUBJECT_DEPS or clause.dep_ not in ("ccomp", "oc"):
            return None
        verb = clause.head
        if verb.lemma_ not in self.speech_verbs:
            return None
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.i < token.i:
                person = next((d for d in drafts if d.start <= child.idx < d.end
                               and d.entity and d.entity[0] in PERSON_KEYS), None)
                if person is not None and self._gender(person) in _allowed(gender):
                    return person
        return None

    def _speaker(self, token, drafts: list[Draft], end: int, gender: str) -> Draft | None:
        """"…", sagte er: the subject pronoun of a verb of saying with no person in its
        own or the previous sentence is the last person met before, when that person is
        also the article's protagonist (or the only candidate)."""
        if token.head.lemma_ not in self.speech_verbs or token.dep_ not in (
                "sb", "nsubj", "nsubjpass"):
            return None
        return self._protagonist(drafts, end, gender)

    def _possessive_gender(self, token) -> str | None:
        if token.text in self.possessives_m:
            return "m"
        if token.text in self.possessives_f and token.tag_ in ("PRP$", "PPOSAT"):
            return "f"
        return None

    def _group_pronoun(self, token, drafts: list[Draft], start: int,
                       previous_start: int) -> Draft | None:
        """"Die Rebellen zogen ab. Sie hätten …", "The protesters … they": a plural
        subject pronoun is the one group, party, country or organisation named before it
        in its sentence (or, if none is, in the previous one); two candidates, none."""
        if token.text not in self.group_pronouns or not self._plural_subject(token):
            return None
        for begin, end in ((start, token.idx), (previous_start, start)):
            candidates: dict = {}
            for draft in drafts:
                if begin <= draft.start < end and self._plural_referent(draft):
                    candidates.setdefault(draft.entity or (draft.country, draft.sector), draft)
            if len(candidates) == 1:
                referent = next(iter(candidates.values()))
                return Draft(token.idx, token.idx + len(token.text), "pronoun",
                             entity=referent.entity, country=referent.country,
                             sector=referent.sector,
                             entity_type=referent.entity_type or "GROUP")
            if candidates or begin == previous_start:
                return None
        return None

    def _plural_subject(self, token) -> bool:
        """"they" is always plural; German "sie" only next to a plural verb, and not
        as the polite "Sie" inside a sentence."""
        if token.dep_ not in ("sb", "nsubj", "nsubjpass", "nsubj:pass"):
            return False
        if self.kb.lang != "de":
            return True
        if token.text == "Sie" and token.i > token.sent.start:
            return False
        return self._plural_pronoun(token)

    def _plural_referent(self, draft: Draft) -> bool:
        """A mention a plural pronoun can take up: a group noun in the plural ("die
        Rebellen", "protesters") or, in English, an organisation's name ("Hamas said
        they …"); never a person or a place."""
        if draft.kind in ("place", "pronoun") or (
                draft.entity and draft.entity[0] in PERSON_KEYS) or (
                draft.entity_type == "PERSON"):
            return False
        if self.kb.lang == "en" and draft.kind == "name" and draft.is_organisation():
            return True
        span = self._analysis.char_span(draft.start, draft.end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        return root is not None and root.pos_ in ("NOUN", "PROPN") and (
            "Plur" in root.morph.get("Number")) and not _coordinated(root)

    def _pronoun_gender(self, token) -> str | None:
        text = token.text
        if text in self.pronouns_m or text in self.objects_m:
            return "m"
        if text in self.pronouns_f or self._opening_she(token):
            return "f"
        if text in self.objects_f and token.tag_ != "PRP$":
            return "f"  # "told her", not "her government"
        return None

    def _thing_subject(self, token, drafts: list[Draft]) -> bool:
        """German "er" after a masculine subject noun in its own sentence that is no
        actor ("Der Weg ist schwer, aber er ist möglich") refers to that thing, not to a
        person of an earlier sentence."""
        if self.kb.lang != "de" or token.text.lower() not in self.pronouns_m or (
                token.head.lemma_ in self.speech_verbs):
            return False  # "…, sagte er": a speaker is a person
        for other in token.sent:
            if other.i >= token.i:
                return False
            if other.pos_ != "NOUN" or other.dep_ not in SUBJECT_DEPS or not any(
                    child.dep_ in ("det", "nk") and child.text in self.masculine_nominative
                    for child in other.children):
                continue
            if not any(d.start <= other.idx < d.end for d in drafts):
                return True
        return False

    def _opening_she(self, token) -> bool:
        """German "Sie" opening a sentence as the subject of a singular verb is "she"
        ("Sie sprach von …"); the polite "Sie" and "they" take a plural verb."""
        if self.kb.lang != "de" or token.text.lower() not in self.pronouns_f:
            return False
        first = token.sent.start
        while first < token.i and token.doc[first].is_punct:
            first += 1
        return (token.i == first and token.dep_ in SUBJECT_DEPS
                and not self._plural_pronoun(token))

    @staticmethod
    def _people(drafts: list[Draft], start: int, end: int) -> list[Draft]:
        return [d for d in drafts if d.entity and d.entity[0] in PERSON_KEYS
                and start <= d.start < end]

    def _plural_pronoun(self, token) -> bool:
        """German "sie" is also "they": not when a verb next to it is plural."""
        if self.kb.lang != "de":
            return False
        doc = token.doc
        for neighbour in doc[max(0, token.i - 2):token.i + 3]:
            finite = neighbour.pos_ in ("VERB", "AUX") and neighbour.tag_.endswith("FIN")
            if finite and (neighbour.text in self.plural_verbs or neighbour.text.endswith("en")):
                return True
        return False

    def _antecedent(self, drafts: list[Draft], start: int, end: int, gender: str):
        people = self._people(drafts, start, end)
        matching = {d.entity: d for d in people if self._gender(d) in _allowed(gender)}
        if len(matching) == 1:
            return next(iter(matching.values()))
        if len(matching) > 1:
            return self._salient(drafts, end, matching) or self._only_subject(
                drafts, people, matching, end)
        return None

    def _only_subject(self, drafts: list[Draft], people: list[Draft], matching: dict,
                      end: int) -> Draft | None:
        """Of several candidates, the one that alone was a subject there and is named
        more often than each other so far: the topic going on ("…, die er braucht, um
        gegen Putin anzutreten. Nach eigenen Angaben hat er …"). Two people met once
        each ("Biden met Macron. He said …") stay open."""
        if self._analysis is None:
            return None
        subjects: dict = {}
        for draft in people:
            if draft.entity not in matching:
                continue
            token = parse_root(self._analysis, draft.start, draft.end)
            if token is None:
                continue
            while token.dep_ in ("appos", "flat", "flat:name") and token.head is not token:
                token = token.head  # "Der Oppositionelle Boris Lehmann will …"
            if token.dep_ in SUBJECT_DEPS:
                subjects.setdefault(draft.entity, draft)
        if len(subjects) != 1:
            return None
        subject = next(iter(subjects.values()))
        counts = {key: sum(1 for d in drafts if d.entity == key and d.start < end)
                  for key in matching}
        mine = counts.pop(subject.entity)
        return subject if all(mine > other for other in counts.values()) else None

    @staticmethod
    def _salient(drafts: list[Draft], end: int, matching: dict) -> Draft | None:
        """Among several candidates, the article's protagonist: the one mentioned at
        least SALIENCE times as often as any other so far."""
        counts = {key: sum(1 for d in drafts if d.entity == key and d.start < end)
                  for key in matching}
        ranked = sorted(counts.values(), reverse=True)
        if ranked[0] >= SALIENCE * ranked[1]:
            best = max(counts, key=counts.__getitem__)
            return matching[best]
        return None

    def _gender(self, draft: Draft) -> str | None:
        if draft.entity and draft.entity[0] == "person":
            return self.kb.people[draft.entity[1]].gender
        return self._genders.get(draft.entity)


    def _scene_country(self, drafts: list[Draft]) -> str | None:
        """Where the story happens: the dateline's country, else the one country most of
        the places it names lie in ("in Warschau", "in Polen")."""
        if self._dateline:
            return self._dateline
        counts: dict[str, int] = {}
        for draft in drafts:
            if draft.kind == "place" and draft.country:
                counts[draft.country] = counts.get(draft.country, 0) + 1
        return _dominant(counts)

    def _dominant_country(self, drafts: list[Draft]) -> str | None:
        # The dateline's place says where the story is, like a mention of the country.
        counts: dict[str, int] = {self._dateline: 1} if self._dateline else {}
        for draft in drafts:
            # Organisations say little about where a story is ("DW", "Reuters", "Nato").
            if draft.is_organisation():
                continue
            country = self._draft_country(draft)
            if country:
                counts[country] = counts.get(country, 0) + 1
        return _dominant(counts)


def document_day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        try:
            return date(int(published[:4]), 7, 1)
        except ValueError:
            return None


SURNAME_SIMILARITY = 0.6
# Between a possessor country and its organisation: "Ireland's ", "Irlands " (the
# German genitive is part of the country's form).
POSSESSOR_GAP = re.compile(r"^(?:['’]s)?\s$")
# Sectors of organisations that belong to the country they work in.
DOMESTIC_SECTORS = frozenset({"BUS", "LAB", "MED", "EDU", "NGO", "GOV", "PTY"})


def _allowed(gender: str | None) -> tuple:
    """"she"/"sie" need a person known to be a woman; "he"/"er" accept unknown gender;
    a noun of no gender accepts anyone."""
    if gender is None:
        return ("f", "m", None)
    return (gender,) if gender == "f" else (gender, None)


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def _same_surname(name: str, person) -> bool:
    surname = _fold(name.split()[-1])
    candidates = [person.name, *person.aliases.de, *person.aliases.en]
    return any(
        SequenceMatcher(None, surname, _fold(c.split()[-1])).ratio() >= SURNAME_SIMILARITY
        for c in candidates if c.split()
    )


def _token_before(analysis, start: int):
    """The token ending right before `start` with one space between, if any."""
    span = analysis.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    token = analysis[span.start - 1]
    return token if token.idx + len(token.text) + 1 == start and token.whitespace_ else None


def _common_word_use(text: str, start: int, end: int) -> bool:
    """A surname that is also a month or weekday ("May") used as that word: after a
    lower-case word or a number ("in May", "on 3 May") or before a number ("May 3")."""
    before = re.findall(r"\w+", text[max(0, start - 20):start])
    after = text[end:end + 3]
    return bool(before) and (before[-1][:1].islower() or before[-1].isdigit()) or bool(
        re.match(r"\s\d", after))


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "sb", "sbp"})
# Dependencies of a conjunct on the word it is joined to (UD, spaCy English and German).
CONJUNCT_DEPS = frozenset({"conj", "cj", "cd"})
# Dependencies that open a clause of its own (UD and spaCy English labels).
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl:relcl", "csubj", "parataxis"})
# Dependencies of a complement whose subject is the governing clause's ("willing to
# meet", "versprach, … zu treffen").
CONTROLLED = frozenset({"xcomp", "acomp"})


def _coordinated(token) -> bool:
    """"die Rebellen und die Armee": a conjunct, whose plural is the coordination's."""
    return token.dep_ in COORDINATION or any(
        child.dep_ in COORDINATION for child in token.children)


def _clause_head(token):
    """The verb heading the token's own clause (a complement, adverbial or relative
    clause, a coordinated verb), or the sentence root."""
    while token.head is not token and token.head.i != token.i:
        if token.dep_ in CLAUSE_DEPS or (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")):
            return token
        token = token.head
    return token


def _clause_subject_span(token) -> tuple[int, int]:
    """Character span of the subject of the pronoun's own clause (binding: "Putin lobte
    ihn" - "ihn" is not Putin), or an empty span."""
    head = token.head
    for _ in range(4):
        for child in head.children:
            if child.dep_ in SUBJECT_DEPS and child.i != token.i:
                subtree = list(child.subtree)
                return subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)
        # A controlled infinitive has its subject in the clause above ("he would be
        # willing to meet him", "versprach, ihn zu treffen").
        if head.dep_ not in CONTROLLED or head.head is head:
            break
        head = head.head
    return (0, 0)


def _paragraph_spans(doc: Document) -> list[tuple[int, int]]:
    if doc.paragraphs:
        return [(p.start, p.end) for p in doc.paragraphs]
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", doc.text)]


def _dominant(counts: dict[str, int]) -> str | None:
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    best = max(counts, key=counts.__getitem__)
    total = sum(ranked)
    runner_up = ranked[1] if len(ranked) > 1 else 0
    clear = ranked[0] >= 2 and ranked[0] / total >= DOMINANT_SHARE
    return best if clear and ranked[0] >= DOMINANT_LEAD * runner_up else None


def _preposition(token) -> tuple:
    """The preposition governing a noun and the word its phrase attaches to: spaCy
    English hangs the noun under the preposition ("for" -> "farmers"), Universal
    Dependencies hangs the preposition under the noun as `case` ("für" <- "Landwirte")."""
    if token.head.pos_ == "ADP" and token.head is not token:
        return token.head, (token.head.head if token.head.head is not token.head else None)
    case = next((child for child in token.children
                 if child.dep_ == "case" and child.pos_ == "ADP"), None)
    return (case, token.head if token.head is not token else None) if case else (None, None)


def _sentence_starts(doc: Document) -> list[int]:
    if doc.analysis is not None:
        return [sent.start_char for sent in doc.analysis.sents]
    return [0] + [m.end() for m in re.finditer(r"[.!?]\s+", doc.text)]


def _drop_overlaps(drafts: list[Draft]) -> list[Draft]:
    """Keep the earlier (then longer) of two overlapping drafts."""
    out: list[Draft] = []
    for draft in drafts:
        if out and draft.start < out[-1].end:
            continue
        out.append(draft)
    return out
