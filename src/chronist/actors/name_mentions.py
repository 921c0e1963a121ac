"""Names as mentions: a person, an organisation, a country word or a place the
gazetteer knows, in that order; a country that is also a surname ("Montenegro") is the
country unless a first name or title comes before it; a news agency's credit ("(dpa)")
and a name spelt like a common noun after an indefinite article are no mention; a
region's government acts where its name is the subject of an acting verb."""

from __future__ import annotations

import re

from chronist.actors.country_forms import CountryForms
from chronist.actors.draft import Draft, parse_root
from chronist.actors.kb import KnowledgeBase, Target
from chronist.actors.locatives import Locatives
from chronist.actors.named_bodies import NamedBodies
from chronist.actors.passage import Passage, sport_pattern
from chronist.actors.qualifiers import compound_modifier
from chronist.actors.scan import Hit
from chronist.actors.schema import ContextWords


class NameMentions:
    def __init__(
        self,
        kb: KnowledgeBase,
        words: ContextWords,
        passage: Passage,
        locatives: Locatives,
        country_forms: CountryForms,
        bodies: NamedBodies,
    ) -> None:
        self.kb = kb
        self.lang = kb.lang
        self.passage = passage
        self.locatives = locatives
        self.country_forms = country_forms
        self.bodies = bodies
        self.indefinite = words.word_set("indefinite")
        self.stative = words.word_set("stative_verbs")
        self.honorifics = words.word_set("honorifics", rstrip=".")
        self.first_names = kb.first_names | words.word_set("first_names")
        self.sport = sport_pattern(words.sport_words, words.sport_score)

    def mention(self, text: str, hits: list[Hit], k: int) -> Draft | None:
        """The mention a name hit makes, unless it only modifies another word."""
        hit = hits[k]
        if compound_modifier(text, hit):
            return None  # "Russland-Wahl", "Putin-Ära", "Russia-backed": no actor
        if text[hit.start - 1 : hit.start] == "-" and text[hit.start - 2 : hit.start - 1].isalpha():
            return None  # the tail of a hyphenated name ("Al-Sudani")
        media = self.bodies.media_name(text, hit)
        if media is not None:
            return media
        body = self.bodies.national_body(text, hits, k) or self.bodies.closing_head(text, hits, k)
        if body is not None:
            return body
        capital = next((t for t in hit.targets if t.form == "capital"), None)
        if capital and self.locatives.after_locative(text, hit.start):
            # "nach Brüssel" is a place even though "Brüssel" can stand for the EU.
            draft = self.country_forms.draft(text, hit, capital)
            orgs = hit.of_kind("org")
            if draft is not None and draft.kind == "metonym" and orgs:
                # "Forderungen aus Brüssel": a capital speaking that also names an
                # organisation (the EU's "Brüssel") is the organisation
                return self._org_draft(text, hit, orgs[0]) or draft
            return draft
        if hit.of_kind("person") and self._country_over_surname(text, hits, k):
            return self.country_forms.draft(
                text, hit, next(t for t in hit.of_kind("country") if t.form == "name")
            )
        if hit.of_kind("person"):
            named = self.bodies.named_for(text, hit) or self.bodies.headed_name(text, hit)
            if named is not None:
                return named
            if " " not in text[hit.start : hit.end] and self.locatives.after_locative(
                text, hit.start
            ):
                return None  # "in Prien": a place the KB does not know, no person
        return self._by_kind(text, hit)

    def _by_kind(self, text: str, hit: Hit) -> Draft | None:
        """The first reading of the hit that makes a mention: a person, an organisation,
        a country word, a place."""
        readings = {
            "person": self._person_draft,
            "org": self._org_draft,
            "country": self.country_forms.draft,
            "place": self._place_draft,
        }
        for kind, make in readings.items():
            targets = hit.of_kind(kind)
            if kind == "org" and len(targets) > 1:
                # "die Grünen" in a Swiss story: the party of the domestic country
                targets = sorted(
                    targets, key=lambda t: self.kb.orgs[t.key].country != self.passage.home
                )
            for target in targets:
                draft = make(text, hit, target)
                if draft is not None:
                    return draft
        return None

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

    def _person_draft(self, text: str, hit: Hit, target: Target) -> Draft:
        return Draft(hit.start, hit.end, "name", entity=("person", target.key))

    def _org_draft(self, text: str, hit: Hit, target: Target) -> Draft | None:
        org = self.kb.orgs[target.key]
        if org.sector == "MED" and (_in_parentheses(text, hit) or self.passage.in_dateline(hit)):
            return None  # "(Reuters)", "(dpa)": a credit, not an actor
        if org.common_noun and text[hit.start : hit.end] == org.name and not _quoted(text, hit):
            before = re.findall(r"\w+", text[max(0, hit.start - 12) : hit.start])
            if not before or before[-1] not in org.common_noun:
                return None  # "ein Bild von Trump": the picture, not the newspaper
        if text[hit.start : hit.end] in org.acting_aliases.for_lang(self.lang) and (
            not self._acting_subject(text, hit)
            or self.passage.home not in (None, org.country)
        ):
            # "mit der Bahn fahren": the railway, not the company; "die Bahn" acting is
            # the railway of the outlet's country.
            return None
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

    def _place_draft(self, text: str, hit: Hit, target: Target) -> Draft | None:
        """A city or region is a place wherever it stands: unlike a capital it does not
        stand for a government ("Charkiw wurde beschossen")."""
        if target.form != "name":
            return None
        place = self.kb.places[target.key]
        if (
            place.governed
            and self._acting_subject(text, hit)
            and not self.passage.in_sport(hit, self.sport)
        ):
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
        if self.passage.analysis is None or self.locatives.after_locative(text, hit.start):
            return False
        root = parse_root(self.passage.analysis, hit.start, hit.end)
        if root is None:
            return False
        verb = root.head
        return (
            root.dep_ in ("nsubj", "sb")
            and verb.pos_ in ("VERB", "AUX")
            and verb.lemma_ not in self.stative
        )


def _in_parentheses(text: str, hit: Hit) -> bool:
    return text[hit.start - 1 : hit.start] == "(" and text[hit.end : hit.end + 1] in (")", "/", ",")


def _quoted(text: str, hit: Hit) -> bool:
    return text[hit.start - 1 : hit.start] in ("„", '"', "“", "«", "»") and text[
        hit.end : hit.end + 1
    ] in ("“", '"', "”", "«", "»", "-")
