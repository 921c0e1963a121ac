"""People and organisations the knowledge base does not know.

A run of proper-noun tokens is a person when the text says so: NER labels it PER, it
starts with a common given name, a role noun stands before it as a title ("Litauens
Verteidigungsministerin Anna Kowalczyk"), an honorific does ("Frau Berg"), or an
apposition follows it ("Jonas Berg, Direktor des Instituts für Ostseestudien in Riga").
The title or apposition also gives the person's country and sector. Unknown people are
never dropped: they become entities with a `chronist:` id. English NER ORG spans that
the knowledge base lacks become organisations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from chronist.actors.draft import Draft
from chronist.actors.kb import KnowledgeBase
from chronist.actors.scan import Hit
from chronist.actors.schema import ContextWords

CLAUSE_END = re.compile(r"[.;:!?\n()\[\]\"„“”]")
PERSON_LABELS = frozenset({"PER", "PERSON"})
ORG_LABELS = frozenset({"ORG"})
MAX_NAME_TOKENS = 4
# The sector of a name ending in a legal form of company (context.yaml legal_forms).
BUSINESS = "BUS"
MEDIA = "MED"


@dataclass(slots=True)
class NameRun:
    start: int
    end: int
    tokens: list  # spaCy tokens
    label: str | None  # NER label if any


class NameFinder:
    def __init__(self, kb: KnowledgeBase, words: ContextWords) -> None:
        self.kb = kb
        self.lang = kb.lang
        self.first_names = kb.first_names | words.word_set("first_names")
        self.particles = words.word_set("name_particles")
        self.honorifics = words.word_set("honorifics", rstrip=".")
        self.not_names = words.word_set("not_names")
        self.locative = words.word_set("locative")
        self.place_words = words.word_set("place_words")
        self.place_heads = words.word_set("place_heads")
        self.org_heads = kb.org_heads
        self.body_heads = dict(words.national_body_heads)
        self.legal_forms = words.word_set("legal_forms")
        self.name_heads = tuple(words.organisation_name_heads)
        self.media_heads = words.word_set("media_heads")
        # Country names and adjectives in both languages, for the first words of an
        # organisation's name in the other one ("Kenya National Union of Teachers").
        self.country_words = {
            word: country.id
            for country in kb.countries.values()
            if not country.controlled_by
            for forms_ in (country.de, country.en)
            for word in (*forms_.names, *forms_.adj)
            if word[:1].isupper()
        }
        # A comma and an article between a name and a title in apposition to it.
        articles = "|".join(map(re.escape, words.title_apposition_articles)) or "(?!)"
        self._apposition_gap = re.compile(rf"^\s*,\s*(?:(?:{articles})\s+)?$")
        self.time_zones = words.word_set("time_zones")
        self._designation = (
            re.compile("(?:" + "|".join(words.designations) + ")") if words.designations else None
        )
        heads = "|".join(map(re.escape, sorted(words.event_heads, key=len, reverse=True)))
        self._event_after = (
            re.compile(r"^(?:-|\s+)(?:" + heads + r")(?!\w)", re.IGNORECASE) if heads else None
        )
        cues = "|".join(map(re.escape, words.company_cues))
        self._company_cue = (
            re.compile(r"(?<!\w)(?:" + cues + r")\s$", re.IGNORECASE) if cues else None
        )
        articles = "|".join(map(re.escape, words.head_articles))
        # "die Gewerkschaft Verdi", "the dairy company Norvika": article, at most two
        # lower-case modifiers, the head noun.
        self._head_before = (
            re.compile(
                r"(?<!\w)(?:" + articles + r")\s+(?:[a-zäöüß][\w-]*\s+){0,2}?(\S+)\s$",
                re.IGNORECASE,
            )
            if articles
            else None
        )
        # "Arla, the Danish-Swedish cooperative,": a name with an organisation head noun
        # in apposition (article, at most three modifiers, the head).
        self._head_after = re.compile(
            r"^,\s+(?:" + articles + r")\s+((?:[\w-]+\s+){0,3}?)([\w-]+)(?=[,.;:)])"
        )

    # ----------------------------------------------------------- name runs

    def runs(self, analysis, covered: list[Draft]) -> Iterable[NameRun]:
        if analysis is None:
            return []
        taken = sorted((d.start, d.end) for d in covered)
        found: list[NameRun] = []
        current: list = []
        for token in analysis:
            if (
                self._name_token(token, taken)
                or (current and token.text in self.particles and self._next_is_name(token, taken))
                or (current and _initial(token) and self._next_is_name(token, taken))
                or (current and _inner_hyphen(token))
                or (current and token.text in self.legal_forms)
                or self._surname_after_given(current, token, taken)
            ):
                if current and (
                    token.sent.start != current[0].sent.start
                    or "\n" in analysis.text[current[-1].idx : token.idx]
                ):
                    found.append(self._run(current))
                    current = []
                current.append(token)
                continue
            if current:
                found.append(self._run(current))
                current = []
        if current:
            found.append(self._run(current))
        return [run for run in found if run is not None]

    def _surname_after_given(self, current: list, token, taken) -> bool:
        """ "Jonas Pfeilmaier": a capitalised word right after a common given name is the
        surname even where the tagger reads it as a noun."""
        if len(current) != 1 or current[0].text not in self.first_names:
            return False
        text = token.text
        return (
            token.i == current[0].i + 1
            and text[:1].isupper()
            and text[1:].islower()
            and len(text) > 2
            and "-" not in text
            and text not in self.not_names
            and token.pos_ in ("NOUN", "PROPN")
            and not _covered(token.idx, token.idx + len(text), taken)
        )

    def _run(self, tokens: list) -> NameRun | None:
        while tokens and (
            tokens[0].text in self.not_names or tokens[0].text.rstrip(".") in self.honorifics
        ):
            tokens = tokens[1:]
        while tokens and tokens[-1].text in self.particles:
            tokens = tokens[:-1]
        if not tokens or len(tokens) > MAX_NAME_TOKENS or tokens[-1].text in self.place_heads:
            return None
        labels = [t.ent_type_ for t in tokens if t.ent_type_]
        return NameRun(
            tokens[0].idx,
            tokens[-1].idx + len(tokens[-1].text),
            tokens,
            labels[0] if labels else None,
        )

    def _name_token(self, token, taken: list[tuple[int, int]]) -> bool:
        text = token.text
        particle, _, rest = text.partition("-")
        if particle in self.particles and rest[:1].isupper() and rest[1:].islower():
            # "al-Sinwar", "el-Sisi": a particle glued to a name part
            return not _covered(token.idx, token.idx + len(text), taken)
        if not text[:1].isupper() or not any(c.islower() for c in text) or len(text) < 2:
            return False
        if text.count("-") > 1:
            return False  # "All-NBA-Guard", "Brooklyn-Nets-Headcoach": compounds, no names
        if _covered(token.idx, token.idx + len(text), taken):
            return False
        proper = token.pos_ == "PROPN" or token.tag_ in ("NE", "NNP", "NNPS")
        # NER spans sometimes swallow a sentence-initial adverb ("Later Nowicka").
        tagged = token.ent_type_ in PERSON_LABELS and token.pos_ in ("NOUN", "X", "")
        return proper or tagged or text in self.first_names

    def _next_is_name(self, token, taken) -> bool:
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return nxt is not None and (
            self._name_token(nxt, taken)
            or (nxt.text in self.particles and token.i + 2 < len(token.doc))
            or _inner_hyphen(nxt)
        )

    # ------------------------------------------------------------- decision

    def find(
        self, text: str, analysis, drafts: list[Draft], hits: list[Hit]
    ) -> tuple[list[Draft], list[Draft]]:
        """New person/organisation drafts, and the drafts they replace (a country name
        inside an organisation's name: "Netherlands Organisation for …")."""
        new, replaced = self._entity_spans(text, analysis, drafts, hits)
        replaced += self._place_first_names(analysis, drafts)
        kept = [d for d in drafts if not any(d is r for r in replaced)]
        known = [
            k
            for k in self._known(hits, new)
            if not any(r.overlaps(k.start, k.end) for r in replaced)
            and not _in_double_surname(analysis, k)
        ]
        unknown = []
        for run in self.runs(analysis, kept + new + known):
            draft = self._decide(text, run, kept, hits)
            if draft is not None:
                new.append(draft)
            else:
                unknown.append(run)
        new += self._named_again(text, unknown, new)
        return new, replaced

    @staticmethod
    def _named_again(text: str, runs: list[NameRun], new: list[Draft]) -> list[Draft]:
        """ "… den Getriebehersteller Voss übernehmen. …, wie Voss mitteilte": a name
        the text has introduced as a new organisation is that organisation wherever
        it stands alone again."""
        orgs = {d.entity[1]: d for d in new if d.entity and d.entity[0] == "new_org"}
        again = []
        for run in runs:
            org = orgs.get(text[run.start : run.end])
            if org is not None:
                again.append(
                    Draft(
                        run.start,
                        run.end,
                        "name",
                        entity=org.entity,
                        country=org.country,
                        sector=org.sector,
                        entity_type="ORG",
                    )
                )
        return again

    @staticmethod
    def _place_first_names(analysis, drafts: list[Draft]) -> list[Draft]:
        """ "Sofia Östmark", "Paris Hilton": a place or country name that opens a longer
        NER person span is that person's given name, not the place; "Kevin
        Holland-Moritz": one joined by a hyphen to a capitalised word inside it is part
        of a double surname."""
        if analysis is None:
            return []
        text = analysis.text
        spans = [
            (e.start_char, e.end_char)
            for e in analysis.ents
            if e.label_ in PERSON_LABELS and " " in e.text
        ]
        return [
            d
            for d in drafts
            if d.kind in ("metonym", "place", "name")
            and d.entity
            and d.entity[0] in ("country", "capital", "place")
            and any(
                s == d.start
                and e > d.end
                or (s <= d.start and d.end < e and _hyphen_joined(text, d.start, d.end))
                for s, e in spans
            )
        ]

    @staticmethod
    def _known(hits: list[Hit], new: list[Draft]) -> list[Draft]:
        """Knowledge-base words the composer dropped ("NATO-critical") are no new names."""
        return [
            Draft(h.start, h.end, "name")
            for h in hits
            if h.of_kind("person", "org", "country", "place")
            and not any(d.overlaps(h.start, h.end) for d in new)
        ]

    def _entity_spans(self, text: str, analysis, drafts: list[Draft], hits: list[Hit]):
        """Whole NER spans (English): names with lower-case words inside them."""
        new: list[Draft] = []
        replaced: list[Draft] = []
        if analysis is None:
            return new, replaced
        drafts = drafts + [
            d for d in self._known(hits, []) if not any(x.overlaps(d.start, d.end) for x in drafts)
        ]
        for ent in analysis.ents:
            headed = self._headed_name(ent)
            if (ent.label_ not in ORG_LABELS | PERSON_LABELS and not headed) or "\n" in ent.text:
                continue
            ent = ent if headed else _trim(ent)  # the tagger may read "Congress" as a noun
            if ent is None:
                continue
            inside = [d for d in drafts if d.overlaps(ent.start_char, ent.end_char)]
            if headed and not any(
                not _inside_strictly(ent, d) and d.entity and d.entity[0] != "new_person"
                or (d.entity and d.entity[0] == "person")
                or (d.kind in ("role", "organ") and d.end == ent.end_char)
                for d in inside
            ):
                # "Der Nigeria Labour Congress" (NER: a person), "der Zimbabwe Congress of
                # Trade Unions": one organisation, of the country its name opens with
                new.append(self._headed_organisation(ent))
                replaced += inside
                continue
            if not inside and ent.label_ in PERSON_LABELS:
                continue  # people are found as runs, with their titles and appositions
            if inside and not (
                self._org_contains_place(ent, inside)
                or self._headed_org(ent, inside)
                or _organ_in_longer_name(ent, inside)
                or _org_in_longer_name(ent, inside)
                or _country_led_name(ent, inside)
                or _organs_in_one_name(ent, inside)
            ):
                continue
            if not inside and not self._plausible_org(ent):
                continue
            if not inside and self._personal_name(ent.text):
                continue  # "Petar Petković" tagged ORG: a given name opens it
            if not inside and self._titled(text, ent.start_char, drafts):
                continue  # "Police spokeswoman Resila Onyango": a person after a title
            if self._event_name(text, ent.end_char) or ent.text in self.time_zones:
                continue
            if self._portfolio(text, ent, drafts):
                continue
            if not any(word[:1].isupper() for word in ent.text.split()):
                continue  # "the state news agency": a description, no name
            name = ent.text.removeprefix("the ").removeprefix("The ")
            start = ent.end_char - len(name)
            country = next((d.country for d in inside if d.country), None)
            if _org_in_longer_name(ent, inside):
                country = None  # the Belizean party is not the American one inside it
            sector = self.org_sector(name) or (
                BUSINESS if self._cued_company(text, start) else None
            )
            head = self._org_head_before(text, start)
            if head is not None:
                # "der chinesische Industriekonzern Ningbo Tianrui": the noun before the
                # name says what it is and its country adjective whose it is
                country = country or self._head_country(text, start, hits)
                sector = sector or self.org_heads[head]
            new.append(
                Draft(
                    start,
                    ent.end_char,
                    "name",
                    entity=("new_org", name),
                    country=country,
                    sector=sector,
                    entity_type="ORG",
                )
            )
            replaced += inside
        return new, replaced

    def _person_title(self, text: str, start: int, drafts: list[Draft]) -> Draft | None:
        """ "der iranische Schriftsteller Mahmud Dowlatabadi": an organ noun of private
        people (organs.yaml person_title) with its country, right before a name, is the
        named person's title."""
        for draft in drafts:
            if (
                draft.kind == "organ"
                and draft.organ is not None
                and self.kb.organs[draft.organ].person_title
                and draft.end <= start
                and text[draft.end : start] == " "
            ):
                return draft
        return None

    def _headed_name(self, ent) -> bool:
        """German text: two or more capitalised words (short lower-case function words
        between them) headed by an organisation word (context.yaml organisation_name_heads):
        the last word, or the one before the first lower-case word ("Congress of …"); a
        German head may end a compound ("Gewerkschaftsbund")."""
        if not self.name_heads or "\n" in ent.text:
            return False
        words = ent.text.split()
        if len(words) < 2 or not _capitalised_name(ent.text) or not words[0][:1].isupper():
            return False
        inner = next((i for i, w in enumerate(words) if w.islower()), len(words))
        if inner == 0:
            return False
        head = words[inner - 1]
        if head in self.media_heads and inner == len(words):
            return True  # "Neue Osnabrücker Zeitung", "Kieler Nachrichten": a newspaper
        # a compound head only where NER took the name for a person's
        return any(
            head == noun
            or (
                ent.label_ in PERSON_LABELS
                and len(head) >= len(noun) + 4
                and head.endswith(noun.lower())
            )
            for noun in self.name_heads
        )

    def _headed_organisation(self, ent) -> Draft:
        name = ent.text
        words = name.split()
        country = next(
            (
                self.country_words[" ".join(words[:n])]
                for n in (3, 2, 1)
                if len(words) > n and " ".join(words[:n]) in self.country_words
            ),
            None,
        )
        return Draft(
            ent.start_char,
            ent.end_char,
            "name",
            entity=("new_org", name),
            country=country,
            sector=self.org_sector(name) or (MEDIA if words[-1] in self.media_heads else None),
            entity_type="ORG",
        )

    @staticmethod
    def _portfolio(text: str, ent, drafts: list[Draft]) -> bool:
        """ "Canada's Energy and Natural Resources Minister Tim Hodgson", "Japan's Economy,
        Trade and Industry Minister": capitalised words right before a role noun that
        titles a name are the portfolio of the office, no organisation. The role noun's
        title takes them in, and the country before them ("Canada's") names the
        office's country and stays a mention of its own. True when taken in."""
        role = next(
            (d for d in drafts if d.kind == "role" and d.start == ent.end_char + 1), None
        )
        if (
            role is None
            or text[ent.end_char : role.start] != " "
            or re.match(r" [A-Z][a-z]", text[role.end : role.end + 3]) is None
        ):
            return False
        start = ent.end_char - len(ent.text.removeprefix("the ").removeprefix("The "))
        owner = next(
            (
                d
                for d in drafts
                if (d.start == start or d.end + 3 == start)
                and d.entity
                and d.entity[0] == "country"
                and re.match(r"['’]s ", text[d.end : d.end + 3])
            ),
            None,
        )
        if owner is not None:
            start = max(start, owner.end + 3)
            role.country = role.country or owner.country
        role.start = start
        return True

    def _titled(self, text: str, start: int, drafts: list[Draft]) -> bool:
        """A role noun (or a role-like organ noun) right before the name."""
        if _draft_before(text, start, drafts, kinds=("role",)) is not None:
            return True
        organ = _draft_before(text, start, drafts, kinds=("organ",))
        return organ is not None and role_organ(self.kb, text, organ)

    @staticmethod
    def _org_contains_place(ent, inside: list[Draft]) -> bool:
        return ent.label_ in ORG_LABELS and all(
            d.entity
            and d.entity[0] in ("country", "capital", "place")
            and d.end - d.start < len(ent.text)
            and d.start >= ent.start_char
            and d.end <= ent.end_char
            for d in inside
        )

    def _headed_org(self, ent, inside: list[Draft]) -> bool:
        """ "der Verband Deutscher Verkehrsunternehmen": an NER organisation that opens
        with an organisation head noun ("Verband", "Stiftung") is one name, even with
        adjectives and group nouns inside it."""
        words = ent.text.split()
        return (
            ent.label_ in ORG_LABELS
            and len(words) >= 2
            and words[0] in self.org_heads
            and all(
                d.kind in ("organ", "adjective")
                and d.start >= ent.start_char
                and d.end <= ent.end_char
                for d in inside
            )
        )

    def _personal_name(self, name: str) -> bool:
        """Two or three capitalised words opening with a known given name, none of them an
        organisation head or legal form, are a person's name whatever NER says."""
        words = name.split()
        return (
            2 <= len(words) <= 3
            and words[0] in self.first_names
            and all(w[:1].isupper() for w in words)
            and not any(w in self.legal_forms or self._head_key(w) for w in words)
        )

    def _plausible_org(self, ent) -> bool:
        return _plausible_org_name(ent.text) and not self._designated(ent.text)

    def _designated(self, name: str) -> bool:
        """ "VH-92A", "Su-25": a type designation names a machine, no organisation."""
        return self._designation is not None and bool(self._designation.fullmatch(name))

    def _event_name(self, text: str, end: int) -> bool:
        """ "the Freedom Shield exercise": a name right before an event noun names the
        event, no actor."""
        return self._event_after is not None and bool(self._event_after.match(text[end : end + 30]))

    def _decide(self, text: str, run: NameRun, drafts: list[Draft], hits: list[Hit]):
        name = text[run.start : run.end]
        if self._event_name(text, run.end) or name in self.time_zones:
            return None
        title = _draft_before(text, run.start, drafts, kinds=("role",))
        if title is None:
            organ = _draft_before(text, run.start, drafts, kinds=("organ",))
            title = organ if organ is not None and role_organ(self.kb, text, organ) else None
        if title is None:
            title = self._person_title(text, run.start, drafts)
        honorific = self._honorific_before(text, run.start)
        apposition = self._role_after(text, run.end, drafts)
        first = run.tokens[0].text in self.first_names and len(run.tokens) >= 2
        head = self._org_head_before(text, run.start)
        if (
            self.lang == "de"
            and len(run.tokens) == 1
            and name.endswith("s")
            and title is None
            and head is None
        ):
            return None  # a bare genitive ("Merkels") of a person met elsewhere
        organisation = self._described_organisation(
            text, run, name, title, (first, honorific, head), hits
        )
        if organisation is not None:
            return organisation
        if (
            len(run.tokens) >= 2
            and run.tokens[-1].text in self.body_heads
            and not (first or honorific or title is not None or apposition is not None)
        ):
            # "Mercia Water said", "Harbour Energy" tagged as a person: a name whose last
            # word heads a body's or company's name (national_body_heads) is that body
            return _new_organisation(run, name, self.org_sector(name))
        tagged = run.label in PERSON_LABELS and len(run.tokens) >= 2
        is_person = (
            tagged
            or first
            or title is not None
            or honorific
            or apposition is not None
            or self._proper_pair(text, run)
        )
        if is_person:
            return self._person(text, run, name, title, apposition, drafts, hits)
        if run.label in ORG_LABELS and _plausible_org_name(name) and not self._designated(name):
            return _new_organisation(run, name, self.org_sector(name))
        return None

    def _described_organisation(
        self,
        text: str,
        run: NameRun,
        name: str,
        title: Draft | None,
        cues: tuple[bool, bool, str | None],
        hits: list[Hit],
    ) -> Draft | None:
        """A name the words around it say is an organisation's: a head noun before it, a
        legal form, a company cue, or an apposition after it. `cues`: does the name open
        with a given name, follow an honorific, follow an organisation head noun (which)."""
        first, honorific, head = cues
        # A single word is a person only when the text says so (title, "Frau", an
        # apposition); NER alone too often tags brands and villages ("Merkava").
        if (
            head is not None
            and title is None
            and (run.label not in PERSON_LABELS or len(run.tokens) == 1 or not first)
        ):
            # (a name NER took for a person's, of one word or with no given name: "der
            # Autozulieferer Schaeffler", "der Industriekonzern Ningbo Tianrui")
            # "die Gewerkschaft Verdi", "der Thinktank Bruegel": the noun says what it is.
            return _new_organisation(
                run, name, self.org_heads[head], self._head_country(text, run.start, hits)
            )
        if len(run.tokens) >= 2 and run.tokens[-1].text in self.legal_forms and title is None:
            # "Voltaris AG", "Brightwater Holdings plc": the legal form says a company.
            return _new_organisation(run, name, self.org_sector(name))
        if title is None and not first and self._cued_company(text, run.start):
            # "Shares in Norvex fell": what has shares is a company.
            return _new_organisation(run, name, BUSINESS)
        described = self._org_head_after(text, run.end)
        if described is not None and title is None and not first and not honorific:
            # "Arla, the Danish-Swedish cooperative, …": the apposition says what it is,
            # also where NER took the name for a person's.
            return _new_organisation(
                run, name, self.org_heads[described], self._apposition_country(text, run.end, hits)
            )
        return None

    def _org_head_before(self, text: str, start: int) -> str | None:
        """The organisation head noun right before a name, after an article."""
        if self._head_before is None:
            return None
        window = text[max(0, start - 60) : start]
        match = self._head_before.search(window)
        if match is None:
            return None
        # "the campaign group River Action": a two-word head ("campaign group") before
        # its last word alone ("group", a company's)
        pair = re.search(r"(\w+)\s+$", window[: match.start(1)])
        if pair is not None:
            key = f"{pair.group(1)} {match.group(1)}"
            key = key.casefold() if self.lang == "en" else key
            if key in self.org_heads:
                return key
        return self._head_key(match.group(1))

    def _head_country(self, text: str, start: int, hits: list[Hit]) -> str | None:
        """The one country adjective between the article and the head noun before a
        name ("the Danish insurer Tryg", "der dänische Versicherer …")."""
        match = self._head_before.search(text[max(0, start - 60) : start])
        if match is None:
            return None
        begin = max(0, start - 60) + match.start()
        countries = {
            t.key
            for h in hits
            if begin <= h.start < start
            for t in h.targets
            if t.kind == "country" and t.form in ("adj", "demonym")
        }
        if not countries:
            # "der oberschwäbische Hersteller": a regional adjective, its country
            countries = {
                t.country
                for h in hits
                if begin <= h.start < start
                for t in h.targets
                if t.kind == "place" and t.form == "adj" and t.country
            }
        return countries.pop() if len(countries) == 1 else None

    def _head_key(self, word: str) -> str | None:
        """The organisation head noun a word is or, in German, ends in ("Autozulieferer"
        -> "Zulieferer", "Rüstungskonzern" -> "Konzern")."""
        key = word.casefold() if self.lang == "en" else word
        if key in self.org_heads:
            return key
        if self.lang != "de":
            return None
        for cut in range(3, len(word) - 4):
            part = word[cut].upper() + word[cut + 1 :]
            if word[cut].islower() and part in self.org_heads:
                return part
        return None

    def _apposition_country(self, text: str, end: int, hits: list[Hit]) -> str | None:
        """The one country adjective in the apposition ("the Danish shipping company")."""
        match = self._head_after.match(text[end : end + 80])
        stop = end + match.end() if match else end
        countries = {
            t.key
            for h in hits
            if end < h.start < stop
            for t in h.targets
            if t.kind == "country" and t.form in ("adj", "demonym")
        }
        return countries.pop() if len(countries) == 1 else None

    def _cued_company(self, text: str, start: int) -> bool:
        return self._company_cue is not None and bool(
            self._company_cue.search(text[max(0, start - 30) : start])
        )

    def _org_head_after(self, text: str, end: int) -> str | None:
        """The organisation head noun of an apposition right after a name."""
        match = self._head_after.match(text[end : end + 80])
        if match is None:
            return None
        return self._head_key(match.group(2))

    def _proper_pair(self, text: str, run: NameRun) -> bool:
        """German: two or three words the tagger marks as proper nouns (NE) are a
        person's name ("Nika Schakarami"); German places are mostly one word, and a
        name right after a locative preposition ("in Bad Homburg") is left alone."""
        if self.lang != "de" or not 2 <= len(run.tokens) <= 3:
            return False
        if not all(t.tag_ == "NE" for t in run.tokens) or run.tokens[0].text in self.place_words:
            return False
        before = re.findall(r"\w+", text[max(0, run.start - 12) : run.start])
        return not (before and before[-1] in self.locative)

    def _person(self, text, run, name, title, apposition, drafts, hits) -> Draft:
        draft = Draft(
            run.start,
            run.end,
            "name",
            entity=("new_person", name),
            entity_type="PERSON",
            head=(run.start, run.end),
        )
        if title is not None:
            draft.start, draft.country, draft.sector = title.start, title.country, title.sector
            draft.role = title.role
            draft.extra["title"] = title
            if "gender" in title.extra:
                draft.extra["gender"] = title.extra["gender"]
        if apposition is not None:
            country, sector = self._describe(text, apposition, drafts, hits)
            draft.country = draft.country or country or apposition.country
            draft.sector = draft.sector or sector or apposition.sector
            draft.role = draft.role or apposition.role
            draft.extra["apposition"] = apposition
        return draft

    def _describe(self, text: str, apposition: Draft, drafts: list[Draft], hits: list[Hit]):
        """Country and sector from the apposition clause ("…, Direktor des Instituts für
        Ostseestudien in Riga"): the organisation's head noun gives the sector, a
        country, capital or adjective in the clause the country."""
        match = CLAUSE_END.search(text, apposition.end)
        end = match.start() if match else len(text)
        country = sector = None
        for hit in hits:
            if apposition.end <= hit.start < end:
                surface = text[hit.start : hit.end]
                key = surface.casefold() if self.lang == "en" else surface
                sector = sector or self.org_heads.get(key) or self._head_sector(hit)
        for draft in drafts:
            if apposition.end <= draft.start < end and draft.country and country is None:
                country = draft.country
        return country, sector

    def _head_sector(self, hit: Hit) -> str | None:
        for target in hit.of_kind("organ"):
            organ = self.kb.organs[target.key]
            if organ.kind == "head":
                return organ.sector
        return None

    def org_sector(self, name: str) -> str | None:
        """The sector an organisation's name announces: a head noun ("Institut", "Bank")
        or a state-organ noun, also as the last part of a German compound
        ("Verwaltungsgerichtshof" -> JUD)."""
        words = name.split()
        if len(words) >= 2 and words[-1] in self.legal_forms:
            return BUSINESS
        # "Ghana Football Association": an English head of two words (organs.yaml
        # sports_body) before the last word alone ("association" is a trade body's)
        pair = " ".join(words[-2:]).casefold()
        if self.lang == "en" and len(words) >= 2 and pair in self.org_heads:
            return self.org_heads[pair]
        for word in reversed(words):
            key = word.casefold() if self.lang == "en" else word
            if key in self.org_heads:
                return self.org_heads[key]
            sector = self._organ_sector(word)
            if sector:
                return sector
        # "Federal Office for Information Security", "California Wildlife Conservation
        # Board": the capitalised head of a public body's name ("National Police Agency"
        # is the police's by its organ noun above); the head stands before any "of"/"for"
        # ("Federal Office for Water Safety" is an office, "Mercia Water" a utility)
        inner = next((i for i, w in enumerate(words) if w.islower()), len(words))
        return next(
            (self.body_heads[w] for w in reversed(words[:inner]) if w in self.body_heads), None
        )

    def _organ_sector(self, word: str) -> str | None:
        candidates = [word]
        if self.lang == "de":
            candidates += [word[cut:].capitalize() for cut in range(2, len(word) - 4)]
        for candidate in candidates:
            for target in self.kb.gazetteer.lookup(candidate):
                if target.kind == "organ" and target.form == "noun":
                    sector = self.kb.organs[target.key].sector
                    if sector:
                        return sector
        return None

    def _role_after(self, text: str, end: int, drafts: list[Draft]) -> Draft | None:
        """A role noun in apposition after the name ending at `end` ("…, der Leiter")."""
        for draft in drafts:
            if (
                draft.kind == "role"
                and draft.start >= end
                and self._apposition_gap.match(text[end : draft.start])
            ):
                return draft
        return None

    def _honorific_before(self, text: str, start: int) -> bool:
        words = re.findall(r"\w+", text[max(0, start - 8) : start])
        return bool(words) and words[-1] in self.honorifics and text[:start].endswith((" ", ". "))


def _plausible_org_name(name: str) -> bool:
    """One capitalised word tagged ORG is as often a brand, a weapon ("Merkava") or a
    surname; keep acronyms ("TNO") and longer names."""
    return len(name.split()) >= 2 or (name.isupper() and len(name) >= 2)


NAME_POS = frozenset({"PROPN", "NOUN", "NUM", "X"})


def _trim(ent):
    """Drop words NER swallowed at the edges ("Later Nowicka" -> "Nowicka")."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].pos_ not in NAME_POS:
        start += 1
    while end > start and ent.doc[end - 1].pos_ not in NAME_POS:
        end -= 1
    if start == end:
        return None
    span = ent.doc[start:end]
    span.label_ = ent.label_
    return span


def _inner_hyphen(token) -> bool:
    """ "Al-Sudani": a hyphen glued to name parts on both sides."""
    doc = token.doc
    return (
        token.text in ("-", "‑")
        and not token.whitespace_
        and token.i > 0
        and not doc[token.i - 1].whitespace_
        and token.i + 1 < len(doc)
        and doc[token.i + 1].text[:1].isupper()
    )


def _covered(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in taken)


def role_organ(kb: KnowledgeBase, text: str, draft: Draft) -> bool:
    """ "der Unionsabgeordnete Florian Hahn": an organ noun that is also a role noun
    ("Abgeordnete", also as a compound head) is a title before a name."""
    return draft.kind == "organ" and kb.compound_has(text[draft.start : draft.end], "role")


def _draft_before(text: str, start: int, drafts: list[Draft], kinds) -> Draft | None:
    for draft in drafts:
        if draft.kind in kinds and draft.end <= start and text[draft.end : start].strip() == "":
            if "\n" not in text[draft.end : start] and draft.entity is None:
                return draft
    return None


def _hyphen_joined(text: str, start: int, end: int) -> bool:
    """The word at start:end is joined by a hyphen to a capitalised word on either side
    ("Holland-Moritz", "Müller-Holland")."""
    return bool(re.match(r"[-‑][A-ZÄÖÜ]", text[end : end + 2])) or bool(
        re.search(r"[A-Za-zäöüß][-‑]$", text[max(0, start - 2) : start])
    )


def _in_double_surname(analysis, draft: Draft) -> bool:
    """A knowledge-base word inside a person's NER span and joined by a hyphen to a
    capitalised word ("Kevin Holland-Moritz") is part of the name, not a name of its
    own."""
    if analysis is None:
        return False
    return _hyphen_joined(analysis.text, draft.start, draft.end) and any(
        e.label_ in PERSON_LABELS
        and e.start_char <= draft.start
        and draft.end <= e.end_char
        and " " in e.text
        for e in analysis.ents
    )


def _organ_in_longer_name(ent, inside: list[Draft]) -> bool:
    """ "Royal Bank of Canada": a capitalised organ name ("Bank of Canada") ending an NER
    organisation that opens with other capitalised words is part of that name."""
    found = _draft_ending_name(ent, inside)
    if found is None:
        return False
    draft, lead = found
    return (
        draft.kind == "organ"
        and ent.doc.text[draft.start].isupper()
        and all(w[:1].isupper() for w in lead)
    )


def _org_in_longer_name(ent, inside: list[Draft]) -> bool:
    """ "the United Democratic Party" (Belize), "the Peoples Democratic Party" (Nigeria):
    a known organisation's name ("Democratic Party") ending an NER organisation that
    opens with other capitalised words is part of another organisation's name."""
    found = _draft_ending_name(ent, inside)
    if found is None:
        return False
    draft, lead = found
    return (
        draft.kind == "name"
        and draft.entity is not None
        and draft.entity[0] == "org"
        and all(w[:1].isupper() and w[-1:].isalpha() for w in lead)
    )


def _draft_ending_name(ent, inside: list[Draft]) -> tuple[Draft, list[str]] | None:
    """The one draft that ends an NER organisation with words before it, and those words
    (a leading "the" dropped)."""
    if ent.label_ not in ORG_LABELS or len(inside) != 1 or inside[0].end != ent.end_char:
        return None
    draft = inside[0]
    text = ent.doc.text
    lead = text[ent.start_char : draft.start].removeprefix("the ").removeprefix("The ").split()
    return (draft, lead) if lead else None


def _inside_strictly(ent, draft: Draft) -> bool:
    return (
        draft.start >= ent.start_char
        and draft.end <= ent.end_char
        and draft.end - draft.start < ent.end_char - ent.start_char
    )


def _capitalised_name(text: str) -> bool:
    """Every word capitalised but short function words ("of", "and", "for")."""
    words = text.removeprefix("the ").removeprefix("The ").split()
    return all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in words)


def _country_led_name(ent, inside: list[Draft]) -> bool:
    """ "Nigeria Labour Congress", "Kenya National Union of Teachers": a country name
    opening an NER organisation of three or more capitalised words, with what follows it
    no state organ of its own, names one organisation, the longer name (the country's
    name and a party alias inside it are parts of the name)."""
    if ent.label_ not in ORG_LABELS or not inside:
        return False
    text = ent.doc.text
    name = text[ent.start_char : ent.end_char]
    lead = len(name) - len(name.removeprefix("the ").removeprefix("The "))
    first = min(inside, key=lambda d: d.start)
    rest = [d for d in inside if d is not first]
    return (
        len(name.split()) >= 3
        and _capitalised_name(name)
        and first.entity is not None
        and first.entity[0] == "country"
        and first.start == ent.start_char + lead
        and all(_inside_strictly(ent, d) for d in inside)
        and not any(d.entity and d.entity[0] in ("organ", "country", "person") for d in rest)
    )


def _organs_in_one_name(ent, inside: list[Draft]) -> bool:
    """ "Congress of South African Trade Unions": two organ nouns (and country adjectives)
    inside one capitalised NER organisation name, none the whole of it, are that one
    organisation's name."""
    if ent.label_ not in ORG_LABELS:
        return False
    text = ent.doc.text
    organs = [d for d in inside if d.kind == "organ"]
    return (
        len(organs) >= 2
        and all(_inside_strictly(ent, d) for d in inside)
        and not any(d.entity and d.entity[0] in ("person", "org", "new_person") for d in inside)
        and _capitalised_name(text[ent.start_char : ent.end_char])
    )


def _initial(token) -> bool:
    """A middle initial ("Thomas L. Kemmerich", "Michael J. Fox")."""
    return bool(re.fullmatch(r"[A-ZÄÖÜ]\.", token.text))


def _new_organisation(
    run: NameRun, name: str, sector: str | None, country: str | None = None
) -> Draft:
    """A draft for an organisation the knowledge base lacks, named by the whole `run`."""
    return Draft(
        run.start,
        run.end,
        "name",
        entity=("new_org", name),
        sector=sector,
        entity_type="ORG",
        country=country,
    )
