"""Groups of people named by a noun: crowds ("Tausende Menschen gingen auf die
Straße"), age nouns ("der 62-Jährige"), the accused ("die Festgenommenen") and members
("die Mitgliedstaaten") of the group named before."""

from __future__ import annotations

import re
from bisect import bisect_right

from chronist.actors.draft import STATE_SECTORS, Draft
from chronist.actors.kb import KnowledgeBase
from chronist.actors.roles import after_definite, definite_before
from chronist.actors.schema import ContextWords
from chronist.actors.story import Story


class Groups:
    def __init__(self, kb: KnowledgeBase, words: ContextWords, story: Story) -> None:
        self.kb = kb
        self.words = words
        self.story = story
        self.articles = words.word_set("articles")
        self._crowd_pattern = (
            re.compile(
                r"(?<![\w-])(?:"
                + "|".join(words.crowd_quantities)
                + r")\s+(?:"
                + "|".join(map(re.escape, words.crowd_nouns))
                + r")(?![\w-])"
            )
            if words.crowd_quantities and words.crowd_nouns
            else None
        )
        self._bare_crowd_pattern = (
            re.compile(
                r"(?<![\w-])(?:"
                + "|".join(map(re.escape, sorted(words.crowd_bare, key=len, reverse=True)))
                + r")(?= \w)"
            )
            if words.crowd_bare
            else None
        )
        self.crowd_verbs = words.word_set("crowd_verbs")
        self.crowd_destinations = words.word_set("crowd_destinations")
        self.crowd_phrases = tuple(words.crowd_phrases)
        self._age_pattern = (
            re.compile(r"(?<![\w-])(?:" + "|".join(words.age_nouns) + r")(?![\w-])")
            if words.age_nouns
            else None
        )
        self._definite_before = definite_before(words)

    def crowds(self, text: str, analysis, drafts: list[Draft]) -> list[Draft]:
        """ "Tausende Menschen gingen auf die Straße", "thousands of people fled": a crowd
        that protests or flees is the civilians of the one country named in its
        sentence, else of the dateline's or the story's country."""
        if self._crowd_pattern is None or analysis is None:
            return []
        found: list[Draft] = []
        spans = [(m.span(), False) for m in self._crowd_pattern.finditer(text)]
        if self._bare_crowd_pattern is not None:
            spans += [(m.span(), True) for m in self._bare_crowd_pattern.finditer(text)]
        for (start, end), bare in sorted(spans, key=lambda s: (s[0][0], -s[0][1])):
            if any(d.overlaps(start, end) for d in drafts + found) or not self._crowd_acts(
                analysis, start, end, bare=bare
            ):
                continue
            sentence = self.story.sentence_start(start)
            stop = self.story.sentence_end(start)
            countries = {
                self.kb.actor_country(c)
                for d in drafts
                if sentence <= d.start < stop
                and not self._destination(text, d)
                and (c := self.story.draft_country(d))
                and c in self.kb.countries
            }
            country = (
                countries.pop()
                if len(countries) == 1
                else None
                if countries
                else self.story.dateline or self.story.dominant
            )
            if country is None:
                continue
            found.append(
                Draft(
                    start,
                    end,
                    "organ",
                    country=country,
                    sector="CVL",
                    organ="civilians",
                    entity=("organ", f"{country}:civilians"),
                    entity_type="GROUP",
                )
            )
        return found

    def _destination(self, text: str, draft: Draft) -> bool:
        """ "nach Burundi", "Richtung der Grenze zu Burundi", "fled to Chad": a place
        after a preposition of direction."""
        words = re.findall(r"\w+", text[max(0, draft.start - 30) : draft.start])
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
        if bare and (
            span.end >= len(span.doc)
            or span.doc[span.end].pos_ not in ("VERB", "AUX")
            or token.dep_ not in ("sb", "nsubj", "nsubjpass")
        ):
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

    def age_nouns(self, text: str, drafts: list[Draft]) -> list[Draft]:
        """ "der 62-Jährige", "the 62-year-old": an age noun is a person; linked below
        when it refers back to one."""
        if self._age_pattern is None:
            return []
        found = []
        for match in self._age_pattern.finditer(text):
            if any(d.overlaps(*match.span()) for d in drafts):
                continue
            extra: dict = {"age": True}
            before = re.findall(r"\w+", text[max(0, match.start() - 12) : match.start()])
            for gender, articles in self.words.gendered_articles.items():
                if (
                    before
                    and before[-1] in articles
                    and match.group().endswith(self.words.gendered_article_ending or "\0")
                ):
                    extra["gender"] = gender
            found.append(
                Draft(match.start(), match.end(), "description", entity_type="PERSON", extra=extra)
            )
        return found

    def accused(self, drafts: list[Draft]) -> None:
        """ "Die Festgenommenen", "den Beschuldigten" (organs.yaml accused) with no country
        of their own and a definite article (they were met before): members of the
        non-state group named last before them."""
        for draft in drafts:
            if (
                draft.kind != "organ"
                or not draft.organ
                or draft.country
                or draft.entity
                or not self.kb.organs[draft.organ].accused
            ):
                continue
            if not after_definite(self._definite_before, self.story.text, draft):
                continue  # "mehrere Mitangeklagte": new people, not those named before
            group = next(
                (
                    other
                    for other in reversed(drafts)
                    if other.end <= draft.start
                    and other.is_organisation()
                    and other.sector
                    and other.sector not in STATE_SECTORS
                ),
                None,
            )
            if group is not None:
                draft.country, draft.sector = self.story.draft_country(group), group.sector

    def crews(self, drafts: list[Draft]) -> list[Draft]:
        """ "Der Besatzung wird vorgeworfen …" after "ein russischer Fischtrawler": a crew
        noun (organs.yaml `aboard`) takes the country of the ship named last before it;
        with no ship named it is no actor."""
        kept = []
        for draft in drafts:
            if draft.kind == "organ" and draft.organ and self.kb.organs[draft.organ].aboard:
                ship = self._ship_before(drafts, draft)
                if ship is None:
                    continue
                draft.country = draft.country or self.story.draft_country(ship)
            kept.append(draft)
        return kept

    def _ship_before(self, drafts: list[Draft], draft: Draft) -> Draft | None:
        """The ship (organs.yaml `vessel`) named last before the draft in its sentence or
        the two before."""
        index = bisect_right(self.story.sentence_starts, draft.start) - 1
        first = self.story.sentence_starts[max(0, index - 2)] if index >= 0 else 0
        ships = [
            other
            for other in drafts
            if other.organ
            and self.kb.organs[other.organ].vessel
            and first <= other.start
            and other.end <= draft.start
            and self.story.draft_country(other)
        ]
        return ships[-1] if ships else None

    def members(self, drafts: list[Draft]) -> None:
        """ "die Freilassung inhaftierter Kämpfer" after the rebels, "die Mitgliedstaaten"
        after the Esa: a member noun (organs.yaml member_of) with no country or sector of
        its own belongs to the organisation of a member sector named last before it in its
        sentence or the two before; else the first named after it in its sentence ("die
        Mitgliedstaaten der Nato")."""
        for draft in drafts:
            if (
                draft.kind != "organ"
                or not draft.organ
                or draft.country
                or draft.sector
                or draft.entity
            ):
                continue
            sectors = self.kb.organs[draft.organ].member_of
            if not sectors:
                continue
            index = bisect_right(self.story.sentence_starts, draft.start) - 1
            first = self.story.sentence_starts[max(0, index - 2)] if index >= 0 else 0
            sentence_end = self.story.sentence_end(draft.start)
            groups = [
                other
                for other in drafts
                if other is not draft
                and other.sector in sectors
                and (other.is_organisation() or other.kind == "organ")
            ]
            group = next(
                (
                    other
                    for other in reversed(groups)
                    if first <= other.start and other.end <= draft.start
                ),
                None,
            )
            if group is None:
                group = next(
                    (other for other in groups if draft.end <= other.start < sentence_end), None
                )
            if group is not None:
                draft.country, draft.sector = self.story.draft_country(group), group.sector
