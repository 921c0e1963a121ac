"""Names the gazetteer does not hold whole, built around a word it knows: a national
body ("the Kenya National Commission on Human Rights", "the Electoral Commission of
Kenya"), a newspaper named after its city ("Tehran Times"), an organisation named after
a person ("Kerry Group") or after the person it backs ("Lawyers for Biden")."""

from __future__ import annotations

import re

from chronist.actors.draft import Draft
from chronist.actors.kb import KnowledgeBase
from chronist.actors.scan import Hit
from chronist.actors.schema import ContextWords
from chronist.actors.syntax import alternation

QUOTES = frozenset("\"„“”«»‘’'")


class NamedBodies:
    def __init__(self, kb: KnowledgeBase, words: ContextWords) -> None:
        self.kb = kb
        self.lang = kb.lang
        self.articles_folded = words.word_set("articles", fold=True)
        self.media_heads = words.word_set("media_heads")
        self.org_heads = kb.org_heads
        self.body_heads = dict(words.national_body_heads)
        connectors = alternation(words.name_connectors)
        self._name_run = re.compile(
            r"(?:[ \xa0]+(?:(?:" + connectors + r")[ \xa0]+)?[A-Z][\w'’-]*)*"
        )
        self._name_connectors = words.word_set("name_connectors")
        backing = "|".join(map(re.escape, words.backing_prepositions))
        self._for_name = (
            re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w-]+) (?:" + backing + ") ") if backing else None
        )

    def national_body(self, text: str, hits: list[Hit], k: int) -> Draft | None:
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

    def closing_head(self, text: str, hits: list[Hit], k: int) -> Draft | None:
        """ "the Truth and Reconciliation Commission", "Kenya's Sports and Recreation
        Commission": a one-word alias of a KB body that is also a national-body head
        ("Commission", the European Commission's) closing a longer capitalised name is
        the head of that name's body, which the KB lacks; a person's name before it
        keeps the KB's body ("the von der Leyen Commission")."""
        hit = hits[k]
        word = text[hit.start : hit.end]
        if " " in word or word not in self.body_heads or not hit.of_kind("org"):
            return None
        start = self._name_start(text, hit.start)
        if start == hit.start or any(
            h.of_kind("person") for h in hits[:k] if h.end > start
        ):
            return None
        return Draft(
            start,
            hit.end,
            "name",
            sector=self.body_heads[word],
            entity=("new_org", text[start : hit.end]),
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

    def headed_name(self, text: str, hit: Hit) -> Draft | None:
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

    def named_for(self, text: str, hit: Hit) -> Draft | None:
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

    def media_name(self, text: str, hit: Hit) -> Draft | None:
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
