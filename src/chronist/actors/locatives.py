"""Whether a name stands as a place: after a locative preposition ("in Minsk", "nach
Brüssel"), over place modifiers and region nouns ("im Nachbarland Polen", "the region
of Transnistria"), after an area noun ("an der Grenze zu Deutschland"), or as a later
item of a list of places ("in Afghanistan, Mali oder im Roten Meer", "in France and the
Netherlands")."""

from __future__ import annotations

import re

from chronist.actors.kb import KnowledgeBase
from chronist.actors.passage import Passage
from chronist.actors.schema import ContextWords
from chronist.actors.syntax import alternation

MAX_LIST_ITEMS = 6
LIST_ITEM_BEFORE = re.compile(r"(?<!\w)([A-ZÄÖÜ][\w-]+), $")
# A name and the list items after it: "Vietnam and Honduras", "Poland, Chad or the Congo".
ENGLISH_LIST_REST = re.compile(
    r"[A-Z][\w.-]*(?: [A-Z][\w.-]*)*(?:(?:,| and| or) (?:the )?[A-Z][\w.-]*(?: [A-Z][\w.-]*)*)*"
)
# German ranges of land: "von Dänemark bis Polen", "von Portugal bis zur Ukraine"
RANGE_FROM = re.compile(r"(?<![\w-])[vV]on (?:(?:der|dem|den) )?$")
RANGE_TO = re.compile(r"(?<![\w-])bis (?:(?:zum|zur|an|nach|in|ins) )?(?:(?:der|die|das|den) )?$")
RANGE_FROM_BEFORE = re.compile(
    r"(?<![\w-])[vV]on (?:(?:der|dem|den) )?[A-ZÄÖÜ][\w-]*(?: [A-ZÄÖÜ][\w-]*)? bis\b[^,.;]*$"
)
ENGLISH_COMMA_ITEM = re.compile(r"(?<![\w.-])([A-Z][\w.-]+(?: [A-Z][\w.-]+){0,3}), (?:the )?$")


class Locatives:
    def __init__(self, kb: KnowledgeBase, words: ContextWords, passage: Passage) -> None:
        self.kb = kb
        self.lang = kb.lang
        self.passage = passage
        self.locative = words.word_set("locative")
        self.articles = words.word_set("articles")
        self.place_modifiers = words.word_set("place_modifiers")
        self.region_nouns = words.word_set("region_nouns")
        self.links = words.word_set("genitive_links", split=True)
        self.connectors = words.word_set("list_connectors")
        area = "|".join(map(re.escape, words.area_nouns))
        link = "|".join(map(re.escape, words.area_links))
        articles = "|".join(map(re.escape, [*words.articles, *words.definite]))
        self._area = (
            re.compile(rf"(?<![\w-])(?:{area}) (?:{link}) (?:(?:{articles}) )?$")
            if area and link
            else None
        )
        # The item before a listed place: German a comma list ("in Afghanistan, Mali
        # oder im Roten Meer"); English only a name joined by a list conjunction ("in
        # France and the Netherlands"), since English sets a fronted place off with a
        # comma ("In Kyiv, Ukraine's president said").
        joins = alternation(words.list_connectors)
        self._list_before = (
            LIST_ITEM_BEFORE
            if self.lang == "de"
            else re.compile(
                rf"(?<!\w)([A-Z][\w.-]+(?: [A-Z][\w.-]+){{0,3}}) (?:{joins}) (?:(?:{articles}) )?$"
            )
        )

    def after_locative(self, text: str, start: int) -> bool:
        """The name at `start` stands as a place (see the module docstring)."""
        if not text[:start].endswith(" "):
            return False
        end = re.match(r"[\w.-]+", text[start:])
        if end and re.match(r"['’]s\b", text[start + end.end() : start + end.end() + 3]):
            return False  # "in response to Israel's decision": a possessor, no place
        if self._area is not None and self._area.search(text, max(0, start - 40), start):
            return True  # "an der Grenze zu Deutschland", "the border with Russia"
        if self._range_end(text, start):
            return True  # "Seegraswiesen von Dänemark bis Polen"
        listed = self._list_item(text, start)
        for _ in range(MAX_LIST_ITEMS):
            if self._locative_before(text, start):
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
                item = self._comma_item_before(text, start)
            if item is None:
                return False
            start = item.start(1)
        return False

    def _range_end(self, text: str, start: int) -> bool:
        """German "von Dänemark bis Polen", "von Portugal bis zur Ukraine": the two ends
        of a stretch of land are places ("von" alone is no locative: "Kritik von
        Frankreich"). English "from … to" has its locative "from"."""
        if self.lang != "de":
            return False
        if RANGE_TO.search(text, max(0, start - 20), start):
            return RANGE_FROM_BEFORE.search(text, max(0, start - 60), start) is not None
        name = re.match(r"[\w.-]+(?: [A-ZÄÖÜ][\w.-]*)*", text[start:])
        after = text[start + (name.end() if name else 0) :]
        return after.startswith(" bis ") and bool(
            RANGE_FROM.search(text, max(0, start - 12), start)
        )

    def _comma_item_before(self, text: str, start: int) -> re.Match[str] | None:
        """English "from Colombia, Vietnam and Honduras": a comma list item before the
        name, only when that item is a country or place itself, since English also sets a
        fronted phrase off with a comma ("In March, Ukraine and Russia agreed")."""
        if self.lang == "de":
            return None
        item = ENGLISH_COMMA_ITEM.search(text, max(0, start - 60), start)
        if item is None:
            return None
        targets = self.kb.gazetteer.lookup(item.group(1))
        if not any(t.kind in ("country", "place") for t in targets):
            return None
        if self._listed_subject(text, start):
            return None
        return item

    def _listed_subject(self, text: str, start: int) -> bool:
        """A finite verb follows the list the name at `start` opens or continues ("After
        talks in Berlin, Poland and Germany agreed"): the comma closed a fronted phrase and
        the list is the subject of its own clause."""
        rest = ENGLISH_LIST_REST.match(text, start)
        end = rest.end() if rest else start
        return text[end : end + 1] == " " and self.passage.finite_at(end + 1)

    def _locative_before(self, text: str, start: int) -> bool:
        """A locative preposition or a region noun before the name at `start`, over
        place modifiers and articles, within the clause."""
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
        return bool(words) and words[-1] in self.locative

    def _conjunct_of(self, text: str, start: int) -> int | None:
        """Start of the earlier conjunct when the name at `start` follows a list
        conjunction and the parser makes it that name's conjunct ("in France and the
        Netherlands"), not the subject of a new clause ("in Kiew und Russland drohte":
        the caller asks that no verb follows, the parser alone cannot tell)."""
        words = re.findall(r"\w+", text[max(0, start - 12) : start])
        if words and words[-1] in self.articles:
            words = words[:-1]
        if not words or words[-1] not in self.connectors or self.passage.analysis is None:
            return None
        span = self.passage.analysis.char_span(start, start + 1, alignment_mode="expand")
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
        return not self.passage.finite_at(start + (name.end() if name else 0) + 1) or (
            self._fronted_place(start)
        )

    def _fronted_place(self, start: int) -> bool:
        """German verb-second: a sentence opening with a locative phrase ("Auch in
        Baden-Württemberg und Österreich richteten …") has its finite verb right after the
        phrase, which is therefore one list of places."""
        if self.lang != "de" or self.passage.analysis is None:
            return False
        span = self.passage.analysis.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return False
        opening = re.findall(r"\w+", self.passage.analysis.text[span[0].sent.start_char : start])[
            :2
        ]
        return any(word in self.locative for word in opening)
